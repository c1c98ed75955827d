"""The happening rule and its store over plain dicts standing in for the Faust tables."""

import datetime as dt
import random
from typing import Any

import pytest

from schemas import Event
from streams.happenings import (
    HappeningRule,
    HappeningStore,
    Tally,
    changed_units,
    date_interval,
    report_of,
    specificity,
)
from tests.unit.test_wire_schemas import EVENT

D = dt.date(2019, 6, 1)


def report(
    n: int,
    code: str = "036",
    day: dt.date = D,
    precision: str = "day",
    basis: str = "explicit",
    outlet: str = "A",
    hours: int = 0,
    source: str = "USAGOV",
    target: str = "PRK",
) -> Event:
    return Event.model_validate(
        {
            **EVENT,
            "event_id": f"{n:016x}",
            "article_id": f"art-{n}",
            "outlet": outlet,
            "published": (dt.datetime(2019, 6, 1, 9, tzinfo=dt.UTC) + dt.timedelta(hours=hours)),
            "source": {**EVENT["source"], "code": source},
            "target": {**EVENT["target"], "code": target},
            "code": code,
            "root_code": code[:2],
            "event_date": {"date": day.isoformat(), "precision": precision, "basis": basis},
        }
    )


def store(rule: HappeningRule | None = None) -> HappeningStore:
    return HappeningStore({}, {}, {}, rule or HappeningRule())


def test_specificity_treats_a_root_s_generic_code_as_the_root() -> None:
    assert specificity("040") < specificity("042") < specificity("0871")


def test_date_intervals_follow_precision_and_basis() -> None:
    assert date_interval(report_of(report(1, day=dt.date(2019, 2, 1), precision="month"))) == (
        dt.date(2019, 2, 1),
        dt.date(2019, 2, 28),
    )
    assert date_interval(report_of(report(1, basis="publication"))) == (D - dt.timedelta(1), D)
    assert date_interval(report_of(report(1))) == (D, D)


@pytest.mark.parametrize(
    ("codes", "a", "b", "joined"),
    [
        ("root", "042", "046", True),
        ("lineage", "042", "046", False),
        ("lineage", "040", "046", True),
        ("lineage", "087", "0871", True),
        ("root", "040", "130", False),
    ],
)
def test_codes_join_by_the_rule(codes: Any, a: str, b: str, joined: bool) -> None:
    happenings = store(HappeningRule(codes=codes))
    one = happenings.apply(report(1, code=a)).happening_id
    two = happenings.apply(report(2, code=b, outlet="B")).happening_id
    assert (one == two) is joined


def test_dates_join_within_the_tolerance_only() -> None:
    happenings = store()
    base = happenings.apply(report(1)).happening_id
    assert happenings.apply(report(2, day=D + dt.timedelta(1))).happening_id == base
    assert happenings.apply(report(3, day=D + dt.timedelta(2))).happening_id != base
    # a chain does not stretch it: day +2 is compared with the representative's day
    other = happenings.apply(report(4, day=D - dt.timedelta(3))).happening_id
    assert other not in (base,)


def test_the_representative_is_the_most_specific_then_the_earliest() -> None:
    happenings = store()
    happenings.apply(report(1, code="040", hours=0))
    happenings.apply(report(2, code="042", hours=5, outlet="B"))
    change = happenings.apply(report(3, code="042", hours=2, outlet="B"))
    happening = change.happening
    assert happening is not None and happening.representative == f"{3:016x}"
    assert (happening.mentions, happening.articles, happening.outlets) == (3, 3, 2)
    assert change.after is not None and change.after.mentions == 3


def test_redelivery_and_retraction_keep_it_exact() -> None:
    happenings = store()
    first, second = report(1), report(2, outlet="B")
    hid = happenings.apply(first).happening_id
    happenings.apply(second)
    again = happenings.apply(first)
    assert again.happening_id == hid and again.before == again.after
    gone = happenings.apply(first.model_copy(update={"status": "retracted"}))
    assert gone.happening is not None and gone.happening.mentions == 1
    last = happenings.apply(second.model_copy(update={"status": "retracted"}))
    assert last.happening is not None and last.happening.status == "retracted"
    assert last.after is None and happenings.records == {}
    again = happenings.apply(second.model_copy(update={"status": "retracted"}))
    assert again.happening_id == hid and again.happening is None and again.after is None
    assert (
        happenings.apply(report(9).model_copy(update={"status": "retracted"})).happening_id is None
    )


def test_a_placed_event_rejoins_its_happening_whatever_the_record_lost() -> None:
    """After a crash the member entry may be newer than the happening's record (or the
    record gone): the event goes back to the same happening, never to another."""
    happenings = store()
    hid = happenings.apply(report(1)).happening_id
    assert hid is not None
    happenings.records.clear()
    happenings.index.clear()
    happenings.apply(report(2, outlet="B"))  # would otherwise found nothing new to join
    again = happenings.apply(report(1))
    assert again.happening_id == hid and again.happening is not None
    assert {r.event_id for r in again.happening.reports} == {f"{1:016x}"}


def test_ids_are_the_same_for_the_same_events_in_the_same_order() -> None:
    events = [report(n, day=D + dt.timedelta(n % 5), outlet="AB"[n % 2]) for n in range(30)]
    one, other = store(), store()
    first = [one.apply(e).happening_id for e in events]
    assert [other.apply(e).happening_id for e in events] == first  # another worker
    assert [one.apply(e).happening_id for e in events] == first  # a replay
    assert len(set(first)) == 3  # days 0-1, 2-3 and 4: each a day from its first report


def test_the_tally_counts_as_the_store_does() -> None:
    """Read back with their happening ids, events give the worker's units."""
    rng = random.Random(5)
    happenings, tally = store(), Tally("happenings")
    live: list[Event] = []
    for n in range(300):
        if live and rng.random() < 0.25:
            event = live.pop(rng.randrange(len(live))).model_copy(update={"status": "retracted"})
        else:
            event = report(
                n,
                code=rng.choice(["040", "042", "130"]),
                day=D + dt.timedelta(rng.randint(0, 6)),
                outlet=rng.choice("ABC"),
                hours=n,
            )
            live.append(event)
        change = happenings.apply(event)
        grouped = event.model_copy(update={"happening_id": change.happening_id})
        assert tally.apply(grouped) == changed_units(change.before, change.after)


def test_old_happenings_are_forgotten_once_a_pair_holds_many(monkeypatch: Any) -> None:
    import streams.happenings as module

    monkeypatch.setattr(module, "KEPT", 2)
    happenings = store()
    happenings.apply(report(1, day=D + dt.timedelta(days=400)))
    happenings.apply(report(2))  # an old act recalled: kept, the pair holds few
    assert f"{2:016x}" in happenings.members
    happenings.apply(report(3, day=D + dt.timedelta(days=403)))
    assert f"{2:016x}" not in happenings.members and len(happenings.records) == 2
