"""Indicator arithmetic: day buckets and rolling windows, as plain functions.

A bucket holds one pair's events of one day (directed: source to target;
undirected: both ways). Windows are derived from buckets in event time, so a
late event changes its day and every window that contains it. Formulas:

    engagement    = number of units in the window: happenings (the default) or
                    reports (events), DYADWATCH_INDICATOR_UNIT
    reports       = number of reports (events) behind those units
    cooperation   = sum of positive Goldstein weights
    conflict      = sum of |negative Goldstein weights|
    tension       = conflict / (conflict + cooperation), None when both are 0
    tension_low,  = the 95% Wilson score interval of tension read as a share of
    tension_high    `engagement` units: one conflict event gives 0.21-1.00, twenty
                    give 0.84-1.00 (see `wilson`)
    net_goldstein = mean Goldstein weight, None with no units
    trend         = tension - tension of the previous window of the same length
                    (None when either is None)

Buckets remember the ids of the events they counted: adding an id twice, or
removing one never added, changes nothing. That makes redelivery and replays
harmless and lets a revision retract exactly what it had added.

Weights are summed as integers of WEIGHT_UNIT (1e-4, the figures' precision; the
Goldstein scale has one decimal): the sums are exact, so they depend neither on the
order of the events nor on how the days are grouped, and a day's sums, kept with its
bucket, serve every window that contains the day.
"""

import bisect
import dataclasses
import datetime as dt
import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from schemas import Event, IndicatorUpdate, QuadCounts, actor_root
from schemas.indicator import Unit

WINDOWS = (7, 30, 90)
QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
WEIGHT_UNIT = 10_000
"""Weights count in ten-thousandths: see the module's docstring."""


@dataclass(frozen=True)
class Counted:
    """One unit the indicators count: an event (unit `reports`) or a happening (unit
    `happenings`, streams/happenings.py), on its day, with its articles and reports."""

    id: str
    source: str
    target: str
    day: dt.date
    quad_class: int
    goldstein: float
    articles: tuple[str, ...]
    mentions: int = 1
    retracted: bool = False

    @classmethod
    def of_event(cls, event: Event) -> "Counted":
        return cls(
            event.event_id,
            event.source.code,
            event.target.code,
            event.event_date.date,
            event.quad_class,
            event.goldstein,
            (event.article_id,),
            1,
            event.status == "retracted",
        )

    def withdrawn(self) -> "Counted":
        return dataclasses.replace(self, retracted=True)


@dataclass
class DayBucket:
    """One pair's units on one day. `events` maps unit id -> [quad class, weight, articles,
    reports], the shape it has in JSON, so loading and saving a history copies nothing
    per unit. (State written before happenings holds [quad class, weight, article].)"""

    events: dict[str, list[Any]] = field(default_factory=dict)
    _totals: "EventTotals | None" = field(default=None, init=False, repr=False, compare=False)

    def add(self, event_id: str, quad_class: int, goldstein: float, article_id: str) -> bool:
        """Count one event of one article."""
        return self.put(event_id, [quad_class, goldstein, [article_id], 1])

    def put(self, unit_id: str, entry: list[Any]) -> bool:
        if self.events.get(unit_id) == entry:
            return False
        self.events[unit_id] = entry
        self._totals = None
        return True

    def remove(self, event_id: str) -> bool:
        self._totals = None
        return self.events.pop(event_id, None) is not None

    @property
    def totals(self) -> "EventTotals":
        """The day's events summed, kept until the bucket changes."""
        if self._totals is None:
            totals = self._totals = EventTotals()
            quads, articles = totals.quads, totals.articles
            for quad, weight, article, *reports in self.events.values():
                quads[quad - 1] += 1
                units = round(weight * WEIGHT_UNIT)
                if units > 0:
                    totals.positive += units
                else:
                    totals.negative -= units
                if isinstance(article, str):
                    articles.add(article)
                else:
                    articles.update(article)
                totals.reports += reports[0] if reports else 1
        return self._totals

    def apply(self, unit: Counted) -> bool:
        """Count a unit, or take back a retracted one; True if it changed."""
        if unit.retracted:
            return self.remove(unit.id)
        return self.put(
            unit.id, [unit.quad_class, unit.goldstein, list(unit.articles), unit.mentions]
        )


