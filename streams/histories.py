"""Pair histories kept in two tables, read through an in-process cache.

The tables hold the directed histories in small values, so every change writes little
to the changelog: one entry per directed pair and day (the day's events) and one per
directed pair (its latest day). A pair's undirected history is the union of its two
directed ones: it is built from them and never written, so an event costs one day
write, not two. Building a history takes a read per day of the span, so the histories
the worker has built are kept in memory, least recently used first out. Only the owner
of a partition writes its pairs, so the cache is right until the partitions move: the
worker clears it on every rebalance.
"""

import datetime as dt
from collections import OrderedDict
from collections.abc import MutableMapping
from typing import Any

from streams.indicators import SPAN, Counted, DayBucket, PairHistory, history_id

CACHED_HISTORIES = 4096


def day_id(pair: str, direction: str, day: dt.date) -> str:
    return f"{pair}|{direction}|{day.isoformat()}"


class HistoryStore:
    """`days` maps day_id -> that day's events; `latest` maps history_id -> ISO date."""

    def __init__(
        self,
        days: MutableMapping[str, Any],
        latest: MutableMapping[str, Any],
        cached: int = CACHED_HISTORIES,
    ) -> None:
        self.days, self.latest, self.cached = days, latest, cached
        self._cache: OrderedDict[tuple[str, str], PairHistory] = OrderedDict()

    def apply(
        self, pair: str, direction: str, unit: Counted, history: PairHistory | None = None
    ) -> PairHistory | None:
        """Count or retract `unit` in the pair's `history` (default: `get` it now) and
        save what changed; the history if it changed, else None. Get every history an
        event counts in before applying it to any: an undirected history built after its
        directed one has counted the event would count it already. Pass the history you
        got when the cache may have been cleared since (a rebalance at an await): the
        one you hold is the one you publish."""
        history = self.get(pair, direction) if history is None else history
        if direction == "undirected":
            return history if history.apply(unit) else None  # derived: nothing to save
        day = unit.day
        before_latest = history.latest
        # only a new latest day drops days: note them only then (this runs per event)
        before_days = set(history.days) if before_latest is None or day > before_latest else set()
        key = day_id(pair, direction, day)
        if not history.apply(unit):
            self._save_again(pair, direction, history, day)
            return None
        if day in history.days:
            self.days[key] = history.days[day].events
        elif key in self.days:
            del self.days[key]
        if history.latest != before_latest:
            assert history.latest is not None
            self.latest[history_id(pair, direction)] = history.latest.isoformat()
            for gone in before_days - set(history.days) - {day}:
                self.days.pop(day_id(pair, direction, gone), None)
        return history

    def _save_again(self, pair: str, direction: str, history: PairHistory, day: dt.date) -> None:
        """Write the entries a redelivered event would have written, unchanged. A worker
        restarted on its own RocksDB state can hold a write whose changelog record a
        crash lost; the event comes again, and this puts the record back, so that a
        worker rebuilding from the changelog ends with the same history."""
        if day in history.days:
            self.days[day_id(pair, direction, day)] = history.days[day].events
        if history.latest is not None:
            self.latest[history_id(pair, direction)] = history.latest.isoformat()

    def get(self, pair: str, direction: str) -> PairHistory:
        key = (pair, direction)
        history = self._cache.get(key)
        if history is None:
            history = self._cache[key] = self._load(pair, direction)
            while len(self._cache) > self.cached:
                self._cache.popitem(last=False)
        self._cache.move_to_end(key)
        return history

    def clear(self) -> None:
        self._cache.clear()

    def _load(self, pair: str, direction: str) -> PairHistory:
        if direction == "undirected":
            return self._union(pair)
        latest = self.latest.get(history_id(pair, direction))
        if latest is None:
            return PairHistory()
        last = dt.date.fromisoformat(latest)
        days = {}
        for back in range(SPAN):
            day = last - dt.timedelta(days=back)
            events = self.days.get(day_id(pair, direction, day))
            if events:
                days[day] = DayBucket(events)
        return PairHistory(last, days)

    def _union(self, pair: str) -> PairHistory:
        """The undirected history of `pair` from its directed ones. Each directed history
        holds every day of the undirected span: its latest day is no later."""
        first, second = pair.split("-")
        directed = {f"{first}-{second}", f"{second}-{first}"}
        parts = [self.get(one, "directed") for one in sorted(directed)]
        latest = max((p.latest for p in parts if p.latest is not None), default=None)
        if latest is None:
            return PairHistory()
        days: dict[dt.date, DayBucket] = {}
        for part in parts:
            for day, bucket in part.days.items():
                if (latest - day).days < SPAN:
                    events = days[day].events if day in days else {}
                    days[day] = DayBucket({**events, **bucket.events})
        return PairHistory(latest, days)
