"""The `dyadwatch` command: a thin layer over the library's functions."""

import contextlib
import functools
import json
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import click
from tqdm import tqdm

from streams import __version__
from streams.broker import EmbeddedBroker, bootstrap_for, clear_state, write_state
from streams.demo import run_demo
from streams.errors import DyadwatchError
from streams.fixtures import BUNDLED, load_fixtures
from streams.kafka_clients import make_consumer, make_producer
from streams.replay import replay
from streams.settings import Settings, load_settings
from streams.topics import ensure_topics

F = TypeVar("F", bound=Callable[..., Any])

EXIT_PARTIAL = 1  # ran, but some input failed
EXIT_ERROR = 2  # could not run: bad settings, no broker, bad arguments


def reports_errors(command: F) -> F:
    """Turn a deliberate `DyadwatchError` into `error: ...` on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DyadwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


@click.group()
@click.version_option(__version__, prog_name="dyadwatch")
@click.pass_context
def main(ctx: click.Context) -> None:
    """dyadwatch: live CAMEO event coding and dyad indicators over Kafka."""
    ctx.ensure_object(dict)


def settings_from(ctx: click.Context) -> Settings:
    if "settings" not in ctx.obj:
        try:
            ctx.obj["settings"] = load_settings()
        except DyadwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
    return ctx.obj["settings"]


@main.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Port on 127.0.0.1 (default DYADWATCH_BROKER_PORT, 9092; busy: the next free).",
)
@click.pass_context
@reports_errors
def broker(ctx: click.Context, port: int | None) -> None:
    """Run the embedded Kafka-protocol broker until Ctrl-C or SIGTERM."""
    settings = settings_from(ctx)
    embedded = EmbeddedBroker(
        settings.broker_port if port is None else port, strict_port=port is not None
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    embedded.start()
    write_state(embedded, settings.broker_state_file)
    click.echo(f"embedded broker listening: KAFKA_BOOTSTRAP_SERVERS={embedded.bootstrap}")
    click.echo("messages are kept in memory only; Ctrl-C stops it", err=True)
    try:
        watcher = threading.Thread(target=lambda: (embedded.wait(), stop.set()), daemon=True)
        watcher.start()
        stop.wait()
    finally:
        embedded.stop()
        clear_state(settings.broker_state_file)
    click.echo("embedded broker stopped", err=True)


@main.group()
def topics() -> None:
    """Manage the product's topics."""


@topics.command("create")
@click.pass_context
@reports_errors
def topics_create(ctx: click.Context) -> None:
    """Create articles, articles.dlq, events, indicators (compacted) and alerts; idempotent."""
    settings = settings_from(ctx)
    with bootstrap_for(settings) as bootstrap:
        outcome = ensure_topics(settings, bootstrap)
    for name, state in outcome.items():
        click.echo(f"{name}: {state}")


@main.command("replay")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--rate",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Articles per second; 0 sends as fast as possible.",
)
@click.option(
    "--speedup",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Keep the spacing of publication times, N times faster (overrides --rate).",
)
@click.option("--loop", is_flag=True, help="Start over after the last article until Ctrl-C.")
@click.option("--topic", default=None, help="Topic to publish to (default: the articles topic).")
@click.pass_context
@reports_errors
def replay_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    rate: float,
    speedup: float | None,
    loop: bool,
    topic: str | None,
) -> None:
    """Publish fixture articles (files or directories of .json) to the articles topic.

    `bundled:` names the fixtures installed with dyadwatch, `bundled:NAME` one of them."""
    settings = settings_from(ctx)
    loaded = load_fixtures(paths)
    for error in loaded.errors:
        click.echo(f"invalid fixture: {error}", err=True)
    if not loaded.articles:
        click.echo("error: no valid article to send", err=True)
        sys.exit(EXIT_ERROR)
    sent = failed = 0
    with bootstrap_for(settings) as bootstrap:
        if topic is None:  # a topic auto-created by the broker would get its default partitions
            ensure_topics(settings, bootstrap)
        producer = make_producer(settings.kafka, bootstrap)
        try:
            while True:
                with tqdm(total=len(loaded.articles), unit="article", file=sys.stderr) as bar:
                    summary = replay(
                        producer,
                        topic or settings.topics.articles,
                        loaded.articles,
                        rate=rate,
                        speedup=speedup,
                        on_sent=lambda _: bar.update(),
                    )
                sent, failed = sent + summary.sent, failed + summary.failed
                for error in summary.errors:
                    click.echo(f"failed: {error}", err=True)
                if not loop:
                    break
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
        finally:
            producer.close()
    invalid = len(loaded.errors)
    click.echo(f"sent {sent}, failed {failed}, invalid files {invalid}")
    if failed or invalid:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.option("--memory", is_flag=True, help="Keep tables in memory (tests), not rocksdb.")
