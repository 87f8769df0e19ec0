"""Results read as targets on real pages (issue 8, session 19), written in our own words: each
test states a class of result sentence in two or three wordings, and a guard that keeps the
targets of a target-setting text."""

from __future__ import annotations

import pytest

from pipelines.extract.frame import page_frame
from tests.helpers.indicator_rows import cited_row_keys


def rows(text, lex, units, published_year=None):
    return cited_row_keys(text, lex, units, published_year)


# A percentage written right before a plan or a past figure is the share of it reached.
@pytest.mark.parametrize(
    "sentence",
    [
        "Trong nửa năm, 210 doanh nghiệp thành lập mới, bằng 112% kịch bản tỉnh đặt ra.",
        "Cả tỉnh có thêm 95 hợp tác xã thành lập mới, đạt 103,5% so với chỉ tiêu đề ra cho cả năm.",
        "Số doanh nghiệp thành lập mới đạt 640 doanh nghiệp, bằng 121% của kịch bản tăng trưởng tỉnh đề ra.",
    ],
)
def test_a_share_of_the_plan_reached_is_a_result(lex, units, sentence):
    text = f"Kinh tế nửa đầu năm chuyển biến\n\nTheo báo cáo của tỉnh, kinh tế tiếp tục phục hồi. {sentence}"
    assert rows(text, lex, units, 2023) == []


def test_a_target_compared_with_a_year_is_still_a_target(lex, units):
    text = "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu có 700 doanh nghiệp thành lập mới, tăng 10% so với năm 2025."
    assert ("NEW_ENTERPRISES", "eq", 700.0, None, 2026) in rows(text, lex, units, 2025)


# The same period of an earlier year ("cùng kỳ") is a base only results are compared with.
@pytest.mark.parametrize(
    "sentence",
    [
        "- Tăng trưởng kinh tế quý đầu năm của tỉnh cao hơn mức tăng cùng kỳ, cao hơn bình quân cả "
        "nước, là động lực để tỉnh hoàn thành chỉ tiêu Nghị quyết nhiệm kỳ.",
        "Tăng trưởng GRDP 6 tháng của tỉnh vượt mức cùng kỳ, cao hơn bình quân chung cả nước, là cơ sở "
        "để thực hiện mục tiêu năm.",
    ],
)
def test_a_comparison_with_the_same_period_is_a_result(lex, units, sentence):
    text = f"Tỉnh tăng tốc trong năm\n\n{sentence}"
    assert rows(text, lex, units, 2023) == []


def test_a_title_cue_inside_a_tally_of_targets_met_frames_no_target_page(lex):
    text = "Năm 2024 tăng trưởng vượt mục tiêu, 12/15 chỉ tiêu đạt kế hoạch\n\nTổng sản phẩm trên địa bàn tăng 7,9%."
    assert page_frame(text, lex, 2024).kind == "results"
    setting = "Tỉnh đặt mục tiêu thu ngân sách 9.000 tỷ đồng năm 2025\n\nThu ngân sách đạt 9.000 tỷ đồng."
    assert page_frame(setting, lex, 2025).kind == "target_setting"


# A section whose heading names achievements reviews: its plain paragraphs report, and a review
# verb ("duy trì") in them narrates.
@pytest.mark.parametrize(
    "heading, body",
    [
        (
            "Những dấu ấn của nhiệm kỳ 2020 - 2025",
            "Nền kinh tế của tỉnh duy trì đà tăng trưởng ổn định, đạt bình quân 6,8%/năm.",
        ),
        (
            "Thành tựu sau năm năm",
            "Kim ngạch xuất khẩu cả giai đoạn đạt 42 tỷ USD, tỉnh duy trì vị thế xuất siêu.",
        ),
        (
            "Kết quả nổi bật giai đoạn 2021-2025",
            "Tỉnh duy trì tốc độ tăng trưởng khá. Thu ngân sách bình quân đạt 21.000 tỷ đồng mỗi năm.",
        ),
    ],
)
def test_a_section_under_a_heading_of_achievements_reports(lex, units, heading, body):
    text = f"Tỉnh nhìn lại năm năm phát triển\n\nBài viết điểm lại chặng đường đã qua.\n\n{heading}\n\n{body}"
    assert rows(text, lex, units, 2025) == []


def test_an_aim_under_a_heading_of_achievements_is_still_a_target(lex, units):
    text = (
        "Tỉnh nhìn lại năm năm phát triển\n\nNhững dấu ấn của nhiệm kỳ 2020 - 2025\n\n"
        "Tăng trưởng bình quân đạt 6,8%/năm. Giai đoạn tới, tỉnh phấn đấu tăng trưởng bình quân 9%/năm "
        "đến năm 2030."
    )
    assert rows(text, lex, units, 2025) == [("GRDP_GROWTH", "eq", 9.0, None, 2030)]


def test_a_heading_that_also_names_aims_opens_no_review(lex, units):
    text = (
        "Kế hoạch năm 2026\n\nKết quả năm 2025 và mục tiêu năm 2026\n\n"
        "Năm 2026, tốc độ tăng trưởng kinh tế duy trì ở mức 8%."
    )
    assert ("GRDP_GROWTH", "eq", 8.0, None, 2026) in rows(text, lex, units, 2025)


# A vision year right after a plan's period is part of the plan's name: the aims stated after the
# name fall due by the period's end; a vision that opens its own statement still dates it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 với mục tiêu phấn đấu tỉnh nằm trong "
        "nhóm đầu về chuyển đổi số.",
        "Theo Quy hoạch tỉnh giai đoạn 2021-2030, tầm nhìn tới năm 2050, tỉnh phấn đấu đạt tỷ lệ đô thị hóa trên 45%.",
    ],
)
def test_a_vision_in_a_plans_name_does_not_date_its_aims(lex, units, sentence):
    text = f"Công bố quy hoạch tỉnh\n\n{sentence}"
    found = rows(text, lex, units, 2024)
    assert found and all(r[-1] == 2030 for r in found)


def test_a_vision_that_opens_its_statement_dates_it(lex, units):
    text = "Công bố quy hoạch tỉnh\n\nTầm nhìn đến năm 2050, tỉnh phấn đấu đạt tỷ lệ đô thị hóa trên 60%."
    assert [r[-1] for r in rows(text, lex, units, 2024)] == [2050]


# A sentence opened by a consequence of work done ("Nhờ đó", "Nhờ vậy") narrates: the review verb
# in it keeps up what was reached, it sets no aim.
@pytest.mark.parametrize(
    "opener",
    ["Nhờ đó, nền kinh tế của tỉnh", "Nhờ vậy, kinh tế tỉnh"],
)
def test_a_consequence_of_work_done_narrates(lex, units, opener):
    text = (
        "Tỉnh họp bàn kế hoạch năm tới\n\n"
        "Năm qua, các cấp, các ngành triển khai đồng bộ nhiều giải pháp.\n\n"
        f"{opener} duy trì tốc độ tăng trưởng khá, cao hơn bình quân chung cả nước."
    )
    assert rows(text, lex, units) == []


def test_keeping_up_a_standing_is_still_an_aim(lex, units):
    text = "Mục tiêu năm 2026\n\nTỉnh duy trì tốc độ tăng trưởng kinh tế cao hơn bình quân chung cả nước."
    assert [r[1] for r in rows(text, lex, units, 2025)] == ["achieve"]
