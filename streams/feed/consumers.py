"""A background thread that reads the topics into a FeedState.

Each topic is read from the beginning without a consumer group, so every feed
instance holds every pair whatever the worker partitions are. Reachability and
lag are measured in the same thread (kafka-python consumers are not thread-safe)
and cached for `/api/health`."""

import logging
import threading
import time
from collections.abc import Callable

from kafka import KafkaConsumer
from kafka.errors import KafkaError
from pydantic import ValidationError

from schemas import Alert, Article, Event, Happening, IndicatorUpdate
from streams.feed.state import FeedState
from streams.kafka_clients import make_consumer
from streams.settings import Settings

log = logging.getLogger("dyadwatch.feed")
HEALTH_EVERY = 2.0
"""Seconds between two measurements of reachability and lag."""


class TopicViews:
    """Start with `start()`; `health()` reports reachability and lag; `stop()` ends."""

    def __init__(self, settings: Settings, bootstrap: str, state: FeedState) -> None:
        topics = settings.topics
        self._settings, self._bootstrap = settings, bootstrap
        self._handlers: dict[str, Callable[[bytes], None]] = {
            topics.articles: lambda v: state.add_article(Article.model_validate_json(v)),
            topics.events: lambda v: state.add_event(Event.model_validate_json(v)),
            topics.happenings: lambda v: state.add_happening(Happening.model_validate_json(v)),
            topics.indicators: lambda v: state.add_indicator(
                IndicatorUpdate.model_validate_json(v)
            ),
            topics.alerts: lambda v: state.add_alert(Alert.model_validate_json(v)),
        }
        self._stop = threading.Event()
        self._health: tuple[bool, dict[str, int], float] = (False, {}, time.monotonic())
        self._thread = threading.Thread(target=self._run, name="feed-views", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        wait = 0.5
        while not self._stop.is_set():
            consumer = None
            try:
                consumer = make_consumer(
                    self._settings.kafka,
                    self._bootstrap,
                    *self._handlers,
                    group_id=None,
                    bootstrap_timeout_ms=3000,
                )
                wait = 0.5
                self._consume(consumer)
            except KafkaError as exc:  # broker away: say so, back off, try again
                log.warning(
                    "feed cannot reach %s (%s); retrying in %.1fs",
                    self._bootstrap,
                    type(exc).__name__,
                    wait,
                )
                self._health = (False, {}, time.monotonic())
                self._stop.wait(wait)
                wait = min(wait * 2, 10.0)
            finally:
                if consumer is not None:
                    consumer.close()

    def _consume(self, consumer: KafkaConsumer) -> None:
        checked = 0.0
        while not self._stop.is_set():
            if time.monotonic() - checked >= HEALTH_EVERY:
                self._health = (*self._measure(consumer), time.monotonic())
                checked = time.monotonic()
            for partition, records in consumer.poll(timeout_ms=500).items():
                handle = self._handlers[partition.topic]
                for record in records:
                    try:
                        handle(record.value)
                    except ValidationError:  # the articles topic may hold junk: skip it
                        continue

    @staticmethod
    def _measure(consumer: KafkaConsumer) -> tuple[bool, dict[str, int]]:
        try:
            assigned = list(consumer.assignment())
            ends = consumer.end_offsets(assigned) if assigned else {}
        except KafkaError:
            return False, {}
        lag: dict[str, int] = {}
        for partition, listed in ends.items():
            # the embedded broker lists too low an end offset; the fetched high-water
            # mark is right (see kafka_clients.read_to_end)
            end = max(listed, consumer.highwater(partition) or 0)
            lag[partition.topic] = lag.get(partition.topic, 0) + max(
                0, end - consumer.position(partition)
            )
        return True, lag

    def health(self) -> tuple[bool, dict[str, int]]:
        reachable, lag, measured = self._health
        fresh = time.monotonic() - measured < 4 * HEALTH_EVERY + 5
        return reachable and fresh, lag
