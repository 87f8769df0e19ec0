"""The page frame: what kind of page an article is, from its title, lead and structure.

``page_frame(text, lex, published_year)`` reads the curated ``frame_cues.csv``:

- ``target_setting``: the title (or, when the title says nothing, the lead) hands out or sets
  targets ("giao chỉ tiêu kế hoạch năm 2026", "thông qua 8 chỉ tiêu chủ yếu năm 2025");
- ``results``: it reports results ("kinh tế 9 tháng năm 2024 duy trì đà tăng trưởng"), unless
  every results cue of a headline is what an aim right before it aims at ("quyết tâm tăng
  trưởng năm 2026 từ 8%": ``_aimed_at``);
- ``mixed``: both ("tổng kết năm 2024, đặt mục tiêu tăng trưởng năm 2025");
- ``legal_text``: no such cue, but the body has a legal text's structure ("QUYẾT NGHỊ:",
  "Điều 1.", "Căn cứ Luật ...").

A target-setting page makes "target" the default context of statements that carry no cue of
their own, and the latest year its title names (not before the publication year) their default
plan year.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.context import Cues, benchmark, met_counts
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.extract.cue_words import cue_words
from pipelines.extract.tones import same_tones
from pipelines.text.fold import fold
from pipelines.text.matcher import PhraseMatcher
from pipelines.text.segment import Span, paragraphs
from pipelines.text.memo import per_table

FRAME_TABLE = "frame_cues.csv"
_LEAD_PARAGRAPHS = 3
_BODY_PARAGRAPHS = 25


@dataclass(frozen=True)
class Frame:
    """An article's frame: ``kind``, the default ``context`` ("target" or "") and ``plan_year``."""

    kind: str
    context: str
    plan_year: int | None


def _matchers(lex: Lexicons) -> dict[tuple[str, str], PhraseMatcher]:
    return per_table(lex.tables[FRAME_TABLE], _matchers_of)


def _matchers_of(df) -> dict[tuple[str, str], PhraseMatcher]:
    """One matcher per (frame, where) of ``frame_cues.csv``."""
    return {key: PhraseMatcher((c, key[0]) for c in g.cue) for key, g in df.groupby(["frame", "where"])}


def _kinds(text: str, spans: list[Span], where: str, lex: Lexicons) -> set[str]:
    """The frames whose cues stand in ``spans`` (written with the cue's tones: a title about
    "chi tiêu" (spending) names no "chỉ tiêu"); a target-setting cue counts only where it sets
    an aim (``_sets_aim``)."""
    cues = lex.tables[FRAME_TABLE]
    found: set[str] = set()
    aims: list = []
    reports: list = []
    for (frame, w), matcher in _matchers(lex).items():
        if w != where:
            continue
        hits = [(s, h) for s in spans for h in matcher.find(text, *s) if same_tones(text, h, cues)]
        if any(frame != "target_setting" or _sets_aim(text, s, h, lex) for s, h in hits):
            found.add(frame)
            aims += [h for s, h in hits if frame == "target_setting" and _sets_aim(text, s, h, lex)]
            reports += [h for s, h in hits if frame == "results"]
    headline = where == "title" and spans and not text[spans[0][0] : spans[0][1]].rstrip().endswith(".")
    if headline and "results" in found and reports and all(_aimed_at(text, r, aims) for r in reports):
        found.discard("results")
    return found


def _aimed_at(text: str, hit, aims: list) -> bool:
    """Whether a results cue of a headline is what an aim right before it aims at ("Tỉnh A quyết
    tâm tăng trưởng năm 2026 từ 8 - 8,5%": the growth is the aim's object, not a result reported).
    Only a headline (a title that ends with no full stop) is read so: a lead sentence standing first
    ("..., tỉnh đặt mục tiêu tăng trưởng năm 2023 là 7%.") opens a page that reviews too."""
    return any(a.end <= hit.start and not text[a.end : hit.start].strip() for a in aims)


