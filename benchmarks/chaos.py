"""Chaos run: the default worker killed with SIGKILL at random moments, over and over.

    .venv/bin/python benchmarks/chaos.py [--articles 2000] [--kills 100] [--seed 11]

Generated articles are replayed at a steady pace while a seeded schedule kills a worker
(SIGKILL, no warning) and restarts it, alternately warm (its RocksDB state directory
kept: local tables plus the changelogs' tail) and cold (the directory deleted: every
table rebuilt from its changelog). Half the kills come at any moment after a start
(start-up, recovery, joining the group), half within seconds of the worker visibly
working again. Now and then a second worker joins, so that one of two is killed and the
partitions move. Afterwards the workers are left to finish, and the run reports:

- kills survived: kills after which the killed worker was started again;
- events lost: events coded offline that never reached the events topic as asserted;
- events counted twice: indicator engagement beyond an offline recomputation, summed
  over every published series (a bucket that counted an event twice shows here);
- indicator mismatches: series whose latest published figures differ from the offline
  recomputation of the expected events (missing series included);
- the wall time.

Uses KAFKA_BOOTSTRAP_SERVERS if set, else an embedded tansu broker. Worker logs and
state stay in a temporary directory named in the output; BENCH_WORKER_LOGLEVEL (default
warning) sets the workers' log level. `tests/integration/test_chaos.py`
runs a short version.
"""

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kafka import KafkaConsumer, TopicPartition  # noqa: E402

from benchmarks.generator import generate  # noqa: E402
from schemas import Article, Event  # noqa: E402
from streams.broker import EmbeddedBroker  # noqa: E402
from streams.demo import latest_indicators  # noqa: E402
from streams.kafka_clients import make_producer, read_to_end  # noqa: E402
from streams.processes import stop_process  # noqa: E402
from streams.replay import encode  # noqa: E402
from streams.settings import KafkaSettings  # noqa: E402
from tests.integration.pipeline_helpers import (  # noqa: E402
    DYADWATCH,
    pipeline_env,
    start_worker,
)
from tests.offline import recompute  # noqa: E402

Say = Callable[[str], None]


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass
class ChaosResult:
    kills: int
    warm: int
    cold: int
    with_two_workers: int
    articles: int
    expected_events: int
    events_lost: int
    counted_twice: int
    mismatches: int
    seconds: float
    logs: Path
    lost_ids: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.events_lost == self.counted_twice == self.mismatches == 0


