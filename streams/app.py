"""The Faust app: topics, tables and two thin agents.

    ingest      articles -> (validate, code, plan) -> events, or articles.dlq
    indicate    events   -> pair histories -> indicators (compacted), alerts

Events are keyed by the unordered actor pair (KOR-PRK), so both directions of
a pair, and its undirected figures, live on one partition and its tables.
Build one app per process with `build_pipeline`; tests give each a fresh app id.
"""

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

import faust

from schemas import Alert, Event
from streams.coding import Coder, Document
from streams.histories import HistoryStore
from streams.indicators import AlertRule, PairHistory, bucket_keys, pair_key
from streams.ingest import (
    IngestError,
    dead_letter,
    decode_article,
    expired,
    plan_update,
    to_wire,
)
from streams.outputs import Output, ProducerTopic
from streams.settings import Settings

log = logging.getLogger("dyadwatch")
PRUNE_EVERY = 100
"""Articles per partition between two prunings of the seen-article table."""
INDICATE_BATCH = 2000
INDICATE_WITHIN = 0.2
"""The indicator agent publishes after at most this many events or seconds."""


@dataclass
class Pipeline:
    """The app and its parts; `outputs` by name: events, dead_letters, indicators, alerts."""

    app: faust.App
    ingest: Any
    indicate: Any
    outputs: dict[str, Output]
    articles_seen: Any
    histories: HistoryStore


def faust_security(settings: Settings) -> dict[str, Any]:
    """Faust's `broker_credentials` for the configured Kafka security settings."""
    kafka = settings.kafka
    if kafka.security_protocol == "PLAINTEXT":
        return {}
    ssl_context = None
    if kafka.security_protocol in ("SSL", "SASL_SSL"):
        import ssl

        ssl_context = ssl.create_default_context(
            cafile=str(kafka.ssl_cafile) if kafka.ssl_cafile else None
        )
        if kafka.ssl_certfile:
            ssl_context.load_cert_chain(
                str(kafka.ssl_certfile), str(kafka.ssl_keyfile) if kafka.ssl_keyfile else None
            )
    if kafka.security_protocol.startswith("SASL"):
        password = kafka.sasl_password.get_secret_value() if kafka.sasl_password else ""
        credentials = faust.SASLCredentials(
            username=kafka.sasl_username,
            password=password,
            mechanism=kafka.sasl_mechanism,
            ssl_context=ssl_context,
        )
        return {"broker_credentials": credentials}
    return {"broker_credentials": faust.SSLCredentials(ssl_context)}


