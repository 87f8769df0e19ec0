"""Run the release's expectation suites with Great Expectations (GX Core, ephemeral context, no
network, no analytics) and report every failure by table, row id, column and rule.

`validate_release_tables(frames, previous_counts)` is pure as far as the caller sees: tables in,
results out, nothing written. `pipelines.quality.docs` renders the results as Data Docs.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

import pandas as pd

from pipelines.quality.suites import Spec, release_specs
from pipelines.release.memory import release_freed_memory
from schemas.metadata import load_tables

_CACHE: dict[str, QualityResults] = {}
_CACHE_SIZE = 4
_ID_NAMESPACE = uuid.UUID("6f1c3c5e-6a43-4c43-9a53-1f3f3c0f7a10")
MAX_ROWS_PER_FAILURE = 50
_NAME = re.compile(r"\b[A-Za-z_]\w*\b")  # a column name in a row condition
_FIELD = re.compile(r"\{(\w+)\}")  # a row's value a rule names


@dataclass(frozen=True)
class Failure:
    """One failing expectation on one row (row_id None for a table-level rule): e.g. table
    `indicators`, row `longan-2024-qd4192-ind-283bf71769`, column `value_low`, rule
    `plausible percent for TFP_CONTRIBUTION 0..100`, value `150.0`."""

    table: str
    row_id: str | None
    column: str | None
    rule: str
    value: str | None = None

    def line(self) -> str:
        """`<table> row <id> column <col>: <rule> (value ...)`, the form `plandata validate` prints."""
        parts = [self.table]
        if self.row_id is not None:
            parts.append(f"row {self.row_id}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return " ".join(parts) + f": {self.rule}" + (f" (value {self.value})" if self.value is not None else "")


@dataclass
class QualityResults:
    """The outcome: success, the failures, and per table the GX suite and its validation result
    (for the Data Docs) and (evaluated, successful) expectation counts."""

    success: bool
    failures: list[Failure]
    suites: dict[str, Any] = field(default_factory=dict)
    validations: dict[str, Any] = field(default_factory=dict)
    statistics: dict[str, tuple[int, int]] = field(default_factory=dict)


def _gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx  # slow (about 7 s): only imported when a release is validated

    return gx


def _suite(gx, table: str, specs: list[Spec]):
    """The table's GX suite, unsaved. Built through the constructor: `add_expectation` compares
    each new expectation with every one before it (pydantic `dict()` on both), quadratic in the
    suite; duplicates are dropped here instead, as GX would (same class and keyword arguments)."""
    import great_expectations.expectations as gxe

    first: dict[tuple[str, str], Spec] = {}
    for s in specs:
        first.setdefault((s.expectation, s.kwargs_json), s)
    unique = list(first.values())
    exps = [getattr(gxe, s.expectation)(**s.kwargs, meta={"rule": s.rule}) for s in unique]
    suite = gx.ExpectationSuite(name=table, expectations=exps)
    for spec, exp in zip(unique, suite.expectations, strict=True):
        exp.id = _expectation_id(table, spec)
    return suite


def _expectation_id(table: str, spec: Spec) -> str:
    """A stable id for the expectation of `spec` (same table, class and arguments: same id)."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{table}|{spec.expectation}|{spec.kwargs_json}"))


def _value(v) -> str | None:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return "null"
    return repr(v.item() if hasattr(v, "item") else v)


def fill_rule(rule: str, row: dict) -> str:
    """A rule naming a row's own values (`plausible percent for {indicator_code} 0..30`) with
    them filled in from `row`; a field the row lacks is left as its name."""
    return _FIELD.sub(lambda m: str(row.get(m.group(1), m.group(1))), rule)


def rule_fields(rule: str) -> list[str]:
    """The columns a rule names (`{indicator_code}`)."""
    return _FIELD.findall(rule)


def _row_failures(table: str, pk: str | None, column: str | None, rule: str, result: dict) -> list[Failure]:
    indexed = result.get("unexpected_index_list") or []
    out = []
    for item in indexed[:MAX_ROWS_PER_FAILURE]:
        if isinstance(item, dict):
            out.append(
                Failure(
                    table,
                    str(item.get(pk)),
                    column,
                    fill_rule(rule, item),
                    _value(item.get(column)) if column else None,
                )
            )
        else:
            out.append(Failure(table, f"#{item}", column, rule, None))
    if len(indexed) > MAX_ROWS_PER_FAILURE:
        out.append(
            Failure(table, None, column, f"{fill_rule(rule, {})}: {len(indexed) - MAX_ROWS_PER_FAILURE} more rows")
        )
    return out


