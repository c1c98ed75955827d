"""`dyadwatch export` files as analysts open them: pandas reads CSV, JSON lines and
Parquet with the documented columns; the feed's /api/export serves the same."""

import io
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from streams.cli import main
from streams.export import COLUMNS, Selection, event_rows, happening_rows, indicator_rows, write
from tests.conftest import FIXTURES
from tests.offline import offline_events, offline_grouped, recompute


@pytest.fixture(scope="module")
def grouped() -> tuple[list, dict]:
    return offline_grouped(offline_events([FIXTURES]))


def rows(kind: str, grouped: tuple[list, dict], chosen: Selection) -> list[dict]:
    events, happenings = grouped
    if kind == "events":
        return list(event_rows(events, happenings, chosen))
    if kind == "happenings":
        return list(happening_rows(happenings.values(), chosen))
    return list(indicator_rows(recompute(events).values(), chosen))


def read(form: str, data: bytes) -> pd.DataFrame:
    if form == "csv":
        return pd.read_csv(io.BytesIO(data), keep_default_na=True)
    if form == "jsonl":
        return pd.read_json(io.BytesIO(data), lines=True)
    return pd.read_parquet(io.BytesIO(data))


@pytest.mark.parametrize("form", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("kind", ["events", "happenings", "indicators"])
def test_pandas_reads_every_kind_and_format(kind: str, form: str, grouped: tuple) -> None:
    found = rows(kind, grouped, Selection())
    out = io.BytesIO()
    assert write(found, kind, form, out) == len(found) > 0  # type: ignore[arg-type]
    frame = read(form, out.getvalue())
    assert list(frame.columns) == list(COLUMNS[kind]) and len(frame) == len(found)
    if kind != "indicators":
        assert frame["goldstein"].between(-10, 10).all()
        assert set(frame["quad_class"]) <= {1, 2, 3, 4}


def test_events_exclude_retracted_ones_and_carry_their_happening(grouped: tuple) -> None:
    found = rows("events", grouped, Selection())
    retracted = {e.event_id for e in grouped[0] if e.status == "retracted"}
    assert retracted and not retracted & {r["event_id"] for r in found}
    shared = [r for r in found if r["outlets"] and r["outlets"] >= 2]
    assert shared and all(r["happening_id"] for r in found)
    assert {r["source_name"] for r in found if r["source"] == "PRK"} == {"North Korea"}


def test_rows_carry_the_place_and_the_happening_its_best_placed_report(grouped: tuple) -> None:
    events = rows("events", grouped, Selection())
    placed = [r for r in events if r["place"] == "Stockholm"]
    assert placed and all(
        r["place_country"] == "SWE" and r["place_basis"] == "sentence" for r in placed
    )
    assert all(r["latitude"] is None for r in events if r["place"] is None)
    happenings = rows("happenings", grouped, Selection())
    _, by_id = grouped
    for row in happenings:
        reports = by_id[row["happening_id"]].reports
        bases = {r.location.basis for r in reports if r.location}
        if "sentence" in bases:
            assert row["place_basis"] == "sentence"  # a sentence's place beats a dateline's


def test_a_pair_and_dates_select_rows(grouped: tuple) -> None:
    import datetime as dt

    chosen = Selection(dt.date(2019, 10, 1), dt.date(2019, 10, 31), "usa-prk")
    found = rows("happenings", grouped, chosen)
    assert found and all({r["source"][:3], r["target"][:3]} == {"USA", "PRK"} for r in found)
    assert all("2019-10-01" <= r["date"] <= "2019-10-31" for r in found)


def test_the_feed_serves_the_same_file(grouped: tuple) -> None:
    from streams.feed.api import create_feed_app
    from tests.unit.feed.conftest import filled_state

    client = TestClient(create_feed_app(filled_state(), lambda: (True, {})))
    response = client.get("/api/export", params={"kind": "happenings", "format": "parquet"})
    assert response.status_code == 200
    frame = pd.read_parquet(io.BytesIO(response.content))
    assert len(frame) == len(rows("happenings", grouped, Selection()))
    csv = client.get("/api/export", params={"kind": "events", "pair": "KOR-USA"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert set(pd.read_csv(io.StringIO(csv.text))["source"].str[:3]) <= {"KOR", "USA"}
    bad = client.get("/api/export", params={"since": "2019-02-30"})
    assert bad.status_code == 422


def test_the_command_refuses_bad_arguments_with_a_message(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "events", "--format", "parquet"])
    assert result.exit_code == 2 and "Parquet needs a file" in result.output
    result = CliRunner().invoke(main, ["export", "events", "--pair", "USA"])
    assert result.exit_code == 2 and "not a pair" in result.output
    result = CliRunner().invoke(main, ["export", "events", "--feed", "http://127.0.0.1:9"])
    assert result.exit_code == 2 and "cannot reach the feed" in result.output
