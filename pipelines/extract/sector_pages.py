"""A growth said of the sector a page is about: that sector's growth code.

On a page whose title or lead names one sector only ("Ngành nông nghiệp tổng kết năm 2024",
"Kế hoạch sản xuất nông, lâm và thủy sản năm 2022"), a growth that names nothing else ("tốc độ
tăng trưởng ngành đạt 4,5%", "tăng trưởng khu vực này trên 4,33%", "tăng trưởng giá trị GRDP:
3%") is the sector's growth, not the economy's (round-37 ruling). The sector is read from
``sector_page`` cues of ``indicator_cues.csv``, a page whose lead also names a
``sector_other`` cue is about no one sector, and the generic growth labels are ``sector_growth``
cues. Only the farm sector's pages are read so: their growth code is ``SECTOR_I_GROWTH``.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_words import role_cues
from pipelines.text.fold import fold
from pipelines.text.segment import Span

SECTOR_CODE = "SECTOR_I_GROWTH"
GROWTH_CODE = "GRDP_GROWTH"
LEAD_PARAGRAPHS = 3  # the title and the lead: the first paragraphs of the page


def _words(lex: Lexicons, role: str) -> re.Pattern:
    alts = "|".join(re.escape(fold(c)) for c in sorted(role_cues(lex, role), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts or '(?!)'})(?!\w)")


def sector_page(text: str, paragraph_spans: list[Span], lex: Lexicons) -> bool:
    """Whether the title or lead of ``text`` names the farm sector and no other one ("Ngành
    nông nghiệp tỉnh tổng kết năm 2024": yes; "nông nghiệp, công nghiệp và dịch vụ": no; a
    department's name, "Sở NN-PTNT", is a body, not the page's sector)."""
    if not paragraph_spans:
        return False
    lead = fold(text[paragraph_spans[0][0] : paragraph_spans[:LEAD_PARAGRAPHS][-1][1]])
    return bool(_words(lex, "sector_page").search(lead)) and not _words(lex, "sector_other").search(lead)


def code_sector_growth(text: str, paragraph_spans: list[Span], rows: list[dict], lex: Lexicons) -> None:
    """On a farm sector's page, recode in place the percent rows whose label is a bare growth
    ("tốc độ tăng trưởng ngành", "tăng trưởng khu vực này", "tăng trưởng"), uncoded or read as
    the economy's growth, to the sector's growth."""
    if not sector_page(text, paragraph_spans, lex):
        return
    generic = {fold(c) for c in role_cues(lex, "sector_growth")}
    for r in rows:
        label = fold(r.get("label_vi") or "").strip()
        if r["unit"] == "percent" and r["indicator_code"] in (None, GROWTH_CODE) and label in generic:
            r["indicator_code"] = SECTOR_CODE
