"""The agents in Faust's test context: memory tables, sends captured, no broker."""

import asyncio
import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

from schemas import DeadLetter, Event, IndicatorUpdate
from streams.app import INDICATE_WITHIN, Pipeline, build_pipeline
from streams.settings import load_settings

ARTICLE = {
    "id": "a1",
    "outlet": "Wire",
    "title": "t",
    "body": "SEOUL, Jan. 7 (Wire) -- North Korea criticized South Korea on Monday. "
    "South Korea praised Japan.",
    "published": "2025-01-07T10:00:00+09:00",
}


@pytest.fixture
def pipeline(unique: str) -> Iterator[tuple[Pipeline, dict[str, list[tuple[bytes, bytes]]]]]:
    built = build_pipeline(
        load_settings(), "127.0.0.1:1", app_id=f"agents-{unique}", store="memory://"
    )
    sent: dict[str, list[tuple[bytes, bytes]]] = defaultdict(list)
    for name, topic in built.outputs.items():

        async def capture(*, key: bytes, value: bytes, _name: str = name, **_: Any) -> None:
            sent[_name].append((key, value))

        topic.send = capture
    yield built, sent


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_ingest_codes_valid_articles_and_dead_letters_the_rest(pipeline: Any) -> None:
    built, sent = pipeline

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            await agent.put(json.dumps(ARTICLE).encode(), key=b"a1")
            await agent.put(b"\xff not json", key=b"junk")
            await agent.put(json.dumps({**ARTICLE, "id": "a2", "body": ""}).encode(), key=b"a2")
            await agent.put(json.dumps(ARTICLE).encode(), key=b"a1")  # redelivery

    run(scenario())
    events = [Event.model_validate_json(v) for _, v in sent["events"]]
    assert sorted((e.source.code, e.target.code, e.code) for e in events) == [
        ("KOR", "JPN", "051"),
        ("PRK", "KOR", "111"),
    ]
    assert {k for k, _ in sent["events"]} == {b"JPN-KOR", b"KOR-PRK"}
    letters = [DeadLetter.model_validate_json(v) for _, v in sent["dead_letters"]]
    assert [(letter.error_type, letter.original) for letter in letters] == [
        ("invalid_json", b"\xff not json"),
        ("invalid_article", json.dumps({**ARTICLE, "id": "a2", "body": ""}).encode()),
    ]
    assert "body" in letters[1].errors[0].loc


def test_indicate_counts_each_event_once_and_honours_retractions(pipeline: Any) -> None:
    built, sent = pipeline
    published: list[list[IndicatorUpdate]] = []

    def take_published() -> list[IndicatorUpdate]:
        updates = [IndicatorUpdate.model_validate_json(v) for _, v in sent["indicators"]]
        sent["indicators"].clear()
        return updates

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            await agent.put(json.dumps(ARTICLE).encode(), key=b"a1")
        events = list(sent["events"])
        async with built.indicate.test_context() as agent:
            for key, value in events + events:  # everything delivered twice
                await agent.put(value, key=key)
            await asyncio.sleep(3 * INDICATE_WITHIN)  # the batch is published
            published.append(take_published())
            criticism = next(v for _, v in events if b'"111"' in v)
            retracted = Event.model_validate_json(criticism).model_copy(
                update={"status": "retracted"}
            )
            await agent.put(retracted.model_dump_json().encode(), key=b"KOR-PRK")
            await asyncio.sleep(3 * INDICATE_WITHIN)
            published.append(take_published())

    run(scenario())
    first, second = published
    # one update per key and window for the whole batch, duplicates counted once
    assert len({u.key for u in first}) == len(first) == 4 * 3  # 2 events x 2 histories
    week = {(u.pair, u.direction): u for u in first if u.window == 7}
    assert week[("PRK-KOR", "directed")].engagement == 1
    assert week[("PRK-KOR", "directed")].tension == 1.0
    assert week[("KOR-PRK", "undirected")].engagement == 1
    assert {u.window for u in first if u.pair == "KOR-PRK"} == {7, 30, 90}
    assert {u.as_of.isoformat() for u in first} == {"2025-01-06", "2025-01-07"}
    # the retraction publishes the criticism's histories again, now without it
    assert {(u.pair, u.direction) for u in second} == {
        ("PRK-KOR", "directed"),
        ("KOR-PRK", "undirected"),
    }
    assert all(u.engagement == 0 and u.tension is None for u in second)


def test_the_seen_table_forgets_articles_beyond_its_retention(
    pipeline: Any, monkeypatch: Any
) -> None:
    import streams.app as app_module

    built, _ = pipeline
    monkeypatch.setattr(app_module, "PRUNE_EVERY", 1)

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            for n, published in enumerate(["2020-01-01T00:00:00Z", "2025-01-01T00:00:00Z"]):
                body = {**ARTICLE, "id": f"n{n}", "published": published}
                await agent.put(json.dumps(body).encode(), key=f"n{n}".encode())

    run(scenario())
    assert set(built.articles_seen.keys()) == {"n1"}  # 2020 is over 400 days before 2025


def test_the_seen_table_stays_bounded_over_a_long_replay(pipeline: Any, monkeypatch: Any) -> None:
    """Two years of daily articles: the table never holds much more than the retention."""
    import datetime as dt

    import streams.app as app_module

    built, _ = pipeline
    monkeypatch.setattr(app_module, "PRUNE_EVERY", 10)
    retention = load_settings().topics.seen_retention_days
    sizes = []

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            for n in range(730):
                day = dt.date(2023, 1, 1) + dt.timedelta(days=n)
                body = {
                    **ARTICLE,
                    "id": f"d{n}",
                    "published": f"{day}T12:00:00Z",
                    "body": f"Germany praised France on day {n}.",
                }
                await agent.put(json.dumps(body).encode(), key=f"d{n}".encode())
                sizes.append(len(built.articles_seen))

    run(scenario())
    assert max(sizes) <= retention + 10
    assert sizes[-1] < 730
