"""A sum over a period is uncoded (CONVENTIONS, ruled in session 27), in our own words: an amount
of money stated for a period ("giai đoạn 2026 - 2030", "05 năm") is the period's sum, its label
naming the period; a year's own figure beside it and a yearly average keep their code."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows, sorted_row_keys


def test_an_amount_for_a_named_period_is_uncoded_and_labelled_by_the_period(lex, units):
    text = "Kế hoạch\n\nTỉnh phấn đấu tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt 320.000 tỷ đồng."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["comparator"], r["value_low"], r["target_year"]) for r in found] == [
        (None, "eq", 320000.0, 2030)
    ]
    assert found[0]["label_vi"].endswith("giai đoạn 2026 - 2030")


def test_a_five_year_amount_after_a_colon_is_uncoded(lex, units):
    text = (
        "Kế hoạch 5 năm 2026 - 2030\n\nCác chỉ tiêu chủ yếu:\n\n"
        "- Kim ngạch xuất khẩu 05 năm: đạt 7.400 triệu USD;\n\n- Tỷ lệ đô thị hóa đến năm 2030: đạt 48%."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("", "eq", 7400000000.0, None, 2030),
        ("URBANISATION_RATE", "eq", 48.0, None, 2030),
    ]


def test_a_yearly_amount_over_a_period_keeps_its_code(lex, units):
    text = "Kế hoạch\n\nGiai đoạn 2026 - 2030, tỉnh phấn đấu thu hút vốn FDI bình quân mỗi năm 400 triệu USD."
    assert sorted_row_keys(text, lex, units, 2025) == [("FDI_ATTRACTION", "eq", 400000000.0, None, 2030)]


def test_an_amount_for_a_term_named_before_its_verb_is_uncoded(lex, units):
    # the term frames the aim mid-sentence: "đặt mục tiêu nhiệm kỳ ... thu hút ..." (session 27)
    text = "Kế hoạch\n\nTỉnh Hòa Sơn đặt mục tiêu nhiệm kỳ 2026-2031 thu hút hơn 3 tỷ USD vốn FDI."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["comparator"], r["value_low"], r["target_year"]) for r in found] == [
        (None, "gt", 3e9, 2031)
    ]
    assert found[0]["label_vi"].endswith("nhiệm kỳ 2026-2031")


def test_a_term_named_only_by_its_end_year_is_no_period(lex, units):
    text = "Kế hoạch\n\nPhấn đấu kim ngạch xuất khẩu đến cuối nhiệm kỳ 2030 đạt 3.200 triệu USD."
    assert [k[:4] for k in sorted_row_keys(text, lex, units, 2025)] == [("EXPORT_VALUE", "eq", 3.2e9, None)]


def test_a_count_that_adds_up_over_a_named_period_is_uncoded(lex, units):
    # workers sent abroad add up over the years: the period's figure is their sum (session 43)
    text = "Kế hoạch\n\nGiai đoạn 2026–2030, tỉnh phấn đấu có 3.600 người đi làm việc ở nước ngoài theo hợp đồng."
    assert sorted_row_keys(text, lex, units, 2025) == [("", "eq", 3600.0, None, 2030)]
    framed = "Kế hoạch\n\nTheo đề án, giai đoạn 2026–2030, tỉnh phấn đấu đưa 3.600 lao động đi làm việc ở nước ngoài."
    assert sorted_row_keys(framed, lex, units, 2025) == [("", "eq", 3600.0, None, 2030)]


def test_a_stock_or_a_yearly_count_over_a_period_keeps_its_code(lex, units):
    stock = "Kế hoạch\n\nGiai đoạn 2026 - 2030, tỉnh phấn đấu có 50 xã đạt chuẩn nông thôn mới."
    assert sorted_row_keys(stock, lex, units, 2025) == [("NEW_RURAL_COMMUNES", "eq", 50.0, None, 2030)]
    yearly = "Kế hoạch\n\nGiai đoạn 2026 - 2030, bình quân mỗi năm giải quyết việc làm cho 20.000 lao động."
    assert sorted_row_keys(yearly, lex, units, 2025) == [("NEW_JOBS", "eq", 20000.0, None, 2030)]


def test_a_councils_own_term_frames_no_sum(lex, units):
    text = "Kỳ họp\n\nHĐND tỉnh khóa XI, nhiệm kỳ 2026-2031, giao chỉ tiêu thu hút 300 triệu USD vốn FDI."
    assert [k[0] for k in sorted_row_keys(text, lex, units, 2026)] == ["FDI_ATTRACTION"]


def test_a_year_named_after_a_periods_sum_keeps_the_code_of_workers_departing(lex, units):
    # the phase after "trong đó" narrows the time (session 33); workers "xuất cảnh" are sent abroad
    text = (
        "Kế hoạch\n\nGiai đoạn 2026–2030, tỉnh phấn đấu đưa 4.000 lao động đi làm việc ở nước ngoài, "
        "trong đó, riêng năm 2027 sẽ có khoảng 600 lao động xuất cảnh."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("", "eq", 4000.0, None, 2030),
        ("LABOUR_EXPORT", "approx", 600.0, None, 2027),
    ]
