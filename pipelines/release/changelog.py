"""CHANGELOG.md: rows added / removed / changed per table (by primary key) since the previous
release; the newest section on top, earlier releases' sections below."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from pipelines.release.tables_io import canonical_column, csv_column
from schemas.metadata import Table, load_tables

TITLE = "# Changelog — Vietnam plan-indicators dataset"
MAX_KEYS_LISTED = 20
MAX_VALUE_CHARS = 160


@dataclass(frozen=True)
class TableDiff:
    """Differences of one table: primary keys (joined with `|` if composite) added, removed and
    changed, the columns that changed per changed key, the new row count and the columns
    added/removed by a schema change."""

    table: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    rows: int
    changed_columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    changed_values: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    columns_added: tuple[str, ...] = ()
    columns_removed: tuple[str, ...] = ()


def _row_keys(df: pd.DataFrame, t: Table) -> list[str]:
    keys = pd.DataFrame({k: _canonical(df, k, t.field(k).type) for k in t.primary_key})
    return ["|".join(str(v) for v in row) for row in keys.itertuples(index=False)]


def _canonical(df: pd.DataFrame, column: str, ftype: str) -> pd.Series:
    """One column of `df` in its canonical dtype, with a RangeIndex; a column `df` lacks (an
    older schema) is all null. One column at a time: a whole canonical copy of both tables
    would double the diff's memory."""
    values = df[column] if column in df.columns else pd.Series(float("nan"), index=df.index, dtype="float64")
    return canonical_column(values.reset_index(drop=True), ftype)


def _comparable(values: pd.Series, ftype: str) -> list:
    """What tells two cells of a canonical column apart: the value itself for text (two texts
    are equal exactly when their quoted CSV cells are, and quoting them would copy every text),
    the CSV cell for the other types."""
    return values.tolist() if ftype == "string" else csv_column(values, ftype)


def _changed_cells(
    old: pd.Series, new: pd.Series, ftype: str, common: list[tuple[str, int, int]]
) -> list[tuple[str, str, str]]:
    """(key, cell before, cell after) for the rows {key, old position, new position} of `common`
    whose CSV cell in this column differs."""
    a, b = _comparable(old, ftype), _comparable(new, ftype)
    pairs = [(k, i, j) for k, i, j in common if a[i] != b[j]]
    before = csv_column(old.iloc[[i for _, i, _ in pairs]], ftype)
    after = csv_column(new.iloc[[j for _, _, j in pairs]], ftype)
    return [(k, x, y) for (k, _, _), x, y in zip(pairs, before, after)]


def diff_table(old: pd.DataFrame | None, new: pd.DataFrame, table: str) -> TableDiff:
    """Compare one table's previous frame (None if it did not exist) with the new one by primary
    key; rows are compared on their serialised (CSV) values in the current schema, column by
    column."""
    t = load_tables()[table]
    cols_added = cols_removed = ()
    if old is None:
        old = new.iloc[0:0]
    else:
        cols_added = tuple(c for c in t.columns if c not in old.columns)
        cols_removed = tuple(c for c in old.columns if c not in t.columns)
    before, after = _row_keys(old, t), _row_keys(new, t)
    position = dict(zip(before, range(len(before))))
    common = [(k, position[k], j) for j, k in enumerate(after) if k in position]
    values: dict[str, list[tuple[str, str, str]]] = {}
    for f in t.fields:
        pairs = _changed_cells(_canonical(old, f.name, f.type), _canonical(new, f.name, f.type), f.type, common)
        for k, a, b in pairs:
            values.setdefault(k, []).append((f.name, a, b))
    changed = tuple(sorted(values))
    kept = set(after)
    return TableDiff(
        table=table,
        added=tuple(sorted(k for k in after if k not in position)),
        removed=tuple(sorted(k for k in position if k not in kept)),
        changed=changed,
        rows=len(new),
        changed_columns={k: tuple(c for c, _, _ in values[k]) for k in changed},
        changed_values={k: tuple(values[k]) for k in changed},
        columns_added=cols_added,
        columns_removed=cols_removed,
    )


def diff_tables(old: dict[str, pd.DataFrame] | None, new: dict[str, pd.DataFrame]) -> dict[str, TableDiff]:
    """`diff_table` for every table of `new`; `old` is None for a first release."""
    old = old or {}
    return {name: diff_table(old.get(name), df, name) for name, df in new.items()}


