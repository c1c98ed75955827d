"""Coding articles in worker processes, beside the Faust event loop.

Coding is pure CPU and takes about a fifth of the worker's time per article. In the
worker's own thread it would hold up everything else the event loop does (fetching,
the indicator agent, publishing); in a pool of processes it runs on another core while
the loop goes on. A batch of articles goes to the pool in one call per process and comes
back as `CodedArticle`s or `IngestError`s, in order.

A pool process that dies (killed for memory, or a crash in the coder) breaks the pool:
the pool is started again and the batch coded one article at a time, so the article
that kills a process again is refused with a `coder_error` and the others are coded.

The worker process itself never imports the coder: the functions that run in a coding
process (or code in this one, with no pool) import it themselves, so spaCy, numpy and
the dictionaries, some 80 MiB, are loaded only where they are used.
"""

import asyncio
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from streams.ingest import Coded, coder_error
from streams.processes import die_with_parent

if TYPE_CHECKING:
    from streams.coding import Coder

log = logging.getLogger("dyadwatch")

_coder: "Coder | None" = None
"""The coder of a pool process, built once when the process starts."""


def new_coder(geolocate: bool = True) -> "Coder":
    from streams.coding import Coder

    return Coder(geolocate=geolocate)


def _start_process(make_coder: "Callable[[], Coder]", worker: int) -> None:
    from streams.coding import freeze_loaded

    global _coder
    die_with_parent(worker)  # a pool process waits on a pipe that its own copy keeps open
    # Ctrl-C reaches the whole process group: the worker stops its pool itself
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _coder = make_coder()
    freeze_loaded()


def _code_in_process(values: Sequence[bytes | None]) -> list[Coded]:
    from streams.article_coding import code_all

    assert _coder is not None, "started by _start_process"
    return code_all(_coder, values)


class CodingPool:
    """`processes` coding processes, or coding in this process when it is 0."""

    def __init__(self, processes: int, make_coder: "Callable[[], Coder]" = new_coder) -> None:
        self.processes, self.make_coder = processes, make_coder
        self._coder: Coder | None = None
        self._pool: ProcessPoolExecutor | None = None

    async def code(self, values: Sequence[bytes | None]) -> list[Coded]:
        """Each message coded, in order."""
        if not values:
            return []
        if self.processes == 0:
            from streams.article_coding import code_all

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
