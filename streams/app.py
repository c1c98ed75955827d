"""The Faust app: topics, tables and two thin agents.

    ingest      articles -> (validate, code in the coding processes, plan)
                         -> events, or articles.dlq
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
from streams.coding_pool import Coded, CodingPool
from streams.histories import HistoryStore
from streams.indicators import AlertRule, PairHistory, bucket_keys
from streams.ingest import IngestError, dead_letter, decode_event, expired, plan_update
from streams.outputs import Output, ProducerTopic
from streams.settings import Settings
from streams.table_writes import PartitionedTable, writing_for

log = logging.getLogger("dyadwatch")
PRUNE_EVERY = 100
"""Articles per partition between two prunings of the seen-article table."""
INGEST_BATCH = 64
INGEST_WITHIN = 0.05
"""The ingest agent codes up to this many articles together, waiting at most this long."""
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
    coding: CodingPool


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
    coding: CodingPool | None = None,
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
        Table=PartitionedTable,  # batches write tables: see streams/table_writes.py
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

    coding = coding or CodingPool(settings.coder_processes)

    async def close_coding(*_: Any, **__: Any) -> None:
        coding.close()

    app.on_before_shutdown.connect(close_coding)
    rule = alert_rule or AlertRule(settings.alert_margin, settings.alert_min_events)
    alerts_raised = app.Table(
        "alerts-raised", default=None, key_type=str, partitions=topics.partitions
    )

    @app.agent(articles)
    async def ingest(stream: Any) -> None:
        """Code a batch of articles at once in the coding processes, then handle each in
        order. The batch is handled outside the stream's iteration, so its table writes
        name their partition. Faust acknowledges the batch after this body has run."""
        async for batch in stream.take_events(INGEST_BATCH, within=INGEST_WITHIN):
            coded = await coding.code([message.value for message in batch])
            for message, result in zip(batch, coded, strict=True):
                with writing_for(message.message.partition):
                    await handle_article(message, result)

    async def refuse(topic: str, message: Any, error: IngestError) -> None:
        position = message.message
        letter = dead_letter(
            topic, position.partition, position.offset, message.key, message.value, error
        )
        await dead_letters.send(key=message.key, value=letter.model_dump_json().encode())
        log.warning("dead letter %s p%s@%s: %s", topic, position.partition, position.offset, error)

    async def handle_article(message: Any, result: Coded) -> None:
        position = message.message
        if isinstance(result, IngestError):
            await refuse(topics.articles, message, result)
            return
        plan = plan_update(articles_seen.get(result.article_id), result)
        for event in [*plan.retract, *plan.publish]:
            await events.send(key=event.key.encode(), value=event.json.encode())
        if plan.state is not None:
            articles_seen[result.article_id] = {**plan.state, "partition": position.partition}
        await prune_seen(position.partition, result.published)

    @app.agent(events_in)
    async def indicate(stream: Any) -> None:
        """Count a batch of events in their pairs' histories, then publish each touched
        history once: under a backlog, a busy pair's figures go out once per batch
        instead of once per event. A history is published even when its event was a
        redelivery: its update may be the one a crash lost, and publishing the same
        figures again is harmless. Faust acknowledges the batch after this body.

        Alerts are checked as of a history's latest day at the end of each batch, and
        as of each latest day just before a later day replaces it: a replay alerts
        for every day of its past, a live pair at every batch."""
        async for batch in stream.take_events(INDICATE_BATCH, within=INDICATE_WITHIN):
            touched: dict[tuple[str, str], tuple[int, PairHistory]] = {}
            for message in batch:
                try:
                    event = decode_event(message.value)
                except IngestError as exc:
                    await refuse(topics.events, message, exc)
                    continue
                partition = message.message.partition
                with writing_for(partition):
                    for key, history in await count(event):
                        touched[key] = (partition, history)
            await indicators.send_all(
                [
                    (update.key.encode(), update.model_dump_json().encode())
                    for (pair, direction), (_, history) in touched.items()
                    for update in history.updates(pair, direction)
                ]
            )
            for (pair, direction), (partition, history) in touched.items():
                with writing_for(partition):
                    await raise_alert(pair, direction, history)

    async def count(event: Event) -> list[tuple[tuple[str, str], PairHistory]]:
        """Count `event` in its histories, read all before any changes (see
        HistoryStore.apply). An event of a later day ends a history's latest day: that
        day's alert check comes first, with every event of the day seen."""
        counted = [(key, histories.get(*key)) for key in bucket_keys(event)]
        for (pair, direction), history in counted:
            if history.latest is not None and event.event_date.date > history.latest:
                await raise_alert(pair, direction, history)
            histories.apply(pair, direction, event)
        return counted

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
        """Alert once per pair, direction and day (the history's latest) when the rule
        fires."""
        week = history.figures(7)
        if not rule.may_fire(week):
            return  # no 90-day baseline can make this week alarming: skip computing it
        quarter, as_of = history.figures(90), history.latest
        alert_id = f"{pair}|{direction}|{as_of}"
        if rule.fires(week, quarter) and alerts_raised.get(alert_id) is None:
            alerts_raised[alert_id] = True
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
    return Pipeline(app, ingest, indicate, outputs, articles_seen, histories, coding)
