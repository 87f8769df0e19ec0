"""The release page index.html: self-contained, escaped, with charts, files and citation; and in
a real headless browser (Debian's chromium): it renders, shows its charts, logs no console error."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
from pathlib import Path

import pytest

from pipelines.release import tables_io
from pipelines.release.page import bar_chart, chart_data, coverage, release_page
from tests.helpers.sample_tables import sample_tables

DAY = dt.date(2026, 11, 22)
CHROMIUM = Path("/usr/bin/chromium")


def canonical(tables):
    return {n: tables_io.sort_by_primary_key(tables_io.canonical_frame(df, n), n) for n, df in tables.items()}


def page_for(tables) -> tuple[str, dict[str, bytes]]:
    files = {f"csv/{n}.csv": tables_io.csv_bytes(df, n) for n, df in tables.items()}
    return release_page(tables, "v2026.11.22", DAY, files, {"schema_version": "2.0.0"}), files


def test_page_is_self_contained_and_lists_files_with_checksums():
    page, files = page_for(canonical(sample_tables()))
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "<script" not in page and "<link" not in page and "@import" not in page
    for path, data in files.items():
        assert f'href="{path}"' in page and hashlib.sha256(data).hexdigest() in page
    assert "Vietnam plan-indicators dataset contributors (2026)" in page and "v2026.11.22" in page
    assert page.count("<svg") == 4


def test_everything_shown_is_escaped():
    tables = canonical(sample_tables())
    prov = tables["provinces"].copy()
    prov.loc[prov.province_code == "80", "name_vi"] = 'Long An <script>alert("x")</script> {{files}}'
    tables["provinces"] = prov
    page, _ = page_for(tables)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("{{files}}") >= 1  # data is never substituted as a template slot


def test_coverage_and_chart_series():
    tables = canonical(sample_tables())
    cov = coverage(tables)
    ind = tables["indicators"]
    assert cov["indicators"] == len(ind) and cov["coded"] == ind["indicator_code"].notna().sum()
    assert set(cov["provinces"]) >= set(ind["province_code"].dropna())
    data = chart_data(tables)
    assert sum(n for _, n in data["per_province"]) == ind["province_code"].notna().sum()
    grdp = ind[ind["indicator_code"] == "GRDP_GROWTH"]
    assert [(lo, hi) for _, lo, hi in data["grdp"]] == list(zip(grdp["value_low"], grdp["value_high"]))
    assert bar_chart([], "Nothing").startswith('<p class="empty">')


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed (.ci/run installs it)")
def test_page_in_headless_chromium(tmp_path, seed_build):
    from playwright.sync_api import sync_playwright

    page_html, _ = page_for(canonical(seed_build.tables))
    index = tmp_path / "index.html"
    index.write_text(page_html, encoding="utf-8")
    shot = tmp_path / "index.png"
    errors, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-extensions",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(index.as_uri())
            assert page.title().startswith("Vietnam plan-indicators dataset")
            charts = page.locator("svg.chart")
            assert charts.count() == 4
            for i in range(4):
                box = charts.nth(i).bounding_box()
                assert box and box["width"] > 100 and box["height"] > 20
                assert charts.nth(i).locator("rect, circle").count() > 0
            assert page.locator("table.files tbody tr").count() == 8
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert all(u.startswith("file://") for u in requests), requests  # nothing fetched from the network
    width, height = _png_size(shot)
    assert width == 1100 and height > 900 and shot.stat().st_size > 30_000
