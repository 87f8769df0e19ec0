"""The schemas package: YAML metadata -> pandera, pyarrow, Frictionless and the data dictionary.
They are derived from one source, so they must agree with it and with the contract's column lists."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow
import pytest

from pipelines.release.tables_io import write_csv
from schemas.arrow import arrow_schema
from schemas.checks import CHECKS
from schemas.datapackage import datapackage
from schemas.dictionary import data_dictionary_markdown
from schemas.integrity import integrity_violations
from schemas.metadata import SCHEMA_VERSION, TABLE_NAMES, TABLES_DIR, load_tables
from schemas.pandera_models import MODELS, PANDAS_DTYPES, empty_frame, failure_table, validate
from tests.helpers.sample_tables import frame, sample_tables

TABLES = load_tables()
PANDERA_DTYPES = {"string": "str", "integer": "Int64", "number": "float64", "date": "date"}
ARROW_TYPES = {
    "string": pyarrow.string(),
    "integer": pyarrow.int64(),
    "number": pyarrow.float64(),
    "date": pyarrow.date32(),
}


def expected(table):
    """(name, type, required) per field: what every derived schema must say."""
    return [(f.name, f.type, f.required) for f in table.fields]


def test_tables_are_the_contract_tables_in_order():
    assert tuple(TABLES) == TABLE_NAMES
    assert SCHEMA_VERSION.count(".") == 2


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_pandera_model_agrees(name):
    table = TABLES[name]
    schema = MODELS[name].to_schema()
    got = [(c, str(col.dtype), not col.nullable) for c, col in schema.columns.items()]
    assert got == [(n, PANDERA_DTYPES[t], r) for n, t, r in expected(table)]
    assert schema.strict is True and schema.ordered is True and schema.coerce is False
    assert [c.name for c in schema.checks] == list(table.checks)
    for key in table.primary_key:
        assert schema.columns[key].unique


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_arrow_schema_agrees(name):
    table = TABLES[name]
    schema = arrow_schema(table)
    got = [(f.name, f.type, not f.nullable) for f in schema]
    assert got == [(n, ARROW_TYPES[t], r) for n, t, r in expected(table)]
    for f, meta in zip(schema, table.fields):
        assert f.metadata[b"description"].decode() == meta.description
    assert schema.metadata[b"table"] == name.encode()


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_datapackage_agrees(name):
    table = TABLES[name]
    resource = {r["name"]: r for r in datapackage(TABLES, "v2026.11.22")["resources"]}[name]
    fields = resource["schema"]["fields"]
    assert [(f["name"], f["type"], f["constraints"]["required"]) for f in fields] == expected(table)
    assert all(f["description"] for f in fields)
    assert resource["path"] == f"csv/{name}.csv"
    assert resource["schema"]["primaryKey"] == list(table.primary_key)
    fks = {
        fk["fields"][0]: (fk["reference"]["resource"], fk["reference"]["fields"][0])
        for fk in resource["schema"].get("foreignKeys", [])
    }
    assert fks == {fk.field: (fk.ref_table, fk.ref_field) for fk in table.foreign_keys}


def _dictionary_columns(markdown: str) -> dict[str, list[tuple[str, str, bool]]]:
    out, current = {}, None
    for line in markdown.splitlines():
        m = re.match(r"^### `(\w+)`", line)
        if m:
            current = out.setdefault(m.group(1), [])
        m = re.match(r"^\| `(\w+)` \| (\w+) \| (yes|no) \|", line)
        if m and current is not None:
            current.append((m.group(1), m.group(2), m.group(3) == "yes"))
    return out


def test_dictionary_agrees_and_cites():
    md = data_dictionary_markdown(TABLES, "v2026.11.22", {n: 1 for n in TABLES})
    assert _dictionary_columns(md) == {name: expected(t) for name, t in TABLES.items()}
    assert (
        "Vietnam plan-indicators dataset contributors (2026). Vietnam plan-indicators dataset, version v2026.11.22"
        in md
    )
    assert "CC-BY-4.0" in md
    for name, table in TABLES.items():
        assert f"Primary key: `{table.primary_key[0]}`" in md
    assert "`indicator_id` -> `indicators.indicator_id`" in md  # assignments' foreign key
    assert CHECKS["value_low_le_value_high"].description in md


def test_id_patterns_are_lowercase_ascii():
    for table in TABLES.values():
        for f in table.fields:
            if f.name.endswith("_id") and f.type == "string":
                assert f.pattern and f.pattern.startswith("^") and f.pattern.endswith("$"), f.name
                assert re.match(f.pattern, "80-dost" if f.name == "body_id" else "longan-2024-qd4192")
                assert not re.match(f.pattern, "Long An")


def test_sample_tables_validate_and_hold_together():
    tables = sample_tables()
    for name, df in tables.items():
        validate(name, df)
        assert list(df.dtypes.astype(str)) == [PANDAS_DTYPES[f.type] for f in TABLES[name].fields]
    assert integrity_violations(tables) == []


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_empty_frames_validate(name):
    assert list(validate(name, empty_frame(name)).columns) == TABLES[name].columns


def _bad_indicators() -> pd.DataFrame:
    df = sample_tables()["indicators"].iloc[:2].copy().reset_index(drop=True)
    df.loc[0, "comparator"] = "about"  # not in the enum
    df.loc[0, "value_low"], df.loc[0, "value_high"] = 9.0, 7.5  # low > high
    df.loc[1, "indicator_id"] = "Long An GRDP"  # breaks the id pattern
    df.loc[1, "target_year"] = 1800  # below 1900
    return df


def test_bad_frame_reports_every_bad_row():
    with pytest.raises(pa.errors.SchemaErrors) as err:
        validate("indicators", _bad_indicators())
    fc = err.value.failure_cases
    assert set(fc["index"].dropna().astype(int)) == {0, 1}
    checks = set(fc["check"].astype(str))
    assert any(c.startswith("isin") for c in checks)
    assert any(c.startswith("str_matches") for c in checks)
    assert any(c.startswith("greater_than_or_equal_to(1900)") for c in checks)
    assert "value_low_le_value_high" in checks
    assert set(fc.loc[fc["check"] == "value_low_le_value_high", "index"]) == {0}
    column_level = fc[fc["schema_context"] == "Column"]
    assert set(column_level.loc[column_level["column"] == "target_year", "index"]) == {1}
    table = failure_table(err.value)
    assert list(table.columns) == ["check", "column", "index", "failure_case"]
    assert len(table[table["check"] == "value_low_le_value_high"]) == 1  # once, not once per column
    assert set(table["index"]) == {0, 1}


def test_strict_and_ordered():
    df = sample_tables()["bodies"]
    with pytest.raises(pa.errors.SchemaErrors):
        validate("bodies", df.assign(extra="x"))
    with pytest.raises(pa.errors.SchemaErrors):
        validate("bodies", df[list(reversed(df.columns))])
    with pytest.raises(pa.errors.SchemaErrors):
        validate("bodies", df.drop(columns=["successor_2025_code"]))


@pytest.mark.parametrize(
    "table, change, check",
    [
        ("indicators", {"comparator": "between", "value_high": None}, "comparator_values_consistent"),
        ("indicators", {"comparator": "achieve"}, "comparator_values_consistent"),
        ("indicators", {"char_end": 10_000}, "quote_length_matches_span"),
        ("documents", {"period_start": 2031}, "period_start_le_period_end"),
        ("articles", {"text_sha256": "0" * 64}, "text_sha256_matches_text"),
        ("bodies", {"body_id": "80-dpi-2"}, "body_code_province_unique"),
        ("bodies", {"name_vi": "So\u031b\u0309 Ta\u0300i chi\u0301nh"}, "strings_are_nfc"),  # decomposed "Sở Tài chính"
    ],
)
def test_named_checks(table, change, check):
    rows = sample_tables()[table].to_dict("records")
    row = {**rows[0], **change}
    df = frame(table, [row] + rows[1:] + ([rows[0]] if table == "bodies" else []))
    with pytest.raises(pa.errors.SchemaErrors) as err:
        validate(table, df)
    assert check in set(err.value.failure_cases["check"].astype(str))


def test_nfc_check_finds_the_one_decomposed_text_of_a_column():
    # the column is tested as a whole first: one decomposed text among NFC ones (and beside a
    # text that begins with a combining mark) must still fail, on its own row only
    nfc = CHECKS["strings_are_nfc"].fn
    df = pd.DataFrame({"a": ["Sở Tài chính", "e", "\u0301 sau", None], "n": [1, 2, 3, 4]})
    assert nfc(df).tolist() == [True, True, True, True]
    df.loc[2, "a"] = "So\u031b\u0309"  # decomposed "Sở"
    assert nfc(df).tolist() == [True, True, False, True]


def test_wrong_dtypes_are_rejected():
    df = sample_tables()["assignments"]
    with pytest.raises(pa.errors.SchemaErrors):
        validate("assignments", df.assign(deadline=df["deadline"].map(lambda d: d and d.isoformat())))
    with pytest.raises(pa.errors.SchemaErrors):
        validate("assignments", df.assign(char_start=df["char_start"].astype(float)))


def test_metadata_rejects_unknown_check(tmp_path):
    bad = tmp_path / "tables"
    shutil.copytree(TABLES_DIR, bad)
    text = (bad / "bodies.yaml").read_text(encoding="utf-8")
    (bad / "bodies.yaml").write_text(
        text.replace("checks: [body_code_province_unique, strings_are_nfc]", "checks: [no_such_check]"),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="no_such_check"):
        load_tables(bad)


def _write_package(root: Path, tables: dict[str, pd.DataFrame]) -> Path:
    (root / "csv").mkdir(parents=True)
    for name, df in tables.items():
        write_csv(df, name, root / "csv" / f"{name}.csv")
    path = root / "datapackage.json"
    path.write_text(json.dumps(datapackage(TABLES, "v2026.11.22"), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_frictionless_validates_sample_package(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(_write_package(tmp_path, sample_tables())))
    assert report.valid, report.flatten(["type", "resourceName", "rowNumber", "fieldName", "note"])


def test_frictionless_catches_broken_rows(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    tables = sample_tables()
    ind = tables["indicators"].copy()
    ind.loc[0, "comparator"] = "about"
    ind.loc[1, "objective_id"] = "no-such-objective"
    docs = tables["documents"].copy()
    docs.loc[0, "period_end"] = 1800
    tables.update(indicators=ind, documents=docs)
    report = frictionless.validate(str(_write_package(tmp_path, tables)))
    kinds = {(e[0], e[1]) for e in report.flatten(["type", "fieldName"])}
    assert ("constraint-error", "comparator") in kinds
    assert ("constraint-error", "period_end") in kinds
    assert ("foreign-key", None) in kinds


def test_datapackage_dates_and_licence():
    pkg = datapackage(TABLES, "v2026.11.22")
    assert pkg["profile"] == "tabular-data-package"
    assert pkg["licenses"][0]["name"] == "CC-BY-4.0"
    assert pkg["version"] == "v2026.11.22"
    fields = {f["name"]: f for r in pkg["resources"] for f in r["schema"]["fields"]}
    assert fields["deadline"]["type"] == "date"
    assert fields["target_year"]["constraints"] == {"required": False, "minimum": 1900, "maximum": 2100}
    assert dt.date(2026, 11, 22).isoformat() not in json.dumps(pkg)  # no timestamps


def test_an_implausible_coded_percent_fails_the_row_level_check():
    """A growth rate of 42% is no growth rate: the row-level model rejects it, so the article is
    quarantined in the batch step instead of failing the release's expectations."""
    import pandas as pd

    from schemas.checks import CHECKS

    df = pd.DataFrame(
        {
            "indicator_code": ["SECTOR_III_GROWTH", "SECTOR_III_GROWTH", None, "FOREST_COVER"],
            "unit": ["percent", "percent", "percent", "percent"],
            "value_low": [42.0, 7.0, 150.0, 40.0],
            "value_high": [43.0, None, None, None],
        }
    )
    assert CHECKS["percent_in_plausible_range"].fn(df).tolist() == [False, True, True, True]
