"""`dyadwatch demo`: the whole system on the embedded default, end to end.

At this stage: broker, topics, a fixture replay, and each article shown as it
arrives on the articles topic.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from streams.broker import bootstrap_servers
from streams.fixtures import load_fixtures
from streams.kafka_clients import make_admin, make_consumer, make_producer
from streams.replay import replay
from streams.settings import Settings
from streams.topics import create_topics, product_topics


def tail_from_now(consumer: KafkaConsumer, topic: str) -> None:
    """Assign every partition of `topic` and pin the position at its current end,
    so the records sent from now on are all seen, whatever the timing."""
    partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic))]
    consumer.assign(partitions)
    consumer.seek_to_end()
    for partition in partitions:
        consumer.position(partition)  # resolve the position now, not lazily later


def arrivals(
    consumer: KafkaConsumer, expected: int, idle_ms: int = 10_000
) -> Iterator[ConsumerRecord]:
    """Yield records until `expected` have come or none came for `idle_ms`."""
    seen = 0
    while seen < expected:
        batch = consumer.poll(timeout_ms=idle_ms)
        if not batch:
            return
        for records in batch.values():
            for record in records:
                seen += 1
                yield record


def run_demo(settings: Settings, paths: list[Path], echo: Callable[[str], None]) -> int:
    """Run the demo; returns how many replayed articles did not arrive."""
    loaded = load_fixtures(paths)
    for error in loaded.errors:
        echo(f"invalid fixture: {error}")
    with bootstrap_servers(
        settings.kafka.bootstrap_servers, settings.broker_state_file
    ) as bootstrap:
        admin = make_admin(settings.kafka, bootstrap)
        try:
            for name, state in create_topics(admin, product_topics(settings.topics)).items():
                echo(f"topic {name}: {state}")
        finally:
            admin.close()
        consumer = make_consumer(settings.kafka, bootstrap, group_id=None)
        producer = make_producer(settings.kafka, bootstrap)
        try:
            tail_from_now(consumer, settings.topics.articles)
            summary = replay(producer, settings.topics.articles, loaded.articles)
            arrived = 0
            for record in arrivals(consumer, summary.sent):
                arrived += 1
                echo(
                    f"  arrived p{record.partition}@{record.offset} {record.key.decode()}"
                    f" ({len(record.value)} bytes)"
                )
        finally:
            producer.close()
            consumer.close()
    echo(
        f"demo: sent {summary.sent}, arrived {arrived}, failed {summary.failed},"
        f" invalid fixtures {len(loaded.errors)}"
    )
    return summary.sent - arrived + summary.failed
