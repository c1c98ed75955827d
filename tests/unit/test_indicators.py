"""Indicator arithmetic against hand-computed cases."""

import dataclasses
import datetime as dt
import random

import pytest

from schemas import Event
from streams.indicators import (
    SPAN,
    WINDOWS,
    AlertRule,
    Counted,
    DayBucket,
    PairHistory,
    WindowFigures,
    figures_as_of,
    indicator,
    pair_key,
    window_figures,
)
from tests.unit.test_wire_schemas import EVENT

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
    assert bucket(("e2", 1, 3.4, "a")).events == {"e2": [1, 3.4, ["a"], 1]}


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
    update = indicator("KOR-PRK", "undirected", 7, D, days)
    assert update.engagement == 2 and update.tension == 0.5
    # the previous 7-day window holds only "outside": tension 1.0, trend 0.5 - 1.0
    assert update.trend == -0.5


def test_one_pass_figures_equal_each_window_summed_on_its_own() -> None:
    rng = random.Random(11)
    for _ in range(30):
        days: dict[dt.date, DayBucket] = {}
        for n in range(rng.randint(0, 80)):
            day = D - dt.timedelta(days=rng.randint(-5, 200))
            days.setdefault(day, DayBucket()).add(
                f"e{n}", rng.randint(1, 4), rng.choice([-10.0, -2.2, 0.0, 1.1, 3.4]), f"a{n % 7}"
            )

        def summed(ages: range, days: dict[dt.date, DayBucket] = days) -> WindowFigures:
            return window_figures(b for d, b in days.items() if (D - d).days in ages)

        for window, (now, before) in figures_as_of(days, D).items():
            assert now == summed(range(window))
            assert before == summed(range(window, 2 * window))


def test_a_late_event_changes_every_window_that_contains_it() -> None:
    days: dict[dt.date, DayBucket] = {D: bucket(("now", 1, 4.0, "a"))}
    before = {w: indicator("USA-PRK", "directed", w, D, days) for w in (7, 30, 90)}
    late = D - dt.timedelta(days=20)
    days[late] = bucket(("late", 4, -10.0, "b"))
    after = {w: indicator("USA-PRK", "directed", w, D, days) for w in (7, 30, 90)}
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
    def figures(tension: float | None, engagement: int) -> WindowFigures:
        return dataclasses.replace(window_figures([]), tension=tension, engagement=engagement)

    rule = AlertRule(margin=0.2, min_events=3)
    assert rule.fires(figures(week, events), figures(quarter, 50)) is fires
    if fires:
        assert rule.may_fire(figures(week, events))
    assert not rule.may_fire(figures(0.19, 10)), "below the margin over a baseline of 0"


def test_history_figures_are_the_updates_without_trend() -> None:
    history = PairHistory()
    for n in range(40):
        history.apply(event_on(D - dt.timedelta(days=n % 12), n, 1 + n % 4, (-1) ** n * 2.0))
    for update in history.updates("USA-PRK", "directed", "reports"):
        figures = history.figures(update.window)
        assert (figures.engagement, figures.tension, figures.article_count) == (
            update.engagement,
            update.tension,
            update.article_count,
        )


def event_on(day: dt.date, n: int, quad: int, weight: float, retracted: bool = False) -> Counted:
    """One event of its own article, as the histories count it with unit `reports`."""
    return Counted.of_event(
        Event.model_validate(
            {
                **EVENT,
                "event_id": f"{n:016x}",
                "article_id": f"art-{n}",
                "status": "retracted" if retracted else "asserted",
                "quad_class": quad,
                "goldstein": weight,
                "event_date": {"date": day.isoformat(), "precision": "day", "basis": "publication"},
            }
        )
    )


def test_history_ignores_days_beyond_its_span_and_forgets_them_as_it_moves() -> None:
    history = PairHistory()
    assert history.apply(event_on(D, 1, 3, -4.0))
    assert history.apply(event_on(D - dt.timedelta(days=SPAN - 1), 2, 1, 1.0))
    assert not history.apply(event_on(D - dt.timedelta(days=SPAN), 3, 1, 1.0))
    assert not history.apply(event_on(D, 1, 3, -4.0)), "redelivery changes nothing"
    assert history.apply(event_on(D + dt.timedelta(days=10), 4, 4, -10.0))
    assert history.latest == D + dt.timedelta(days=10)
    assert sorted(history.days) == [D, D + dt.timedelta(days=10)], "oldest fell out of the span"


def test_history_updates_equal_windows_over_every_day_ever_seen() -> None:
    """Whatever order events and retractions come in, the bounded history gives the
    same updates as keeping every day forever."""
    rng = random.Random(3)
    history, everything = PairHistory(), {}
    latest: dt.date | None = None
    applied: list[tuple[int, dt.date]] = []
    for n in range(1500):
        if applied and rng.random() < 0.2:
            n_applied, day = rng.choice(applied)
            event = event_on(day, n_applied, 1, 1.0, retracted=True)
        else:
            day = D + dt.timedelta(days=rng.randint(-400, 400) if n % 50 == 0 else n // 4)
            event = event_on(day, n, rng.randint(1, 4), rng.choice([-10.0, -2.0, 3.4]))
            applied.append((n, day))
        if everything.setdefault(day, DayBucket()).apply(event):
            latest = max(day, latest or day)
        history.apply(event)
        assert latest is not None and history.latest == latest
        expected = [
            indicator("USA-PRK", "directed", w, latest, everything, "reports") for w in WINDOWS
        ]
        assert history.updates("USA-PRK", "directed", "reports") == expected


def test_a_bucket_s_totals_follow_its_changes() -> None:
    day = bucket(("e1", 1, 3.4, "a1"))
    assert window_figures([day]).cooperation == 3.4  # the totals are now kept
    day.add("e2", 4, -10.0, "a2")
    after_add = window_figures([day])
    assert (after_add.engagement, after_add.conflict, after_add.article_count) == (2, 10.0, 2)
    day.remove("e1")
    after_remove = window_figures([day])
    assert (after_remove.engagement, after_remove.cooperation, after_remove.tension) == (1, 0, 1)
