"""A growth said of the sector a page is about: that sector's growth code.

On a page whose title or lead names one sector only ("Ngành nông nghiệp tổng kết năm 2024",
"Kế hoạch sản xuất nông, lâm và thủy sản năm 2022"), a growth that names nothing else ("tốc độ
tăng trưởng ngành đạt 4,5%", "tăng trưởng khu vực này trên 4,33%", "tăng trưởng giá trị GRDP:
3%") is the sector's growth, not the economy's (round-37 ruling). The words naming each sector,
its growth code and whether a bare growth on its page is its own (``bare_growth``) are
``sector_pages.csv``; the bare growth labels are the ``sector_growth`` cues of
``indicator_cues.csv``. A page whose lead names two sectors is about no one sector. Only the
farm sector's bare growth is its own today (SECTOR_I_GROWTH).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.text.fold import fold
from pipelines.text.segment import Span

TABLE = "sector_pages.csv"
LEAD_PARAGRAPHS = 3  # the title and the lead: the first paragraphs of the page


@dataclass(frozen=True)
class Sectors:
    """``sector_pages.csv`` compiled; the patterns run on folded text."""

    words: dict[str, re.Pattern]  # sector -> the words naming it
    growth_code: dict[str, str]  # sector -> its growth code, for the sectors whose bare growth is theirs
    growth_codes: frozenset[str]  # every growth code of the table: a bare growth read as one is recoded
    bare_labels: frozenset[str]  # folded ``sector_growth`` labels


def _sectors(lex: Lexicons) -> Sectors:
    rows = lex.tables[TABLE].to_dict("records")
    cues: dict[str, list[str]] = {}
    for r in rows:
        cues.setdefault(r["sector"], []).append(r["cue"])
    return Sectors(
        words={s: re.compile(rf"(?<!\w){alternation(c)}(?!\w)") for s, c in cues.items()},
        growth_code={r["sector"]: r["growth_code"] for r in rows if r["bare_growth"] == "yes"},
        growth_codes=frozenset(r["growth_code"] for r in rows if r["growth_code"]),
        bare_labels=frozenset(fold(c) for c in role_cues(lex, "sector_growth")),
    )


def page_sectors(text: str, paragraph_spans: list[Span], lex: Lexicons) -> set[str]:
    """The sectors the title or lead of ``text`` names ("Ngành nông nghiệp tỉnh tổng kết năm
    2024": farm; "ngành nông nghiệp, công nghiệp và dịch vụ": farm, industry, services; a
    department's name, "Sở NN-PTNT", is a body, not the page's sector)."""
    if not paragraph_spans:
        return set()
    lead = fold(text[paragraph_spans[0][0] : paragraph_spans[:LEAD_PARAGRAPHS][-1][1]])
    return {s for s, words in compiled(lex, "sector_pages", _sectors).words.items() if words.search(lead)}


def code_sector_growth(text: str, paragraph_spans: list[Span], rows: list[dict], lex: Lexicons) -> None:
    """On the page of one sector whose bare growth is its own, recode in place the percent rows
    whose label is a bare growth ("tốc độ tăng trưởng ngành", "tăng trưởng khu vực này", "tăng
    trưởng"), uncoded or read as a growth code of the table (the economy's), to the sector's."""
    named = page_sectors(text, paragraph_spans, lex)
    sectors = compiled(lex, "sector_pages", _sectors)
    if len(named) != 1 or (sector := next(iter(named))) not in sectors.growth_code:
        return
    for r in rows:
        label = fold(r.get("label_vi") or "").strip()
        code = r["indicator_code"]
        if r["unit"] == "percent" and (code is None or code in sectors.growth_codes) and label in sectors.bare_labels:
            r["indicator_code"] = sectors.growth_code[sector]
