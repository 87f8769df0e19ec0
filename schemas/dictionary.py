"""The release README.md: data dictionary and citation, generated from the table metadata."""

from __future__ import annotations

from schemas.checks import CHECKS
from schemas.datapackage import AUTHORS, DATA_LICENSE, DATASET_TITLE
from schemas.metadata import SCHEMA_VERSION, Field, Table

_TYPE_NOTES = {
    "string": "text",
    "integer": "whole number",
    "number": "decimal number",
    "date": "ISO date `YYYY-MM-DD`",
}


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _allowed(field: Field) -> str:
    parts = []
    if field.enum is not None:
        parts.append(", ".join(f"`{v}`" for v in field.enum))
    if field.pattern is not None:
        parts.append(f"pattern `{field.pattern}`")
    if field.minimum is not None and field.maximum is not None:
        parts.append(f"{field.minimum} to {field.maximum}")
    elif field.minimum is not None:
        parts.append(f">= {field.minimum}")
    elif field.maximum is not None:
        parts.append(f"<= {field.maximum}")
    if field.min_length is not None:
        parts.append("non-empty" if field.min_length == 1 else f"at least {field.min_length} characters")
    if field.unique:
        parts.append("unique")
    return "; ".join(parts)


def table_markdown(table: Table, row_count: int | None = None) -> str:
    """Markdown section for one table: description, keys, checks and the column table
    (column, type, required, description, allowed values)."""
    lines = [f"### `{table.name}` — {table.title}", "", table.description, ""]
    if row_count is not None:
        lines += [f"Rows in this release: {row_count}.", ""]
    lines.append(f"- Primary key: {', '.join(f'`{c}`' for c in table.primary_key)}")
    for fk in table.foreign_keys:
        lines.append(f"- Foreign key: `{fk.field}` -> `{fk.ref_table}.{fk.ref_field}`")
    for check in table.checks:
        lines.append(f"- Rule: {CHECKS[check].description}")
    lines += ["", "| column | type | required | description | allowed values |", "|---|---|---|---|---|"]
    for f in table.fields:
        lines.append(
            f"| `{f.name}` | {f.type} | {'yes' if f.required else 'no'} | {_cell(f.description)} | {_cell(_allowed(f))} |"
        )
    return "\n".join(lines) + "\n"


def citation(version: str, year: int) -> str:
    """The recommended citation of release `version` built in `year`: authors, year, dataset,
    version and where the release is found (its own folder, `releases/<version>/`, with the
    repository's `CITATION.cff`)."""
    return (
        f"{AUTHORS} ({year}). {DATASET_TITLE}, version {version} [data set]. "
        f"Release folder releases/{version}/ (checksums in its SHA256SUMS); "
        f"cite the repository as described in its CITATION.cff."
    )


