"""HistoryStore over plain dicts standing in for the two Faust tables."""

import datetime as dt
from typing import Any

from streams.histories import HistoryStore, day_id
from streams.indicators import SPAN
from tests.unit.test_indicators import D, event_on

PAIR = ("USA-PRK", "directed")


def store(days: dict[str, Any], latest: dict[str, Any], cached: int = 10) -> HistoryStore:
    return HistoryStore(days, latest, cached=cached)


def test_changes_are_saved_as_one_entry_per_day_and_a_latest_day() -> None:
    days: dict[str, Any] = {}
    latest: dict[str, Any] = {}
    histories = store(days, latest)
    assert histories.apply(*PAIR, event_on(D, 1, 3, -4.0)) is not None
    assert histories.apply(*PAIR, event_on(D - dt.timedelta(days=3), 2, 1, 2.0)) is not None
    assert histories.apply(*PAIR, event_on(D, 1, 3, -4.0)) is None, "a redelivery"
    assert latest == {"USA-PRK|directed": D.isoformat()}
    assert set(days) == {day_id(*PAIR, D), day_id(*PAIR, D - dt.timedelta(days=3))}
    assert days[day_id(*PAIR, D)] == {f"{1:016x}": [3, -4.0, "art-1"]}
    # retracting a day's last event removes its entry
    histories.apply(*PAIR, event_on(D - dt.timedelta(days=3), 2, 1, 2.0, retracted=True))
    assert set(days) == {day_id(*PAIR, D)}


def test_days_leaving_the_span_are_deleted() -> None:
    days: dict[str, Any] = {}
    histories = store(days, {})
    histories.apply(*PAIR, event_on(D, 1, 1, 1.0))
    histories.apply(*PAIR, event_on(D + dt.timedelta(days=SPAN - 1), 2, 1, 1.0))
    assert len(days) == 2, "still inside the span"
    histories.apply(*PAIR, event_on(D + dt.timedelta(days=SPAN), 3, 1, 1.0))
    assert set(days) == {
        day_id(*PAIR, D + dt.timedelta(days=SPAN - 1)),
        day_id(*PAIR, D + dt.timedelta(days=SPAN)),
    }


def test_a_cold_store_rebuilds_the_same_history_from_the_tables() -> None:
    days: dict[str, Any] = {}
    latest: dict[str, Any] = {}
    warm = store(days, latest)
    for n in range(60):
        warm.apply(*PAIR, event_on(D - dt.timedelta(days=n % 40), n, 1 + n % 4, 2.0))
    cold = store(days, latest)
    assert cold.get(*PAIR) == warm.get(*PAIR)
    warm.clear()
    assert warm.get(*PAIR) == cold.get(*PAIR)


def test_the_cache_holds_the_most_recently_used_histories() -> None:
    days: dict[str, Any] = {}
    latest: dict[str, Any] = {}
    histories = store(days, latest, cached=2)
    for n, pair in enumerate(["AAA-BBB", "CCC-DDD", "EEE-FFF"]):
        histories.apply(pair, "directed", event_on(D, n, 1, 1.0))
    first = histories.get("CCC-DDD", "directed")
    assert histories.get("CCC-DDD", "directed") is first, "cached"
    rebuilt = histories.get("AAA-BBB", "directed")  # evicted, read back from the tables
    assert rebuilt.latest == D and len(rebuilt.days[D].events) == 1


def test_a_saved_day_is_never_changed_in_place() -> None:
    """The memory store keeps the very object it was given, so a later change must
    replace the day's entry, not edit the saved one."""
    days: dict[str, Any] = {}
    histories = store(days, {})
    histories.apply(*PAIR, event_on(D, 1, 1, 1.0))
    saved = days[day_id(*PAIR, D)]
    snapshot = dict(saved)
    histories.apply(*PAIR, event_on(D, 2, 3, -2.0))
    histories.apply(*PAIR, event_on(D, 1, 1, 1.0, retracted=True))
    assert saved == snapshot
    assert list(days[day_id(*PAIR, D)]) == [f"{2:016x}"]
