"""The coder's behaviour, case by case (cases and their explanations in coder_cases.json).

Departures from the CAMEO codebook: actors are compared by their prefix, as in the
evaluation, unless a case is marked "exact" (then the whole actor code); a one-sided
event (no target named) is allowed only when nothing complete is found in the sentence.
A case marked "only" allows no events beyond the expected ones.
"""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from streams.coding import CodedEvent, Coder, Document

CASES = json.loads((Path(__file__).parent / "coder_cases.json").read_text())


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def matches(event: CodedEvent, expected: list[Any], exact: bool = False) -> bool:
    source, target, code = expected[:3]
    got_source = event.source.code if event.source else None
    got_target = event.target.code if event.target else None
    if exact:
        return (got_source, got_target) == (source, target) and event.code.startswith(code)
    ok = (got_source or "").startswith(source or "") if source else got_source is None
    ok = ok and ((got_target or "").startswith(target) if target else got_target is None)
    ok = ok and event.code.startswith(code)
    if len(expected) > 3:
        ok = ok and str(event.event_date) == expected[3]
    return ok


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(coder: Coder, case: dict[str, Any]) -> None:
    document = Document("case", case["text"], dt.date.fromisoformat(case["date"]))
    events = coder.code(document)
    described = [
        (e.source and e.source.code, e.target and e.target.code, e.code, str(e.event_date))
        for e in events
    ]
    for expected in case["expect"]:
        exact = case.get("exact", False)
        assert any(matches(e, expected, exact) for e in events), (case["explanation"], described)
    if not case["expect"] and "forbid" not in case:
        assert events == [], (case["explanation"], described)
    if case.get("only"):  # the expected events and no others
        assert len(events) == len(case["expect"]), (case["explanation"], described)
    for forbidden in case.get("forbid", []):
        assert not any(e.code.startswith(forbidden) for e in events), (
            case["explanation"],
            described,
        )


def test_events_carry_their_evidence(coder: Coder) -> None:
    text = "Germany praised France for its leadership on Friday."
    (event,) = coder.code(Document("e", text, dt.date(2023, 3, 16)))
    assert event.source and event.target
    assert text[event.source.start : event.source.end] == "Germany"
    assert text[event.target.start : event.target.end] == "France"
    assert text[event.verb_start : event.verb_end] == event.verb_text == "praised"
    assert event.pattern_id.startswith("051")
    assert event.goldstein == 3.4 and event.quad_class == 1 and event.root_code == "05"
    assert event.date_basis == "relative" and event.date_expression == "Friday"
    assert event.event_date == dt.date(2023, 3, 10)
    assert 0 < event.confidence <= 1


def test_event_ids_are_deterministic_and_distinct(coder: Coder) -> None:
    document = Document(
        "a", "Kenya sent humanitarian aid to Somalia. Somalia thanked Kenya.", dt.date(2023, 3, 16)
    )
    first = [e.event_id for e in coder.code(document)]
    assert first == [e.event_id for e in coder.code(document)]
    assert len(set(first)) == len(first) == 2
    other = Document("b", document.text, document.published)
    assert not set(first) & {e.event_id for e in coder.code(other)}
