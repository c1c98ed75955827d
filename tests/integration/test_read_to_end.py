"""Reading a topic to its end, whatever end offset the broker lists."""

import pytest
from kafka.admin import NewTopic

from streams.kafka_clients import fetched_ends, make_admin, make_producer, read_to_end
from streams.settings import KafkaSettings

pytestmark = pytest.mark.kafka


def test_every_record_is_read_when_batches_hold_many_records(
    kafka_bootstrap: str, unique: str
) -> None:
    """The embedded broker lists the last batch's base offset plus one as a partition's
    end; reading must not stop there."""
    topic, empty = f"batched-{unique}", f"empty-{unique}"
    kafka = KafkaSettings()
    admin = make_admin(kafka, kafka_bootstrap)
    admin.create_topics([NewTopic(topic, 4, 1), NewTopic(empty, 4, 1)])
    admin.close()
    producer = make_producer(kafka, kafka_bootstrap, linger_ms=200, batch_size=1 << 20)
    for n in range(600):  # sent within one linger: a few large batches per partition
        producer.send(topic, key=str(n).encode(), value=str(n).encode())
    producer.flush()
    producer.close()

    records = read_to_end(kafka, kafka_bootstrap, topic)
    assert sorted(int(r.value) for r in records) == list(range(600))
    # the ends Faust's recovery is given (streams/faust_transport.py)
    per_partition = {p: sum(r.partition == p for r in records) for p in range(4)}
    listed = {(topic, p): 1 for p in range(4)} | {(empty, 0): 0}
    assert fetched_ends(kafka, kafka_bootstrap, listed) == {
        **{(topic, p): n for p, n in per_partition.items()},
        (empty, 0): 0,
    }
    assert [(r.partition, r.offset) for r in records] == sorted(
        (r.partition, r.offset) for r in records
    )
    assert read_to_end(kafka, kafka_bootstrap, empty) == []
