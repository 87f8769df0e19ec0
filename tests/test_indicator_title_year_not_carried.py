"""A year named inside a title (a strategy's or a vision's name, written capitalised inside the
sentence) is no year the aims of the list after it fall due in: "phù hợp Chiến lược phát triển
tỉnh đến năm 2030 và năm 2050" dates nothing, the list's items keep the page's plan year. In our
own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def _page(tail: str) -> str:
    return (
        "Bốn khâu đột phá\n\n"
        "Các khâu đột phá gồm: phấn đấu thu ngân sách trên địa bàn đạt 9.000 tỷ đồng; "
        f"phát triển nguồn nhân lực {tail}; đẩy mạnh chuyển đổi số.\n\n"
        "Các công trình trọng điểm, phấn đấu: nâng cấp cảng cá; trồng mới 2.000ha rừng ngập mặn; mở rộng khu công nghiệp."
    )


def test_a_strategy_title_year_is_not_carried_to_the_next_list(lex, units):
    keys = cited_row_keys(_page("phù hợp Chiến lược phát triển tỉnh đến năm 2030 và năm 2050"), lex, units, 2022, 2025)
    assert [k[-1] for k in keys] == [2025, 2025]


def test_a_vision_title_year_is_not_carried_to_the_next_list(lex, units):
    keys = cited_row_keys(_page("theo Tầm nhìn phát triển vùng biển đến năm 2045"), lex, units, 2022, 2025)
    assert [k[-1] for k in keys] == [2025, 2025]


def test_an_aim_year_still_dates_the_next_list(lex, units):
    keys = cited_row_keys(_page("đến năm 2030 đạt chuẩn khu vực"), lex, units, 2022, 2025)
    assert [k[-1] for k in keys] == [2025, 2030]
