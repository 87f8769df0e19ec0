"""Deterministic, lowercase-ASCII row ids.

Ids depend only on what a row says (article, code, values, quote), never on row order, so
they are identical across builds and stable when unrelated rows are added.
"""
from __future__ import annotations

import hashlib
import re

from pipelines.text.fold import fold


def slug(text: str) -> str:
    """Lowercase ASCII slug.

    >>> slug("QĐ-UBND"), slug("Sở KH&ĐT")
    ('qd-ubnd', 'so-kh-dt')
    """
    s = fold(text).replace("đ", "d")
    s = "".join(c for c in __import__("unicodedata").normalize("NFKD", s) if ord(c) < 128)
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def digest(*parts: object, length: int = 10) -> str:
    """Short hex digest of the parts' text, e.g. ``digest("GRDP_GROWTH", 7.0)``."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:length]


def row_id(article_id: str, kind: str, *parts: object) -> str:
    """``<article_id>-<kind>-<digest>``, e.g. ``longan-2024-qd4192-ind-3f2a...``."""
    return f"{article_id}-{kind}-{digest(*parts)}"
