"""Coding articles in worker processes, beside the Faust event loop.

Coding is pure CPU and takes about a fifth of the worker's time per article. In the
worker's own thread it would hold up everything else the event loop does (fetching,
the indicator agent, publishing); in a pool of processes it runs on another core while
the loop goes on. A batch of articles goes to the pool in one call per process and comes
back as `CodedArticle`s or `IngestError`s, in order.

A pool process that dies (killed for memory, or a crash in the coder) breaks the pool:
the pool is started again and the batch coded one article at a time, so the article
that kills a process again is refused with a `coder_error` and the others are coded.
"""

import asyncio
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from schemas import Article, ErrorDetail
from streams.coding import Coder, freeze_loaded
from streams.ingest import CodedArticle, IngestError, coded_article, decode_article, document_of
from streams.processes import die_with_parent

log = logging.getLogger("dyadwatch")

Coded = CodedArticle | IngestError

_coder: Coder | None = None
"""The coder of a pool process, built once when the process starts."""


def _start_process(make_coder: Callable[[], Coder], worker: int) -> None:
    global _coder
    die_with_parent(worker)  # a pool process waits on a pipe that its own copy keeps open
    # Ctrl-C reaches the whole process group: the worker stops its pool itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _coder = make_coder()
    freeze_loaded()


def _code_in_process(values: Sequence[bytes | None]) -> list[Coded]:
    assert _coder is not None, "started by _start_process"
    return code_all(_coder, values)


def code_all(coder: Coder, values: Sequence[bytes | None]) -> list[Coded]:
    """Code each message; a refused one gives its IngestError, and so does a coder bug,
    which costs that article and not the worker. The articles are coded together (one
    parser batch); should that fail, they are coded one by one to find the culprit."""
    decoded: list[Article | IngestError] = []
    for value in values:
        try:
            decoded.append(decode_article(value))
        except IngestError as exc:
            decoded.append(exc)
    articles = [a for a in decoded if isinstance(a, Article)]
    try:
        coded = iter(coder.code_many([document_of(a) for a in articles]))
    except Exception:
        return [_code_alone(coder, item) for item in decoded]
    return [
        item if isinstance(item, IngestError) else coded_article(item, next(coded))
        for item in decoded
    ]


def _code_alone(coder: Coder, item: Article | IngestError) -> Coded:
    if isinstance(item, IngestError):
        return item
    try:
        return coded_article(item, coder.code(document_of(item)))
    except Exception as exc:
        log.exception("the coder failed on a message")
        return coder_error(f"{type(exc).__name__}: {exc}")


def coder_error(message: str) -> IngestError:
    return IngestError("coder_error", [ErrorDetail(message=message)])


class CodingPool:
    """`processes` coding processes, or coding in this process when it is 0."""

    def __init__(self, processes: int, make_coder: Callable[[], Coder] = Coder) -> None:
        self.processes, self.make_coder = processes, make_coder
        self._coder: Coder | None = None
        self._pool: ProcessPoolExecutor | None = None

    async def code(self, values: Sequence[bytes | None]) -> list[Coded]:
        """Each message coded, in order."""
        if not values:
            return []
        if self.processes == 0:
            if self._coder is None:
                self._coder = self.make_coder()
            return code_all(self._coder, values)
        try:
            return await self._code_in_pool(values)
        except BrokenProcessPool:
            log.error("a coding process died; coding this batch one article at a time")
            self.close()
            return [await self._code_alone(value) for value in values]

    async def _code_alone(self, value: bytes | None) -> Coded:
        try:
            return (await self._code_in_pool([value]))[0]
        except BrokenProcessPool:
            self.close()
            return coder_error("the coding process died on this article")

    async def _code_in_pool(self, values: Sequence[bytes | None]) -> list[Coded]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),  # never fork a running loop
                initializer=_start_process,
                initargs=(self.make_coder, os.getpid()),
            )
        loop = asyncio.get_running_loop()
        size = -(-len(values) // self.processes)
        chunks = [values[i : i + size] for i in range(0, len(values), size)]
        parts = await asyncio.gather(
            *(loop.run_in_executor(self._pool, _code_in_process, chunk) for chunk in chunks)
        )
        return [result for part in parts for result in part]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
