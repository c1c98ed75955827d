"""End-to-end figures: broker, worker(s) and indicators, on this machine.

    .venv/bin/python benchmarks/pipeline_throughput.py [--articles 10000] [--workers 1 2]
        [--latency-articles 500] [--rate 50] [--seed 7] [--happenings on off]
        [--geolocate on off]

For each worker count, with fresh topics and app id (workers keep their default RocksDB
tables, each in its own state directory):
1. throughput: `--articles` generated articles published as fast as possible; articles
   and events per second from the first publish until the events and indicators topics
   stop growing (the quiet seconds that prove it are not counted);
2. correctness: the events equal those coded offline, event for event, and the latest
   indicators equal an offline recomputation from the events topic;
3. latency: `--latency-articles` one-event articles at `--rate` per second, a day apart
   after the last of (1); publish-to-indicator latency from the Kafka record timestamps;
4. the peak resident memory (VmHWM) of each worker process and of its coding processes,
   and the CPU time of each worker with its coding processes.
With `--happenings on off` every worker count runs twice in one process, grouping
reports into happenings and not (DYADWATCH_HAPPENINGS), and the throughput ratio is
printed; `--geolocate on off` likewise places events and not (DYADWATCH_GEOLOCATE).
Uses KAFKA_BOOTSTRAP_SERVERS if set, else an embedded tansu broker. Worker logs are kept
in a temporary directory named in the output; BENCH_WORKER_LOGLEVEL (default warning)
sets their level.
"""

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator import generate  # noqa: E402
from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402
from kafka.consumer.fetcher import ConsumerRecord  # noqa: E402

from schemas import Article, Event, IndicatorUpdate  # noqa: E402
from streams.broker import EmbeddedBroker  # noqa: E402
from streams.demo import latest_indicators  # noqa: E402
from streams.kafka_clients import read_to_end  # noqa: E402
from streams.replay import encode  # noqa: E402
from streams.settings import KafkaSettings  # noqa: E402
from tests.integration.pipeline_helpers import DYADWATCH, start_worker, topic_env  # noqa: E402
from tests.offline import recompute  # noqa: E402

LATENCY_PAIRS = [
    ("Brazil", "Kenya", "BRA-KEN"),
    ("Chile", "Ghana", "CHL-GHA"),
    ("Peru", "Senegal", "PER-SEN"),
]
"""The latency articles praise in turn, one day after another: a pair's reports are three
days apart (a day or two apart they would join one happening, whose indicators stay as
of its first report's day), and event time runs no further than the seen table keeps
articles (a jump beyond it would measure one mass pruning, not the pipeline)."""


def latency_pair(n: int) -> tuple[str, str, str]:
    """Who praises whom in the `n`th latency article, and their pair's key."""
    return LATENCY_PAIRS[n % len(LATENCY_PAIRS)]


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def env_for(bootstrap: str, tag: str) -> dict[str, str]:
    return {
        **os.environ,
        **topic_env(bootstrap, f"b{tag}", partitions=4),
        "DYADWATCH_APP_ID": f"b-{tag}",
    }


