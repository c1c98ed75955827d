"""What the feed knows: the latest indicators, the events with their articles, the
alerts, kept in memory from the topics and queried by the API. No Kafka here."""

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from schemas import Alert, Article, Event, Happening, IndicatorUpdate, Unit
from schemas.event import actor_root
from streams.happenings import Tally
from streams.indicators import DayBucket, bucket_keys, indicator

SortKey = Literal["tension_low", "tension", "engagement", "trend"]


@dataclass(frozen=True)
class ArticleInfo:
    title: str
    outlet: str
    published: dt.datetime


@dataclass
class FeedState:
    """Thread-safe: consumer threads write, request handlers read."""

    max_events: int = 100_000
    unit: Unit = "happenings"
    indicators: dict[str, IndicatorUpdate] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    alerts: dict[str, Alert] = field(default_factory=dict)
    happenings: dict[str, Happening] = field(default_factory=dict)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    days: dict[tuple[str, str], dict[dt.date, DayBucket]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    listeners: list[Callable[[str, dict[str, Any]], None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    tally: Tally = field(init=False)

    def __post_init__(self) -> None:
        self.tally = Tally(self.unit)

    # --- writes (from the consumers)
    def add_indicator(self, update: IndicatorUpdate) -> None:
        with self.lock:
            self.indicators[update.key] = update
        self._notify("indicator", update.model_dump(mode="json"))

    def add_event(self, event: Event) -> None:
        with self.lock:
            for unit in self.tally.apply(event):
                for pair, direction in bucket_keys(unit):
                    days = self.days[(pair, direction)]
                    days.setdefault(unit.day, DayBucket()).apply(unit)
            if event.status == "retracted":
                self.events.pop(event.event_id, None)
            elif len(self.events) < self.max_events:
                self.events[event.event_id] = event

    def add_happening(self, happening: Happening) -> None:
        with self.lock:
            if happening.status == "retracted":
                self.happenings.pop(happening.happening_id, None)
            else:
                self.happenings[happening.happening_id] = happening

    def add_alert(self, alert: Alert) -> None:
        with self.lock:
            self.alerts[alert.alert_id] = alert
        self._notify("alert", alert.model_dump(mode="json"))

    def add_article(self, article: Article) -> None:
        with self.lock:
            self.articles[article.id] = ArticleInfo(
                article.title, article.outlet, article.published
            )

    def _notify(self, kind: str, data: dict[str, Any]) -> None:
        for listener in list(self.listeners):
            listener(kind, data)

    # --- reads (from the API)
    def pairs(
        self, *, window: int, direction: str, actor: str | None, sort: SortKey, limit: int
    ) -> list[IndicatorUpdate]:
        with self.lock:
            found = [
                u
                for u in self.indicators.values()
                if u.window == window
                and u.direction == direction
                and (actor is None or actor in u.pair.split("-"))
            ]

        def value(update: IndicatorUpdate) -> float:
            figure = getattr(update, sort)
            return float("-inf") if figure is None else float(figure)

        return sorted(found, key=lambda u: (-value(u), -u.engagement, u.pair))[:limit]

    def series(
        self, pair: str, direction: str, window: int, days: int, end: dt.date | None = None
    ) -> list[IndicatorUpdate]:
        """The indicator of `pair` for each of the `days` days ending on `end` (default:
        the pair's latest event day)."""
        with self.lock:  # reads only the days it needs; nothing is copied
            if end is None:
                current = self.indicators.get(f"{pair}|{direction}|{window}")
                if current is None:
                    return []
                end = current.as_of
            history = self.days.get((pair, direction), {})
            return [
                indicator(pair, direction, window, end - dt.timedelta(days=n), history, self.unit)
                for n in range(days - 1, -1, -1)
            ]

    def find_events(
        self, *, pair: str | None, since: dt.date | None, code: str | None, limit: int
    ) -> list[tuple[Event, ArticleInfo | None, Happening | None]]:
        wanted = set(pair.split("-")) if pair else None
        with self.lock:
            found = [
                e
                for e in self.events.values()
                if (
                    wanted is None
                    or {actor_root(e.source.code), actor_root(e.target.code)} == wanted
                )
                and (since is None or e.event_date.date >= since)
                and (code is None or e.code.startswith(code))
            ]
            found.sort(key=lambda e: (e.event_date.date, e.published, e.event_id), reverse=True)
            return [
                (
                    e,
                    self.articles.get(e.article_id),
                    self.happenings.get(e.happening_id) if e.happening_id else None,
                )
                for e in found[:limit]
            ]

    def recent_alerts(self, limit: int) -> list[Alert]:
        with self.lock:
            return sorted(self.alerts.values(), key=lambda a: (a.as_of, a.raised_at), reverse=True)[
                :limit
            ]
