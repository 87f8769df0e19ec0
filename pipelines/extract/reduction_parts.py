"""A part of a rate's reduction, stated after it, is in percentage points too.

A yearly reduction of any rate, coded or not, is in percentage points (docs/CONVENTIONS.md,
ruled in session 27). A coded reduction takes its points from the lexicon
(``indicators.phrasings.rate_unit``); a group's own reduction stated after it names no
indicator and would keep the percent it is written in: "tỷ lệ hộ nghèo giảm bình quân 2%/năm,
riêng các xã vùng cao giảm 3 - 4%/năm", "giảm 1%-1,5% hộ nghèo đa chiều và 2%-2,5% hộ nghèo ở
các xã bãi ngang".

Steps, for each uncoded row in percent:
1. the row before it on the page is a coded row whose indicator is in percentage points, in the
   same sentence (no sentence end between the two quotes);
2. the row says its own reduction: a ``reduction_verb`` (``indicator_cues.csv``) stands before
   its value, after the row before; or it shares that row's verb: the verb stands just before
   the earlier value and a ``label_join`` word ("và") between the two values;
3. the row's unit becomes ``percentage_point``.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_words import CueWords, cue_words
from pipelines.text.fold import fold
from pipelines.text.segment import sentence_end

_DIGIT = re.compile(r"\d")
_POINTS = "percentage_point"
_REACH = 20  # characters before a value in which its verb stands


def point_parts(text: str, rows: list[dict], lex: Lexicons) -> None:
    """Give uncoded percent rows that state a part of the reduction before them the unit
    ``percentage_point``, in place. Example: "tỷ lệ hộ nghèo giảm 2%/năm, riêng các xã vùng cao
    giảm 3%/năm" -> the second row, uncoded, 3 points."""
    words = cue_words(lex)
    ordered = sorted(rows, key=lambda r: r["char_start"])
    for prev, row in zip(ordered, ordered[1:]):
        if row["indicator_code"] is not None or row["unit"] != "percent" or prev["indicator_code"] is None:
            continue
        if lex.indicator_info[prev["indicator_code"]]["unit"] != _POINTS:
            continue
        before, value = _value_at(prev), _value_at(row)
        if not before < value or sentence_end(line=True).search(text, before, value):
            continue
        own = fold(text[max(prev["char_end"], row["char_start"]) : value])
        if words.reduction_verb.search(own) or _shared_verb(text, before, value, words):
            row["unit"] = _POINTS


def _value_at(row: dict) -> int:
    """Where a row's value starts: the first digit of its quote."""
    m = _DIGIT.search(row["quote"])
    return row["char_start"] + (m.start() if m else len(row["quote"]))


def _shared_verb(text: str, before: int, value: int, words: CueWords) -> bool:
    """Whether a ``reduction_verb`` stands just before the earlier value and a ``label_join``
    word between the two values ("giảm 1% hộ nghèo đa chiều và 2% hộ nghèo ở các xã bãi
    ngang"): one verb states both reductions."""
    lead = fold(text[max(0, before - _REACH) : before])
    verb = [m for m in words.reduction_verb.finditer(lead) if not lead[m.end() :].strip()]
    return bool(verb) and bool(words.label_join.search(fold(text[before:value])))
