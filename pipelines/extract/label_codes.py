"""Uncoded rows whose phrasing is written around their number, coded from their label.

A text often writes the number inside the name of what it counts: "thành lập mới 2.000 doanh
nghiệp" is the phrasing "thành lập mới doanh nghiệp" (NEW_ENTERPRISES) with the count in the
middle, "phát triển mới 150 hợp tác xã" is "phát triển mới hợp tác xã". No phrasing matches such
text as written, so the row comes out uncoded; but its label (``labels.uncoded_label``) joins the
words before the number and the unit's noun ("thành lập mới doanh nghiệp"), where the phrasing
can be read.

Rules, for each uncoded row:
1. the phrasings found in its label that are not found in its quote as written (the number
   splits them; a phrasing the quote writes whole was passed over for a reason of its own:
   another number between, a unit that does not suit);
2. they name one code, and the row's unit is that code's after the unit switches (a percent of
   counted communes is a share only where a switch makes it one, ``NEW_RURAL_COMMUNES`` ->
   ``NEW_RURAL_COMMUNES_SHARE``; "giảm 2,5% hộ nghèo người dân tộc thiểu số" is no count of
   households reduced), and the counted noun does not go on past the row with a join to another
   noun ("giảm 8.493 hộ nghèo và cận nghèo" counts more than the poor): the row takes that code.
"""

from __future__ import annotations

from collections.abc import Callable

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_words import cue_words
from pipelines.extract.unit_kept import keeps_unit
from pipelines.text.fold import fold

_RATES = {"percent", "percentage_point"}


def _suits(want: str, unit: str | None) -> bool:
    """Whether a value in ``unit`` states a code measured in ``want``: the same unit, or two rates.
    A count code never takes a percent here ("giảm 2,5% hộ nghèo người dân tộc thiểu số" is no
    count of households); a switch that makes it a share has already run."""
    return want == unit or {want, unit} <= _RATES


def _goes_on(text: str, row: dict, lex: Lexicons) -> bool:
    """Whether the counted noun goes on past the row's quote with a join to another noun, no
    figure between: "giảm 8.493 hộ nghèo và cận nghèo" counts poor and near-poor households."""
    end = row["char_end"]
    return cue_words(lex).noun_join.match(fold(text[end : end + 40])) is not None


def _split_code(row: dict, lex: Lexicons) -> str | None:
    """The one code whose phrasing the row's label names and its quote does not write whole."""
    label, quote = row["label_vi"] or "", row["quote"] or ""
    whole = {m.value for m in lex.indicators.find(quote)}
    found = {m.value for m in lex.indicators.find(label)} - whole
    return found.pop() if len(found) == 1 else None


def code_labels(text: str, rows: list[dict], lex: Lexicons, switch: Callable[[str, str], str]) -> None:
    """Code, in place, the uncoded rows whose label names a phrasing their number splits.
    ``switch(code, unit)`` applies the unit switches.

    Example: "thành lập mới 2.000 doanh nghiệp" (label "thành lập mới doanh nghiệp") ->
    NEW_ENTERPRISES.
    """
    for row in rows:
        if row["indicator_code"] is not None or row["unit"] is None:
            continue
        code = _split_code(row, lex)
        if code is None or _goes_on(text, row, lex):
            continue
        code = switch(code, row["unit"])
        if _suits(lex.indicator_info[code]["unit"], row["unit"]) or keeps_unit(code, row["unit"], lex):
            row["indicator_code"] = code
            row["label_en"] = lex.indicator_info[code]["label_en"]
