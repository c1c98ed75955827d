"""Publishing without Faust's per-record guard: what is sent, and what a failure logs."""

import asyncio
import logging
from typing import Any

import pytest

from streams.app import build_pipeline
from streams.outputs import Output, ProducerTopic, started_producer
from streams.settings import load_settings


class FakeProducer:
    def __init__(self, started: bool, error: Exception | None = None) -> None:
        self.started, self.error, self.sent = started, error, []

    async def send(self, topic: str, key: bytes, value: bytes, *rest: Any) -> asyncio.Future[Any]:
        self.sent.append((topic, key, value, rest))
        delivery = asyncio.get_running_loop().create_future()
        if self.error:
            delivery.set_exception(self.error)
        else:
            delivery.set_result(None)
        return delivery


class FakeApp:
    in_transaction = False

    def __init__(self, producer: FakeProducer) -> None:
        self.producer, self.guarded_calls = producer, 0

    async def maybe_start_producer(self) -> FakeProducer:
        self.guarded_calls += 1
        self.producer.started = True
        return self.producer


def test_the_guarded_start_is_called_only_until_the_producer_runs() -> None:
    app = FakeApp(FakeProducer(started=False))

    async def scenario() -> None:
        for _ in range(3):
            assert await started_producer(app) is app.producer

    asyncio.run(scenario())
    assert app.guarded_calls == 1


def test_output_sends_raw_bytes_and_logs_a_failed_delivery(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = FakeApp(FakeProducer(started=True, error=RuntimeError("broker said no")))
    output = Output(app, "indicators")

    async def scenario() -> None:
        await output.send(key=b"KOR-PRK|directed|7", value=b"{}")
        await asyncio.sleep(0)  # the delivery callback runs on the next loop turn

    with caplog.at_level(logging.ERROR, logger="dyadwatch"):
        asyncio.run(scenario())
    assert app.producer.sent == [("indicators", b"KOR-PRK|directed|7", b"{}", (None, None, None))]
    assert "publishing to indicators failed" in caplog.text and "broker said no" in caplog.text


def test_the_worker_s_tables_write_their_changelogs_through_producer_topic(unique: str) -> None:
    built = build_pipeline(
        load_settings(), "127.0.0.1:1", app_id=f"out-{unique}", store="memory://"
    )
    assert isinstance(built.articles_seen.changelog_topic, ProducerTopic)
    assert isinstance(built.histories.days.table.changelog_topic, ProducerTopic)
