"""Wire contract of dyadwatch: one pydantic model per topic's messages.

The JSON Schema files in `schemas/json/` are generated from these models
(`python -m schemas.export`) for consumers in other languages.
"""

from schemas.article import MAX_BODY_CHARS, Article
from schemas.dead_letter import DeadLetter, ErrorDetail
from schemas.event import (
    PAIR_PATTERN,
    ActorRef,
    Event,
    EventDate,
    Location,
    QuadClass,
    Span,
    actor_root,
)
from schemas.happening import Happening, Report
from schemas.indicator import Alert, IndicatorUpdate, QuadCounts, Unit, Window

__all__ = [
    "MAX_BODY_CHARS",
    "PAIR_PATTERN",
    "ActorRef",
    "Alert",
    "Article",
    "DeadLetter",
    "ErrorDetail",
    "Event",
    "EventDate",
    "Happening",
    "IndicatorUpdate",
    "Location",
    "QuadClass",
    "QuadCounts",
    "Report",
    "Span",
    "Unit",
    "Window",
    "actor_root",
]
