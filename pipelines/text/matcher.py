"""Find curated phrases in text, longest first, on word boundaries, ignoring case and tones.

A ``PhraseMatcher`` is built from (phrase, value) pairs taken from a curated table; it reports
each match with its offsets in the original text (folding keeps offsets, see ``fold``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from pipelines.text.fold import fold


@dataclass(frozen=True)
class Match:
    """A curated phrase found in a text: ``text[start:end]`` is the phrase as written."""

    start: int
    end: int
    value: Any
    phrase: str


def _pattern_for(phrase: str) -> str:
    # Flexible white space inside a phrase, and optional spaces around '&', '-' and '.'.
    parts = []
    for ch in fold(phrase.strip()):
        if ch == " ":
            parts.append(r"\s+")
        elif ch in "&-.":
            parts.append(r"\s*" + re.escape(ch) + r"\s*")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


class PhraseMatcher:
    """Longest-match finder for curated phrases.

    >>> m = PhraseMatcher([("Sở Kế hoạch và Đầu tư", "DPI"), ("Sở KH&ĐT", "DPI")])
    >>> [(x.value, x.start) for x in m.find("giao Sở KH & ĐT và sở kế hoạch và đầu tư")]
    [('DPI', 5), ('DPI', 19)]
    """

    def __init__(self, pairs: Iterable[tuple[str, Any]]):
        self._values: dict[str, Any] = {}
        for phrase, value in pairs:
            key = re.sub(r"\s+", " ", fold(phrase.strip()))
            if key:
                self._values.setdefault(key, value)
        keys = sorted(self._values, key=lambda k: (-len(k), k))
        self._groups = [_pattern_for(k) for k in keys]
        self._keys = keys
        body = "|".join(f"(?P<p{i}>{g})" for i, g in enumerate(self._groups))
        self._regex = re.compile(rf"(?<![\w]){'(?:' + body + ')' if body else '(?!x)x'}(?![\w])")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Return non-overlapping matches in ``text[start:end]``, leftmost then longest."""
        folded = fold(text)
        end = len(text) if end is None else end
        out = []
        for m in self._regex.finditer(folded, start, end):
            key = self._keys[int(m.lastgroup[1:])]
            out.append(Match(m.start(), m.end(), self._values[key], text[m.start():m.end()]))
        return out