@click.option("--loglevel", default="info", show_default=True)
@click.pass_context
@reports_errors
def worker(ctx: click.Context, memory: bool, loglevel: str) -> None:
    """Run the Faust worker: ingest, code, dead-letter, and keep the indicators."""
    from streams.worker import run_worker

    run_worker(settings_from(ctx), store="memory://" if memory else "rocksdb://", loglevel=loglevel)


@main.command()
@click.argument("kind", type=click.Choice(["events", "happenings", "indicators", "alerts"]))
@click.option("--pair", default=None, help="Only this actor pair, e.g. USA-PRK (either way).")
@click.option("--from-beginning", is_flag=True, help="Start at the oldest record.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines for programs.")
@click.option("--idle", type=float, default=None, help="Stop after N seconds with nothing new.")
@click.pass_context
@reports_errors
def tail(
    ctx: click.Context,
    kind: str,
    pair: str | None,
    from_beginning: bool,
    as_json: bool,
    idle: float | None,
) -> None:
    """Follow the events, indicators or alerts topic (Ctrl-C stops)."""
    from streams.tail import describe

    settings = settings_from(ctx)
    topic = {
        "events": settings.topics.events,
        "happenings": settings.topics.happenings,
        "indicators": settings.topics.indicators,
        "alerts": settings.topics.alerts,
    }[kind]
    with bootstrap_for(settings) as bootstrap:
        consumer = make_consumer(
            settings.kafka,
            bootstrap,
            topic,
            group_id=None,
            auto_offset_reset="earliest" if from_beginning else "latest",
            consumer_timeout_ms=int(idle * 1000) if idle else float("inf"),
        )
        try:
            for record in consumer:
                line = describe(kind, record.value, pair, as_json)
                if line is not None:
                    click.echo(line)
        except KeyboardInterrupt:
            pass
        finally:
            consumer.close()


@main.command()
@click.argument("kind", type=click.Choice(["events", "happenings", "indicators"]))
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (event date; as-of).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day, included.")
@click.option("--pair", default=None, help="Only this actor pair, e.g. USA-PRK (either way).")
@click.option(
    "--format",
    "form",
    type=click.Choice(["csv", "jsonl", "parquet"]),
    default="csv",
    show_default=True,
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="File to write; default: standard output (not for parquet).",
)
@click.option("--feed", default=None, help="Read through a running feed at this URL instead.")
@click.pass_context
@reports_errors
def export(
    ctx: click.Context,
    kind: str,
    since: Any,
    until: Any,
    pair: str | None,
    form: str,
    output: str | None,
    feed: str | None,
) -> None:
    """Write events, happenings or indicators as CSV, JSON lines or Parquet for analysis
    (columns in the README, "Export")."""
    import re

    from streams.export import Selection
    from streams.export_command import from_feed, from_topics

    if pair is not None and not re.fullmatch(r"[A-Za-z]{3,6}-[A-Za-z]{3,6}", pair):
        raise click.BadParameter(f"{pair!r} is not a pair such as USA-PRK", param_hint="--pair")
    if form == "parquet" and output is None:
        raise click.BadParameter("Parquet needs a file", param_hint="--output")
    chosen = Selection(
        since.date() if since else None,
        until.date() if until else None,
        pair.upper() if pair else None,
    )
    with open(output, "wb") if output else contextlib.nullcontext(sys.stdout.buffer) as out:
        if feed:
            size = from_feed(feed, kind, chosen, form, out)  # type: ignore[arg-type]
            click.echo(f"{size} bytes of {kind} from {feed}", err=True)
            return
        settings = settings_from(ctx)
        with bootstrap_for(settings) as bootstrap:
            rows = from_topics(settings, bootstrap, kind, chosen, form, out)  # type: ignore[arg-type]
    click.echo(f"{rows} {kind} rows" + (f" written to {output}" if output else ""), err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=None, help="Default DYADWATCH_WEB_PORT (6066)."
)
@click.pass_context
@reports_errors
def serve(ctx: click.Context, host: str, port: int | None) -> None:
    """Serve the dashboard and the JSON/SSE feed of indicators, events and alerts."""
    from streams.feed.server import serve as run

    settings = settings_from(ctx)
    with bootstrap_for(settings) as bootstrap:
        click.echo(f"dashboard: http://{host}:{port or settings.web_port}/")
        run(settings, bootstrap, host, port)


