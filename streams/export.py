"""Analyst export: events, happenings or indicators as flat rows, written as CSV, JSON
lines or Parquet. The columns follow what Phoenix and ICEWS users know (README,
"Export"). Pure: records in, a file out; `dyadwatch export` and `/api/export` feed it.
"""

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal

from schemas import Event, EventDate, Happening, IndicatorUpdate, Location, actor_root
from streams.coding.dictionaries import actor_names

Kind = Literal["events", "happenings", "indicators"]
Format = Literal["csv", "jsonl", "parquet"]

ACT_COLUMNS = (
    "date",
    "date_precision",
    "source",
    "source_name",
    "target",
    "target_name",
    "code",
    "root_code",
    "quad_class",
    "goldstein",
    "happening_id",
    "mentions",
)
"""What an event row and a happening row both begin with: the act, in Phoenix's order."""
PLACE_COLUMNS = (
    "place",
    "place_country",
    "place_region",
    "latitude",
    "longitude",
    "place_precision",
    "place_basis",
    "place_id",
)
"""Where it happened (see `Location`): the resolved name, ICEWS's country, region and
coordinates, and how precise and how well founded the place is."""
EVENT_COLUMNS = (
    *ACT_COLUMNS,
    "outlets",
    *PLACE_COLUMNS,
    "article_id",
    "url",
    "outlet",
    "title",
    "published",
    "sentence",
    "event_id",
)
HAPPENING_COLUMNS = (
    *ACT_COLUMNS,
    "articles",
    "outlets",
    "outlet_names",
    "first_seen",
    "last_seen",
    *PLACE_COLUMNS,
    "article_id",
    "url",
    "sentence",
)
INDICATOR_COLUMNS = (
    "as_of",
    "pair",
    "pair_name",
    "direction",
    "window",
    "unit",
    "engagement",
    "reports",
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "cooperation",
    "conflict",
    "tension",
    "tension_low",
    "tension_high",
    "net_goldstein",
    "trend",
    "article_count",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    "events": EVENT_COLUMNS,
    "happenings": HAPPENING_COLUMNS,
    "indicators": INDICATOR_COLUMNS,
}
INTEGERS = {"quad_class", "mentions", "outlets", "articles", "window", "engagement", "reports"}
INTEGERS |= {"verbal_cooperation", "material_cooperation", "verbal_conflict"}
INTEGERS |= {"material_conflict", "article_count"}
FLOATS = {"goldstein", "cooperation", "conflict", "tension", "tension_low", "tension_high"}
FLOATS |= {"net_goldstein", "trend", "latitude", "longitude"}


@dataclass(frozen=True)
class Selection:
    """Rows whose date (event date; `as_of` for indicators) is within [since, until],
    of one unordered pair when `pair` is given ("USA-PRK" matches both directions)."""

    since: dt.date | None = None
    until: dt.date | None = None
    pair: str | None = None

    def keeps(self, day: dt.date, a: str, b: str) -> bool:
        if self.since is not None and day < self.since:
            return False
        if self.until is not None and day > self.until:
            return False
        return self.pair is None or {a, b} == set(self.pair.upper().split("-", 1))


def _name(code: str) -> str:
    names = actor_names()
    return names.get(code) or names.get(actor_root(code)) or names.get(code[:3], "")


def _act(
    date: EventDate, source: str, target: str, code: str | None, quad: Any, goldstein: Any
) -> dict[str, Any]:
    return {
        "date": date.date.isoformat(),
        "date_precision": date.precision,
        "source": source,
        "source_name": _name(source),
        "target": target,
        "target_name": _name(target),
        "code": code,
        "root_code": code[:2] if code else None,
        "quad_class": quad,
        "goldstein": goldstein,
    }


def current_events(events: Iterable[Event]) -> list[Event]:
    """The events still asserted after the topic's retractions, in topic order."""
    kept: dict[str, Event] = {}
    for event in events:
        if event.status == "retracted":
            kept.pop(event.event_id, None)
        else:
            kept[event.event_id] = event
    return list(kept.values())


