"""Events as a GeoJSON FeatureCollection (RFC 7946) that QGIS and kepler.gl open.

One Point feature per event that has coordinates, `[longitude, latitude]` in WGS 84.
Properties are flat (GIS tools show nested objects as opaque text): the act, its place
with precision and basis, and its provenance. Events without coordinates (no place in
their text, or a region the gazetteer gives no point) are left out and counted in the
collection's `unplaced` member, so a map never shows a made-up point. Pure.
"""

from collections.abc import Iterable
from typing import Any

from schemas import Event

MEDIA_TYPE = "application/geo+json"


def feature(event: Event) -> dict[str, Any] | None:
    place = event.location
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {
            "type": "Point",
            "coordinates": [round(place.longitude, 5), round(place.latitude, 5)],
        },
        "properties": {
            "event_id": event.event_id,
            "date": event.event_date.date.isoformat(),
            "source": event.source.code,
            "target": event.target.code,
            "code": event.code,
            "root_code": event.root_code,
            "quad_class": event.quad_class,
            "goldstein": event.goldstein,
            "happening_id": event.happening_id,
            "place": place.resolved_name,
            "place_as_written": place.name,
            "country": place.country_code,
            "region": place.region,
            "precision": place.precision,
            "basis": place.basis,
            "gazetteer_id": place.gazetteer_id,
            "outlet": event.outlet,
            "title": event.title,
            "url": event.url,
            "sentence": event.sentence,
        },
    }


def feature_collection(events: Iterable[Event]) -> dict[str, Any]:
    features, unplaced = [], 0
    for event in events:
        found = feature(event)
        if found is None:
            unplaced += 1
        else:
            features.append(found)
    return {"type": "FeatureCollection", "features": features, "unplaced": unplaced}
