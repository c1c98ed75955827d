"""The pipeline computed offline, in process, with the same functions the worker uses:
the expected output that real-broker tests compare against, and data for feed tests."""

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from schemas import Event, Happening, IndicatorUpdate, Unit
from streams.happenings import Tally
from streams.indicators import WINDOWS, DayBucket, bucket_keys, indicator


def offline_events(paths: list[Path]) -> list[Event]:
    """The events topic an uninterrupted worker would produce for a replay of `paths`,
    computed in process with the same coder and plan."""
    from streams.article_coding import code_message
    from streams.coding import Coder
    from streams.fixtures import load_fixtures
    from streams.ingest import plan_update
    from streams.replay import encode

    coder = Coder()
    seen: dict[str, Any] = {}
    produced: list[Event] = []
    for article in load_fixtures(paths).articles:
        coded = code_message(coder, encode(article)[1])
        plan = plan_update(seen.get(coded.article_id), coded)
        produced.extend(Event.model_validate_json(e.json) for e in [*plan.retract, *plan.publish])
        if plan.state is not None:
            seen[coded.article_id] = plan.state
    return produced


def offline_grouped(events: list[Event]) -> tuple[list[Event], dict[str, Happening]]:
    """The events as the indicate agent publishes them (each with its happening, in this
    order), and the happenings' latest states."""
    from streams.happenings import HappeningRule, HappeningStore

    store = HappeningStore({}, {}, {}, HappeningRule())
    grouped, happenings = [], {}
    for event in events:
        change = store.apply(event)
        grouped.append(event.model_copy(update={"happening_id": change.happening_id}))
        if change.happening is not None:
            happenings[change.happening.happening_id] = change.happening
    return grouped, happenings


def recompute(events: list[Event], unit: Unit = "happenings") -> dict[str, IndicatorUpdate]:
    """The latest indicator per key, computed offline from the events topic (whose
    events say their happening) with the worker's rule for `unit`."""
    days: dict[tuple[str, str], dict[dt.date, DayBucket]] = defaultdict(dict)
    latest: dict[tuple[str, str], dt.date] = {}
    tally = Tally(unit)
    for event in events:
        for counted in tally.apply(event):
            for key in bucket_keys(counted):
                if days[key].setdefault(counted.day, DayBucket()).apply(counted):
                    latest[key] = max(counted.day, latest.get(key, counted.day))
    result = {}
    for (pair, direction), as_of in latest.items():
        for window in WINDOWS:
            update = indicator(pair, direction, window, as_of, days[(pair, direction)], unit)
            result[update.key] = update
    return result
