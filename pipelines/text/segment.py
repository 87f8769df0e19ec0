"""Split cleaned article text into paragraphs, sentences and clauses, keeping offsets.

Every span is a ``(start, end)`` pair into the article text, trimmed of white space, so a
row quoted from a span satisfies ``text[start:end] == quote``.
"""

from __future__ import annotations

import re

from pipelines.text.memo import remembered
from pipelines.text.unwrap import unwrap

Span = tuple[int, int]

# A sentence ends at . ! ? … followed by white space and an upper-case letter, a digit or a
# quote; "TP. Hồ Chí Minh" and similar abbreviations (a capitalised token of at most three
# letters before the dot) do not end a sentence.
_UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĨŨƠƯẠ-Ỹ"
_SENTENCE_END = re.compile(
    rf"(?<!\b[A-ZĐ][a-zđ])(?<!\b[A-ZĐ]{{2}})(?:[.!?…]+(?=\s+[\"“(\-–•]?[{_UPPER}0-9])|(?:\.{{3,}}|…)(?=\s*[{_UPPER}]))"
)
_CLAUSE_END = re.compile(r"[;:]")


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return (start, end) if end > start else None


@remembered  # the same paragraph is split into sentences by several rules
def _split(text: str, span: Span, pattern: re.Pattern) -> list[Span]:
    start, end = span
    out, cur = [], start
    for m in pattern.finditer(text, start, end):
        piece = _trim(text, cur, m.end())
        if piece:
            out.append(piece)
        cur = m.end()
    piece = _trim(text, cur, end)
    if piece:
        out.append(piece)
    return out


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines of the cleaned text; on a hard-wrapped page, the lines joined back into
    paragraphs (see ``pipelines.text.unwrap``).

    >>> paragraphs("Mục tiêu tổng quát:\\n\\n- GRDP tăng 7%;")
    [(0, 19), (21, 36)]
    """
    return unwrap(text, _split(text, (0, len(text)), re.compile(r"\n")))


def sentences(text: str, span: Span) -> list[Span]:
    """Sentences inside ``span``.

    >>> t = "Năm 2021 tăng 7%. Đến năm 2025 đạt 8%."
    >>> [t[a:b] for a, b in sentences(t, (0, len(t)))]
    ['Năm 2021 tăng 7%.', 'Đến năm 2025 đạt 8%.']
    """
    return _split(text, span, _SENTENCE_END)


def clauses(text: str, span: Span) -> list[Span]:
    """Clauses inside ``span``: pieces ended by ';' or ':' (the punctuation stays in the piece).

    >>> t = "Mục tiêu: GRDP tăng 7%; thu ngân sách 500 tỷ đồng"
    >>> [t[a:b] for a, b in clauses(t, (0, len(t)))]
    ['Mục tiêu:', 'GRDP tăng 7%;', 'thu ngân sách 500 tỷ đồng']
    """
    return _split(text, span, _CLAUSE_END)


def strip_punct(text: str, span: Span) -> Span:
    """Shrink ``span`` to drop trailing ';:,.' and leading list markers ('-', '+', '•', 'a)')."""
    start, end = span
    m = re.match(r"(?:[-+•*–]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)+", text[start:end])
    if m:
        start += m.end()
    while end > start and text[end - 1] in ";:,. …":
        end -= 1
    return _trim(text, start, end) or span
