"""Indicator classes of the session-24 first run (set 26), in our own words: results-only pages
whose narration carries a word that folds like an aim, results measured against the plan they
passed, counts of people and recipients, and value words that herald a stated figure."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[tuple]:
    return sorted(cited_row_keys(text, lex, units, published_year, horizon, uncoded=""))


def test_resolve_named_as_a_noun_sets_no_aim_for_a_years_results(lex, units):
    # undated page closing a year: "thể hiện sự quyết tâm" narrates, the figures report
    text = (
        "Nhìn lại một năm của tỉnh miền núi\n\n"
        "Khép lại năm 2024 với nhiều dấu ấn. Tăng trưởng kinh tế đạt trên 7,5%, cao hơn mức chung "
        "của cả nước, thể hiện sự quyết tâm của cả hệ thống chính trị.\n\n"
        "Chỉ số sản xuất công nghiệp tăng trên 20%; tỉnh đã trồng mới gần 2.000 ha cây ăn quả."
    )
    assert rows(text, lex, units) == []
    # resolve as a verb still aims
    aim = "Kế hoạch năm 2025 của tỉnh\n\nTỉnh quyết tâm đạt tốc độ tăng trưởng kinh tế trên 8% trong năm 2025."
    assert rows(aim, lex, units) == [("GRDP_GROWTH", "gt", 8.0, None, 2025)]
