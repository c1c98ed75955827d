"""Topics the agents publish to, sent straight through the app's producer.

Faust's `Topic.send` wraps every record in a FutureMessage, sensor calls and
callbacks: measured here at about 120 to 200 µs of CPU per record, against about
30 µs for the producer's own `send` (benchmarks/README.md). The agents publish
already-encoded bytes to topics the worker created at start, so they need none of
that. Delivery stays at least once: Faust flushes the producer before it commits
any consumed offset.
"""

import asyncio
import logging
from typing import Any

log = logging.getLogger("dyadwatch")


class Output:
    """One topic, written with raw bytes keys and values."""

    def __init__(self, app: Any, topic: str) -> None:
        self.app, self.topic = app, topic

    async def send(self, *, key: bytes, value: bytes) -> None:
        producer = await self.app.maybe_start_producer()
        delivery = await producer.send(self.topic, key, value, None, None, None)
        delivery.add_done_callback(self._report_failure)

    def _report_failure(self, delivery: asyncio.Future[Any]) -> None:
        if not delivery.cancelled() and (error := delivery.exception()) is not None:
            log.error("publishing to %s failed: %r", self.topic, error)
