"""Ingest decisions: decoding, dead letters, wire events and revisions."""

import datetime as dt
import json

import pytest

from schemas import Article, Event
from streams.article_coding import code_message, to_wire
from streams.coding import Coder, Document
from streams.ingest import (
    CodedArticle,
    IngestError,
    WireEvent,
    dead_letter,
    decode_article,
    expired,
    plan_update,
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


def events_of(coder: Coder, article: Article) -> list[Event]:
    coded = coder.code(Document(article.id, article.body, article.published.date()))
    return [to_wire(c, article) for c in coded if c.complete]


def coded(coder: Coder, fields: dict) -> CodedArticle:
    return code_message(coder, json.dumps(fields).encode())


def parsed(events: list[WireEvent]) -> list[Event]:
    return [Event.model_validate_json(e.json) for e in events]


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
        (
            json.dumps({**ARTICLE, "published": "0001-01-01T00:00:00Z"}).encode(),
            "invalid_article",
            "published 0001-01-01 is not between 1900-01-01",
        ),
        (
            json.dumps({**ARTICLE, "published": "9999-12-31T23:59:59+14:00"}).encode(),
            "invalid_article",
            "published 9999-12-31 is not between",
        ),
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
        "published in year 1",
        "published in 9999",
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


def test_an_article_published_up_to_a_day_ahead_of_the_clock_is_accepted() -> None:
    now = dt.datetime.now(dt.UTC)
    for published in (now + dt.timedelta(hours=20), dt.datetime(1900, 1, 1, tzinfo=dt.UTC)):
        article = decode_article(
            json.dumps({**ARTICLE, "published": published.isoformat()}).encode()
        )
        assert article.published == published
    with pytest.raises(IngestError, match="published"):
        late = (now + dt.timedelta(days=3)).isoformat()
        decode_article(json.dumps({**ARTICLE, "published": late}).encode())


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


def test_a_coded_message_carries_what_the_worker_publishes_and_remembers(coder: Coder) -> None:
    article = decode_article(json.dumps(ARTICLE).encode())
    result = coded(coder, ARTICLE)
    assert (result.article_id, result.version, result.published) == ("a1", 1, dt.date(2025, 1, 7))
    assert parsed(result.events) == events_of(coder, article)
    assert [e.key for e in result.events] == ["DEU-FRA", "ESP-PRT"]  # the unordered pairs
    with pytest.raises(IngestError, match="body"):
        code_message(coder, json.dumps({**ARTICLE, "body": ""}).encode())


def test_ingest_errors_survive_pickling_as_themselves() -> None:
    import pickle

    with pytest.raises(IngestError) as caught:
        decode_article(b"{not json")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.error_type, copy.errors, str(copy)) == (
        caught.value.error_type,
        caught.value.errors,
        str(caught.value),
    )


def test_a_redelivery_publishes_the_same_events_again_and_stale_versions_nothing(
    coder: Coder,
) -> None:
    first = plan_update(None, coded(coder, ARTICLE))
    assert len(first.publish) == 2 and first.state is not None
    again = plan_update(first.state, coded(coder, ARTICLE))
    assert again.reason == "seen"
    assert (again.publish, again.retract, again.state) == (first.publish, [], first.state)
    stored = plan_update(first.state, coded(coder, {**ARTICLE, "version": 3})).state
    older = coded(coder, {**ARTICLE, "version": 2})
    assert plan_update(stored, older).reason == "stale version"


def test_a_revision_retracts_what_it_no_longer_says(coder: Coder) -> None:
    first = plan_update(None, coded(coder, ARTICLE))
    revised = {
        **ARTICLE,
        "version": 2,
        "body": "SEOUL, Jan. 7 (Wire) -- Germany praised France on Monday. Spain praised Portugal.",
    }
    plan = plan_update(first.state, coded(coder, revised))
    retracted, published = parsed(plan.retract), parsed(plan.publish)
    assert [e.code for e in retracted] == ["111"]
    assert all(e.status == "retracted" for e in retracted)
    assert [e.key for e in plan.retract] == ["ESP-PRT"]
    assert [e.code for e in published] == ["051"]  # the new Spain-Portugal praise
    assert published[0].source.code == "ESP"
    assert plan.state and plan.state["version"] == 2
    # redelivered, the revision sends its retraction and its whole version again
    again = plan_update(plan.state, coded(coder, revised))
    assert again.retract == plan.retract
    assert {e.event_id for e in again.publish} == set(plan.state["events"])


def test_expired_entries_are_those_of_the_partition_older_than_the_cutoff() -> None:
    items = [
        ("old-here", {"partition": 1, "published": "2024-01-01"}),
        ("old-elsewhere", {"partition": 2, "published": "2024-01-01"}),
        ("recent-here", {"partition": 1, "published": "2025-06-01"}),
        ("gone", None),
    ]
    assert expired(items, 1, dt.date(2025, 1, 1)) == ["old-here"]
