"""The outcome of a count already made ("Kết quả rà soát hộ nghèo năm 2023 ..., số hộ nghèo toàn
tỉnh là: 12.345 hộ"), written beside a plan's targets, reports a result: no row (CONVENTIONS:
results are never indicators). ``kết quả rà soát`` is a result cue of ``cues.csv``."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows

_PLAN = (
    "Yên Bái phấn đấu giảm ít nhất 2.000 hộ nghèo trong năm 2024\n"
    "Theo kế hoạch, đối với Chương trình giảm nghèo bền vững: phấn đấu giảm ít nhất 2.000 hộ nghèo; "
    "tỷ lệ hộ nghèo giảm trên 1,5%;\n"
)
_AIMS = [("POOR_HOUSEHOLDS_REDUCED", "gte", 2000.0, None, 2024), ("POVERTY_RATE_REDUCTION", "gt", 1.5, None, 2024)]


def test_the_outcome_of_a_review_after_a_list_of_targets_is_no_row(lex, units):
    text = _PLAN + (
        "Kết quả rà soát hộ nghèo năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022-2025, "
        "số hộ nghèo toàn tỉnh là: 12.345 hộ, giảm 2.110 hộ nghèo.\n"
    )
    assert rows(text, lex, units) == _AIMS


def test_a_target_after_the_review_keeps_its_row(lex, units):
    text = _PLAN + (
        "Kết quả rà soát năm 2023 cho thấy tỷ lệ hộ nghèo còn 4,2%.\n"
        "Đến năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 3%.\n"
    )
    assert ("POVERTY_RATE", "lt", 3.0, None, 2025) in rows(text, lex, units, 2024)
