"""Coding in worker processes: order, refusals, coder bugs and processes that die."""

import asyncio
import gc
import json
import multiprocessing
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from streams.article_coding import code_message
from streams.coding import CodedEvent, Coder, Document
from streams.coding_pool import CodingPool, _start_process
from streams.ingest import CodedArticle, IngestError
from tests.conftest import ROOT

ARTICLE = {
    "id": "a0",
    "outlet": "Wire",
    "title": "t",
    "body": "Germany praised France on Monday. Spain criticized Portugal.",
    "published": "2025-01-07T10:00:00Z",
}


def message(n: int, body: str = ARTICLE["body"]) -> bytes:
    return json.dumps({**ARTICLE, "id": f"a{n}", "body": body}).encode()


class FragileCoder(Coder):
    """Raises on "BUG" and kills its process on "DIE", like a crash in native code; a
    batch holding either fails as a whole, as a crash in the parser would."""

    def code_many(self, documents: Sequence[Document]) -> list[list[CodedEvent]]:
        if any("DIE" in d.text for d in documents):
            os._exit(1)
        if any("BUG" in d.text for d in documents):
            raise KeyError("a coder bug")
        return super().code_many(documents)


@pytest.fixture
def pool() -> Iterator[CodingPool]:
    coding = CodingPool(2, make_coder=FragileCoder)
    yield coding
    coding.close()


def test_a_batch_comes_back_in_order_as_coded_in_this_process(pool: CodingPool) -> None:
    good = [message(n, f"Germany praised France {n} times.") for n in range(9)]
    results = asyncio.run(pool.code([*good[:4], b"{not json", *good[4:]]))
    coder = Coder()
    assert results[:4] + results[5:] == [code_message(coder, value) for value in good]
    refused = results[4]
    assert isinstance(refused, IngestError) and refused.error_type == "invalid_json"


def test_a_coder_bug_refuses_that_article_only(pool: CodingPool) -> None:
    results = asyncio.run(pool.code([message(1), message(2, "BUG"), message(3)]))
    assert isinstance(results[0], CodedArticle) and isinstance(results[2], CodedArticle)
    assert isinstance(results[1], IngestError) and results[1].error_type == "coder_error"
    assert "KeyError" in str(results[1])


def test_an_article_that_kills_its_process_is_refused_and_the_pool_goes_on(
    pool: CodingPool,
) -> None:
    async def scenario() -> tuple[list, list]:
        first = await pool.code([message(1), message(2, "DIE"), message(3)])
        return first, await pool.code([message(4)])

    first, after = asyncio.run(scenario())
    assert [type(r) for r in first] == [CodedArticle, IngestError, CodedArticle]
    assert first[1].error_type == "coder_error" and "died" in str(first[1])
    assert isinstance(after[0], CodedArticle) and after[0].article_id == "a4"


def test_no_processes_codes_in_this_process() -> None:
    coding = CodingPool(0, make_coder=FragileCoder)
    results = asyncio.run(coding.code([message(1), message(2, "BUG")]))
    assert [type(r) for r in results] == [CodedArticle, IngestError]


def test_a_coding_process_freezes_what_its_coder_loaded() -> None:
    """Full collections while coding would otherwise walk the loaded dictionaries and
    pipeline again and again (see coder.freeze_loaded)."""
    with ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_process,
        initargs=(Coder, os.getpid()),
    ) as processes:
        assert processes.submit(gc.get_freeze_count).result(timeout=120) > 100_000


def test_coding_processes_do_not_outlive_their_worker() -> None:
    """A worker killed outright (no shutdown) leaves no coding process behind."""
    script = (
        "import asyncio, multiprocessing, os\n"
        "from streams.coding_pool import CodingPool\n"
        "asyncio.run(CodingPool(1).code([b'{}']))\n"
        "print(*[p.pid for p in multiprocessing.active_children()], flush=True)\n"
        "os._exit(0)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    children = [int(pid) for pid in ran.stdout.split()]
    assert children, ran.stderr
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in children):
        assert time.monotonic() < deadline, f"coding processes {children} outlived the worker"
        time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
