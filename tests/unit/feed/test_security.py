"""The feed's optional bearer token and CORS, both ways."""

from fastapi.testclient import TestClient

from streams.feed.api import create_feed_app
from streams.feed.state import FeedState

TOKEN = "s3cret-token-0123456789"


def client(**options: object) -> TestClient:
    return TestClient(create_feed_app(FeedState(), lambda: (True, {}), **options))


def test_without_a_token_the_feed_is_open() -> None:
    assert client().get("/api/pairs").status_code == 200


def test_with_a_token_every_api_route_needs_it() -> None:
    protected = client(token=TOKEN)
    for url in ("/api/pairs", "/api/events", "/api/alerts", "/api/health", "/api/openapi.json"):
        denied = protected.get(url)
        assert denied.status_code == 401, url
        assert denied.json() == {"error": "missing or wrong bearer token"}
        assert denied.headers["www-authenticate"] == "Bearer"
    assert protected.get("/api/pairs", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert (
        protected.get("/api/pairs", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    )
    assert protected.get("/api/pairs", params={"token": TOKEN}).status_code == 200
    assert protected.get("/").status_code == 200  # the page itself holds no data


def test_cors_is_closed_by_default_and_opens_for_named_origins() -> None:
    preflight = {"Origin": "https://dash.example", "Access-Control-Request-Method": "GET"}
    closed = client().get("/api/pairs", headers={"Origin": "https://dash.example"})
    assert "access-control-allow-origin" not in closed.headers
    assert (
        "access-control-allow-origin"
        not in client().options("/api/pairs", headers=preflight).headers
    )
    opened = client(cors_origins=("https://dash.example",))
    allowed = opened.get("/api/pairs", headers={"Origin": "https://dash.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://dash.example"
    other = opened.get("/api/pairs", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
