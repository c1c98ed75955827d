"""`dyadwatch tail`: follow the events, happenings, indicators or alerts topic."""

import json

from pydantic import ValidationError

from schemas import Alert, Event, Happening, IndicatorUpdate
from schemas.event import actor_root


def pair_matches(pair: str | None, a: str, b: str) -> bool:
    """`--pair USA-PRK` matches both directions of the pair."""
    if pair is None:
        return True
    wanted = set(pair.upper().split("-", 1))
    return {a, b} == wanted


def describe(kind: str, value: bytes, pair: str | None, as_json: bool) -> str | None:
    """One line for a record, or None when it does not match `pair` (or is unreadable)."""
    try:
        if kind == "events":
            event = Event.model_validate_json(value)
            src, tgt = actor_root(event.source.code), actor_root(event.target.code)
            if not pair_matches(pair, src, tgt):
                return None
            flag = " RETRACTED" if event.status == "retracted" else ""
            text = (
                f"{event.event_date.date} {event.source.code}->{event.target.code} "
                f"{event.code} ({event.goldstein:+.1f}){flag}  {event.sentence[:100]}"
            )
        elif kind == "happenings":
            happening = Happening.model_validate_json(value)
            if not pair_matches(pair, *happening.pair.split("-", 1)):
                return None
            if happening.status == "retracted" or happening.event_date is None:
                text = f"{happening.happening_id} {happening.pair} RETRACTED"
            else:
                text = (
                    f"{happening.event_date.date} {happening.source}->{happening.target} "
                    f"{happening.code}  {happening.mentions} reports, {happening.articles} "
                    f"articles, {happening.outlets} outlets  {happening.happening_id}"
                )
        elif kind == "indicators":
            update = IndicatorUpdate.model_validate_json(value)
            if not pair_matches(pair, *update.pair.split("-", 1)):
                return None
            tension = "-" if update.tension is None else f"{update.tension:.2f}"
            trend = "" if update.trend is None else f" trend {update.trend:+.2f}"
            text = (
                f"{update.as_of} {update.pair} {update.direction} {update.window}d "
                f"tension {tension} engagement {update.engagement} {update.unit}"
                f" ({update.reports} reports){trend}"
            )
        else:
            alert = Alert.model_validate_json(value)
            if not pair_matches(pair, *alert.pair.split("-", 1)):
                return None
            text = (
                f"{alert.as_of} ALERT {alert.pair} {alert.direction}: 7-day tension "
                f"{alert.tension_7d:.2f} vs 90-day {alert.baseline_90d:.2f} "
                f"({alert.events_7d} events)"
            )
    except ValidationError:
        return None
    return json.dumps(json.loads(value)) if as_json else text
