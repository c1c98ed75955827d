"""Background threads that read the topics into a FeedState.

Each topic is read from the beginning without a consumer group, so every feed
instance holds every pair whatever the worker partitions are."""

import logging
import threading
from collections.abc import Callable

from kafka import KafkaConsumer
from kafka.errors import KafkaError
from pydantic import ValidationError

from schemas import Alert, Article, Event, IndicatorUpdate
from streams.feed.state import FeedState
from streams.kafka_clients import make_consumer
from streams.settings import Settings

log = logging.getLogger("dyadwatch.feed")


class TopicViews:
    """Start with `start()`; `health()` reports reachability and lag; `stop()` ends."""

    def __init__(self, settings: Settings, bootstrap: str, state: FeedState) -> None:
        topics = settings.topics
        self._settings, self._bootstrap, self._state = settings, bootstrap, state
        self._handlers: dict[str, Callable[[bytes], None]] = {
            topics.articles: lambda v: state.add_article(Article.model_validate_json(v)),
            topics.events: lambda v: state.add_event(Event.model_validate_json(v)),
            topics.indicators: lambda v: state.add_indicator(
                IndicatorUpdate.model_validate_json(v)
            ),
            topics.alerts: lambda v: state.add_alert(Alert.model_validate_json(v)),
        }
        self._stop = threading.Event()
        self._consumer: KafkaConsumer | None = None
        self._thread = threading.Thread(target=self._run, name="feed-views", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._consumer = make_consumer(
                    self._settings.kafka, self._bootstrap, *self._handlers, group_id=None
                )
                self._consume(self._consumer)
            except KafkaError as exc:  # broker away: say so, wait, try again
                log.warning("feed cannot read the topics (%s); retrying", exc)
                self._stop.wait(2)
            finally:
                if self._consumer is not None:
                    self._consumer.close()
                    self._consumer = None

    def _consume(self, consumer: KafkaConsumer) -> None:
        while not self._stop.is_set():
            for partition, records in consumer.poll(timeout_ms=500).items():
                handle = self._handlers[partition.topic]
                for record in records:
                    try:
                        handle(record.value)
                    except ValidationError:  # the articles topic may hold junk: skip it
                        continue

    def health(self) -> tuple[bool, dict[str, int]]:
        consumer = self._consumer
        if consumer is None:
            return False, {}
        try:
            assigned = consumer.assignment()
            ends = consumer.end_offsets(list(assigned)) if assigned else {}
            lag: dict[str, int] = {}
            for partition, end in ends.items():
                behind = max(0, end - consumer.position(partition))
                lag[partition.topic] = lag.get(partition.topic, 0) + behind
            return bool(consumer.bootstrap_connected()), lag
        except (KafkaError, AssertionError):
            return False, {}
