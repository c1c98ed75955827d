"""The `indicators` (compacted) and `alerts` topics."""

import datetime as dt
from typing import Literal

from pydantic import Field

from schemas._base import WireModel
from schemas.event import PAIR_PATTERN

Window = Literal[7, 30, 90]
Unit = Literal["happenings", "reports"]


class QuadCounts(WireModel):
    """Events per CAMEO quad class within the window."""

    verbal_cooperation: int = Field(0, ge=0)
    material_cooperation: int = Field(0, ge=0)
    verbal_conflict: int = Field(0, ge=0)
    material_conflict: int = Field(0, ge=0)


class IndicatorUpdate(WireModel):
    """Rolling indicators of one actor pair for one window, as of one day.

    Keyed on the compacted topic by `key`, so the latest value per pair,
    direction and window survives compaction. Formulas are in the README.
    """

    pair: str = Field(pattern=PAIR_PATTERN, description="e.g. USA-PRK.")
    direction: Literal["directed", "undirected"] = Field(
        description="directed: source to target as in `pair`; undirected: both ways, sorted."
    )
    window: Window = Field(description="Window length in days, ending on `as_of`.")
    as_of: dt.date
    counts: QuadCounts
    unit: Unit = Field(
        "reports",
        description="What `engagement` and the weights count: happenings (one per real act,"
        " however many reports) or reports (events).",
    )
    engagement: int = Field(ge=0, description="Number of units (see `unit`) in the window.")
    reports: int | None = Field(
        None, ge=0, description="Number of reports (events) behind those units."
    )
    cooperation: float = Field(ge=0, description="Sum of positive Goldstein weights.")
    conflict: float = Field(ge=0, description="Sum of absolute negative Goldstein weights.")
    tension: float | None = Field(ge=0, le=1, description="conflict / (conflict + cooperation).")
    tension_low: float | None = Field(
        None,
        ge=0,
        le=1,
        description="Lower end of the 95% Wilson interval of tension over `engagement` units:"
        " tension discounted for little evidence. The dashboard sorts by it.",
    )
    tension_high: float | None = Field(None, ge=0, le=1, description="Upper end of that interval.")
    net_goldstein: float | None = Field(description="Mean Goldstein weight; None with no events.")
    trend: float | None = Field(description="Tension minus tension of the previous window.")
    article_count: int = Field(ge=0, description="Distinct articles behind the events.")

    @property
    def key(self) -> str:
        return f"{self.pair}|{self.direction}|{self.window}"


class Alert(WireModel):
    """A pair's 7-day tension rose above its 90-day baseline by at least `margin`."""

    alert_id: str
    pair: str = Field(pattern=PAIR_PATTERN)
    direction: Literal["directed", "undirected"]
    as_of: dt.date
    tension_7d: float = Field(ge=0, le=1)
    baseline_90d: float = Field(ge=0, le=1)
    margin: float = Field(ge=0)
    events_7d: int = Field(ge=0)
    raised_at: dt.datetime