def read_all(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    return read_to_end(KafkaSettings(), bootstrap, topic)


def stat_fields(pid: int) -> list[str]:
    """The fields of /proc/PID/stat after the command name (state, parent, ...)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def family(pid: int) -> list[int]:
    """A process and its live children (a worker and its coding processes)."""
    found = [pid]
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parent = stat_fields(int(entry.name))[1]
        except OSError:
            continue  # the process has ended
        if parent == str(pid):
            found.append(int(entry.name))
    return found


def cpu_seconds(pid: int) -> list[float]:
    """User plus system CPU time so far of a process, then of each of its live children."""
    seconds = []
    for member in family(pid):
        fields = stat_fields(member)
        seconds.append((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    return seconds


def peak_mib(pid: int) -> list[float]:
    """Peak resident memory (VmHWM) of a process, then of each of its live children."""
    peaks = []
    for member in family(pid):
        for line in Path(f"/proc/{member}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return peaks


def send_all(producer, topic: str, articles: list[Article], rate: float = 0) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Publish; returns each article id's record timestamp (ms)."""
    stamps, futures = {}, []
    start = time.monotonic()
    for n, article in enumerate(articles):
        if rate:
            delay = start + n / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        key, value = encode(article)
        futures.append((article.id, producer.send(topic, key=key, value=value)))
    producer.flush()
    for ident, future in futures:
        stamps[ident] = future.get(30).timestamp
    return stamps


def watch(bootstrap: str, topics: list[str]) -> tuple[KafkaConsumer, list[TopicPartition]]:
    """A consumer that only lists the end offsets of `topics`, for `settle`."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    partitions = [
        TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t) or ()
    ]
    return consumer, partitions


QUIET = 15.0
"""Seconds without a new output batch that mean the run is over. Five were too few on
a slow day: the worker paused longer than that between its first batches, and the run
was read as finished with most events still to come. The quiet time is not counted."""


def settle(
    watched: tuple[KafkaConsumer, list[TopicPartition]], quiet: float, timeout: float
) -> float:
    """Poll the watched partitions' end offsets until they have moved and then not moved
    for `quiet` seconds; return the monotonic time they last moved (the moment the
    pipeline finished, to 0.1 s). Waiting for a first move keeps a worker that pauses
    before it starts (a rebalance) from being read as one that has finished.

    Listing offsets rather than reading the records keeps the benchmark's own CPU out of
    the figures. The embedded broker lists the base offset of a partition's last batch
    plus one, which is too low as a count but still moves with every batch appended."""
    consumer, partitions = watched
    deadline = time.monotonic() + timeout
    changed = reported = time.monotonic()
    last = consumer.end_offsets(partitions)
    moved = False
    while time.monotonic() < deadline:
        ends = consumer.end_offsets(partitions)
        now = time.monotonic()
        if ends != last:
            changed, last, moved = now, ends, True
        elif moved and now - changed >= quiet:
            return changed
        if now - reported > 10:
            totals: dict[str, int] = {}
            for tp, end in ends.items():
                totals[tp.topic] = totals.get(tp.topic, 0) + end
            say("end offsets so far: " + ", ".join(f"{t} {n}" for t, n in sorted(totals.items())))
            reported = now
        time.sleep(0.1)
    raise TimeoutError(f"outputs still growing after {timeout:.0f}s")


def start_workers(env: dict[str, str], count: int, logs: Path) -> list[subprocess.Popen[bytes]]:
    level = os.environ.get("BENCH_WORKER_LOGLEVEL", "warning")
    return [
        start_worker(
            {**env, "DYADWATCH_STATE_DIR": str(logs / f"state-{w}")},
            logs / f"worker-{w}.log",
            level,
        )
        for w in range(count)
    ]


def latencies(
    bootstrap: str, topic: str, articles: list[Article], stamps: dict[str, int]
) -> list[float]:
    """Seconds from each article's record timestamp to the first indicator record of
    its pair that counts it: each latency article is its pair's own happening, days
    after the pair's one before, so that is the first record as of its day or later."""
    records: dict[str, list[tuple[int, dt.date]]] = {pair: [] for _, _, pair in LATENCY_PAIRS}
    for record in read_all(bootstrap, topic):
        pair = record.key.decode().split("|")[0]
        if pair in records:
            as_of = IndicatorUpdate.model_validate_json(record.value).as_of
            records[pair].append((record.timestamp, as_of))
    for pair_records in records.values():
        pair_records.sort()
    found = []
    for n, article in enumerate(articles):
        day = article.published.date()
        pair_records = records[latency_pair(n)[2]]
        first = next((stamp for stamp, as_of in pair_records if as_of >= day), None)
        if first is not None:
            found.append((first - stamps[article.id]) / 1000)
    return found


def run(
    bootstrap: str,
    workers: int,
    articles: list[Article],
    expected: list[Event],
    latency_articles: list[Article],
    rate: float,
    happenings: bool = True,
    geolocate: bool = True,
) -> dict[str, Any]:
    tag = uuid.uuid4().hex[:8]
    env = {
        **env_for(bootstrap, tag),
        "DYADWATCH_HAPPENINGS": str(happenings).lower(),
        "DYADWATCH_GEOLOCATE": str(geolocate).lower(),
    }
    topic = {k: env[f"DYADWATCH_TOPIC_{k}"] for k in ("ARTICLES", "EVENTS", "INDICATORS")}
    logs = Path(tempfile.mkdtemp(prefix=f"dyadwatch-bench-{tag}-"))
    subprocess.run([*DYADWATCH, "topics", "create"], env=env, check=True, capture_output=True)
    procs = start_workers(env, workers, logs)
    producer = KafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, batch_size=256 * 1024
    )
    outputs = [topic["EVENTS"], topic["INDICATORS"]]
    probe = watch(bootstrap, outputs)
    try:
        say(f"{workers} worker(s) started, logs in {logs}; warming up")
        # one article through first, so every worker has joined its group and recovered
        warm = next(generate(1, seed=999, start=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
        send_all(producer, topic["ARTICLES"], [warm])
        settle(probe, quiet=8, timeout=300)

        say(f"publishing {len(articles)} articles")
        started = time.monotonic()
        send_all(producer, topic["ARTICLES"], articles)
        published = time.monotonic()
        finished = settle(probe, quiet=QUIET, timeout=3600)
        cpu = [cpu_seconds(p.pid) for p in procs]
        elapsed = finished - started

        events = [Event.model_validate_json(r.value) for r in read_all(bootstrap, outputs[0])]
        mine = {e.event_id for e in events if e.article_id != warm.id}
        wanted = {e.event_id for e in expected}

        say(f"latency run: {len(latency_articles)} articles at {rate:g}/s")
        stamps = send_all(producer, topic["ARTICLES"], latency_articles, rate)
        settle(probe, quiet=5, timeout=600)
        measured = latencies(bootstrap, outputs[1], latency_articles, stamps)
        all_events = [Event.model_validate_json(r.value) for r in read_all(bootstrap, outputs[0])]
        unit = "happenings" if happenings else "reports"
        published_now = latest_indicators(KafkaSettings(), bootstrap, outputs[1])
        equal = published_now == recompute(all_events, unit)
        memory = [peak_mib(p.pid) for p in procs]
        alive = all(p.poll() is None for p in procs)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(60)
        producer.close()
        probe[0].close()
    cuts = statistics.quantiles(measured, n=100) if len(measured) > 2 else [float("nan")] * 99
    return {
        "workers": workers,
        "happenings": happenings,
        "geolocate": geolocate,
        "placed": sum(e.location is not None for e in events if e.event_id in mine),
        "articles": len(articles),
        "events": len(mine),
        "seconds": elapsed,
        "publish_seconds": published - started,
        "missing": len(wanted - mine),
        "missing_articles": sorted({e.article_id for e in expected if e.event_id not in mine}),
        "unexpected": len(mine - wanted),
        "equal_to_recomputation": equal,
        "alive": alive,
        "latency_n": len(measured),
        "p50": cuts[49],
        "p95": cuts[94],
        "p99": cuts[98],
        "peak_mib": memory,
        "cpu_seconds": cpu,
        "logs": logs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--latency-articles", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--happenings", nargs="+", choices=["on", "off"], default=["on"])
    parser.add_argument("--geolocate", nargs="+", choices=["on", "off"], default=["on"])
    args = parser.parse_args()

    from streams.article_coding import to_wire
    from streams.coding import Coder, Document

    articles = list(generate(args.articles, seed=args.seed))
    coder = Coder()
    expected = [
        to_wire(c, a)
        for a in articles
        for c in coder.code(Document(a.id, a.body, a.published.date(), a.title, a.outlet))
        if c.complete
    ]
    start = articles[-1].published + dt.timedelta(days=1)
    latency_articles = [
        Article(
            id=f"lat-{n}",
            outlet="Bench Wire",
            title=f"{praising} praises {praised}",
            body=f"{praising} praised {praised}.",
            published=start + dt.timedelta(days=n),
        )
        for n in range(args.latency_articles)
        for praising, praised, _ in [latency_pair(n)]
    ]
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    broker = None if configured else EmbeddedBroker(port=0)
    bootstrap = configured or broker.start()  # type: ignore[union-attr]
    try:
        results = [
            run(bootstrap, w, articles, expected, latency_articles, args.rate, h == "on", g == "on")
            for w in args.workers
            for h in args.happenings
            for g in args.geolocate
        ]
    finally:
        if broker:
            broker.stop()
    report(results, args, configured is not None)


def report(results: list[dict[str, Any]], args: argparse.Namespace, configured: bool) -> None:
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"broker {'configured' if configured else 'embedded tansu'}, seed {args.seed}"
    )
    for r in results:
        print(
            f"workers {r['workers']}, happenings {'on' if r['happenings'] else 'off'}, "
            f"geolocation {'on' if r['geolocate'] else 'off'}: "
            f"{r['articles']} articles, {r['events']} events ({r['placed']} placed) in "
            f"{r['seconds']:.1f}s -> {r['articles'] / r['seconds']:.0f} articles/s, "
            f"{r['events'] / r['seconds']:.0f} events/s "
            f"(publishing took {r['publish_seconds']:.1f}s)"
        )
        print(
            f"  events missing {r['missing']}, unexpected {r['unexpected']}; indicators "
            f"equal recomputation: {r['equal_to_recomputation']}; workers alive: {r['alive']}"
        )
        print(
            f"  latency at {args.rate:g} articles/s over {r['latency_n']} articles: "
            f"p50 {r['p50']:.3f}s, p95 {r['p95']:.3f}s, p99 {r['p99']:.3f}s"
        )
        if r["missing_articles"]:
            print(f"  articles with missing events: {', '.join(r['missing_articles'][:10])}")
        print(
            "  worker CPU until then, worker + its coding processes = sum: "
            + ", ".join(
                " + ".join(f"{c:.1f}" for c in seconds)
                + f" = {sum(seconds):.1f}s ({sum(seconds) / r['articles'] * 1000:.1f} ms/article)"
                for seconds in r["cpu_seconds"]
            )
        )
        print(
            "  worker peak resident memory, worker + its coding processes = sum: "
            + ", ".join(
                " + ".join(f"{m:.0f}" for m in peaks) + f" = {sum(peaks):.0f} MiB"
                for peaks in r["peak_mib"]
            )
        )
        print(f"  worker logs: {r['logs']}")

    def speed(r: dict[str, Any]) -> float:
        return r["articles"] / r["seconds"]

    def variant(r: dict[str, Any]) -> tuple[bool, bool]:
        return r["happenings"], r["geolocate"]

    for mode in {variant(r) for r in results}:
        same = [r for r in results if variant(r) == mode]
        for r in same[1:]:
            ratio = speed(r) / speed(same[0])
            print(f"throughput ratio, {r['workers']} workers / {same[0]['workers']}: {ratio:.2f}")
    for setting, name in (("happenings", "happenings"), ("geolocate", "geolocation")):
        for on in (r for r in results if r[setting]):
            off = [
                r
                for r in results
                if not r[setting]
                and r["workers"] == on["workers"]
                and all(r[k] == on[k] for k in ("happenings", "geolocate") if k != setting)
            ]
            if off:
                ratio = speed(on) / speed(off[0])
                print(f"{on['workers']} worker(s): throughput with {name} / without: {ratio:.2f}")


if __name__ == "__main__":
    main()
