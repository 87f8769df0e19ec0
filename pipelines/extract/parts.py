"""Parts of a whole named beyond the statement's own sentence -> their codes.

A statement often breaks a whole into parts that name no indicator on their own: "Cơ cấu kinh
tế: nông - lâm - thủy sản 35,55%; công nghiệp - xây dựng 21,11%", or a table's "Tốc độ tăng
GRDP (%), trong đó:" followed by "- Nông Lâm Ngư nghiệp (%)", "- Dịch vụ (%)". The scoped
phrasings (``indicator_scoped_phrasings.csv``: scope "cơ cấu kinh tế", phrasing "dịch vụ" ->
SHARE_SERVICES) code such parts inside the scope's sentence or list (``indicators.phrasings.with_scoped``);
this step reaches the parts the sentence rules miss (a table's sub-rows, a scope broken off by a
line end).

Steps:
1. an uncoded row's scope is the scope cue that stands nearest before it, within ``_REACH``
   characters;
2. the first phrasing of that scope inside the row's quote whose unit suits the row's value
   gives the row its code.
"""

from __future__ import annotations

from pipelines.curation.lexicons import Lexicons

_REACH = 400  # characters before a row in which its scope is named


def code_parts(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Give uncoded rows that name a part of the scope before them the part's code, in place
    (label_en too). Example: "dịch vụ 38,06%" after "Cơ cấu kinh tế:" -> SHARE_SERVICES."""
    info = lex.indicator_info
    for row in rows:
        if row["indicator_code"] is not None:
            continue
        start = row["char_start"]
        scopes = lex.indicator_scopes.find(text, max(0, start - _REACH), start)
        if not scopes:
            continue
        phrasings = lex.scoped_indicators[scopes[-1].value].find(text, start, row["char_end"])
        code = next((m.value for m in phrasings if info[m.value]["unit"] == row["unit"]), None)
        if code:
            row["indicator_code"] = code
            row["label_en"] = info[code]["label_en"]
