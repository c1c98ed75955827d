"""Replay against a real Kafka-protocol broker and read everything back."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from schemas import Article
from streams.cli import main
from streams.fixtures import load_fixtures
from streams.kafka_clients import read_to_end
from streams.settings import KafkaSettings
from tests.conftest import FIXTURES
from tests.integration.pipeline_helpers import DYADWATCH, topic_env

pytestmark = pytest.mark.kafka


def env_for(bootstrap: str, unique: str) -> dict[str, str]:
    return topic_env(bootstrap, f"t{unique}")


def test_topics_create_is_idempotent(kafka_bootstrap: str, unique: str) -> None:
    env = env_for(kafka_bootstrap, unique)
    first = CliRunner().invoke(main, ["topics", "create"], env=env)
    assert first.exit_code == 0, first.output
    assert f"t{unique}.indicators: created" in first.output
    again = CliRunner().invoke(main, ["topics", "create"], env=env)
    assert again.exit_code == 0, again.output
    assert again.output.count(": exists") == 7


def test_replayed_fixtures_come_back_field_for_field(kafka_bootstrap: str, unique: str) -> None:
    env = env_for(kafka_bootstrap, unique)
    assert CliRunner().invoke(main, ["topics", "create"], env=env).exit_code == 0
    result = CliRunner().invoke(main, ["replay", str(FIXTURES)], env=env)
    assert result.exit_code == 0, result.output + result.stderr
    expected = load_fixtures([FIXTURES]).articles
    assert f"sent {len(expected)}, failed 0, invalid files 0" in result.output

    records = read_to_end(KafkaSettings(), kafka_bootstrap, env["DYADWATCH_TOPIC_ARTICLES"])
    assert len(records) == len(expected)
    assert {r.partition for r in records} == {0, 1, 2}, "keys should spread over partitions"
    by_key_version = {}
    for record in records:
        article = Article.model_validate_json(record.value)
        assert record.key == article.id.encode()
        by_key_version[(article.id, article.version)] = article
    for article in expected:
        received = by_key_version[(article.id, article.version)]
        for field in Article.model_fields:
            assert getattr(received, field) == getattr(article, field), (article.id, field)


def test_invalid_fixture_is_named_and_the_rest_are_sent(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    env = env_for(kafka_bootstrap, unique)
    good = sorted(FIXTURES.glob("syn-*.json"))[:2]
    for path in good:
        shutil.copy(path, tmp_path / path.name)
    broken = json.loads(good[0].read_text())
    del broken["outlet"]
    (tmp_path / "zz_missing_outlet.json").write_text(json.dumps(broken))

    result = CliRunner().invoke(main, ["replay", str(tmp_path)], env=env)
    assert result.exit_code == 1
    assert "zz_missing_outlet.json" in result.stderr and "field `outlet`" in result.stderr
    assert "sent 2, failed 0, invalid files 1" in result.output
    records = read_to_end(KafkaSettings(), kafka_bootstrap, env["DYADWATCH_TOPIC_ARTICLES"])
    assert sorted(r.key for r in records) == sorted(
        json.loads(p.read_text())["id"].encode() for p in good
    )


def test_replay_of_nothing_valid_fails_without_a_broker(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("[]")
    result = CliRunner().invoke(
        main, ["replay", str(tmp_path)], env={"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"}
    )
    assert result.exit_code == 2
    assert "bad.json" in result.stderr and "no valid article" in result.stderr


@pytest.mark.timeout(400)
def test_demo_from_another_directory_replays_the_bundled_fixtures(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    """What a user runs: `dyadwatch demo` with no path, outside the checkout, with the
    worker's default RocksDB tables in a temporary directory the demo removes."""
    elsewhere, scratch = tmp_path / "elsewhere", tmp_path / "tmp"
    elsewhere.mkdir()
    scratch.mkdir()
    env = {
        **os.environ,
        **env_for(kafka_bootstrap, unique),
        "DYADWATCH_APP_ID": f"demo-{unique}",
        "TMPDIR": str(scratch),
    }
    result = subprocess.run(
        [*DYADWATCH, "demo", "--exit"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=360,
    )
    total = len(load_fixtures([FIXTURES]).articles)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"sent {total}, failed 0" in result.stdout
    board = result.stdout.split("highest tension", 1)[1]
    assert "KOR-PRK" in board or "PRK-USA" in board
    assert "highest engagement" in board
    assert not list(elsewhere.iterdir()), "the demo wrote into the directory it ran from"
    assert not list(scratch.glob("dyadwatch-demo-*")), "the demo left its state behind"


def test_replay_names_bundled_fixtures(kafka_bootstrap: str, unique: str) -> None:
    env = env_for(kafka_bootstrap, unique)
    one = "seed_000_fa85263d64ffef45.json"
    result = CliRunner().invoke(main, ["replay", f"bundled:{one}"], env=env)
    assert result.exit_code == 0, result.output
    assert "sent 1, failed 0" in result.output
    missing = CliRunner().invoke(main, ["replay", "bundled:no-such.json"], env=env)
    assert missing.exit_code != 0
    assert "bundled:no-such.json: no such file or directory" in missing.output
