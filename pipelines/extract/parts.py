"""Parts of a whole -> their codes: a sector named under the economy's structure or its growth.

A statement often breaks a whole into parts that name no indicator on their own: "Cơ cấu kinh
tế: nông - lâm - thủy sản 35,55%; công nghiệp - xây dựng 21,11%; dịch vụ 38,06%", or a table's
"Tốc độ tăng GRDP (%), trong đó:" followed by "- Nông Lâm Ngư nghiệp (%)", "- Dịch vụ (%)".
``indicator_parts.csv`` lists the cues of each whole ("cơ cấu kinh tế": ``structure``) and, per
whole, the parts' phrases with their codes ("dịch vụ" under ``structure``: SHARE_SERVICES).

Steps:
1. an uncoded row's label, folded and without punctuation, must be a part's phrase, end with
   it, or start with it and add at most two words ("dịch vụ tăng");
2. the whole is the one whose cue stands nearest before the row, within ``_REACH`` characters
   (a table's parent row, or the start of the statement);
3. the row takes the part's code under that whole; a part the whole does not list stays
   uncoded.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.text.fold import fold

PARTS_TABLE = "indicator_parts.csv"
_REACH = 400  # characters before a row in which its whole is named
_EXTRA = 2  # words a label may add after the part it starts with ("dịch vụ tăng")


def _norm(words: str) -> str:
    """Folded, lower case, punctuation dropped: "Nông - lâm - thủy sản" -> "nông lâm thuy san"."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(words).lower()).split())


def _tables(lex: Lexicons) -> tuple[list[tuple[str, str]], dict[tuple[str, str], str]]:
    df = lex.tables[PARTS_TABLE]
    cues = [(_norm(r.phrase), r.whole) for r in df.itertuples() if r.kind == "cue"]
    parts = {(r.whole, _norm(r.phrase)): r.indicator_code for r in df.itertuples() if r.kind == "part"}
    return cues, parts


def _whole(folded_before: str, cues: list[tuple[str, str]]) -> str | None:
    """The whole whose cue ends nearest to the end of ``folded_before`` (normalised text)."""
    best, where = None, -1
    for cue, whole in cues:
        at = folded_before.rfind(cue)
        if at >= 0 and at + len(cue) > where:
            best, where = whole, at + len(cue)
    return best


def _names(label: str, part: str) -> bool:
    """Whether a normalised label names the part: it is the part, ends with it ("khu vực dịch
    vụ"), or adds at most ``_EXTRA`` words after it ("dịch vụ tăng")."""
    words, part_words = label.split(), part.split()
    n = len(part_words)
    spots = [i for i in range(len(words) - n + 1) if words[i : i + n] == part_words]
    return any(i + n == len(words) or len(words) - (i + n) <= _EXTRA and i == 0 for i in spots)


def code_parts(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Give uncoded rows that name a part of a whole the part's code, in place (label_en
    too). Example: "dịch vụ 38,06%" after "Cơ cấu kinh tế:" -> SHARE_SERVICES."""
    cues, parts = _tables(lex)
    for row in rows:
        if row["indicator_code"] is not None or not row["label_vi"]:
            continue
        label = _norm(row["label_vi"])
        whole = _whole(_norm(text[max(0, row["char_start"] - _REACH) : row["char_start"]]), cues)
        code = next((c for (w, p), c in parts.items() if w == whole and _names(label, p)), None)
        if code:
            row["indicator_code"] = code
            row["label_en"] = lex.indicator_info[code]["label_en"]
