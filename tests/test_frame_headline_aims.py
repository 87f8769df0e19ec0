"""A headline whose aim word governs the growth it names frames a target-setting page (our own
texts): "Tỉnh A quyết tâm tăng trưởng ..." or "... hướng đến tăng trưởng hai con số" sets an aim,
the growth is its object, not a result reported; the figures under it with no cue of their own
are the plan's targets of the year the headline names. A lead sentence standing first ("...
đặt mục tiêu tăng trưởng năm 2026 là 7%.") stays mixed, and a plan's direction ("định hướng
đến năm 2030") is no aim. A page announcing an amended plan approved ("Phê duyệt điều chỉnh Quy
hoạch ...") lists that plan's targets."""

from __future__ import annotations

from pipelines.extract.frame import page_frame
from tests.helpers.indicator_rows import sorted_row_keys


def test_a_headline_resolving_to_grow_frames_a_target_setting_page(lex):
    text = "Tỉnh Hòa An quyết tâm tăng trưởng năm 2027 từ 7,5 - 8%\n\nSáng 10/12, UBND tỉnh họp."
    frame = page_frame(text, lex, None)
    assert (frame.kind, frame.context, frame.plan_year) == ("target_setting", "target", 2027)


def test_a_headline_heading_for_growth_frames_a_target_setting_page(lex):
    text = "Tỉnh Hòa An đẩy mạnh dịch vụ, hướng đến tăng trưởng hai con số\n\nTỉnh họp bàn kế hoạch."
    assert page_frame(text, lex, None).kind == "target_setting"


def test_a_lead_sentence_setting_a_growth_aim_stays_mixed(lex):
    text = (
        "Dù còn nhiều khó khăn, tỉnh Hòa An đặt mục tiêu tăng trưởng năm 2027 là 7%.\n\n"
        "Năm 2026, thu ngân sách tăng 12%."
    )
    assert page_frame(text, lex, None).kind == "mixed"


def test_a_plans_direction_in_a_title_sets_no_aim(lex):
    text = "Đề án phát triển du lịch tỉnh Hòa An giai đoạn 2026 - 2030, định hướng đến năm 2035\n\nNội dung đề án."
    assert page_frame(text, lex, None).kind != "target_setting"


def test_figures_without_a_cue_under_a_resolving_headline_are_its_years_targets(lex, units):
    text = (
        "Tỉnh Hòa An quyết tâm tăng trưởng năm 2027 từ 7,5 - 8%\n\n"
        "Chiều 12/12, UBND tỉnh tổ chức hội nghị triển khai kế hoạch năm 2027.\n\n"
        "Theo đó, năm 2027, GRDP tăng 7,5 - 8%; kim ngạch xuất khẩu tăng 6 - 7%; thu ngân sách "
        "trên địa bàn đạt 14.500 tỷ đồng."
    )
    assert sorted_row_keys(text, lex, units) == [
        ("BUDGET_REVENUE", "eq", 14500.0, None, 2027),
        ("EXPORT_GROWTH", "between", 6.0, 7.0, 2027),
        ("GRDP_GROWTH", "between", 7.5, 8.0, 2027),
    ]


def test_an_amended_plan_approved_frames_a_target_setting_page(lex, units):
    text = (
        "Phê duyệt điều chỉnh Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Hòa An đến năm 2030\n\n"
        "Quy hoạch đã được phê duyệt điều chỉnh tại Quyết định số 12/QĐ-TTg.\n\n"
        "Về kinh tế, GRDP giai đoạn 2026 - 2030 tăng bình quân 8 - 8,5%/năm; kim ngạch xuất khẩu "
        "năm 2030 đạt khoảng 3 tỷ USD."
    )
    assert page_frame(text, lex, None).kind == "target_setting"
    assert sorted_row_keys(text, lex, units) == [
        ("EXPORT_VALUE", "approx", 3000000000.0, None, 2030),
        ("GRDP_GROWTH", "between", 8.0, 8.5, 2030),
    ]
