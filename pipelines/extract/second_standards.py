"""One figure stated for two levels of a standard at once -> a row per level.

"4 huyện đạt chuẩn nông thôn mới nâng cao và nông thôn mới kiểu mẫu" sets the same count for the
advanced and the model standard (CONVENTIONS, session 37: one row per standard, same figure).

Steps:
1. a coded row whose quote ends with its phrasing, and the phrasing ends with a level of the
   curated ``standard_level`` cues (``indicator_cues.csv``: "nâng cao", "kiểu mẫu");
2. right after it, a comma or a ``coordinate_join`` word, then a few words with no figure that end
   with another level right before a punctuation mark ("và nông thôn mới kiểu mẫu.");
3. the phrasing with its level swapped for the other ("huyện đạt chuẩn nông thôn mới kiểu mẫu") is
   a curated phrasing of another code of the same unit: that code is a row too, with the same
   comparator, values and year, its quote running to the other level.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.text.fold import fold_short


def second_standard_rows(text: str, rows: list[dict], lex: Lexicons) -> list[dict]:
    """The rows of the second level a coded row's figure is stated for. Example: "có 3 huyện đạt
    chuẩn nông thôn mới nâng cao và nông thôn mới kiểu mẫu" -> MODEL_NEW_RURAL_DISTRICTS eq 3 beside
    ADVANCED_NEW_RURAL_DISTRICTS eq 3."""
    levels = [fold_short(c) for c in role_cues(lex, "standard_level")]
    if not levels:
        return []
    other = compiled(
        lex,
        "second_standard",
        lambda lx: re.compile(
            rf"(?:\s*,\s*|\s+{alternation(role_cues(lx, 'coordinate_join'))}\s+)"
            rf"(?:[^\W\d_][^\d,;.:()\n]{{0,40}}?\s)?(?P<level>{alternation(role_cues(lx, 'standard_level'))})"
            r"(?=\s*(?:[,;.:()\n]|\Z))"  # the level ends the item: "..., nâng cao thu nhập" is no level
        ),
    )
    have = {_key(r) for r in rows}
    out: list[dict] = []
    for r in rows:
        code, label = r["indicator_code"], r["label_vi"]
        if code is None or not label or not r["quote"].endswith(label):
            continue
        folded_label = fold_short(label)
        first = next((lv for lv in levels if folded_label.endswith(" " + lv)), None)
        if first is None:
            continue
        m = other.match(fold_short(text[r["char_end"] : r["char_end"] + 120]))
        if m is None or m.group("level") == first:
            continue
        swapped = label[: len(label) - len(first)] + text[r["char_end"] + m.start("level") : r["char_end"] + m.end()]
        cut = len(label) - len(first)  # the phrasing may start after a lead word ("số xã ...")
        found = [p for p in lex.indicators.find(swapped) if p.start < cut and p.end == len(swapped)]
        if not found or found[0].value == code:
            continue
        new = found[0].value
        if lex.indicator_info[new]["unit"] != lex.indicator_info[code]["unit"]:
            continue
        end = r["char_end"] + m.end()
        row = dict(
            r,
            indicator_code=new,
            label_vi=swapped,
            label_en=lex.indicator_info[new]["label_en"],
            quote=text[r["char_start"] : end],
            char_end=end,
        )
        if _key(row) not in have:
            have.add(_key(row))
            out.append(row)
    return out


def _key(r: dict) -> tuple:
    return (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["target_year"])
