"""`dyadwatch worker` that dies at the worst moment for at-least-once delivery: the
first article's seen-state has reached the broker, its events have not.

    python -m tests.integration.crashing_worker [worker options]

The events of that article are dropped, the state is written and flushed to its
changelog, then the process kills itself with SIGKILL before Faust commits the
article's offset. A restarted worker must publish the events all the same.
"""

import os
import signal
from typing import Any

from streams import ingest_agent
from streams.cli import main

handle = ingest_agent.IngestAgent.handle


class Lost:
    """An output whose records a crash loses."""

    async def send(self, *, key: bytes, value: bytes) -> None:
        return None


async def crash_after_the_state(self: ingest_agent.IngestAgent, message: Any, result: Any) -> None:
    if isinstance(result, ingest_agent.IngestError):
        await handle(self, message, result)
        return
    events, self.events = self.events, Lost()  # type: ignore[assignment]
    await handle(self, message, result)
    await events.app.producer.flush()  # the state's changelog record is delivered
    os.kill(os.getpid(), signal.SIGKILL)


ingest_agent.IngestAgent.handle = crash_after_the_state  # type: ignore[method-assign]

if __name__ == "__main__":
    main(["worker", "--loglevel", "warning"])