@main.command("code")
@click.argument("source", default="-")
@click.option(
    "--partial",
    is_flag=True,
    help="Also print one-sided events (source or target unknown, shown as null).",
)
@reports_errors
def code_command(source: str, partial: bool) -> None:
    """Code FILE (JSON lines of {id, text, date} or a fixture article; - for stdin),
    printing one JSON object per event with both actors known."""
    from streams.code_command import event_line, open_input, read_records
    from streams.coding import Coder

    try:
        stream, name = open_input(source)
    except OSError as exc:
        click.echo(f"error: cannot read {source}: {exc.strerror}", err=True)
        sys.exit(EXIT_ERROR)
    coder = Coder()
    bad = 0
    for record in read_records(stream, name):
        if isinstance(record, Exception):
            click.echo(f"error: {record}", err=True)
            bad += 1
            continue
        for event in coder.code(record.document):
            if partial or event.complete:
                line = event_line(record.document.id, event)
                click.echo(json.dumps(line, ensure_ascii=False))
    if bad:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="Group the mistakes by class and root, then list them (on stderr).",
)
@click.option(
    "--partial", is_flag=True, help="Score one-sided events too, as `code --partial` prints."
)
@reports_errors
def evaluate(gold: str, show_errors: bool, partial: bool) -> None:
    """Precision, recall, F1 and hit rate of the coder on a gold JSON-lines file, over
    the events `dyadwatch code` prints (both actors known, unless --partial)."""
    from streams.code_command import event_line, open_input, read_records
    from streams.coding import Coder
    from streams.evaluation import classify, error_report, report, score

    coder = Coder()
    stream, name = open_input(gold)
    pairs, bad, errors = [], 0, []
    for record in read_records(stream, name):
        if isinstance(record, Exception):
            click.echo(f"error: {record}", err=True)
            bad += 1
            continue
        predicted = [
            event_line(record.document.id, e)
            for e in coder.code(record.document)
            if partial or e.complete
        ]
        pairs.append((record.gold, predicted))
        document = record.document
        errors += [(document.id, document.text, e) for e in classify(record.gold, predicted)]
    if show_errors:
        click.echo(error_report(errors), err=True)
    click.echo(report(score(pairs)))
    if bad:
        sys.exit(EXIT_PARTIAL)


@main.command("evaluate-places")
@click.argument("paths", nargs=-1)
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    help="Place gold (JSON lines); default: the fixtures' own (fixtures/places.jsonl).",
)
@click.option(
    "--records",
    type=click.Path(exists=True, dir_okay=False),
    help="Code these evaluation records (id, date, text per line) instead of articles.",
)
@click.option("--errors", "show_errors", is_flag=True, help="List each mistake (on stderr).")
@reports_errors
def evaluate_places(
    paths: tuple[str, ...], gold: str | None, records: str | None, show_errors: bool
) -> None:
    """How often events get the right country and city, and how often a place the text
    does not give is made up, over fixture articles (default: the bundled ones) or
    evaluation records."""
    from pathlib import Path

    from streams.article_coding import document_of
    from streams.code_command import open_input, read_records
    from streams.coding import Coder
    from streams.fixtures import bundled_gold
    from streams.place_evaluation import mistakes, read_gold, report, score

    coder = Coder()
    failed = False
    if records:
        stream, name = open_input(records)
        documents = []
        for record in read_records(stream, name):
            if isinstance(record, Exception):
                click.echo(f"error: {record}", err=True)
                failed = True
            else:
                documents.append(record.document)
    else:
        found = load_fixtures(paths or [BUNDLED])
        for error in found.errors:
            click.echo(f"error: {error}", err=True)
        failed = bool(found.errors)
        documents = [document_of(a) for a in found.articles]
    coded = [(d.id, coder.code(d)) for d in documents]
    assert coder.gazetteer is not None  # geolocation is on by default
    result = score(read_gold(Path(gold) if gold else bundled_gold()), coded, coder.gazetteer)
    if show_errors:
        for line in mistakes(result):
            click.echo(line, err=True)
    for line in report(result):
        click.echo(line)
    if failed:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--exit",
    "exit_after",
    is_flag=True,
    help="Stop after the ranking instead of serving the dashboard.",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Dashboard port (default DYADWATCH_WEB_PORT, 6066).",
)
@click.pass_context
@reports_errors
def demo(ctx: click.Context, paths: tuple[str, ...], exit_after: bool, port: int | None) -> None:
    """Broker, worker, a replay of the fixtures (default: the bundled ones), the tensest
    pairs, then the dashboard."""
    missing = run_demo(
        settings_from(ctx),
        list(paths or [BUNDLED]),
        click.echo,
        keep_serving=not exit_after,
        port=port,
    )
    if missing:
        sys.exit(EXIT_PARTIAL)
