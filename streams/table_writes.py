"""Table reads and writes for events handled after a stream's iteration (batches).

Faust finds the partition of a table change, and the store finds its local partition
database, through the stream event being processed: a context variable that only a
stream's iteration sets. The RocksDB store insists on it (`assert event is not None`
in `_set`); the memory store does not look. A batch from `Stream.take_events` is
handled in the agent's own body, outside that iteration, so each of its events is
made the current one while it is handled:

    async for batch in stream.take_events(64, within=0.05):
        for event in batch:
            with handling(event):
                table[key] = value

Inside the block every store behaves exactly as during Faust's own iteration: the
changelog record goes to the event's partition and RocksDB writes to (and reads
from) that partition's database. This is the one place that touches Faust's
context variable.

`BatchWrites` holds a batch's table writes back until its end: a key written for
many events of the batch (a busy pair's latest day, its happening) is written once,
with its last value, under the event that last wrote it.
"""

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from faust.streams import _current_event, current_event


@contextmanager
def handling(event: Any) -> Iterator[None]:
    """Make `event` Faust's current stream event for the block (None: none, as outside a
    stream: a deferred write made there is flushed the same way)."""
    token = _current_event.set(weakref.ref(event) if event is not None else None)
    try:
        yield
    finally:
        _current_event.reset(token)


_GONE = object()
"""A pending deletion, or a key that is not there."""


class DeferredTable:
    """A table whose writes wait for `BatchWrites.flush`; its reads see them."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.pending: dict[Any, tuple[Any, Any]] = {}  # key -> (value or _GONE, event)

    def get(self, key: Any, default: Any = None) -> Any:
        if key in self.pending:
            value = self.pending[key][0]
            return default if value is _GONE else value
        return self.table.get(key, default)

    def __getitem__(self, key: Any) -> Any:
        value = self.get(key, _GONE)
        if value is _GONE:
            raise KeyError(key)
        return value

    def __contains__(self, key: Any) -> bool:
        return self.get(key, _GONE) is not _GONE

    def __setitem__(self, key: Any, value: Any) -> None:
        self.pending[key] = (value, current_event())

    def __delitem__(self, key: Any) -> None:
        if self.pop(key, _GONE) is _GONE:
            raise KeyError(key)

    def pop(self, key: Any, default: Any = None) -> Any:
        value = self.get(key, _GONE)
        if value is _GONE:
            return default
        self.pending[key] = (_GONE, current_event())
        return value


class BatchWrites:
    """The deferred tables of one agent. Its batch starts with `discard` (what a failed
    batch left is not written: the batch comes again) and writes them with `flush`."""

    def __init__(self) -> None:
        self.tables: list[DeferredTable] = []

    def defer(self, table: Any) -> DeferredTable:
        deferred = DeferredTable(table)
        self.tables.append(deferred)
        return deferred

    def discard(self) -> None:
        for deferred in self.tables:
            deferred.pending.clear()

    def flush(self) -> None:
        for deferred in self.tables:
            for key, (value, event) in deferred.pending.items():
                with handling(event):
                    if value is _GONE:
                        deferred.table.pop(key, None)
                    else:
                        deferred.table[key] = value
            deferred.pending.clear()
