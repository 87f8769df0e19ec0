"""Find curated phrases in text, longest first, on word boundaries, ignoring case and tones.

A ``PhraseMatcher`` is built from (phrase, value) pairs taken from a curated table; it reports
each match with its offsets in the original text (folding keeps offsets, see ``fold``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
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


_MISSING = object()
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(phrase.strip())))


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """The folded text's tokens (words, or single punctuation marks) with their offsets."""
    words, starts, ends = [], [], []
    for m in _TOKEN.finditer(fold(text)):
        words.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return words, starts, ends


class PhraseMatcher:
    """Longest-match finder for curated phrases, token by token.

    Both sides are folded (case and tones ignored) and split into words and punctuation marks,
    so white space inside a phrase is flexible and spaces around "&", "-", "." are optional.

    >>> m = PhraseMatcher([("Sở Kế hoạch và Đầu tư", "DPI"), ("Sở KH&ĐT", "DPI")])
    >>> [(x.value, x.start) for x in m.find("giao Sở KH & ĐT và sở kế hoạch và đầu tư")]
    [('DPI', 5), ('DPI', 19)]
    """

    def __init__(self, pairs: Iterable[tuple[str, Any]]):
        self._values: dict[tuple[str, ...], Any] = {}
        for phrase, value in pairs:
            key = _key(phrase)
            if key:
                self._values.setdefault(key, value)
        self._max = max((len(k) for k in self._values), default=0)
        self._firsts = {k[0] for k in self._values}

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Return non-overlapping matches in ``text[start:end]``, leftmost then longest."""
        end = len(text) if end is None else end
        words, starts, ends = _tokens(text)
        i = bisect_left(starts, start)
        stop = bisect_right(ends, end)
        out = []
        while i < stop:
            if words[i] in self._firsts:
                for n in range(min(self._max, stop - i), 0, -1):
                    value = self._values.get(tuple(words[i : i + n]), _MISSING)
                    if value is not _MISSING:
                        a, b = starts[i], ends[i + n - 1]
                        out.append(Match(a, b, value, text[a:b]))
                        i += n
                        break
                else:
                    i += 1
            else:
                i += 1
        return out