def event_rows(
    events: Iterable[Event], happenings: dict[str, Happening], chosen: Selection
) -> Iterator[dict[str, Any]]:
    for e in current_events(events):
        src, tgt = e.source.code, e.target.code
        if not chosen.keeps(e.event_date.date, actor_root(src), actor_root(tgt)):
            continue
        happening = happenings.get(e.happening_id) if e.happening_id else None
        yield {
            **_act(e.event_date, src, tgt, e.code, e.quad_class, e.goldstein),
            "happening_id": e.happening_id,
            "mentions": happening.mentions if happening else None,
            "outlets": happening.outlets if happening else None,
            **_place(e.location),
            "article_id": e.article_id,
            "url": e.url,
            "outlet": e.outlet,
            "title": e.title,
            "published": e.published.isoformat(),
            "sentence": e.sentence,
            "event_id": e.event_id,
        }


def _place(location: Location | None) -> dict[str, Any]:
    if location is None:
        return dict.fromkeys(PLACE_COLUMNS)
    return {
        "place": location.resolved_name,
        "place_country": location.country_code,
        "place_region": location.region,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "place_precision": location.precision,
        "place_basis": location.basis,
        "place_id": location.gazetteer_id,
    }


def happening_rows(happenings: Iterable[Happening], chosen: Selection) -> Iterator[dict[str, Any]]:
    for h in happenings:
        if h.status == "retracted" or h.event_date is None or not h.source or not h.target:
            continue
        a, b = h.pair.split("-", 1)
        if not chosen.keeps(h.event_date.date, a, b):
            continue
        best = h.representative_report
        if best is None:
            continue
        yield {
            **_act(h.event_date, h.source, h.target, h.code, h.quad_class, h.goldstein),
            "happening_id": h.happening_id,
            "mentions": h.mentions,
            "articles": h.articles,
            "outlets": h.outlets,
            "outlet_names": "; ".join(sorted({r.outlet or "" for r in h.reports} - {""})),
            "first_seen": h.first_seen.isoformat() if h.first_seen else None,
            "last_seen": h.last_seen.isoformat() if h.last_seen else None,
            **_place(h.location),
            "article_id": best.article_id,
            "url": best.url,
            "sentence": best.sentence,
        }


def indicator_rows(
    updates: Iterable[IndicatorUpdate], chosen: Selection
) -> Iterator[dict[str, Any]]:
    for u in updates:
        a, b = u.pair.split("-", 1)
        if not chosen.keeps(u.as_of, a, b):
            continue
        yield {
            "as_of": u.as_of.isoformat(),
            "pair": u.pair,
            "pair_name": f"{_name(a)} - {_name(b)}",
            "direction": u.direction,
            "window": u.window,
            "unit": u.unit,
            "engagement": u.engagement,
            "reports": u.reports,
            **u.counts.model_dump(),
            "cooperation": u.cooperation,
            "conflict": u.conflict,
            "tension": u.tension,
            "tension_low": u.tension_low,
            "tension_high": u.tension_high,
            "net_goldstein": u.net_goldstein,
            "trend": u.trend,
            "article_count": u.article_count,
        }


def write(rows: Iterable[dict[str, Any]], kind: Kind, form: Format, out: IO[bytes]) -> int:
    """Write `rows` with the kind's columns to the binary stream `out`; how many."""
    columns = COLUMNS[kind]
    if form == "parquet":
        return _parquet(list(rows), columns, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    count = 0
    if form == "csv":
        writer = csv.DictWriter(text, fieldnames=columns, extrasaction="raise")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    else:
        for row in rows:
            text.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    text.detach()
    return count


def _parquet(rows: list[dict[str, Any]], columns: tuple[str, ...], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(column: str) -> Any:
        return (
            pa.int64() if column in INTEGERS else pa.float64() if column in FLOATS else pa.string()
        )

    schema = pa.schema([(c, kind(c)) for c in columns])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, out)
    return len(rows)
