"""The `articles.dlq` topic: a message the worker could not use, and why."""

import base64
import datetime as dt

from pydantic import Field

from schemas._base import WireModel


class ErrorDetail(WireModel):
    """One problem: where in the message (`loc`, e.g. `body`) and what."""

    loc: str = ""
    message: str


class DeadLetter(WireModel):
    """The original bytes (base64) with the reason they were refused.

    Replaying `original` to the source topic after a fix reproduces the
    message exactly, key included.
    """

    source_topic: str
    partition: int | None = None
    offset: int | None = None
    key_b64: str | None = Field(None, description="Original key, base64.")
    original_b64: str = Field(description="Original value bytes, base64.")
    original_size: int = Field(ge=0)
    error_type: str = Field(description="e.g. invalid_json, invalid_article, coder_error.")
    errors: list[ErrorDetail] = Field(min_length=1)
    received_at: dt.datetime

    @property
    def original(self) -> bytes:
        return base64.b64decode(self.original_b64)
