"""Rulings of session 35 (CONVENTIONS: Indicators, Bodies and assignments, Documents, Objectives)
that the rules already follow and no other test asserted: one test per ruling. Texts of our own
(other provinces, other figures)."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.ingest.metadata import published_date
from pipelines.text.segment import paragraphs
from tests.helpers.assignment_roles import cited_roles
from tests.helpers.document_rows import docs
from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys


def _units(text: str, lex, units, year: int) -> list[tuple]:
    return [(r["indicator_code"], r["unit"]) for r in cited_indicator_rows(text, lex, units, year)]


def _objectives(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


# Indicators


def test_visits_and_jobs_are_counted(lex, units):
    visits = "Kế hoạch\n\nNăm 2027, khu di tích đón 800.000 lượt khách tham quan."
    assert _units(visits, lex, units, 2026) == [("TOURIST_ARRIVALS", "count")]
    jobs = "Kế hoạch\n\nĐến năm 2030, các khu công nghiệp tạo ra 40.000 việc làm."
    assert _units(jobs, lex, units, 2026) == [(None, "count")]
    workers = "Kế hoạch\n\nĐến năm 2030, các khu công nghiệp thu hút 45.000 lao động."
    assert _units(workers, lex, units, 2026) == [(None, "count")]


def test_a_sectors_role_is_no_row(lex, units):
    text = "Nghị quyết\n\nĐến năm 2030, du lịch trở thành ngành kinh tế mũi nhọn của tỉnh Tây Ninh."
    assert cited_row_keys(text, lex, units, 2025) == []


def test_two_increments_in_one_aim_are_two_rows(lex, units):
    text = "Kế hoạch\n\nĐến năm 2027, có thêm 4 huyện đạt chuẩn nông thôn mới, tăng thêm 3 huyện so với hiện nay."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("NEW_RURAL_DISTRICTS_ADDED", "eq", 4.0, None, 2027),
        ("NEW_RURAL_DISTRICTS_ADDED", "eq", 3.0, None, 2027),
    ]


def test_the_figures_a_draft_plan_sets_are_targets(lex, units):
    text = "Tin\n\nDự thảo Kế hoạch phấn đấu đến năm 2030, tỷ lệ đô thị hóa của tỉnh đạt 45%."
    assert cited_row_keys(text, lex, units, 2025) == [("URBANISATION_RATE", "eq", 45.0, None, 2030)]


def test_a_multiple_said_of_a_part_is_no_row(lex, units):
    text = "Kế hoạch\n\nNăm 2027, tổng vốn đầu tư đạt 50.000 tỷ đồng, trong đó vốn FDI gấp 1,5 lần năm trước."
    assert cited_row_keys(text, lex, units, 2026) == [(None, "eq", 50000.0, None, 2027)]


def test_a_target_with_no_year_on_a_page_naming_no_plan_year_has_none(lex, units):
    text = "Tin\n\nTỉnh phấn đấu thu ngân sách đạt 9.000 tỷ đồng."
    assert cited_row_keys(text, lex, units) == [("BUDGET_REVENUE", "eq", 9000.0, None, None)]


def test_an_item_cut_off_mid_word_whose_share_survives_stays_a_row(lex, units):
    text = "Kế hoạch\n\nMục tiêu đến năm 2027:\n- Tỷ lệ che phủ rừng đạt 18%;\n- 100% hộ gia đình sử dụng nước sạch hợp vệ si"
    assert cited_row_keys(text, lex, units, 2026) == [
        ("FOREST_COVER", "eq", 18.0, None, 2027),
        (None, "eq", 100.0, None, 2027),
    ]


def test_a_communes_own_figures_take_the_code_of_the_measure(lex, units):
    text = (
        "Xã Hòa Thành\n\nĐến năm 2030, thu nhập bình quân đầu người của xã Hòa Thành đạt 95 triệu đồng/năm; "
        "tỷ lệ hộ nghèo dưới 1%."
    )
    assert [k[0] for k in cited_row_keys(text, lex, units, 2025)] == ["INCOME_PER_CAPITA", "POVERTY_RATE"]


def test_one_named_town_reaching_an_urban_class_is_no_row(lex, units):
    text = "Chương trình phát triển đô thị\n\nĐến năm 2030, thị trấn Gò Dầu đạt đô thị loại IV."
    assert cited_row_keys(text, lex, units, 2025) == []


def test_a_figure_held_steady_is_eq(lex, units):
    text = "Kế hoạch\n\nĐến năm 2030, tỷ lệ thất nghiệp ổn định ở mức 2%."
    assert cited_row_keys(text, lex, units, 2025) == [("UNEMPLOYMENT_RATE", "eq", 2.0, None, 2030)]


def test_a_poverty_reduction_counted_in_persons_is_uncoded(lex, units):
    text = "Kế hoạch\n\nNăm 2027, giảm 3.000 người nghèo."
    assert cited_row_keys(text, lex, units, 2026) == [(None, "eq", 3000.0, None, 2027)]


# Bodies and assignments


def test_checking_and_urging_by_coordinating_bodies_with_no_lead_is_monitor_only(lex):
    text = "Kế hoạch\n\nSở Tài chính, Sở Nội vụ phối hợp kiểm tra, đôn đốc việc thực hiện Kế hoạch này."
    assert cited_roles(text, lex, "72", 2026) == {("DOF", "monitor"), ("DOHA", "monitor")}


# Documents


def test_a_plan_of_the_peoples_committees_office_has_issuer_other(lex):
    text = "Thực hiện Kế hoạch số 112/KH-VPUBND ngày 03/4/2024 của Văn phòng UBND tỉnh về chuyển đổi số;"
    assert docs(text, lex, "72")["112/KH-VPUBND"][1] == "other"


def test_a_decision_whose_own_subject_names_a_period_takes_it(lex):
    criteria = (
        "Căn cứ Quyết định số 1521/QĐ-UBND ngày 10/8/2022 của UBND tỉnh ban hành Bộ tiêu chí xã an toàn "
        "thực phẩm giai đoạn 2021 - 2025;"
    )
    assert docs(criteria, lex, "72")["1521/QĐ-UBND"][3:5] == (2021, 2025)
    quotas = (
        "Căn cứ Quyết định số 1522/QĐ-UBND ngày 10/8/2022 của UBND tỉnh về giao chỉ tiêu giảm nghèo giai "
        "đoạn 2022 - 2025;"
    )
    assert docs(quotas, lex, "72")["1522/QĐ-UBND"][3:5] == (2022, 2025)


def test_a_month_marker_with_a_span_of_days_gives_no_date(lex):
    text = (
        "date 2025-07 Tây Ninh tổ chức lớp bồi dưỡng cán bộ\n"
        "Trong 2 ngày 28 - 29/7, Sở Nội vụ tỉnh Tây Ninh tổ chức lớp bồi dưỡng cho cán bộ cấp xã."
    )
    assert published_date(text, None, lex) is None


# Objectives


def test_solutions_introduced_by_cu_the_nhu_are_a_list(lex):
    text = (
        "Kế hoạch\n\nCác giải pháp trọng tâm để phát triển du lịch, cụ thể như: Đẩy mạnh quảng bá điểm đến; "
        "Nâng cao chất lượng nguồn nhân lực du lịch; Thu hút đầu tư vào hạ tầng du lịch."
    )
    assert [k for k, _ in _objectives(text, lex)] == ["solution_group"] * 3


def test_a_list_whose_paragraph_ends_with_a_semicolon_ends_there(lex):
    text = (
        "Kế hoạch\n\nMục tiêu tổng quát: Phát triển kinh tế nhanh, bền vững; Nâng cao đời sống nhân dân;\n\n"
        "Năm 2024, toàn tỉnh đã thu hút 30 dự án đầu tư. Các doanh nghiệp hoạt động ổn định."
    )
    assert [q for _, q in _objectives(text, lex)] == [
        "Phát triển kinh tế nhanh, bền vững",
        "Nâng cao đời sống nhân dân",
    ]


def test_a_marked_item_of_two_capitalised_parts_is_one_row(lex):
    text = (
        "Kế hoạch\n\nNhiệm vụ và giải pháp chủ yếu:\n- Phát triển hạ tầng giao thông; Ưu tiên các tuyến kết nối "
        "vùng.\n- Đẩy mạnh cải cách hành chính."
    )
    assert [q for _, q in _objectives(text, lex)] == [
        "Phát triển hạ tầng giao thông; Ưu tiên các tuyến kết nối vùng",
        "Đẩy mạnh cải cách hành chính",
    ]


def test_a_list_announced_as_three_that_gives_four_items_gives_four_rows(lex):
    text = (
        "Nghị quyết\n\nĐại hội xác định 3 đột phá chiến lược: Hoàn thiện thể chế; Phát triển hạ tầng giao thông; "
        "Phát triển nguồn nhân lực; Đẩy mạnh chuyển đổi số."
    )
    assert [k for k, _ in _objectives(text, lex)] == ["breakthrough"] * 4


def test_a_heading_muc_tieu_chung_introduces_a_list(lex):
    text = (
        "Kế hoạch\n\nMục tiêu chung: Phát triển nông nghiệp theo hướng hiện đại, bền vững; Nâng cao thu nhập "
        "cho người dân nông thôn."
    )
    assert [k for k, _ in _objectives(text, lex)] == ["general_objective"] * 2
