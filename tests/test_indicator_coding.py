"""Coding: the common variant wordings of lexicon indicators get their code (issue 8, coding).

Each case is a target sentence in our own words whose wording no phrasing listed before: the
value, comparator and year were found, only the code was missing. A last group checks that a
wording of a different quantity (a share, not a growth rate) keeps its own code or none.
"""

from __future__ import annotations

import pytest

from pipelines.extract.indicators import indicator_rows
from pipelines.text.segment import paragraphs


def codes(sentence: str, lex, units) -> set[tuple]:
    text = "Kế hoạch phát triển kinh tế - xã hội năm 2026\n\n" + sentence
    found = indicator_rows("t", text, paragraphs(text), 2026, lex, units, 2025)
    for r in found:
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
    return {(r["indicator_code"], r["value_low"]) for r in found}


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        # sectors: growth and share, each written the ways plans write them
        ("Năm 2026 phấn đấu GRDP tăng 8%, trong đó dịch vụ tăng 9%/năm.", "SECTOR_III_GROWTH", 9.0),
        ("Mục tiêu năm 2026: khu vực dịch vụ tăng trưởng 7,5%.", "SECTOR_III_GROWTH", 7.5),
        ("Năm 2026, ngành thương mại - dịch vụ tăng bình quân 8%/năm.", "SECTOR_III_GROWTH", 8.0),
        ("Phấn đấu năm 2026 nông, lâm, ngư nghiệp tăng 3%.", "SECTOR_I_GROWTH", 3.0),
        ("Phấn đấu năm 2026 nông nghiệp, lâm nghiệp và thủy sản tăng 3,2%.", "SECTOR_I_GROWTH", 3.2),
        ("Năm 2026 phấn đấu công nghiệp, xây dựng tăng 11%.", "SECTOR_II_GROWTH", 11.0),
        ("Năm 2026, tăng trưởng ngành công nghiệp - xây dựng đạt 12%.", "SECTOR_II_GROWTH", 12.0),
        ("Đến năm 2026, nông, lâm, thủy sản chiếm 15% trong cơ cấu.", "SHARE_AGRICULTURE", 15.0),
        ("Đến năm 2026, khu vực dịch vụ chiếm 42%.", "SHARE_SERVICES", 42.0),
        ("Đến năm 2026, khu vực công nghiệp và xây dựng chiếm khoảng 38%.", "SHARE_INDUSTRY_CONSTRUCTION", 38.0),
        # growth of a value: "tốc độ tăng" written before the value's own name
        ("Năm 2026 tốc độ tăng tổng vốn đầu tư toàn xã hội đạt 12%.", "SOCIAL_INVESTMENT_GROWTH", 12.0),
        ("Năm 2026, tốc độ tăng trưởng xuất khẩu đạt 10%.", "EXPORT_GROWTH", 10.0),
        ("Năm 2026, tốc độ tăng thu ngân sách nhà nước đạt 9%.", "BUDGET_REVENUE_GROWTH", 9.0),
        ("Năm 2026, tốc độ tăng trưởng năng suất lao động đạt 6%.", "LABOUR_PRODUCTIVITY_GROWTH", 6.0),
        # income and product per head
        ("Năm 2026, thu nhập bình quân trên đầu người đạt 75 triệu đồng.", "INCOME_PER_CAPITA", 75.0),
        (
            "Năm 2026, thu nhập bình quân của người dân khu vực nông thôn đạt 60 triệu đồng.",
            "RURAL_INCOME_PER_CAPITA",
            60.0,
        ),
        ("Năm 2026, GRDP bình quân theo đầu người đạt 110 triệu đồng.", "GRDP_PER_CAPITA", 110.0),
        # labour, poverty, forest
        ("Năm 2026, tỷ lệ lao động trong độ tuổi qua đào tạo đạt 72%.", "TRAINED_LABOUR_SHARE", 72.0),
        ("Năm 2026, tỷ lệ lao động được đào tạo nghề đạt 70%.", "TRAINED_LABOUR_SHARE", 70.0),
        ("Năm 2026, tỷ lệ che phủ đạt 45%.", "FOREST_COVER", 45.0),
        ("Năm 2026, độ che phủ của rừng đạt 46%.", "FOREST_COVER", 46.0),
        ("Năm 2026 phấn đấu giảm tỷ lệ nghèo đa chiều 1,5%.", "POVERTY_RATE_REDUCTION", 1.5),
        ("Năm 2026, tỷ lệ giảm nghèo đạt 1,2%.", "POVERTY_RATE_REDUCTION", 1.2),
        ("Năm 2026 phấn đấu tỷ lệ thất nghiệp ở khu vực đô thị dưới 3%.", "UNEMPLOYMENT_RATE_URBAN", 3.0),
        ("Năm 2026, thu hút vốn đầu tư nước ngoài đạt 500 triệu USD.", "FDI_ATTRACTION", 500000000.0),
        ("Năm 2026, tổng chi ngân sách nhà nước đạt 30.000 tỷ đồng.", "BUDGET_EXPENDITURE", 30000.0),
        ("Năm 2026, nông nghiệp - thủy sản tăng 1,1%.", "SECTOR_I_GROWTH", 1.1),
        ("Năm 2026, đạt 33 giường bệnh trên 1 vạn dân.", "HOSPITAL_BEDS_PER_10K", 33.0),
        (
            "Năm 2026, tỷ lệ thủ tục hành chính được giải quyết trực tuyến đạt 85%.",
            "ONLINE_PUBLIC_SERVICES_SHARE",
            85.0,
        ),
        ("Năm 2026, tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa đạt 88%.", "CULTURAL_VILLAGES_SHARE", 88.0),
        ("Năm 2026, tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị đạt 97%.", "URBAN_WASTE_COLLECTION", 97.0),
        ("Năm 2026, tỷ lệ thất nghiệp trong độ tuổi ở khu vực thành thị dưới 3,8%.", "UNEMPLOYMENT_RATE_URBAN", 3.8),
        (
            "Năm 2026, tỷ lệ thất nghiệp của lao động trong độ tuổi ở khu vực thành thị dưới 3,5%.",
            "UNEMPLOYMENT_RATE_URBAN",
            3.5,
        ),
        # round 45: the overall solid-waste share named without "sinh hoạt"; rural income without "đầu người"
        ("Năm 2026, tỷ lệ chất thải rắn được thu gom xử lý đạt 98%.", "SOLID_WASTE_COLLECTION", 98.0),
        (
            "Năm 2026, nâng thu nhập bình quân khu vực nông thôn lên 62 triệu đồng/người/năm.",
            "RURAL_INCOME_PER_CAPITA",
            62.0,
        ),
        # level 4 is the fully online service, its share written before the procedures it counts
        (
            "Đến năm 2026, 95% thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều kênh.",
            "ONLINE_PUBLIC_SERVICES_SHARE",
            95.0,
        ),
    ],
)
def test_variant_wordings_are_coded(sentence, code, value, lex, units):
    assert (code, value) in codes(sentence, lex, units)


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        # a share stays a share, a growth rate a growth rate
        ("Đến năm 2026, dịch vụ chiếm 45% GRDP.", "SHARE_SERVICES", 45.0),
        ("Năm 2026, tổng vốn đầu tư toàn xã hội đạt 35% GRDP.", "SOCIAL_INVESTMENT_SHARE_GRDP", 35.0),
        ("Năm 2026, tỷ lệ hộ nghèo giảm xuống còn 2%.", "POVERTY_RATE", 2.0),
        # the sector's output value, not its value added; the labour's share, not the sector's
        ("Năm 2026, giá trị sản xuất ngành nông, lâm nghiệp, thủy sản tăng 4%.", "AGRI_PRODUCTION_VALUE_GROWTH", 4.0),
        ("Năm 2026, lao động nông, lâm, thủy sản chiếm 30% lao động.", "AGRI_LABOUR_SHARE", 30.0),
        ("Năm 2026, tỷ lệ gia đình đạt danh hiệu văn hóa đạt 92%.", "CULTURAL_FAMILIES_SHARE", 92.0),
    ],
)
def test_other_quantities_keep_their_code(sentence, code, value, lex, units):
    assert (code, value) in codes(sentence, lex, units)


