"""The ingest decisions, as plain functions the agent calls.

decode_article   raw bytes -> Article, or an IngestError naming what is wrong
decode_event     the same for a record of the events topic
dead_letter      the DeadLetter record for a refused message
coder_error      the IngestError of an article the coder failed on
plan_update      what a (possibly redelivered or revised) article changes:
                 events to publish, events to retract, the state to remember
"""

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from schemas import Article, DeadLetter, ErrorDetail, Event
from streams.indicators import pair_key


class IngestError(ValueError):
    """A message that cannot be used; `error_type` and `errors` go into the dead letter."""

    def __init__(self, error_type: str, errors: list[ErrorDetail]) -> None:
        super().__init__(
            f"{error_type}: "
            + "; ".join(f"{e.loc}: {e.message}" if e.loc else e.message for e in errors)
        )
        self.error_type = error_type
        self.errors = errors

    def __reduce__(self) -> tuple[Any, ...]:
        # picklable as itself: coding processes return it for a refused message
        return (type(self), (self.error_type, self.errors))


def coder_error(message: str) -> IngestError:
    return IngestError("coder_error", [ErrorDetail(message=message)])


def decode_article(value: bytes | None) -> Article:
    if value is None or value == b"":
        raise IngestError("empty_message", [ErrorDetail(message="the message has no value")])
    try:
        text = value.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise IngestError(
            "invalid_json", [ErrorDetail(message=f"not UTF-8: {exc.reason} at byte {exc.start}")]
        ) from exc
    except (json.JSONDecodeError, RecursionError) as exc:
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        raise IngestError("invalid_json", [ErrorDetail(message=f"not JSON: {message}")]) from exc
    try:
        article = Article.model_validate(data)
    except ValidationError as exc:
        raise IngestError("invalid_article", _details(exc)) from exc
    published = article.published.date()  # its own offset: no overflow at year 1 or 9999
    latest = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    if not EARLIEST_PUBLISHED <= published <= latest:
        message = f"published {published} is not between {EARLIEST_PUBLISHED} and {latest}"
        raise IngestError("invalid_article", [ErrorDetail(loc="published", message=message)])
    return article


EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
"""Articles say when they were published: a date before this or after tomorrow (UTC) is
a broken feed, and taken at its word it would set the worker's clock (the seen
table's cutoff, the indicators' latest day) centuries off."""


def decode_event(value: bytes | None) -> Event:
    """An event from the events topic, or an IngestError: the topic is open to other
    producers, and one bad record must not stop the indicators."""
    try:
        return Event.model_validate_json(value or b"")
    except ValidationError as exc:
        raise IngestError("invalid_event", _details(exc)) from exc


def _details(exc: ValidationError) -> list[ErrorDetail]:
    return [
        ErrorDetail(loc=".".join(str(p) for p in e["loc"]), message=e["msg"])
        for e in exc.errors(include_url=False)
    ]


def dead_letter(
    source_topic: str,
    partition: int | None,
    offset: int | None,
    key: bytes | None,
    value: bytes | None,
    error: IngestError,
) -> DeadLetter:
    raw = value or b""
    return DeadLetter(
        source_topic=source_topic,
        partition=partition,
        offset=offset,
        key_b64=base64.b64encode(key).decode() if key is not None else None,
        original_b64=base64.b64encode(raw).decode(),
        original_size=len(raw),
        error_type=error.error_type,
        errors=error.errors,
        received_at=dt.datetime.now(dt.UTC),
    )


def digest(article: Article) -> str:
    return hashlib.sha256(f"{article.title}\x1f{article.body}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class WireEvent:
    """An event as published: its id, its key on the events topic and its JSON."""

    event_id: str
    key: str
    json: str

    @classmethod
    def of(cls, event: Event) -> "WireEvent":
        return cls(
            event.event_id, pair_key(event.source.code, event.target.code), event.model_dump_json()
        )


@dataclass(frozen=True)
class CodedArticle:
    """What the worker keeps of a coded article: small and picklable, so coding can run
    in another process and send back only this."""

    article_id: str
    version: int
    published: dt.date
    digest: str
    events: list[WireEvent]


Coded = CodedArticle | IngestError
"""What coding a message gives: what the worker keeps of the article, or why it is refused."""


@dataclass
class Plan:
    """What to send for one article, and the state to remember (None: keep the old)."""

    publish: list[WireEvent] = field(default_factory=list)
    retract: list[WireEvent] = field(default_factory=list)
    state: dict[str, Any] | None = None
    reason: str = ""


def expired(items: Any, partition: int, cutoff: dt.date) -> list[str]:
    """Ids of remembered articles written from `partition` and published before `cutoff`.

    Only keys of the partition being processed are pruned, so each deletion goes
    to the changelog partition that holds the key.
    """
    return [
        key
        for key, state in items
        if state
        and state.get("partition") == partition
        and dt.date.fromisoformat(state["published"]) < cutoff
    ]


def plan_update(previous: dict[str, Any] | None, article: CodedArticle) -> Plan:
    """Decide what an article changes, given what was remembered of its id.

    - first sight: publish every event;
    - the same version and body again (redelivery, replay): publish the same events,
      and the retractions of the revision that made this version, once more. The
      remembered state and the events are separate records: a crash can deliver the
      state and lose the events, and this is how they come back. Their ids are
      deterministic, so the indicators count them once;
    - an older version than the one remembered: nothing (it arrived late);
    - a newer version, or the same version with another body: retract the
      remembered events it no longer supports, publish the ones it adds.
    """
    events = article.events
    state: dict[str, Any] = {
        "version": article.version,
        "digest": article.digest,
        "published": article.published.isoformat(),
        "events": {e.event_id: e.json for e in events},
        "retracted": {},
    }
    if previous is None:
        return Plan(publish=events, state=state, reason="new")
    if previous["version"] > article.version:
        return Plan(reason="stale version")
    if previous["version"] == article.version and previous["digest"] == state["digest"]:
        retracted = previous.get("retracted", {})
        return Plan(
            publish=events,
            retract=[WireEvent(event_id, *sent) for event_id, sent in retracted.items()],
            state={**state, "retracted": retracted},
            reason="seen",
        )
    new_ids = {e.event_id for e in events}
    retract = [
        WireEvent.of(Event.model_validate_json(text).model_copy(update={"status": "retracted"}))
        for event_id, text in previous["events"].items()
        if event_id not in new_ids
    ]
    publish = [e for e in events if e.event_id not in previous["events"]]
    state["retracted"] = {e.event_id: [e.key, e.json] for e in retract}
    return Plan(publish=publish, retract=retract, state=state, reason="revised")
