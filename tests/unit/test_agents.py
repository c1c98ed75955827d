"""The agents in Faust's test context, on the RocksDB store the worker uses and on the
memory store: sends captured, no broker."""

import asyncio
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any
from unittest.mock import Mock

import pytest

from schemas import Alert, DeadLetter, Event, Happening, IndicatorUpdate
from streams.app import Pipeline, build_pipeline
from streams.indicator_agent import WITHIN as INDICATE_WITHIN
from streams.settings import load_settings
from tests.conftest import until
from tests.offline import recompute

ARTICLE = {
    "id": "a1",
    "outlet": "Wire",
    "title": "t",
    "body": "SEOUL, Jan. 7 (Wire) -- North Korea criticized South Korea on Monday. "
    "South Korea praised Japan.",
    "published": "2025-01-07T10:00:00+09:00",
}


def captured(
    store: str, app_id: str
) -> Iterator[tuple[Pipeline, dict[str, list[tuple[bytes, bytes]]]]]:
    built = build_pipeline(load_settings(), "127.0.0.1:1", app_id=app_id, store=store)
    sent: dict[str, list[tuple[bytes, bytes]]] = defaultdict(list)
    for name, topic in built.outputs.items():

        async def capture(*, key: bytes, value: bytes, _name: str = name) -> None:
            sent[_name].append((key, value))

        async def capture_all(records: list[tuple[bytes, bytes]], _name: str = name) -> None:
            sent[_name].extend(records)

        async def flush_all(_name: str = name) -> None:
            sent["flushes"].append((_name.encode(), str(len(sent["events"])).encode()))

        topic.send = topic.deliver = capture  # type: ignore[method-assign]
        topic.send_all = capture_all  # type: ignore[method-assign]
        topic.flush_all = flush_all  # type: ignore[method-assign]
    yield built, sent
    built.coding.close()  # the worker closes it on shutdown; the test context does not


@pytest.fixture(params=["rocksdb://", "memory://"])
def pipeline(
    request: pytest.FixtureRequest, unique: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Pipeline, dict[str, list[tuple[bytes, bytes]]]]]:
    monkeypatch.setenv("DYADWATCH_STATE_DIR", str(tmp_path / "state"))
    yield from captured(request.param, f"agents-{unique}")


@pytest.fixture(params=["rocksdb://", "memory://"])
def reports_pipeline(
    request: pytest.FixtureRequest, unique: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Pipeline, dict[str, list[tuple[bytes, bytes]]]]]:
    """Indicators counting reports: the alert tests send variants of one report, which
    counting happenings would rightly merge into one act."""
    monkeypatch.setenv("DYADWATCH_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("DYADWATCH_INDICATOR_UNIT", "reports")
    yield from captured(request.param, f"agents-{unique}")


@pytest.fixture
def memory_pipeline(unique: str) -> Iterator[tuple[Pipeline, dict[str, list[tuple[bytes, bytes]]]]]:
    """Memory tables, for tests that list a table: RocksDB lists only the partitions
    assigned to the worker, and the test context assigns none. The pipeline tests run
    the same pruning on RocksDB in a real worker."""
    yield from captured("memory://", f"agents-{unique}")


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
            await until(lambda: len(sent["dead_letters"]) == 2 and "a1" in built.articles_seen)

    run(scenario())
    events = [Event.model_validate_json(v) for _, v in sent["coded"]]
    assert sorted({(e.source.code, e.target.code, e.code) for e in events}) == [
        ("KOR", "JPN", "051"),
        ("PRK", "KOR", "111"),
    ]
    assert {e.outlet for e in events} == {"Wire"} and {e.happening_id for e in events} == {None}
    assert {k for k, _ in sent["coded"]} == {b"JPN-KOR", b"KOR-PRK"}
    # the redelivery publishes the same records again: a crash may have lost them
    assert sent["coded"][:2] == sent["coded"][2:]
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
            await until(lambda: len(sent["coded"]) == 2)
        events = list(sent["coded"])
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
    memory_pipeline: Any,
) -> None:
    built, _ = memory_pipeline

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            for n, published in enumerate(["2020-01-01T00:00:00Z", "2025-01-01T00:00:00Z"]):
                body = {**ARTICLE, "id": f"n{n}", "published": published}
                await agent.put(json.dumps(body).encode(), key=f"n{n}".encode())
                await until(lambda n=n: f"n{n}" in built.articles_seen)

    run(scenario())
    assert set(built.articles_seen.keys()) == {"n1"}  # 2020 is over 400 days before 2025


