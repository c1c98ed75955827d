"""`dyadwatch demo`: the whole system on the embedded default, end to end.

Broker (embedded unless configured), topics, a worker process, a replay of
the fixtures; then the pairs with the highest tension and engagement.
"""

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from schemas import IndicatorUpdate
from streams.broker import bootstrap_for
from streams.fixtures import load_fixtures
from streams.kafka_clients import latest_by_key, make_producer, read_to_end
from streams.processes import stop_process
from streams.replay import replay
from streams.settings import KafkaSettings, Settings
from streams.topics import ensure_topics

Echo = Callable[[str], None]


def latest_indicators(
    kafka: KafkaSettings, bootstrap: str, topic: str
) -> dict[str, IndicatorUpdate]:
    """The last update of every key on the (compacted) indicators topic."""
    return latest_by_key(read_to_end(kafka, bootstrap, topic), IndicatorUpdate)


def wait_for_indicators(
    kafka: KafkaSettings, bootstrap: str, topic: str, *, quiet: float = 5.0, timeout: float = 180.0
) -> dict[str, IndicatorUpdate]:
    """Indicators once they have stopped changing for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    previous: dict[str, IndicatorUpdate] = {}
    stable_since = time.monotonic()
    while time.monotonic() < deadline:
        current = latest_indicators(kafka, bootstrap, topic)
        if current != previous:
            previous, stable_since = current, time.monotonic()
        elif current and time.monotonic() - stable_since >= quiet:
            break
        time.sleep(0.5)
    return previous


def leaderboard(
    latest: dict[str, IndicatorUpdate], window: int = 30, top: int = 5, min_events: int = 2
) -> list[str]:
    pairs = [
        u
        for u in latest.values()
        if u.window == window and u.direction == "undirected" and u.engagement >= min_events
    ]
    lines = [
        f"highest tension ({window}-day window, at least {min_events} acts; by the lower end"
        " of its 95% range, so the evidence counts):"
    ]
    for u in sorted(pairs, key=lambda u: (-(u.tension_low or 0), -u.engagement))[:top]:
        lines.append(
            f"  {u.pair:<16} tension {u.tension or 0:.2f} ({u.tension_low or 0:.2f}-"
            f"{u.tension_high or 0:.2f})  {u.unit} {u.engagement:>3}  as of {u.as_of}"
        )
    lines.append(f"highest engagement ({window}-day window):")
    for u in sorted(pairs, key=lambda u: -u.engagement)[:top]:
        tension = "-" if u.tension is None else f"{u.tension:.2f}"
        lines.append(
            f"  {u.pair:<16} {u.unit} {u.engagement:>3} ({u.reports} reports)  tension {tension}"
            f"  as of {u.as_of}"
        )
    return lines


def run_demo(
    settings: Settings,
    paths: list[str | Path],
    echo: Echo,
    *,
    keep_serving: bool = True,
    port: int | None = None,
) -> int:
    """Run the demo; returns a non-zero count when something did not arrive. With
    `keep_serving`, the dashboard (and the worker behind it) run until Ctrl-C."""
    loaded = load_fixtures(paths)
    for error in loaded.errors:
        echo(f"invalid fixture: {error}")
    with bootstrap_for(settings) as bootstrap:
        for name, state in ensure_topics(settings, bootstrap).items():
            echo(f"topic {name}: {state}")
        with tempfile.TemporaryDirectory(prefix="dyadwatch-demo-") as state_dir:
            env = {
                **os.environ,
                "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
                "DYADWATCH_STATE_DIR": state_dir,  # the worker's own RocksDB tables, removed after
            }
            worker = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from streams.cli import main; main()",
                    "worker",
                    "--loglevel",
                    "warning",
                ],
                env=env,
                stdout=subprocess.DEVNULL,
            )
            try:
                count = len(loaded.articles)
                echo(f"worker started (pid {worker.pid}); replaying {count} articles")
                producer = make_producer(settings.kafka, bootstrap)
                summary = replay(producer, settings.topics.articles, loaded.articles)
                producer.close()
                echo(f"sent {summary.sent}, failed {summary.failed}; waiting for the indicators")
                latest = wait_for_indicators(settings.kafka, bootstrap, settings.topics.indicators)
                echo(f"demo: {len(latest)} indicator series")
                for line in leaderboard(latest):
                    echo(line)
                if keep_serving:
                    from streams.feed.server import serve

                    echo(
                        f"dashboard: http://127.0.0.1:{port or settings.web_port}/ "
                        "(Ctrl-C stops; replay more with `dyadwatch replay PATH` meanwhile)"
                    )
                    serve(settings, bootstrap, port=port)
            finally:
                stop_process(worker)
    return summary.failed + (0 if latest else 1)
