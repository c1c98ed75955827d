"""The `articles` topic: one news article as a producer publishes it."""

from typing import Annotated, Literal

from pydantic import AnyHttpUrl, AwareDatetime, Field, StringConstraints, field_validator

from schemas._base import WireModel

MAX_BODY_CHARS = 200_000
"""Longest body accepted. Long-form features run to ~60k characters; anything
bigger is a scraping accident (a whole site dump) and is dead-lettered."""

ArticleId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$"),
]


class Article(WireModel):
    """A news article. Keyed on the topic by `id`.

    `version` grows when an outlet re-sends the same story with a changed body
    ("UPDATES throughout"): the worker keeps only the highest version's events.
    """

    id: ArticleId = Field(description="Stable article id; the message key.")
    version: int = Field(1, ge=1, description="Revision number; a higher one replaces a lower.")
    outlet: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=1_000)
    body: str = Field(min_length=1, max_length=MAX_BODY_CHARS, description="Text as scraped.")
    url: AnyHttpUrl | None = None
    language: str = Field("en", pattern=r"^[a-z]{2,3}$", description="ISO 639 code.")
    published: AwareDatetime = Field(description="Publication time with its UTC offset.")
    published_from: Literal["feed", "text", "inferred"] = Field(
        "feed",
        description=(
            "How `published` was found: given by the feed, stated in the article text,"
            " or inferred from the events the article reports."
        ),
    )
    published_note: str | None = Field(
        None, max_length=1_000, description="The stated expression, or the reasoning."
    )
    synthetic: bool = Field(False, description="True for articles the project wrote itself.")

    @field_validator("body", "title", "outlet")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must contain more than white space")
        if "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value