def build_pipeline(
    settings: Settings,
    bootstrap: str,
    *,
    app_id: str | None = None,
    store: str = "rocksdb://",
    coder: Coder | None = None,
    alert_rule: AlertRule | None = None,
) -> Pipeline:
    topics = settings.topics
    app = faust.App(
        app_id or settings.app_id,
        broker=[f"dyadwatch://{server}" for server in bootstrap.split(",")],  # faust_transport
        store=store,
        datadir=str(settings.state_dir),
        web_enabled=False,
        topic_partitions=topics.partitions,
        topic_replication_factor=topics.replication_factor,
        producer_acks=-1,
        broker_session_timeout=10,
        broker_rebalance_timeout=10,
        broker_heartbeat_interval=1,
        consumer_auto_offset_reset="earliest",
        Topic=ProducerTopic,  # tables' changelogs too: see streams/outputs.py
        key_serializer="json",  # table keys and values; the topics below are raw bytes
        value_serializer="json",
        **faust_security(settings),
    )
    raw = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    articles = app.topic(topics.articles, **raw)
    events_in = app.topic(topics.events, **raw)
    events = Output(app, topics.events)
    dead_letters = Output(app, topics.dead_letters)
    indicators = Output(app, topics.indicators)
    alerts = Output(app, topics.alerts)
    articles_seen = app.Table(
        "articles-seen", default=None, key_type=str, partitions=topics.partitions
    )
    histories = HistoryStore(
        app.Table("pair-days", default=None, key_type=str, partitions=topics.partitions),
        app.Table("pair-latest-day", default=None, key_type=str, partitions=topics.partitions),
    )

    async def forget_histories(*_: Any, **__: Any) -> None:
        histories.clear()  # partitions moved: another worker may have changed these pairs

    app.on_partitions_revoked.connect(forget_histories)
    app.on_partitions_assigned.connect(forget_histories)

    coder = coder or Coder()
    rule = alert_rule or AlertRule(settings.alert_margin, settings.alert_min_events)
    alerts_raised = app.Table(
        "alerts-raised", default=None, key_type=str, partitions=topics.partitions
    )

    @app.agent(articles)
    async def ingest(stream: Any) -> None:
        async for message in stream.events():
            raw_key, raw_value = message.key, message.value
            position = message.message
            try:
                article = decode_article(raw_value)
                coded = coder.code(
                    Document(
                        article.id,
                        article.body,
                        article.published.date(),
                        article.title,
                        article.outlet,
                    )
                )
                wire = [to_wire(c, article) for c in coded if c.complete]
            except IngestError as exc:
                letter = dead_letter(
                    topics.articles, position.partition, position.offset, raw_key, raw_value, exc
                )
                await dead_letters.send(key=raw_key, value=letter.model_dump_json().encode())
                log.warning("dead letter p%s@%s: %s", position.partition, position.offset, exc)
                continue
            plan = plan_update(articles_seen.get(article.id), article, wire)
            for event in [*plan.retract, *plan.publish]:
                key = pair_key(event.source.code, event.target.code).encode()
                await events.send(key=key, value=event.model_dump_json().encode())
            if plan.state is not None:
                articles_seen[article.id] = {**plan.state, "partition": position.partition}
            await prune_seen(position.partition, article.published.date())

    async def apply_event(raw_value: bytes) -> dict[tuple[str, str], PairHistory]:
        """Count one event in its pair's histories and raise any alert it causes.

        A stream processor: Faust runs it as each event arrives, while it knows the
        event's partition, which every table write needs. Returns the histories the
        event touched, changed or not: a redelivered event may be one whose update was
        lost in a crash, and publishing the same figures again is harmless."""
        event = Event.model_validate_json(raw_value)
        touched = {}
        for pair, direction in bucket_keys(event):
            if changed := histories.apply(pair, direction, event):
                await raise_alert(pair, direction, changed)
            touched[(pair, direction)] = histories.get(pair, direction)
        return touched

    @app.agent(events_in)
    async def indicate(stream: Any) -> None:
        """Publish each touched history once per batch: under a backlog, a busy pair's
        figures go out once per batch instead of once per event. Faust acknowledges
        a batch's events only after its body has run, so nothing is published late."""
        stream.add_processor(apply_event)
        async for batch in stream.take(INDICATE_BATCH, within=INDICATE_WITHIN):
            to_publish: dict[tuple[str, str], PairHistory] = {}
            for touched in batch:
                to_publish.update(touched)
            for (pair, direction), history in to_publish.items():
                for update in history.updates(pair, direction):
                    key, value = update.key.encode(), update.model_dump_json().encode()
                    await indicators.send(key=key, value=value)

    newest: dict[int, dt.date] = {}
    processed: dict[int, int] = {}

    async def prune_seen(partition: int, published: dt.date) -> None:
        """Every PRUNE_EVERY articles of a partition, forget those published more than
        the retention before the newest one seen there (event time, not wall time)."""
        newest[partition] = max(published, newest.get(partition, published))
        processed[partition] = processed.get(partition, 0) + 1
        if processed[partition] % PRUNE_EVERY:
            return
        cutoff = newest[partition] - dt.timedelta(days=topics.seen_retention_days)
        for key in expired(list(articles_seen.items()), partition, cutoff):
            del articles_seen[key]

    async def raise_alert(pair: str, direction: str, history: PairHistory) -> None:
        week = history.figures(7)
        if not rule.may_fire(week):
            return  # no 90-day baseline can make this week alarming: skip computing it
        quarter, as_of = history.figures(90), history.latest
        alert_id = f"{pair}|{direction}|{as_of}"
        if rule.fires(week, quarter) and alerts_raised.get(alert_id) is None:
            alerts_raised[alert_id] = True  # one alert per pair, direction and day
            alert = Alert(
                alert_id=alert_id,
                pair=pair,
                direction=direction,
                as_of=as_of,
                tension_7d=week.tension or 0.0,
                baseline_90d=quarter.tension or 0.0,
                margin=rule.margin,
                events_7d=week.engagement,
                raised_at=dt.datetime.now(dt.UTC),
            )
            await alerts.send(key=pair.encode(), value=alert.model_dump_json().encode())

    outputs = {
        "events": events,
        "dead_letters": dead_letters,
        "indicators": indicators,
        "alerts": alerts,
    }
    return Pipeline(app, ingest, indicate, outputs, articles_seen, histories)
