"""Target statements real pages write that the rules missed (session 17), in our own words:
a year after "đến" without "năm", years named relative to the publication ("năm nay"), a
unitless index with a comparator, and a photo caption that states an aim."""

from __future__ import annotations

from pipelines.ingest.clean import clean_text
from tests.helpers.indicator_rows import cited_indicator_rows


def keys(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, published_year)
    return [(r["comparator"], r["value_low"], r["target_year"]) for r in found]


def test_a_year_after_den_without_nam_dates_the_target(lex, units):
    text = "Du lịch\n\nTỉnh xác định mục tiêu đến 2030 đưa du lịch thành ngành mũi nhọn, đóng góp 9% GRDP."
    assert keys(text, lex, units, 2024) == [("eq", 9.0, 2030)]


def test_a_bare_number_after_den_is_no_year(lex, units):
    text = "Kế hoạch\n\nPhấn đấu đến năm 2027 nâng sản lượng từ 1.500 đến 2025 tấn."
    assert all(y == 2027 for *_, y in keys(text, lex, units, 2024))


def test_nam_nay_is_the_publication_year(lex, units):
    text = (
        "Họp thường kỳ\n\nChủ tịch tỉnh yêu cầu các sở gỡ vướng cho doanh nghiệp, "
        "phấn đấu tăng trưởng kinh tế hai con số năm nay."
    )
    assert keys(text, lex, units, 2026) == [("gte", 10.0, 2026)]


def test_nam_toi_is_the_year_after_but_five_years_ahead_is_no_year(lex, units):
    one = "Kế hoạch\n\nTrong năm tới, tỉnh phấn đấu thu ngân sách đạt 9.000 tỷ đồng."
    assert keys(one, lex, units, 2023) == [("eq", 9000.0, 2024)]
    span = "Kế hoạch\n\nTrong 5 năm tới, tỉnh phấn đấu thu ngân sách đạt 9.000 tỷ đồng."
    assert [y for *_, y in keys(span, lex, units, 2023)] != [2024]


def test_a_unitless_index_takes_its_comparator(lex, units):
    text = "Chỉ tiêu\n\nĐến năm 2030, chỉ số phát triển con người (HDI) đạt trên 0,72."
    assert keys(text, lex, units, 2025) == [("gt", 0.72, 2030)]


def test_a_caption_stating_an_aim_is_kept_a_results_caption_dropped(lex):
    raw = (
        "Tỉnh bàn kế hoạch năm 2026\n"
        "Năm 2026, tỉnh phấn đấu thu ngân sách đạt 8.800 tỷ đồng - Ảnh: Minh Anh\n"
        "Sản lượng lúa năm 2025 đạt 1,2 triệu tấn - Ảnh: Minh Anh\n"
        "Sáng 20/12, Ủy ban nhân dân tỉnh họp bàn kế hoạch phát triển kinh tế - xã hội năm 2026."
    ).encode()
    text = clean_text(raw, "x.txt", lex.chrome_rules)
    assert "thu ngân sách đạt 8.800 tỷ đồng" in text
    assert "Sản lượng lúa" not in text


def test_a_fairly_developed_standing_without_tinh_is_an_aim(lex, units):
    text = (
        "Đại hội\n\nĐại hội thông qua phương hướng nhiệm kỳ 2025 - 2030; phấn đấu xây dựng tỉnh "
        "văn minh, đạt mức phát triển khá của vùng Tây Nguyên vào năm 2030."
    )
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["comparator"], r["target_year"]) for r in found] == [
        ("REGIONAL_DEVELOPMENT_RANK", "achieve", 2030)
    ]


def test_tro_len_after_the_counted_noun_is_a_floor(lex, units):
    text = "Nhà ở\n\nĐến năm 2030, tỉnh hoàn thành 12.000 căn nhà ở xã hội trở lên."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["comparator"], r["value_low"], r["label_vi"]) for r in found] == [("gte", 12000.0, "căn nhà ở xã hội")]


