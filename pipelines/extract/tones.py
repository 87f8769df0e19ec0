"""Tone-aware check of a cue found in folded text.

Cue tables are matched on folded text (``fold``: no tone marks), so "cần" also finds "cận",
"cân" and "chỉ tiêu" finds "chi tiêu". ``same_tones`` keeps a match only when each syllable
carries the tone mark of a curated cue that folds the same, wherever the mark is placed ("hoà" =
"hòa").
"""

from __future__ import annotations

import unicodedata

import pandas as pd

from pipelines.text.fold import fold
from pipelines.text.memo import per_table

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot below


def _tones(words: str) -> list[str]:
    """The tone mark of each syllable ("" for none)."""
    return ["".join(c for c in unicodedata.normalize("NFD", w) if c in _TONE_MARKS) for w in words.lower().split()]


def _table(cues: pd.DataFrame, column: str) -> dict[str, list[list[str]]]:
    """Folded cue -> the tone patterns of the curated cues that fold to it."""
    table: dict[str, list[list[str]]] = {}
    for cue in cues[column]:
        table.setdefault(" ".join(fold(cue).split()), []).append(_tones(cue))
    return table


def _cue_table(cues: pd.DataFrame) -> dict[str, list[list[str]]]:
    return _table(cues, "cue")


def _phrase_table(cues: pd.DataFrame) -> dict[str, list[list[str]]]:
    return _table(cues, "phrase")


_BUILDERS = {"cue": _cue_table, "phrase": _phrase_table}


def same_tones(text: str, hit, cues: pd.DataFrame, column: str = "cue") -> bool:
    """Whether ``text[hit.start:hit.end]`` is written with the tones of a cue of the table ``cues``
    (its ``column``: ``cue``, or ``phrase`` for ``comparators.csv``) that folds like it (a match
    the table does not list as written is kept).

    >>> from types import SimpleNamespace as M
    >>> t = pd.DataFrame({"cue": ["cần"]})
    >>> same_tones("hộ cận nghèo", M(start=3, end=6), t), same_tones("cần đạt", M(start=0, end=3), t)
    (False, True)
    """
    written = _tones(text[hit.start : hit.end])
    key = " ".join(fold(text[hit.start : hit.end]).split())
    return written in per_table(cues, _BUILDERS[column]).get(key, [written])
