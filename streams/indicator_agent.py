"""The indicator agent: coded events -> happenings -> pair histories -> indicators, alerts.

Each coded event joins a happening (streams/happenings.py) and goes out on the events
topic saying which; the unit the indicators count (the happening's representative, or
the event itself) changes in its pair's histories. A batch of events is counted, then
each touched history is published once, and each changed table entry written once
(streams/table_writes.py): under a backlog, a busy pair's figures and state go out
once per batch instead of once per event. A history is published even when its event
was a redelivery: its update may be the one a crash lost, and publishing the same
figures again is harmless. A record that is not an event, or one that cannot be counted
(a valid event no check foresaw, say dated the first day of year 1), is a dead letter.

Alerts are checked as of a history's latest day at the end of each batch, as of each
latest day just before a later day replaces it, and as of the day of a report that
arrives after later days (a revision, or a replay out of date order): a replay alerts
for every day of its past, a live pair at every batch.
"""

import datetime as dt
from typing import Any

from schemas import Alert, ErrorDetail, Event, Unit
from streams.happenings import HappeningStore, changed_units
from streams.histories import HistoryStore
from streams.indicators import AlertRule, Counted, PairHistory, bucket_keys
from streams.ingest import IngestError, decode_event
from streams.ingest_agent import refuse
from streams.outputs import Output
from streams.table_writes import BatchWrites, handling

BATCH = 2000
WITHIN = 0.2
"""Indicators are published after at most this many events or seconds."""


class IndicatorAgent:
    """Keeps `histories` and `happenings` (None: grouping off, every report counts);
    `alerts_raised` maps alert id -> True once its alert is sent."""

    def __init__(
        self,
        topic: str,
        histories: HistoryStore,
        happenings: HappeningStore | None,
        unit: Unit,
        alerts_raised: Any,
        rule: AlertRule,
        outputs: dict[str, Output],
        writes: BatchWrites,
    ) -> None:
        self.topic, self.histories, self.alerts_raised = topic, histories, alerts_raised
        self.happenings = happenings
        self.unit: Unit = unit if happenings is not None else "reports"
        self.rule = rule
        self.events, self.happening_updates = outputs["events"], outputs["happenings"]
        self.indicators, self.alerts = outputs["indicators"], outputs["alerts"]
        self.dead_letters = outputs["dead_letters"]
        self.writes = writes

    async def run(self, stream: Any) -> None:
        """The agent's body. Faust acknowledges a batch after it has been handled."""
        async for batch in stream.take_events(BATCH, within=WITHIN):
            self.writes.discard()
            touched: dict[tuple[str, str], tuple[Any, PairHistory]] = {}
            grouped: list[tuple[bytes, bytes]] = []
            happenings: dict[str, bytes] = {}
            for message in batch:
                try:
                    event = decode_event(message.value)
                except IngestError as exc:
                    await refuse(self.dead_letters, self.topic, message, exc)
                    continue
                with handling(message):
                    try:
                        event, units = self.group(event, happenings)
                        counted = await self.count(units)
                    except Exception as exc:  # no record may stop the indicators
                        detail = ErrorDetail(message=f"{type(exc).__name__}: {exc}")
                        error = IngestError("uncountable_event", [detail])
                        await refuse(self.dead_letters, self.topic, message, error)
                        continue
                    for key, history in counted:
                        touched[key] = (message, history)
                grouped.append((message.key, event.model_dump_json().encode()))
            self.writes.flush()
            if self.happenings is not None:
                # the happening tables' changelog first: an event published with its
                # happening must find its membership again after any crash
                await self.events.flush_all()
            await self.events.send_all(grouped)
            await self.happening_updates.send_all([(k.encode(), v) for k, v in happenings.items()])
            await self.indicators.send_all(
                [
                    (update.key.encode(), update.model_dump_json().encode())
                    for (pair, direction), (_, history) in touched.items()
                    for update in history.updates(pair, direction, self.unit)
                ]
            )
            for (pair, direction), (message, history) in touched.items():
                with handling(message):
                    await self.raise_alert(pair, direction, history)

    def group(self, event: Event, changed: dict[str, bytes]) -> tuple[Event, list[Counted]]:
        """The event as it goes out (with its happening) and the units it changes: the
        event itself, or its happening's unit (withdrawn from its old day if it moved)."""
        if self.happenings is not None:
            change = self.happenings.apply(event)
            if change.happening is not None:
                happening = change.happening
                changed[happening.happening_id] = happening.model_dump_json().encode()
            event = event.model_copy(update={"happening_id": change.happening_id})
            if self.unit == "happenings":
                return event, changed_units(change.before, change.after)
        return event, [Counted.of_event(event)]

    async def count(self, units: list[Counted]) -> list[tuple[tuple[str, str], PairHistory]]:
        """Count `units` (of one pair) in their histories, read all before any changes
        (see HistoryStore.apply). A unit of a later day ends a history's latest day:
        that day's alert check comes first, with every unit of the day seen."""
        keys = list(dict.fromkeys(key for unit in units for key in bucket_keys(unit)))
        counted = [(key, self.histories.get(*key)) for key in keys]
        for unit in units:
            day = unit.day
            for (pair, direction), history in counted:
                if history.latest is not None and day > history.latest:
                    await self.raise_alert(pair, direction, history)
                self.histories.apply(pair, direction, unit, history)
                if history.latest is not None and day < history.latest:
                    await self.raise_alert(pair, direction, history, as_of=day)  # a late report
        return counted

    async def raise_alert(
        self, pair: str, direction: str, history: PairHistory, as_of: dt.date | None = None
    ) -> None:
        """Alert once per pair, direction and day (the history's latest, or `as_of` for
        a report of an earlier day) when the rule fires; at least once after a crash."""
        as_of = as_of or history.latest
        week = history.figures(7, as_of)
        if not self.rule.may_fire(week):
            return  # no 90-day baseline can make this week alarming: skip computing it
        quarter = history.figures(90, as_of)
        alert_id = f"{pair}|{direction}|{as_of}"
        if self.rule.fires(week, quarter) and self.alerts_raised.get(alert_id) is None:
            alert = Alert(
                alert_id=alert_id,
                pair=pair,
                direction=direction,
                as_of=as_of,
                tension_7d=week.tension or 0.0,
                baseline_90d=quarter.tension or 0.0,
                margin=self.rule.margin,
                events_7d=week.engagement,
                raised_at=dt.datetime.now(dt.UTC),
            )
            # delivered before it is remembered: a crash in between raises it again
            await self.alerts.deliver(key=pair.encode(), value=alert.model_dump_json().encode())
            self.alerts_raised[alert_id] = True
