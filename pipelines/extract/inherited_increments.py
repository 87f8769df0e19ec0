"""Increment clauses that name only their noun -> the increment before them.

An aim may state two increments of one count ("có thêm 4 huyện đạt chuẩn nông thôn mới, tăng
thêm 3 huyện so với hiện nay", CONVENTIONS session 35: two rows). The second names only the
counted noun; it counts what the increment before it counts.

Steps:
1. a count row with no code whose quote ends with an increment word of the curated switches
   (``unit_switches.csv``: a count's ``gap_cue`` that switches a stock to its increment, "thêm"),
   its number and a noun;
2. the row before it in its sentence is a count coded with that increment, and its label opens
   with the same noun;
3. the row takes that code (and English label).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.text.fold import fold_short
from pipelines.text.segment import sentence_end


def code_inherited_increments(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Give, in place, an uncoded increment naming only its noun the code of the increment before
    it in its sentence. Example: "có thêm 4 huyện đạt chuẩn nông thôn mới, tăng thêm 3 huyện so
    với hiện nay" -> the 3 is NEW_RURAL_DISTRICTS_ADDED as the 4 is."""
    cues: dict[str, set[str]] = {}
    for sw in lex.unit_switches:
        if sw.value_unit == "count" and sw.gap_cue:
            cues.setdefault(sw.switch_to, set()).add(fold_short(sw.gap_cue))
    ends = sentence_end(semicolon=True, line=True)  # a sentence, a ";" clause or a line bounds it
    ordered = sorted(rows, key=lambda r: r["char_start"])
    for prev, row in zip(ordered, ordered[1:]):
        code = prev["indicator_code"]
        if row["indicator_code"] is not None or row["unit"] != "count" or prev["unit"] != "count":
            continue
        if code not in cues or ends.search(text, prev["char_end"], row["char_start"]):
            continue
        noun = _increment_noun(fold_short(row["quote"]), cues[code])
        if noun and (fold_short(prev["label_vi"]) + " ").startswith(noun + " "):
            row["indicator_code"] = code
            row["label_en"] = lex.indicator_info[code]["label_en"]


def _increment_noun(quote: str, cues: set[str]) -> str | None:
    """The noun after the number of a quote ending "<cue> <number> <noun>" ("tăng thêm 3 huyện":
    "huyên", folded), or None."""
    for cue in cues:
        m = re.search(rf"(?:^|\s){re.escape(cue)}\s+\d[\d.,]*\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+)?)$", quote)
        if m:
            return m.group("noun")
    return None
