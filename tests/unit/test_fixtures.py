"""Every fixture file is a valid article, and the set is worth replaying."""

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import dateparser
import pytest

from streams.errors import FixtureError
from streams.fixtures import fixture_files, load_fixture, load_fixtures
from tests.conftest import FIXTURES

FILES = fixture_files([FIXTURES])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_fixture_is_a_valid_article(path: Path) -> None:
    article = load_fixture(path)
    assert article.body.strip()
    assert article.published.utcoffset() is not None


def test_all_five_seeds_are_fixtures_with_their_scraped_furniture() -> None:
    seeds = [a for a in load_fixtures([FIXTURES]).articles if not a.synthetic]
    assert len(seeds) == 5
    bodies = "\n".join(a.body for a in seeds)
    for furniture in ("Go to Contents", "Leave a Reply", "No photos has been attached."):
        assert furniture in bodies


def test_stated_publication_dates_reparse_from_the_text() -> None:
    """A seed whose date is `published_from: text` quotes the expression it was
    parsed from; parsing that quote again gives the same instant."""
    stated = [a for a in load_fixtures([FIXTURES]).articles if a.published_from == "text"]
    assert stated
    for article in stated:
        expression = article.published_note.split("'")[1]
        assert expression in article.body
        parsed = dateparser.parse(
            expression, settings={"TIMEZONE": "Asia/Seoul", "RETURN_AS_TIMEZONE_AWARE": True}
        )
        assert parsed == article.published, article.id


def test_inferred_dates_say_how() -> None:
    for article in load_fixtures([FIXTURES]).articles:
        if article.published_from == "inferred":
            assert article.published_note and article.published_note.startswith("inferred:")


def test_synthetic_set_spans_six_months_regions_and_a_revision() -> None:
    synthetic = [a for a in load_fixtures([FIXTURES]).articles if a.synthetic]
    assert len({a.id for a in synthetic}) >= 40
    dates = [a.published for a in synthetic]
    assert max(dates) - min(dates) >= dt.timedelta(days=182)
    regions = Counter(a.id.split("-")[1] for a in synthetic)
    assert len(regions) >= 6, regions
    versions = Counter(a.id for a in synthetic)
    revised = [ident for ident, n in versions.items() if n > 1]
    assert revised, "no revised article (same id, higher version)"
    pair = sorted((a for a in synthetic if a.id == revised[0]), key=lambda a: a.version)
    assert pair[0].body != pair[1].body
    assert pair[1].published > pair[0].published
    assert "UPDATES throughout" in pair[1].body


def test_a_fixture_carries_markup_for_escaping_tests() -> None:
    bodies = [a.body for a in load_fixtures([FIXTURES]).articles]
    assert any("<script>" in body for body in bodies)


def test_bad_files_are_named_with_their_field_and_do_not_stop_the_others(tmp_path: Path) -> None:
    good = json.loads(FILES[0].read_text())
    (tmp_path / "a_good.json").write_text(json.dumps(good))
    (tmp_path / "b_naive.json").write_text(json.dumps({**good, "published": "2025-01-01T10:00"}))
    (tmp_path / "c_broken.json").write_text('{"id": ')
    (tmp_path / "d_binary.json").write_bytes(b"\xff\xfe\x00\x01")
    loaded = load_fixtures([tmp_path])
    assert [a.id for a in loaded.articles] == [good["id"]]
    messages = {Path(e.path).name: str(e) for e in loaded.errors}
    assert set(messages) == {"b_naive.json", "c_broken.json", "d_binary.json"}
    assert "field `published`" in messages["b_naive.json"]
    assert "not valid JSON" in messages["c_broken.json"]


def test_missing_path_is_an_error() -> None:
    with pytest.raises(FixtureError, match="no such file"):
        fixture_files(["/nonexistent/fixtures"])
