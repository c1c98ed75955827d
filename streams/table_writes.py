"""Table writes that name their partition, for batches handled after stream iteration.

Faust sends a table change to the changelog partition of the event being processed,
which it reads from a context variable that only a stream's iteration sets. A batch
from `Stream.take_events` is handled in the agent's own body, outside it, so its
writes say which source partition they belong to:

    with writing_for(event.message.partition):
        table[key] = value

`PartitionedTable` is the app's table class (`faust.App(Table=...)`); without
`writing_for` it behaves exactly as Faust's table.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import faust

_partition: ContextVar[int | None] = ContextVar("dyadwatch_table_partition", default=None)


@contextmanager
def writing_for(partition: int) -> Iterator[None]:
    """Table writes in this block go to `partition` of their changelogs."""
    token = _partition.set(partition)
    try:
        yield
    finally:
        _partition.reset(token)


class PartitionedTable(faust.Table):
    def partition_for_key(self, key: Any) -> int | None:
        partition = _partition.get()
        return super().partition_for_key(key) if partition is None else partition
