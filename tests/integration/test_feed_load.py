"""The feed under load, on loopback: 100 server-sent-event clients and 1,000 API
requests without an error; every client receives every update; afterwards no
listener is left behind and memory is back near its level (bounded in time). And a
kept-alive connection outlives the time a pooling client holds it idle."""

import asyncio
import gc
import http.client
import resource
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from streams.feed.api import create_feed_app
from streams.feed.server import server_config
from streams.feed.state import FeedState
from tests.integration.pipeline_helpers import free_port
from tests.unit.feed.conftest import filled_state

pytestmark = pytest.mark.timeout(180)
CLIENTS, REQUESTS, UPDATES = 100, 1000, 20


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture
def served() -> Iterator[tuple[str, FeedState]]:
    state = filled_state()
    port = free_port()
    server = uvicorn.Server(
        server_config(create_feed_app(state, lambda: (True, {})), "127.0.0.1", port)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}", state
    server.should_exit = True
    thread.join(10)


async def listen(
    client: httpx.AsyncClient, base: str, ready: asyncio.Event, connected: list[int]
) -> int:
    received = 0
    async with client.stream("GET", f"{base}/api/stream") as response:
        assert response.status_code == 200
        async for line in response.aiter_lines():
            if line == ": connected":
                connected.append(1)
                if len(connected) == CLIENTS:
                    ready.set()
            elif line.startswith("event: indicator"):
                received += 1
                if received == UPDATES:
                    return received
    return received


async def load(base: str, state: FeedState) -> tuple[list[int], list[int]]:
    limits = httpx.Limits(max_connections=CLIENTS + 60)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        ready, connected = asyncio.Event(), []
        listeners = [
            asyncio.create_task(listen(client, base, ready, connected)) for _ in range(CLIENTS)
        ]
        await asyncio.wait_for(ready.wait(), 60)
        urls = [
            "/api/pairs",
            "/api/pairs?window=7&sort=engagement",
            "/api/events?limit=20",
            "/api/pairs/KOR/PRK",
            "/api/pairs/PRK/USA/chart.svg",
            "/api/alerts",
            "/api/health",
            "/api/pairs?actor=PRK&direction=directed",
        ]
        semaphore = asyncio.Semaphore(50)

        async def get(n: int) -> int:
            async with semaphore:
                return (await client.get(base + urls[n % len(urls)])).status_code

        requests = asyncio.gather(*(get(n) for n in range(REQUESTS)))
        update = next(iter(state.indicators.values()))
        for _ in range(UPDATES):
            await asyncio.to_thread(state.add_indicator, update)
            await asyncio.sleep(0.01)
        statuses = await requests
        received = await asyncio.wait_for(asyncio.gather(*listeners), 60)
    return statuses, received


def test_feed_under_load(served: tuple[str, FeedState]) -> None:
    base, state = served
    asyncio.run(load(base, state))  # warm-up: imports, caches, first allocations
    gc.collect()
    before = rss_mib()
    statuses, received = asyncio.run(load(base, state))
    assert statuses == [200] * REQUESTS
    assert received == [UPDATES] * CLIENTS
    deadline = time.monotonic() + 10
    while state.listeners and time.monotonic() < deadline:
        time.sleep(0.1)
    assert state.listeners == [], "a disconnected client left its listener behind"
    gc.collect()
    assert rss_mib() - before < 40, f"memory grew from {before:.0f} to {rss_mib():.0f} MiB"


def test_idle_connection_outlives_client_pool_expiry(served: tuple[str, FeedState]) -> None:
    """httpx pools an idle connection for 5 s; were the server to close it at the same
    moment, a request sent on it would get no response (a failure seen under load).
    http.client reads each response whole (a response may arrive in several segments)
    and reports a connection the server closed (RemoteDisconnected)."""
    base, _ = served
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", "/api/health")
        first = conn.getresponse()
        assert first.status == 200 and first.read().startswith(b"{")
        kept = conn.sock
        time.sleep(httpx.Limits().keepalive_expiry + 1)
        conn.request("GET", "/api/health")
        again = conn.getresponse()
        assert conn.sock is kept, "a new connection was opened"
        assert again.status == 200 and again.read().startswith(b"{")
    finally:
        conn.close()
