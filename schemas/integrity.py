"""Cross-table rules the per-table pandera models cannot see: foreign keys resolve, and every
cited row's `quote` is exactly `articles.text[char_start:char_end]`."""
from __future__ import annotations

import pandas as pd

from schemas.metadata import load_tables

CITED_TABLES = ("documents", "citations", "objectives", "indicators", "assignments")


def foreign_key_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Every row whose non-null foreign key is not in the referenced column; returns one message per
    failing row, e.g. ``assignments[asg-x].body_id = 'b-80-so-abc' not in bodies.body_id``."""
    out = []
    tables = load_tables()
    for name, table in tables.items():
        if name not in frames:
            continue
        pk = table.primary_key[0]
        for fk in table.foreign_keys:
            known = set(frames[fk.ref_table][fk.ref_field]) if fk.ref_table in frames else set()
            df = frames[name]
            for key, value in zip(df[pk], df[fk.field]):
                if value is not None and not pd.isna(value) and value not in known:
                    out.append(f"{name}[{key}].{fk.field} = {value!r} not in {fk.ref_table}.{fk.ref_field}")
    return out


def quote_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Every row of the cited tables whose quote is not its article's text span; returns one
    message per failing row, naming its primary key, span and both strings."""
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
                out.append(f"{name}[{key}]: article {art!r} not in articles")
            elif text[art][int(start) : int(end)] != quote:
                out.append(f"{name}[{key}]: quote {quote!r} != articles.text[{start}:{end}] "
                           f"{text[art][int(start):int(end)]!r}")
    return out


def integrity_violations(frames: dict[str, pd.DataFrame]) -> list[str]:
    """All cross-table violations (foreign keys, then quotes); an empty list means the tables hold."""
    return foreign_key_violations(frames) + quote_violations(frames)
