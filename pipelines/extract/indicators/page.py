"""One article being read (``Page``), one target clause (``Clause``) and what a paragraph hands
on to the next (``Carry``), with what every step shares: the curated unit table, the page's
default plan year and the comma segment around a position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.context import Cues, heading_contexts, list_headings, section_contexts
from pipelines.extract.cue_words import CueWords, cue_words, role_cues
from pipelines.extract.frame import Frame
from pipelines.extract.numbers import UnitTable
from pipelines.extract.page_units import page_unit
from pipelines.text.fold import fold
from pipelines.text.matcher import PhraseMatcher
from pipelines.text.segment import Span, paragraphs, sentences, span_at
from pipelines.text.memo import per_table


VALUE_WORDS_TABLE = "value_words.csv"
# the unit of an age ("tuổi", units.csv): life expectancy is its only indicator; elsewhere an age
# only says who is counted ("tỷ lệ trẻ em suy dinh dưỡng dưới 5 tuổi còn 13%")
AGE_UNIT = "year"
MONEY_UNITS = frozenset({"vnd_billion", "vnd_million", "usd"})  # amounts of money (an allocation is one)


def unit_table(lex: Lexicons) -> UnitTable:
    """The curated units as a quantity finder."""
    rows = lex.tables["units.csv"].to_dict("records")
    return UnitTable(
        [(r["phrase"], r["unit"], float(r["multiplier"])) for r in rows],
        range_words=role_cues(lex, "range_join"),
        year_nouns=role_cues(lex, "year_noun"),
        magnitudes=role_cues(lex, "magnitude"),
        leads=_leading_comparators(lex),
        compounds=role_cues(lex, "unit_compound"),
    )


def _leading_comparators(lex: Lexicons) -> list[str]:
    """The comparators written before a number ("trên", "không dưới"), and the fillers between
    them and it ("từ", "mức")."""
    df = lex.tables["comparators.csv"]
    return [p for p, pos in zip(df["phrase"], df["position"]) if pos == "before"] + role_cues(lex, "filler")


@dataclass
class Page:
    """One article being read: its text, knowledge, frame and the rows found so far."""

    article_id: str
    text: str
    lex: Lexicons
    units: UnitTable
    cues: Cues
    frame: Frame
    horizon: int | None
    folded: str = ""
    words: CueWords = field(init=False)
    headings: dict[Span, str] = field(default_factory=dict)
    sections: dict[Span, str] = field(default_factory=dict)
    heads: dict[Span, Span] = field(default_factory=dict)
    found: dict[tuple, dict] = field(default_factory=dict)
    planned: set[tuple] = field(default_factory=set)  # keys of plan figures in brackets (``bracketed_plans``)
    plan_year: int | None = None  # the default target year (``_plan_year``), found once per page
    paras: list[Span] = field(default_factory=list)  # the article's paragraphs, in order
    # the one year an undated page names and estimates (0: none; ``brackets._undated_bracket_year``)
    undated_year: int | None = None
    handed: set[Span] = field(default_factory=set)  # figures a respectively list gave out (``respective``)
    subgroups: set[tuple] = field(default_factory=set)  # keys of counts of a subgroup (``yearly_counts``)
    phases: set[int] = field(default_factory=set)  # starts of the figures that are phases of a period's (``phases``)
    unit: str | None = None  # the level of the unit the page is about (``page_units.page_unit``)

    def __post_init__(self):
        self.folded = fold(self.text)
        self.words = cue_words(self.lex)
        self.headings = heading_contexts(self.text, self.lex)
        self.sections = section_contexts(self.text, self.lex)
        self.heads = list_headings(self.text, self.lex)
        self.plan_year = _plan_year(self)
        self.unit = page_unit(self.text, paragraphs(self.text), self.lex)

    def para_at(self, pos: int) -> Span | None:
        """The paragraph (of ``paras``) that holds offset ``pos``, else None."""
        return span_at(self.paras, pos)

    def sentence_at(self, pos: int) -> tuple[Span, Span] | None:
        """The paragraph and the sentence in it that hold offset ``pos``, else None."""
        para = self.para_at(pos)
        sentence = span_at(sentences(self.text, para), pos) if para else None
        return (para, sentence) if para and sentence else None


@dataclass(frozen=True)
class Clause:
    """A target clause with its sentence, list heading and default target year."""

    span: Span
    sentence: Span
    heading: Span | None
    default_year: int | None
    min_year: int | None = None  # set when only the page frame makes the clause a target
    # comparisons with a year before its section's, in a plain paragraph (``section_bases``)
    bases: tuple[Span, ...] = ()


def segment_around(text: str, clause: Span, pos: int) -> Span:
    """The comma-delimited segment of ``clause`` around ``pos`` (decimal commas do not count; a
    ';' inside a clause that joins a series of years cuts as a comma does)."""
    cuts = [clause[0] + m.start() for m in re.finditer(r"[,;](?!\d)", text[clause[0] : clause[1]])]
    start = max([c + 1 for c in cuts if c < pos] or [clause[0]])
    end = min([c for c in cuts if c >= pos] or [clause[1]])
    return start, end


def value_words(lex: Lexicons) -> PhraseMatcher:
    """The curated words that state a value ("hai con số": gte 10%, ``value_words.csv``)."""
    return per_table(lex.tables[VALUE_WORDS_TABLE], _value_matcher)


def _value_matcher(df: pd.DataFrame) -> PhraseMatcher:
    rows = df.to_dict("records")
    return PhraseMatcher((r["phrase"], (r["comparator"], float(r["value_low"]), r["unit"])) for r in rows)


@dataclass(frozen=True)
class Carry:
    """What a paragraph ending in ';' hands to the next one: its list goes on there ("...;
    tỷ lệ che phủ rừng đạt 54%;" then "Thu ngân sách 3.000 tỷ đồng; ..."), with the context
    and the scope year of its last clause, and the year its last aim's rows fall due in (for a
    breakdown after it)."""

    context: str
    year: int | None
    listing: bool = True  # the paragraph ended with ';': its list goes on (else only a breakdown takes it on)
    section: bool = False  # a target section goes on (``paragraphs._hand_on``)
    aim_year: int | None = None  # the year its last target clause's rows fall due in (``carried_year``)


def _plan_year(page: Page) -> int | None:
    """The default target year: a target-setting page's title year, else the horizon of the
    article's documents, else any title year."""
    if page.frame.kind == "target_setting" and page.frame.plan_year:
        return page.frame.plan_year
    return _not_baseline(page, _not_vision(page, page.horizon)) or page.frame.plan_year


def _not_baseline(page: Page, year: int | None) -> int | None:
    """``year``, unless the page names it only as a baseline ("thu ngân sách so với năm 2024
    tăng 20%"): what figures are compared with is no plan horizon."""
    if year is None:
        return None
    named = [s for s, _, y, _ in dates.find_years(page.text, page.words) if y == year]
    if named and all(page.words.baseline.search(page.folded, max(0, s - 30), s) for s in named):
        return None
    return year


def _not_vision(page: Page, year: int | None) -> int | None:
    """``year``, unless it is the page's vision year ("thời kỳ 2021 - 2030, tầm nhìn đến năm
    2050"): a plan's targets fall due by the end of its period (2030), not by its vision."""
    if year is None or not any(int(m.group(1)) == year for m in page.words.vision.finditer(page.folded)):
        return year
    ends = [p[3] for p in dates.find_periods(page.text) if p[3] < year]
    return max(ends) if ends else year
