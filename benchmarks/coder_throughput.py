"""Coder throughput on one core: sentences and articles per second, and the memory
of the loaded dictionaries.

    .venv/bin/python benchmarks/coder_throughput.py [--sentences 10000] [--repeats 3]

The fixture articles are repeated (with distinct ids) until the run holds at least
`--sentences` sentences. Each repeat is timed separately; the best and the median
are reported. Date resolution is cached per (expression, publication date), as in
the worker, so repeated articles measure steady state, not the first sight of a date.
"""

import argparse
import datetime as dt
import gc
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.coding import Coder, Document, load_dictionaries  # noqa: E402
from streams.coding.text import prepare  # noqa: E402
from streams.fixtures import load_fixtures  # noqa: E402


def workload(minimum: int) -> tuple[list[Document], int]:
    articles = load_fixtures([ROOT / "fixtures" / "articles"]).articles
    base = [Document(a.id, a.body, a.published.date(), a.title, a.outlet) for a in articles]
    per_round = sum(len(prepare(d.text, d.title, d.outlet)[1]) for d in base)
    rounds = -(-minimum // per_round)
    documents = [
        Document(f"{d.id}#{n}", d.text, d.published, d.title, d.outlet)
        for n in range(rounds)
        for d in base
    ]
    return documents, per_round * rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    gc.collect()
    tracemalloc.start()
    dictionaries = load_dictionaries()
    coder = Coder(dictionaries)
    loaded, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    documents, sentences = workload(args.sentences)
    coder.code(documents[0])  # warm the lemma and date caches once
    timings, events = [], 0
    for _ in range(args.repeats):
        started = time.perf_counter()
        events = sum(len(coder.code(d)) for d in documents)
        timings.append(time.perf_counter() - started)
    best, median = min(timings), statistics.median(timings)
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}, one process, one core")
    print(f"workload: {len(documents)} articles, {sentences} sentences, {events} events per run")
    print(f"sentences/s: best {sentences / best:,.0f}, median {sentences / median:,.0f}")
    print(f"articles/s:  best {len(documents) / best:,.0f}, median {len(documents) / median:,.0f}")
    print(f"dictionaries in memory: {loaded / 2**20:.1f} MiB (tracemalloc, coder loaded)")
    print(f"measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")


if __name__ == "__main__":
    main()
