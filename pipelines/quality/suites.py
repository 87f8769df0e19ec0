"""Expectation suites of a release, as plain specs (no Great Expectations import here).

Two sources: every column's type and constraints in `schemas/tables/*.yaml` (the same metadata
that drives pandera), and the dataset-level expectations in `schemas/expectations.yaml` (plausible
percent targets per indicator code, target years, known provinces, row counts against the
previous release, share of coded indicators). `pipelines.quality.run` turns the specs into GX
expectations.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from schemas.metadata import Field, Table, load_tables

EXPECTATIONS_FILE = Path(__file__).resolve().parents[2] / "schemas" / "expectations.yaml"
_TYPE_LISTS = {
    "string": ["str"],
    "integer": ["Int64Dtype", "int64"],
    "number": ["float64", "Float64Dtype"],
    "date": ["date"],
}
_YEAR_COLUMNS = {"indicators": "target_year", "objectives": "horizon_year"}


@dataclass(frozen=True)
class Spec:
    """One expectation: the GX class name (`ExpectColumnValuesToMatchRegex`), its keyword
    arguments as sorted JSON, the column it is about (None for table-level ones) and the rule
    as a reader would name it (`pattern ^\\d{2}$`)."""

    table: str
    expectation: str
    kwargs_json: str
    column: str | None
    rule: str

    @property
    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments for the GX expectation class."""
        return json.loads(self.kwargs_json)


def _spec(table: str, expectation: str, rule: str, column: str | None = None, **kwargs: Any) -> Spec:
    if column is not None:
        kwargs["column"] = column
    return Spec(table, expectation, json.dumps(kwargs, sort_keys=True, ensure_ascii=False), column, rule)


@cache
def load_expectation_config(path: Path = EXPECTATIONS_FILE) -> dict[str, Any]:
    """The dataset-level thresholds (schemas/expectations.yaml) as a dict; ValueError naming the
    file when a key is missing."""
    config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    needed = {
        "target_years",
        "province_rows",
        "coded_indicator_share_min",
        "coded_indicator_share_min_rows",
        "row_count_floor_ratio",
        "percent_ranges",
    }
    missing = needed - set(config or {})
    if missing or "default" not in config["percent_ranges"]:
        raise ValueError(f"{path}: missing {sorted(missing) or ['percent_ranges.default']}")
    return config


def _non_capturing(pattern: str) -> str:
    """`pattern` with its groups made non-capturing (pandas warns on capturing groups), e.g.
    `^(\\d{2}|vn)-x$` -> `^(?:\\d{2}|vn)-x$`; what it matches is unchanged."""
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


def _bounds_spec(table: str, f: Field) -> Spec | None:
    if f.minimum is None and f.maximum is None:
        return None
    rule = f"range {f.minimum if f.minimum is not None else ''}..{f.maximum if f.maximum is not None else ''}"
    return _spec(table, "ExpectColumnValuesToBeBetween", rule, f.name, min_value=f.minimum, max_value=f.maximum)


def field_specs(table: str, f: Field) -> list[Spec]:
    """The expectations one column's metadata implies: type, not-null, enum, pattern, range,
    minimum length, uniqueness."""
    specs = [_spec(table, "ExpectColumnValuesToBeInTypeList", f"type {f.type}", f.name, type_list=_TYPE_LISTS[f.type])]
    if f.required:
        specs.append(_spec(table, "ExpectColumnValuesToNotBeNull", "required", f.name))
    if f.enum is not None:
        specs.append(_spec(table, "ExpectColumnValuesToBeInSet", "enum", f.name, value_set=list(f.enum)))
    if f.pattern is not None:
        specs.append(
            _spec(
                table, "ExpectColumnValuesToMatchRegex", f"pattern {f.pattern}", f.name, regex=_non_capturing(f.pattern)
            )
        )
    bounds = _bounds_spec(table, f)
    if bounds is not None:
        specs.append(bounds)
    if f.min_length is not None:
        specs.append(
            _spec(
                table,
                "ExpectColumnValueLengthsToBeBetween",
                f"min length {f.min_length}",
                f.name,
                min_value=f.min_length,
            )
        )
    if f.unique:
        specs.append(_spec(table, "ExpectColumnValuesToBeUnique", "unique", f.name))
    return specs


def schema_specs(table: Table) -> list[Spec]:
    """Every expectation the table's YAML implies: its columns in contract order, then each field's."""
    specs = [
        _spec(
            table.name, "ExpectTableColumnsToMatchOrderedList", "columns in contract order", column_list=table.columns
        )
    ]
    for f in table.fields:
        specs += field_specs(table.name, f)
    return specs


