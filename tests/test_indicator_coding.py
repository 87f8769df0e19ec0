"""Coding indicator rows on the structures real pages use (issue 8): a subject named without its
measure, a value restated in brackets in another unit, multiples of a base, period averages."""

from __future__ import annotations

import pytest

from pipelines.extract.indicators import indicator_rows, unit_table
from pipelines.text.segment import paragraphs


@pytest.fixture(scope="module")
def units(lex):
    return unit_table(lex)


def values(text: str, lex, units, published_year: int = 2025) -> set[tuple]:
    found = indicator_rows("t", text, paragraphs(text), None, lex, units, published_year)
    for r in found:
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
    return {
        (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in found
    }


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Năm 2026, tỉnh đặt mục tiêu tăng trưởng trên 9%.", "GRDP_GROWTH"),
        ("Năm 2026, tỉnh phấn đấu GRDP đạt trên 9%.", "GRDP_GROWTH"),
        # a sector named first: its growth, not the economy's
        ("Năm 2026, ngành nông nghiệp phấn đấu giữ mức tăng trưởng trên 9%.", None),
    ],
)
def test_a_bare_subject_is_coded_by_the_unit(lex, units, sentence, code):
    found = values("Kế hoạch năm 2026\n\n" + sentence, lex, units)
    assert {(c, v) for c, _, v, *_ in found} == {(code, 9.0)}


def test_the_nations_growth_is_no_row_of_the_province(lex, units):
    text = "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu góp phần vào mục tiêu tăng trưởng của cả nước trên 9%."
    assert values(text, lex, units) == set()


def test_a_value_after_another_value_is_not_its_subjects(lex, units):
    text = "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu GRDP đạt 95.000 tỷ đồng, tăng trưởng 9%."
    assert values(text, lex, units) == {
        ("GRDP_SCALE", "eq", 95000.0, None, "vnd_billion", 2026),
        ("GRDP_GROWTH", "eq", 9.0, None, "percent", 2026),
    }


def test_a_multiple_of_a_base_is_an_uncoded_row_in_unit_other(lex, units):
    text = (
        "Mục tiêu đến năm 2035\n\n"
        "Tỉnh phấn đấu quy mô nền kinh tế đến năm 2030 tăng gấp 1,5 lần so với năm 2025 và đến năm 2035 "
        "tăng gấp 2,5 lần năm 2025. Đến năm 2035, thu nhập bình quân đầu người cao gấp 1,3 lần trở lên "
        "mức bình quân chung. Đến năm 2030, phấn đấu kim ngạch xuất khẩu gấp đôi hiện nay."
    )
    assert values(text, lex, units) == {
        (None, "eq", 1.5, None, "other", 2030),
        (None, "eq", 2.5, None, "other", 2035),  # "lần năm 2025": the base, not the target year
        (None, "gte", 1.3, None, "other", 2035),
        (None, "eq", 2.0, None, "other", 2030),
    }


def test_shares_that_split_a_phrasing_and_share_its_predicate_are_coded(lex, units):
    text = (
        "Mục tiêu đến năm 2030\n\nĐến năm 2030, tỉnh phấn đấu có ít nhất 60% trường tiểu học, "
        "75% trường trung học cơ sở đạt chuẩn quốc gia."
    )
    assert values(text, lex, units) == {
        ("SCHOOLS_NATIONAL_STANDARD", "gte", 60.0, None, "percent", 2030),
        ("SCHOOLS_NATIONAL_STANDARD", "gte", 75.0, None, "percent", 2030),
    }


def test_a_yearly_average_is_due_at_the_end_of_the_period_named_before_it(lex, units):
    text = (
        "Kế hoạch năm 2026\n\n"
        "Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 – 2030 của tỉnh đã được thông qua.\n\n"
        "Về kinh tế, tỉnh phấn đấu tốc độ tăng trưởng GRDP bình quân đạt từ 9%/năm trở lên."
    )
    assert values(text, lex, units) == {("GRDP_GROWTH", "gte", 9.0, None, "percent", 2030)}


def test_tourism_revenue_named_after_tourists_and_dashed_sector_names(lex, units):
    text = (
        "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu đón 4 triệu khách du lịch, doanh thu 9.000 tỷ đồng; "
        "tốc độ tăng giá trị sản xuất nông - lâm - thủy sản đạt 3,5%."
    )
    assert values(text, lex, units) == {
        ("TOURIST_ARRIVALS", "eq", 4000000.0, None, "count", 2026),
        ("TOURISM_REVENUE", "eq", 9000.0, None, "vnd_billion", 2026),
        ("AGRI_PRODUCTION_VALUE_GROWTH", "eq", 3.5, None, "percent", 2026),
    }


