"""Topics the agents publish to, sent straight through the app's producer.

Faust's `Topic.send` wraps every record in a FutureMessage, sensor calls and
callbacks, which cost several times the producer's own `send` in CPU per record
(`benchmarks/publish_paths.py` measures both in one process). The agents publish
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
        self._producer: Any = None

    async def send(self, *, key: bytes, value: bytes) -> None:
        if self._producer is None:
            # once: the check costs about 100 µs a call, more than the send itself
            self._producer = await self.app.maybe_start_producer()
        delivery = await self._producer.send(self.topic, key, value, None, None, None)
        delivery.add_done_callback(self._report_failure)

    def _report_failure(self, delivery: asyncio.Future[Any]) -> None:
        if not delivery.cancelled() and (error := delivery.exception()) is not None:
            log.error("publishing to %s failed: %r", self.topic, error)
