"""The worker against a real broker: indicators, replays, revisions and bad input."""

import json
import subprocess
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from schemas import DeadLetter, Event, Happening
from streams.fixtures import load_fixtures
from streams.kafka_clients import latest_by_key
from tests.conftest import FIXTURES
from tests.integration.pipeline_helpers import (
    DYADWATCH,
    children,
    latest_per_key,
    maps_package,
    offline_events,
    pipeline_env,
    read_topic,
    recompute,
    replay,
    wait_until_quiet,
    worker,
)

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(400)]
SAME_DAY_STORIES = [
    ("seed-fa85263d64ffef45", "seed-f84ffd3a27848205"),  # Yonhap and Bloomberg, 1 June 2019
    ("seed-087b9cd9690c9ed0", "seed-25568a0da4e2e123"),  # Korea Herald and Yonhap, Oct 2019
]


def latest_happenings(records: list[Any]) -> dict[str, Happening]:
    """What the compacted happenings topic keeps, retracted happenings left out."""
    latest = latest_by_key(records, Happening)
    return {k: h for k, h in latest.items() if h.status == "asserted"}


def topics(env: dict[str, str]) -> list[str]:
    return [
        env["DYADWATCH_TOPIC_EVENTS"],
        env["DYADWATCH_TOPIC_INDICATORS"],
        env["DYADWATCH_TOPIC_DEAD_LETTERS"],
    ]


