"""A comparator word before the first of figures coordinated by a comma covers the next when it
counts the same noun ("công nhận ít nhất 3 điểm du lịch cấp tỉnh, 4 điểm du lịch cộng đồng":
both gte; CONVENTIONS, session 28). A figure with its own verb, or counting another noun,
starts afresh. Sentences invented."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_a_floor_carries_over_a_comma_to_the_same_noun(lex, units):
    text = "Đến năm 2027, tỉnh Hòa Sơn công nhận ít nhất 3 điểm du lịch cấp tỉnh, 4 điểm du lịch cộng đồng."
    assert rows(text, lex, units, 2025) == [("", "gte", 3.0, None, 2027), ("", "gte", 4.0, None, 2027)]


def test_a_figure_with_its_own_verb_after_the_comma_starts_afresh(lex, units):
    text = "Đến năm 2027, tỉnh Hòa Sơn công nhận ít nhất 3 điểm du lịch cấp tỉnh, tạo việc làm cho 5.000 lao động."
    assert ("NEW_JOBS", "eq", 5000.0, None, 2027) in rows(text, lex, units, 2025)


def test_a_floor_carries_over_a_comma_to_shares_named_alike_with_a_grade_inside(lex, units):
    # the grade's number ("4 sao") is a word of the name, no figure: the shares stay one list
    text = (
        "Đến năm 2027, tỉnh Hòa Sơn phấn đấu có tối thiểu 15% số sản phẩm đạt chuẩn OCOP 4 sao, "
        "5% số sản phẩm đạt chuẩn OCOP 5 sao."
    )
    assert rows(text, lex, units, 2025) == [("", "gte", 5.0, None, 2027), ("", "gte", 15.0, None, 2027)]
    other = (
        "Đến năm 2027, tỉnh Hòa Sơn phấn đấu có tối thiểu 15% số sản phẩm đạt chuẩn OCOP 4 sao, "
        "5% doanh nghiệp tham gia sàn thương mại điện tử."
    )
    assert ("", "eq", 5.0, None, 2027) in rows(other, lex, units, 2025)
