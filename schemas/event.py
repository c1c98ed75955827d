"""The `events` topic: one coded CAMEO event, keyed by its dyad."""

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from schemas._base import WireModel

PAIR_PATTERN = r"^[A-Z]{3,6}-[A-Z]{3,6}$"
"""A pair of actor roots, e.g. `USA-PRK` or `IGOUNO-IRN`."""

QuadClass = Literal[1, 2, 3, 4]
"""1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""


class Span(WireModel):
    """Characters `start:end` of the event's sentence, and the text found there."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError("span end is before its start")
        return self


class ActorRef(WireModel):
    """An actor as coded (e.g. `PRKGOV`) and the words in the sentence that named it."""

    code: str = Field(pattern=r"^[A-Z]{3}([A-Z]{3})*$")
    text: str
    span: Span | None = Field(None, description="None when resolved from context (a pronoun).")


class EventDate(WireModel):
    """When the event happened, as far as the text says."""

    date: dt.date
    precision: Literal["day", "month", "year"]
    basis: Literal["explicit", "relative", "publication"] = Field(
        description="A stated date, a relative expression resolved against publication, or neither."
    )
    expression: str | None = Field(None, description="The words that gave the date.")


class Location(WireModel):
    """Where the event happened, as the text names it, resolved in a gazetteer.

    `basis` says how it was found: `sentence` (a phrase of place in the event's own
    sentence, e.g. "met in Stockholm") or `dateline` (only the article's dateline names a
    place: where the reporter was, a weaker claim). Coordinates are the place's own
    point (a city's, or for `country` precision a point inside the country); they are
    null where the gazetteer has none (a region), never a guessed centroid.
    """

    name: str = Field(description="The place as the text writes it, e.g. `Kiev`, `SEOUL`.")
    resolved_name: str = Field(description="The gazetteer's name for it, e.g. `Kyiv`.")
    country_code: str = Field(
        pattern=r"^[A-Z]{3}$", description="The country, coded as actors are (ISO alpha-3)."
    )
    region: str | None = Field(None, description="First-level region where known (US states).")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    precision: Literal["city", "region", "country"]
    basis: Literal["sentence", "dateline"]
    gazetteer_id: str = Field(
        description="`geonames:<id>` for GeoNames places, `dyadwatch:region:<name>` for the"
        " project's own regions."
    )

    @model_validator(mode="after")
    def _both_coordinates(self) -> "Location":
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude and longitude come together")
        return self


class Event(WireModel):
    """Who did what to whom, when, with the evidence.

    `event_id` is a hash of the article id, sentence index, actors, code and
    pattern, so recoding the same text yields the same id and a replay never
    counts twice. `status="retracted"` withdraws an event an article revision
    no longer supports.
    """

    event_id: str = Field(pattern=r"^[0-9a-f]{16,64}$")
    status: Literal["asserted", "retracted"] = "asserted"
    article_id: str
    article_version: int = Field(1, ge=1)
    published: dt.datetime
    outlet: str | None = Field(None, description="Who published the article.")
    title: str | None = Field(None, description="The article's headline.")
    url: str | None = Field(None, description="Where the article came from.")
    sentence_index: int = Field(ge=0)
    sentence: str
    source: ActorRef
    target: ActorRef
    code: str = Field(pattern=r"^[0-2][0-9]{1,3}$", description="CAMEO event code.")
    root_code: str = Field(pattern=r"^[0-2][0-9]$")
    quad_class: QuadClass
    goldstein: float = Field(ge=-10, le=10)
    event_date: EventDate
    verb: Span = Field(description="The words that matched the pattern.")
    pattern_id: str
    confidence: float = Field(ge=0, le=1)
    coder_version: str
    location: Location | None = Field(
        None, description="Where it happened; null when the text names no place."
    )
    happening_id: str | None = Field(
        None,
        pattern=r"^[0-9a-f]{24}$",
        description="The happening (one real act, however many reports) this event joined;"
        " None on `events.coded` and when grouping is off.",
    )

    @model_validator(mode="after")
    def _root_matches(self) -> "Event":
        if not self.code.startswith(self.root_code):
            raise ValueError(f"code {self.code} does not belong to root {self.root_code}")
        return self

    @property
    def dyad(self) -> str:
        """The message key: `SOURCE-TARGET` on the actors' roots, e.g. `PRK-USA`."""
        return f"{actor_root(self.source.code)}-{actor_root(self.target.code)}"


def actor_root(code: str) -> str:
    """The part of an actor code that names who it is: the country (`PRKGOV` ->
    `PRK`), or the organisation for IGOs (`IGOUNO` stays whole), as CAMEO compares."""
    return code[:6] if code.startswith("IGO") else code[:3]