def test_the_seen_table_stays_bounded_over_a_long_replay(
    memory_pipeline: Any, monkeypatch: Any
) -> None:
    """Two years of daily articles: the table never holds much more than the retention,
    and is read once per step of the cutoff, not once per article."""
    import streams.ingest_agent as ingest_module

    built, _ = memory_pipeline
    monkeypatch.setattr(ingest_module, "WITHIN", 0.001)  # a batch per article
    retention = load_settings().topics.seen_retention_days
    step = retention // ingest_module.PRUNE_STEPS
    scans = Mock(wraps=ingest_module.expired)
    monkeypatch.setattr(ingest_module, "expired", scans)
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
                await until(lambda n=n: f"d{n}" in built.articles_seen)
                sizes.append(len(built.articles_seen))

    run(scenario())
    # a step late, or a tenth more articles than the table held at the last pruning
    assert max(sizes) <= (retention + step) * 1.1 + 1
    assert sizes[-1] < 730
    assert 730 // (2 * step) <= scans.call_count <= 730 // step + 1


def test_many_articles_of_one_day_read_the_seen_table_once(
    memory_pipeline: Any, monkeypatch: Any
) -> None:
    import streams.ingest_agent as ingest_module

    built, _ = memory_pipeline
    scans = Mock(wraps=ingest_module.expired)
    monkeypatch.setattr(ingest_module, "expired", scans)

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            for n in range(300):
                body = {**ARTICLE, "id": f"s{n}", "body": f"Germany praised France, {n}."}
                await agent.put(json.dumps(body).encode(), key=f"s{n}".encode())
            await until(lambda: "s299" in built.articles_seen)

    run(scenario())
    assert len(built.articles_seen) == 300
    assert scans.call_count == 1  # the first article's; the cutoff has not moved since


def events_around(built: Any, sent: Any) -> Any:
    """Code ARTICLE, then make variants of its North Korean criticism of South Korea:
    `variant(n, days_before, goldstein)` is a (key, value) record for the indicate agent."""

    async def code() -> Event:
        async with built.ingest.test_context() as agent:
            await agent.put(json.dumps(ARTICLE).encode(), key=b"a1")
            await until(lambda: len(sent["coded"]) == 2)
        return next(
            e for e in (Event.model_validate_json(v) for _, v in sent["coded"]) if e.code == "111"
        )

    criticism = run(code())
    day = criticism.event_date.date

    def variant(n: int, days_before: int, goldstein: float) -> tuple[bytes, bytes]:
        when = criticism.event_date.model_copy(update={"date": day - dt.timedelta(days_before)})
        event = criticism.model_copy(
            update={"event_id": f"{n:016x}", "goldstein": goldstein, "event_date": when}
        )
        return b"KOR-PRK", event.model_dump_json().encode()

    return variant


def alerts_of(sent: Any) -> list[tuple[str, str, dt.date]]:
    alerts = [Alert.model_validate_json(v) for _, v in sent["alerts"]]
    return sorted((a.pair, a.direction, a.as_of) for a in alerts)


def test_an_alert_agrees_with_the_indicators_published_with_it(reports_pipeline: Any) -> None:
    built, sent = reports_pipeline
    variant = events_around(built, sent)
    calm = [variant(n, 40 + n, 5.0) for n in range(10)]  # a friendly baseline
    storm = [variant(10 + n, 0, -8.0) for n in range(3)]  # then a hostile week

    async def scenario() -> None:
        async with built.indicate.test_context() as agent:
            for key, value in calm + storm:
                await agent.put(value, key=key)
            await until(lambda: len(sent["alerts"]) == 2)
            published = len(sent["indicators"])
            for key, value in storm:  # redelivered: counted once, no second alert
                await agent.put(value, key=key)
            await until(lambda: len(sent["indicators"]) >= published + 2 * 3)

    run(scenario())
    day = Event.model_validate_json(storm[0][1]).event_date.date
    assert alerts_of(sent) == [("KOR-PRK", "undirected", day), ("PRK-KOR", "directed", day)]
    week = {
        (u.pair, u.direction): u
        for u in (IndicatorUpdate.model_validate_json(v) for _, v in sent["indicators"])
        if u.window == 7
    }
    for alert in (Alert.model_validate_json(v) for _, v in sent["alerts"]):
        assert alert.tension_7d == week[(alert.pair, alert.direction)].tension == 1.0
        assert alert.events_7d == 3 and alert.baseline_90d < 1.0 - alert.margin


