"""A worker killed mid-replay, and two workers sharing the partitions."""

import signal
import subprocess
import time
from pathlib import Path

import pytest

from schemas import Event
from tests.conftest import FIXTURES
from tests.integration.pipeline_helpers import (
    DYADWATCH,
    latest_per_key,
    offline_events,
    pipeline_env,
    read_topic,
    recompute,
    wait_until_quiet,
    worker,
)

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(500)]


def outcome(
    bootstrap: str, env: dict[str, str], expected_events: int, timeout: float = 180
) -> tuple[set[str], dict]:
    """Wait until the events topic holds at least `expected_events` records and the
    published indicators equal a recomputation from it; then what is still asserted,
    and the indicators."""
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
        if published == recompute(events) or time.monotonic() > deadline:
            break
        time.sleep(2)
    assert published == recompute(events), "published indicators differ from the events topic"
    asserted = {e.event_id for e in events if e.status == "asserted"}
    retracted = {e.event_id for e in events if e.status == "retracted"}
    return asserted - retracted, published


def test_sigkill_mid_replay_then_restart_equals_an_uninterrupted_run(
    kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    expected_events = offline_events([FIXTURES])
    expected = recompute(expected_events)
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
    with worker(env, tmp_path / "worker2.log"):
        live, published = outcome(kafka_bootstrap, env, len(expected_events))
    still_asserted = {e.event_id for e in expected_events if e.status == "asserted"} - {
        e.event_id for e in expected_events if e.status == "retracted"
    }
    assert live == still_asserted, "an event was lost or kept after retraction"
    assert published == expected


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
        _, published = outcome(kafka_bootstrap, env, len(expected_events))
    assert published == recompute(expected_events)