def test_a_province_alone_is_no_label(lex, units):
    text = "Mục tiêu đến năm 2030\n\nĐến năm 2030, tỉnh Quảng Bình phấn đấu 90%."
    assert values(text, lex, units) == set()


def test_a_table_cell_of_a_reduction_is_in_points(lex, units):
    text = (
        "Chỉ tiêu năm 2025 như sau:\nTT\nChỉ tiêu\nKế hoạch năm 2025\n1\nTốc độ tăng trưởng GRDP (%)\n8\n"
        "2\nTỷ lệ hộ nghèo giảm (%)\n1,2\n3\nTỷ lệ che phủ rừng (%)\n46\n"
    )
    assert values(text, lex, units, published_year=2024) == {
        ("GRDP_GROWTH", "eq", 8.0, None, "percent", 2025),
        ("POVERTY_RATE_REDUCTION", "eq", 1.2, None, "percentage_point", 2025),
        ("FOREST_COVER", "eq", 46.0, None, "percent", 2025),
    }


def test_a_later_year_of_an_uncoded_target_keeps_its_label(lex, units):
    text = (
        "Mục tiêu đến năm 2030\n\nTỷ lệ hộ dùng điện mặt trời mái nhà đến năm 2025 đạt 20% trở lên "
        "và đến năm 2030 đạt khoảng 35%."
    )
    found = indicator_rows("t", text, paragraphs(text), None, lex, units, 2024)
    assert {(r["comparator"], r["value_low"], r["target_year"]) for r in found} == {
        ("gte", 20.0, 2025),
        ("approx", 35.0, 2030),
    }
    assert len({r["label_vi"] for r in found}) == 1
    assert all(text[r["char_start"] : r["char_end"]] == r["quote"] for r in found)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Năm 2026, tỷ lệ lao động trong tỉnh qua đào tạo đạt 72%.", "TRAINED_LABOUR_SHARE"),
        # the noun right after the measure is what it counts: no gap there
        ("Năm 2026, tỷ trọng lao động nông nghiệp trong tổng lao động giảm còn 30%.", "AGRI_LABOUR_SHARE"),
    ],
)
def test_a_phrasing_with_words_written_inside_it(lex, units, sentence, code):
    found = values("Kế hoạch năm 2026\n\n" + sentence, lex, units)
    assert [c for c, *_ in found] == [code]


def test_becoming_a_central_city_a_milestone_and_a_rank_among_34(lex, units):
    text = (
        "Mục tiêu đến năm 2030\n\nĐến năm 2030, tỉnh phấn đấu trở thành thành phố trực thuộc Trung ương; "
        "thu ngân sách vượt mốc 30.000 tỷ đồng; chỉ số PCI xếp hạng 10/34.\n\n"
        "Các tỉnh, thành phố trực thuộc Trung ương phấn đấu hoàn thành kế hoạch."
    )
    assert values(text, lex, units) == {
        ("CENTRAL_CITY_STATUS", "achieve", None, None, None, 2030),
        ("BUDGET_REVENUE", "gt", 30000.0, None, "vnd_billion", 2030),
        ("PCI_RANK", "eq", 10.0, None, "rank", 2030),
    }


def test_a_further_aim_for_the_same_indicator(lex, units):
    text = (
        "Kế hoạch năm 2026\n\nNăm 2026, tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP đạt 8 - 8,5% trong năm 2026, "
        "và phấn đấu đạt trên 9%; tỷ lệ che phủ rừng đạt 45%, phấn đấu 46%."
    )
    assert values(text, lex, units) == {
        ("GRDP_GROWTH", "between", 8.0, 8.5, "percent", 2026),
        ("GRDP_GROWTH", "gt", 9.0, None, "percent", 2026),
        ("FOREST_COVER", "eq", 45.0, None, "percent", 2026),
        ("FOREST_COVER", "eq", 46.0, None, "percent", 2026),
    }


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Năm 2026, khu vực nông lâm thủy sản tăng 3,2%.", "SECTOR_I_GROWTH"),  # curated with dashes
        # a comma in the text lists sectors: no "công nghiệp - xây dựng"
        ("Năm 2026, tỷ trọng công nghiệp, xây dựng và dịch vụ trong GRDP đạt 80%.", None),
    ],
)
def test_a_phrasing_with_other_punctuation(lex, units, sentence, code):
    found = values("Kế hoạch năm 2026\n\n" + sentence, lex, units)
    assert [c for c, *_ in found] == [code]