def test_a_replay_alerts_for_a_past_day_that_a_later_day_calms(reports_pipeline: Any) -> None:
    """All in one batch: the hostile day is checked before the calm day after it begins,
    though the batch ends on a calm week."""
    built, sent = reports_pipeline
    variant = events_around(built, sent)
    calm = [variant(n, 40 + n, 5.0) for n in range(10)]
    storm = [variant(10 + n, 1, -8.0) for n in range(3)]
    after = [variant(20 + n, 0, 7.0) for n in range(20)]

    async def scenario() -> None:
        async with built.indicate.test_context() as agent:
            for key, value in calm + storm + after:
                await agent.put(value, key=key)
            await until(lambda: any(u.as_of == last_day for u in weeks()))

    last_day = Event.model_validate_json(after[0][1]).event_date.date

    def weeks() -> list[IndicatorUpdate]:
        updates = (IndicatorUpdate.model_validate_json(v) for _, v in sent["indicators"])
        return [u for u in updates if u.window == 7 and u.pair == "PRK-KOR"]

    run(scenario())
    day = Event.model_validate_json(storm[0][1]).event_date.date
    assert alerts_of(sent) == [("KOR-PRK", "undirected", day), ("PRK-KOR", "directed", day)]
    final_week = weeks()[-1]
    assert final_week.as_of == last_day
    assert final_week.tension is not None and final_week.tension < 0.5


def test_partitions_moving_while_an_alert_is_delivered_lose_no_count(
    reports_pipeline: Any,
) -> None:
    """A rebalance can land while the agent awaits an alert's delivery, between reading
    a history and counting an event in it (the first calm day after a hostile one is
    checked first). The indicators published must still count that event: the worker
    forgets its cached histories only between batches."""
    built, sent = reports_pipeline
    variant = events_around(built, sent)
    calm = [variant(n, 40 + n, 5.0) for n in range(10)]
    storm = [variant(10 + n, 1, -8.0) for n in range(3)]
    after = [variant(20, 0, 7.0)]
    delivered = built.outputs["alerts"].deliver

    rebalances = []

    async def rebalanced_meanwhile(*, key: bytes, value: bytes) -> None:
        rebalances.append(key)
        await built.app.on_partitions_assigned.send(set())
        await delivered(key=key, value=value)

    built.outputs["alerts"].deliver = rebalanced_meanwhile  # type: ignore[method-assign]

    async def scenario() -> None:
        async with built.indicate.test_context() as agent:
            for key, value in calm + storm + after:
                await agent.put(value, key=key)
            await until(lambda: len(sent["events"]) == len(calm + storm + after))

    run(scenario())
    storm_day, last_day = (
        Event.model_validate_json(r[1]).event_date.date for r in storm[:1] + after
    )
    assert sorted(day for _, _, day in alerts_of(sent)) == [
        storm_day,
        storm_day,
        last_day,
        last_day,
    ]
    assert len(rebalances) == 4
    events = [Event.model_validate_json(v) for _, v in sent["events"]]
    published = (IndicatorUpdate.model_validate_json(v) for _, v in sent["indicators"])
    assert {u.key: u for u in published} == recompute(events, unit="reports")


def test_a_hostile_week_reported_after_later_days_still_alerts(reports_pipeline: Any) -> None:
    """Reports of a past week arrive after the pair's history has moved on (a revision,
    or a replay out of date order): the alert is raised as of their day."""
    built, sent = reports_pipeline
    variant = events_around(built, sent)
    calm = [variant(n, 40 + n, 5.0) for n in range(10)]
    later = [variant(20 + n, 0, 7.0) for n in range(2)]
    storm = [variant(10 + n, 20, -8.0) for n in range(3)]

    async def scenario() -> None:
        async with built.indicate.test_context() as agent:
            for key, value in calm + later + storm:
                await agent.put(value, key=key)
            await until(lambda: len(sent["alerts"]) == 2)

    run(scenario())
    day = Event.model_validate_json(storm[0][1]).event_date.date
    assert alerts_of(sent) == [("KOR-PRK", "undirected", day), ("PRK-KOR", "directed", day)]


def dated_year_one(record: bytes) -> bytes:
    """A valid event dated the first day of year 1: its day before does not exist."""
    event = Event.model_validate_json(record)
    when = event.event_date.model_copy(update={"date": dt.date(1, 1, 1), "basis": "publication"})
    return (
        event.model_copy(update={"event_id": "0" * 16, "event_date": when})
        .model_dump_json()
        .encode()
    )


