"""A short chaos run (benchmarks/chaos.py has the long one): the default worker
killed at random moments, restarted warm and cold, loses and double-counts nothing, and
its indicators catch up without a further restart. Before streams/faust_transport.py
carried out Faust's seeks itself, a restarted worker skipped records fetched around its
own recovery and this run never settled."""

import datetime as dt
from pathlib import Path

import pytest

from benchmarks.chaos import run_chaos
from benchmarks.generator import generate

pytestmark = [pytest.mark.kafka, pytest.mark.timeout(600)]


def test_a_worker_killed_four_times_ends_with_every_event_counted_once(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    articles = list(generate(160, seed=23, start=dt.datetime(2024, 3, 1, tzinfo=dt.UTC)))
    result = run_chaos(
        kafka_bootstrap,
        articles,
        kills=4,
        seed=23,
        settle=240,
        workdir=tmp_path,
        report=print,
    )
    assert (result.warm, result.cold) == (2, 2)
    assert result.expected_events > 400
    assert result.events_lost == 0, result.lost_ids
    assert result.counted_twice == 0
    assert result.mismatches == 0, f"logs in {result.logs}"
