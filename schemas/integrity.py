"""Cross-table rules the per-table pandera models cannot see: foreign keys resolve, and every
cited row's `quote` is exactly `articles.text[char_start:char_end]`.

``foreign_key_failures`` / ``quote_failures`` return structured ``Failure`` records (table, row id,
column, value, rule; see schemas/failures.py); the ``*_violations`` functions give the same as
one message per failing row."""

from __future__ import annotations

import pandas as pd

from schemas.failures import Failure
from schemas.metadata import load_tables

CITED_TABLES = ("documents", "citations", "objectives", "indicators", "assignments")


def _article(df: pd.DataFrame, i: int) -> str | None:
    return df["article_id"].iloc[i] if "article_id" in df.columns else None


def foreign_key_failures(frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """Every row whose non-null foreign key is not in the referenced column, e.g. row ``asg-x``,
    column ``body_id``, value ``'b-80-so-abc'``, rule ``not in bodies.body_id``."""
    out = []
    for name, table in load_tables().items():
        if name not in frames:
            continue
        pk = table.primary_key[0]
        df = frames[name]
        for fk in table.foreign_keys:
            known = frames[fk.ref_table][fk.ref_field] if fk.ref_table in frames else pd.Series([], dtype=object)
            values = df[fk.field]
            bad = values.notna().to_numpy() & ~values.isin(set(known)).to_numpy()  # one pass, in C
            for i in bad.nonzero()[0]:
                out.append(
                    Failure(
                        name,
                        df[pk].iloc[i],
                        fk.field,
                        values.iloc[i],
                        f"not in {fk.ref_table}.{fk.ref_field}",
                        _article(df, i),
                    )
                )
    return out


def quote_failures(frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """Every row of the cited tables whose quote is not its article's text span (rule names the
    span and the text found there), or whose article is missing."""
    tables = load_tables()
    text = dict(zip(frames["articles"]["article_id"], frames["articles"]["text"]))
    out = []
    for name in CITED_TABLES:
        if name not in frames:
            continue
        df = frames[name]
        pk = tables[name].primary_key[0]
        for key, art, start, end, quote in zip(df[pk], df["article_id"], df["char_start"], df["char_end"], df["quote"]):
            if art not in text:
                out.append(Failure(name, key, "article_id", art, "not in articles", art))
            elif text[art][int(start) : int(end)] != quote:
                found = text[art][int(start) : int(end)]
                out.append(Failure(name, key, "quote", quote, f"!= articles.text[{start}:{end}] {found!r}", art))
    return out


def _message(f: Failure) -> str:
    if f.column == "quote":
        return f"{f.table}[{f.row_id}]: quote {f.value!r} {f.rule}"
    if f.rule == "not in articles":
        return f"{f.table}[{f.row_id}]: article {f.value!r} not in articles"
    return f"{f.table}[{f.row_id}].{f.column} = {f.value!r} {f.rule}"


def foreign_key_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """``foreign_key_failures`` as messages, e.g.
    ``assignments[asg-x].body_id = 'b-80-so-abc' not in bodies.body_id``."""
    return [_message(f) for f in foreign_key_failures(frames)]


def quote_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """``quote_failures`` as messages naming the primary key, span and both strings."""
    return [_message(f) for f in quote_failures(frames)]


def integrity_failures(frames: dict[str, pd.DataFrame]) -> list[Failure]:
    """All cross-table failures (foreign keys, then quotes)."""
    return foreign_key_failures(frames) + quote_failures(frames)


def integrity_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """All cross-table violations (foreign keys, then quotes); an empty list means the tables hold."""
    return foreign_key_violations(frames) + quote_violations(frames)
