"""Publishing from the agents without Faust's per-record overhead.

Every Faust send asks `app.maybe_start_producer()` for the producer. That call is
guarded against concurrent starts (mode's `stampede`) and yields to the event loop
three times, each call; with the FutureMessage, sensor calls and callbacks of
`Topic.send` it costs several times the producer's own `send` in CPU per record
(`benchmarks/publish_paths.py` measures both in one process). Two remedies here:

- `Output`: a topic the agents write raw bytes to, straight through the producer;
  `send_all` builds one record batch per partition (aiokafka's batch API) instead of
  a future and a call per record.
- `ProducerTopic`: Faust's Topic, made the app's topic class, which skips the guard
  once the producer runs. Faust sends every table's changelog records through it.

Delivery stays at least once: Faust flushes the producer before it commits any
consumed offset.
"""

import asyncio
import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import faust
from aiokafka.partitioner import DefaultPartitioner

log = logging.getLogger("dyadwatch")
_partitioner = DefaultPartitioner()


async def started_producer(app: Any) -> Any:
    """The app's producer; started through Faust's guarded call only if it is not yet."""
    producer = app.producer
    if app.in_transaction or not producer.started:
        return await app.maybe_start_producer()
    return producer


class ProducerTopic(faust.Topic):
    async def _get_producer(self) -> Any:
        return await started_producer(self.app)


class Output:
    """One topic, written with raw bytes keys and values."""

    def __init__(self, app: Any, topic: str) -> None:
        self.app, self.topic = app, topic

    async def send(self, *, key: bytes, value: bytes) -> None:
        producer = await started_producer(self.app)
        delivery = await producer.send(self.topic, key, value, None, None, None)
        delivery.add_done_callback(self._report_failure)

    async def flush_all(self) -> None:
        """Wait until everything the app has sent, table changelogs included, is on
        the broker: what is published after this never gets ahead of the tables."""
        producer = await started_producer(self.app)
        await producer.flush()

    async def deliver(self, *, key: bytes, value: bytes) -> None:
        """Send and wait until the broker has the record: for a record that must be
        delivered before the worker remembers having sent it."""
        producer = await started_producer(self.app)
        await (await producer.send(self.topic, key, value, None, None, None))

    async def send_all(self, records: Sequence[tuple[bytes, bytes]]) -> None:
        """Publish (key, value) records, each to the partition its key hashes to as in
        any Kafka client (murmur2), in one record batch per partition and size limit."""
        producer = await started_producer(self.app)
        if self.app.in_transaction:  # transactions go through Faust's own producers
            for key, value in records:
                await self.send(key=key, value=value)
            return
        client = producer._ensure_producer()  # Faust's aiokafka producer
        partitions = sorted(await client.partitions_for(self.topic))
        by_partition: dict[int, list[tuple[bytes, bytes]]] = defaultdict(list)
        for key, value in records:
            by_partition[_partitioner(key, partitions, partitions)].append((key, value))
        for partition, chunk in by_partition.items():
            batch = client.create_batch()
            for key, value in chunk:
                if batch.append(key=key, value=value, timestamp=None) is None:  # full
                    await self._send_batch(client, batch, partition)
                    batch = client.create_batch()
                    batch.append(key=key, value=value, timestamp=None)  # takes any first
            await self._send_batch(client, batch, partition)

    async def _send_batch(self, client: Any, batch: Any, partition: int) -> None:
        delivery = await client.send_batch(batch, self.topic, partition=partition)
        delivery.add_done_callback(self._report_failure)

    def _report_failure(self, delivery: asyncio.Future[Any]) -> None:
        if not delivery.cancelled() and (error := delivery.exception()) is not None:
            log.error("publishing to %s failed: %r", self.topic, error)
