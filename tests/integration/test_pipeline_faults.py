"""A worker killed mid-replay, and two workers sharing the partitions."""

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from schemas import Event
from tests.conftest import FIXTURES, ROOT
from tests.integration.pipeline_helpers import (
    DYADWATCH,
    latest_per_key,
    offline_events,
    pipeline_env,
    read_topic,
    recompute,
    replay,
    wait_until_quiet,
    worker,
)

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(500)]


def outcome(
    bootstrap: str, env: dict[str, str], expected_events: int, timeout: float = 180
) -> tuple[set[str], dict]:
    """Wait until the events topic holds at least `expected_events` distinct records
    (an event and its retraction count apart; a redelivered duplicate does not) and the
    published indicators equal a recomputation from it (each event counted in the
    happening it says it joined); then what is still asserted, and the indicators.
    Which reports join which happening depends on the order they reach their pair's
    partition, so the indicators are compared with the topic, not with an offline run.
    Duplicates matter: a worker killed mid-replay redelivers what it had not committed,
    so a raw count can reach `expected_events` while the tail is still to come."""
    deadline = time.monotonic() + timeout
    while True:
        found = wait_until_quiet(
            bootstrap,
            [env["DYADWATCH_TOPIC_EVENTS"], env["DYADWATCH_TOPIC_INDICATORS"]],
            least=expected_events,
            quiet=3,
            timeout=timeout,
        )
        events = [Event.model_validate_json(r.value) for r in found[env["DYADWATCH_TOPIC_EVENTS"]]]
        published = latest_per_key(found[env["DYADWATCH_TOPIC_INDICATORS"]])
        distinct = {(e.event_id, e.status) for e in events}
        settled = len(distinct) >= expected_events and published == recompute(events)
        if settled or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert published == recompute(events), "published indicators differ from the events topic"
    joined: dict[str, set[str | None]] = {}
    for event in events:
        joined.setdefault(event.event_id, set()).add(event.happening_id)
    astray = {event_id: ids for event_id, ids in joined.items() if len(ids) != 1 or None in ids}
    assert not astray, f"events in two happenings, or none: {astray}"
    asserted = {e.event_id for e in events if e.status == "asserted"}
    retracted = {e.event_id for e in events if e.status == "retracted"}
    return asserted - retracted, published


def still_asserted(events: list[Event]) -> set[str]:
    retracted = {e.event_id for e in events if e.status == "retracted"}
    return {e.event_id for e in events if e.status == "asserted"} - retracted


@pytest.mark.parametrize("restart", ["warm", "cold"])
def test_sigkill_mid_replay_then_restart_equals_an_uninterrupted_run(
    kafka_bootstrap: str, unique: str, tmp_path: Path, restart: str
) -> None:
    """Warm: the restarted worker keeps its RocksDB state and reads the changelogs' tail.
    Cold: its state directory is gone and every table is rebuilt from its changelog."""
    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    expected_events = offline_events([FIXTURES])
    with worker(env, tmp_path / "worker1.log") as first:
        replaying = subprocess.Popen(
            [*DYADWATCH, "replay", str(FIXTURES), "--rate", "8"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # kill once the worker has started producing
            if len(read_topic(kafka_bootstrap, env["DYADWATCH_TOPIC_EVENTS"])) >= 20:
                break
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        assert replaying.wait(60) == 0
    assert any((tmp_path / "state").rglob("*.db")), "the worker kept its tables in RocksDB"
    if restart == "cold":
        shutil.rmtree(tmp_path / "state")
    with worker(env, tmp_path / "worker2.log"):
        live, published = outcome(kafka_bootstrap, env, len(expected_events))
    assert live == still_asserted(expected_events), "an event was lost or kept after retraction"
    assert published, "indicators were published"


@pytest.mark.parametrize("restart", ["warm", "cold"])
def test_a_crash_after_the_seen_state_and_before_the_events_loses_no_event(
    kafka_bootstrap: str, unique: str, tmp_path: Path, restart: str
) -> None:
    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    article = FIXTURES / "seed_000_fa85263d64ffef45.json"
    expected_events = offline_events([article])
    assert expected_events, "the article has events to lose"
    subprocess.run(
        [*DYADWATCH, "topics", "create"], env=env, check=True, timeout=60, capture_output=True
    )
    with (tmp_path / "crashing.log").open("wb") as log:
        crashing = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.crashing_worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    assert replay(env, article).returncode == 0
    assert crashing.wait(120) == -signal.SIGKILL
    seen = read_topic(kafka_bootstrap, f"app-{unique}-articles-seen-changelog")
    assert seen, "the crash came after the seen-state reached its changelog"
    assert read_topic(kafka_bootstrap, env["DYADWATCH_TOPIC_EVENTS"]) == []
    if restart == "cold":
        shutil.rmtree(tmp_path / "state")
    with worker(env, tmp_path / "worker.log"):
        live, published = outcome(kafka_bootstrap, env, len(expected_events))
    assert live == still_asserted(expected_events)
    assert published, "indicators were published"


def test_two_workers_share_partitions_and_agree_with_one(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    env_b = {**env, "DYADWATCH_STATE_DIR": str(tmp_path / "state-b")}
    with worker(env, tmp_path / "a.log"), worker(env_b, tmp_path / "b.log"):
        time.sleep(5)  # let both join before the burst, so the work is split
        result = subprocess.run(
            [*DYADWATCH, "replay", str(FIXTURES)], env=env, capture_output=True, timeout=120
        )
        assert result.returncode == 0
        expected_events = offline_events([FIXTURES])
        live, published = outcome(kafka_bootstrap, env, len(expected_events))
    assert live == still_asserted(expected_events) and published
