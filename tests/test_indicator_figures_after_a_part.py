"""A figure after a subgroup's part ("trong đó có ... lượt khách quốc tế") that measures something
else, in a comma segment of its own and in another unit than the part ("..., tạo 18.000 việc
làm", "..., tăng bình quân 12%/năm", "..., với 25% khách lưu trú"), is a row (CONVENTIONS, session
35: a figure after "trong đó" that measures something other than the part is a row); the parts
themselves, and a part's own share or its restatement, stay no rows (session 32)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_jobs_after_a_visitor_subgroup_are_a_row(lex, units):
    text = (
        "Kế hoạch\n\nĐến năm 2030, tỉnh Bình Định phấn đấu đón 12 triệu lượt khách, trong đó có 1,5 triệu "
        "lượt khách quốc tế, tạo 18-20 nghìn việc làm trực tiếp trong ngành du lịch."
    )
    assert rows(text, lex, units, 2024) == [
        ("NEW_JOBS", "between", 18000.0, 20000.0, 2030),
        ("TOURIST_ARRIVALS", "eq", 12000000.0, None, 2030),
    ]


def test_a_growth_after_the_parts_is_a_row(lex, units):
    text = (
        "Kế hoạch\n\nĐến năm 2027, tỉnh đón khoảng 900.000 lượt khách, trong đó, hơn 800.000 lượt khách "
        "nội địa và gần 100.000 lượt khách quốc tế, tăng bình quân 12%/năm."
    )
    assert ("", "eq", 12.0, None, 2027) in rows(text, lex, units, 2024)


def test_a_share_after_a_yearly_part_is_a_row(lex, units):
    text = (
        "Kế hoạch\n\nĐến năm 2027, tỉnh phấn đấu đón 9 triệu lượt khách, trong đó có 2 triệu lượt khách "
        "quốc tế, với 25% khách lưu trú."
    )
    assert ("", "eq", 25.0, None, 2027) in rows(text, lex, units, 2024)


def test_parts_in_the_same_unit_and_a_parts_share_stay_no_rows(lex, units):
    same = (
        "Kế hoạch\n\nNăm 2027, tổng sản lượng lúa đạt 500.000 tấn, trong đó lúa chất lượng cao đạt "
        "300.000 tấn, lúa nếp 50.000 tấn."
    )
    assert [r[2] for r in rows(same, lex, units, 2026)] == [500000.0]
    share = (
        "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu đón 5 triệu lượt khách, trong đó khách quốc tế 1 triệu "
        "lượt, chiếm 20%."
    )
    assert rows(share, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 5000000.0, None, 2027)]
