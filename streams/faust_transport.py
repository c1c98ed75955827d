"""Faust's aiokafka transport as the `dyadwatch://` broker scheme, with two changes.

**End offsets from a fetch.** Faust recovers a table by reading its changelog up to
the partitions' end offsets, and refuses to start when a persisted offset lies beyond
one. The embedded broker (tansu) lists a partition's end as its last batch's base
offset plus one, short of the real end whenever that batch holds several records: a
worker restarted with its RocksDB state stopped with a ConsistencyError. `highwaters`
takes the larger of the listed end and a fetch's high-water mark
(`streams.kafka_clients.fetched_ends`), which on Kafka are the same.

**Every stream record is handed out after a seek.** When a rebalance or a recovery
ends, Faust seeks the stream partitions back to their committed offsets
(`perform_seek`). Two things went wrong around it; a restarted worker skipped part of
each partition until its next restart:
- the fetcher may still be handing out a batch fetched from the old position; those
  records move its read offset past the committed one, and the records fetched again
  after the seek are then dropped as already read;
- aiokafka leaves a partition with no committed offset (or 0) where it is, so the
  records fetched and queued before the seek (the queues are cleared when the flow
  resumes) are never fetched again.
Here the seek is recorded per stream partition and carried out when the fetcher asks
for its next batch, to the committed offset or to the start of an uncommitted
partition; records of a sought partition still arriving in the current batch are held
back, to be fetched again. Processing is idempotent (see ingest.py), so a record
handled both before and after a seek is harmless.

**A short fetch wait.**
Faust fixes its consumer's `fetch_max_wait_ms` at 1500 ms. Kafka answers a fetch as soon
as data arrives, so there the wait only paces idle polling; the embedded broker (tansu)
holds every fetch for the whole wait, which put up to 1.5 s on each hop of the pipeline
(measured on tansu: a median of 0.36 s per hop at 1500 ms, 0.01 s at 100 ms).
Registered under the `faust.transports` entry point in pyproject.toml.
"""

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from typing import Any

from faust.transport.drivers import aiokafka as driver
from faust.types import TP

from streams.kafka_clients import fetched_ends
from streams.settings import KafkaSettings

FETCH_MAX_WAIT_MS = 100


class ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read when it starts; no public setter
        return consumer


class Consumer(driver.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._seeks: Counter[TP] = Counter()  # per stream partition, since start
        self._pending_seeks: dict[TP, int] = {}

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def highwaters(self, *partitions: TP) -> Mapping[TP, int]:
        listed = await super().highwaters(*partitions)
        if self.in_transaction:  # last stable offsets: Kafka's own, left as they are
            return listed
        bootstrap = ",".join(f"{url.host}:{url.port}" for url in self.transport.url)
        ends = await asyncio.to_thread(fetched_ends, KafkaSettings(), bootstrap, listed)
        return {tp: ends[tp] for tp in listed}

    async def perform_seek(self) -> None:
        await super().perform_seek()
        for tp in self.assignment():
            if not self._is_changelog_tp(tp):
                self._pending_seeks[tp] = self._read_offset[tp] or 0
                self._seeks[tp] += 1

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
        # The fetcher asks for a batch only once the previous one is handed out and
        # its read offsets set, so a seek carried out here stays in force.
        pending, self._pending_seeks = self._pending_seeks, {}
        assigned = self.assignment()
        for tp, offset in pending.items():
            if tp in assigned:
                await super().seek(tp, offset)
        seeks = dict(self._seeks)
        async for tp, message in super().getmany(timeout):
            if self._seeks[tp] == seeks.get(tp, 0):
                yield tp, message


class Transport(driver.Transport):
    Consumer = Consumer
