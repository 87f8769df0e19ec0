"""Split cleaned article text into paragraphs, sentences and clauses, keeping offsets.

Every span is a ``(start, end)`` pair into the article text, trimmed of white space, so a
row quoted from a span satisfies ``text[start:end] == quote``.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.text.memo import remembered
from pipelines.text.unwrap import unwrap

Span = tuple[int, int]

# A sentence ends at . ! ? … followed by white space and an upper-case letter, a digit or a
# quote; "TP. Hồ Chí Minh" and similar abbreviations (a capitalised token of at most three
# letters before the dot) do not end a sentence.
_UPPER = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĨŨƠƯẠ-Ỹ"
_ABBREVIATED = r"(?<!\b[A-ZĐ][a-zđ])(?<!\b[A-ZĐ]{2})"  # "TP.", "Tp.", "TX." before a place's name
_SENTENCE_END = re.compile(rf"{_ABBREVIATED}(?:[.!?…]+(?=\s+[\"“(\-–•]?[{_UPPER}0-9])|(?:\.{{3,}}|…)(?=\s*[{_UPPER}]))")
# a colon ends a clause, except one right before a document's number ("Xét Tờ trình số:
# 69/TTr-UBND ... của UBND tỉnh" is one clause; a date "12/2025" after a colon still ends one)
_CLAUSE_END = re.compile(r";|:(?!\s*\d{1,6}\s*/\s*[^\W\d_])")


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


_LINE = re.compile(r"\n")
_NUMBER_GOES_ON = re.compile(r"\d{1,5}/[^\s/]+.{20,}")  # a document number or date and more words
_OPEN_END = re.compile(r"[^.;:!?…]\Z")  # a line that ends without terminal punctuation
_WRAP_WIDTH = 40  # characters: a shorter unpunctuated line may be a table cell or a heading
_TAIL = 20  # characters: a short lower-case line without figures ends the line before it ("chủ yếu")


def _wrapped(text: str, prev: Span, line: Span) -> bool:
    """Whether ``line`` continues ``prev``, broken by a hard wrap: ``prev`` ends without
    terminal punctuation, ``line`` starts in lower case, and either one of them is a full line,
    ``line`` ends a sentence ("(1) Tốc độ tăng trưởng kinh tế" / "đạt từ 8% trở lên.") or
    ``line`` is a short tail without figures ("1. Điều chỉnh một số chỉ tiêu" / "chủ yếu")."""
    a, b = text[prev[0] : prev[1]], text[line[0] : line[1]]
    if not _OPEN_END.search(a):
        return False
    if b[:1].isdigit():  # "(2) GRDP bình quân đầu người đạt" / "91,48 triệu đồng/người/năm."
        if _NUMBER_GOES_ON.match(b):  # "Xét Tờ trình số" / "4634/TTr-UBND ngày 02 tháng 12 ..."
            return True
        return len(a) >= _TAIL and b.endswith((".", ";"))
    if not (b[:1].isalpha() and b[:1].islower()):
        return False
    if len(a) >= _WRAP_WIDTH or len(b) >= _WRAP_WIDTH or b.endswith((".", ";")):
        return True
    return len(b) < _TAIL and not re.search(r"\d", b)


@remembered  # every rule asks for the paragraphs of the same text
def paragraphs(text: str) -> list[Span]:
    """Non-empty lines of the cleaned text, a line broken by a hard wrap joined to the line it
    continues (``_wrapped``); on a page hard-wrapped throughout, the lines joined back into
    paragraphs (``pipelines.text.unwrap``).

    >>> paragraphs("Mục tiêu tổng quát:\\n\\n- GRDP tăng 7%;")
    [(0, 19), (21, 36)]
    >>> paragraphs("(1) Tốc độ tăng trưởng kinh tế\\nđạt từ 8% trở lên.")
    [(0, 49)]
    """
    out: list[Span] = []
    for line in unwrap(text, _split(text, (0, len(text)), _LINE)):
        if out and _wrapped(text, out[-1], line):
            out[-1] = (out[-1][0], line[1])
        else:
            out.append(line)
    return out


def sentences(text: str, span: Span) -> list[Span]:
    """Sentences inside ``span``.

    >>> t = "Năm 2021 tăng 7%. Đến năm 2025 đạt 8%."
    >>> [t[a:b] for a, b in sentences(t, (0, len(t)))]
    ['Năm 2021 tăng 7%.', 'Đến năm 2025 đạt 8%.']
    """
    return _split(text, span, _SENTENCE_END)


def span_at(spans: list[Span], pos: int) -> Span | None:
    """The span of ``spans`` (paragraphs, sentences) that holds offset ``pos``, else None.

    >>> t = "Năm 2021 tăng 7%. Đến năm 2025 đạt 8%."
    >>> span_at(sentences(t, (0, len(t))), 20)
    (18, 38)
    """
    return next((s for s in spans if s[0] <= pos < s[1]), None)


@cache
def sentence_end(*, semicolon: bool = False, line: bool = False) -> re.Pattern[str]:
    """The mark a rule takes for the end of a sentence when it asks whether one lies between two
    places (``search(text, start, end)``): ".", "!" or "?" before white space or the end of the
    searched span (not the point of "1.000", nor the dot of an abbreviation that ``sentences``
    passes over: "TP. Hà Nội", "Tp. Huế", "TX. Sơn Tây"); with ``semicolon`` a ";" too, with
    ``line`` a line break too. Looser than ``sentences`` (no capital needed after the mark), the
    one such mark the rules share.

    >>> t = "Tổng số 9 thị trấn. Gồm: 1.200 hộ"
    >>> bool(sentence_end().search(t, 8, 25)), bool(sentence_end().search(t, 25, len(t)))
    (True, False)
    >>> bool(sentence_end().search("Thuế TP. Hà Nội chủ trì", 0, 23))
    False
    >>> bool(sentence_end().search("tăng 5 xã; thêm 2 xã", 0, 20))
    False
    >>> bool(sentence_end(semicolon=True).search("tăng 5 xã; thêm 2 xã", 0, 20))
    True
    >>> bool(sentence_end(line=True).search("đạt 8%\\nthêm 2 xã", 0, 16))
    True
    """
    ends = [rf"{_ABBREVIATED}[.!?](?=\s|$)"]
    if semicolon:
        ends.append(";")
    if line:
        ends.append(r"\n")
    return re.compile("|".join(ends))


def clauses(text: str, span: Span) -> list[Span]:
    """Clauses inside ``span``: pieces ended by ';' or ':' (the punctuation stays in the piece),
    not by the colon of "số:" before a document's number.

    >>> t = "Mục tiêu: GRDP tăng 7%; thu ngân sách 500 tỷ đồng"
    >>> [t[a:b] for a, b in clauses(t, (0, len(t)))]
    ['Mục tiêu:', 'GRDP tăng 7%;', 'thu ngân sách 500 tỷ đồng']
    >>> t = "Xét Tờ trình số: 69/TTr-UBND của UBND tỉnh; dân số: tăng"
    >>> [t[a:b] for a, b in clauses(t, (0, len(t)))]
    ['Xét Tờ trình số: 69/TTr-UBND của UBND tỉnh;', 'dân số:', 'tăng']
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
