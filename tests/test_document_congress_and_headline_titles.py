"""Periods of documents read from what names them (session 23, set 25), on texts of our own:
a congress resolution plans the term of the congress that issued it; a legal portal's headline
("<type> <number> năm <year> <title>") gives the title; a plan's header title that cites another
document still gives the plan its period; a text that "was approved by" a decision gives it the
subject's period."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def periods(text: str, lex, province: str = "33") -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, province, lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (r["period_start"], r["period_end"], r["vision_year"])
    return out


def test_a_congress_resolution_plans_the_term_of_the_congress_that_issued_it(lex):
    text = (
        "Căn cứ Nghị quyết số 07-NQ/ĐH ngày 20/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm "
        "kỳ 2020 - 2025, Nghị quyết số 88/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh về kế hoạch 5 năm 2021 - 2025, "
        "UBND tỉnh ban hành kế hoạch như sau:"
    )
    found = periods(text, lex)
    assert found["07-NQ/ĐH"] == (2020, 2025, None)
    assert found["88/NQ-HĐND"] == (2021, 2025, None)
    wrapped = "Căn cứ Nghị quyết 03-NQ/TU ngày 16\ntháng 10 năm 2020 của Đại hội Đảng bộ tỉnh lần thứ X, nhiệm\nkỳ 2020-2025;"
    assert periods(wrapped, lex)["03-NQ/TU"] == (2020, 2025, None)


def test_a_term_named_in_a_title_or_of_a_post_stays_no_period(lex):
    title = "Trao Quyết định số 12/QĐ-UBND về việc chuẩn y Ban Chấp hành do Đại hội nhiệm kỳ 2020-2025 bầu."
    assert periods(title, lex)["12/QĐ-UBND"] == (None, None, None)
    report = "Theo Báo cáo số 40/BC-TU của Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020 - 2025, tỉnh đạt nhiều kết quả."
    assert periods(report, lex)["40/BC-TU"] == (None, None, None)
