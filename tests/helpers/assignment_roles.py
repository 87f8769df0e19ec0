"""Roles the extractor gives the bodies of one text, each row checked to be cited."""

from __future__ import annotations

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs


def cited_roles(text: str, lex, province: str, published_year: int | None = None) -> set[tuple[str, str]]:
    """{(body_code, role)} of ``assignment_rows`` on ``text`` (article id "t") in ``province``;
    fails unless every row's quote is its span."""
    args = () if published_year is None else (published_year,)
    rows, bodies = assignment_rows("t", text, paragraphs(text), province, lex, *args)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    for r in rows:
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
    return {(code[r["body_id"]], r["role"]) for r in rows}