def _sets_aim(text: str, span: Span, hit, lex: Lexicons) -> bool:
    """Whether a target-setting cue of a title or lead sets an aim, by the rules that read a
    statement (``context``): a cue inside a tally of targets met ("10/15 chỉ tiêu đạt và vượt
    kế hoạch") or one that only names the plan a result is measured against ("vượt so với kế
    hoạch", "đã xây dựng kế hoạch") reviews, it frames no target-setting page; nor does one inside
    a phrase that only contains it (``not_target``: "Chương trình mục tiêu quốc gia ..." names a
    programme); nor does one that names a grant of money (``allocation``: "thông qua nghị quyết hỗ
    trợ 300 tỉ đồng" appropriates support, CONVENTIONS session 35)."""
    if any(c.start <= hit.start and hit.end <= c.end for c in cue_words(lex).not_target.find(text, *span)):
        return False
    if any(m.start() < hit.end and hit.start < m.end() for m in cue_words(lex).allocation.finditer(fold(text), *span)):
        return False
    cues = Cues(lex)
    if any(a < hit.end and hit.start < b for a, b in met_counts(text, span, cues)):
        return False
    benchmarks = [h for h in lex.target_cues.find(text, *span) if benchmark(text, span, h, cues)]
    return not any(b.start <= hit.start and hit.end <= b.end for b in benchmarks)


def _kind(text: str, paras: list[Span], lex: Lexicons) -> str:
    kinds = _kinds(text, paras[:1], "title", lex) or _kinds(text, paras[1 : 1 + _LEAD_PARAGRAPHS], "lead", lex)
    kinds.discard("legal_text")
    if {"target_setting", "results"} <= kinds:
        return "mixed"
    if kinds:
        return kinds.pop()
    return "legal_text" if _kinds(text, paras[:_BODY_PARAGRAPHS], "body", lex) else "mixed"


def _title_year(text: str, title: Span, published_year: int | None, lex: Lexicons) -> int | None:
    """The plan year a title names: its latest year (not before the publication year), where
    a year inside a full date ("Ngày 03 tháng 12 năm 2021", a print date) or after a baseline
    word ("tăng 9% so với năm 2024": what a figure is compared with) or a vision ("thời kỳ
    2021 - 2030, tầm nhìn đến năm 2050": the plan's targets fall due by 2030) names none and a
    single year inside a period it states is that period's annual plan ("năm 2024 ... kế
    hoạch 5 năm 2021 - 2025" -> 2024, not 2025); a term of office ("HĐND tỉnh khóa X, nhiệm kỳ
    2021 - 2026") names no plan year."""
    words = cue_words(lex)
    in_dates = [(d.start, d.end) for d in dates.find_dates(text, words, *title)]
    folded = fold(text)
    visions = [(m.start(), m.end()) for m in words.vision.finditer(folded, *title)]
    singles = [
        y
        for s, _, y, _ in dates.find_years(text, words, *title)
        if not any(a <= s < b for a, b in in_dates + visions) and not words.baseline.search(folded, title[0], s)
    ]
    term = compiled(lex, "frame_term_of_office", _term_pattern)
    periods = [
        (y1, y2)
        for s, _, y1, y2 in dates.find_periods(text, *title)
        if not term.search(folded, max(title[0], s - 20), s)  # "HĐND tỉnh khóa X, nhiệm kỳ 2021-2026"
    ]
    ends = [y2 for y1, y2 in periods if not any(y1 <= y < y2 for y in singles)]
    years = [y for y in singles + ends if published_year is None or y >= published_year]
    return max(years) if years else None


def _term_pattern(lex: Lexicons) -> re.Pattern:
    """A term of office right before a period ("nhiệm kỳ 2021 - 2026": ``term_of_office`` in
    ``document_cues.csv``): the term of a council or a post plans nothing."""
    return re.compile(rf"(?<!\w){cue_group(lex, 'document_cues.csv', 'term_of_office')}\s*\(?\s*$")


def page_frame(text: str, lex: Lexicons, published_year: int | None = None) -> Frame:
    """The frame of an article's cleaned ``text`` (first line = title).

    Example: title "Quảng Trị giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026" ->
    Frame("target_setting", "target", 2026).
    """
    paras = paragraphs(text)
    if not paras:
        return Frame("mixed", "", None)
    kind = _kind(text, paras, lex)
    year = _title_year(text, paras[0], published_year, lex) if kind in ("target_setting", "mixed") else None
    return Frame(kind, "target" if kind == "target_setting" else "", year)
