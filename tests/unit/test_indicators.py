"""Indicator arithmetic against hand-computed cases."""

import datetime as dt

import pytest

from streams.indicators import (
    AlertRule,
    DayBucket,
    days_back,
    indicator,
    pair_key,
    window_figures,
)

D = dt.date(2025, 3, 10)


def bucket(*events: tuple[str, int, float, str]) -> DayBucket:
    b = DayBucket()
    for event in events:
        b.add(*event)
    return b


def test_bucket_counts_an_event_once_and_removes_only_what_it_holds() -> None:
    b = DayBucket()
    assert b.add("e1", 3, -4.0, "a1") is True
    assert b.add("e1", 3, -4.0, "a1") is False
    assert b.remove("nope") is False
    assert b.remove("e1") is True and b.events == {}
    assert DayBucket.from_json(bucket(("e2", 1, 3.4, "a")).to_json()).events == {
        "e2": (1, 3.4, "a")
    }


def test_window_figures_by_hand() -> None:
    # +3.4 (verbal coop), -4.0 (verbal conflict), -10 (material conflict), two articles
    figures = window_figures(
        [bucket(("e1", 1, 3.4, "a1"), ("e2", 3, -4.0, "a1")), bucket(("e3", 4, -10.0, "a2"))]
    )
    assert figures.engagement == 3
    assert figures.cooperation == 3.4 and figures.conflict == 14.0
    assert figures.tension == round(14.0 / 17.4, 4)
    assert figures.net_goldstein == round((3.4 - 4 - 10) / 3, 4)
    assert figures.article_count == 2
    assert (
        figures.counts.verbal_cooperation,
        figures.counts.verbal_conflict,
        figures.counts.material_conflict,
    ) == (1, 1, 1)


def test_empty_and_neutral_windows_have_no_tension() -> None:
    assert window_figures([]).tension is None and window_figures([]).net_goldstein is None
    neutral = window_figures([bucket(("e", 1, 0.0, "a"))])
    assert neutral.tension is None and neutral.engagement == 1 and neutral.net_goldstein == 0


def test_window_edges_are_inclusive_of_as_of_and_exclusive_beyond_length() -> None:
    days = {
        D: bucket(("today", 3, -2.0, "a")),
        D - dt.timedelta(days=6): bucket(("edge", 1, 2.0, "a")),
        D - dt.timedelta(days=7): bucket(("outside", 4, -10.0, "a")),
    }
    update = indicator("KOR-PRK", "undirected", 7, D, lambda d: days.get(d, DayBucket()))
    assert update.engagement == 2 and update.tension == 0.5
    # the previous 7-day window holds only "outside": tension 1.0, trend 0.5 - 1.0
    assert update.trend == -0.5
    assert days_back(D, 7)[-1] == D - dt.timedelta(days=6)


def test_a_late_event_changes_every_window_that_contains_it() -> None:
    days: dict[dt.date, DayBucket] = {D: bucket(("now", 1, 4.0, "a"))}
    lookup = lambda d: days.get(d, DayBucket())  # noqa: E731
    before = {w: indicator("USA-PRK", "directed", w, D, lookup) for w in (7, 30, 90)}
    late = D - dt.timedelta(days=20)
    days[late] = bucket(("late", 4, -10.0, "b"))
    after = {w: indicator("USA-PRK", "directed", w, D, lookup) for w in (7, 30, 90)}
    assert after[7] == before[7]
    for window in (30, 90):
        assert after[window].engagement == before[window].engagement + 1
        assert after[window].tension == round(10 / 14, 4)


def test_pair_key_is_unordered_and_uses_roots() -> None:
    assert pair_key("PRKGOV", "KORMIL") == pair_key("KOR", "PRK") == "KOR-PRK"
    assert pair_key("IGOUNOSEC", "IRN") == "IGOUNO-IRN"


@pytest.mark.parametrize(
    ("week", "quarter", "events", "fires"),
    [(0.9, 0.5, 3, True), (0.69, 0.5, 5, False), (0.9, 0.5, 2, False), (None, 0.5, 5, False)],
)
def test_alert_rule(week: float | None, quarter: float, events: int, fires: bool) -> None:
    def update(tension: float | None, engagement: int):  # type: ignore[no-untyped-def]
        return indicator("USA-PRK", "directed", 7, D, lambda d: DayBucket()).model_copy(
            update={"tension": tension, "engagement": engagement}
        )

    assert (
        AlertRule(margin=0.2, min_events=3).fires(update(week, events), update(quarter, 50))
        is fires
    )
