"""Documents on real news pages (issue 8, round 19), on texts of our own: a document's period is
read in its own sentence, not in the sentences after it in the paragraph."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def periods(text: str, lex, province: str = "75") -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, province, lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (r["period_start"], r["period_end"])
    return out


def test_a_later_sentences_period_is_not_the_documents(lex):
    review = (
        "Qua 5 năm thực hiện Nghị quyết số 16/2021/QH15 của Quốc hội về Kế hoạch phát triển kinh tế - "
        "xã hội giai đoạn 2021-2025, tỉnh đã đạt nhiều kết quả. Tỉnh đề ra các mục tiêu mới cho giai "
        "đoạn 2026-2030."
    )
    assert periods(review, lex)["16/2021/QH15"] == (2021, 2025)
    plan = (
        "Tỉnh triển khai Kế hoạch số 45/KH-UBND về đầu tư công giai đoạn 2021 - 2025 đúng tiến độ. Đến "
        "nay, tỉnh đang chuẩn bị kế hoạch giai đoạn 2026 - 2030."
    )
    assert periods(plan, lex)["45/KH-UBND"] == (2021, 2025)
    # a title that reviews one period and plans the next, in one sentence, still plans the later
    both = (
        "Báo cáo của Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TU về tình hình 5 năm (2016-2020) và "
        "mục tiêu 5 năm (2021-2025)."
    )
    assert periods(both, lex)["12-NQ/TU"] == (2021, 2025)