class Fleet:
    """Worker slots, each with its own state directory and log."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.running: dict[int, subprocess.Popen[bytes]] = {}

    def state(self, slot: int) -> Path:
        return self.logs / f"state-{slot}"

    def start(self, slot: int) -> None:
        env = {**self.env, "DYADWATCH_STATE_DIR": str(self.state(slot))}
        level = os.environ.get("BENCH_WORKER_LOGLEVEL", "warning")
        self.running[slot] = start_worker(env, self.logs / f"worker-{slot}.log", level)

    def kill(self, slot: int) -> None:
        process = self.running.pop(slot)
        process.kill()
        process.wait(30)

    def stop(self, slot: int) -> None:
        stop_process(self.running.pop(slot), timeout=60)

    def stop_all(self) -> None:
        for slot in list(self.running):
            self.stop(slot)


def expected_events(articles: list[Article]) -> list[Event]:
    from streams.article_coding import code_message
    from streams.coding import Coder

    coder = Coder()
    return [
        Event.model_validate_json(event.json)
        for article in articles
        for event in code_message(coder, encode(article)[1]).events
    ]


def publish_steadily(
    bootstrap: str, topic: str, articles: list[Article], rate: float, done: threading.Event
) -> None:
    producer = make_producer(KafkaSettings(), bootstrap)
    start = time.monotonic()
    for n, article in enumerate(articles):
        delay = start + n / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        key, value = encode(article)
        producer.send(topic, key=key, value=value)
    producer.flush()
    producer.close()
    done.set()


def events_end(consumer: KafkaConsumer, topic: str) -> int:
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
    return sum(consumer.end_offsets(partitions).values())


def wait_for_work(consumer: KafkaConsumer, topic: str, since: int, cap: float) -> None:
    """Until the events topic grows past `since`, at most `cap` seconds."""
    deadline = time.monotonic() + cap
    while time.monotonic() < deadline and events_end(consumer, topic) <= since:
        time.sleep(0.2)


def compare(
    bootstrap: str, env: dict[str, str], expected: list[Event], timeout: float, report: Say
) -> tuple[int, int, int, list[str]]:
    """Wait until the outputs equal the expectation or `timeout` passes; then events
    lost, counted twice, indicator mismatches, and the lost ids."""
    deadline = time.monotonic() + timeout
    while True:
        records = read_to_end(KafkaSettings(), bootstrap, env["DYADWATCH_TOPIC_EVENTS"])
        events = [Event.model_validate_json(r.value) for r in records]
        # happenings depend on the order reports reach their pair's partition: the
        # indicators must equal a recomputation from the events as grouped
        wanted = recompute(events)
        published = latest_indicators(KafkaSettings(), bootstrap, env["DYADWATCH_TOPIC_INDICATORS"])
        asserted = {e.event_id for e in events if e.status == "asserted"}
        lost = sorted({e.event_id for e in expected} - asserted)
        if (not lost and published == wanted) or time.monotonic() > deadline:
            break
        report(f"waiting: {len(lost)} events not yet published, {len(published)} series")
        time.sleep(5)
    twice = sum(
        max(0, published[key].engagement - update.engagement)
        for key, update in wanted.items()
        if key in published
    )
    off = [key for key, update in wanted.items() if published.get(key) != update]
    for key in off[:5]:  # what differs, for the logs of a failed run
        report(f"mismatch {key}: published {published.get(key)!r}, recomputed {wanted[key]!r}")
    mismatched = len(off) + len(set(published) - set(wanted))
    return len(lost), twice, mismatched, lost


def run_chaos(
    bootstrap: str,
    articles: list[Article],
    kills: int,
    seed: int,
    *,
    startup_wait: float = 8.0,
    working_wait: float = 3.0,
    second_worker_share: float = 0.25,
    rate: float | None = None,
    settle: float = 600.0,
    restart_at_end: bool = False,
    workdir: Path | None = None,
    report: Say = say,
) -> ChaosResult:
    """Kill and restart workers `kills` times while `articles` are replayed; worker logs
    and state go to `workdir` (default: a new temporary directory). With
    `restart_at_end`, the workers are stopped and one restarted (warm) after the last
    kill, so that records a worker skipped after its last restart are read again (see
    the README: a known Faust recovery race)."""
    rng = random.Random(seed)
    tag = uuid.uuid4().hex[:8]
    logs = workdir or Path(tempfile.mkdtemp(prefix=f"dyadwatch-chaos-{tag}-"))
    env = {**pipeline_env(bootstrap, tag, logs / "state-0"), "DYADWATCH_TOPIC_PARTITIONS": "4"}
    subprocess.run([*DYADWATCH, "topics", "create"], env=env, check=True, capture_output=True)
    expected = expected_events(articles)
    events_topic = env["DYADWATCH_TOPIC_EVENTS"]
    # spread the articles over about the time the kills take
    pace = rate or len(articles) / max(kills * (startup_wait + working_wait) / 2, 1.0)
    fleet = Fleet(env, logs)
    probe = KafkaConsumer(bootstrap_servers=bootstrap)
    published = threading.Event()
    started = time.monotonic()
    fleet.start(0)
    publisher = threading.Thread(
        target=publish_steadily,
        args=(bootstrap, env["DYADWATCH_TOPIC_ARTICLES"], articles, pace, published),
        daemon=True,
    )
    publisher.start()
    counts = {"warm": 0, "cold": 0, "two": 0}
    try:
        for n in range(kills):
            wants_two = rng.random() < second_worker_share
            if wants_two and 1 not in fleet.running:
                fleet.start(1)
            elif not wants_two and 1 in fleet.running and rng.random() < 0.5:
                fleet.stop(1)
            victim = rng.choice(sorted(fleet.running))
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0, startup_wait))  # start-up, recovery, rebalance
            else:
                wait_for_work(probe, events_topic, events_end(probe, events_topic), 60)
                time.sleep(rng.uniform(0, working_wait))
            counts["two"] += len(fleet.running) == 2
            fleet.kill(victim)
            cold = n % 2 == 1
            if cold:
                shutil.rmtree(fleet.state(victim), ignore_errors=True)
            counts["cold" if cold else "warm"] += 1
            fleet.start(victim)
            report(
                f"kill {n + 1}/{kills}: worker {victim} of {len(fleet.running)}, "
                f"restarted {'cold' if cold else 'warm'}"
            )
        published.wait()
        if restart_at_end:
            fleet.stop_all()
            fleet.start(0)
        report("kills done; letting the workers finish")
        lost, twice, mismatched, lost_ids = compare(bootstrap, env, expected, settle, report)
    finally:
        fleet.stop_all()
        probe.close()
    report(f"app id app-{tag}, topics p{tag}.*")
    return ChaosResult(
        kills=kills,
        warm=counts["warm"],
        cold=counts["cold"],
        with_two_workers=counts["two"],
        articles=len(articles),
        expected_events=len(expected),
        events_lost=lost,
        counted_twice=twice,
        mismatches=mismatched,
        seconds=time.monotonic() - started,
        logs=logs,
        lost_ids=lost_ids[:10],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--settle", type=float, default=600, help="Seconds the workers get to finish."
    )
    parser.add_argument(
        "--restart-at-end",
        action="store_true",
        help="Stop the workers after the last kill and start one again before comparing.",
    )
    args = parser.parse_args()
    articles = list(
        generate(args.articles, seed=args.seed, start=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    )
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    broker = None if configured else EmbeddedBroker(port=0)
    bootstrap = configured or broker.start()  # type: ignore[union-attr]
    try:
        result = run_chaos(
            bootstrap,
            articles,
            args.kills,
            args.seed,
            settle=args.settle,
            restart_at_end=args.restart_at_end,
        )
    finally:
        if broker:
            broker.stop()
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"broker {'configured' if configured else 'embedded tansu'}, seed {args.seed}"
    )
    print(
        f"{result.articles} articles, {result.expected_events} events expected; "
        f"{result.kills} kills survived ({result.warm} warm, {result.cold} cold restarts, "
        f"{result.with_two_workers} with two workers running)"
    )
    print(
        f"events lost {result.events_lost}, events counted twice {result.counted_twice}, "
        f"indicator mismatches {result.mismatches}; wall time {result.seconds:.0f}s"
    )
    if result.lost_ids:
        print(f"  lost, first ones: {', '.join(result.lost_ids)}")
    print(f"worker logs and state: {result.logs}")
    sys.exit(0 if result.clean else 1)


if __name__ == "__main__":
    main()
