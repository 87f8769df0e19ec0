"""A plan's description of the present with no aim word ("Tại tỉnh X có 45 điểm du lịch ...",
"Toàn tỉnh hiện có ...") is no row, on an undated page too (CONVENTIONS, session 36): the page's
frame sets no aim for what a place has now."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows

_PAGE = (
    "Ngành du lịch Long Sơn phấn đấu đón 5 triệu lượt khách vào năm 2030\n"
    "Theo kế hoạch, đến năm 2030 ngành du lịch tỉnh phấn đấu đón 5 triệu lượt khách, "
    "tổng thu từ du lịch đạt 9.000 tỷ đồng.\n"
    "{line}\n"
)


def test_what_the_province_has_now_is_no_row(lex, units):
    text = _PAGE.format(line="Tại tỉnh Long Sơn có 45 điểm du lịch được công nhận, 12 khu du lịch cấp tỉnh.")
    expected = [("TOURISM_REVENUE", "eq", 9000.0, None, 2030), ("TOURIST_ARRIVALS", "eq", 5000000.0, None, 2030)]
    assert rows(text, lex, units) == expected
    assert rows(text, lex, units, 2024) == expected


def test_an_aim_word_in_the_sentence_keeps_its_row(lex, units):
    text = _PAGE.format(line="Tỉnh Long Sơn phấn đấu có 45 điểm du lịch được công nhận.")
    assert ("", "eq", 45.0, None, 2030) in rows(text, lex, units)


def test_a_sentence_opening_with_the_provinces_name_and_what_it_has_is_no_row(lex, units):
    text = (
        "Đến năm 2020, Lai Châu phấn đấu là tỉnh phát triển khá\n"
        "Lai Châu có 7 huyện và một thành phố với 20 dân tộc cùng sinh sống; có 265 km đường biên giới "
        "giáp nước bạn.\n"
    )
    assert [k for k in rows(text, lex, units) if k[2] in (7.0, 265.0)] == []
    aimed = "Đến năm 2020, Lai Châu phấn đấu là tỉnh phát triển khá\nLai Châu phấn đấu có 7 huyện đạt chuẩn nông thôn mới.\n"
    assert [k[2] for k in rows(aimed, lex, units) if k[2] == 7.0] == [7.0]