def test_a_list_of_sectors_is_no_single_sector(lex, units):
    """ "công nghiệp, xây dựng và dịch vụ" lists three sectors: its share is none of theirs."""
    found = codes("Năm 2026, tỷ trọng công nghiệp, xây dựng và dịch vụ trong GRDP đạt 90% trở lên.", lex, units)
    assert ("SHARE_INDUSTRY_CONSTRUCTION", 90.0) not in found


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        ("Phấn đấu mỗi năm thành lập mới 1.800 doanh nghiệp.", "NEW_ENTERPRISES", 1800.0),
        ("Năm 2026, phát triển mới 120 hợp tác xã.", "NEW_COOPERATIVES", 120.0),
    ],
)
def test_a_phrasing_written_around_its_number_codes_the_row(sentence, code, value, lex, units):
    """ "thành lập mới 1.800 doanh nghiệp" is "thành lập mới doanh nghiệp" with the count inside."""
    assert (code, value) in codes(sentence, lex, units)


def test_a_label_without_a_phrasing_stays_uncoded(lex, units):
    assert codes("Năm 2026, trồng mới 2.000 ha cây ăn quả tập trung.", lex, units) == {(None, 2000.0)}


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        ("Năm 2026, thu nhập bình quân đạt 76 triệu đồng/người.", "INCOME_PER_CAPITA", 76.0),
        ("Năm 2026, GRDP đạt 112 triệu đồng/người.", "GRDP_PER_CAPITA", 112.0),
        ("Năm 2026, tỷ lệ che phủ toàn tỉnh đạt 47%.", "FOREST_COVER", 47.0),
    ],
)
def test_a_subject_and_its_unit_code_the_value(sentence, code, value, lex, units):
    """ "thu nhập bình quân" with millions of dong is income per head (indicator_subjects.csv)."""
    assert (code, value) in codes(sentence, lex, units)


def test_a_green_cover_is_no_forest_cover(lex, units):
    assert codes("Năm 2026, tỷ lệ che phủ cây xanh đô thị đạt 20%.", lex, units) == {(None, 20.0)}
