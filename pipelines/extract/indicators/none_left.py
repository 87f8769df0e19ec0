"""End states of lower units measured against a bar ("không còn xã nào có dưới 10 tiêu chí").

An aim that no commune (district, village) is left below or above a bar is an end state,
checkable, with no figure of its own: the bar only says which units must be gone (as an
indicator's end state is its `achieve`, CONVENTIONS; the state is of lower units, not the
province's rate, so it stays uncoded, as the gold of four pages in two sets reads it). Read as a
figure it would give a false row ("không còn xã có trên 12% hộ nghèo" is no poverty rate of 12%).

Steps, in a target clause:
1. a ``none_left`` cue, a ``lower_place`` noun, at most two words and a ``none_left_bound`` word
   right before a figure (``cue_words.none_left``) mark the state;
2. its figure is taken out of the clause's quantities (no numeric row);
3. the state is one uncoded ``achieve`` row, labelled by its words up to a ``label_stop`` word or
   the end of its comma segment, of the year the clause gives it.
"""

from __future__ import annotations

from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span
from pipelines.extract.indicators.page import Page, Clause, segment_around
from pipelines.extract.indicators.rows import keep
from pipelines.extract.indicators.years import target_year


def none_left_states(page: Page, clause: Span) -> list[Span]:
    """The spans of the end states in ``clause``, each from its cue to its label's end.
    Example: "phấn đấu không còn xã nào có trên 15% hộ nghèo, ..." -> "không còn xã nào có trên
    15% hộ nghèo"."""
    spans = []
    for m in page.words.none_left.finditer(page.folded, *clause):
        seg_end = segment_around(page.text, clause, m.start())[1]
        stop = page.words.label_stop.search(page.folded, m.end(), seg_end)
        end = stop.start() if stop else seg_end
        spans.append((m.start(), len(page.text[:end].rstrip(" .")) if end > m.end() else end))
    return spans


def without_bars(quantities: list[Quantity], states: list[Span]) -> list[Quantity]:
    """``quantities`` less the bars of the end states ("trên 15%" of "không còn xã nào có trên 15%
    hộ nghèo")."""
    return [q for q in quantities if not any(s <= q.start < e for s, e in states)]


def none_left_rows(page: Page, clause: Clause, states: list[Span]) -> None:
    """One uncoded ``achieve`` row per end state of the clause ("không còn xã dưới 16 tiêu chí")."""
    for start, end in states:
        year = target_year(page, clause.span, (start, end), prefer_after=True) or clause.default_year
        label = page.text[start:end]
        keep(page, None, label, ("achieve", None, None, None, year), (start, end), clause)
