"""What the coder produces: plain, frozen records (no pydantic, no I/O)."""

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal

from streams.coding.places import Located

DateBasis = Literal["explicit", "relative", "publication"]


@dataclass(frozen=True)
class CodedActor:
    """An actor code and the words that named it: `sentence[start:end] == text`.

    `start`/`end` are None when the actor was resolved from context (a pronoun,
    "the two sides") rather than named in the sentence.
    """

    code: str
    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class CodedEvent:
    """One event: who did what to whom, when, and the evidence for it.

    `source` or `target` is None when the sentence does not say (CAMEO's `---`).

    Offsets (`source`, `target`, `verb_start:verb_end`) are character offsets
    into `sentence`, the cleaned sentence at `sentence_index` of the article.
    """

    event_id: str
    sentence_index: int
    sentence: str
    source: CodedActor | None
    target: CodedActor | None
    code: str
    root_code: str
    quad_class: int
    goldstein: float
    event_date: dt.date | None
    date_precision: Literal["day", "month", "year"]
    date_basis: DateBasis
    date_expression: str | None
    verb_start: int
    verb_end: int
    verb_text: str
    pattern_id: str
    confidence: float
    location: Located | None = None
    """Where it happened, when the sentence or the dateline says; None otherwise."""

    @property
    def key(self) -> tuple[str, str, str]:
        """(source, target, code): one event per key and sentence."""
        return (
            self.source.code if self.source else "",
            self.target.code if self.target else "",
            self.code,
        )

    @property
    def complete(self) -> bool:
        """Both actors known: only complete events form a dyad."""
        return self.source is not None and self.target is not None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["event_date"] = self.event_date.isoformat() if self.event_date else None
        data["location"] = self.location.as_dict() if self.location else None
        return data


def event_id(
    article_id: str, sentence: str, source: str, target: str, code: str, verb_start: int
) -> str:
    """Stable across recoding and across revisions that keep the sentence."""
    key = "\x1f".join((article_id, sentence, source, target, code, str(verb_start)))
    return hashlib.sha256(key.encode()).hexdigest()[:24]
