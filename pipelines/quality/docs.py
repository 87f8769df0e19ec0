"""Great Expectations Data Docs for a release's `quality/` folder, readable offline and
deterministic: same tables and version give the same bytes.

Files (paths relative to `quality/`):
- `index.html`: one static page (no script, no external address) with the outcome per table,
  every failure, and links to the pages below;
- `validations/<table>.html`, `expectations/<table>.html`: GX's own renderings of each table's
  validation result and expectation suite (external scripts and stylesheets removed; the content
  is plain HTML);
- `validations/<table>.json`: GX's validation result, as JSON;
- `results.json`: the summary `plandata validate` and the build read (success, counts, failures).

GX stamps pages with load times and random element ids; they are replaced by the release's
build date and counters, so nothing in `quality/` varies between two builds of the same inputs.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from pipelines.quality.run import QualityResults

_EXTERNAL_TAG = re.compile(
    r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>|<link[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>"
    r"|<img[^>]*\bsrc=\"https?://[^\"]*\"[^>]*/?>",
    re.DOTALL,
)
_FAVICON = re.compile(r"<link[^>]*rel=\"shortcut icon\"[^>]*/?>")
_CSS_URL = re.compile(r"url\(['\"]?https?://[^)]*\)")
_STAMP = re.compile(r"\b\d{8}T\d{6}\.\d{6}Z\b")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b")
_FINGERPRINT = re.compile(r"(pandas_data_fingerprint\W+)[0-9a-f]{32}")


def normalise_html(page: str, stamp: str) -> str:
    """A GX page made offline and reproducible: tags loading scripts, stylesheets or images from
    the network removed, time stamps set to `stamp`, random uuid4 element ids numbered in order."""
    page = _CSS_URL.sub("none", _FAVICON.sub("", _EXTERNAL_TAG.sub("", page)))
    page = _STAMP.sub(stamp, page)
    seen: dict[str, str] = {}
    return _UUID.sub(lambda m: seen.setdefault(m.group(0), f"id-{len(seen) + 1:04d}"), page)


def _stamp(build_date: dt.date) -> str:
    return f"{build_date:%Y%m%d}T000000.000000Z"


def _result_dict(validation, stamp: str) -> dict:
    data = validation.to_json_dict()
    meta = data.get("meta", {})
    meta.get("batch_markers", {}).pop("ge_load_time", None)
    meta.get("batch_markers", {}).pop("pandas_data_fingerprint", None)
    for key in ("run_id", "validation_time", "checkpoint_id", "validation_id"):
        meta.pop(key, None)
    data["meta"] = meta
    data["results"] = sorted(data["results"], key=lambda r: r["expectation_config"].get("id") or "")
    data.pop("id", None)
    return json.loads(_STAMP.sub(stamp, json.dumps(data, sort_keys=True, default=str)))


def summary(results: QualityResults) -> dict:
    """The JSON-ready summary: success, {table: {evaluated, successful}} and the failures."""
    return {
        "success": results.success,
        "tables": {t: {"evaluated": e, "successful": s} for t, (e, s) in results.statistics.items()},
        "failures": [
            {"table": f.table, "row_id": f.row_id, "column": f.column, "rule": f.rule, "value": f.value}
            for f in results.failures
        ],
    }


def _index_html(results: QualityResults, version: str) -> str:
    esc = html.escape
    rows = "".join(
        f'<tr><td>{esc(t)}</td><td>{e}</td><td>{s}</td><td class="{"ok" if e == s else "bad"}">'
        f'{"passed" if e == s else "failed"}</td><td><a href="validations/{esc(t)}.html">result</a> · '
        f'<a href="expectations/{esc(t)}.html">suite</a> · <a href="validations/{esc(t)}.json">JSON</a></td></tr>'
        for t, (e, s) in results.statistics.items()
    )
    fails = "".join(f"<li>{esc(f.line())}</li>" for f in results.failures) or "<li>none</li>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Data quality — {esc(version)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}}.ok{{color:#176317}}.bad{{color:#a11}}</style>
</head><body>
<h1>Data quality of release {esc(version)}</h1>
<p>Great Expectations suites derived from the table schemas (types, nulls, enumerations, patterns,
ranges, uniqueness) plus dataset-level expectations (plausible percent targets per indicator code,
target years, known province codes, coded share of indicators, row counts against the previous
release). Outcome: <strong class="{"ok" if results.success else "bad"}">{"all expectations met" if results.success else "failures"}</strong>.</p>
<table><thead><tr><th>table</th><th>expectations</th><th>met</th><th>outcome</th><th>pages</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>Failures</h2><ul>{fails}</ul>
</body></html>
"""


def quality_files(results: QualityResults, version: str, build_date: dt.date) -> dict[str, bytes]:
    """The `quality/` folder of a release as {path relative to the release: bytes}."""
    from great_expectations.render.renderer import (
        ExpectationSuitePageRenderer,
        ValidationResultsPageRenderer,
    )
    from great_expectations.render.view import DefaultJinjaPageView

    stamp = _stamp(build_date)
    view = DefaultJinjaPageView()
    files: dict[str, bytes] = {}
    for table, validation in results.validations.items():
        # GX links from validations/<suite>/<run>/<time>/<batch>.html; ours is validations/<table>.html
        page = view.render(ValidationResultsPageRenderer().render(validation)).replace('"../../../../', '"../')
        files[f"quality/validations/{table}.html"] = normalise_html(page, stamp).encode("utf-8")
        suite_page = view.render(ExpectationSuitePageRenderer().render(results.suites[table]))
        files[f"quality/expectations/{table}.html"] = normalise_html(suite_page, stamp).encode("utf-8")
        data = _result_dict(validation, stamp)
        files[f"quality/validations/{table}.json"] = (
            json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
        ).encode("utf-8")
    files["quality/index.html"] = _index_html(results, version).encode("utf-8")
    files["quality/results.json"] = (
        json.dumps(summary(results), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    ).encode("utf-8")
    return files
