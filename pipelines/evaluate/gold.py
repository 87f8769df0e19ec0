"""Load and validate gold annotation files (one YAML file per article).

A gold file lists, for one article, every row the annotation conventions
(``docs/CONVENTIONS.md``) call for, in this shape (every key present, null where unknown)::

    article_id: longan-2024-qd4192
    province_code: "80"
    published_date: null
    documents:   [{doc_number, doc_type, issuer, signed_date, period_start, period_end, vision_year}]
    indicators:  [{indicator_code, comparator, value_low, value_high, unit, target_year, quote_contains}]
                 (optionally label_vi: the words naming what an uncoded row counts; shown, never scored)
    objectives:  [{kind, theme, text_contains}]
    bodies:      [{body_code}]
    assignments: [{body_code, role, deadline}]

An objective's ``text_contains`` has at least 2 words (``OBJECTIVE_MIN_WORDS``); one of 2 or 3
words is sound only when the page text ends with it (an item the page cuts off), which the loader
cannot see: ``python -m pipelines.evaluate.check_set`` reports it otherwise (``OBJECTIVE_WORDS``).

``load_gold`` returns ``{article_id: record}`` with values normalised (dates as ISO strings,
values as floats, years as ints). Any unknown or missing key, wrong type or value outside the
contract's enumerations raises ``ValueError`` naming the file and the row.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from schemas.enums import ENUMS

TABLES = ("documents", "objectives", "indicators", "bodies", "assignments")
TOP_KEYS = ("article_id", "province_code", "published_date", *TABLES)
ROW_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_number", "doc_type", "issuer", "signed_date", "period_start", "period_end", "vision_year"),
    "indicators": ("indicator_code", "comparator", "value_low", "value_high", "unit", "target_year", "quote_contains"),
    "objectives": ("kind", "theme", "text_contains"),
    "bodies": ("body_code",),
    "assignments": ("body_code", "role", "deadline"),
}
# Keys a row may carry without being required. An uncoded target's label: CONVENTIONS matches
# uncoded rows on comparator, values, unit and year, so the label is for the reader of the
# mismatch listing only.
OPTIONAL_ROW_KEYS: dict[str, tuple[str, ...]] = {"indicators": ("label_vi",)}

OBJECTIVE_MIN_WORDS = 2  # the fewest words of an objective's text_contains the loader takes
OBJECTIVE_WORDS = 4  # fewer words are sound only at the very end of the page text (check_set)

_ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")
_PROVINCE = re.compile(r"^\d{2}$")
_SPACES = re.compile(r"[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


def normalise_text(text: str) -> str:
    """NFC, every run of white space (no-break spaces included) collapsed to one plain space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


class _Row:
    """Typed accessors for one mapping, raising ``ValueError`` with the row's location."""

    def __init__(self, where: str, data: dict):
        self.where, self.data = where, data

    def fail(self, key: str, msg: str):
        raise ValueError(f"{self.where}: {key}: {msg} (got {self.data.get(key)!r})")

    def text(self, key: str, *, nullable: bool = False, pattern: re.Pattern | None = None) -> str | None:
        v = self.data[key]
        if v is None and nullable:
            return None
        if not isinstance(v, str) or not v.strip():
            self.fail(key, "must be a non-empty string" + (" or null" if nullable else ""))
        v = unicodedata.normalize("NFC", v.strip())
        if pattern is not None and not pattern.match(v):
            self.fail(key, f"must match {pattern.pattern}")
        return v

    def enum(self, key: str, enum: str, *, nullable: bool = False) -> str | None:
        v = self.text(key, nullable=nullable)
        if v is not None and v not in ENUMS[enum]:
            self.fail(key, f"must be one of {list(ENUMS[enum])}")
        return v

    def date(self, key: str) -> str | None:
        v = self.data[key]
        if v is None:
            return None
        if isinstance(v, dt.datetime):
            return v.date().isoformat()
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, str):
            try:
                return dt.date.fromisoformat(v.strip()).isoformat()
            except ValueError:
                pass
        self.fail(key, "must be an ISO date (YYYY-MM-DD) or null")

    def year(self, key: str) -> int | None:
        v = self.data[key]
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int) or not 1900 <= v <= 2200:
            self.fail(key, "must be a year (int) or null")
        return v

    def number(self, key: str) -> float | None:
        v = self.data[key]
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)) or math.isnan(v):
            self.fail(key, "must be a number or null")
        return float(v)