def data_dictionary_markdown(
    tables: dict[str, Table],
    version: str,
    row_counts: dict[str, int] | None = None,
    *,
    year: int | None = None,
    examples: dict[str, str] | None = None,
) -> str:
    """README.md of a release: what the dataset is, how to cite it, licence, layout, types, and one
    section per table. `year` defaults to the year in `version` (vYYYY.MM.DD); `examples`
    {table: a primary key of this release} adds a section of real ids to look up."""
    row_counts = row_counts or {}
    if year is None:
        year = int(version.lstrip("v")[:4]) if version.lstrip("v")[:4].isdigit() else 0
    parts = [
        f"# {DATASET_TITLE} — {version}",
        "",
        "Vietnamese provinces publish socio-economic plans: annual and five-year socio-economic "
        "development plans (SEDPs), action programmes implementing Party resolutions, and provincial "
        "master-plan (quy hoạch tỉnh) action programmes. This dataset turns news articles and legal "
        "texts about them into tidy, cited, bilingual tables of **objectives**, numeric **indicator "
        "targets** (only targets, never achievements) and the **bodies responsible**, with the legal "
        "documents they cite.",
        "",
        "Every extracted row (documents, objectives, indicators, assignments) is cited: it carries "
        "`article_id`, `quote`, `char_start`, `char_end`, and `articles.text[char_start:char_end] == "
        "quote` holds exactly (offsets in Unicode code points of the NFC text). `method` says whether "
        "the row came from the extraction rules (`rule`) or from a reviewer's override (`curated`).",
        "",
        "## How to cite",
        "",
        "```",
        citation(version, year),
        "```",
        "",
        "## Licence",
        "",
        f"The data are published under [{DATA_LICENSE['title']}]({DATA_LICENSE['path']}) "
        f"(`{DATA_LICENSE['name']}`): reuse freely, with attribution as above. The quoted source "
        "texts remain their publishers' and are quoted for reference.",
        "",
        "## Files",
        "",
        "| path | content |",
        "|---|---|",
        "| `parquet/<table>.parquet` | each table as Parquet, with column descriptions as field metadata |",
        "| `csv/<table>.csv` | each table as CSV (see below) |",
        "| `datapackage.json` | Frictionless Data Package: every field typed, described and constrained; keys declared |",
        "| `manifest.json` | version, schema version, hashes of the build inputs, row counts, checks passed, rejected inputs |",
        "| `CHANGELOG.md` | rows added, removed and changed per table since the previous release |",
        f"| `plandata-{version}.xlsx` | the same tables for spreadsheets: one sheet each, every cell typed |",
        "| `index.html` | the release page: rows, coverage, charts, files and checksums; works offline |",
        "| `quality/` | Great Expectations results and Data Docs (`quality/index.html`), readable offline |",
        "| `SHA256SUMS` | SHA-256 of every other file (`sha256sum -c SHA256SUMS`) |",
        "",
        "**CSV files are for tools** and hold the exact values: UTF-8 without byte-order mark, "
        "comma-separated, with a header row and LF line ends; every text value is double-quoted (so "
        "line breaks in article text are safe), empty unquoted cells are nulls, dates are ISO "
        "`YYYY-MM-DD`, decimals use `.` in their shortest exact form. Rows are sorted by primary key. "
        "In Parquet, integers are int64 and dates date32; `pandas.read_parquet` returns nullable "
        "`Int64` columns.",
        "",
        f"**For a spreadsheet, open `plandata-{version}.xlsx`**, not the CSV files: there codes stay "
        "text (province `01` keeps its zero), dates are dates, numbers are numbers, no quote beginning "
        "with `-`, `+` or `=` is read as a formula, and Vietnamese shows as written. A text longer "
        "than a cell holds (32,767 characters) shows its first part with a note, and the whole text "
        "is in the sheet `long_texts`; nothing is cut silently.",
        "",
        "Validate a downloaded release (checksums, data package, every table's schema, keys, quotes "
        "and the Great Expectations suites) with `uv run plandata validate <release folder>` from "
        "the repository; it prints one line per failure and exits non-zero.",
        "",
        f"Versions are `vYYYY.MM.DD` (UTC build date), with `.N` for a further release on the same "
        f"day. A release is never modified after publication. Schema version: {SCHEMA_VERSION}.",
        "",
        "## Tables",
        "",
        "Types: " + "; ".join(f"`{k}` = {v}" for k, v in _TYPE_NOTES.items()) + ". "
        "`required` = no means the column may be empty (null).",
        "",
    ]
    sections = [table_markdown(t, row_counts.get(name)) for name, t in tables.items()]
    return "\n".join(parts) + "\n" + "\n".join(sections) + _examples_markdown(tables, examples)


def _examples_markdown(tables: dict[str, Table], examples: dict[str, str] | None) -> str:
    if not examples:
        return ""
    lines = ["", "## Example rows", "", "Real ids of this release, to try a lookup or a join:", ""]
    for name, key in examples.items():
        lines.append(f"- `{name}.{tables[name].primary_key[0]}` = `{key}`")
    return "\n".join(lines) + "\n"
