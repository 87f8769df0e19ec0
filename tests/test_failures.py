"""A failed check names where it is: table, row id, column, value and rule, one line each
(schemas/failures.py), for pandera models and cross-table rules alike."""

from __future__ import annotations

import pandas as pd

from schemas.failures import Failure, format_failure, format_failures, validate_failures
from schemas.integrity import integrity_failures
from tests.helpers.sample_tables import sample_tables


def test_duplicate_document_names_row_column_value_and_rule():
    """Two articles about the same decision used to stop the build with only
    `core_documents: documents_schema`; now each failing row is a line."""
    docs = sample_tables()["documents"]
    twice = pd.concat([docs, docs.iloc[:1].assign(article_id="longan-2024-other")], ignore_index=True)
    twice.index = [5] * len(twice)  # labels that are not positions must not confuse the row ids
    lines = format_failures(validate_failures("documents", twice)).splitlines()
    doc_id = docs["document_id"].iloc[0]
    assert (
        f"documents | row {doc_id} (article {docs['article_id'].iloc[0]}) | column document_id | "
        f"value '{doc_id}' | rule field_uniqueness" in lines
    )
    assert (
        f"documents | row {doc_id} (article longan-2024-other) | column document_id | "
        f"value '{doc_id}' | rule field_uniqueness" in lines
    )


def test_enum_and_pattern_failures_are_cells():
    ind = sample_tables()["indicators"].copy()
    ind.loc[1, "unit"] = "percents"
    failures = validate_failures("indicators", ind)
    row = ind["indicator_id"].iloc[1]
    assert [f for f in failures if f.column == "unit"] == [
        Failure(
            "indicators",
            row,
            "unit",
            "percents",
            next(f.rule for f in failures if f.column == "unit"),
            ind["article_id"].iloc[1],
        )
    ]
    assert next(f.rule for f in failures if f.column == "unit").startswith("isin(")


def test_missing_column_is_a_table_level_line():
    arts = sample_tables()["articles"].drop(columns=["byline"])
    lines = format_failures(validate_failures("articles", arts))
    assert "articles | whole table | value 'byline' | rule column_in_dataframe" in lines


def test_integrity_failures_name_row_column_value():
    tables = sample_tables()
    asg = tables["assignments"].copy()
    asg.loc[0, "body_id"] = "80-nowhere"
    ind = tables["indicators"].copy()
    ind.loc[0, "quote"] = ind.loc[0, "quote"].upper()
    frames = {**tables, "assignments": asg, "indicators": ind}
    lines = [format_failure(f) for f in integrity_failures(frames)]
    assert any(
        line.startswith(f"assignments | row {asg['assignment_id'].iloc[0]}")
        and "| column body_id | value '80-nowhere' | rule not in bodies.body_id" in line
        for line in lines
    )
    assert any(
        line.startswith(f"indicators | row {ind['indicator_id'].iloc[0]}")
        and "| column quote |" in line
        and "rule != articles.text[" in line
        for line in lines
    )


def test_long_values_are_cut_and_the_list_is_bounded():
    f = Failure("articles", "a", "text", "x" * 500, "rule")
    assert len(format_failure(f)) < 140 and format_failure(f).count("…") == 1
    text = format_failures([f] * 5, limit=2)
    assert text.splitlines()[-1] == "... and 3 more" and len(text.splitlines()) == 3