def test_ti_is_spelled_like_ty(lex, units):
    text = "Kinh tế số\n\nĐến năm 2030, tỉ trọng kinh tế số trong GRDP của tỉnh đạt trên 25%."
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"]) for r in found] == [("DIGITAL_ECONOMY_SHARE", 25.0)]


def test_a_share_of_villages_is_one_row_whoever_aims(lex, units):
    text = (
        "Nông thôn mới\n\nPhấn đấu đến năm 2027, toàn tỉnh Hòa Bình có 60 - 70% số thôn, xóm "
        "được công nhận đạt chuẩn nông thôn mới."
    )
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in found] == [
        ("between", 60.0, 70.0, 2027)
    ]
    assert found[0]["label_vi"].startswith("số thôn")


def test_a_share_cut_off_mid_word_is_no_row(lex, units):
    text = "Đại hội\n\nĐến năm 2030, tỉnh Hòa Bình phấn đấu 90% số t"
    assert cited_indicator_rows(text, lex, units, 2025) == []


def test_what_a_province_can_reach_as_planned_is_a_target(lex, units):
    text = (
        "Đại hội\n\nPhát biểu tại Đại hội, đồng chí nhấn mạnh tỉnh hoàn toàn có thể đạt được tốc độ "
        "tăng trưởng kinh tế từ 10,5% trở lên như mục tiêu đề ra."
    )
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["comparator"], r["value_low"]) for r in found] == [("GRDP_GROWTH", "gte", 10.5)]


def test_a_page_announcing_an_approved_plan_sets_its_targets_by_the_period_end(lex, units):
    text = (
        "Sáng 5-3, tỉnh tổ chức hội nghị công bố quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.\n\n"
        "Theo quy hoạch, tốc độ tăng trưởng GRDP bình quân đạt 7,8%/năm. GRDP bình quân đầu người "
        "khoảng 150 triệu đồng."
    )
    found = cited_indicator_rows(text, lex, units, 2024)
    assert sorted((r["indicator_code"], r["target_year"]) for r in found) == [
        ("GRDP_GROWTH", 2030),
        ("GRDP_PER_CAPITA", 2030),
    ]


def test_a_scenario_drawn_up_names_no_construction_sector(lex, units):
    text = (
        "Kịch bản\n\nVì vậy, tỉnh xây dựng kịch bản, với mục tiêu GRDP năm 2025 là 8,7% và năm 2026 là 10,2% "
        "để các ngành bám sát thực hiện mới đạt mục tiêu của nhiệm kỳ."
    )
    found = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"], r["target_year"]) for r in found] == [
        ("GRDP_GROWTH", 8.7, 2025),
        ("GRDP_GROWTH", 10.2, 2026),
    ]


def test_a_period_earlier_in_the_sentence_dates_the_clauses_after_it(lex, units):
    text = (
        "Mục tiêu\n\nTỉnh phấn đấu tốc độ tăng trưởng kinh tế giai đoạn 2026-2030 đạt 9%/năm; "
        "GRDP bình quân đầu người đạt 130 triệu đồng."
    )
    found = cited_indicator_rows(text, lex, units, 2025)
    assert {r["target_year"] for r in found} == {2030}


def test_a_leading_group_said_before_the_indexes_ranks_each(lex, units):
    text = (
        "Quy hoạch\n\nĐến năm 2030, tỉnh giữ vị trí nhóm đầu cả nước về các chỉ số: cải cách hành chính, "
        "năng lực cạnh tranh cấp tỉnh."
    )
    found = cited_indicator_rows(text, lex, units, 2024)
    assert sorted((r["indicator_code"], r["comparator"], r["target_year"]) for r in found) == [
        ("PAR_INDEX_RANK", "achieve", 2030),
        ("PCI_RANK", "achieve", 2030),
    ]
