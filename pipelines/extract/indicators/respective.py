"""Figures handed out in order to items by a ``respectively`` word ("tương ứng", "lần lượt").

Three shapes: the items named first, then the word, then as many figures in the same order
("tỷ trọng công nghiệp - xây dựng, dịch vụ, nông nghiệp tương ứng 45%, 40% và 10%"; the
figures may be joined by dashes, "55% - 35% - 10%"); the word, then each figure with its item
written right after it ("đạt lần lượt 5 tỷ USD xuất khẩu và 4 tỷ USD nhập khẩu"); or a
sentence that names no item, handing its figures to the coded rows of the sentence before it
("... dịch vụ đạt 48%. Năm 2030 đạt tương ứng: 41%; 10% và 49%"). Each figure is a row of its
item's code; a comparator before the first figure covers each (CONVENTIONS, session 28).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.numbers import Quantity
from pipelines.text.matcher import Match
from pipelines.text.segment import Span
from pipelines.extract.indicators.comparators import comparator_of
from pipelines.extract.indicators.page import Page, Clause
from pipelines.extract.indicators.phrasings import switch_code, rate_unit, unit_suits, scope_families
from pipelines.extract.indicators.rows import keep
from pipelines.extract.indicators.years import target_year

_DIGIT = re.compile(r"\d")
_LEAD_WORDS = 3  # words between the respectively word and the first figure ("tương ứng đạt khoảng")
_NAME_GAP = 3  # words between the last item and the respectively word ("... thuế sản phẩm với tỷ trọng")


@dataclass(frozen=True)
class Handed:
    """A figure of a respectively list and the item it goes to."""

    q: Quantity
    item: Match  # ``value`` is the item's code
    start: int  # where the row's quote starts


def respective_rows(page: Page, clause: Clause, phrases: list[Match]) -> list[Handed]:
    """Keep the rows of the respectively lists of a target clause; return what each figure went
    to, so that the clause's other readings leave those figures and items alone (figures of the
    list in the sentence's later clauses are left alone too: ``Page.handed``).

    Example: "Cơ cấu kinh tế: công nghiệp - xây dựng, dịch vụ, nông nghiệp tương ứng đạt 50%,
    42% và 8%" -> SHARE_INDUSTRY_CONSTRUCTION 50, SHARE_SERVICES 42, SHARE_AGRICULTURE 8."""
    out: list[Handed] = []
    span, sentence = clause.span, clause.sentence
    for cue in page.words.respectively.finditer(page.folded, *span):
        if any(h.q.start <= cue.start() < h.q.end for h in out):
            continue
        handed = (
            _named_first(page, span, cue.start(), cue.end(), sentence[1], phrases)
            or _named_after(page, span, cue.end(), phrases)
            or _named_in_sentence_before(page, sentence, cue.start(), cue.end())
        )
        for h in handed:
            _keep(page, clause, h, handed[0].q, cue.end(), (sentence[0], handed[-1].q.end))
            page.handed.add((h.q.start, h.q.end))
        out += handed
    return out


def _keep(page: Page, clause: Clause, h: Handed, first: Quantity, lo: int, dated: Span) -> None:
    comparator = comparator_of(page, lo, h.q)
    if comparator == "eq" and h.q is not first and first.high is None and h.q.high is None:
        own = comparator_of(page, lo, first)
        comparator = own if own != "between" else comparator
    code = switch_code(h.item.value, h.q.unit, "", page.lex)
    start, end = min(h.start, h.q.start), max(h.item.end if h.start == h.item.start else 0, h.q.end)
    year = target_year(page, dated, (h.q.start, h.q.end), prefer_after=False) or clause.default_year
    value = (comparator, h.q.low, h.q.high, rate_unit(page, code, h.q.unit), year)
    keep(page, code, h.item.phrase, value, (start, end), clause)


def _figures(page: Page, start: int, end: int) -> list[Quantity]:
    """The figures of a list from ``start`` (the first after a few lead words), each alone
    between ``respective_sep`` separators, dashes included when every piece is a figure."""
    digit = _DIGIT.search(page.folded, start, end)
    if not digit or len(page.folded[start : digit.start()].split()) > _LEAD_WORDS:
        return []
    for seps in (page.words.respective_sep, page.words.respective_sep_nodash):
        run = _run(page, digit.start(), end, seps)
        if len(run) > 1:
            return run
    return []


def _run(page: Page, pos: int, end: int, seps: re.Pattern) -> list[Quantity]:
    run: list[Quantity] = []
    while pos < end:
        sep = seps.search(page.folded, pos, end)
        stop = sep.start() if sep else end
        piece = page.units.find(page.text, pos, stop)
        if len(piece) != 1 or piece[0].start != pos or page.folded[piece[0].end : stop].strip(" \n.;:)"):
            break
        run.append(piece[0])
        if sep is None:
            break
        pos = sep.end()
    return run


