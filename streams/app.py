"""The Faust app: topics, tables and two agents.

    ingest      articles     -> (validate, code in the coding processes, plan)
                             -> events.coded, or articles.dlq   streams/ingest_agent.py
    indicate    events.coded -> happenings -> events (each saying its happening),
                                happenings (compacted)
                             -> pair histories -> indicators (compacted), alerts
                                                                streams/indicator_agent.py

Events are keyed by the unordered actor pair (KOR-PRK), so both directions of
a pair, its happenings and its undirected figures live on one partition and its tables.
Build one app per process with `build_pipeline`; tests give each a fresh app id.
"""

import functools
from dataclasses import dataclass
from typing import Any

import faust

from streams.coding_pool import CodingPool, new_coder
from streams.happenings import HappeningRule, HappeningStore
from streams.histories import HistoryStore
from streams.indicator_agent import IndicatorAgent
from streams.indicators import AlertRule
from streams.ingest_agent import IngestAgent
from streams.outputs import Output, ProducerTopic
from streams.settings import Settings
from streams.table_writes import BatchWrites


@dataclass
class Pipeline:
    """The app and its parts; `outputs` by name: coded, events, happenings, dead_letters,
    indicators, alerts."""

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

    def table(name: str) -> Any:
        return app.Table(name, default=None, key_type=str, partitions=topics.partitions)

    outputs = {
        "coded": Output(app, topics.coded),
        "events": Output(app, topics.events),
        "happenings": Output(app, topics.happenings),
        "dead_letters": Output(app, topics.dead_letters),
        "indicators": Output(app, topics.indicators),
        "alerts": Output(app, topics.alerts),
    }
    articles_seen = table("articles-seen")
    indicate_writes = BatchWrites()  # the indicate agent's tables, written once per batch
    histories = HistoryStore(
        indicate_writes.defer(table("pair-days")), indicate_writes.defer(table("pair-latest-day"))
    )
    coding = coding or CodingPool(
        settings.coder_processes, functools.partial(new_coder, geolocate=settings.geolocate)
    )
    ingest = IngestAgent(
        topics.articles,
        coding,
        articles_seen,
        outputs["coded"],
        outputs["dead_letters"],
        topics.seen_retention_days,
    )
    happenings = (
        HappeningStore(
            indicate_writes.defer(table("happenings")),
            indicate_writes.defer(table("happening-index")),
            indicate_writes.defer(table("happening-members")),
            HappeningRule(settings.happening_tolerance_days, settings.happening_codes),
        )
        if settings.happenings
        else None
    )
    indicate = IndicatorAgent(
        topics.coded,
        histories,
        happenings,
        settings.indicator_unit,
        table("alerts-raised"),
        alert_rule or AlertRule(settings.alert_margin, settings.alert_min_events),
        outputs,
        indicate_writes,
    )

    async def forget_histories(*_: Any, **__: Any) -> None:
        histories.clear()  # partitions moved: another worker may have changed these pairs

    async def close_coding(*_: Any, **__: Any) -> None:
        coding.close()

    app.on_partitions_revoked.connect(forget_histories)
    app.on_partitions_assigned.connect(forget_histories)
    app.on_before_shutdown.connect(close_coding)
    ingest_agent = app.agent(app.topic(topics.articles, **raw), name="ingest")(ingest.run)
    indicate_agent = app.agent(app.topic(topics.coded, **raw), name="indicate")(indicate.run)
    return Pipeline(app, ingest_agent, indicate_agent, outputs, articles_seen, histories, coding)
