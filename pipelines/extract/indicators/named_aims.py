"""A figure set as "the aim" whose clause names no indicator: the aim the text named just before.

Pages often name what grows in one clause or sentence and set its figure in the next by the aim's
noun alone ("Với tăng trưởng 6,8% trong 9 tháng, tỉnh quyết tâm đạt mục tiêu trên 8%"; "Tỉnh
xây dựng hai kịch bản tăng trưởng năm 2027. Trong đó, kịch bản cao nhất là 9%"). When an
``aim_noun`` word stands a few words before the figure (``CueWords.aim_figure``), the indicator
is the one named nearest before that word, in its sentence or the sentence before: a curated
phrasing whose code has the figure's unit, or a subject (``indicator_subjects.csv``) with a code
in that unit. Nothing is coded when the nearest name has no code in that unit ("cả nước": the
nation's aim is not the province's).
"""

from __future__ import annotations

from pipelines.extract.numbers import Quantity
from pipelines.extract.subjects import free_subjects
from pipelines.extract.indicators.page import Page
from pipelines.text.matcher import Match
from pipelines.text.segment import sentences


def aim_named_before(page: Page, start: int, q: Quantity, by_year: bool = False) -> Match | None:
    """The indicator (``Match.value``, its code) of a figure set by an aim's noun between
    ``start`` and ``q``, named before that noun; None when no aim's noun stands there or no
    name with a code in ``q``'s unit is nearest.

    Example: "Với tăng trưởng 6,8% trong 9 tháng, tỉnh quyết tâm đạt mục tiêu trên 8%" -> the 8%
    is "tăng trưởng", GRDP_GROWTH. With ``by_year``, the aim's noun lists its figures by year
    (``CueWords.aim_year_figure``): "... chỉ tiêu bao phủ bảo hiểm y tế. Trong đó, tỉnh được giao
    chỉ tiêu cụ thể: năm 2026: 91%" -> the 91% is HEALTH_INSURANCE_COVERAGE.
    """
    pattern = page.words.aim_year_figure if by_year else page.words.aim_figure
    aim = pattern.search(page.folded, start, q.start)
    if aim is None:
        return None
    para = page.para_at(aim.start())
    if para is None:
        return None
    before = sentences(page.text, (para[0], aim.start()))
    if not before:
        return None
    span = (before[-2][0] if len(before) > 1 else before[-1][0], aim.start())
    named = sorted(_names(page, span, q.unit), key=lambda m: m.end)
    return named[-1] if named and named[-1].value is not None else None


def _names(page: Page, span: tuple[int, int], unit: str) -> list[Match]:
    """The phrasings and free subjects in ``span``, each with its code for ``unit`` (None: none)."""
    info = page.lex.indicator_info
    phrases = [
        Match(m.start, m.end, m.value if info.get(m.value, {}).get("unit") == unit else None, m.phrase)
        for m in page.lex.indicators.find(page.text, *span)
    ]
    subjects = [
        Match(m.start, m.end, page.lex.subject_codes.get((m.value, unit)), m.phrase)
        for m in free_subjects(page.lex, page.text, span)
    ]
    return phrases + subjects
