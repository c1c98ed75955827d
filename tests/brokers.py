"""Which Kafka-protocol broker the test session uses, chosen once per session.

In order: `KAFKA_BOOTSTRAP_SERVERS` if set; a testcontainers Kafka container
where a Docker engine answers; else the embedded tansu broker.
"""

import contextlib
import os
from collections.abc import Iterator

from streams.broker import EmbeddedBroker


def docker_answers() -> bool:
    try:
        import docker

        client = docker.from_env(timeout=3)
        return bool(client.ping())
    except Exception:  # no socket, no permission, no engine: all mean "no Docker"
        return False


@contextlib.contextmanager
def session_broker() -> Iterator[tuple[str, str]]:
    """Yield (bootstrap servers, a word naming the kind of broker)."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured, "configured"
    elif docker_answers():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer().with_kraft() as container:
            yield container.get_bootstrap_server(), "testcontainers"
    else:
        with EmbeddedBroker(port=0) as bootstrap:
            yield bootstrap, "embedded"
