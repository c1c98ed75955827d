"""Shared configuration for every wire model: strict about unknown keys."""

from pydantic import BaseModel, ConfigDict


class WireModel(BaseModel):
    """Base of every message on a topic.

    Unknown keys are refused so that a producer's typo ("pubished") is a
    dead letter with a reason, not a silently missing field.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)
