"""The data files load, cover what the issue asks, and a bad entry is named."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from streams.coding import DictionaryError, load_dictionaries
from streams.coding.actors import ActorRecognizer, ArticleMemory
from streams.coding.dictionaries import DATA_DIR
from streams.coding.tokens import tokenize

G20 = {
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "KOR",
    "TUR",
    "GBR",
    "USA",
}


def test_shipped_dictionaries_load_and_cover_the_world() -> None:
    found = load_dictionaries()
    codes = {c.code for c in found.countries}
    assert len(codes) == 199  # 193 UN members + Taiwan, Hong Kong, Palestine, Kosovo,
    # Greenland, the Holy See
    assert {"TWN", "PSE", "KSV", "GRL", "VAT", "PRK", "KOR"} <= codes
    assert {o.code[:6] for o in found.organisations} >= {
        "IGOUNO",
        "IGOWST",
        "IGOEUR",
        "IGOSEA",
        "IGOAFR",
    }
    assert {r.code for r in found.roles} >= {
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "MED",
        "OPP",
        "REB",
        "BUS",
        "CVL",
    }
    assert G20 | {"PRK"} <= {t.country for t in found.people}
    patterns = found.patterns
    assert {p.code[:2] for p in patterns} == {f"{n:02d}" for n in range(1, 21)}
    assert len({p.code for p in patterns}) >= 150


def test_every_g20_country_has_a_leader_for_each_year_2015_to_2025() -> None:
    import datetime as dt

    people = load_dictionaries().people
    for country in G20 | {"PRK"}:
        for year in range(2015, 2026):
            day = dt.date(year, 7, 1)
            assert any(t.country == country and t.covers(day) for t in people), (country, year)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(DATA_DIR, tmp_path / "data")
    return tmp_path / "data"


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        ("countries.tsv", "usa\tUnited States\t-\t-", "not three capital letters"),
        ("countries.tsv", "ABC only two columns", "expected 4 tab-separated columns"),
        ("people.tsv", "Jane Roe\tXXX\tGOV\t2020-01-01\t-", "unknown country 'XXX'"),
        ("people.tsv", "Jane Roe\tUSA\tGOV\t2020-13-01\t-", "is not a YYYY-MM-DD date"),
        ("people.tsv", "Jane Roe\tUSA\tGOV\t2020-01-01\t2019-01-01", "ends (2019-01-01) before"),
        ("people.tsv", "Jane Roe\tUSA\tKING\t2020-01-01\t-", "unknown role"),
        ("verbs.txt", "999 | bad.code | meet", "unknown CAMEO code '999'"),
        ("verbs.txt", "040 | 040.meet2 | * meet", "must start with a word"),
        ("verbs.txt", "040 | 040.meet | meet", "already used"),
        ("verbs.txt", "040 | 040.flagged | meet | loud", "unknown flag"),
        ("cameo_codes.tsv", "040\tlots\tConsult", "is not a number"),
    ],
)
def test_bad_entry_is_named_with_file_and_line(
    data_copy: Path, file: str, line: str, message: str
) -> None:
    path = data_copy / file
    lines = path.read_text().splitlines()
    path.write_text("\n".join([*lines, line]) + "\n")
    with pytest.raises(DictionaryError) as info:
        load_dictionaries(data_copy)
    assert any(
        p.startswith(f"{file}:{len(lines) + 1}:") and message in p for p in info.value.problems
    ), info.value.problems


def test_all_bad_entries_are_reported_together(data_copy: Path) -> None:
    with (data_copy / "verbs.txt").open("a") as verbs:
        verbs.write("999 | one | meet\n998 | two | meet\n")
    with pytest.raises(DictionaryError) as info:
        load_dictionaries(data_copy)
    assert len(info.value.problems) == 2


def test_a_family_name_alone_names_its_owner_only_when_capitalised(data_copy: Path) -> None:
    """A family name that is also an English word ("Said") may follow a role word in
    any sentence: "Police said ..." names no Omani police."""
    with (data_copy / "people.tsv").open("a", encoding="utf-8") as people:
        people.write("Qaboos bin Said\tOMN\tGOV\t1970-07-23\t2020-01-10\n")
    actors = ActorRecognizer(load_dictionaries(data_copy))
    day = dt.date(2010, 1, 1)

    def codes(text: str) -> list[str]:
        return [m.code for m in actors.find(tokenize(text), day, ArticleMemory())]

    assert not any(c.startswith("OMN") for c in codes("Police said they had made arrests."))
    assert codes("Qaboos bin Said met reporters.") == ["OMNGOV"]
