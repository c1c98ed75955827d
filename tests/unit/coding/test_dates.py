import datetime as dt

import pytest

from streams.coding.dates import find_dates, resolve

WEDNESDAY = dt.date(2019, 10, 9)


@pytest.mark.parametrize(
    ("expression", "date", "precision"),
    [
        ("Saturday", dt.date(2019, 10, 5), "day"),
        ("on Tuesday", dt.date(2019, 10, 8), "day"),
        ("Wednesday", WEDNESDAY, "day"),  # the same weekday is that day, not a week before
        ("last June", dt.date(2019, 6, 1), "month"),
        ("in February", dt.date(2019, 2, 1), "month"),
        ("Sept. 24", dt.date(2019, 9, 24), "day"),
        ("two weeks ago", dt.date(2019, 9, 25), "day"),
        ("last year", dt.date(2018, 1, 1), "year"),
        ("May 31, 2019", dt.date(2019, 5, 31), "day"),
        ("in June 2018", dt.date(2018, 6, 1), "month"),
        ("yesterday", dt.date(2019, 10, 8), "day"),
    ],
)
def test_expressions_resolve_against_publication(
    expression: str, date: dt.date, precision: str
) -> None:
    assert resolve(expression, WEDNESDAY) == (date, precision)


def test_future_prefers_the_coming_day() -> None:
    assert resolve("Saturday", WEDNESDAY, "future") == (dt.date(2019, 10, 12), "day")


def test_find_dates_reports_positions_and_skips_modal_may() -> None:
    sentence = "The envoys may meet again; they last met on Sept. 24 in New York."
    (found,) = find_dates(sentence, WEDNESDAY)
    assert found.expression == "Sept. 24" and sentence[found.position :].startswith("Sept. 24")


def test_nothing_to_find() -> None:
    assert find_dates("The talks went well.", WEDNESDAY) == []
