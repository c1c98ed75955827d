"""The dashboard in headless Chromium (Debian's), after a fixture replay through a
real broker and worker: pairs listed, chart drawn, events mapped, live update, untrusted
text, nothing fetched from elsewhere."""

import json
import os
import shutil
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from tests.integration.pipeline_helpers import (
    free_port,
    pipeline_env,
    replay,
    start_feed,
    worker,
)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.kafka,
    pytest.mark.timeout(400),
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason="Debian's chromium is not installed (make test installs it)",
    ),
]
NEW_ARTICLE = {
    "id": "test-live-001",
    "outlet": "Synthetic Wire",
    "title": "Chile praises Peru",
    "body": "SANTIAGO, Aug. 30 (Synthetic Wire) -- Chile praised Peru on Friday for its help "
    "with the wildfires. Peru thanked Chile.",
    "published": "2025-08-30T12:00:00-04:00",
    "synthetic": True,
}


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as response:
        return json.load(response)


def wait_for(condition, timeout: float = 120, what: str = "") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(what)


def test_dashboard_in_headless_chromium(kafka_bootstrap: str, unique: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    env = pipeline_env(kafka_bootstrap, unique, tmp_path / "state")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with worker(env, tmp_path / "worker.log"):
        server = start_feed(env, port)
        try:
            assert replay(env, FIXTURES).returncode == 0
            wait_for(
                lambda: any(
                    p["pair"] == "PRK-USA" for p in get_json(f"{base}/api/pairs?limit=500")["pairs"]
                ),
                what="PRK-USA never reached the feed",
            )
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM,
                    args=[
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                    ],
                )
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                requested: list[str] = []
                page.on("request", lambda request: requested.append(request.url))
                dialogs: list[str] = []
                page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
                page.goto(base + "/")

                # the pairs table lists USA-PRK
                row = page.locator('#pairs tbody tr[data-pair="PRK-USA"]')
                expect(row).to_be_visible(timeout=20_000)

                # choosing the pair (by keyboard) draws its chart and lists its events
                row.get_by_role("button").focus()
                page.keyboard.press("Enter")
                expect(page.locator("#pair-heading")).to_have_text(
                    "North Korea – United States (PRK–USA)"
                )
                page.wait_for_function(
                    "() => { const c = document.getElementById('chart');"
                    " return c.complete && c.naturalWidth > 0; }",
                    timeout=20_000,
                )
                expect(page.locator("#events li").first).to_be_visible()
                expect(page.locator("#events mark.verb").first).to_be_visible()

                # the map places the pair's events; Tab reaches a place, Enter lists them
                stockholm = page.locator('#map-points circle[data-place="Stockholm"]')
                expect(stockholm).to_have_count(1, timeout=20_000)
                assert "SWE" in (stockholm.get_attribute("aria-label") or "")
                page.locator("#map-scope").focus()
                page.keyboard.press("Tab")
                assert page.evaluate("document.activeElement.tagName") == "circle"
                stockholm.focus()
                page.keyboard.press("Enter")
                expect(page.locator("#map-detail h3")).to_contain_text("Stockholm")
                expect(page.locator("#map-detail li").first).to_contain_text("Stockholm")
                world = page.evaluate(
                    "fetch(document.getElementById('map-world').getAttribute('href'))"
                    ".then(r => r.status)"
                )
                assert world == 200
                page.select_option("#map-scope", "all")
                expect(page.locator("#map-summary")).to_contain_text("All recent events")
                assert page.locator("#map-points circle").count() > 10

                # by default the pairs are sorted on tension weighed by evidence
                assert page.locator("#sort").input_value() == "tension_low"
                shown = page.locator("#pairs tbody tr").evaluate_all(
                    "rows => rows.map(r => r.dataset.pair)"
                )
                listed = get_json(f"{base}/api/pairs?limit=100")
                assert shown == [p["pair"] for p in listed["pairs"]]
                lows = [p["tension_low"] or 0 for p in listed["pairs"]]
                assert lows == sorted(lows, reverse=True)

                # the Washington meeting, told by two outlets, opens its reports by keyboard
                page.locator('#pairs tbody tr[data-pair="KOR-USA"] button').click()
                events = page.locator('#events[data-pair="KOR-USA"]')  # not the last pair's
                expect(events).to_have_count(1, timeout=20_000)
                summary = events.locator("summary", has_text="reported by 2 outlets").first
                expect(summary).to_be_visible(timeout=20_000)
                summary.focus()
                page.keyboard.press("Enter")
                reports = summary.locator("xpath=..").locator("li")
                expect(reports.filter(has_text="Yonhap News Agency").first).to_be_visible()
                expect(reports.filter(has_text="The Korea Herald/ANN").first).to_be_visible()
                # a live refresh redraws the events: the opened reports stay open and focused
                page.evaluate("loadEvents(selected)")
                expect(page.locator("#events details[open]")).to_have_count(1)
                expect(reports.filter(has_text="The Korea Herald/ANN").first).to_be_visible()
                assert page.evaluate("document.activeElement.tagName") == "SUMMARY"

                # untrusted article text shows as text and runs nothing
                page.locator('#pairs tbody tr[data-pair="KOR-PRK"] button').click()
                expect(page.locator("#events")).to_contain_text(
                    "<script>alert('dyadwatch')", timeout=20_000
                )
                assert page.locator("#events script").count() == 0

                # a newly replayed article reaches the page without a reload
                page.evaluate("window.__noReload = true")
                article = tmp_path / "new.json"
                article.write_text(json.dumps(NEW_ARTICLE))
                assert replay(env, article).returncode == 0
                expect(page.locator('#pairs tbody tr[data-pair="CHL-PER"]')).to_be_visible(
                    timeout=60_000
                )
                assert page.evaluate("window.__noReload") is True
                assert dialogs == []
                assert all(url.startswith(base) for url in requested), "the page fetched elsewhere"

                if os.environ.get("SAVE_DASHBOARD_SCREENSHOT"):
                    page.locator('#pairs tbody tr[data-pair="PRK-USA"] button').click()
                    page.wait_for_timeout(1500)
                    page.screenshot(path=str(ROOT / "docs" / "dashboard.png"), full_page=False)
                    page.select_option("#map-scope", "all")
                    page.wait_for_timeout(1500)
                    page.locator("section.map").screenshot(path=str(ROOT / "docs" / "map.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(30)
