"""Coding an article into what the worker keeps of it: runs where the coder is.

code_all         raw messages -> a CodedArticle or an IngestError each, in one parse batch
code_message     one raw message -> its CodedArticle (IngestError if it is refused)
document_of      an Article -> the coder's Document
coded_article    an Article and its coder events -> its CodedArticle
to_wire          a coder event -> the `Event` published on the events topic

The coding processes, the CLI and the tests import this module; the worker process never
does, so the coder, spaCy and numpy (some 80 MiB it would only hold) load where coding
happens and nowhere else.
"""

import logging
from collections.abc import Sequence

from schemas import ActorRef, Article, Event, EventDate, Location, Span
from streams.coding import CODER_VERSION, CodedActor, CodedEvent, Coder, Document
from streams.ingest import (
    Coded,
    CodedArticle,
    IngestError,
    WireEvent,
    coder_error,
    decode_article,
    digest,
)

log = logging.getLogger("dyadwatch")


def code_all(coder: Coder, values: Sequence[bytes | None]) -> list[Coded]:
    """Code each message; a refused one gives its IngestError, and so does a coder bug,
    which costs that article and not the worker. The articles are coded together (one
    parser batch); should that fail, they are coded one by one to find the culprit."""
    decoded: list[Article | IngestError] = []
    for value in values:
        try:
            decoded.append(decode_article(value))
        except IngestError as exc:
            decoded.append(exc)
    articles = [a for a in decoded if isinstance(a, Article)]
    try:
        coded = iter(coder.code_many([document_of(a) for a in articles]))
    except Exception:
        return [_code_alone(coder, item) for item in decoded]
    return [
        item if isinstance(item, IngestError) else coded_article(item, next(coded))
        for item in decoded
    ]


def _code_alone(coder: Coder, item: Article | IngestError) -> Coded:
    if isinstance(item, IngestError):
        return item
    try:
        return coded_article(item, coder.code(document_of(item)))
    except Exception as exc:
        log.exception("the coder failed on a message")
        return coder_error(f"{type(exc).__name__}: {exc}")


def code_message(coder: Coder, value: bytes | None) -> CodedArticle:
    """Decode and code one message of the articles topic; IngestError if it is refused."""
    article = decode_article(value)
    return coded_article(article, coder.code(document_of(article)))


def document_of(article: Article) -> Document:
    return Document(
        article.id, article.body, article.published.date(), article.title, article.outlet
    )


def coded_article(article: Article, coded: list[CodedEvent]) -> CodedArticle:
    return CodedArticle(
        article.id,
        article.version,
        article.published.date(),
        digest(article),
        [WireEvent.of(to_wire(c, article)) for c in coded if c.complete],
    )


def _actor(actor: CodedActor) -> ActorRef:
    span = (
        None
        if actor.start is None or actor.end is None
        else Span(start=actor.start, end=actor.end, text=actor.text)
    )
    return ActorRef(code=actor.code, text=actor.text, span=span)


def to_wire(coded: CodedEvent, article: Article) -> Event:
    """The wire event of a complete coder event (both actors known)."""
    if coded.source is None or coded.target is None:
        raise ValueError("only complete events go on the wire")
    return Event(
        event_id=coded.event_id,
        article_id=article.id,
        article_version=article.version,
        published=article.published,
        outlet=article.outlet,
        title=article.title,
        url=str(article.url) if article.url else None,
        sentence_index=coded.sentence_index,
        sentence=coded.sentence,
        source=_actor(coded.source),
        target=_actor(coded.target),
        code=coded.code,
        root_code=coded.root_code,
        quad_class=coded.quad_class,
        goldstein=coded.goldstein,
        event_date=EventDate(
            date=coded.event_date or article.published.date(),
            precision=coded.date_precision,
            basis=coded.date_basis,
            expression=coded.date_expression,
        ),
        verb=Span(start=coded.verb_start, end=coded.verb_end, text=coded.verb_text),
        pattern_id=coded.pattern_id,
        confidence=coded.confidence,
        coder_version=CODER_VERSION,
        location=Location.model_validate(coded.location.as_dict()) if coded.location else None,
    )
