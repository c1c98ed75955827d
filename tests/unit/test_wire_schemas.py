"""Event, IndicatorUpdate, Alert and DeadLetter models, and the JSON Schema files."""

import base64
import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from schemas import DeadLetter, Event, Happening, IndicatorUpdate, Location, Report, actor_root
from schemas.export import expected_files

EVENT: dict[str, Any] = {
    "event_id": "0123456789abcdef",
    "article_id": "seed-fa85263d64ffef45",
    "published": "2019-06-01T17:33:00+09:00",
    "sentence_index": 2,
    "sentence": "Washington reiterated its desire to keep up dialogue with the North.",
    "source": {
        "code": "USAGOV",
        "text": "Washington",
        "span": {"start": 0, "end": 10, "text": "Washington"},
    },
    "target": {"code": "PRK", "text": "the North", "span": None},
    "code": "030",
    "root_code": "03",
    "quad_class": 1,
    "goldstein": 4.0,
    "event_date": {"date": "2019-06-01", "precision": "day", "basis": "publication"},
    "verb": {"start": 11, "end": 35, "text": "reiterated its desire to"},
    "pattern_id": "030.desire",
    "confidence": 0.8,
    "coder_version": "0.1.0",
}


def test_event_dyad_uses_actor_roots() -> None:
    event = Event.model_validate(EVENT)
    assert event.dyad == "USA-PRK"
    assert actor_root("IGOUNOSEC") == "IGOUNO"
    assert actor_root("KORMIL") == "KOR"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"code": "040"}, "does not belong to root"),
        ({"quad_class": 5}, "quad_class"),
        ({"goldstein": 12}, "goldstein"),
        ({"event_id": "not-hex"}, "event_id"),
        ({"source": {"code": "usa", "text": "x"}}, "code"),
        ({"verb": {"start": 9, "end": 3, "text": ""}}, "span end"),
    ],
)
def test_event_refuses_inconsistent_values(change: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Event.model_validate({**EVENT, **change})
    assert field in str(info.value)


def place(name: str, precision: str, basis: str, lat: float | None = 59.3) -> dict[str, Any]:
    return {
        "name": name,
        "resolved_name": name,
        "country_code": "SWE",
        "latitude": lat,
        "longitude": None if lat is None else 18.1,
        "precision": precision,
        "basis": basis,
        "gazetteer_id": f"geonames:{len(name)}",
    }


def test_a_location_has_both_coordinates_or_neither() -> None:
    assert Location.model_validate(place("Crimea", "region", "sentence", None)).latitude is None
    with pytest.raises(ValidationError, match="latitude and longitude come together"):
        Location.model_validate({**place("Stockholm", "city", "sentence"), "longitude": None})
    with pytest.raises(ValidationError):
        Location.model_validate({**place("Stockholm", "city", "sentence"), "latitude": 91})


def test_a_happening_is_placed_by_its_best_placed_report() -> None:
    event = Event.model_validate(EVENT)

    def report(n: int, location: dict[str, Any] | None) -> Report:
        return Report(
            event_id=f"{n:016x}",
            article_id=f"a{n}",
            published=event.published,
            sentence=event.sentence,
            source="USAGOV",
            target="PRK",
            code="030",
            quad_class=1,
            goldstein=4.0,
            event_date=event.event_date,
            location=location and Location.model_validate(location),
        )

    reports = [
        report(1, place("SEOUL", "city", "dateline")),
        report(2, place("Sweden", "country", "sentence")),
        report(3, None),
        report(4, place("Stockholm", "city", "sentence")),
    ]
    happening = Happening(
        happening_id="0" * 24,
        pair="USA-PRK",
        root_code="03",
        representative=reports[0].event_id,
        mentions=4,
        articles=4,
        outlets=1,
        reports=reports,
    )
    assert happening.location is not None and happening.location.name == "Stockholm"
    assert happening.model_copy(update={"reports": reports[:1]}).location.basis == "dateline"
    assert happening.model_copy(update={"reports": [reports[2]]}).location is None


def test_indicator_tension_is_bounded_and_key_is_stable() -> None:
    data = {
        "pair": "KOR-PRK",
        "direction": "undirected",
        "window": 7,
        "as_of": "2025-03-10",
        "counts": {"verbal_conflict": 2},
        "engagement": 2,
        "cooperation": 0.0,
        "conflict": 8.0,
        "tension": 1.0,
        "net_goldstein": -4.0,
        "trend": None,
        "article_count": 1,
    }
    update = IndicatorUpdate.model_validate(data)
    assert update.key == "KOR-PRK|undirected|7"
    with pytest.raises(ValidationError):
        IndicatorUpdate.model_validate({**data, "tension": 1.5})
    with pytest.raises(ValidationError):
        IndicatorUpdate.model_validate({**data, "window": 14})


def test_dead_letter_keeps_original_bytes_exactly() -> None:
    raw = b"\xff\x00{not json"
    letter = DeadLetter(
        source_topic="articles",
        original_b64=base64.b64encode(raw).decode(),
        original_size=len(raw),
        error_type="invalid_json",
        errors=[{"message": "not UTF-8"}],
        received_at=dt.datetime.now(dt.UTC),
    )
    assert DeadLetter.model_validate_json(letter.model_dump_json()).original == raw


def test_dead_letter_needs_a_reason() -> None:
    with pytest.raises(ValidationError):
        DeadLetter(
            source_topic="articles",
            original_b64="",
            original_size=0,
            error_type="invalid_json",
            errors=[],
            received_at=dt.datetime.now(dt.UTC),
        )


@pytest.mark.parametrize("path", sorted(expected_files()), ids=lambda p: p.name)
def test_checked_in_json_schema_matches_models(path: Any) -> None:
    assert path.exists(), f"{path.name} missing: run python -m schemas.export"
    assert path.read_text() == expected_files()[path], (
        f"{path.name} drifted from the models: run python -m schemas.export"
    )
