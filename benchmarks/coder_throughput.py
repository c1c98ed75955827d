"""Coder throughput on one core, with the dependency parse and without it (the
lexical-only coder, run in the same process as the baseline): sentences and articles
per second, and the memory of the loaded coder.

    .venv/bin/python benchmarks/coder_throughput.py [--sentences 10000] [--repeats 3]

Two workloads:
- the fixture mix: the fixture articles repeated (with distinct ids) until the run
  holds at least `--sentences` sentences; a sentence naming no actor or no pattern is
  never parsed, but the fixtures are event-dense (155 of their 189 sentences carry
  events), so about 85% of the mix is parsed;
- event-dense: every fixture sentence in which the lexical coder finds an event, each
  coded as a one-sentence article, repeated likewise; every one of them is parsed.
Each repeat is timed separately; the best and the median are reported. Date resolution
is cached per (expression, publication date), as in the worker, so repeated articles
measure steady state, not the first sight of a date.
"""

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.coding import Coder, Document, freeze_loaded, load_dictionaries  # noqa: E402
from streams.coding.text import prepare  # noqa: E402
from streams.fixtures import load_fixtures  # noqa: E402
from streams.ingest_agent import BATCH  # noqa: E402


def fixture_documents() -> list[Document]:
    articles = load_fixtures([ROOT / "fixtures" / "articles"]).articles
    return [Document(a.id, a.body, a.published.date(), a.title, a.outlet) for a in articles]


def repeated(base: list[Document], minimum: int) -> tuple[list[Document], int]:
    per_round = sum(len(prepare(d.text, d.title, d.outlet)[1]) for d in base)
    rounds = -(-minimum // per_round)
    documents = [
        Document(f"{d.id}#{n}", d.text, d.published, d.title, d.outlet)
        for n in range(rounds)
        for d in base
    ]
    return documents, per_round * rounds


def event_sentences(coder: Coder, base: list[Document]) -> list[Document]:
    """One document per distinct sentence in which the coder finds an event."""
    sentences = {e.sentence: d for d in base for e in coder.code(d)}
    return [
        Document(f"{d.id}/{n}", text, d.published) for n, (text, d) in enumerate(sentences.items())
    ]


def rate(coder: Coder, documents: list[Document], repeats: int) -> tuple[float, float, int]:
    """Best and median seconds per run, and the events of one run. Articles are coded
    in batches of BATCH, as the worker's ingest agent hands them to its coder."""
    coder.code(documents[0])  # warm the lemma and date caches once
    batches = [documents[i : i + BATCH] for i in range(0, len(documents), BATCH)]
    timings, events = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        events = sum(len(e) for batch in batches for e in coder.code_many(batch))
        timings.append(time.perf_counter() - started)
    return min(timings), statistics.median(timings), events


def resident_mib() -> float:
    """This process's resident memory now (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def loaded_memory(syntax: bool) -> tuple[Coder, float]:
    """A coder, and the resident memory its loading added."""
    gc.collect()
    before = resident_mib()
    coder = Coder(load_dictionaries(), syntax=syntax)
    return coder, resident_mib() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    lexical, lexical_mib = loaded_memory(syntax=False)
    parsing, parsing_mib = loaded_memory(syntax=True)
    base = fixture_documents()
    workloads = {
        "fixture mix": repeated(base, args.sentences),
        "event-dense": repeated(event_sentences(lexical, base), args.sentences // 4),
    }
    freeze_loaded()  # as a worker's coding process does once its coder is loaded
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}, one process, one core")
    for name, (documents, sentences) in workloads.items():
        print(f"\n{name}: {len(documents)} articles, {sentences} sentences per run")
        speeds = {}
        for label, coder in (("lexical only", lexical), ("with parse", parsing)):
            best, median, events = rate(coder, documents, args.repeats)
            speeds[label] = sentences / best
            print(
                f"  {label:<12} sentences/s best {sentences / best:>8,.0f}"
                f" median {sentences / median:>8,.0f}   articles/s best"
                f" {len(documents) / best:>7,.0f}   events {events}"
            )
        ratio = speeds["with parse"] / speeds["lexical only"]
        print(f"  with parse / lexical only: {ratio:.2f}")
    print(
        f"\nresident memory added by loading: the lexical coder {lexical_mib:.0f} MiB, then"
        f" the parsing coder {parsing_mib:.0f} MiB (the spaCy pipeline and its libraries);"
        f" process now {resident_mib():.0f} MiB"
    )
    print(f"measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")


if __name__ == "__main__":
    main()
