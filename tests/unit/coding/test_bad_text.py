"""Text the coder must survive: no event, no crash."""

import datetime as dt

import pytest

from streams.coding import Coder, Document


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t ",
        "Zorblax quintified the glimmerous wendle near Froon.",
        "北朝鮮は日曜日にミサイルを発射した。",
        "La Corée du Nord a tiré un missile dimanche.",
        "\x00\x01\x02\ufffd\ufffd binary \x7f junk",
        "((((((((((((((((",
        "." * 5000,
        "word " * 50_000,
    ],
    ids=[
        "empty",
        "blank",
        "unknown words",
        "japanese",
        "french",
        "binary",
        "brackets",
        "dots",
        "very long run-on",
    ],
)
def test_no_event_and_no_crash(coder: Coder, text: str) -> None:
    assert coder.code(Document("bad", text, dt.date(2024, 1, 1))) == []


def test_long_article_is_coded_and_a_repeated_sentence_claims_once(coder: Coder) -> None:
    text = " ".join(["Germany praised France.", "Spain criticized Portugal."] * 2000)
    events = coder.code(Document("long", text, dt.date(2024, 1, 1)))
    assert sorted(e.code for e in events) == ["051", "111"]
