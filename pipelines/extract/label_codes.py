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
2. they name one code, and the row's unit suits it after the unit switches ("a count of
   communes" may state a share): the row takes that code.
"""

from __future__ import annotations

from collections.abc import Callable

from pipelines.curation.lexicons import Lexicons

_RATES = {"percent", "percentage_point"}


def _suits(want: str, unit: str | None) -> bool:
    return want == unit or {want, unit} <= _RATES or (want, unit) == ("count", "percent")


def _split_code(row: dict, lex: Lexicons) -> str | None:
    """The one code whose phrasing the row's label names and its quote does not write whole."""
    label, quote = row["label_vi"] or "", row["quote"] or ""
    whole = {m.value for m in lex.indicators.find(quote)}
    found = {m.value for m in lex.indicators.find(label)} - whole
    return found.pop() if len(found) == 1 else None


def code_labels(rows: list[dict], lex: Lexicons, switch: Callable[[str, str], str]) -> None:
    """Code, in place, the uncoded rows whose label names a phrasing their number splits.
    ``switch(code, unit)`` applies the unit switches.

    Example: "thành lập mới 2.000 doanh nghiệp" (label "thành lập mới doanh nghiệp") ->
    NEW_ENTERPRISES.
    """
    for row in rows:
        if row["indicator_code"] is not None or row["unit"] is None:
            continue
        code = _split_code(row, lex)
        if code is None:
            continue
        code = switch(code, row["unit"])
        if _suits(lex.indicator_info[code]["unit"], row["unit"]):
            row["indicator_code"] = code
            row["label_en"] = lex.indicator_info[code]["label_en"]
