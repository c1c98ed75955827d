"""Loading the coder's data files into typed, validated objects.

Every file is plain text written by this project (`data/`), one entry per
line, `#` for comments. The loader checks every line and reports every bad
one (file, line, what is wrong) in one `DictionaryError` before refusing to
start, the way a compiler lists all its errors, not only the first.
"""

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from streams.errors import ConfigError

DATA_DIR = Path(__file__).parent / "data"

COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3}){0,2}$")
ROLE_CODE = re.compile(r"^[A-Z]{3}$")
EVENT_CODE = re.compile(r"^[0-2][0-9]{1,3}$")


class DictionaryError(ConfigError, ValueError):
    """One or more bad entries; `problems` lists `file:line: message` for each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} bad dictionary entries:\n  " + "\n  ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Country:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    code: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]


@dataclass(frozen=True)
class ContextPhrase:
    """`phrase` means `code` only in an article that already names one of `requires`."""

    phrase: str
    code: str
    requires: frozenset[str]


@dataclass(frozen=True)
class Role:
    code: str
    nouns: tuple[str, ...]


@dataclass(frozen=True)
class Tenure:
    """`name` held `role` for `country` from `start` to `end` (None: still in office)."""

    names: tuple[str, ...]
    country: str
    role: str
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """1 verbal cooperation (01-05), 2 material cooperation (06-09),
        3 verbal conflict (10-14), 4 material conflict (15-20)."""
        root = int(self.root)
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


@dataclass(frozen=True)
class VerbPattern:
    """A pattern line: `code | id | pattern | flags`. See data/verbs.txt for the notation."""

    code: str
    id: str
    elements: tuple[str, ...]
    flags: frozenset[str]
    where: str


PATTERN_FLAGS = {
    "symmetric",
    "mutual",
    "fallback",
    "no-intent",
    "verb",
    "noun",
    "received",
    "riot",
    "verbal",
    "disputed",
    "verdict",
    "foreign",
}


@dataclass
class Dictionaries:
    countries: list[Country] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    context: list[ContextPhrase] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    people: list[Tenure] = field(default_factory=list)
    codes: dict[str, CameoCode] = field(default_factory=dict)
    patterns: list[VerbPattern] = field(default_factory=list)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            yield number, line


def alternatives(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip() and part.strip() != "-")


def _columns(line: str, count: int, where: str, problems: list[str]) -> list[str] | None:
    parts = [part.strip() for part in line.split("\t")]
    if len(parts) != count:
        problems.append(f"{where}: expected {count} tab-separated columns, found {len(parts)}")
        return None
    return parts


def rows(path: Path, count: int, problems: list[str]) -> Iterator[tuple[str, list[str]]]:
    """(`file:line`, columns) of each well-formed line; a malformed one is a problem."""
    for number, line in _lines(path):
        where = f"{path.name}:{number}"
        cols = _columns(line, count, where, problems)
        if cols is not None:
            yield where, cols


def _date(text: str, where: str, name: str, problems: list[str]) -> dt.date | None:
    if text in {"", "-"}:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.append(f"{where}: {name} {text!r} is not a YYYY-MM-DD date")
        return None


@functools.cache
def actor_names(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """Each country's and organisation's code -> its first name ("PRK" -> "North
    Korea"), for people reading codes; the full loader checks these files."""
    problems: list[str] = []
    countries = rows(data_dir / "countries.tsv", 4, problems)
    organisations = rows(data_dir / "organisations.tsv", 3, problems)
    return {
        cols[0]: alternatives(cols[1])[0]
        for _, cols in [*countries, *organisations]
        if alternatives(cols[1])
    }


def load_dictionaries(data_dir: Path = DATA_DIR) -> Dictionaries:
    """Read and check every data file; raise `DictionaryError` listing all bad lines."""
    problems: list[str] = []
    found = Dictionaries()
    seen_codes: dict[str, str] = {}

    def claim(code: str, where: str) -> None:
        if code in seen_codes:
            problems.append(f"{where}: actor code {code} already defined at {seen_codes[code]}")
        seen_codes[code] = where

    path = data_dir / "countries.tsv"
    for where, (code, names, adjectives, capitals) in rows(path, 4, problems):
        if not COUNTRY_CODE.match(code):
            problems.append(f"{where}: country code {code!r} is not three capital letters")
        elif not alternatives(names):
            problems.append(f"{where}: country {code} has no name")
        else:
            claim(code, where)
            found.countries.append(
                Country(code, alternatives(names), alternatives(adjectives), alternatives(capitals))
            )

    path = data_dir / "organisations.tsv"
    for where, (code, names, adjectives) in rows(path, 3, problems):
        if not ACTOR_CODE.match(code):
            problems.append(f"{where}: organisation code {code!r} is not 3, 6 or 9 capitals")
        elif not alternatives(names):
            problems.append(f"{where}: organisation {code} has no name")
        else:
            claim(code, where)
            found.organisations.append(
                Organisation(code, alternatives(names), alternatives(adjectives))
            )

    path = data_dir / "roles.tsv"
    for where, (code, nouns) in rows(path, 2, problems):
        if not ROLE_CODE.match(code):
            problems.append(f"{where}: role code {code!r} is not three capital letters")
        elif not alternatives(nouns):
            problems.append(f"{where}: role {code} has no nouns")
        else:
            found.roles.append(Role(code, alternatives(nouns)))
    role_codes = {role.code for role in found.roles} | {"ELI"}

    countries = {c.code for c in found.countries}
    actors = countries | {o.code for o in found.organisations}
    path = data_dir / "context.tsv"
    for where, (phrase, code, requires) in rows(path, 3, problems):
        needed = frozenset(alternatives(requires))
        unknown = sorted((needed | {code[:3]}) - actors)
        if unknown:
            problems.append(f"{where}: unknown actor code(s) {', '.join(unknown)}")
        elif phrase:
            found.context.append(ContextPhrase(phrase, code, needed))

    path = data_dir / "people.tsv"
    for where, (names, country, role, start_text, end_text) in rows(path, 5, problems):
        start = _date(start_text, where, "start", problems)
        end = _date(end_text, where, "end", problems)
        if country not in actors:
            problems.append(f"{where}: unknown country {country!r}")
        elif role not in role_codes:
            problems.append(f"{where}: unknown role {role!r}")
        elif start is None:
            problems.append(f"{where}: a tenure needs a start date")
        elif end is not None and end <= start:
            problems.append(f"{where}: tenure ends ({end}) before it starts ({start})")
        elif not alternatives(names):
            problems.append(f"{where}: no name")
        else:
            found.people.append(Tenure(alternatives(names), country, role, start, end))

    path = data_dir / "cameo_codes.tsv"
    for where, (code, weight, name) in rows(path, 3, problems):
        try:
            goldstein = float(weight)
        except ValueError:
            problems.append(f"{where}: Goldstein weight {weight!r} is not a number")
            continue
        if not EVENT_CODE.match(code) or not -10 <= goldstein <= 10:
            problems.append(f"{where}: bad code {code!r} or weight {goldstein}")
        else:
            found.codes[code] = CameoCode(code, name, goldstein)

    path = data_dir / "verbs.txt"
    ids: dict[str, str] = {}
    for number, line in _lines(path):
        where = f"{path.name}:{number}"
        parts = [part.strip() for part in line.split("|")]
        if len(parts) not in (3, 4):
            problems.append(f"{where}: expected `code | id | pattern [| flags]`")
            continue
        code, ident, pattern = parts[:3]
        flags = frozenset(parts[3].split()) if len(parts) == 4 else frozenset()
        elements = tuple(pattern.lower().split())
        if code not in found.codes:
            problems.append(f"{where}: unknown CAMEO code {code!r}")
        elif ident in ids:
            problems.append(f"{where}: pattern id {ident!r} already used at {ids[ident]}")
        elif not elements or elements[0] in {"*", "@"} or elements[0].startswith("?"):
            problems.append(f"{where}: a pattern must start with a word")
        elif elements[-1] == "*":
            problems.append(f"{where}: a pattern cannot end with a gap")
        elif flags - PATTERN_FLAGS:
            problems.append(f"{where}: unknown flag(s) {', '.join(sorted(flags - PATTERN_FLAGS))}")
        else:
            ids[ident] = where
            found.patterns.append(VerbPattern(code, ident, elements, flags, where))

    if problems:
        raise DictionaryError(problems)
    return found
