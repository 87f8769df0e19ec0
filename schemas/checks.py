"""Named table-level (row-wise) checks, implemented once. Tables list them by name in their YAML
`checks:`; pandera models and the data dictionary use them from here.

Each check takes a DataFrame and returns a boolean Series aligned with it: True where the row
holds. Nulls in optional columns pass (nullability is checked per column).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import yaml


@dataclass(frozen=True)
class Check:
    """A named row-wise rule: `fn(df) -> Series[bool]` and the sentence the dictionary prints."""

    name: str
    description: str
    fn: Callable[[pd.DataFrame], pd.Series]


def _holds(cond: pd.Series, *operands: pd.Series) -> pd.Series:
    """Comparison result -> plain bool Series; rows where the result or an operand is null hold."""
    ok = cond.astype("boolean").fillna(True).astype(bool)
    for s in operands:
        ok = ok | s.isna().to_numpy()
    return ok


def _char_start_lt_char_end(df: pd.DataFrame) -> pd.Series:
    return _holds(df["char_start"] < df["char_end"], df["char_start"], df["char_end"])


def _quote_length_matches_span(df: pd.DataFrame) -> pd.Series:
    length = df["quote"].map(lambda q: len(q) if isinstance(q, str) else pd.NA).astype("Int64")
    span = df["char_end"] - df["char_start"]
    return _holds(length == span, length, span)


def _value_low_le_value_high(df: pd.DataFrame) -> pd.Series:
    return _holds(df["value_low"] <= df["value_high"], df["value_low"], df["value_high"])


def _comparator_values_consistent(df: pd.DataFrame) -> pd.Series:
    low, high, comp = df["value_low"].notna(), df["value_high"].notna(), df["comparator"]
    ok = pd.Series(low & ~high, index=df.index)  # eq, gt, gte, lt, lte, approx: one value
    ok = ok.where(comp != "between", low & high)
    ok = ok.where(comp != "achieve", ~low & ~high)
    return ok.astype(bool)


def _period_start_le_period_end(df: pd.DataFrame) -> pd.Series:
    return _holds(df["period_start"] <= df["period_end"], df["period_start"], df["period_end"])


def _text_sha256_matches_text(df: pd.DataFrame) -> pd.Series:
    digest = df["text"].map(lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest() if isinstance(t, str) else None)
    return (digest == df["text_sha256"]) | digest.isna()


# Joins a column's texts for one NFC test. U+0000 is a starter that composes with nothing, so no
# normalisation crosses it: the joined text is NFC exactly when every text is ("e" + "\u0301"
# would compose, "e" + "\x00" + "\u0301" does not).
_NFC_SEPARATOR = "\x00"


def _strings_are_nfc(df: pd.DataFrame) -> pd.Series:
    ok = np.ones(len(df), dtype=bool)
    nfc = unicodedata.is_normalized
    for col in df.columns:
        if pd.api.types.is_numeric_dtype(df[col]):
            continue
        values = df[col].tolist()
        if nfc("NFC", _NFC_SEPARATOR.join(v for v in values if isinstance(v, str))):
            continue  # the whole column at once; only a column that fails is tested cell by cell
        ok &= np.fromiter((not isinstance(v, str) or nfc("NFC", v) for v in values), dtype=bool, count=len(values))
    return pd.Series(ok, index=df.index)


def _body_code_province_unique(df: pd.DataFrame) -> pd.Series:
    return ~df.duplicated(subset=["body_code", "province_code"], keep=False)


def _article_document_unique(df: pd.DataFrame) -> pd.Series:
    return ~df.duplicated(subset=["article_id", "document_id"], keep=False)


_EXPECTATIONS = Path(__file__).resolve().parent / "expectations.yaml"


@cache
def _percent_ranges() -> dict[str, list[float]]:
    """``percent_ranges`` of schemas/expectations.yaml: the plausible range per indicator code."""
    return yaml.safe_load(_EXPECTATIONS.read_text(encoding="utf-8"))["percent_ranges"]


def _percent_in_plausible_range(df: pd.DataFrame) -> pd.Series:
    ranges = _percent_ranges()
    bounds = df["indicator_code"].map(lambda c: ranges.get(c, ranges["default"]) if isinstance(c, str) else None)
    low = bounds.map(lambda b: b[0] if b else np.nan).astype(float)
    high = bounds.map(lambda b: b[1] if b else np.nan).astype(float)
    ok = pd.Series(True, index=df.index)
    for col in ("value_low", "value_high"):
        v = df[col].astype(float)
        ok &= ~((df["unit"] == "percent") & bounds.notna() & v.notna() & ((v < low) | (v > high))).to_numpy()
    return ok


CHECKS: dict[str, Check] = {
    c.name: c
    for c in [
        Check("char_start_lt_char_end", "`char_start` < `char_end`.", _char_start_lt_char_end),
        Check(
            "quote_length_matches_span",
            "`len(quote)` == `char_end - char_start` (the quote is exactly its span).",
            _quote_length_matches_span,
        ),
        Check("value_low_le_value_high", "`value_low` <= `value_high` where both are given.", _value_low_le_value_high),
        Check(
            "percent_in_plausible_range",
            "A coded percent target lies in its code's plausible range (`percent_ranges` of "
            "schemas/expectations.yaml: a growth rate above 30 % is no growth rate).",
            _percent_in_plausible_range,
        ),
        Check(
            "comparator_values_consistent",
            "`between` has both `value_low` and `value_high`; `achieve` has neither; every other "
            "comparator has `value_low` only.",
            _comparator_values_consistent,
        ),
        Check(
            "period_start_le_period_end",
            "`period_start` <= `period_end` where both are given.",
            _period_start_le_period_end,
        ),
        Check("text_sha256_matches_text", "`text_sha256` is the SHA-256 of `text` (UTF-8).", _text_sha256_matches_text),
        Check("strings_are_nfc", "Every text value is Unicode NFC.", _strings_are_nfc),
        Check(
            "body_code_province_unique",
            "One row per (`body_code`, `province_code`).",
            _body_code_province_unique,
        ),
        Check(
            "article_document_unique",
            "One row per (`article_id`, `document_id`).",
            _article_document_unique,
        ),
    ]
}
