"""Publishing articles to the `articles` topic at a chosen pace."""

import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kafka import KafkaProducer

from schemas import Article


@dataclass
class ReplaySummary:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def encode(article: Article) -> tuple[bytes, bytes]:
    """(key, value) of an article's message: key = id, value = the JSON document."""
    return article.id.encode(), article.model_dump_json(exclude_none=True).encode()


def pacing(articles: Sequence[Article], rate: float, speedup: float | None) -> list[float]:
    """Seconds to wait before each article.

    `speedup` keeps the original spacing of publication times, `speedup` times
    faster; otherwise `rate` articles per second (0 = no waiting).
    """
    if speedup:
        waits = [0.0]
        for before, after in itertools.pairwise(articles):
            gap = (after.published - before.published).total_seconds()
            waits.append(max(gap, 0.0) / speedup)
        return waits
    step = 1.0 / rate if rate > 0 else 0.0
    return [0.0] + [step] * (len(articles) - 1) if articles else []


def replay(
    producer: KafkaProducer,
    topic: str,
    articles: Sequence[Article],
    *,
    rate: float = 0.0,
    speedup: float | None = None,
    on_sent: Callable[[Article], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> ReplaySummary:
    """Send `articles` once, in order, and wait until the broker acknowledged each.

    Waits are kept against a schedule from the start, so slow sends do not
    make a `--rate` replay drift slower.
    """
    summary = ReplaySummary()
    pending = []
    start, due = clock(), 0.0
    for article, wait in zip(articles, pacing(articles, rate, speedup), strict=True):
        due += wait
        delay = start + due - clock()
        if delay > 0:
            sleep(delay)
        key, value = encode(article)
        pending.append((article, producer.send(topic, key=key, value=value)))
        if on_sent:
            on_sent(article)
    producer.flush()
    for article, future in pending:
        try:
            future.get(timeout=30)
            summary.sent += 1
        except Exception as exc:  # any delivery failure is counted and named, never raised
            summary.failed += 1
            summary.errors.append(f"{article.id}: {exc}")
    return summary
