"""`dyadwatch code` and `dyadwatch evaluate`, in process."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from streams.cli import main
from streams.coding import parser
from tests.conftest import FIXTURES

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold_small.jsonl"


def test_code_prints_one_json_object_per_event() -> None:
    result = CliRunner().invoke(main, ["code", str(GOLD)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    by_record = {line["record_id"]: line for line in lines}
    assert by_record["g1"]["source"] == "DEU" and by_record["g1"]["target"] == "FRA"
    assert by_record["g1"]["code"] == "051" and by_record["g1"]["event_date"] == "2023-03-10"
    assert "g4" not in by_record and "g5" not in by_record
    for line in lines:
        assert {
            "record_id",
            "source",
            "target",
            "code",
            "root_code",
            "quad_class",
            "goldstein",
            "sentence",
            "pattern_id",
            "event_date",
            "confidence",
        } <= set(line)


def test_code_reads_stdin_and_fixture_articles() -> None:
    runner = CliRunner()
    piped = runner.invoke(
        main, ["code", "-"], input='{"id": 7, "text": "Iran criticized Israel."}\n'
    )
    assert piped.exit_code == 0
    assert json.loads(piped.stdout)["record_id"] == "7"
    fixture = runner.invoke(main, ["code", str(FIXTURES / "syn-kor-002.json")])
    assert fixture.exit_code == 0
    codes = {
        (e["source"][:3], e["target"][:3]) for e in map(json.loads, fixture.stdout.splitlines())
    }
    assert ("USA", "KOR") in codes or ("KOR", "USA") in codes


def test_bad_records_are_named_and_the_rest_still_coded() -> None:
    text = "\n".join(
        [
            '{"id": "ok", "text": "Germany praised France."}',
            '{"id": "no-text"}',
            "not json at all",
            '{"id": "bad-date", "text": "Spain criticized Portugal.", "date": "someday"}',
            '["a", "list"]',
        ]
    )
    result = CliRunner().invoke(main, ["code", "-"], input=text)
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["record_id"] == "ok"
    assert len(result.stdout.splitlines()) == 1
    for expected in (
        "<stdin>:2",
        "missing `text`",
        "<stdin>:3: not valid JSON",
        "<stdin>:4",
        "not an ISO date",
        "<stdin>:5: expected a JSON object",
    ):
        assert expected in result.stderr


def test_a_file_with_a_bad_date_codes_the_records_around_it(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"id": "a", "text": "Germany praised France.", "date": "2012-11-08"}\n'
        '{"id": "b", "text": "Spain criticized Portugal.", "date": "121108"}\n'
        '{"id": "c", "text": "Japan praised China.", "date": "2012-11-09"}\n'
    )
    result = CliRunner().invoke(main, ["code", str(path)])
    assert result.exit_code == 1
    assert [json.loads(line)["record_id"] for line in result.stdout.splitlines()] == ["a", "c"]
    assert f"{path}:2: `date` '121108' is not an ISO date" in result.stderr


def test_missing_file_is_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["code", "/nonexistent/gold.jsonl"])
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_evaluate_prints_the_figures() -> None:
    result = CliRunner().invoke(main, ["evaluate", str(GOLD)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()[1:]}
    assert rows["level"] == ["precision", "recall", "F1", "hit", "rate"]
    root = [float(x) for x in rows["root"]]
    full = [float(x) for x in rows["full"]]
    assert root[3] == 0.75  # g1, g2, g3 found at root level; g5 (unknown words) missed
    assert full[3] == 0.75
    assert root[0] == 1.0  # nothing predicted that gold does not list


def test_one_sided_events_print_only_when_asked() -> None:
    record = {"id": "p1", "date": "2024-05-02", "text": "Russia condemned the decision."}
    stdin = json.dumps(record) + "\n"
    plain = CliRunner().invoke(main, ["code", "-"], input=stdin)
    partial = CliRunner().invoke(main, ["code", "--partial", "-"], input=stdin)
    assert plain.exit_code == 0 and partial.exit_code == 0, partial.output
    assert plain.stdout == ""
    one_sided = [json.loads(line) for line in partial.stdout.splitlines()]
    assert [(e["source"], e["target"]) for e in one_sided] == [("RUS", None)]


def test_evaluate_errors_are_grouped_by_class() -> None:
    result = CliRunner().invoke(main, ["evaluate", "--errors", str(GOLD)])
    assert result.exit_code == 0, result.output
    rows = [re.match(r"\s+(.+?)\s{2,}(\d+)", line) for line in result.stderr.splitlines()[1:7]]
    counts = {row.group(1): int(row.group(2)) for row in rows if row}
    assert len(counts) == 6
    assert counts["missed"] == 1  # g5: words the patterns do not know
    assert counts["spurious"] == 0
    assert "## missed" in result.stderr and "g5: want" in result.stderr


def test_a_missing_spacy_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADWATCH_SPACY_MODEL", "no_such_model_here")
    parser.load.cache_clear()
    result = CliRunner().invoke(main, ["code", str(GOLD)])
    assert result.exit_code == 2
    assert "DYADWATCH_SPACY_MODEL=no_such_model_here" in result.stderr


def test_evaluate_partial_scores_one_sided_events(tmp_path: Path) -> None:
    gold = tmp_path / "one_sided.jsonl"
    record = {
        "id": "q1",
        "date": "2024-05-02",
        "text": "Russia condemned the decision.",
        "events": [{"source": "RUS", "target": None, "code": "111"}],
    }
    gold.write_text(json.dumps(record) + "\n")

    def hit_rate(*options: str) -> float:
        result = CliRunner().invoke(main, ["evaluate", *options, str(gold)])
        assert result.exit_code == 0, result.output
        root = next(line for line in result.stdout.splitlines() if line.startswith("root"))
        return float(root.split()[-1])

    assert hit_rate() == 0.0
    assert hit_rate("--partial") == 1.0


def test_coding_is_the_same_in_every_process() -> None:
    """Patterns that match at one word tie-break by file order, not by the order of a
    hash-seeded set: two processes with different seeds print the same events."""
    article = FIXTURES / "seed_003_087b9cd9690c9ed0.json"
    outputs = [
        subprocess.run(
            [sys.executable, "-c", "from streams.cli import main; main()", "code", str(article)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] and outputs[0] == outputs[1]
