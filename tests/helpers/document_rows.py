"""Document rows of a short text, keyed by number, each checked to be cited."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def docs(text: str, lex, province: str = "33") -> dict[str, tuple]:
    """Return {doc_number: (type, issuer, signed date, period start, period end, vision year)}.

    Every row's quote must be its span of ``text``, e.g. "Thực hiện Quyết định số 12/QĐ-UBND
    ngày 3/2/2025 của UBND tỉnh." gives {"12/QĐ-UBND": ("decision",
    "provincial_peoples_committee", "2025-02-03", None, None, None)}.
    """
    out = {}
    for r in document_rows("a", text, province, lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (
            r["doc_type"],
            r["issuer"],
            r["signed_date"].isoformat() if r["signed_date"] else None,
            r["period_start"],
            r["period_end"],
            r["vision_year"],
        )
    return out


def periods(text: str, lex, province: str = "33") -> dict[str, tuple]:
    """Return {doc_number: (period start, period end)} of ``docs``, each row checked to be cited."""
    return {number: row[3:5] for number, row in docs(text, lex, province).items()}
