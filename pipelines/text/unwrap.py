"""Join the lines of a hard-wrapped page back into paragraphs, keeping offsets.

Legal portals often store a text wrapped at a fixed width, so one clause runs over several
lines ("Xét Tờ trình số 12/TTr-UBND ngày\\n05 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh ...").
A page counts as hard-wrapped when many of its lines end inside a phrase and the next line goes
on in lower case; on such a page a line is joined to the next one unless it ends a sentence or
clause, or the next line opens a new item ("Điều 2.", "1.", "(3)", "a)", "-") or either line is
an upper-case heading or a table cell.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_MIN_JOINTS = 5
_MIN_SHARE = 0.15
_ENDS_CLAUSE = re.compile(r"[.;:!?…|]\s*$")
_OPENS_ITEM = re.compile(
    r"(?:Điều\s+\d|Chương\s|Mục\s|[IVXLC]+\.\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|\(\d{1,2}\)|[a-zđ]\)|[-+•*–|])"
)
# the first letter of a line, after a number that opens it ("05 tháng 3 năm 2024 ..."): lower case
# if the line goes on with the phrase the line before broke off (a class such as [à-ỹ] would also
# take the capitals Đ, Ư, Ủ ... that lie inside its range)
_FIRST_LETTER = re.compile(r"(?:\d[\d/.,\-\w]*\s+)?([^\W\d_])")


def _upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


_SENTENCE_END = ".!?…"
# a number that opens a line with no word after it ("2030, UBND tỉnh ...", "2024", "82/NQ-CP)."):
# the year or number the line before broke off
_NUMBER = re.compile(r"\d[\d/.\-\w]*")


def goes_on(prev: str, nxt: str) -> bool:
    """Whether the line ``nxt`` goes on with the phrase the line ``prev`` breaks off (a hard
    wrap): the one test of the page's wrap count (``hard_wrapped``) and of the document reader.
    ``prev`` ends no sentence (".", "!", "?", "…"), ``nxt`` opens no new item ("a)", "1.", "(3)",
    "-"), and either the first letter of ``nxt``, after a number that may open it, is lower case
    ("... ban hành ngày" / "05 tháng 3 năm 2026 của ..."; "..., Công an tỉnh," / "các sở, ngành
    ..."), or ``prev`` ends in a lower-case word and ``nxt`` opens with a number no word follows
    ("... định hướng đến năm" / "2030, Ủy ban nhân dân tỉnh ..."). A number then a capital
    ("... các dự án trọng điểm" / "2026 Đề án ...") opens a new line, and so does a number alone
    on its line (a flattened table's cell: "Đất trồng lúa" / "31.200").

    >>> goes_on("Kế hoạch số 15/KH-UBND ngày", "12 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh")
    True
    >>> goes_on("Danh mục các công trình trọng điểm", "12 Ủy ban nhân dân các xã")
    False
    """
    prev, nxt = prev.rstrip(), nxt.lstrip()
    if not prev or not nxt or prev[-1] in _SENTENCE_END or _OPENS_ITEM.match(nxt):
        return False
    first = _FIRST_LETTER.match(nxt)
    if first and first.group(1).islower():
        return True
    number = _NUMBER.match(nxt)
    rest = nxt[number.end() :] if number else ""
    # a number alone on its line ("210.300") is a flattened table's cell, not the rest of a phrase
    return bool(number and prev[-1].islower() and rest and not rest[0].isspace())


def _joins(prev: str, nxt: str) -> bool:
    """True when, on a hard-wrapped page, ``nxt`` belongs to the paragraph of ``prev``."""
    if _ENDS_CLAUSE.search(prev) or _OPENS_ITEM.match(nxt) or _upper(prev) or _upper(nxt):
        return False
    return prev[-1:].isalnum() or prev[-1:] in ',-–)"”'


def hard_wrapped(text: str, lines: list[Span]) -> bool:
    """Whether the page's lines look wrapped at a fixed width (many mid-phrase breaks)."""
    pairs = zip(lines, lines[1:])
    joints = sum(goes_on(text[a[0] : a[1]], text[b[0] : b[1]]) for a, b in pairs)
    return joints >= _MIN_JOINTS and joints >= _MIN_SHARE * len(lines)


def unwrap(text: str, lines: list[Span]) -> list[Span]:
    """The paragraphs of a hard-wrapped page (``lines`` unchanged on any other page)."""
    if len(lines) < 2 or not hard_wrapped(text, lines):
        return lines
    out = [lines[0]]
    for span in lines[1:]:
        if _joins(text[out[-1][0] : out[-1][1]], text[span[0] : span[1]]):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out
