"""The product's topics and their configuration, and an idempotent `create_topics`."""

from dataclasses import dataclass, field
from typing import Any

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.kafka_clients import make_admin
from streams.settings import Settings, TopicSettings

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int
    config: dict[str, str] = field(default_factory=dict)


def product_topics(topics: TopicSettings) -> list[TopicSpec]:
    """articles, articles.dlq, events.coded, events and alerts keep `retention_days`;
    indicators and happenings are compacted, so the latest value of every pair,
    direction and window, and of every happening, stays until it is retracted."""
    retained = {"cleanup.policy": "delete", "retention.ms": str(topics.retention_days * DAY_MS)}
    compacted = {"cleanup.policy": "compact"}
    names = [
        (topics.articles, retained),
        (topics.dead_letters, retained),
        (topics.coded, retained),
        (topics.events, retained),
        (topics.happenings, compacted),
        (topics.indicators, compacted),
        (topics.alerts, retained),
    ]
    return [
        TopicSpec(name, topics.partitions, topics.replication_factor, dict(config))
        for name, config in names
    ]


def create_topics(admin: KafkaAdminClient, specs: list[TopicSpec]) -> dict[str, str]:
    """Create each topic unless it exists. Returns name -> "created" or "exists"."""
    existing = set(admin.list_topics())
    outcome: dict[str, str] = {}
    for spec in specs:
        if spec.name in existing:
            outcome[spec.name] = "exists"
            continue
        new = NewTopic(
            spec.name, spec.partitions, spec.replication_factor, topic_configs=spec.config
        )
        try:
            admin.create_topics([new])
            outcome[spec.name] = "created"
        except TopicAlreadyExistsError:  # created by someone else meanwhile
            outcome[spec.name] = "exists"
    return outcome


def ensure_topics(settings: Settings, bootstrap: str, **admin_options: Any) -> dict[str, str]:
    """Create the product's topics where missing (admin client opened and closed here)."""
    admin = make_admin(settings.kafka, bootstrap, **admin_options)
    try:
        return create_topics(admin, product_topics(settings.topics))
    finally:
        admin.close()
