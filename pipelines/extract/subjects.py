"""A value no phrasing takes, coded by the subject named before it and the value's unit.

Texts often name an indicator by its subject alone and let the unit say the measure: "GRDP năm
2026 đạt từ 10 - 10,5%" (a growth rate), "GRDP bình quân đạt 7.900 USD" (per head, in dollars),
"xuất khẩu 15 tỷ USD" (export value), "đặt mục tiêu tăng trưởng trên 11%" (the economy's growth).
``indicator_subjects.csv`` lists such subjects with the code each unit gives; a row without a
code names a subject that has none in that unit ("Công nghiệp ..., tăng trưởng 7%": the
sector's growth, not the economy's).

Steps, for a quantity that no phrasing took:
1. the subjects named in its clause before it, not inside a curated phrasing or scope cue
   ("grdp" in "tốc độ tăng trưởng GRDP" is that phrasing's), and with no other value between
   them and the quantity ("GRDP đạt 240.000 tỷ đồng, tăng trưởng trên 10%": the 10% is not
   GRDP's size);
2. the first of them is the statement's subject: its code for the quantity's unit, if any; a
   subject with no code in that unit among them leaves the value uncoded ("mục tiêu tăng
   trưởng của cả nước đạt 10%": the nation's growth, not the province's).
A percent written right before a ``counted_subject`` ("giảm 1,2% hộ nghèo") counts that subject,
as a number counts the phrasing written after it (``counted_subject``).
A value in words ("hai con số") is named by the subject written right before it, whatever
stands earlier in its clause ("định hướng ngành rõ ràng để đạt mục tiêu GRDP hai con số": GRDP's
growth, not a sector's).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_words import cue_words
from pipelines.extract.numbers import Quantity, UnitTable
from pipelines.text.matcher import Match
from pipelines.text.segment import Span


def free_subjects(lex: Lexicons, text: str, span: Span) -> list[Match]:
    """The subjects in ``span`` ("tăng trưởng" in "Với tăng trưởng 6,8%, ...") that no curated phrasing, scope cue (but one of
    the subject's own words: "du lịch" in "du lịch biển tăng trưởng 12%" names the sector), phrase that only
    contains a subject's word (``not_subject``: "xây dựng kịch bản" builds, it names no
    sector) or body's name overlaps ("các sở, ngành", "Sở Nông nghiệp và Môi trường" name who
    acts, not what is counted)."""
    taken = (
        lex.indicators.find(text, *span) + cue_words(lex).not_subject.find(text, *span) + lex.bodies.find(text, *span)
    )
    # a scope cue that is the subject's own words ("du lịch") names the same sector: it takes nothing from it
    scopes = lex.indicator_scopes.find(text, *span)
    return [
        m
        for m in lex.indicator_subjects.find(text, *span)
        if not any(t.start < m.end and m.start < t.end for t in taken)
        and not any(s.start < m.end and m.start < s.end and (s.start, s.end) != (m.start, m.end) for s in scopes)
    ]


def subject_code(text: str, clause: Span, q: Quantity, lex: Lexicons, units: UnitTable) -> Match | None:
    """The subject ``q`` states and its code (``Match.value``) for ``q``'s unit, else None.

    Example: "phấn đấu GRDP năm 2026 đạt từ 10 - 10,5% trở lên" -> "GRDP", GRDP_GROWTH.
    """
    named = subject_of_words(text, clause, q, lex)
    if named is not None:
        return named
    found = [m for m in free_subjects(lex, text, (clause[0], q.start)) if not units.find(text, m.end, q.start)]
    codes = [lex.subject_codes.get((m.value, q.unit)) for m in found]
    if not found or None in codes:
        return None
    return Match(found[0].start, found[0].end, codes[0], found[0].phrase)


def subject_of_words(text: str, clause: Span, q: Quantity, lex: Lexicons) -> Match | None:
    """For a value in words (``q.comparator`` set: "hai con số"), the subject written right
    before it, with its code for the value's unit; None for a figure, or when no subject with a
    code stands there.

    Example: "thu - chi ngân sách đảm bảo mục tiêu tăng trưởng hai con số" -> "mục tiêu tăng
    trưởng", GRDP_GROWTH (the budget named earlier does not grow by two digits).
    """
    if q.comparator is None:
        return None
    for m in free_subjects(lex, text, (clause[0], q.start)):
        code = lex.subject_codes.get((m.value, q.unit))
        if code and not text[m.end : q.start].strip():
            return Match(m.start, m.end, code, m.phrase)
    return None


_STOP = re.compile(r"[,;:.()\n]")  # the end of the words that may qualify a counted subject


def counted_subject(text: str, folded: str, clause: Span, q: Quantity, lex: Lexicons, units: UnitTable) -> Match | None:
    """The subject ``q`` counts when it is written right after it (a ``counted_subject`` cue),
    with its code for ``q``'s unit; None when another subject with no code in that unit or a lower
    unit (``lower_place``) follows it before the next figure or comma ("3% hộ nghèo đồng bào dân
    tộc thiểu số", "2% hộ nghèo ở các xã bãi ngang": a group's rate).
    ``folded`` is ``text`` folded (the cue patterns read it).

    Example: "phấn đấu giảm 1,2% hộ nghèo" -> "hộ nghèo", POVERTY_RATE.
    """
    m = cue_words(lex).counted_subject.match(folded, q.end, clause[1])
    if m is None:
        return None
    stop = _STOP.search(text, m.end(), clause[1])
    end = stop.start() if stop else clause[1]
    nxt = units.find(text, m.end(), end)
    end = nxt[0].start if nxt else end
    if cue_words(lex).lower_place.find(text, m.end(), end):
        return None  # "2% hộ nghèo ở các xã bãi ngang": a lower unit's rate, not the province's
    found = free_subjects(lex, text, (q.end, end))
    codes = [lex.subject_codes.get((s.value, q.unit)) for s in found]
    if not found or found[0].start > m.end() or None in codes:
        return None
    return Match(found[0].start, found[0].end, codes[0], found[0].phrase)
