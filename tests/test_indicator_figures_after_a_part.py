"""A figure after a subgroup's part ("trong đó có ... lượt khách quốc tế") that measures something
else, in a comma segment of its own and in another unit than the part ("..., tạo 18.000 việc
làm", "..., có 40 cơ sở lưu trú ..."), is a row (CONVENTIONS, session
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


def test_a_count_of_another_noun_after_the_parts_is_a_row(lex, units):
    text = (
        "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu đón 900.000 lượt khách, trong đó 100.000 lượt khách quốc "
        "tế, có 40 cơ sở lưu trú đạt chuẩn 3 sao."
    )
    assert ("", "eq", 40.0, None, 2027) in rows(text, lex, units, 2026)


def test_parts_in_the_same_unit_and_a_parts_share_stay_no_rows(lex, units):
    same = (
        "Kế hoạch\n\nNăm 2027, tổng sản lượng lúa đạt 500.000 tấn, trong đó lúa chất lượng cao đạt "
        "300.000 tấn, lúa nếp 50.000 tấn."
    )
    assert [r[2] for r in rows(same, lex, units, 2026)] == [500000.0]
    share = (
        "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu đón 5 triệu lượt khách, trong đó khách quốc tế 1 triệu lượt, chiếm 20%."
    )
    assert rows(share, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 5000000.0, None, 2027)]
    multiple = (
        "Kế hoạch\n\nĐến năm 2028, kim ngạch xuất khẩu đạt 2 tỷ USD, trong đó hàng nông sản đạt 600 triệu USD, "
        "tăng gấp 3 lần so với năm 2023."
    )
    assert [r[2] for r in rows(multiple, lex, units, 2025)] == [2000000000.0]
