"""False target rows of results pages, in our own words: an aim named in a later clause of the
sentence does not reach back over the ';' to the figures reported before it, and a verb of
keeping ("duy trì") with no figure of its own narrates a state kept, it sets no aim for the
figures around it."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_an_aim_named_after_a_semicolon_sets_no_target_for_the_figures_before_it(lex, units):
    text = (
        "Nông nghiệp nửa đầu năm khởi sắc\n\n"
        "Giá trị sản xuất nông nghiệp đạt 2.100 tỷ đồng, bằng 48% kế hoạch năm. Nổi bật, sản lượng cà phê "
        "nhân đạt trên 31.000 tấn, hồ tiêu thu hoạch gần 4.200 tấn; vùng trồng sầu riêng tiếp tục được mở "
        "rộng, đưa tỉnh tiến gần hơn mục tiêu trở thành trung tâm trái cây của vùng."
    )
    assert rows(text, lex, units) == []


def test_an_aim_said_before_the_semicolon_still_scopes_the_clause_after_it(lex, units):
    text = (
        "Định hướng sản xuất nông nghiệp\n\n"
        "Tỉnh phấn đấu đến năm 2030 đạt 40.000 ha cà phê; sản lượng cà phê nhân đạt 90.000 tấn."
    )
    assert rows(text, lex, units) == [
        ("", "eq", 40000.0, None, 2030),
        ("", "eq", 90000.0, None, 2030),
    ]


def test_keeping_a_state_with_no_figure_of_its_own_sets_no_aim_for_the_figures_beside_it(lex, units):
    text = (
        "Kinh tế tỉnh miền Tây\n\n"
        "Công nghiệp tiếp tục là điểm sáng với chỉ số sản xuất tăng 12%; nhiều sản phẩm chủ lực duy trì đà "
        "tăng khá. Kim ngạch xuất khẩu đạt hơn 4 tỷ USD, tăng 9,5%, tiếp tục duy trì xuất siêu ổn định."
    )
    assert rows(text, lex, units) == []


def test_keeping_a_state_in_a_later_sentence_sets_no_aim_for_the_paragraph(lex, units):
    text = (
        "Kinh tế tỉnh ven biển\n\n"
        "Khu vực dịch vụ là động lực chính, ghi nhận mức tăng 9,1%. Trong đó, bán lẻ tăng 12% nhờ sức mua "
        "hồi phục, cùng với du lịch duy trì mức tăng khá."
    )
    assert rows(text, lex, units) == []


def test_keeping_a_figure_stated_after_the_verb_is_still_an_aim(lex, units):
    text = "Kế hoạch y tế năm 2026\n\nNăm 2026, tỉnh duy trì tỷ lệ bao phủ bảo hiểm y tế trên 95%."
    assert rows(text, lex, units, published_year=2025) == [("HEALTH_INSURANCE_COVERAGE", "gt", 95.0, None, 2026)]


def test_an_aim_with_neither_figure_nor_year_sets_none_for_the_result_after_it(lex, units):
    # "bảo đảm mục tiêu an ninh lương thực" names an aim with no figure and no year: the sentence
    # after it, which names no cue of its own, reports what the work done reached
    text = (
        "Trà hoa vàng là sản phẩm nổi bật của tỉnh.\n\n"
        "Những điểm sáng rõ nét\n\n"
        "Với tốc độ tăng trưởng kinh tế đạt 6,1% so với năm 2022, tỉnh xếp thứ 5 trong vùng. GRDP bình "
        "quân ước đạt 50 triệu đồng/người.\n\n"
        "Sản xuất lúa gạo phát triển ổn định, bảo đảm mục tiêu an ninh lương thực, góp phần xây dựng nông "
        "thôn mới. Nhiều mô hình cơ giới hóa trong sản xuất đã đưa khu vực nông – lâm nghiệp đạt mức tăng "
        "trưởng 4,2%. Khu vực dịch vụ dự ước tăng trưởng 6,5%."
    )
    assert rows(text, lex, units) == []


def test_a_later_aim_does_not_reach_a_sentence_that_names_a_year_of_its_own(lex, units):
    # the aim "Phấn đấu đến năm 2025 ..." comes after a review of 2023, which names its own year
    text = (
        "Giảm nghèo ở tỉnh miền Tây\n\n"
        "Công tác giảm nghèo thời gian qua có nhiều chuyển biến.\n\n"
        "Năm 2023, toàn tỉnh giảm được 5.100 hộ nghèo, trong đó tỷ lệ hộ nghèo dân tộc thiểu số giảm 2,5%. "
        "Phấn đấu đến năm 2025, tỷ lệ hộ nghèo toàn tỉnh còn dưới 1%."
    )
    assert rows(text, lex, units) == [("POVERTY_RATE", "lt", 1.0, None, 2025)]


def test_an_earlier_aim_with_neither_figure_nor_year_sets_none_for_a_count_after_it(lex, units):
    text = (
        "Tỉnh ven biển chuyển mình, hướng tới tăng trưởng hai con số đến năm 2030\n\n"
        "Du lịch cũng là một điểm sáng của tỉnh. Với rừng ngập mặn và văn hóa bản địa, tỉnh đang hướng tới "
        "phát triển du lịch sinh thái, trải nghiệm. Hiện nay, toàn tỉnh có 15 điểm du lịch cộng đồng."
    )
    assert rows(text, lex, units) == [("GRDP_GROWTH", "gte", 10.0, None, 2030)]


def test_an_earlier_aim_with_a_figure_still_sets_the_figures_after_it(lex, units):
    text = (
        "Tỉnh ven biển chuyển mình\n\n"
        "Du lịch cũng là một điểm sáng của tỉnh. Năm 2026, tỉnh đang hướng tới đón 3 triệu lượt khách du "
        "lịch. Toàn tỉnh có 15 điểm du lịch cộng đồng."
    )
    assert rows(text, lex, units) == [("", "eq", 15.0, None, 2026), ("TOURIST_ARRIVALS", "eq", 3000000.0, None, 2026)]


def test_a_later_aim_does_not_reach_a_sentence_that_says_where_things_stand_now(lex, units):
    text = (
        "Tỉnh miền núi quyết tâm giảm nghèo\n\n"
        "Theo thống kê, hiện nay toàn tỉnh còn 31.200 hộ nghèo, chiếm tỷ lệ 38,5%. Mục tiêu phấn đấu của "
        "tỉnh là đến hết năm 2013 giảm tỷ lệ hộ nghèo còn dưới 35%."
    )
    assert rows(text, lex, units) == [("POVERTY_RATE", "lt", 35.0, None, 2013)]
