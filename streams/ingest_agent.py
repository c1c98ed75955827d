"""The ingest agent: articles -> events, or dead letters.

A batch of articles is coded at once in the coding processes, then each article is
handled in order: refused ones become dead letters; the others publish what
`plan_update` decides and remember the article in the seen table.
"""

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from streams.coding_pool import CodingPool
from streams.ingest import Coded, IngestError, dead_letter, expired, plan_update
from streams.outputs import Output
from streams.table_writes import handling

log = logging.getLogger("dyadwatch")

BATCH = 64
WITHIN = 0.05
"""Up to this many articles are coded together, waiting at most this many seconds."""
PRUNE_STEPS = 10
"""Prunings of the seen-article table per retention: see `IngestAgent.prune_seen`."""


async def refuse(dead_letters: Output, topic: str, message: Any, error: IngestError) -> None:
    """Send `message` of `topic` to the dead letters with the reason it was refused."""
    position = message.message
    letter = dead_letter(
        topic, position.partition, position.offset, message.key, message.value, error
    )
    await dead_letters.send(key=message.key, value=letter.model_dump_json().encode())
    log.warning("dead letter %s p%s@%s: %s", topic, position.partition, position.offset, error)


class IngestAgent:
    """Codes articles; `articles_seen` maps article id -> what `plan_update` remembers."""

    def __init__(
        self,
        topic: str,
        coding: CodingPool,
        articles_seen: Any,
        events: Output,
        dead_letters: Output,
        retention_days: int,
    ) -> None:
        self.topic, self.coding, self.articles_seen = topic, coding, articles_seen
        self.events, self.dead_letters = events, dead_letters
        self.retention_days = retention_days
        self._newest: dict[int, dt.date] = {}
        self._pruning: dict[int, Pruning] = {}

    async def run(self, stream: Any) -> None:
        """The agent's body. Faust acknowledges a batch after it has been handled."""
        async for batch in stream.take_events(BATCH, within=WITHIN):
            coded = await self.coding.code([message.value for message in batch])
            for message, result in zip(batch, coded, strict=True):
                with handling(message):
                    await self.handle(message, result)

    async def handle(self, message: Any, result: Coded) -> None:
        if isinstance(result, IngestError):
            await refuse(self.dead_letters, self.topic, message, result)
            return
        plan = plan_update(self.articles_seen.get(result.article_id), result)
        for event in [*plan.retract, *plan.publish]:
            await self.events.send(key=event.key.encode(), value=event.json.encode())
        partition = message.message.partition
        if plan.state is not None:
            self.articles_seen[result.article_id] = {**plan.state, "partition": partition}
        await self.prune_seen(partition, result.published)

    async def prune_seen(self, partition: int, published: dt.date) -> None:
        """Forget the articles of a partition published more than the retention before
        the newest one seen there (event time, not wall time). A pruning reads the whole
        table, so it comes at a partition's first article in this process, then only
        when the cutoff has moved on by a PRUNE_STEPS'th of the retention and the
        partition has handled a PRUNE_STEPS'th as many articles as the table held at
        the last pruning: at most PRUNE_STEPS entries read per article, however large
        the table (400 days of articles by default) or fast event time runs (a replay).
        An article is kept that much longer than its retention at most."""
        newest = self._newest[partition] = max(published, self._newest.get(partition, published))
        cutoff = newest - dt.timedelta(days=self.retention_days)
        step = max(1, self.retention_days // PRUNE_STEPS)
        last = self._pruning.get(partition)
        if last is not None:
            last.handled += 1
            if (cutoff - last.cutoff).days < step or last.handled * PRUNE_STEPS < last.read:
                return
        read = 0

        def entries() -> Iterator[tuple[str, Any]]:  # one at a time: never the whole table
            nonlocal read
            for entry in self.articles_seen.items():
                read += 1
                yield entry

        gone = expired(entries(), partition, cutoff)
        self._pruning[partition] = Pruning(cutoff, read)
        for key in gone:
            del self.articles_seen[key]


@dataclass
class Pruning:
    """A partition's last pruning of the seen table: its cutoff, the entries it read and
    the articles handled since."""

    cutoff: dt.date
    read: int
    handled: int = 0
