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


def test_the_parts_of_an_area_after_bao_gom_are_no_rows_even_when_they_do_not_add_up(lex, units):
    # session 44: "bao gồm:" after an area total reads as session 36's "gồm:" breakdown.
    text = (
        "Đến năm 2030, diện tích nuôi cá tra của tỉnh đạt 9.000 ha, bao gồm: 2.000 ha nuôi thâm canh; "
        "4.000 ha nuôi bán thâm canh và 1.000 ha nuôi sinh thái."
    )
    assert [r[2] for r in rows(text, lex, units, 2024)] == [9000.0]


def test_the_parts_of_an_output_after_bao_gom_are_no_rows(lex, units):
    text = "Đến năm 2030, sản lượng cá tra đạt 500.000 tấn, bao gồm: 300.000 tấn cá phi lê; 150.000 tấn cá nguyên con."
    assert [r[2] for r in rows(text, lex, units, 2024)] == [500000.0]


def test_another_measure_of_a_part_after_bao_gom_stays(lex, units):
    # session 41: a type's output beside its area is another measure, no part of the area.
    text = (
        "Đến năm 2030, diện tích cây ăn quả đạt 12.000 ha, bao gồm: 5.000 ha cây cam, sản lượng 60.000 tấn; "
        "3.000 ha cây bưởi."
    )
    assert sorted(r[2] for r in rows(text, lex, units, 2024)) == [12000.0, 60000.0]


def test_a_standing_component_after_bao_gom_stays(lex, units):
    # session 43: a component the lexicon curates as standing stays a row; the other part goes.
    text = (
        "Năm 2026, thu ngân sách nhà nước trên địa bàn tỉnh đạt 20.000 tỷ đồng, bao gồm: thu nội địa "
        "16.000 tỷ đồng; thu từ hoạt động xuất nhập khẩu 3.000 tỷ đồng."
    )
    found = rows(text, lex, units, 2025)
    assert sorted(r[2] for r in found) == [16000.0, 20000.0]
    assert "DOMESTIC_BUDGET_REVENUE" in {r[0] for r in found}
