"""kafka-python clients built from settings, so every command connects the same way."""

import time
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from pydantic import BaseModel, ValidationError

from streams.settings import KafkaSettings

M = TypeVar("M", bound=BaseModel)

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


def read_to_end(
    kafka: KafkaSettings, bootstrap: str, topic: str, timeout: float = 120.0
) -> list[ConsumerRecord]:
    """Every record of `topic` up to its end when called, in partition order. Unlike an
    idle timeout, a slow fetch cannot cut the snapshot short.

    The end of a partition is the larger of its listed end offset and the high-water
    mark of the first fetch: the embedded broker lists the base offset of the last
    batch plus one, which falls short whenever that batch holds several records."""
    consumer = make_consumer(kafka, bootstrap, group_id=None, max_poll_records=5000)
    try:
        partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        listed = consumer.end_offsets(partitions)
        ends: dict[TopicPartition, int] = {}
        records: list[ConsumerRecord] = []
        deadline = time.monotonic() + timeout
        while len(ends) < len(partitions) or any(
            consumer.position(tp) < end for tp, end in ends.items()
        ):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{topic} not read to its end after {timeout}s")
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
            for tp in partitions:
                if tp not in ends and (highwater := consumer.highwater(tp)) is not None:
                    ends[tp] = max(listed[tp], highwater)
        kept = [r for r in records if r.offset < ends[TopicPartition(topic, r.partition)]]
        return sorted(kept, key=lambda r: (r.partition, r.offset))
    finally:
        consumer.close()


def fetched_ends(
    kafka: KafkaSettings,
    bootstrap: str,
    listed: Mapping[tuple[str, int], int],
    timeout: float = 10.0,
) -> dict[tuple[str, int], int]:
    """The end offset of each (topic, partition): the larger of its listed end and the
    high-water mark of a fetch of its last record. On Kafka they agree; the embedded
    broker lists the last batch's base offset plus one (see `read_to_end`). A partition
    that does not answer within `timeout` keeps its listed end."""
    nonempty = {TopicPartition(*tp): end for tp, end in listed.items() if end}
    ends = dict(listed)
    if not nonempty:
        return ends
    consumer = make_consumer(kafka, bootstrap, group_id=None, max_poll_records=1)
    try:
        consumer.assign(list(nonempty))
        for tp, end in nonempty.items():
            consumer.seek(tp, end - 1)
        pending, deadline = set(nonempty), time.monotonic() + timeout
        while pending and time.monotonic() < deadline:
            consumer.poll(timeout_ms=200)
            for tp in list(pending):
                if (highwater := consumer.highwater(tp)) is not None:
                    ends[(tp.topic, tp.partition)] = max(nonempty[tp], highwater)
                    pending.discard(tp)
        return ends
    finally:
        consumer.close()


def latest_by_key(
    records: Iterable[ConsumerRecord], model: type[M], *, skip_invalid: bool = False
) -> dict[str, M]:
    """What a compacted topic keeps: the last value of each key, records taken in
    partition and offset order. A record that is not a `model` raises, or with
    `skip_invalid` is left out."""
    latest: dict[str, M] = {}
    for record in sorted(records, key=lambda r: (r.partition, r.offset)):
        try:
            latest[record.key.decode()] = model.model_validate_json(record.value)
        except (ValidationError, AttributeError):
            if not skip_invalid:
                raise
    return latest
