import asyncio
import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.brokers import session_broker

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "articles"
READ_BY_DYADWATCH = ("KAFKA_", "DYADWATCH_")


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """One broker for the whole session; each test uses its own topic names."""
    with session_broker() as (bootstrap, kind):
        print(f"\nkafka broker for this session: {kind} at {bootstrap}")
        yield bootstrap


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test inherits a developer's KAFKA_* or DYADWATCH_* settings."""
    for name in list(os.environ):
        if name.startswith(READ_BY_DYADWATCH):
            monkeypatch.delenv(name)


@pytest.fixture
def unique() -> str:
    """A suffix for topic names and app ids that no other test uses."""
    return uuid.uuid4().hex[:10]


async def until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Wait until `condition()` holds, e.g. for an agent's batch to be handled (the first
    batch also waits for the coding process to start, about a second)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout:.0f}s")
        await asyncio.sleep(0.01)