@pytest.mark.parametrize(
    ("bad", "error_type", "detail"),
    [
        (lambda _: b'{"event_id": "half an event"}', "invalid_event", "article_id"),
        (dated_year_one, "uncountable_event", "OverflowError"),  # no check foresaw it
    ],
    ids=["not an event", "not countable"],
)
def test_a_bad_event_record_is_a_dead_letter_and_the_rest_are_counted(
    pipeline: Any, bad: Any, error_type: str, detail: str
) -> None:
    built, sent = pipeline

    async def scenario() -> None:
        async with built.ingest.test_context() as agent:
            await agent.put(json.dumps(ARTICLE).encode(), key=b"a1")
            await until(lambda: len(sent["coded"]) == 2)
        (first, second) = list(sent["coded"])
        async with built.indicate.test_context() as agent:
            await agent.put(first[1], key=first[0])
            await agent.put(bad(first[1]), key=first[0])
            await agent.put(second[1], key=second[0])
            await until(lambda: len(sent["dead_letters"]) == 1 and len(sent["indicators"]) == 4 * 3)

    run(scenario())
    (letter,) = [DeadLetter.model_validate_json(v) for _, v in sent["dead_letters"]]
    assert letter.error_type == error_type and letter.source_topic.endswith("events.coded")
    assert any(detail in f"{e.loc} {e.message}" for e in letter.errors)
    counted = {IndicatorUpdate.model_validate_json(v).pair for _, v in sent["indicators"]}
    assert counted == {"KOR-JPN", "JPN-KOR", "PRK-KOR", "KOR-PRK"}


def test_two_outlets_reporting_one_act_make_one_happening(pipeline: Any) -> None:
    """The same criticism from a second outlet a day later joins the first report's
    happening; a threat the same day stays apart; the indicators count two acts from
    three reports, and retracting reports takes them out exactly."""
    built, sent = pipeline
    variant = events_around(built, sent)
    first = Event.model_validate_json(variant(1, 1, -2.0)[1])
    second = first.model_copy(
        update={
            "event_id": f"{2:016x}",
            "article_id": "a2",
            "outlet": "Other Wire",
            "published": first.published + dt.timedelta(days=1),
            "event_date": first.event_date.model_copy(
                update={"date": first.event_date.date + dt.timedelta(days=1)}
            ),
        }
    )
    threat = first.model_copy(
        update={"event_id": f"{3:016x}", "code": "130", "root_code": "13", "quad_class": 3}
    )
    records = [(b"KOR-PRK", e.model_dump_json().encode()) for e in (first, second, threat)]

    def week() -> IndicatorUpdate:
        updates = [IndicatorUpdate.model_validate_json(v) for _, v in sent["indicators"]]
        return [u for u in updates if u.pair == "PRK-KOR" and u.window == 7][-1]

    async def scenario() -> None:
        async with built.indicate.test_context() as agent:
            for key, value in records + records:  # redelivered: nothing changes
                await agent.put(value, key=key)
            await until(lambda: len(sent["events"]) == 6)
            counted.append(week())
            gone = second.model_copy(update={"status": "retracted"})
            await agent.put(gone.model_dump_json().encode(), key=b"KOR-PRK")
            await until(lambda: len(sent["events"]) == 7)
            counted.append(week())
            for event in (first, threat):
                gone = event.model_copy(update={"status": "retracted"})
                await agent.put(gone.model_dump_json().encode(), key=b"KOR-PRK")
            await until(lambda: len(sent["events"]) == 9)
            counted.append(week())

    counted: list[IndicatorUpdate] = []
    run(scenario())
    out = [Event.model_validate_json(v) for _, v in sent["events"]]
    ids = {e.event_id: e.happening_id for e in out}
    assert ids[first.event_id] == ids[second.event_id] != ids[threat.event_id]
    assert all(e.happening_id for e in out)
    happenings = [Happening.model_validate_json(v) for _, v in sent["happenings"]]
    shared = [h for h in happenings if h.happening_id == ids[first.event_id]]
    peak = max(shared, key=lambda h: h.mentions)  # published once per batch, latest state
    assert (peak.mentions, peak.articles, peak.outlets) == (2, 2, 2)
    assert peak.representative == first.event_id  # the earlier report of the same code
    assert [h.status for h in shared][-1] == "retracted"
    # every batch of grouped events went out after the tables' changelog was flushed
    assert sent["flushes"] and all(n == b"0" for _, n in sent["flushes"][:1])
    full, fewer, none = counted
    assert (full.engagement, full.reports, full.unit) == (2, 3, "happenings")
    assert (fewer.engagement, fewer.reports) == (2, 2)
    assert (none.engagement, none.reports) == (0, 0)
