"""Scoring event places against place gold (fixtures/places.jsonl).

A gold line names an article, a sentence (by words it contains), optionally the actor
pairs it speaks for (`"KOR-USA"`, either order), and the place the text gives for
those events: `{"country": "SWE", "city": "Stockholm"}`, or null when it gives none.
Every complete event the coder finds there is scored:

- where the text gives a place: is the event's country right, and its city (when the
  gold names one)?
- where it gives none: did the coder make one up from the sentence (an error), fall
  back to the dateline (said as such), or leave it empty?
Events of sentences or pairs the gold does not list (the coder's mistakes, disputed
places such as a shoal or Kashmir) are not scored.
"""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streams.coding.events import CodedEvent
from streams.coding.gazetteer import Gazetteer, Place, key
from streams.errors import FixtureError
from streams.evaluation import share


@dataclass(frozen=True)
class PlaceGold:
    article: str
    sentence: str
    pairs: frozenset[str] | None
    country: str | None
    city: str | None
    where: str

    def covers(self, article: str, event: CodedEvent) -> bool:
        if article != self.article or self.sentence not in event.sentence:
            return False
        return self.pairs is None or pair_of(event) in self.pairs


def pair_of(event: CodedEvent) -> str:
    assert event.source is not None and event.target is not None
    return "-".join(sorted((event.source.code[:3], event.target.code[:3])))


def read_gold(path: Path) -> list[PlaceGold]:
    """Every line of a place-gold file; FixtureError naming the first bad line."""
    gold = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record: dict[str, Any] = json.loads(line)
            place = record["place"]
            pairs = record.get("pairs")
            gold.append(
                PlaceGold(
                    record["article"],
                    record["sentence"],
                    frozenset("-".join(sorted(p.split("-"))) for p in pairs) if pairs else None,
                    place["country"] if place else None,
                    place.get("city") if place else None,
                    where,
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise FixtureError(where, f"not a place-gold record ({exc!r})") from exc
    return gold


@dataclass(frozen=True)
class Scored:
    gold: PlaceGold
    event: CodedEvent
    verdict: str
    """placed: `right`, `wrong country`, `wrong city`, `missing`; unplaced: `empty`,
    `dateline`, `made up`."""


@dataclass
class PlaceScore:
    placed: int = 0
    country_right: int = 0
    with_city: int = 0
    city_right: int = 0
    unplaced: int = 0
    made_up: int = 0
    from_dateline: int = 0
    by_basis: dict[str, int] = field(default_factory=dict)
    unmatched_gold: list[PlaceGold] = field(default_factory=list)
    mistakes: list[Scored] = field(default_factory=list)

    @property
    def country_share(self) -> float:
        return share(self.country_right, self.placed)

    @property
    def city_share(self) -> float:
        return share(self.city_right, self.with_city)

    @property
    def made_up_share(self) -> float:
        return share(self.made_up, self.unplaced)


def judge(gold: PlaceGold, event: CodedEvent, gazetteer: Gazetteer) -> str:
    found = event.location
    if gold.country is None:
        if found is None:
            return "empty"
        return "dateline" if found.basis == "dateline" else "made up"
    if found is None:
        return "missing"
    if found.place.country != gold.country:
        return "wrong country"
    if gold.city is not None and not _same_city(found.place, gold.city, gazetteer):
        return "wrong city"
    return "right"


def _same_city(place: Place, city: str, gazetteer: Gazetteer) -> bool:
    """The gold names the city as news does ("Rostov-on-Don"); the gazetteer may call it
    otherwise ("Rostov-na-Donu"): any of its names for that place counts."""
    if key(place.name) == key(city):
        return True
    return any(c.gazetteer_id == place.gazetteer_id for c in gazetteer.candidates(city))


def score(
    gold: list[PlaceGold],
    coded: Iterable[tuple[str, list[CodedEvent]]],
    gazetteer: Gazetteer,
) -> PlaceScore:
    """`coded`: each article's id and its events."""
    result = PlaceScore()
    used: set[str] = set()
    for article, events in coded:
        for event in events:
            if not event.complete:
                continue
            for line in gold:
                if line.covers(article, event):
                    used.add(line.where)
                    _count(result, Scored(line, event, judge(line, event, gazetteer)))
                    break
    result.unmatched_gold = [g for g in gold if g.where not in used]
    return result


def _count(result: PlaceScore, scored: Scored) -> None:
    gold, verdict, found = scored.gold, scored.verdict, scored.event.location
    if gold.country is None:
        result.unplaced += 1
        result.made_up += verdict == "made up"
        result.from_dateline += verdict == "dateline"
    else:
        result.placed += 1
        basis = found.basis if found else "none"
        result.by_basis[basis] = result.by_basis.get(basis, 0) + 1
        result.country_right += verdict in ("right", "wrong city")
        if gold.city is not None:
            result.with_city += 1
            result.city_right += verdict == "right"
    if verdict not in ("right", "empty", "dateline"):
        result.mistakes.append(scored)


def report(result: PlaceScore) -> Iterator[str]:
    yield (
        f"events whose text names a place: {result.placed}; right country "
        f"{result.country_right} ({result.country_share:.2f}), right city "
        f"{result.city_right} of {result.with_city} ({result.city_share:.2f})"
    )
    bases = ", ".join(f"{b} {n}" for b, n in sorted(result.by_basis.items()))
    yield f"  found from: {bases}"
    yield (
        f"events whose text names none: {result.unplaced}; a place made up from the "
        f"sentence {result.made_up} ({result.made_up_share:.2f}), the dateline's "
        f"{result.from_dateline}, empty {result.unplaced - result.made_up - result.from_dateline}"
    )
    if result.unmatched_gold:
        yield f"gold lines the coder found no event for: {len(result.unmatched_gold)}"


def mistakes(result: PlaceScore) -> Iterator[str]:
    for scored in result.mistakes:
        found = scored.event.location
        got = (
            f"{found.written} -> {found.place.name}, {found.place.country} ({found.basis})"
            if found
            else "nothing"
        )
        gold = scored.gold
        want = f"{gold.city or '-'}, {gold.country}" if gold.country else "no place"
        yield f"{scored.verdict}: {gold.where} {pair_of(scored.event)} got {got}; want {want}"
        yield f"    {scored.event.sentence[:160]}"
    for gold in result.unmatched_gold:
        yield f'no event: {gold.where} {gold.article} "{gold.sentence}..."'