def result_failures(table: str, pk: str | None, res) -> list[Failure]:
    """The failures of one expectation result: one per unexpected row when GX names rows (and the
    expectation has no `mostly` share), else one for the table with the observed value."""
    if res.success:
        return []
    cfg = res.expectation_config
    rule = (cfg.meta or {}).get("rule", cfg.type)
    column = cfg.kwargs.get("column")
    if res.exception_info and res.exception_info.get("raised_exception"):
        return [
            Failure(
                table,
                None,
                column,
                f"{fill_rule(rule, {})}: could not run ({res.exception_info.get('exception_message')})",
            )
        ]
    result = res.result or {}
    if cfg.kwargs.get("mostly") is None and result.get("unexpected_index_list"):
        return _row_failures(table, pk, column, rule, result)
    observed = result.get("observed_value", result.get("unexpected_percent"))
    return [Failure(table, None, column, fill_rule(rule, {}), None if observed is None else repr(observed))]


def _batch(ctx, name: str, df: pd.DataFrame):
    return (
        ctx.data_sources.add_pandas(f"release_{name}")
        .add_dataframe_asset(name)
        .add_batch_definition_whole_dataframe(name)
        .get_batch(batch_parameters={"dataframe": df})
    )


def _shared_clause(specs: list[Spec]) -> str | None:
    """The first clause every row condition of `specs` starts with (`unit=="percent"` for
    `unit=="percent" and indicator_code=="GRDP_GROWTH"`), or None: rows failing it are outside
    every condition, so the conditioned expectations may run on the rows that pass it only."""
    firsts = {str(s.kwargs["row_condition"]).split(" and ")[0] for s in specs}
    return firsts.pop() if len(firsts) == 1 else None


def _columns_used(df: pd.DataFrame, pk: str, specs: list[Spec]) -> list[str]:
    """The columns of `df` that `specs` read (their column, the names in their row condition)
    and the primary key, in table order: GX builds a resolver for every column of the batch each
    time it evaluates a row condition, so the conditioned batch carries only these."""
    names = {pk} | {str(s.kwargs.get("column")) for s in specs} | {c for s in specs for c in rule_fields(s.rule)}
    for s in specs:
        names |= set(_NAME.findall(str(s.kwargs.get("row_condition", ""))))
    return [c for c in df.columns if c in names]


def _merge(validation, extra, order: dict[str, int]) -> None:
    """Fold the results of `extra` into `validation`, in the suite's order, with its statistics."""
    validation.results = sorted(
        [*validation.results, *extra.results], key=lambda r: order[str(r.expectation_config.id)]
    )
    total = len(validation.results)
    ok = sum(1 for r in validation.results if r.success)
    validation.success = ok == total
    validation.statistics.update(
        evaluated_expectations=total,
        successful_expectations=ok,
        unsuccessful_expectations=total - ok,
        success_percent=100.0 * ok / total if total else None,
    )


def _validate(gx, ctx, name: str, df: pd.DataFrame, specs: list[Spec], rows_format: dict[str, Any]):
    """Validate `specs` on `df`, counting first: with result format BASIC, GX does not list the
    unexpected rows (on the 76,000 indicator rows of N = 10,000 articles, a third of its time).
    Expectations that fail run again with `rows_format` (every failing row, named by id), and
    those results replace the counted ones."""
    validation = _batch(ctx, name, df).validate(_suite(gx, name, specs), result_format={"result_format": "BASIC"})
    failed = {str(r.expectation_config.id) for r in validation.results if not r.success}
    if failed:
        again = [s for s in specs if _expectation_id(name, s) in failed]
        ctx.data_sources.delete(f"release_{name}")  # same names again: the same batch id in the results
        rows = _batch(ctx, name, df).validate(_suite(gx, name, again), result_format=rows_format)
        by_id = {str(r.expectation_config.id): r for r in rows.results}
        validation.results = [by_id.get(str(r.expectation_config.id), r) for r in validation.results]
    return validation