def _percent_specs(config: dict[str, Any], codes: list[str]) -> list[Spec]:
    """Percent targets within the plausible range of their indicator code: for each range, one
    expectation per value column over the codes that have it (`unit=="percent" and
    indicator_code in ["GRDP_GROWTH", ...]`); its rule names each failing row's own code
    (``{indicator_code}``, filled in from the row)."""
    ranges = config["percent_ranges"]
    groups: dict[tuple[float, float], list[str]] = {}
    for code in sorted(set(codes)):
        low, high = ranges.get(code, ranges["default"])
        groups.setdefault((low, high), []).append(code)
    specs = []
    for (low, high), group in sorted(groups.items()):
        cond = f'unit=="percent" and indicator_code in {json.dumps(group, ensure_ascii=False)}'
        for col in ("value_low", "value_high"):
            specs.append(
                _spec(
                    "indicators",
                    "ExpectColumnValuesToBeBetween",
                    f"plausible percent for {{indicator_code}} {low}..{high}",
                    col,
                    min_value=low,
                    max_value=high,
                    row_condition=cond,
                    condition_parser="pandas",
                )
            )
    return specs


def _province_specs(frames: dict[str, pd.DataFrame], config: dict[str, Any]) -> list[Spec]:
    known = sorted(str(c) for c in frames["provinces"]["province_code"].dropna())
    specs = [
        _spec(
            "provinces",
            "ExpectTableRowCountToEqual",
            f"{config['province_rows']} provinces",
            value=config["province_rows"],
        )
    ]
    for name, df in frames.items():
        if name != "provinces" and "province_code" in df.columns:
            specs.append(
                _spec(name, "ExpectColumnValuesToBeInSet", "province code known", "province_code", value_set=known)
            )
    return specs


def _row_count_specs(
    frames: dict[str, pd.DataFrame], previous_counts: dict[str, int] | None, config: dict[str, Any]
) -> list[Spec]:
    ratio = config["row_count_floor_ratio"]
    specs = []
    for name, before in sorted((previous_counts or {}).items()):
        if name in frames and before:
            floor = math.floor(before * ratio)
            specs.append(
                _spec(
                    name,
                    "ExpectTableRowCountToBeBetween",
                    f"rows not below {ratio:.0%} of previous {before}",
                    min_value=floor,
                )
            )
    return specs


def dataset_specs(
    frames: dict[str, pd.DataFrame], previous_counts: dict[str, int] | None = None, config: dict[str, Any] | None = None
) -> list[Spec]:
    """Dataset-level expectations for these frames: percent targets in the plausible range of
    their indicator code, target and horizon years in range, every province code known, 63
    provinces, the share of coded indicators above its floor (once there are enough indicator rows
    for a share to mean something) and, given the previous release's row counts, no table
    collapsing."""
    config = config or load_expectation_config()
    years = config["target_years"]
    specs: list[Spec] = []
    if "indicators" in frames:
        ind = frames["indicators"]
        specs += _percent_specs(config, [c for c in ind["indicator_code"].dropna()])
    if "indicators" in frames and len(frames["indicators"]) >= config["coded_indicator_share_min_rows"]:
        specs.append(
            _spec(
                "indicators",
                "ExpectColumnValuesToNotBeNull",
                f"coded share >= {config['coded_indicator_share_min']:.0%}",
                "indicator_code",
                mostly=config["coded_indicator_share_min"],
            )
        )
    for name, col in _YEAR_COLUMNS.items():
        if name in frames:
            specs.append(
                _spec(
                    name,
                    "ExpectColumnValuesToBeBetween",
                    f"plausible year {years['min']}..{years['max']}",
                    col,
                    min_value=years["min"],
                    max_value=years["max"],
                )
            )
    if "provinces" in frames:
        specs += _province_specs(frames, config)
    return specs + _row_count_specs(frames, previous_counts, config)


def release_specs(
    frames: dict[str, pd.DataFrame], previous_counts: dict[str, int] | None = None
) -> dict[str, list[Spec]]:
    """{table: its specs} for every table of the schema present in `frames`: derived from the
    schema first, then the dataset-level ones."""
    tables = load_tables()
    out = {name: schema_specs(tables[name]) for name in tables if name in frames}
    for spec in dataset_specs(frames, previous_counts):
        out[spec.table].append(spec)
    return out
