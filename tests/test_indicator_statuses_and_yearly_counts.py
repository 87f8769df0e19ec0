"""Statuses that take their year from a status before them, and counts the words do not make
increments or totals (CONVENTIONS, Indicators: session 35, "Only the words make an increment" and
the questions annotators of sets 59-61 asked; session 36, the question a developer of round 43
asked). Texts of our own (other provinces, other figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_sentence_dated_by_an_earlier_year_end_status_on_an_undated_page_is_no_row(lex, units):
    text = (
        "Chuyển đổi số ở Trà Vinh\n\n"
        "Đến cuối năm 2021, tỷ lệ hộ nghèo của tỉnh còn 2,4%. Toàn tỉnh có 60/85 xã được công nhận đạt "
        "chuẩn nông thôn mới.\n\n"
        "Tỉnh đã xây dựng kế hoạch với mục tiêu đến năm 2026, 85% hồ sơ công việc tại cấp tỉnh được xử lý "
        "trên môi trường mạng."
    )
    years = [k[4] for k in cited_row_keys(text, lex, units)]
    assert 2026 in years and 2021 not in years


def test_an_increment_clause_naming_only_its_noun_takes_the_measure_of_the_increment_before_it(lex, units):
    text = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới, tăng thêm 4 xã so với hiện nay."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 12.0, None, 2027),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 4.0, None, 2027),
    ]
    other = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới, tăng thêm 4 trường học."
    assert cited_row_keys(other, lex, units, 2026)[1][0] is None


def test_units_recognised_within_the_year_are_that_years_uncoded_count(lex, units):
    text = (
        "Kế hoạch\n\nĐến cuối năm 2027, toàn tỉnh có ít nhất 60 xã đạt chuẩn nông thôn mới. Trong đó, có ít nhất "
        "8 xã được công nhận đạt chuẩn nông thôn mới trong năm 2027; có 3 xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert cited_row_keys(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES", "gte", 60.0, None, 2027),
        (None, "gte", 8.0, None, 2027),
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 3.0, None, 2027),
    ]
    restated = text.replace("8 xã được công nhận đạt", "8 xã được công nhận xã đạt")
    assert (None, "gte", 8.0, None, 2027) in cited_row_keys(restated, lex, units, 2026)
    alone = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có 9 xã được công nhận đạt chuẩn nông thôn mới trong năm."
    assert cited_row_keys(alone, lex, units, 2026) == [(None, "eq", 9.0, None, 2027)]
    added = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có thêm 9 xã được công nhận đạt chuẩn nông thôn mới trong năm."
    assert cited_row_keys(added, lex, units, 2026) == [("NEW_RURAL_COMMUNES_ADDED", "eq", 9.0, None, 2027)]


def test_a_count_by_each_year_without_an_increment_word_is_uncoded(lex, units):
    text = "Kế hoạch\n\nGiai đoạn 2026 - 2030, tỉnh phấn đấu theo từng năm có 10 xã đạt chuẩn nông thôn mới."
    assert [k[0] for k in cited_row_keys(text, lex, units, 2026)] == [None]


def test_a_subgroup_of_visitors_with_no_total_beside_it_is_uncoded(lex, units):
    text = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu đón 2 triệu lượt khách quốc tế."
    assert cited_row_keys(text, lex, units, 2026) == [(None, "eq", 2000000.0, None, 2027)]
    domestic = "Kế hoạch\n\nNăm 2027, lượng khách du lịch nội địa đạt khoảng 6 triệu lượt."
    assert [k[0] for k in cited_row_keys(domestic, lex, units, 2026)] == [None]
    total = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu đón 8 triệu lượt khách."
    assert cited_row_keys(total, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 8000000.0, None, 2027)]
    part = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu đón 8 triệu lượt khách (trong đó có 90.000 lượt khách quốc tế)."
    assert cited_row_keys(part, lex, units, 2026) == [("TOURIST_ARRIVALS", "eq", 8000000.0, None, 2027)]


def test_an_earlier_year_end_status_before_the_pages_other_targets_is_no_row(lex, units):
    text = (
        "Hà Giang nỗ lực giảm nghèo\n\n"
        "Nghị quyết của Tỉnh ủy về giảm nghèo giai đoạn 2016-2020 đề ra chỉ tiêu giảm tỷ lệ hộ nghèo "
        "bình quân 3%/năm.\n\n"
        "Ông Nguyễn Văn Hòa cho biết: công tác giảm nghèo được quan tâm. Đến cuối năm 2018, hộ nghèo "
        "toàn tỉnh còn 2,45% và không còn hộ chính sách thuộc hộ nghèo."
    )
    years = [k[4] for k in cited_row_keys(text, lex, units)]
    assert 2020 in years and 2018 not in years


def test_a_year_end_status_on_an_undated_page_that_plans_a_later_period_is_no_row(lex, units):
    text = (
        "Lai Châu phấn đấu giảm nghèo\n\n"
        "Tỉnh Lai Châu phấn đấu đến năm 2025, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn dưới 6%.\n\n"
        "Đến hết năm 2020, toàn tỉnh còn hơn 21.300 hộ nghèo. Trong năm 2020, tỉnh có gần 4.100 hộ "
        "thoát nghèo, đạt 105% kế hoạch đề ra."
    )
    years = [k[4] for k in cited_row_keys(text, lex, units)]
    assert 2025 in years and 2020 not in years
