"""Statements of an earlier year's end or of an ended period on an undated page.

A page with no date may still show when it was written: it aims at later years ("với mục tiêu
đến năm 2026, ..."). A sentence that opens with the end of an earlier year and states where
things stood ("Đến cuối năm 2021, tỷ lệ hộ nghèo của tỉnh còn 3,1%") reports a result, and one
that opens with a period ended by then ("Giai đoạn 2016 - 2020, tỉnh đã ...; mỗi năm, tỉnh phấn
đấu giảm từ 2-3% hộ nghèo") states a target of the past (CONVENTIONS, session 35: a target of a
period already ended on an undated page is no row; session 36: an earlier year-end status on an
undated page, with its year before the page's target years, is a result; a sentence that takes its
year from such a status before it, "Toàn tỉnh có 50/80 xã ...", is a status too).
"""

from __future__ import annotations

import re

from pipelines.extract import dates
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page
from pipelines.extract.tones import same_tones
from pipelines.text.segment import Span, sentences, span_at
from pipelines.text.years import YEAR


def undated_past(rows: list[dict], page: Page) -> list[dict]:
    """The rows of an undated page (no publication year) less those whose sentence opens with an
    earlier year's end ("Đến cuối năm 2021, ...": ``year_end``; then no aim of its own) or a
    period ended in that year ("Giai đoạn 2016 - 2020, ...": ``period_noun``), or whose sentence,
    naming no year and no aim, follows such a year's end in its paragraph, when every year the
    page's other aims name is later, or (a year's end only) every year the page's other rows are
    due in is. A page whose frame plans a year reads the year's end only, before that year.
    Example: "Đến cuối năm 2021, tỷ lệ hộ nghèo còn 3,1%." beside "với mục tiêu đến năm 2026,
    ..." gives no row; so it does beside "mỗi năm giảm 2% hộ nghèo" read for 2022."""
    if page.cues.published_year is not None or not rows:
        return rows
    aims = _aim_years(page)
    return [r for r in rows if not _past_opening(r, page, aims, rows)]


def _past_opening(row: dict, page: Page, aims: list[tuple[Span, int]], rows: list[dict]) -> bool:
    year, start = row.get("target_year"), row["char_start"]
    if year is None:
        return False
    sentence = span_at(_sentences(page), start)
    if sentence is None:
        return False
    status = sentence if _year_end_status(page, sentence, year) else _inherited_status(page, sentence, year)
    planned = page.cues.plan_year
    if status is None:
        m = _openers(page)[1].match(page.folded, *sentence)
        if planned is not None or m is None or int(m.group("y")) != year:
            return False
    elif planned is not None and planned <= year:
        return False
    later = [y for s, y in aims if s not in (sentence, status)]
    if later and min(later) > year:
        return True
    if status is None:
        return False
    spans = [s for s in (sentence, status) if s is not None]
    due = [r["target_year"] for r in rows if r.get("target_year") is not None and not _within(r, spans)]
    return bool(due) and min(due) > year


def _within(row: dict, spans: list[Span]) -> bool:
    return any(s[0] <= row["char_start"] < s[1] for s in spans)


def _year_end_status(page: Page, sentence: Span, year: int) -> bool:
    """Whether ``sentence`` opens with the end of ``year`` and states no aim after it."""
    m = _openers(page)[0].match(page.folded, *sentence)
    if m is None or int(m.group("y")) != year:
        return False
    return not [h for h in _aims(page, sentence) if h.start >= m.end()]


def _inherited_status(page: Page, sentence: Span, year: int) -> Span | None:
    """The year-end status of ``year`` that ``sentence``, naming no year and no aim, follows in
    its paragraph with no other year or aim between ("Đến cuối năm 2021, ... . Toàn tỉnh có 60/85
    xã ..."), or None."""
    if _aims(page, sentence) or dates.find_years(page.text, page.words, *sentence):
        return None
    para = page.para_at(sentence[0])
    if para is None:
        return None
    before = [s for s in sentences(page.text, para) if s[1] <= sentence[0]]
    for s in reversed(before):
        if _year_end_status(page, s, year):
            return s
        if _aims(page, s) or dates.find_years(page.text, page.words, *s):
            return None
    return None


def _sentences(page: Page) -> list[Span]:
    return [s for p in page.paras for s in sentences(page.text, p)]


def _aims(page: Page, span: Span) -> list:
    """The target cues of ``span`` written with a curated cue's tones ("cận nghèo" is no "cần")."""
    return [
        h for h in page.lex.target_cues.find(page.text, *span) if same_tones(page.text, h, page.lex.tables["cues.csv"])
    ]


def _aim_years(page: Page) -> list[tuple[Span, int]]:
    """(sentence, year) for each year named in a sentence with a target cue, baselines aside."""
    out = []
    for s in _sentences(page):
        if not _aims(page, s):
            continue
        for y_start, _, y, _ in dates.find_years(page.text, page.words, *s):
            if not page.words.baseline.search(page.folded, max(s[0], y_start - 30), y_start):
                out.append((s, y))
    return out


def _openers(page: Page) -> tuple[re.Pattern, re.Pattern]:
    """A sentence's opening year's end ("Đến cuối năm 2021", ``year_end``) and opening period
    ("Giai đoạn 2016 - 2020", ``period_noun``), on folded text, built once per lexicon."""

    def build(lex):
        lead, noun = alternation(role_cues(lex, "year_lead")), alternation(role_cues(lex, "year_noun"))
        end, period = alternation(role_cues(lex, "year_end")), alternation(role_cues(lex, "period_noun"))
        return (
            re.compile(rf"[\s\-+•*–]*(?:{lead}\s+)?{end}\s+{noun}\s+(?P<y>{YEAR})(?!\d)"),
            re.compile(rf"[\s\-+•*–]*{period}\s+{YEAR}\s*-\s*(?P<y>{YEAR})(?!\d)"),
        )

    return compiled(page.lex, "undated_past", build)
