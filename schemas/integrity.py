"""Cross-table rules the per-table pandera models cannot see: foreign keys resolve, and every
cited row's `quote` is exactly `articles.text[char_start:char_end]`."""
from __future__ import annotations

import pandas as pd

from schemas.metadata import load_tables

CITED_TABLES = ("documents", "objectives", "indicators", "assignments")


def foreign_key_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Each declared foreign key whose non-null values are not all in the referenced column; returns
    one message per broken key (with up to 5 example values)."""
    out = []
    for name, table in load_tables().items():
        if name not in frames:
            continue
        for fk in table.foreign_keys:
            values = frames[name][fk.field].dropna()
            known = set(frames[fk.ref_table][fk.ref_field]) if fk.ref_table in frames else set()
            missing = sorted(set(values) - known)
            if missing:
                out.append(f"{name}.{fk.field} -> {fk.ref_table}.{fk.ref_field}: {len(missing)} unknown, e.g. {missing[:5]}")
    return out


def quote_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Rows of the cited tables whose quote is not their article's text span; returns one message
    per table (count and up to 5 primary keys)."""
    tables = load_tables()
    text = dict(zip(frames["articles"]["article_id"], frames["articles"]["text"]))
    out = []
    for name in CITED_TABLES:
        if name not in frames:
            continue
        df = frames[name]
        pk = tables[name].primary_key[0]
        bad = [
            key
            for key, art, start, end, quote in zip(df[pk], df["article_id"], df["char_start"], df["char_end"], df["quote"])
            if art not in text or text[art][int(start) : int(end)] != quote
        ]
        if bad:
            out.append(f"{name}: {len(bad)} rows whose quote is not articles.text[char_start:char_end], e.g. {bad[:5]}")
    return out


def integrity_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """All cross-table violations (foreign keys, then quotes); an empty list means the tables hold."""
    return foreign_key_violations(frames) + quote_violations(frames)
