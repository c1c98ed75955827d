"""The events a careful reader sees in the seed articles (issue 3)."""

import datetime as dt

import pytest

from streams.coding import CodedEvent, Coder, Document
from streams.fixtures import load_fixture
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def code_seed(coder: Coder, stem: str) -> list[CodedEvent]:
    article = load_fixture(FIXTURES / f"seed_{stem}.json")
    return coder.code(
        Document(article.id, article.body, article.published.date(), article.title, article.outlet)
    )


def find(events: list[CodedEvent], source: str, target: str, root: str) -> list[CodedEvent]:
    return [
        e
        for e in events
        if e.source
        and e.target
        and e.source.code.startswith(source)
        and e.target.code.startswith(target)
        and e.code.startswith(root)
    ]


def test_us_stresses_will_to_keep_negotiating_with_north_korea(coder: Coder) -> None:
    events = code_seed(coder, "000_fa85263d64ffef45")
    assert find(events, "USA", "PRK", "03")


def test_envoys_meet_among_korea_us_and_japan(coder: Coder) -> None:
    events = code_seed(coder, "003_087b9cd9690c9ed0")
    for source, target in [("KOR", "USA"), ("USA", "KOR"), ("KOR", "JPN"), ("USA", "JPN")]:
        meetings = find(events, source, target, "04")
        assert meetings, (source, target)
    tuesday = find(events, "KOR", "JPN", "04")[0]
    assert tuesday.event_date == dt.date(2019, 10, 8)


def test_north_korea_blames_and_warns_the_us(coder: Coder) -> None:
    events = code_seed(coder, "003_087b9cd9690c9ed0")
    assert find(events, "PRK", "USA", "11")
    assert find(events, "PRK", "USA", "13"), "the 'terrible consequences' warning"


def test_stockholm_talks_are_dated_to_their_saturday(coder: Coder) -> None:
    events = code_seed(coder, "003_087b9cd9690c9ed0")
    walkout = [e for e in find(events, "PRK", "USA", "16") if "pulled out" in e.verb_text]
    assert walkout and {e.event_date for e in walkout} == {dt.date(2019, 10, 5)}
    assert all(e.date_expression == "Saturday" for e in walkout)


def test_pro_north_paper_denounces_the_south(coder: Coder) -> None:
    events = code_seed(coder, "004_25568a0da4e2e123")
    assert find(events, "PRK", "KOR", "11")


def test_page_furniture_is_never_coded(coder: Coder) -> None:
    for stem in ("000_fa85263d64ffef45", "002_f84ffd3a27848205", "003_087b9cd9690c9ed0"):
        for event in code_seed(coder, stem):
            for furniture in ("Most Viewed", "Leave a Reply", "Send Feedback", "No photos"):
                assert furniture not in event.sentence
