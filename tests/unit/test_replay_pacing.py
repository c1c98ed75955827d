"""Replay pacing, with a fake clock: --rate, --speedup, and no drift."""

import datetime as dt
from typing import Any

from schemas import Article
from streams.replay import encode, pacing, replay


def article(ident: str, minutes: int) -> Article:
    published = dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes)
    return Article(id=ident, outlet="o", title="t", body="b", published=published)


ARTICLES = [article("a", 0), article("b", 10), article("c", 10), article("d", 70)]


def test_rate_spaces_articles_evenly() -> None:
    assert pacing(ARTICLES, rate=4, speedup=None) == [0.0, 0.25, 0.25, 0.25]
    assert pacing(ARTICLES, rate=0, speedup=None) == [0.0, 0.0, 0.0, 0.0]
    assert pacing([], rate=4, speedup=None) == []


def test_speedup_keeps_publication_spacing() -> None:
    assert pacing(ARTICLES, rate=0, speedup=60) == [0.0, 10.0, 0.0, 60.0]


def test_encode_keys_by_id_and_drops_nulls() -> None:
    key, value = encode(ARTICLES[0])
    assert key == b"a"
    assert Article.model_validate_json(value) == ARTICLES[0]
    assert b'"url"' not in value


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes]] = []

    def send(self, topic: str, key: bytes, value: bytes) -> Any:
        self.sent.append((topic, key, value))
        return self

    def get(self, timeout: float) -> None:
        if self.sent[-1][1] == b"boom":
            raise TimeoutError("no ack")

    def flush(self) -> None:
        pass


def test_replay_keeps_a_schedule_rather_than_sleeping_blindly() -> None:
    now = [0.0]
    slept: list[float] = []

    def clock() -> float:
        now[0] += 0.1  # every send costs 0.1 s
        return now[0]

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 6))
        now[0] += seconds

    producer = FakeProducer()
    summary = replay(producer, "t", ARTICLES, rate=2, clock=clock, sleep=sleep)  # type: ignore[arg-type]
    assert summary.sent == 4 and summary.failed == 0
    assert [key for _, key, _ in producer.sent] == [b"a", b"b", b"c", b"d"]
    assert slept == [0.3, 0.4, 0.4]  # 0.5 s steps minus the 0.1 s each send used