def _named_first(page: Page, clause: Span, cue: int, cue_end: int, end: int, phrases: list[Match]) -> list[Handed]:
    """Items named in the clause before the respectively word, as many as the figures after it
    (up to ``end``, its sentence's end: "tương ứng 45%; 40% và 15%")."""
    figures = _figures(page, cue_end, end)
    named = _items_before(page, clause, cue, phrases)
    if len(figures) < 2 or len(named) < len(figures):
        return []
    items = named[-len(figures) :]
    if len(page.folded[items[-1].end : cue].split()) > _NAME_GAP or page.units.find(page.text, items[0].start, cue):
        return []
    if not all(unit_suits(p.value, q.unit, page.lex) for p, q in zip(items, figures)):
        return []
    return [Handed(q, p, p.start) for q, p in zip(figures, items)]


def _items_before(page: Page, clause: Span, cue: int, phrases: list[Match]) -> list[Match]:
    """The items named in ``clause`` before ``cue``: its phrasings, and after the first of them
    the parts of the same whole its code opens ("tỷ trọng nông - lâm - thủy sản, công nghiệp -
    xây dựng, dịch vụ": the share of agriculture opens the other sectors' shares)."""
    named = [p for p in phrases if clause[0] <= p.start and p.end <= cue]
    if not named:
        return []
    families = scope_families(page.lex)
    for key in families.get(named[0].value, ()):
        for m in page.lex.scoped_indicators[key].find(page.text, named[0].end, cue):
            if not any(p.start < m.end and m.start < p.end for p in named):
                named.append(m)
    return sorted(named, key=lambda m: m.start)


def _named_after(page: Page, clause: Span, cue_end: int, phrases: list[Match]) -> list[Handed]:
    """Each figure after the respectively word with its item written right after it."""
    found = page.units.find(page.text, cue_end, clause[1])
    if len(found) < 2 or len(page.folded[cue_end : found[0].start].split()) > _LEAD_WORDS:
        return []
    out: list[Handed] = []
    for q in found:
        item = _item_after(page, q, clause[1], phrases)
        if item is None:
            break
        out.append(Handed(q, item, q.start))
    return out if len(out) > 1 else []


def _named_in_sentence_before(page: Page, sentence: Span, cue: int, cue_end: int) -> list[Handed]:
    """When the respectively word's sentence names no item before it, the items of the
    sentence before it on its line: that sentence's coded rows, in order, as many as the figures
    after the word, each in its figure's unit ("Cơ cấu kinh tế năm 2025: công nghiệp - xây dựng
    đạt 40%; nông nghiệp đạt 15%; dịch vụ đạt 45%. Năm 2030 đạt tương ứng: 45%; 10% và 45%")."""
    if page.lex.indicators.find(page.text, sentence[0], cue) or page.lex.indicator_scopes.find(
        page.text, sentence[0], cue
    ):
        return []
    figures = _figures(page, cue_end, sentence[1])
    line = page.text.rfind("\n", 0, sentence[0]) + 1
    rows = sorted(
        (r for r in page.found.values() if line <= r["char_start"] and r["char_end"] <= sentence[0]),
        key=lambda r: r["char_end"],
    )
    if len(figures) < 2 or len(rows) < len(figures):
        return []
    items = rows[-len(figures) :]
    codes = [r["indicator_code"] for r in items]
    if None in codes or len(set(codes)) < len(codes) or page.units.find(page.text, items[-1]["char_end"], cue):
        return []
    if not all(unit_suits(c, q.unit, page.lex) for c, q in zip(codes, figures)):
        return []
    return [
        Handed(q, Match(r["char_start"], r["char_end"], r["indicator_code"], r["label_vi"]), sentence[0])
        for q, r in zip(figures, items)
    ]


def _item_after(page: Page, q: Quantity, end: int, phrases: list[Match]) -> Match | None:
    """The phrasing or subject (``indicator_subjects.csv``, coded for ``q``'s unit) that starts
    right after ``q``."""
    starts = [p for p in phrases if p.start > q.end and not page.folded[q.end : p.start].strip()]
    if starts and unit_suits(starts[0].value, q.unit, page.lex):
        return starts[0]
    for m in page.lex.indicator_subjects.find(page.text, q.end, end):
        code = page.lex.subject_codes.get((m.value, q.unit))
        if not page.folded[q.end : m.start].strip() and code:
            return Match(m.start, m.end, code, m.phrase)
    return None