def pair_key(source: str, target: str) -> str:
    """The unordered pair of two actor roots, e.g. `KOR-PRK`: the events topic's key,
    so both directions of a pair are handled on one partition."""
    a, b = sorted((actor_root(source), actor_root(target)))
    return f"{a}-{b}"


def bucket_keys(unit: Counted) -> list[tuple[str, str]]:
    """(pair, direction) of the two buckets a unit counts in."""
    directed = f"{actor_root(unit.source)}-{actor_root(unit.target)}"
    return [(directed, "directed"), (pair_key(unit.source, unit.target), "undirected")]


@dataclass(frozen=True)
class WindowFigures:
    quads: tuple[int, ...]
    """Events per quad class, in QUAD_NAMES order."""
    engagement: int
    cooperation: float
    conflict: float
    tension: float | None
    net_goldstein: float | None
    article_count: int
    reports: int

    @property
    def counts(self) -> QuadCounts:
        return QuadCounts(**dict(zip(QUAD_NAMES, self.quads, strict=True)))


@dataclass
class EventTotals:
    """Events summed: counts per quad class, positive and negative weights in
    WEIGHT_UNITs, and the articles. Sums of any days combine exactly."""

    quads: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    positive: int = 0
    negative: int = 0
    articles: set[str] = field(default_factory=set)
    reports: int = 0

    def add(self, other: "EventTotals") -> None:
        quads, more = self.quads, other.quads
        quads[0] += more[0]
        quads[1] += more[1]
        quads[2] += more[2]
        quads[3] += more[3]
        self.positive += other.positive
        self.negative += other.negative
        self.articles |= other.articles
        self.reports += other.reports


def figures_of(parts: list[EventTotals]) -> WindowFigures:
    """The figures of the events summed in `parts`."""
    totals = EventTotals()
    for part in parts:
        totals.add(part)
    quads = tuple(totals.quads)
    engagement = sum(quads)
    positive, negative = totals.positive, totals.negative
    return WindowFigures(
        quads,
        engagement,
        round(positive / WEIGHT_UNIT, 4),
        round(negative / WEIGHT_UNIT, 4),
        round(negative / (positive + negative), 4) if positive + negative else None,
        round((positive - negative) / WEIGHT_UNIT / engagement, 4) if engagement else None,
        len(totals.articles),
        totals.reports,
    )


def window_figures(buckets: Iterable[DayBucket]) -> WindowFigures:
    """The figures of the events in `buckets`."""
    return figures_of([bucket.totals for bucket in buckets])


def figures_as_of(
    days: Mapping[dt.date, DayBucket], as_of: dt.date, windows: Iterable[int] = WINDOWS
) -> dict[int, tuple[WindowFigures, WindowFigures]]:
    """For each window length, the figures of the window ending on `as_of` and of the
    window before it, in one pass: the days are cut at every window edge (for 7, 30
    and 90: ages 0-6, 7-13, 14-29, 30-59, 60-89, 90-179), each day's totals are added
    to its piece, and each window combines the pieces it covers."""
    lengths = tuple(windows)
    edges = _edges(lengths)
    piece_of = _pieces_by_age(edges)
    pieces = [EventTotals() for _ in edges[1:]]
    newest = as_of.toordinal()
    for day, bucket in days.items():
        age = newest - day.toordinal()
        if 0 <= age < edges[-1]:
            pieces[piece_of[age]].add(bucket.totals)
    starts = edges[:-1]

    def covering(first: int, end: int) -> WindowFigures:
        return figures_of(
            [p for p, start in zip(pieces, starts, strict=True) if first <= start < end]
        )

    return {w: (covering(0, w), covering(w, 2 * w)) for w in lengths}


