"""Running a worker process against the session broker, and reading topics back."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kafka.consumer.fetcher import ConsumerRecord

from schemas import IndicatorUpdate
from streams.broker import choose_port
from streams.kafka_clients import latest_by_key, read_to_end
from streams.processes import stop_process
from streams.settings import KafkaSettings
from tests.offline import offline_events, recompute  # noqa: F401  (re-exported for tests)

DYADWATCH = [sys.executable, "-c", "from streams.cli import main; main()"]


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    return choose_port(0, strict=False)


def topic_env(bootstrap: str, prefix: str, partitions: int = 3) -> dict[str, str]:
    """Settings that point every product topic at names no other test uses."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "DYADWATCH_TOPIC_ARTICLES": f"{prefix}.articles",
        "DYADWATCH_TOPIC_DEAD_LETTERS": f"{prefix}.articles.dlq",
        "DYADWATCH_TOPIC_CODED": f"{prefix}.events.coded",
        "DYADWATCH_TOPIC_EVENTS": f"{prefix}.events",
        "DYADWATCH_TOPIC_HAPPENINGS": f"{prefix}.happenings",
        "DYADWATCH_TOPIC_INDICATORS": f"{prefix}.indicators",
        "DYADWATCH_TOPIC_ALERTS": f"{prefix}.alerts",
        "DYADWATCH_TOPIC_PARTITIONS": str(partitions),
    }


def pipeline_env(bootstrap: str, unique: str, state_dir: Path) -> dict[str, str]:
    """A worker process's environment: fresh topics, app id and state directory."""
    return {
        **os.environ,
        **topic_env(bootstrap, f"p{unique}"),
        "DYADWATCH_APP_ID": f"app-{unique}",
        "DYADWATCH_STATE_DIR": str(state_dir),
    }


def start_worker(
    env: dict[str, str], log: Path, loglevel: str = "warning", *, memory: bool = False
) -> subprocess.Popen[bytes]:
    """A worker process logging to `log`; the caller stops it. Its tables are what users
    run, RocksDB in the environment's DYADWATCH_STATE_DIR, unless `memory`."""
    with log.open("ab") as output:
        return subprocess.Popen(
            [*DYADWATCH, "worker", *(["--memory"] if memory else []), "--loglevel", loglevel],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def children(pid: int) -> list[int]:
    """The live child processes of `pid` (started from any of its threads)."""
    return [
        int(child)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for child in (task / "children").read_text().split()
    ]


def maps_package(pid: int, package: str) -> bool:
    """Whether process `pid` has mapped a file of the installed `package` (its native
    libraries: what importing it costs in memory)."""
    return f"/site-packages/{package}/" in Path(f"/proc/{pid}/maps").read_text()


def start_feed(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """`dyadwatch serve` on `port`; the caller stops it."""
    return subprocess.Popen(
        [*DYADWATCH, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@contextmanager
def worker(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A worker process; the topics exist before it starts, with the set partitions."""
    subprocess.run(
        [*DYADWATCH, "topics", "create"], env=env, check=True, timeout=60, capture_output=True
    )
    process = start_worker(env, log)
    try:
        yield process
    finally:
        stop_process(process)


def replay(env: dict[str, str], *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DYADWATCH, "replay", *map(str, paths)],
        env=env,
        text=True,
        capture_output=True,
        timeout=120,
    )


def read_topic(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    return read_to_end(KafkaSettings(), bootstrap, topic)


def wait_until_quiet(
    bootstrap: str, topics: list[str], *, least: int = 1, quiet: float = 6.0, timeout: float = 120.0
) -> dict[str, list[ConsumerRecord]]:
    """Read `topics` until their counts have not grown for `quiet` seconds and the
    first topic has at least `least` records."""
    deadline = time.monotonic() + timeout
    last: tuple[int, ...] = ()
    stable_since = time.monotonic()
    while time.monotonic() < deadline:
        found = {t: read_topic(bootstrap, t) for t in topics}
        counts = tuple(len(records) for records in found.values())
        if counts != last:
            last, stable_since = counts, time.monotonic()
        elif counts[0] >= least and time.monotonic() - stable_since >= quiet:
            return found
        time.sleep(0.5)
    raise TimeoutError(f"topics still changing or empty after {timeout}s: {last}")


def latest_per_key(records: list[ConsumerRecord]) -> dict[str, IndicatorUpdate]:
    """What the compacted indicators topic keeps: the last value of each key."""
    return latest_by_key(records, IndicatorUpdate)