def _check_keys(where: str, data: Any, expected: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: must be a mapping with keys {list(expected)}")
    unknown = sorted(set(data) - set(expected) - set(optional), key=str)
    missing = [k for k in expected if k not in data]
    if unknown or missing:
        parts = []
        if unknown:
            parts.append(f"unknown keys {unknown}")
        if missing:
            parts.append(f"missing keys {missing}")
        raise ValueError(f"{where}: {'; '.join(parts)}")


def _document(r: _Row) -> dict:
    out = {
        "doc_number": re.sub(r"\s+", "", r.text("doc_number")),
        "doc_type": r.enum("doc_type", "doc_type"),
        "issuer": r.enum("issuer", "issuer"),
        "signed_date": r.date("signed_date"),
        "period_start": r.year("period_start"),
        "period_end": r.year("period_end"),
        "vision_year": r.year("vision_year"),
    }
    if out["period_start"] is not None and out["period_end"] is not None and out["period_start"] > out["period_end"]:
        r.fail("period_start", "must not be after period_end")
    return out


def _indicator(r: _Row) -> dict:
    out = {
        "indicator_code": r.text("indicator_code", nullable=True, pattern=_CODE),
        "comparator": r.enum("comparator", "comparator"),
        "value_low": r.number("value_low"),
        "value_high": r.number("value_high"),
        "unit": r.enum("unit", "unit", nullable=True),
        "target_year": r.year("target_year"),
        "quote_contains": normalise_text(r.text("quote_contains")),
        "label_vi": r.text("label_vi", nullable=True) if "label_vi" in r.data else None,
    }
    comp, low, high = out["comparator"], out["value_low"], out["value_high"]
    if comp == "achieve" and (low is not None or high is not None):
        r.fail("value_low", "achieve targets carry no values")
    if comp == "between" and (low is None or high is None or low > high):
        r.fail("value_high", "between needs value_low <= value_high")
    if comp not in ("achieve", "between") and (low is None or high is not None):
        r.fail("value_low", f"{comp} needs value_low and a null value_high")
    return out


def _objective(r: _Row) -> dict:
    text = normalise_text(r.text("text_contains"))
    if len(text.split()) < OBJECTIVE_MIN_WORDS:
        r.fail("text_contains", f"must have at least {OBJECTIVE_MIN_WORDS} words")
    return {"kind": r.enum("kind", "objective_kind"), "theme": r.enum("theme", "theme"), "text_contains": text}


def _body(r: _Row) -> dict:
    return {"body_code": r.text("body_code", pattern=_CODE)}


def _assignment(r: _Row) -> dict:
    return {
        "body_code": r.text("body_code", pattern=_CODE),
        "role": r.enum("role", "role"),
        "deadline": r.date("deadline"),
    }


_PARSERS = {
    "documents": _document,
    "indicators": _indicator,
    "objectives": _objective,
    "bodies": _body,
    "assignments": _assignment,
}


def load_gold_file(path: Path) -> dict:
    """Read and validate one gold file; see the module docstring for the shape."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: not valid YAML: {err}") from err
    _check_keys(str(path), data, TOP_KEYS)
    top = _Row(str(path), data)
    record: dict[str, Any] = {
        "article_id": top.text("article_id", pattern=_ARTICLE_ID),
        "province_code": top.text("province_code", nullable=True, pattern=_PROVINCE),
        "published_date": top.date("published_date"),
    }
    if record["article_id"] != path.stem:
        top.fail("article_id", f"must equal the file name stem {path.stem!r}")
    for table in TABLES:
        rows = data[table]
        if not isinstance(rows, list):
            raise ValueError(f"{path}: {table}: must be a list (use [] when empty)")
        parsed = []
        for i, row in enumerate(rows):
            where = f"{path}: {table}[{i}]"
            _check_keys(where, row, ROW_KEYS[table], OPTIONAL_ROW_KEYS.get(table, ()))
            parsed.append(_PARSERS[table](_Row(where, row)))
        record[table] = parsed
    _check_consistency(path, record)
    return record


def _check_consistency(path: Path, record: dict) -> None:
    seen: dict[tuple, int] = {}
    for i, row in enumerate(record["indicators"]):
        key = tuple(row[k] for k in ("indicator_code", "comparator", "value_low", "value_high", "target_year"))
        if row["indicator_code"] is None:
            # two uncoded targets with equal values may count different things ("ít nhất 1 tiêu
            # chí" of two criteria sets): their quotes tell them apart
            key += (row["quote_contains"],)
        if key in seen:
            raise ValueError(f"{path}: indicators[{i}]: duplicates indicators[{seen[key]}] (one row per target)")
        seen[key] = i
    numbers: dict[str, int] = {}
    for i, row in enumerate(record["documents"]):
        if row["doc_number"] in numbers:
            raise ValueError(f"{path}: documents[{i}]: duplicates documents[{numbers[row['doc_number']]}]")
        numbers[row["doc_number"]] = i
    # Bodies are attributed to an article through its assignments, so the two lists must agree.
    bodies = {b["body_code"] for b in record["bodies"]}
    assigned = {a["body_code"] for a in record["assignments"]}
    if bodies != assigned:
        raise ValueError(
            f"{path}: bodies must be exactly the bodies used by assignments: "
            f"without assignment {sorted(bodies - assigned)}, not listed in bodies {sorted(assigned - bodies)}"
        )


def gold_files(directory: Path) -> list[Path]:
    """The gold files of ``directory`` (``*.yaml``, ``*.yml``), sorted; none when it is missing."""
    directory = Path(directory)
    return sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])


def load_gold(directory: Path) -> dict[str, dict]:
    """Load every ``*.yaml`` gold file in ``directory`` into ``{article_id: record}``."""
    return {rec["article_id"]: rec for rec in map(load_gold_file, gold_files(directory))}