def _keys(label: str, keys: tuple[str, ...], columns: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    if not keys:
        return []
    columns = columns or {}
    shown = ", ".join(
        f"`{k}`" + (f" ({', '.join(columns[k])})" if columns.get(k) else "") for k in keys[:MAX_KEYS_LISTED]
    )
    more = f" and {len(keys) - MAX_KEYS_LISTED} more" if len(keys) > MAX_KEYS_LISTED else ""
    return [f"  - {label}: {shown}{more}"]


def _plain(cell: str) -> str:
    text = cell[1:-1].replace('""', '"') if cell.startswith('"') else cell
    return " ".join(text.split())


def _shown(cell: str, start: int = 0) -> str:
    """A CSV cell as the CHANGELOG shows it: unquoted, `null` for empty, one line, at most
    MAX_VALUE_CHARS characters from `start` (cut ends marked `…`)."""
    if cell == "":
        return "null"
    text = _plain(cell)
    head = "…" if start > 0 else ""
    text = text[start:]
    return head + (text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…")


def _window(before: str, after: str) -> int:
    """Where to start showing two long values: a little before their first difference."""
    a, b = _plain(before), _plain(after)
    first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return max(0, first - 40) if first > MAX_VALUE_CHARS - 40 else 0


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def changed_rows_markdown(diffs: dict[str, TableDiff]) -> list[str]:
    """Lines listing each changed row (up to MAX_KEYS_LISTED per table) with every changed
    column's value before and after, e.g. ``- `indicators` `lan-ind-1`: value_high `7.5` → `8.0```."""
    lines = []
    for d in diffs.values():
        for key in d.changed[:MAX_KEYS_LISTED]:
            values = "; ".join(
                f"{c} {_code(_shown(a, _window(a, b)))} → {_code(_shown(b, _window(a, b)))}"
                for c, a, b in d.changed_values.get(key, ())
            )
            lines.append(f"- `{d.table}` `{key}`: {values}")
        if len(d.changed) > MAX_KEYS_LISTED:
            lines.append(f"- `{d.table}`: {len(d.changed) - MAX_KEYS_LISTED} more changed rows (compare the CSV files)")
    return lines


def changelog_section(
    version: str, build_date: dt.date, previous_version: str | None, diffs: dict[str, TableDiff]
) -> str:
    """Markdown section for one release: a summary table (added/removed/changed/rows per table) and
    the primary keys concerned (up to 20 per kind; changed ones with the columns that changed)."""
    lines = [f"## {version} ({build_date.isoformat()})", ""]
    lines.append(f"Changes since {previous_version}." if previous_version else "First release.")
    lines += ["", "| table | added | removed | changed | rows |", "|---|---:|---:|---:|---:|"]
    for d in diffs.values():
        lines.append(f"| {d.table} | {len(d.added)} | {len(d.removed)} | {len(d.changed)} | {d.rows} |")
    details = []
    for d in diffs.values():
        if not previous_version:
            break
        items = _keys("added", d.added) + _keys("removed", d.removed) + _keys("changed", d.changed, d.changed_columns)
        if d.columns_added:
            items.append(f"  - columns added: {', '.join(f'`{c}`' for c in d.columns_added)}")
        if d.columns_removed:
            items.append(f"  - columns removed: {', '.join(f'`{c}`' for c in d.columns_removed)}")
        if items:
            details += [f"- `{d.table}`"] + items
    if details:
        lines += ["", "Rows by primary key:", ""] + details
    changed = changed_rows_markdown(diffs) if previous_version else []
    if changed:
        lines += ["", "Changed rows, before → after (same id, corrected values):", ""] + changed
    return "\n".join(lines) + "\n"


def quarantine_markdown(quarantined: list[dict]) -> str:
    """Markdown lines listing the articles this release set aside, each with its reason (empty
    when none), e.g. ``- `articles/x.txt`: not valid UTF-8 at byte 16``."""
    if not quarantined:
        return ""
    lines = ["", f"Articles set aside (quarantined, not in this release): {len(quarantined)}", ""]
    for q in quarantined:
        where = q.get("file") or q.get("article_id") or "?"
        reason = str(q.get("reason") or q.get("error") or "set aside").replace("\n", " ")
        lines.append(f"- `{where}`: {reason}")
    return "\n".join(lines) + "\n"


def changelog_markdown(section: str, previous_changelog: str | None) -> str:
    """The full CHANGELOG.md: title, the new section, then the previous release's sections."""
    parts = [TITLE, "", section.rstrip("\n")]
    if previous_changelog:
        old = previous_changelog.strip("\n")
        if old.startswith(TITLE):
            old = old[len(TITLE) :].strip("\n")
        if old:
            parts += ["", old]
    return "\n".join(parts) + "\n"
