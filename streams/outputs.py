"""Publishing from the agents without Faust's per-record overhead.

Every Faust send asks `app.maybe_start_producer()` for the producer. That call is
guarded against concurrent starts (mode's `stampede`) and yields to the event loop
three times, each call; with the FutureMessage, sensor calls and callbacks of
`Topic.send` it costs several times the producer's own `send` in CPU per record
(`benchmarks/publish_paths.py` measures both in one process). Two remedies here:

- `Output`: a topic the agents write raw bytes to, straight through the producer.
- `ProducerTopic`: Faust's Topic, made the app's topic class, which skips the guard
  once the producer runs. Faust sends every table's changelog records through it.

Delivery stays at least once: Faust flushes the producer before it commits any
consumed offset.
"""

import asyncio
import logging
from typing import Any

import faust

log = logging.getLogger("dyadwatch")


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

    def _report_failure(self, delivery: asyncio.Future[Any]) -> None:
        if not delivery.cancelled() and (error := delivery.exception()) is not None:
            log.error("publishing to %s failed: %r", self.topic, error)
