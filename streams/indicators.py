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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from schemas import Event, IndicatorUpdate, QuadCounts, actor_root

WINDOWS = (7, 30, 90)
QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@dataclass
class DayBucket:
    """One pair's events on one day. `events` maps event id -> (quad class, weight, article)."""

    events: dict[str, tuple[int, float, str]] = field(default_factory=dict)

    def add(self, event_id: str, quad_class: int, goldstein: float, article_id: str) -> bool:
        if event_id in self.events:
            return False
        self.events[event_id] = (quad_class, goldstein, article_id)
        return True

    def remove(self, event_id: str) -> bool:
        return self.events.pop(event_id, None) is not None

    def apply(self, event: Event) -> bool:
        """Count an asserted event, or take back a retracted one; True if it changed."""
        if event.status == "retracted":
            return self.remove(event.event_id)
        return self.add(event.event_id, event.quad_class, event.goldstein, event.article_id)

    def to_json(self) -> dict[str, Any]:
        return {"events": {k: list(v) for k, v in self.events.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "DayBucket":
        if not data:
            return cls()
        return cls({k: (int(v[0]), float(v[1]), str(v[2])) for k, v in data["events"].items()})


def pair_key(source: str, target: str) -> str:
    """The unordered pair of two actor roots, e.g. `KOR-PRK`: the events topic's key,
    so both directions of a pair are handled on one partition."""
    a, b = sorted((actor_root(source), actor_root(target)))
    return f"{a}-{b}"


def bucket_keys(event: Event) -> list[tuple[str, str]]:
    """(pair, direction) of the two buckets an event counts in."""
    directed = f"{actor_root(event.source.code)}-{actor_root(event.target.code)}"
    return [(directed, "directed"), (pair_key(event.source.code, event.target.code), "undirected")]


def bucket_id(pair: str, direction: str, day: dt.date) -> str:
    return f"{pair}|{direction}|{day.isoformat()}"


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
    quads = [0, 0, 0, 0]
    cooperation = conflict = total = 0.0
    articles: set[str] = set()
    engagement = 0
    for bucket in buckets:
        for quad, weight, article in bucket.events.values():
            quads[quad - 1] += 1
            engagement += 1
            total += weight
            if weight > 0:
                cooperation += weight
            elif weight < 0:
                conflict += -weight
            articles.add(article)
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


def days_back(as_of: dt.date, length: int, offset: int = 0) -> list[dt.date]:
    """The `length` days ending on `as_of - offset` days."""
    end = as_of - dt.timedelta(days=offset)
    return [end - dt.timedelta(days=n) for n in range(length)]


def indicator(
    pair: str, direction: str, window: int, as_of: dt.date, lookup: Callable[[dt.date], DayBucket]
) -> IndicatorUpdate:
    """The update for one pair, direction and window, reading buckets via `lookup`."""
    now = window_figures(lookup(day) for day in days_back(as_of, window))
    before = window_figures(lookup(day) for day in days_back(as_of, window, offset=window))
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

    def fires(self, week: IndicatorUpdate, quarter: IndicatorUpdate) -> bool:
        return (
            week.tension is not None
            and quarter.tension is not None
            and week.engagement >= self.min_events
            and week.tension - quarter.tension >= self.margin
        )
