"""HistoryStore over plain dicts standing in for the two Faust tables."""

import dataclasses
import datetime as dt
from typing import Any

from streams.histories import HistoryStore, day_id
from streams.indicators import SPAN, bucket_keys
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
    assert days[day_id(*PAIR, D)] == {f"{1:016x}": [3, -4.0, ["art-1"], 1]}
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


def both_ways(day: dt.date, n: int, weight: float, source: str, target: str) -> Any:
    return dataclasses.replace(
        event_on(day, n, 1 if weight > 0 else 3, weight), source=source, target=target
    )


def count(histories: HistoryStore, event: Any) -> None:
    """As the worker does: every history read before the event changes any."""
    keys = bucket_keys(event)
    for key in keys:
        histories.get(*key)
    for key in keys:
        histories.apply(*key, event)


def test_an_undirected_history_is_the_union_of_the_directed_ones_and_never_saved() -> None:
    days: dict[str, Any] = {}
    latest: dict[str, Any] = {}
    warm = store(days, latest)
    for n in range(50):
        source, target = ("USA", "PRK") if n % 3 else ("PRK", "USA")
        count(warm, both_ways(D - dt.timedelta(days=n % 25), n, 2.0 - n % 5, source, target))
    assert not any("undirected" in key for key in [*days, *latest]), "one write per event"
    undirected = warm.get("PRK-USA", "undirected")
    assert undirected.latest == D
    assert sum(len(b.events) for b in undirected.days.values()) == 50
    one, other = warm.get("USA-PRK", "directed"), warm.get("PRK-USA", "directed")
    for day, bucket in undirected.days.items():
        parts = [h.days[day].events for h in (one, other) if day in h.days]
        assert bucket.events == {k: v for part in parts for k, v in part.items()}
    cold = store(days, latest)
    assert cold.get("PRK-USA", "undirected") == undirected
    assert cold.get("PRK-USA", "undirected").updates("PRK-USA", "undirected", "reports") == (
        undirected.updates("PRK-USA", "undirected", "reports")
    )


def test_an_undirected_history_built_late_counts_each_event_once() -> None:
    """Built from the tables after the directed history was saved (as after a
    rebalance): the next event counts once in it."""
    days: dict[str, Any] = {}
    latest: dict[str, Any] = {}
    count(store(days, latest), both_ways(D, 1, 2.0, "USA", "PRK"))
    fresh = store(days, latest)
    count(fresh, both_ways(D + dt.timedelta(days=1), 2, -4.0, "PRK", "USA"))
    undirected = fresh.get("PRK-USA", "undirected")
    assert undirected.latest == D + dt.timedelta(days=1)
    assert undirected.figures(7).engagement == 2


class Changelogged(dict[str, Any]):
    """A table in RocksDB: writes are local at once and copied to `changelog`, whose
    records a crash can lose."""

    def __init__(self, changelog: dict[str, Any]) -> None:
        super().__init__()
        self.changelog = changelog

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        self.changelog[key] = value

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.changelog.pop(key, None)


def test_a_redelivered_event_writes_back_what_a_crash_lost_from_the_changelog() -> None:
    days_log: dict[str, Any] = {}
    latest_log: dict[str, Any] = {}
    days, latest = Changelogged(days_log), Changelogged(latest_log)
    store(days, latest).apply(*PAIR, event_on(D, 1, 3, -4.0))
    days_log.clear()  # the crash: local state has the event, its changelog records are lost
    latest_log.clear()
    warm = store(days, latest)  # restarted on its own state; the event is redelivered
    assert warm.apply(*PAIR, event_on(D, 1, 3, -4.0)) is None, "counted once"
    cold = store(dict(days_log), dict(latest_log))  # rebuilt from the changelog
    assert cold.get(*PAIR) == warm.get(*PAIR)
    assert cold.get(*PAIR).figures(7).engagement == 1
