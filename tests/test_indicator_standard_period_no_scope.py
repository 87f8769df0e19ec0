"""A standard's period is no scope for the aims after it, in our own words: "tỷ lệ hộ nghèo (theo
chuẩn nghèo đa chiều giai đoạn 2026 - 2030) là 7%; ..." names the period the standard covers, not
the year the list's aims fall due in (CONVENTIONS session 31), so the items after it keep the year
of the sentence before them."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys as rows


def test_items_after_a_standards_period_keep_the_year_of_the_aims(lex, units):
    text = (
        "UBND tỉnh giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027 cho các huyện.\n"
        "Về xã hội, tỉnh giao chỉ tiêu: tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2026-2030)"
        " là 7,5%; tỷ lệ lao động được đào tạo là 65%; có 62% trường đạt chuẩn quốc gia."
    )
    years = {code: year for code, *_, year in rows(text, lex, units, published_year=2026)}
    assert years["TRAINED_LABOUR_SHARE"] == 2027
    assert years["SCHOOLS_NATIONAL_STANDARD"] == 2027


def test_a_plan_period_still_scopes_the_aims_after_it(lex, units):
    text = "Tỉnh phấn đấu tăng trưởng GRDP giai đoạn 2026-2030 bình quân 9%/năm; tỷ lệ lao động được đào tạo đạt 70%."
    years = {code: year for code, *_, year in rows(text, lex, units, published_year=2026)}
    assert years["TRAINED_LABOUR_SHARE"] == 2030
