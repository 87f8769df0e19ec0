"""Pandera DataFrameModels derived from the table metadata, one per table.

DataFrame representation every producer must use (validation does not coerce):

| metadata type | pandas dtype | null |
|---|---|---|
| string  | `object` holding Python `str` | `None` |
| integer | `Int64` (pandas nullable), for every integer column, required or not | `pd.NA` |
| number  | `float64` | `NaN` |
| date    | `object` holding `datetime.date` (not Timestamp, not str) | `None` |

Columns exactly as in the contract, in contract order, nothing else (strict, ordered). Pandera
also accepts numpy `int64` for `Int64` and pandas `string` for `object`; the release writers
normalise those, so the published files do not depend on which one a producer used.
`empty_frame(name)` gives a correctly typed empty table.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from schemas.checks import CHECKS
from schemas.metadata import Field, Table, load_tables

PANDAS_DTYPES = {"string": "object", "integer": "Int64", "number": "float64", "date": "object"}
_ANNOTATIONS = {"string": str, "integer": pd.Int64Dtype, "number": float, "date": pandas_engine.Date}


def _pa_field(field: Field):
    kwargs = {"nullable": not field.required, "unique": field.unique, "description": field.description, "coerce": False}
    if field.enum is not None:
        kwargs["isin"] = list(field.enum)
    if field.pattern is not None:
        kwargs["str_matches"] = field.pattern
    if field.min_length is not None:
        kwargs["str_length"] = {"min_value": field.min_length}
    if field.minimum is not None:
        kwargs["ge"] = field.minimum
    if field.maximum is not None:
        kwargs["le"] = field.maximum
    return pa.Field(**kwargs)


def _dataframe_check(name: str):
    fn = CHECKS[name].fn

    def check(cls, df: pd.DataFrame) -> pd.Series:
        return fn(df)

    check.__name__ = name
    check.__qualname__ = name
    return pa.dataframe_check(check)


def build_model(table: Table) -> type[pa.DataFrameModel]:
    """Build the pandera DataFrameModel class for one Table (strict, ordered, no coercion)."""
    namespace: dict = {"__module__": __name__, "__doc__": table.description, "__annotations__": {}}
    for field in table.fields:
        namespace["__annotations__"][field.name] = Series[_ANNOTATIONS[field.type]]
        namespace[field.name] = _pa_field(field)
    for check in table.checks:
        namespace[check] = _dataframe_check(check)
    namespace["Config"] = type(
        "Config",
        (),
        {
            "name": table.name,
            "title": table.title,
            "description": table.description,
            "strict": True,
            "coerce": False,
            "ordered": True,
            "unique_column_names": True,
        },
    )
    class_name = "".join(part.capitalize() for part in table.name.split("_")) + "Model"
    return type(class_name, (pa.DataFrameModel,), namespace)


MODELS: dict[str, type[pa.DataFrameModel]] = {name: build_model(t) for name, t in load_tables().items()}
_ROW_MODELS: dict[str, type[pa.DataFrameModel]] = {}


def across_rows(check: str) -> bool:
    """Whether a check compares rows with each other (a unique field, a ``*_unique`` table
    check): it holds for a whole release, not for one article's rows."""
    return "unique" in check


def row_level_model(table_name: str) -> type[pa.DataFrameModel]:
    """The table's model without its checks across rows (``across_rows``): what one batch of
    articles' rows can be held to. Cheaper than ``MODELS`` on rows that repeat a key across
    articles (a body named in many articles), whose uniqueness failures would be computed and
    thrown away."""
    if table_name not in _ROW_MODELS:
        t = load_tables()[table_name]
        fields = tuple(replace(f, unique=False) for f in t.fields)
        checks = tuple(c for c in t.checks if not across_rows(c))
        _ROW_MODELS[table_name] = build_model(replace(t, fields=fields, checks=checks))
    return _ROW_MODELS[table_name]


def across_rows_schema(table_name: str) -> pa.DataFrameSchema:
    """The table's checks across rows alone (``across_rows``: its unique fields, its ``*_unique``
    table checks), under the names the full model gives their failures, on whatever other
    columns the frame has: with ``row_level_model`` on the rows it holds, as much as ``MODELS``."""
    if table_name not in _ACROSS:
        t = load_tables()[table_name]
        columns = {f.name: pa.Column(unique=True, nullable=True, required=False) for f in t.fields if f.unique}
        checks = [pa.Check(CHECKS[c].fn, name=c) for c in t.checks if across_rows(c)]
        _ACROSS[table_name] = pa.DataFrameSchema(columns, checks=checks, strict=False, ordered=False, name=t.name)
    return _ACROSS[table_name]


_ACROSS: dict[str, pa.DataFrameSchema] = {}


def validate(table_name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate `df` as table `table_name`; returns df, or raises pandera SchemaErrors listing every
    failing row (lazy validation; see `err.failure_cases`)."""
    return MODELS[table_name].validate(df, lazy=True)


def failure_table(err: pa.errors.SchemaErrors) -> pd.DataFrame:
    """`err.failure_cases` made readable: one row per (check, column, row index); a failing
    table-level check (which pandera repeats for every column) becomes one row with column None.
    Columns: check, column, index, failure_case."""
    fc = err.failure_cases.copy()
    table_level = fc["schema_context"] == "DataFrameSchema"
    fc.loc[table_level, "column"] = None
    fc.loc[table_level, "failure_case"] = None
    fc["check"] = fc["check"].astype(str)
    out = fc[["check", "column", "index", "failure_case"]].drop_duplicates(subset=["check", "column", "index"])
    return out.sort_values(["index", "check"], kind="mergesort", na_position="first").reset_index(drop=True)


def empty_frame(table_name: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns, in order, with the canonical dtypes."""
    table = load_tables()[table_name]
    return pd.DataFrame({f.name: pd.Series([], dtype=PANDAS_DTYPES[f.type]) for f in table.fields})
