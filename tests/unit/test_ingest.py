"""Ingest decisions: decoding, dead letters, wire events and revisions."""

import datetime as dt
import json

import pytest

from schemas import Article
from streams.coding import Coder, Document
from streams.ingest import (
    IngestError,
    dead_letter,
    decode_article,
    expired,
    plan_update,
    to_wire,
)

ARTICLE = {
    "id": "a1",
    "outlet": "Wire",
    "title": "t",
    "body": "SEOUL, Jan. 7 (Wire) -- Germany praised France on Monday. Spain criticized Portugal.",
    "published": "2025-01-07T10:00:00+09:00",
}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def events_of(coder: Coder, article: Article) -> list:
    coded = coder.code(Document(article.id, article.body, article.published.date()))
    return [to_wire(c, article) for c in coded if c.complete]


@pytest.mark.parametrize(
    ("raw", "error_type", "detail"),
    [
        (b"", "empty_message", "no value"),
        (None, "empty_message", "no value"),
        (b"\xff\xfe{}", "invalid_json", "not UTF-8"),
        (b"{not json", "invalid_json", "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json", ""),
        (b'"just a string"', "invalid_article", ""),
        (
            json.dumps({**ARTICLE, "published": "2025-01-07"}).encode(),
            "invalid_article",
            "published",
        ),
        (
            json.dumps({k: v for k, v in ARTICLE.items() if k != "body"}).encode(),
            "invalid_article",
            "body",
        ),
        (json.dumps({**ARTICLE, "body": 12}).encode(), "invalid_article", "body"),
    ],
    ids=[
        "empty",
        "null",
        "bad utf-8",
        "bad json",
        "deeply nested",
        "not an object",
        "naive date",
        "missing body",
        "wrong type",
    ],
)
def test_bad_messages_are_refused_with_a_reason(
    raw: bytes | None, error_type: str, detail: str
) -> None:
    with pytest.raises(IngestError) as info:
        decode_article(raw)
    assert info.value.error_type == error_type
    assert detail in str(info.value)
    letter = dead_letter("articles", 2, 41, b"k", raw, info.value)
    assert letter.original == (raw or b"") and letter.partition == 2 and letter.offset == 41
    assert letter.errors and letter.error_type == error_type


def test_wire_events_carry_provenance(coder: Coder) -> None:
    article = decode_article(json.dumps(ARTICLE).encode())
    (praise, criticism) = events_of(coder, article)
    assert (praise.source.code, praise.target.code, praise.code) == ("DEU", "FRA", "051")
    assert praise.event_date.date == dt.date(2025, 1, 6) and praise.event_date.basis == "relative"
    assert (
        praise.source.span
        and praise.sentence[praise.source.span.start : praise.source.span.end] == "Germany"
    )
    assert praise.dyad == "DEU-FRA" and praise.article_id == "a1"
    assert criticism.event_date.basis == "publication"


def test_redelivery_and_stale_versions_change_nothing(coder: Coder) -> None:
    article = decode_article(json.dumps(ARTICLE).encode())
    events = events_of(coder, article)
    first = plan_update(None, article, events)
    assert len(first.publish) == 2 and first.state is not None
    again = plan_update(first.state, article, events)
    assert (again.publish, again.retract, again.state) == ([], [], None)
    newer = Article.model_validate({**ARTICLE, "version": 3})
    older = Article.model_validate({**ARTICLE, "version": 2})
    stored = plan_update(first.state, newer, events_of(coder, newer)).state
    assert plan_update(stored, older, events_of(coder, older)).reason == "stale version"


def test_a_revision_retracts_what_it_no_longer_says(coder: Coder) -> None:
    article = decode_article(json.dumps(ARTICLE).encode())
    first = plan_update(None, article, events_of(coder, article))
    revised = Article.model_validate(
        {
            **ARTICLE,
            "version": 2,
            "body": "SEOUL, Jan. 7 (Wire) -- Germany praised France on Monday. "
            "Spain praised Portugal.",
        }
    )
    plan = plan_update(first.state, revised, events_of(coder, revised))
    assert [e.code for e in plan.retract] == ["111"]
    assert all(e.status == "retracted" for e in plan.retract)
    assert [e.code for e in plan.publish] == ["051"]  # the new Spain-Portugal praise
    assert plan.publish[0].source.code == "ESP"
    assert plan.state and plan.state["version"] == 2


def test_expired_entries_are_those_of_the_partition_older_than_the_cutoff() -> None:
    items = [
        ("old-here", {"partition": 1, "published": "2024-01-01"}),
        ("old-elsewhere", {"partition": 2, "published": "2024-01-01"}),
        ("recent-here", {"partition": 1, "published": "2025-06-01"}),
        ("gone", None),
    ]
    assert expired(items, 1, dt.date(2025, 1, 1)) == ["old-here"]