def _validate_table(gx, ctx, name: str, df: pd.DataFrame, specs: list[Spec]):
    """One table's suite and validation result. Row-conditioned expectations (the plausible
    percent per indicator code) run on a second batch holding only the rows their shared first
    clause selects, not on the whole table: GX evaluates each condition with `DataFrame.query`
    several times per expectation. Their results are folded back into the table's result."""
    suite = _suite(gx, name, specs)
    pk = load_tables()[name].primary_key[0]
    rows_format: dict[str, Any] = {"result_format": "COMPLETE"}
    if pk in df.columns:
        named = sorted({c for s in specs for c in rule_fields(s.rule) if c in df.columns and c != pk})
        rows_format["unexpected_index_column_names"] = [pk, *named]
    conditioned = [s for s in specs if "row_condition" in s.kwargs]
    clause = _shared_clause(conditioned) if conditioned else None
    plain = [s for s in specs if clause is None or "row_condition" not in s.kwargs]
    validation = _validate(gx, ctx, name, df, plain, rows_format)
    if clause is not None:
        rows = df.loc[df.eval(clause), _columns_used(df, pk, conditioned)]
        ctx.data_sources.delete(f"release_{name}")  # same names again: the same batch id in the results
        extra = _validate(gx, ctx, name, rows, conditioned, rows_format)
        _merge(validation, extra, {str(e.id): i for i, e in enumerate(suite.expectations)})
    failures = [f for res in validation.results for f in result_failures(name, pk if pk in df.columns else None, res)]
    return suite, validation, failures


def validate_release_tables(
    frames: dict[str, pd.DataFrame], previous_counts: dict[str, int] | None = None
) -> QualityResults:
    """Validate the release tables {name: DataFrame} with the GX suites derived from the schemas
    plus the dataset-level expectations (`previous_counts` {table: rows} of the previous release
    enables the row-count floor). Returns QualityResults; failures are sorted by table, row, rule."""
    return validate_tables(release_specs(frames, previous_counts), frames.__getitem__)


def validate_tables(specs: dict[str, list[Spec]], load: Callable[[str], pd.DataFrame]) -> QualityResults:
    """Validate each table of `specs` {table: its specs} (``release_specs``), as `load(table)`
    gives it, one table at a time: a table's frame and GX's batch of it are let go before the
    next is loaded. Returns QualityResults; failures are sorted by table, row, rule."""
    gx = _gx()
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = {"globally": False}
    out = QualityResults(success=True, failures=[])
    for name, table_specs in specs.items():
        df = load(name).reset_index(drop=True)
        suite, validation, failures = _validate_table(gx, ctx, name, df, table_specs)
        ctx.data_sources.delete(f"release_{name}")
        del df
        release_freed_memory()  # the table's frame and GX's batch, before the next table's
        out.suites[name], out.validations[name] = suite, validation
        stats = validation.statistics
        out.statistics[name] = (int(stats["evaluated_expectations"]), int(stats["successful_expectations"]))
        out.failures += failures
    out.failures.sort(key=lambda f: (f.table, f.row_id or "", f.column or "", f.rule))
    out.success = not out.failures
    return out


def _content_key(frames: dict[str, pd.DataFrame], previous_counts: dict[str, int] | None) -> str:
    """A digest of the tables (columns, dtypes and every value, hashed by pandas in C) and of
    `previous_counts`: equal keys mean the same validation result."""
    h = hashlib.sha256(repr(sorted((previous_counts or {}).items())).encode())
    for name in sorted(frames):
        df = frames[name]
        h.update(name.encode() + b"\0" + repr([(str(c), str(t)) for c, t in df.dtypes.items()]).encode())
        try:
            h.update(pd.util.hash_pandas_object(df, index=False, categorize=False).to_numpy().tobytes())
        except TypeError:  # an unhashable value (a list, a dict): hash the text of every cell
            h.update(pd.util.hash_pandas_object(df.astype(str), index=False, categorize=False).to_numpy().tobytes())
    return h.hexdigest()


def release_quality(frames: dict[str, pd.DataFrame], previous_counts: dict[str, int] | None = None) -> QualityResults:
    """`validate_release_tables`, remembered by the tables' content (``_content_key``) and
    `previous_counts`: a blocking check and the publishing step of one build validate once."""
    key = _content_key(frames, previous_counts)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = validate_release_tables(frames, previous_counts)
    return _CACHE[key]
