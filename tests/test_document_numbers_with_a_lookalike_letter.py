"""A document number typed with a lookalike of "Đ" (the eth, U+00D0) is the document its code
names, spelled as curated, so that one document has one number across pages (issue 8, round
19), on a text of our own."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def test_numbers_typed_with_an_eth_are_documents_spelled_as_curated(lex):
    text = (
        "Thực hiện Nghị quyết số 31/NQ-H\u00d0ND ngày 8/12/2024 của Hội đồng nhân dân tỉnh, ngày 20/1, "
        "Ủy ban nhân dân tỉnh đã ban hành Quyết định số 77/Q\u00d0-UBND về nhiệm vụ năm 2025."
    )
    rows = document_rows("a", text, "40", lex)
    got = {(r["doc_number"], r["doc_type"], r["issuer"]) for r in rows}
    assert got == {
        ("31/NQ-HĐND", "resolution", "provincial_peoples_council"),
        ("77/QĐ-UBND", "decision", "provincial_peoples_committee"),
    }
    for r in rows:
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
