"""Curated cue words -> regular expressions over folded text.

The cue tables (``raw/curation/assignment_cues.csv``, ``document_cues.csv``) list phrases as
written, in lower case with their tone marks ("giao nhiệm vụ", "về việc"). The extractor matches
them on ``fold(text)``, so every phrase is folded the same way here, its spaces become ``\\s+``,
and longer phrases are tried first ("giao nhiệm vụ cho" before "giao").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from pipelines.curation.lexicons import Lexicons, cue_words
from pipelines.text.fold import fold


def alternation(phrases: list[str]) -> str:
    """A non-capturing regex group matching any of ``phrases`` after folding, longest first; a
    group that never matches when there are none (a cue kind whose rows were all removed cues
    nothing, it does not match everywhere).

    >>> alternation(["giao", "giao cho"])
    '(?:giao\\\\s+cho|giao)'
    >>> alternation([])
    '(?!)'
    """
    keys = sorted({fold(p).strip() for p in phrases if fold(p).strip()}, key=len, reverse=True)
    if not keys:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys) + ")"


def cue_group(lex: Lexicons, table: str, kind: str) -> str:
    """:func:`alternation` of the curated cues of one kind in one table (built once per
    ``Lexicons`` object)."""
    cache = lex.__dict__.setdefault("_cue_groups", {})
    if (table, kind) not in cache:
        cache[table, kind] = alternation(cue_words(lex, table, kind))
    return cache[table, kind]


_Built = TypeVar("_Built")


def compiled(lex: Lexicons, name: str, build: Callable[[Lexicons], _Built]) -> _Built:
    """What ``build(lex)`` returns (a pattern, or a few matchers), built once per ``Lexicons``
    object and cached under ``name``."""
    cache = lex.__dict__.setdefault("_cue_patterns", {})
    if name not in cache:
        cache[name] = build(lex)
    return cache[name]
