"""Deterministic, lowercase-ASCII row ids.

Ids depend only on what a row says (article, code, values, quote), never on row order, so
they are identical across builds and stable when unrelated rows are added.
"""

from __future__ import annotations

import hashlib


def digest(*parts: object, length: int = 10) -> str:
    """Short hex digest of the parts' text, e.g. ``digest("GRDP_GROWTH", 7.0)``."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


def row_id(article_id: str, kind: str, *parts: object) -> str:
    """``<article_id>-<kind>-<digest>``, e.g. ``longan-2024-qd4192-ind-3f2a...``."""
    return f"{article_id}-{kind}-{digest(*parts)}"


def assign_statement_ids(rows: list[dict], kind: str, id_field: str, identity: tuple[str, ...] = ()) -> list[dict]:
    """Give each row a stable id naming the statement, never the values extracted from it.

    The id is ``<article_id>-<kind>-<digest>`` of the row's span (``char_start``, ``char_end``)
    and its ``identity`` fields (e.g. the body of an assignment); a correction of a value keeps
    the id, so the CHANGELOG shows a changed row. Rows with the same span and identity get
    ``-2``, ``-3`` ... in span order. Returns ``rows`` (updated in place), e.g. a target quoted
    at 120-158 of ``longan-2024-qd4192`` -> ``longan-2024-qd4192-ind-<digest(120, 158)>``.
    """
    seen: dict[str, int] = {}
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["char_start"], rows[i]["char_end"], i))
    for i in order:
        row = rows[i]
        base = row_id(row["article_id"], kind, row["char_start"], row["char_end"], *(row.get(f) for f in identity))
        seen[base] = seen.get(base, 0) + 1
        row[id_field] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return rows
