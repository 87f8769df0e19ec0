"""The release page `index.html`: what a release holds, at a glance, offline.

One self-contained HTML file (inline CSS and SVG, no script, no external address): rows per
table, provinces and years covered, the coded share of indicators, three charts (targets per
province and per region, GRDP growth targets by province and year, the most common indicators),
every file of the release with its size and SHA-256, and how to cite. Every value shown is
HTML-escaped. Same tables and files -> same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from pipelines.release.parquet_tables import row_counts, select
from pipelines.release.staging import FileInfo, file_info
from schemas.datapackage import DATASET_TITLE
from schemas.dictionary import citation
from schemas.metadata import load_tables

TEMPLATE = Path(__file__).resolve().parent / "templates" / "release_page.html"
BAR_H, LABEL_W, CHART_W = 18, 230, 640
TOP_INDICATORS = 15


def esc(value) -> str:
    """`value` as HTML text (quotes escaped too)."""
    return html.escape(str(value), quote=True)


def _num(v: float) -> str:
    return f"{v:g}"


def _svg_open(title: str, height: int) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{esc(title)}" width="{CHART_W}" height="{height}" '
        f'viewBox="0 0 {CHART_W} {height}" xmlns="http://www.w3.org/2000/svg"><title>{esc(title)}</title>'
    )


def bar_chart(items: list[tuple[str, float]], title: str, unit: str = "rows") -> str:
    """A horizontal bar chart as inline SVG: one bar per (label, value), largest scale = widest bar;
    a chart with no items says so in text."""
    if not items:
        return f'<p class="empty">{esc(title)}: no rows in this release.</p>'
    top = max(v for _, v in items) or 1
    width = CHART_W - LABEL_W - 60
    height = BAR_H * len(items) + 30
    parts = [_svg_open(title, height)]
    for i, (label, value) in enumerate(items):
        y = 10 + i * BAR_H
        w = max(1.0, width * value / top)
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + 12}" text-anchor="end">{esc(label)}</text>'
            f'<rect x="{LABEL_W}" y="{y + 2}" width="{w:.1f}" height="{BAR_H - 5}"><title>{esc(label)}: '
            f"{esc(_num(value))} {esc(unit)}</title></rect>"
            f'<text x="{LABEL_W + w + 4:.1f}" y="{y + 12}">{esc(_num(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def range_chart(rows: list[tuple[str, float, float]], title: str, unit: str = "%") -> str:
    """Targets as ranges on one axis, inline SVG: one line per (label, low, high), a dot where
    low == high; the axis runs from 0 to the largest value."""
    if not rows:
        return f'<p class="empty">{esc(title)}: no rows in this release.</p>'
    top = max(h for _, _, h in rows) or 1
    width = CHART_W - LABEL_W - 40
    height = BAR_H * len(rows) + 40

    def x(v: float) -> float:
        return LABEL_W + width * v / top

    parts = [
        _svg_open(title, height),
        f'<line class="axis" x1="{LABEL_W}" y1="{height - 22}" x2="{LABEL_W + width}" y2="{height - 22}"/>',
        f'<text x="{LABEL_W}" y="{height - 6}">0</text>',
        f'<text x="{LABEL_W + width}" y="{height - 6}" text-anchor="end">{esc(_num(top))} {esc(unit)}</text>',
    ]
    for i, (label, low, high) in enumerate(rows):
        y = 10 + i * BAR_H + 8
        tip = f"{label}: {_num(low)}" + (f" – {_num(high)}" if high != low else "") + f" {unit}"
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + 4}" text-anchor="end">{esc(label)}</text>'
            f'<g><title>{esc(tip)}</title><line class="range" x1="{x(low):.1f}" y1="{y}" x2="{x(high):.1f}" y2="{y}"/>'
            f'<circle cx="{x(low):.1f}" cy="{y}" r="4"/><circle cx="{x(high):.1f}" cy="{y}" r="4"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _province_names(frames: Mapping[str, pd.DataFrame]) -> dict[str, tuple[str, str]]:
    p = select(frames, "provinces", ["province_code", "name_vi", "region"])
    return {c: (n, r) for c, n, r in zip(p["province_code"], p["name_vi"], p["region"])}


def coverage(frames: Mapping[str, pd.DataFrame]) -> dict:
    """What the release covers: provinces (code -> name) named by any article or row, the target
    years (min, max, sorted list), indicator rows and the share of them with an indicator code."""
    names = _province_names(frames)
    codes: set[str] = set()
    for name, table in load_tables().items():
        if name != "provinces" and name in frames and "province_code" in table.columns:
            codes |= {c for c in select(frames, name, ["province_code"])["province_code"].dropna()}
    ind = select(frames, "indicators", ["target_year", "indicator_code"])
    horizons = select(frames, "objectives", ["horizon_year"])["horizon_year"]
    years = sorted({int(y) for y in ind["target_year"].dropna()} | {int(y) for y in horizons.dropna()})
    coded = int(ind["indicator_code"].notna().sum())
    return {
        "provinces": {c: names.get(c, (c, ""))[0] for c in sorted(codes)},
        "years": years,
        "indicators": len(ind),
        "coded": coded,
        "coded_share": coded / len(ind) if len(ind) else 0.0,
    }


def chart_data(frames: Mapping[str, pd.DataFrame]) -> dict[str, list]:
    """The series behind the charts: targets per province and per region, GRDP growth targets
    (province · year, low, high) and the most common indicators (code or `(uncoded)`, rows)."""
    names = _province_names(frames)
    ind = select(frames, "indicators", ["province_code", "indicator_code", "target_year", "value_low", "value_high"])
    per_prov = Counter(names.get(c, (c, ""))[0] for c in ind["province_code"].dropna())
    per_region = Counter(names.get(c, ("", "unknown"))[1].replace("_", " ") for c in ind["province_code"].dropna())
    grdp = ind[(ind["indicator_code"] == "GRDP_GROWTH") & ind["value_low"].notna()]
    ranges = sorted(
        (
            f"{names.get(c, (c or 'national', ''))[0]} · {'' if pd.isna(y) else int(y)}",
            float(lo),
            float(lo if pd.isna(hi) else hi),
        )
        for c, y, lo, hi in zip(grdp["province_code"], grdp["target_year"], grdp["value_low"], grdp["value_high"])
    )
    common = Counter("(uncoded)" if pd.isna(c) else c for c in ind["indicator_code"])
    return {
        "per_province": sorted(per_prov.items(), key=lambda kv: (-kv[1], kv[0])),
        "per_region": sorted(per_region.items(), key=lambda kv: (-kv[1], kv[0])),
        "grdp": ranges,
        "common": sorted(common.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_INDICATORS],
    }


def _rows_table(frames: Mapping[str, pd.DataFrame]) -> str:
    counts = row_counts(frames)
    rows = "".join(f'<tr><td><code>{esc(n)}</code></td><td class="n">{c:,}</td></tr>' for n, c in counts.items())
    return f"<table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>{rows}</tbody></table>"


def _files_table(files: dict[str, bytes | FileInfo]) -> str:
    infos = {path: file_info(data) for path, data in files.items()}
    rows = "".join(
        f'<tr><td><a href="{esc(path)}">{esc(path)}</a></td><td class="n">{info.size:,}</td>'
        f"<td><code>{info.sha256}</code></td></tr>"
        for path, info in sorted(infos.items())
    )
    return (
        '<table class="files"><thead><tr><th>file</th><th>bytes</th><th>SHA-256</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _coverage_html(cov: dict) -> str:
    provs = ", ".join(f"{esc(name)} (<code>{esc(code)}</code>)" for code, name in cov["provinces"].items()) or "none"
    years = cov["years"]
    span = f"{years[0]}–{years[-1]} ({', '.join(str(y) for y in years)})" if years else "none stated"
    return (
        f"<ul><li><strong>{len(cov['provinces'])}</strong> provinces: {provs}</li>"
        f"<li>Target and horizon years: {esc(span)}</li>"
        f"<li>Indicator targets: <strong>{cov['indicators']:,}</strong>, of which {cov['coded']:,} coded "
        f"(<strong>{cov['coded_share']:.0%}</strong>) with an indicator code from the lexicon</li></ul>"
    )


def release_page(
    frames: Mapping[str, pd.DataFrame],
    version: str,
    build_date: dt.date,
    files: dict[str, bytes | FileInfo],
    manifest: dict | None = None,
) -> str:
    """The release page for {table: DataFrame} of `version`, listing `files` ({path relative to
    the release: bytes or FileInfo}, every file but the page itself and SHA256SUMS) with their checksums."""
    cov, data = coverage(frames), chart_data(frames)
    charts = "".join(
        [
            "<h3>Indicator targets per province</h3>",
            bar_chart(data["per_province"], "Indicator targets per province"),
            "<h3>Indicator targets per region</h3>",
            bar_chart(data["per_region"], "Indicator targets per region"),
            "<h3>GRDP growth targets by province and year</h3>",
            range_chart(data["grdp"], "GRDP growth targets by province and target year", "%"),
            "<h3>Most common indicators</h3>",
            bar_chart(data["common"], "Most common indicator codes"),
        ]
    )
    schema_version = (manifest or {}).get("schema_version", "")
    values = {
        "title": esc(f"{DATASET_TITLE} — {version}"),
        "heading": esc(DATASET_TITLE),
        "version": esc(version),
        "built_on": esc(build_date.isoformat()),
        "schema_version": esc(schema_version),
        "rows": _rows_table(frames),
        "coverage": _coverage_html(cov),
        "charts": charts,
        "files": _files_table(files),
        "citation": esc(citation(version, build_date.year)),
    }
    # one pass, so a value that happens to contain `{{...}}` is never substituted again
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], TEMPLATE.read_text(encoding="utf-8"))