@functools.cache
def _edges(lengths: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(sorted({0, *lengths, *(2 * w for w in lengths)}))


@functools.cache
def _pieces_by_age(edges: tuple[int, ...]) -> list[int]:
    """For each age below the last edge, the index of the piece it falls in."""
    return [bisect.bisect_right(edges, age) - 1 for age in range(edges[-1])]


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
    _figures: dict[int, tuple[WindowFigures, WindowFigures]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def apply(self, unit: Counted) -> bool:
        """Count or retract `unit` (see DayBucket.apply); True if the history changed."""
        day = unit.day
        if self.latest is not None and (self.latest - day).days >= SPAN:
            return False
        # a copy: the loaded days may be the very objects the table holds
        bucket = DayBucket(dict(self.days[day].events)) if day in self.days else DayBucket()
        if not bucket.apply(unit):
            return False
        if bucket.events:
            self.days[day] = bucket
        else:
            del self.days[day]
        if self.latest is None or day > self.latest:
            self.latest = day
            self.days = {d: b for d, b in self.days.items() if (day - d).days < SPAN}
        self._figures.clear()
        return True

    def updates(self, pair: str, direction: str, unit: Unit) -> list[IndicatorUpdate]:
        """The updates as of the latest day, one per window of WINDOWS."""
        if self.latest is None:
            return []
        latest = self.latest
        return [
            as_update(pair, direction, w, latest, now, before, unit)
            for w, (now, before) in self._as_of_latest(WINDOWS).items()
        ]

    def figures(self, window: int, as_of: dt.date | None = None) -> WindowFigures:
        """The figures of the `window` days up to `as_of` (default: the latest day,
        whose figures are kept until the history changes), without trend."""
        if self.latest is None:
            return window_figures([])
        if as_of is None or as_of == self.latest:
            return self._as_of_latest((window,))[window][0]
        return figures_as_of(self.days, as_of, (window,))[window][0]

    def _as_of_latest(
        self, windows: tuple[int, ...]
    ) -> dict[int, tuple[WindowFigures, WindowFigures]]:
        """Computed for the windows asked for and kept until the history changes: an
        alert check as a day ends reads the 7-day window (90 only if it may fire), a
        published update all three, and the alert check after it reuses them."""
        assert self.latest is not None
        if missing := [w for w in windows if w not in self._figures]:
            self._figures.update(figures_as_of(self.days, self.latest, missing))
        return {w: self._figures[w] for w in windows}


def history_id(pair: str, direction: str) -> str:
    return f"{pair}|{direction}"


def indicator(
    pair: str,
    direction: str,
    window: int,
    as_of: dt.date,
    days: Mapping[dt.date, DayBucket],
    unit: Unit = "happenings",
) -> IndicatorUpdate:
    """The update for one pair, direction and window as of a day, from the pair's
    buckets by day (`days` may hold more days than the window reads)."""
    now, before = figures_as_of(days, as_of, (window,))[window]
    return as_update(pair, direction, window, as_of, now, before, unit)


def wilson(share: float | None, n: int, z: float = 1.96) -> tuple[float | None, float | None]:
    """The Wilson score interval of a share observed over `n` units: wide with little
    evidence, so sorting by its lower end ranks a pair with one conflict event below a
    pair with many (the usual way to rank a share by evidence)."""
    if share is None or n == 0:
        return None, None
    centre = share + z * z / (2 * n)
    spread = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    scale = 1 + z * z / n
    return round(max(0.0, (centre - spread) / scale), 4), round(
        min(1.0, (centre + spread) / scale), 4
    )


def as_update(
    pair: str,
    direction: str,
    window: int,
    as_of: dt.date,
    now: WindowFigures,
    before: WindowFigures,
    unit: Unit,
) -> IndicatorUpdate:
    trend = (
        None
        if now.tension is None or before.tension is None
        else round(now.tension - before.tension, 4)
    )
    low, high = wilson(now.tension, now.engagement)
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
        tension_low=low,
        tension_high=high,
        net_goldstein=now.net_goldstein,
        trend=trend,
        article_count=now.article_count,
        reports=now.reports,
        unit=unit,
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
