"""Indicator arithmetic: day buckets and rolling windows, as plain functions.

A bucket holds one pair's events of one day (directed: source to target;
undirected: both ways). Windows are derived from buckets in event time, so a
late event changes its day and every window that contains it. Formulas:

    engagement    = number of events in the window
    cooperation   = sum of positive Goldstein weights
    conflict      = sum of |negative Goldstein weights|
    tension       = conflict / (conflict + cooperation), None when both are 0
    net_goldstein = mean Goldstein weight, None with no events
    trend         = tension - tension of the previous window of the same length
                    (None when either is None)

Buckets remember the ids of the events they counted: adding an id twice, or
removing one never added, changes nothing. That makes redelivery and replays
harmless and lets a revision retract exactly what it had added.
"""

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from schemas import Event, IndicatorUpdate, QuadCounts, actor_root

WINDOWS = (7, 30, 90)
QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@dataclass
class DayBucket:
    """One pair's events on one day. `events` maps event id -> [quad class, weight, article],
    the shape it has in JSON, so loading and saving a history copies nothing per event."""

    events: dict[str, list[Any]] = field(default_factory=dict)

    def add(self, event_id: str, quad_class: int, goldstein: float, article_id: str) -> bool:
        if event_id in self.events:
            return False
        self.events[event_id] = [quad_class, goldstein, article_id]
        return True

    def remove(self, event_id: str) -> bool:
        return self.events.pop(event_id, None) is not None

    def apply(self, event: Event) -> bool:
        """Count an asserted event, or take back a retracted one; True if it changed."""
        if event.status == "retracted":
            return self.remove(event.event_id)
        return self.add(event.event_id, event.quad_class, event.goldstein, event.article_id)


def pair_key(source: str, target: str) -> str:
    """The unordered pair of two actor roots, e.g. `KOR-PRK`: the events topic's key,
    so both directions of a pair are handled on one partition."""
    a, b = sorted((actor_root(source), actor_root(target)))
    return f"{a}-{b}"


def bucket_keys(event: Event) -> list[tuple[str, str]]:
    """(pair, direction) of the two buckets an event counts in."""
    directed = f"{actor_root(event.source.code)}-{actor_root(event.target.code)}"
    return [(directed, "directed"), (pair_key(event.source.code, event.target.code), "undirected")]


@dataclass(frozen=True)
class WindowFigures:
    counts: QuadCounts
    engagement: int
    cooperation: float
    conflict: float
    tension: float | None
    net_goldstein: float | None
    article_count: int


def window_figures(buckets: Iterable[DayBucket]) -> WindowFigures:
    """Sums are exact (fsum), so the figures do not depend on the order of the buckets."""
    quads = [0, 0, 0, 0]
    positive: list[float] = []
    negative: list[float] = []
    articles: set[str] = set()
    for bucket in buckets:
        for quad, weight, article in bucket.events.values():
            quads[quad - 1] += 1
            if weight > 0:
                positive.append(weight)
            elif weight < 0:
                negative.append(-weight)
            articles.add(article)
    engagement = sum(quads)
    cooperation, conflict = math.fsum(positive), math.fsum(negative)
    total = cooperation - conflict
    tension = conflict / (conflict + cooperation) if conflict + cooperation else None
    return WindowFigures(
        QuadCounts(**dict(zip(QUAD_NAMES, quads, strict=True))),
        engagement,
        round(cooperation, 4),
        round(conflict, 4),
        None if tension is None else round(tension, 4),
        round(total / engagement, 4) if engagement else None,
        len(articles),
    )


ONE_DAY = dt.timedelta(days=1)
SPAN = 2 * max(WINDOWS)
"""Days any update reads: every window and the one before it, ending on its as-of day."""


@dataclass
class PairHistory:
    """One pair and direction: its latest event day and the buckets of the SPAN days up to
    it, which is everything an update as of that day reads. Older days could not change
    any figure as of the latest day: they are dropped, and an event for one is ignored,
    which keeps the state bounded."""

    latest: dt.date | None = None
    days: dict[dt.date, DayBucket] = field(default_factory=dict)

    def apply(self, event: Event) -> bool:
        """Count or retract `event` (see DayBucket.apply); True if the history changed."""
        day = event.event_date.date
        if self.latest is not None and (self.latest - day).days >= SPAN:
            return False
        # a copy: the loaded days may be the very objects the table holds
        bucket = DayBucket(dict(self.days[day].events)) if day in self.days else DayBucket()
        if not bucket.apply(event):
            return False
        if bucket.events:
            self.days[day] = bucket
        else:
            del self.days[day]
        if self.latest is None or day > self.latest:
            self.latest = day
            self.days = {d: b for d, b in self.days.items() if (day - d).days < SPAN}
        return True

    def updates(
        self, pair: str, direction: str, windows: Iterable[int] = WINDOWS
    ) -> list[IndicatorUpdate]:
        """The updates as of the latest day, one per window."""
        if self.latest is None:
            return []
        return [indicator(pair, direction, w, self.latest, self.days) for w in windows]

    def figures(self, window: int) -> WindowFigures:
        """The figures of the `window` days up to the latest day (no trend)."""
        if self.latest is None:
            return window_figures([])
        first = self.latest - dt.timedelta(days=window) + ONE_DAY
        return window_figures(between(self.days, first, self.latest))


def history_id(pair: str, direction: str) -> str:
    return f"{pair}|{direction}"


def between(days: Mapping[dt.date, DayBucket], first: dt.date, last: dt.date) -> list[DayBucket]:
    """The buckets of the days from `first` to `last` inclusive. Walks whichever is
    shorter, the mapping or the range, so sparse and dense histories are both cheap."""
    length = (last - first).days + 1
    if len(days) <= length:
        return [bucket for day, bucket in days.items() if first <= day <= last]
    found = (days.get(first + dt.timedelta(days=n)) for n in range(length))
    return [bucket for bucket in found if bucket is not None]


def indicator(
    pair: str, direction: str, window: int, as_of: dt.date, days: Mapping[dt.date, DayBucket]
) -> IndicatorUpdate:
    """The update for one pair, direction and window as of a day, from the pair's
    buckets by day (`days` may hold more days than the window reads)."""
    span = dt.timedelta(days=window)
    now = window_figures(between(days, as_of - span + ONE_DAY, as_of))
    before = window_figures(between(days, as_of - 2 * span + ONE_DAY, as_of - span))
    trend = (
        None
        if now.tension is None or before.tension is None
        else round(now.tension - before.tension, 4)
    )
    return IndicatorUpdate(
        pair=pair,
        direction=direction,
        window=window,
        as_of=as_of,
        counts=now.counts,
        engagement=now.engagement,
        cooperation=now.cooperation,
        conflict=now.conflict,
        tension=now.tension,
        net_goldstein=now.net_goldstein,
        trend=trend,
        article_count=now.article_count,
    )


@dataclass(frozen=True)
class AlertRule:
    """Alert when 7-day tension exceeds the 90-day tension by `margin`, with at least
    `min_events` events in the 7 days."""

    margin: float = 0.2
    min_events: int = 3

    def may_fire(self, week: WindowFigures) -> bool:
        """False when no baseline could make `week` fire (tension is never below 0)."""
        return (
            week.tension is not None
            and week.engagement >= self.min_events
            and week.tension >= self.margin
        )

    def fires(self, week: WindowFigures, quarter: WindowFigures) -> bool:
        return (
            week.tension is not None
            and quarter.tension is not None
            and week.engagement >= self.min_events
            and week.tension - quarter.tension >= self.margin
        )
