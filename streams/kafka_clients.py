"""kafka-python clients built from settings, so every command connects the same way."""

from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer

from streams.settings import KafkaSettings

CLIENT_ID = "dyadwatch"


def _common(kafka: KafkaSettings, bootstrap: str) -> dict[str, Any]:
    return {
        "bootstrap_servers": bootstrap.split(","),
        "client_id": CLIENT_ID,
        **kafka.kafka_python_kwargs(),
    }


def make_producer(kafka: KafkaSettings, bootstrap: str, **overrides: Any) -> KafkaProducer:
    """A producer that waits for every in-sync replica (acks=all) and retries."""
    options = {"acks": "all", "retries": 5, "linger_ms": 5, **overrides}
    return KafkaProducer(**_common(kafka, bootstrap), **options)


def make_consumer(
    kafka: KafkaSettings, bootstrap: str, *topics: str, **overrides: Any
) -> KafkaConsumer:
    options = {"auto_offset_reset": "earliest", "enable_auto_commit": False, **overrides}
    return KafkaConsumer(*topics, **_common(kafka, bootstrap), **options)


def make_admin(kafka: KafkaSettings, bootstrap: str, **overrides: Any) -> KafkaAdminClient:
    return KafkaAdminClient(**_common(kafka, bootstrap), **overrides)
