"""Curated words matched as written, case aside: tone marks count ("đã" is no "đa", "huyện" no
"huyền"), unlike the folded matching of ``fold.py``."""

from __future__ import annotations

import re
from collections.abc import Iterable


def as_written(words: Iterable[str]) -> str:
    """A non-capturing regex group matching any of ``words`` as written, lower-cased (match it on
    lower-cased text, or with ``re.IGNORECASE``), longest first; the spaces inside a word stand
    for any white space; a group that never matches when there are no words.

    >>> as_written(["đã", "sản lượng", "Đã"])
    '(?:sản\\\\s+lượng|đã)'
    >>> bool(re.fullmatch(as_written(["đã"]), "đa")), as_written([" "])
    (False, '(?!)')
    """
    keys = sorted({w.lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not keys:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in keys) + ")"
