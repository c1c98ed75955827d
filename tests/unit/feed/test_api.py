"""The feed API on a state filled from the fixtures (no broker)."""

from fastapi.testclient import TestClient

from streams.feed.state import FeedState


def test_pairs_lists_every_pair_sorted_by_tension_weighed_by_evidence(client: TestClient) -> None:
    body = client.get("/api/pairs", params={"window": 90}).json()
    pairs = [p["pair"] for p in body["pairs"]]
    assert {"KOR-PRK", "PRK-USA"} <= set(pairs)
    lows = [p["tension_low"] for p in body["pairs"] if p["tension_low"] is not None]
    assert lows == sorted(lows, reverse=True)
    assert all(
        p["tension_low"] <= p["tension"] <= p["tension_high"]
        for p in body["pairs"]
        if p["tension"] is not None
    )
    assert body["names"]["PRK"] == "North Korea" and body["names"]["USA"] == "United States"
    plain = client.get("/api/pairs", params={"window": 90, "sort": "tension"}).json()
    tensions = [p["tension"] for p in plain["pairs"] if p["tension"] is not None]
    assert tensions == sorted(tensions, reverse=True)


def test_an_event_comes_with_the_happening_it_reports(client: TestClient) -> None:
    body = client.get("/api/events", params={"pair": "KOR-USA", "limit": 200}).json()
    happenings = [e["happening"] for e in body["events"] if e["happening"]]
    assert all(e["event"]["happening_id"] for e in body["events"])
    shared = [h for h in happenings if h["outlets"] >= 2]
    assert shared, "the Washington meeting was told by the Korea Herald and Yonhap"
    outlets = {r["outlet"] for r in shared[0]["reports"]}
    assert {"Yonhap News Agency", "The Korea Herald/ANN"} <= outlets


def test_pairs_filter_by_actor_and_sort_by_engagement(client: TestClient) -> None:
    body = client.get(
        "/api/pairs", params={"actor": "prk", "sort": "engagement", "window": 90}
    ).json()
    assert body["pairs"] and all("PRK" in p["pair"].split("-") for p in body["pairs"])
    engagement = [p["engagement"] for p in body["pairs"]]
    assert engagement == sorted(engagement, reverse=True)


def test_directed_pairs_are_separate(client: TestClient) -> None:
    body = client.get("/api/pairs", params={"direction": "directed", "window": 90}).json()
    assert {"PRK-USA", "USA-PRK"} <= {p["pair"] for p in body["pairs"]}


def test_series_is_daily_and_ends_on_the_latest_day(client: TestClient, state: FeedState) -> None:
    body = client.get("/api/pairs/usa/prk", params={"window": 30, "days": 60}).json()
    assert body["pair"] == "PRK-USA" and len(body["series"]) == 60
    days = [s["as_of"] for s in body["series"]]
    assert days == sorted(days) and len(set(days)) == 60
    latest = state.indicators["PRK-USA|undirected|30"]
    assert body["series"][-1] == latest.model_dump(mode="json")


def test_chart_and_sparkline_are_svg(client: TestClient) -> None:
    chart = client.get("/api/pairs/KOR/PRK/chart.svg")
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert 'class="tension" d="M' in chart.text and "<title" in chart.text
    assert chart.text.startswith('<svg xmlns="http://www.w3.org/2000/svg"')  # needed in <img>
    spark = client.get("/api/pairs/KOR/PRK/sparkline.svg", params={"days": 30})
    assert spark.text.startswith("<svg") and 'role="img"' in spark.text


def test_events_carry_provenance_and_filters_work(client: TestClient) -> None:
    body = client.get("/api/events", params={"pair": "PRK-USA", "limit": 200}).json()
    assert body["events"]
    for item in body["events"]:
        event = item["event"]
        assert {event["source"]["code"][:3], event["target"]["code"][:3]} == {"PRK", "USA"}
        assert item["article"]["title"] and item["article"]["outlet"]
        verb = event["verb"]
        assert event["sentence"][verb["start"] : verb["end"]] == verb["text"]
    threats = client.get("/api/events", params={"code": "13", "since": "2019-10-01"}).json()
    assert threats["events"] and all(
        i["event"]["code"].startswith("13") and i["event"]["event_date"]["date"] >= "2019-10-01"
        for i in threats["events"]
    )


def test_alerts_and_health(client: TestClient) -> None:
    assert client.get("/api/alerts").json() == {"alerts": []}
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["broker_reachable"] is True
    assert health["pairs"] > 0 and health["events"] > 0


def test_bad_parameters_get_json_errors(client: TestClient) -> None:
    for url, params in [
        ("/api/pairs", {"window": 14}),
        ("/api/pairs", {"sort": "drop table"}),
        ("/api/pairs", {"limit": 0}),
        ("/api/events", {"since": "yesterday"}),
        ("/api/events", {"pair": "<script>"}),
        ("/api/events", {"code": "999"}),
        ("/api/pairs/US/PRK", {}),
        ("/api/pairs/KOR/PRK", {"days": 9999}),
    ]:
        response = client.get(url, params=params)
        assert response.status_code == 422, (url, params)
        assert response.headers["content-type"] == "application/json"
        assert "detail" in response.json()
    missing = client.get("/api/pairs/AAA/BBB")
    assert missing.status_code == 404 and "AAA-BBB" in missing.json()["error"]


def test_the_feed_is_read_only(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/pairs").status_code == 405


def test_openapi_document_and_page(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {
        "/api/pairs",
        "/api/pairs/{a}/{b}",
        "/api/events",
        "/api/alerts",
        "/api/health",
        "/api/stream",
    } <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and '<table id="pairs">' in page.text
    assert "http" not in page.text.split("<body>")[1].split("</body>")[0].replace(
        'lang="en"', ""
    )  # no external resources
    assert client.get("/static/app.js").status_code == 200
