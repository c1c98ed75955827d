"""Happenings: the events of different reports that tell of one real act.

An event joins a happening of the same directed pair and root code when

- their codes are compatible: with `codes="root"` (the default) any two codes of the
  root; with `codes="lineage"` only a code and its ancestors ("042" joins "04x"
  generic "040", not "046"), where a three-digit code ending in 0 stands for its root;
- their dates are within `tolerance_days`: each date is an interval by its precision
  (a day, a month, a year), and a date that is only the publication day also covers
  the day before (the act was reported, not dated); the intervals may be at most the
  tolerance apart.

The event is compared with each happening's representative report (the most specific
code, then the most precise date, then the earliest published), not with every
member, so a chain of reports one day apart cannot stretch a happening over a week.
Of several matching happenings the nearest in date wins, then the smallest id; a
happening is never merged into another, so ids stay put. The id is a hash of the pair,
the root and the event that founded it: the same events in the same partition order
give the same ids, and a redelivered or replayed event finds the happening it joined.

Everything here but `HappeningStore` is pure; the store keeps three tables keyed within
one pair (the events topic's key), so one partition owns a pair's happenings.
"""

import datetime as dt
import hashlib
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass
from typing import Any, Literal

from schemas import Event, Happening, Report, Unit
from streams.indicators import SPAN, Counted

CodeRule = Literal["root", "lineage"]
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
KEPT = 256
"""Happenings a pair and root keep before those older than the span are forgotten."""


@dataclass(frozen=True)
class HappeningRule:
    tolerance_days: int = 1
    codes: CodeRule = "root"

    def compatible(self, code: str, other: str) -> bool:
        if code[:2] != other[:2]:
            return False
        if self.codes == "root":
            return True
        a, b = _generic(code), _generic(other)
        return a.startswith(b) or b.startswith(a)

    def gap(self, report: Report, representative: tuple[str, str, str]) -> int | None:
        """Days between the report's date interval and the representative's (0 when they
        overlap); None when more than the tolerance or the codes do not fit."""
        code, lo, hi = representative
        if not self.compatible(report.code, code):
            return None
        mine = date_interval(report)
        days = max(
            (dt.date.fromisoformat(lo) - mine[1]).days,
            (mine[0] - dt.date.fromisoformat(hi)).days,
            0,
        )
        return days if days <= self.tolerance_days else None


def _generic(code: str) -> str:
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def specificity(code: str) -> int:
    """Digits that say something: "042" 3, "040" (the root's generic code) 2, "0871" 4."""
    return len(_generic(code))


def date_interval(report: Report) -> tuple[dt.date, dt.date]:
    """The days a report's date may mean."""
    date = report.event_date
    day = date.date
    if date.precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if date.precision == "month":
        following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - dt.timedelta(days=1)
    if date.basis == "publication":
        return day - dt.timedelta(days=1), day
    return day, day


def representative(reports: Iterable[Report]) -> Report:
    return min(
        reports,
        key=lambda r: (
            -specificity(r.code),
            PRECISION_RANK[r.event_date.precision],
            r.published,
            r.event_id,
        ),
    )


def happening_id(pair: str, root: str, founder: str) -> str:
    return hashlib.sha256(f"{pair}|{root}|{founder}".encode()).hexdigest()[:24]


def report_of(event: Event) -> Report:
    return Report(
        event_id=event.event_id,
        article_id=event.article_id,
        outlet=event.outlet,
        title=event.title,
        url=event.url,
        published=event.published,
        sentence=event.sentence,
        source=event.source.code,
        target=event.target.code,
        code=event.code,
        quad_class=event.quad_class,
        goldstein=event.goldstein,
        event_date=event.event_date,
        location=event.location,
    )


def build(hid: str, pair: str, root: str, reports: list[Report]) -> Happening:
    """The happening of `reports` (retracted when there are none)."""
    if not reports:
        return Happening(
            happening_id=hid,
            status="retracted",
            pair=pair,
            root_code=root,
            representative=None,
            mentions=0,
            articles=0,
            outlets=0,
        )
    best = representative(reports)
    reports = sorted(reports, key=lambda r: (r.published, r.event_id))
    return Happening(
        happening_id=hid,
        pair=pair,
        root_code=root,
        representative=best.event_id,
        source=best.source,
        target=best.target,
        code=best.code,
        quad_class=best.quad_class,
        goldstein=best.goldstein,
        event_date=best.event_date,
        first_seen=reports[0].published,
        last_seen=reports[-1].published,
        mentions=len(reports),
        articles=len({r.article_id for r in reports}),
        outlets=len({r.outlet or r.article_id for r in reports}),
        reports=reports,
    )


def counted(happening: Happening | None) -> Counted | None:
    """What the indicators count of a happening: its representative, once, on its date,
    with every article and report behind it."""
    if happening is None or happening.status == "retracted" or happening.event_date is None:
        return None
    assert happening.source and happening.target and happening.quad_class is not None
    return Counted(
        id=happening.happening_id,
        source=happening.source,
        target=happening.target,
        day=happening.event_date.date,
        quad_class=happening.quad_class,
        goldstein=happening.goldstein or 0.0,
        articles=tuple(sorted({r.article_id for r in happening.reports})),
        mentions=happening.mentions,
    )


@dataclass(frozen=True)
class Change:
    """What an event did to the happenings: the one it belongs to (None: none, e.g. the
    retraction of an event never seen), its new state, and its counted unit before and
    after (None when it did not count)."""

    happening_id: str | None
    happening: Happening | None
    before: Counted | None
    after: Counted | None


