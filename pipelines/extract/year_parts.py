"""A target set for a part of a year is not that year's indicator: the row stays uncoded.

The lexicon's codes are a year's figure or a period's average (GRDP_GROWTH is the growth of a
year). A target stated for a quarter or a half-year ("Quý IV phấn đấu tăng trưởng GRDP đạt 10%",
"6 tháng cuối năm, tăng trưởng phải đạt 12,1%") keeps its values and year, loses its code, and
its label names the part: "quý IV: tăng trưởng GRDP" (docs/CONVENTIONS.md, ruled in session 24).

Steps, for each coded row:
1. the row's sentence, from its start to the end of the row's quote;
2. the last ``year_part`` word there (``indicator_cues.csv``: "quý iv", "6 tháng cuối năm");
   a ``whole_year`` word after it ("cả năm") or a year that is not the part's own ("quý I/2025",
   "quý I năm 2025" are the part's) gives the sentence back to the whole year, unless it stands in
   brackets (a plan of the year beside the part's target: "(kế hoạch năm 2025 là 10%)");
3. the row loses ``indicator_code`` and ``label_en``; ``label_vi`` is prefixed with the part;
4. an uncoded row after it in the sentence whose label is only a ``whole_year`` word ("quý III
   đạt 8,5%, cả năm đạt 8%") takes the indicator the part's row had, unless a row says so already.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_words import CueWords, cue_words
from pipelines.text.fold import fold
from pipelines.text.segment import Span, paragraphs, sentences, span_at
from pipelines.text.years import YEAR

_YEAR_AT_END = re.compile(rf"[\s/-]+(?:\w+\s+)?{YEAR}$")


def year_part(folded: str, start: int, end: int, lex: Lexicons, own: int | None = None) -> tuple[int, int] | None:
    """The span of the part of a year that governs ``folded[start:end]`` (its last ``year_part``
    word, unless a ``whole_year`` word or another year follows it, outside brackets before ``own``,
    the start of the statement itself), or None.

    Example: "quý iv, tỉnh phấn đấu tăng trưởng " -> the span of "quý iv"; "quý iii tăng 9%, phấn
    đấu cả năm tăng " -> None."""
    words = cue_words(lex)
    last = None
    for m in words.year_part.finditer(folded, start, end):
        last = m
    if last is None or any(
        m.start() >= (own if own is not None else end) or not _in_brackets(folded, last.end(), m.start())
        for m in words.whole_year.finditer(folded, last.end(), end)
    ):
        return None
    return last.span()


def _in_brackets(folded: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket opened after ``start``: an aside ("(kế hoạch năm 2025
    là 10%)") beside a part's target does not give the sentence back to the whole year."""
    gap = folded[start:pos]
    return gap.count("(") > gap.count(")")


def _the_part(text: str, folded: str, row: dict, spans: list[Span], lex: Lexicons) -> str | None:
    """The words of the part of a year that the row's statement is set for, as the text writes them."""
    start = row["char_start"]
    sentence = span_at(spans, start)
    if sentence is None:
        return None
    found = year_part(folded, _broken_down(folded, sentence, spans, lex), row["char_end"], lex, own=start)
    if found is None:
        return None
    own = _YEAR_AT_END.search(text, found[0], found[1])  # "quý I/2025" -> "quý I"
    return text[found[0] : own.start() if own else found[1]]


def _broken_down(folded: str, sentence: Span, spans: list[Span], lex: Lexicons) -> int:
    """Where the statement of a sentence starts: a sentence that opens with a ``breakdown_lead``
    ("Trong đó: khu vực dịch vụ ...") breaks down the one before it in its paragraph, whose part
    of a year it keeps ("GRDP 9 tháng ước đạt 6,9% (kịch bản 7,87%). Trong đó: ...")."""
    if not cue_words(lex).breakdown_lead.match(folded, sentence[0]):
        return sentence[0]
    before = [s for s in spans if s[1] <= sentence[0] and "\n" not in folded[s[1] : sentence[0]]]
    return before[-1][0] if before else sentence[0]


def _key(row: dict) -> tuple:
    return (
        row["indicator_code"] or row["label_vi"],
        row["comparator"],
        row["value_low"],
        row["value_high"],
        row["target_year"],
    )


def _whole_year_of(row: dict, before: dict | None, words: CueWords) -> bool:
    """Whether ``row`` is the whole year told after a part of it, in the same sentence, its label
    only a ``whole_year`` word: "quý III đạt 8,5%, cả năm đạt 8%"."""
    return (
        before is not None
        and row["indicator_code"] is None
        and words.whole_year.fullmatch(fold(row["label_vi"] or "").strip()) is not None
    )


def uncode_year_parts(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Drop, in place, the code (and English label) of rows set for a part of a year, naming the
    part in ``label_vi``; a row for the whole year that follows such a row in its sentence with
    no name of its own ("cả năm đạt 8%") takes the indicator the part's row had.

    Example: "Quý IV, tỉnh phấn đấu tăng trưởng GRDP đạt 10%." -> GRDP_GROWTH becomes uncoded,
    label "quý IV: tăng trưởng GRDP"."""
    if not any(r["indicator_code"] is not None for r in rows):
        return
    words = cue_words(lex)
    folded = fold(text)
    spans = [s for p in paragraphs(text) for s in sentences(text, p)]
    keys = {_key(r) for r in rows}
    parted: dict[Span | None, dict] = {}  # sentence -> the last row of a part, as it was coded
    for row in sorted(rows, key=lambda r: r["char_start"]):
        sentence = span_at(spans, row["char_start"])
        if _whole_year_of(row, parted.get(sentence), words):
            named = dict(row, **{k: parted[sentence][k] for k in ("indicator_code", "label_vi", "label_en")})
            if _key(named) not in keys:
                row.update(named)
            continue
        if row["indicator_code"] is None:
            continue
        part = _the_part(text, folded, row, spans, lex)
        if part is None:
            continue
        parted[sentence] = {k: row[k] for k in ("indicator_code", "label_vi", "label_en")}
        row["indicator_code"] = None
        row["label_en"] = None
        row["label_vi"] = f"{part[0].lower()}{part[1:]}: {row['label_vi']}"
