"""`Output.send_all` on a real broker: partitions as any Kafka client picks them."""

import asyncio

import faust
import pytest
from kafka.admin import NewTopic
from kafka.partitioner.default import murmur2

from streams.kafka_clients import make_admin, read_to_end
from streams.outputs import Output
from streams.settings import KafkaSettings

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(120)]


def test_records_land_where_kafka_python_would_put_them_in_order(
    kafka_bootstrap: str, unique: str
) -> None:
    topic = f"batches-{unique}"
    admin = make_admin(KafkaSettings(), kafka_bootstrap)
    admin.create_topics([NewTopic(topic, 4, 1)])
    admin.close()
    # more than one batch per partition: the producer's batches hold 16 KiB
    records = [(f"PAIR{n % 97}|directed|7".encode(), f"{n:04d}".encode() * 50) for n in range(2000)]
    app = faust.App(f"batches-{unique}", broker=f"dyadwatch://{kafka_bootstrap}")

    async def publish() -> None:
        await app.producer.start()
        try:
            await Output(app, topic).send_all(records)
            await app.producer.flush()
        finally:
            await app.producer.stop()

    asyncio.run(publish())
    read = read_to_end(KafkaSettings(), kafka_bootstrap, topic)
    assert sorted((r.key, r.value) for r in read) == sorted(records)

    def kafka_python_partition(key: bytes) -> int:  # what its DefaultPartitioner does
        return (murmur2(key) & 0x7FFFFFFF) % 4

    for record in read:
        assert record.partition == kafka_python_partition(record.key)
    for partition in range(4):
        landed = [r.value for r in sorted(read, key=lambda r: r.offset) if r.partition == partition]
        sent = [v for k, v in records if kafka_python_partition(k) == partition]
        assert landed == sent
