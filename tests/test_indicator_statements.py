"""Which statements are targets, and their year (issue 8): structures seen on real pages,
written in our own words."""

from __future__ import annotations


from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units, published_year: int | None = None, horizon: int | None = None) -> list[dict]:
    return cited_indicator_rows(text, lex, units, published_year, horizon)


def values(found: list[dict]) -> set[tuple]:
    return {(r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found}


def test_a_standing_against_the_country_is_an_uncoded_aim(lex, units):
    text = (
        "Tỉnh họp bàn phương hướng nhiệm kỳ mới\n\n"
        "Tỉnh phấn đấu đến năm 2027, kinh tế của tỉnh đạt mức trung bình của cả nước, "
        "đến năm 2035 trở thành tỉnh phát triển khá của vùng."
    )
    found = rows(text, lex, units, 2024)
    standing = [r for r in found if r["indicator_code"] is None]
    assert values(standing) == {(None, "achieve", None, None, 2027)}
    assert "mức trung bình của cả nước" in standing[0]["quote"]


def test_a_standing_after_a_subject_and_its_year(lex, units):
    text = (
        "Chỉ tiêu phát triển đến năm 2030\n\n"
        "Thu nhập bình quân đầu người đến năm 2030 tương đương với bình quân chung cả nước "
        "và đến năm 2040 cao gấp 1,5 lần mức bình quân chung."
    )
    achieve = [r for r in rows(text, lex, units, 2024) if r["comparator"] == "achieve"]
    assert [(r["comparator"], r["target_year"]) for r in achieve] == [("achieve", 2030)]


def test_a_figure_compared_with_the_country_is_no_standing(lex, units):
    text = "Tin kinh tế\n\nNăm 2023, tăng trưởng kinh tế của tỉnh đạt 7,1%, cao hơn mức bình quân chung cả nước."
    assert not [r for r in rows(text, lex, units, 2024) if r["comparator"] == "achieve"]


def test_an_aim_above_the_country_is_a_coded_standing(lex, units):
    text = "Tin kinh tế\n\nMục tiêu đến năm 2030, tốc độ tăng trưởng kinh tế cao hơn mức trung bình của cả nước."
    achieve = [r for r in rows(text, lex, units, 2025) if r["comparator"] == "achieve"]
    assert [(r["indicator_code"], r["target_year"]) for r in achieve] == [("GRDP_GROWTH", 2030)]


def test_a_year_named_only_as_a_baseline_is_no_default_year(lex, units):
    # no title line: the article's most frequent year is the baseline 2022 (the horizon the
    # article falls back on); the page's plan year is 2023
    text = (
        "Sau hợp nhất, tỉnh bước vào chặng đường mới với nhiều thuận lợi và thách thức đan xen, "
        "thu ngân sách so với năm 2022 tăng 15-20% và tỷ lệ đô thị hóa năm 2023 đạt 40%.\n\n"
        "Tỉnh đặt mục tiêu tốc độ tăng trưởng kinh tế đạt 8-8,5%, phấn đấu trên 9%; "
        "giá trị xuất khẩu so với năm 2022 tăng 12%."
    )
    growth = [r for r in rows(text, lex, units, None, horizon=2022) if r["indicator_code"] == "GRDP_GROWTH"]
    assert {(r["comparator"], r["target_year"]) for r in growth} == {("between", 2023), ("gt", 2023)}


def test_paragraphs_after_a_target_section_opener_are_targets(lex, units):
    # an approved plan's aims: one paragraph opens the section, the next ones have no cue
    text = (
        "Tỉnh ven biển sẽ là trung tâm logistics của vùng\n\n"
        "Thủ tướng đã ký quyết định phê duyệt Quy hoạch tỉnh thời kỳ 2021 - 2030.\n\n"
        "Mục tiêu tổng quát là đến năm 2030, tỉnh là trung tâm logistics và kinh tế biển của vùng.\n\n"
        "Về kinh tế, tốc độ tăng trưởng GRDP bình quân đạt khoảng 9,5%/năm.\n\n"
        "Thu ngân sách trên địa bàn tăng bình quân 10%/năm.\n\n"
        "Về xã hội, tỷ lệ đô thị hóa đạt 45%."
    )
    assert values(rows(text, lex, units)) == {
        ("GRDP_GROWTH", "approx", 9.5, "percent", 2030),
        ("BUDGET_REVENUE_GROWTH", "eq", 10.0, "percent", 2030),
        ("URBANISATION_RATE", "eq", 45.0, "percent", 2030),
    }


def test_a_target_section_ends_at_a_result(lex, units):
    text = (
        "Tỉnh họp tổng kết\n\n"
        "Mục tiêu tổng quát là đến năm 2030, tỉnh là trung tâm logistics của vùng.\n\n"
        "Tỷ lệ đô thị hóa đạt 45%.\n\n"
        "Năm 2024, tăng trưởng kinh tế ước đạt 7%, so với cùng kỳ tăng cao.\n\n"
        "Thu ngân sách trên địa bàn đạt 5.000 tỷ đồng."
    )
    assert values(rows(text, lex, units)) == {("URBANISATION_RATE", "eq", 45.0, "percent", 2030)}


def test_a_figure_of_the_months_just_past_is_a_result(lex, units):
    text = (
        "Xuất khẩu quý đầu năm khởi sắc\n\n"
        "Trong 3 tháng qua, thương mại của tỉnh tăng khá, duy trì thặng dư 900 triệu USD; "
        "trong đó kim ngạch xuất khẩu đạt 2,1 tỷ USD."
    )
    assert rows(text, lex, units, 2024) == []


def test_a_title_that_reports_targets_exceeded_frames_a_review(lex, units):
    text = (
        "Tỉnh hoàn thành vượt mức nhiều chỉ tiêu kinh tế - xã hội năm 2023\n\n"
        "Sáng 5/1, UBND tỉnh họp báo về tình hình năm 2023.\n\n"
        "Tổng vốn đầu tư đăng ký vào tỉnh đạt hơn 20 nghìn tỷ đồng, trong đó vốn FDI đạt hơn 400 triệu USD."
    )
    assert rows(text, lex, units, 2024) == []


def test_a_range_that_repeats_its_scale_is_one_value(lex, units):
    text = "Mục tiêu đến năm 2030\n\nHuy động vốn đầu tư toàn xã hội đạt từ 120 nghìn tỷ đến 150 nghìn tỷ đồng."
    assert values(rows(text, lex, units, 2024)) == {
        ("TOTAL_SOCIAL_INVESTMENT", "between", 120000.0, "vnd_billion", 2030)
    }


def test_a_forecast_others_make_is_an_estimate(lex, units):
    text = (
        "Kết quả tăng trưởng 9 tháng: 5 tỉnh được dự báo có tăng trưởng GRDP hai con số\n\n"
        "Theo Bộ Tài chính, ước tính có 15 địa phương đạt tốc độ tăng trưởng GRDP năm 2025 từ 8% trở lên."
    )
    assert rows(text, lex, units, 2025) == []


def test_a_value_in_words_yields_to_the_figure_of_its_paragraph(lex, units):
    text = (
        "Tỉnh công bố kịch bản tăng trưởng hai con số, đặt mục tiêu GRDP bình quân trên 10,8%/năm "
        "giai đoạn 2026-2030\n\nNội dung chi tiết được công bố tại hội nghị."
    )
    growth = [r for r in rows(text, lex, units, 2025) if r["indicator_code"] == "GRDP_GROWTH"]
    assert [(r["comparator"], r["value_low"]) for r in growth] == [("gt", 10.8)]


def test_a_section_opener_after_a_short_lead_in(lex, units):
    text = (
        "Phê duyệt quy hoạch tỉnh ven biển\n\n"
        "Quyết định nêu rõ, mục tiêu tổng quát là đến năm 2030, tỉnh là trung tâm kinh tế biển của vùng.\n\n"
        "Về xã hội, tỷ lệ đô thị hóa đạt 45%."
    )
    assert values(rows(text, lex, units)) == {("URBANISATION_RATE", "eq", 45.0, "percent", 2030)}


def test_a_place_that_aims_at_a_share_does_not_name_it(lex, units):
    """The province's name before the aim says who aims: the words after the share name what
    it counts."""
    text = "Kế hoạch năm 2026\n\nNăm 2026, Quảng Trị phấn đấu 95% hồ sơ công việc được ký số."
    found = rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"], r["target_year"]) for r in found] == [(None, 95.0, 2026)]
    assert "hồ sơ công việc" in found[0]["label_vi"]


def test_two_full_shares_of_different_things_are_two_rows(lex, units):
    """Two uncoded shares with the same value in two paragraphs restate nothing when their
    labels name different things."""
    text = (
        "Kế hoạch năm 2026\n\n"
        "Năm 2026, tỉnh phấn đấu 100% văn bản điều hành được ký số.\n\n"
        "Phấn đấu 100% trường học được kết nối internet tốc độ cao."
    )
    found = rows(text, lex, units, 2025)
    assert sorted(r["value_low"] for r in found) == [100.0, 100.0]


def test_an_age_qualifies_who_is_counted(lex, units):
    """An age bound after the people counted is no target of its own; the share is."""
    text = "Kế hoạch năm 2026\n\nNăm 2026, phấn đấu tỷ lệ người dân từ 18 tuổi trở lên có chữ ký số cá nhân đạt 60%."
    found = rows(text, lex, units, 2025)
    assert [(r["value_low"], r["unit"]) for r in found] == [(60.0, "percent")]
    life = rows("Kế hoạch năm 2026\n\nNăm 2026, tuổi thọ trung bình đạt 75 tuổi.", lex, units, 2025)
    assert [(r["indicator_code"], r["value_low"]) for r in life] == [("LIFE_EXPECTANCY", 75.0)]


def test_a_share_an_action_reaches_is_named_by_what_it_reaches(lex, units):
    """A plan line opened by an action ("Triển khai ...") states the share it reaches: the words
    after the share name the target, the action's words do not stop it."""
    for sentence, named in (
        ("Triển khai phần mềm quản lý văn bản đến 100% các trường học, trạm y tế.", "trường học"),
        ("Triển khai kết nối 90% hộ kinh doanh với ví điện tử.", "hộ kinh doanh"),
    ):
        found = rows(f"Kế hoạch năm 2026\n\n{sentence}", lex, units, 2025)
        assert [(r["indicator_code"], r["target_year"]) for r in found] == [(None, 2026)], sentence
        assert named in found[0]["label_vi"]


def test_a_standing_against_a_regions_average_is_an_uncoded_aim(lex, units):
    # ruled in session 26: a region's average stands in for the country's
    text = (
        "Tỉnh họp bàn phương hướng nhiệm kỳ mới\n\n"
        "Phấn đấu đến năm 2030, thu nhập của người dân trong tỉnh bằng mức bình quân của khu vực "
        "miền núi phía Bắc."
    )
    found = rows(text, lex, units, 2025)
    assert values(found) == {(None, "achieve", None, None, 2030)}
    assert "mức bình quân của khu vực" in found[0]["quote"]


def test_a_sectors_average_is_no_standing(lex, units):
    # "khu vực" alone names a sector: the sector's average growth is a figure, not a standing
    text = "Kế hoạch năm 2026\n\nTăng trưởng bình quân khu vực dịch vụ đạt 8%."
    assert not [r for r in rows(text, lex, units, 2025) if r["comparator"] == "achieve"]
