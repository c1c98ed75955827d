"""The `happenings` topic (compacted): one real act, however many reports tell of it."""

import datetime as dt
from typing import Literal

from pydantic import Field

from schemas._base import WireModel
from schemas.event import PAIR_PATTERN, EventDate, Location, QuadClass


class Report(WireModel):
    """One event of the happening: what one article said."""

    event_id: str
    article_id: str
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.datetime
    sentence: str
    source: str = Field(description="Source actor code as coded in this report.")
    target: str
    code: str
    quad_class: QuadClass
    goldstein: float = Field(ge=-10, le=10)
    event_date: EventDate
    location: Location | None = None


PRECISION_ORDER = {"city": 0, "region": 1, "country": 2}


class Happening(WireModel):
    """The events of different articles that report one act: same directed pair,
    compatible codes, dates within the tolerance (README, "Happenings").

    The representative report (most specific code, then most precise date, then
    earliest published) gives the act's code, weight and date. `status="retracted"`
    when its last report was retracted.
    """

    happening_id: str = Field(pattern=r"^[0-9a-f]{24}$")
    status: Literal["asserted", "retracted"] = "asserted"
    pair: str = Field(pattern=PAIR_PATTERN, description="Directed: source root - target root.")
    root_code: str = Field(pattern=r"^[0-2][0-9]$")
    representative: str | None = Field(description="event_id of the representative report.")
    source: str | None = None
    target: str | None = None
    code: str | None = None
    quad_class: QuadClass | None = None
    goldstein: float | None = None
    event_date: EventDate | None = None
    first_seen: dt.datetime | None = Field(None, description="Earliest report's publication.")
    last_seen: dt.datetime | None = Field(None, description="Latest report's publication.")
    mentions: int = Field(ge=0, description="Reports (events) in the happening.")
    articles: int = Field(ge=0, description="Distinct articles among them.")
    outlets: int = Field(ge=0, description="Distinct outlets among them.")
    reports: list[Report] = Field(default_factory=list)

    @property
    def representative_report(self) -> Report | None:
        return next((r for r in self.reports if r.event_id == self.representative), None)

    @property
    def location(self) -> Location | None:
        """Where the act happened by its best-placed report: a place its sentence names
        before a dateline, a city before a region or a country, then the earliest."""
        placed = [r.location for r in self.reports if r.location is not None]
        return min(
            placed,
            key=lambda p: (p.basis != "sentence", PRECISION_ORDER[p.precision]),
            default=None,
        )
