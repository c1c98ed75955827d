"""The Article contract: what it accepts, and a battery of what it must refuse."""

import json
from typing import Any

import pytest
from pydantic import ValidationError

from schemas import MAX_BODY_CHARS, Article

GOOD: dict[str, Any] = {
    "id": "wire-2025-0001",
    "outlet": "Synthetic Wire",
    "title": "Envoys meet",
    "body": "SEOUL, Jan. 7 (Synthetic Wire) -- The envoys met on Monday.",
    "published": "2025-01-07T10:15:00+09:00",
}


def with_(**changes: Any) -> dict[str, Any]:
    data = dict(GOOD)
    for key, value in changes.items():
        if value is ...:
            data.pop(key)
        else:
            data[key] = value
    return data


def test_minimal_article_gets_defaults() -> None:
    article = Article.model_validate(GOOD)
    assert article.version == 1
    assert article.language == "en"
    assert article.published_from == "feed"
    assert article.synthetic is False
    assert article.published.utcoffset() is not None
    assert article.published.isoformat() == "2025-01-07T10:15:00+09:00"


def test_round_trips_through_json() -> None:
    article = Article.model_validate(with_(url="https://example.org/a?b=1", version=3))
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article


BAD = [
    ("missing id", with_(id=...), "id"),
    ("missing body", with_(body=...), "body"),
    ("missing published", with_(published=...), "published"),
    ("empty body", with_(body=""), "body"),
    ("blank body", with_(body="  \n\t "), "body"),
    ("huge body", with_(body="a" * (MAX_BODY_CHARS + 1)), "body"),
    ("NUL in body", with_(body="text\x00more"), "body"),
    ("body is a number", with_(body=42), "body"),
    ("body is a list", with_(body=["a", "b"]), "body"),
    ("id with spaces", with_(id="two words"), "id"),
    ("id empty", with_(id=""), "id"),
    ("version zero", with_(version=0), "version"),
    ("version text", with_(version="latest"), "version"),
    ("naive timestamp", with_(published="2025-01-07T10:15:00"), "published"),
    ("not a timestamp", with_(published="next Tuesday-ish"), "published"),
    ("impossible date", with_(published="2025-02-30T10:00:00Z"), "published"),
    ("timestamp as bool", with_(published=True), "published"),
    ("bad url", with_(url="not a url"), "url"),
    ("bad language", with_(language="English"), "language"),
    ("unknown key", with_(pubished="2025-01-01T00:00:00Z"), "pubished"),
    ("unknown basis", with_(published_from="guess"), "published_from"),
]


@pytest.mark.parametrize(("case", "data", "field"), BAD, ids=[case for case, _, _ in BAD])
def test_refuses_bad_article(case: str, data: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Article.model_validate(data)
    assert field in {str(error["loc"][0]) for error in info.value.errors()}, case


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe\x00junk", b"[]", b"null", b'"text"'])
def test_refuses_bytes_that_are_not_an_article_object(raw: bytes) -> None:
    with pytest.raises(ValidationError):
        Article.model_validate_json(raw)


def test_non_english_and_unicode_bodies_are_valid_articles() -> None:
    article = Article.model_validate(with_(body="북한은 미사일을 발사했다.", language="ko"))
    assert json.loads(article.model_dump_json())["body"] == "북한은 미사일을 발사했다."
