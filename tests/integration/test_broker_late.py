"""The broker is unreachable when the worker and the feed start: both say so, retry
with backoff, and start working when it appears (loopback only, bounded in time)."""

import json
import time
import urllib.request
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from tests.conftest import FIXTURES
from tests.integration.pipeline_helpers import (
    free_port,
    pipeline_env,
    read_topic,
    replay,
    start_feed,
    start_worker,
)

pytestmark = pytest.mark.timeout(240)


def health(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=5) as response:
        return json.load(response)


def test_worker_and_feed_wait_for_a_late_broker(unique: str, tmp_path: Path) -> None:
    broker_port, web_port = free_port(), free_port()
    bootstrap = f"127.0.0.1:{broker_port}"
    env = pipeline_env(bootstrap, unique, tmp_path / "state")
    log = tmp_path / "worker.log"
    worker = start_worker(env, log, loglevel="info")
    feed = start_feed(env, web_port)
    try:
        deadline = time.monotonic() + 30
        while "unreachable" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "unreachable" in log.read_text() and "retrying" in log.read_text()
        assert worker.poll() is None, "the worker gave up"
        while time.monotonic() < deadline:
            try:
                assert health(web_port)["broker_reachable"] is False
                break
            except OSError:
                time.sleep(0.5)
        with EmbeddedBroker(port=broker_port, strict_port=True):
            result = replay(env, FIXTURES / "syn-kor-001.json")
            assert result.returncode == 0, result.stderr
            deadline = time.monotonic() + 120
            events = []
            while not events and time.monotonic() < deadline:
                events = read_topic(bootstrap, env["DYADWATCH_TOPIC_EVENTS"])
            assert events, "the worker never started working"
            while time.monotonic() < deadline and not health(web_port)["broker_reachable"]:
                time.sleep(0.5)
            assert health(web_port)["broker_reachable"] is True
            worker.terminate()
            worker.wait(30)
    finally:
        for process in (worker, feed):
            if process.poll() is None:
                process.kill()
                process.wait()
