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
"""

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from faust.streams import _current_event


@contextmanager
def handling(event: Any) -> Iterator[None]:
    """Make `event` Faust's current stream event for the block."""
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)
