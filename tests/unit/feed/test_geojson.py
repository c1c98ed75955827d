"""/api/events.geojson is valid GeoJSON (RFC 7946) that GIS tools open, and the map's
outline is drawn from the shipped shapes."""

import math

from fastapi.testclient import TestClient
from geojson_pydantic import FeatureCollection

from schemas import Location
from streams.feed.state import FeedState
from streams.feed.svg import MAP_HEIGHT, MAP_WIDTH, project
from streams.geojson import feature_collection


def test_events_geojson_is_a_valid_feature_collection(client: TestClient) -> None:
    response = client.get("/api/events.geojson", params={"limit": 1000})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    collection = FeatureCollection.model_validate(body)  # RFC 7946 structure
    assert len(collection.features) > 20 and body["unplaced"] > 0
    events = client.get("/api/events", params={"limit": 1000}).json()["events"]
    assert len(collection.features) + body["unplaced"] == len(events)
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["id"] == feature["properties"]["event_id"]
        assert all(not isinstance(v, dict | list) for v in feature["properties"].values())
        assert feature["properties"]["basis"] in ("sentence", "dateline")


def test_points_are_longitude_then_latitude(client: TestClient) -> None:
    body = client.get("/api/events.geojson", params={"pair": "PRK-USA", "limit": 1000}).json()
    stockholm = [f for f in body["features"] if f["properties"]["place"] == "Stockholm"]
    assert stockholm, "the Stockholm talks are placed"
    lon, lat = stockholm[0]["geometry"]["coordinates"]
    assert math.isclose(lon, 18.07, abs_tol=0.1) and math.isclose(lat, 59.33, abs_tol=0.1)
    assert stockholm[0]["properties"]["country"] == "SWE"


def test_geojson_takes_the_events_filters(client: TestClient) -> None:
    body = client.get("/api/events.geojson", params={"code": "04", "limit": 1000}).json()
    assert body["features"] and all(f["properties"]["root_code"] == "04" for f in body["features"])
    assert client.get("/api/events.geojson", params={"since": "soon"}).status_code == 422


def test_an_event_without_coordinates_is_left_out_not_invented(state: FeedState) -> None:
    event = next(iter(state.events.values()))
    region = Location(
        name="Crimea",
        resolved_name="Crimea",
        country_code="UKR",
        precision="region",
        basis="sentence",
        gazetteer_id="dyadwatch:region:crimea",
    )
    events = [
        event.model_copy(update={"location": region}),
        event.model_copy(update={"location": None}),
    ]
    assert feature_collection(events) == {
        "type": "FeatureCollection",
        "features": [],
        "unplaced": 2,
    }


def test_world_outline_is_an_offline_svg(client: TestClient) -> None:
    response = client.get("/api/map/world.svg")
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg")
    assert response.text.count("<path") > 150 and "<title>Japan</title>" in response.text
    assert "http" not in response.text.replace("http://www.w3.org/2000/svg", "")  # nothing fetched
    assert project(-180, 90) == (0, 0) and project(180, -90) == (MAP_WIDTH, MAP_HEIGHT)