NO_CHANGE = Change(None, None, None, None)


def changed_units(before: Counted | None, after: Counted | None) -> list[Counted]:
    """What the histories apply for a happening that went from `before` to `after`: the
    new unit replaces the old on its day, or the old is withdrawn from the day it left."""
    units = []
    if before is not None and (after is None or after.day != before.day):
        units.append(before.withdrawn())
    if after is not None:
        units.append(after)
    return units


class Tally:
    """The units counted for events that already say their happening (read back from
    the events topic): the offline recomputation and the feed count as the worker did."""

    def __init__(self, unit: Unit) -> None:
        self.unit = unit
        self.reports: dict[str, dict[str, Report]] = {}
        self.units: dict[str, Counted] = {}  # each happening's unit as last counted

    def apply(self, event: Event) -> list[Counted]:
        hid = event.happening_id
        if self.unit == "reports" or hid is None:
            return [Counted.of_event(event)]
        reports = self.reports.setdefault(hid, {})
        before = self.units.pop(hid, None)
        if event.status == "retracted":
            reports.pop(event.event_id, None)
        else:
            reports[event.event_id] = report_of(event)
        after = counted(build(hid, event.dyad, event.root_code, list(reports.values())))
        if after is not None:
            self.units[hid] = after
        if not reports:
            del self.reports[hid]
        return changed_units(before, after)


class HappeningStore:
    """`records` maps happening id -> Happening (JSON); `index` maps "PAIR|root" -> {id:
    [representative code, first day, last day]} of that pair's recent happenings;
    `members` maps event id -> happening id."""

    def __init__(
        self,
        records: MutableMapping[str, Any],
        index: MutableMapping[str, Any],
        members: MutableMapping[str, Any],
        rule: HappeningRule,
    ) -> None:
        self.records, self.index, self.members, self.rule = records, index, members, rule

    def apply(self, event: Event) -> Change:
        pair, root = event.dyad, event.root_code
        hid = self.members.get(event.event_id)
        old = self._load(hid) if hid else None
        held = old is not None and any(r.event_id == event.event_id for r in old.reports)
        if event.status == "retracted":
            if hid is None:
                return NO_CHANGE  # never seen
            if old is None or not held:
                return Change(hid, None, None, None)  # a redelivered retraction: done already
            rest = [r for r in old.reports if r.event_id != event.event_id]
            new = build(hid, pair, root, rest)
            self._save(new)
            return Change(hid, new, counted(old), counted(new))
        if held:
            assert old is not None
            self._save(old)  # a redelivery: write again what a crash may have lost
            return Change(hid, old, counted(old), counted(old))
        report = report_of(event)
        if hid is None:
            hid = self._choose(report, self.index.get(f"{pair}|{root}") or {})
            old = self._load(hid) if hid else None
            if hid is None or old is None:
                hid, old = happening_id(pair, root, event.event_id), None
        # else: the event was placed before, but its happening's record is older than
        # that (a crash lost the later write): it rejoins the same happening, so an
        # event is never published in two
        new = build(hid, pair, root, [*(old.reports if old else []), report])
        self._save(new, added=event.event_id)
        return Change(hid, new, counted(old), counted(new))

    def _choose(self, report: Report, entries: dict[str, list[str]]) -> str | None:
        gaps = [
            (gap, hid)
            for hid, entry in entries.items()
            if (gap := self.rule.gap(report, entry)) is not None
        ]
        return min(gaps)[1] if gaps else None

    def _load(self, hid: str | None) -> Happening | None:
        record = self.records.get(hid) if hid else None
        return Happening.model_validate(record) if record else None

    def _save(self, happening: Happening, added: str | None = None) -> None:
        """Write the happening, its index entry and its members (only `added`, when
        given). A retracted report keeps its member entry, so a redelivered retraction
        still says which happening it left; the entry goes when the happening is pruned,
        or stays (a few bytes per retraction) if the whole happening was retracted."""
        hid = happening.happening_id
        key = f"{happening.pair}|{happening.root_code}"
        entries = dict(self.index.get(key) or {})
        if happening.status == "retracted":
            self.records.pop(hid, None)
            entries.pop(hid, None)
        else:
            self.records[hid] = happening.model_dump(mode="json")
            for report in happening.reports:
                if added is None or report.event_id == added:
                    self.members[report.event_id] = hid
            best = happening.representative_report
            assert best is not None
            lo, hi = date_interval(best)
            entries[hid] = [best.code, lo.isoformat(), hi.isoformat()]
        self.index[key] = self._pruned(entries, keep=hid)

    def _pruned(self, entries: dict[str, list[str]], keep: str) -> dict[str, list[str]]:
        """Once a pair and root hold more than KEPT happenings, forget the oldest of
        those more than SPAN days older than the newest (no indicator reads them), never
        `keep`, the one just written. Forgetting by count as well as by age keeps a
        report about an old act (a 2019 summit recalled in 2025) in its happening
        while its redeliveries may still come, instead of dropping it at once."""
        if len(entries) <= KEPT:
            return entries
        newest = max(dt.date.fromisoformat(hi) for _, _, hi in entries.values())
        cutoff = (newest - dt.timedelta(days=SPAN)).isoformat()
        old = sorted((hi, hid) for hid, (_, _, hi) in entries.items() if hi < cutoff)
        for _, hid in old[: len(entries) - KEPT]:
            if hid == keep:
                continue
            record = self._load(hid)
            for report in record.reports if record else []:
                self.members.pop(report.event_id, None)
            self.records.pop(hid, None)
            del entries[hid]
        return entries