def test_replayed_fixtures_give_indicators_equal_to_a_recomputation(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    with worker(env, tmp_path / "worker.log") as process:
        assert replay(env, FIXTURES).returncode == 0
        first = wait_until_quiet(kafka_bootstrap, topics(env), least=100)
        # only the coding process holds the coder's spaCy and numpy (some 80 MiB)
        assert not any(maps_package(process.pid, p) for p in ("spacy", "numpy"))
        assert any(maps_package(child, "spacy") for child in children(process.pid))
        events = [Event.model_validate_json(r.value) for r in first[topics(env)[0]]]
        published = latest_per_key(first[topics(env)[1]])
        assert published == recompute(events)
        assert {"KOR-PRK|undirected|7", "PRK-USA|directed|90"} <= set(published)
        for pair in ("PRK-USA", "KOR-PRK", "KOR-USA"):  # the seed stories' pairs, both ways
            assert all(f"{pair}|undirected|{w}" in published for w in (7, 30, 90))
        assert not first[topics(env)[2]], "no fixture is a dead letter"

        # happenings: the seed stories told by two outlets merge their shared acts
        happenings = latest_happenings(
            read_topic(kafka_bootstrap, env["DYADWATCH_TOPIC_HAPPENINGS"])
        )
        gone = {e.event_id for e in events if e.status == "retracted"}
        live = [e for e in events if e.status == "asserted" and e.event_id not in gone]
        assert all(e.happening_id in happenings for e in live)
        for one, other in SAME_DAY_STORIES:
            shared = [
                h for h in happenings.values() if {one, other} <= {r.article_id for r in h.reports}
            ]
            assert shared and all(h.mentions >= 2 and h.outlets >= 2 for h in shared), (one, other)
        meetings = {  # talks in Stockholm on 5 October; the June meetings another act
            h.event_date.date.isoformat(): h.happening_id
            for h in happenings.values()
            if h.pair == "PRK-USA" and h.root_code == "04" and h.event_date
        }
        june = {hid for d, hid in meetings.items() if d.startswith("2019-06")}
        assert "2019-10-05" in meetings and june and meetings["2019-10-05"] not in june
        walkout = [h for h in happenings.values() if h.pair == "PRK-USA" and h.root_code == "16"]
        talks = [h for h in happenings.values() if h.pair == "PRK-USA" and h.root_code == "04"]
        assert (
            walkout
            and talks
            and not {h.happening_id for h in walkout} & {h.happening_id for h in talks}
        )  # a walk-out and the talks of one day are two acts
        kinds: dict[tuple[str, str, Any], dict[str, set[str | None]]] = defaultdict(
            lambda: defaultdict(set)
        )
        for e in live:  # by directed pair and day, the happenings each kind of act joined
            day = (e.source.code[:3], e.target.code[:3], e.event_date.date)
            kinds[day][e.root_code].add(e.happening_id)
        mixed = [roots for roots in kinds.values() if len(roots) >= 2]
        assert mixed, "the fixtures have days on which one pair did two kinds of act"
        for roots in mixed:  # a threat and the talks of one day are two acts
            assert all(not a & b for a, b in combinations(roots.values(), 2))
        for happening in happenings.values():  # mentions are the events that joined it
            joined = {e.event_id for e in events if e.happening_id == happening.happening_id}
            assert {r.event_id for r in happening.reports} <= joined

        # analysts export what the topics hold
        import pandas as pd

        from streams.export import COLUMNS

        exported = tmp_path / "happenings.parquet"
        run = subprocess.run(
            [*DYADWATCH, "export", "happenings", "--format", "parquet", "-o", str(exported)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        frame = pd.read_parquet(exported)
        assert list(frame.columns) == list(COLUMNS["happenings"])
        assert len(frame) == len(happenings) and frame["outlets"].max() >= 2
        assert "Stockholm" in set(frame["place"]) and frame["latitude"].notna().any()

        # the default worker places events where their text says
        stockholm = [
            e
            for e in live
            if e.location and e.location.resolved_name == "Stockholm" and e.dyad == "PRK-USA"
        ]
        assert stockholm and all(e.location.country_code == "SWE" for e in stockholm)
        assert all(e.location.basis == "sentence" for e in stockholm)
        washington = {
            e.location.resolved_name
            for e in live
            if e.article_id.startswith("seed-087b") and e.sentence_index == 0 and e.location
        }
        assert washington == {"Washington"}

        # the revised article retracted what its first version said and v2 does not
        retracted = [e for e in events if e.status == "retracted"]
        assert retracted and {e.article_id for e in retracted} == {"syn-kor-006"}
        assert all(e.article_version == 1 for e in retracted)

        # alerts: raised once per pair, direction and day, each above the margin
        from schemas import Alert

        alerts = [
            Alert.model_validate_json(r.value)
            for r in read_topic(kafka_bootstrap, env["DYADWATCH_TOPIC_ALERTS"])
        ]
        assert alerts and len({a.alert_id for a in alerts}) == len(alerts)
        for alert in alerts:
            assert alert.events_7d >= 3
            assert alert.tension_7d - alert.baseline_90d >= alert.margin == 0.2

        # live consumers: readable lines, or JSON lines, for one pair
        from click.testing import CliRunner

        from streams.cli import main

        tail_env = {k: v for k, v in env.items() if k.startswith(("KAFKA_", "DYADWATCH_"))}
        lines = CliRunner().invoke(
            main,
            ["tail", "indicators", "--pair", "PRK-USA", "--from-beginning", "--idle", "2"],
            env=tail_env,
        )
        assert lines.exit_code == 0 and lines.stdout
        assert all("PRK-USA" in line or "USA-PRK" in line for line in lines.stdout.splitlines())
        assert "tension" in lines.stdout
        as_json = CliRunner().invoke(
            main,
            ["tail", "events", "--pair", "usa-prk", "--json", "--from-beginning", "--idle", "2"],
            env=tail_env,
        )
        records = [json.loads(line) for line in as_json.stdout.splitlines()]
        assert records and all(
            {r["source"]["code"][:3], r["target"]["code"][:3]} == {"USA", "PRK"} for r in records
        )

        # a second replay publishes the same events again (a crash may have lost them:
        # at least once) and changes no indicator
        assert replay(env, FIXTURES).returncode == 0
        again = wait_until_quiet(kafka_bootstrap, topics(env), least=len(events) + 1)
        repeated = [Event.model_validate_json(r.value) for r in again[topics(env)[0]]]
        assert {(e.event_id, e.status) for e in repeated} == {
            (e.event_id, e.status) for e in events
        }
        assert latest_per_key(again[topics(env)[1]]) == published
    assert (tmp_path / "worker.log").exists()


def test_bad_messages_go_to_the_dead_letter_topic_and_good_ones_flow(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    from kafka import KafkaProducer

    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    good = json.loads((FIXTURES / "syn-eur-001.json").read_text())
    bad = [
        b"",
        b"\xff\xfe\x00 binary junk",
        b"{not json",
        b"[" * 50_000 + b"]" * 50_000,
        json.dumps({**good, "published": "sometime in March"}).encode(),
        json.dumps({**good, "body": "x" * 300_000}).encode(),
        json.dumps({**good, "body": "   "}).encode(),
        json.dumps({k: v for k, v in good.items() if k != "outlet"}).encode(),
        json.dumps({**good, "id": 42}).encode(),
        json.dumps({**good, "version": 0}).encode(),
        json.dumps({**good, "body": ["a", "list"]}).encode(),
        json.dumps({**good, "published": "2019-13-45T10:00:00Z"}).encode(),
        b"null",
    ]
    assert len(bad) == 13
    per_article = len(offline_events([FIXTURES / "syn-eur-001.json"]))  # what the coder finds
    assert per_article >= 1
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    with worker(env, tmp_path / "worker.log"):
        for n, value in enumerate(bad):
            producer.send(env["DYADWATCH_TOPIC_ARTICLES"], key=f"bad{n}".encode(), value=value)
            producer.send(
                env["DYADWATCH_TOPIC_ARTICLES"],
                key=f"good{n}".encode(),
                value=json.dumps({**good, "id": f"good{n}"}).encode(),
            )
        producer.flush()
        found = wait_until_quiet(kafka_bootstrap, topics(env), least=len(bad) * per_article)
    producer.close()
    letters = [DeadLetter.model_validate_json(r.value) for r in found[topics(env)[2]]]
    assert sorted(letter.original for letter in letters) == sorted(bad)
    assert all(letter.errors and letter.error_type for letter in letters)
    articles = {Event.model_validate_json(r.value).article_id for r in found[topics(env)[0]]}
    assert articles == {f"good{n}" for n in range(len(bad))}
    assert len(found[topics(env)[0]]) == len(bad) * per_article
    expected = len(load_fixtures([FIXTURES / "syn-eur-001.json"]).articles)
    assert expected == 1
