"""What a plain `pip install` gets: the fixture articles, their place gold, the coder's
data (the gazetteer's included) and the map's outlines ship inside the wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT


@pytest.mark.timeout(180)
def test_the_wheel_carries_every_fixture_article(tmp_path: Path) -> None:
    build = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
    subprocess.run(
        [*build, "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=170,
    )
    (wheel,) = tmp_path.glob("dyadwatch-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {Path(n).name for n in names if n.startswith("dyadwatch_fixtures/articles/")}
    assert shipped == {p.name for p in FIXTURES.glob("*.json")}
    assert "streams/coding/data/verbs.txt" in names
    assert {
        "streams/coding/data/cities.tsv",
        "streams/coding/data/places.tsv",
        "streams/coding/data/country_points.tsv",
        "streams/coding/data/us_states.tsv",
        "streams/feed/data/world-110m.geojson",
        "dyadwatch_fixtures/places.jsonl",
    } <= names
