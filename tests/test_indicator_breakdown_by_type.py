"""A breakdown of a target count by type after "gồm:" ("12 đô thị, gồm: 01 đô thị loại II; ...")
gives no rows, as parts of a total do (CONVENTIONS, session 36): only the total is a row."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_the_types_after_a_colon_list_are_no_rows(lex, units):
    text = (
        "Mục tiêu cụ thể:\n- Đến năm 2030: Toàn tỉnh có 12 đô thị, gồm: 01 đô thị loại I (thành phố Nam Sơn); "
        "03 đô thị loại IV; 08 đô thị loại V."
    )
    assert rows(text, lex, units, 2024) == [("", "eq", 12.0, None, 2030)]


def test_a_list_after_a_colon_that_is_no_breakdown_stays(lex, units):
    text = "Mục tiêu đến năm 2030 gồm: có 12 đô thị; 40 xã đạt chuẩn nông thôn mới."
    assert [r[2] for r in rows(text, lex, units, 2024)] == [12.0, 40.0]
