"""Scoring event places against place gold, and the bundled fixtures' own figures."""

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from streams.cli import main
from streams.coding import Coder, Document
from streams.errors import FixtureError
from streams.fixtures import bundled_gold
from streams.place_evaluation import read_gold, score

TEXT = (
    "SEOUL, Oct. 8 (Yonhap) -- North Korean and US negotiators met in Stockholm on Saturday.\n"
    "North Korea criticised the United States on Monday.\n"
)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def write_gold(tmp_path: Path, lines: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_right_places_made_up_ones_and_the_dateline_are_told_apart(
    coder: Coder, tmp_path: Path
) -> None:
    gold = read_gold(
        write_gold(
            tmp_path,
            [
                {
                    "article": "a",
                    "sentence": "negotiators met",
                    "place": {"country": "SWE", "city": "Stockholm"},
                },
                {"article": "a", "sentence": "criticised", "place": None},
            ],
        )
    )
    events = coder.code(Document("a", TEXT, dt.date(2019, 10, 8)))
    assert coder.gazetteer is not None
    result = score(gold, [("a", events)], coder.gazetteer)
    assert (result.placed, result.country_right, result.with_city, result.city_right) == (
        2,
        2,
        2,
        2,
    )
    assert (result.unplaced, result.made_up, result.from_dateline) == (1, 0, 1)

    wrong = read_gold(
        write_gold(
            tmp_path,
            [
                {
                    "article": "a",
                    "sentence": "negotiators met",
                    "place": {"country": "NOR", "city": "Oslo"},
                }
            ],
        )
    )
    result = score(wrong, [("a", events)], coder.gazetteer)
    assert result.country_right == 0 and len(result.mistakes) == 2
    assert {m.verdict for m in result.mistakes} == {"wrong country"}


def test_a_bad_gold_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"article": "a", "sentence": "x", "place": null}\n{"article": "b"}\n')
    with pytest.raises(FixtureError, match=r"gold\.jsonl:2"):
        read_gold(path)


def test_the_bundled_fixtures_meet_the_place_targets() -> None:
    """The issue's targets on the fixtures' own gold: right country >= 0.95, right city
    >= 0.85, and a place the text does not give made up for at most 5% of events."""
    result = CliRunner().invoke(main, ["evaluate-places"])
    assert result.exit_code == 0, result.output
    first, _, third = result.output.splitlines()[:3]
    country = float(first.split("(")[1].split(")")[0])
    city = float(first.split("(")[2].split(")")[0])
    made_up = float(third.split("(")[1].split(")")[0])
    assert country >= 0.95 and city >= 0.85 and made_up <= 0.05, result.output
    assert len(read_gold(bundled_gold())) > 100


def test_evaluate_places_refuses_a_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    result = CliRunner().invoke(main, ["evaluate-places", "--gold", str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output
