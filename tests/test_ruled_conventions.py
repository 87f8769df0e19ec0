"""The conventions ruled in sessions 24 to 26 (docs/CONVENTIONS.md), on texts of our own: the rules
read them as the conventions say, so annotators and rules agree on what counts."""

from __future__ import annotations

from pipelines.extract.documents import document_rows
from tests.helpers.assignment_roles import cited_roles
from tests.helpers.document_rows import docs
from tests.helpers.indicator_rows import cited_indicator_rows, cited_row_keys


def test_gan_before_a_value_is_approx(lex, units):
    text = "Năm 2025, tỉnh phấn đấu tỷ lệ hộ nghèo giảm còn gần 1,5%."
    assert cited_row_keys(text, lex, units, 2024) == [("POVERTY_RATE", "approx", 1.5, None, 2025)]


def test_a_numbered_group_of_the_best_is_a_rank_bound(lex, units):
    text = "Phấn đấu đến năm 2030, tỉnh thuộc nhóm 15 tỉnh có chỉ số PCI cao nhất cả nước."
    assert cited_row_keys(text, lex, units, 2024, uncoded="-") == [("-", "lte", 15.0, None, 2030)]


def test_an_indicators_end_state_is_its_achieve_row(lex, units):
    text = "Mục tiêu đến năm 2030: cơ bản không còn hộ nghèo; tỷ lệ đô thị hóa đạt 45%."
    assert cited_row_keys(text, lex, units, 2024) == [
        ("POVERTY_RATE", "achieve", None, None, 2030),
        ("URBANISATION_RATE", "eq", 45.0, None, 2030),
    ]


def test_the_closing_article_gives_each_named_body_implement_and_no_generic_collective(lex):
    text = (
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan "
        "chịu trách nhiệm thi hành Quyết định này."
    )
    assert cited_roles(text, lex, "42") == {("PPC_OFFICE", "implement"), ("DOF", "implement")}


def test_collectives_that_name_no_level_are_no_body(lex):
    for text in (
        "UBND tỉnh giao các cơ quan, đơn vị liên quan triển khai thực hiện kế hoạch.",
        "Yêu cầu các cấp, các ngành triển khai thực hiện nghiêm túc kế hoạch.",
        "Đề nghị các ngành, địa phương tập trung thực hiện các giải pháp.",
    ):
        assert cited_roles(text, lex, "42") == set(), text


def test_phan_cong_leads_kiem_tra_don_doc_monitors_and_an_appeal_assigns_nothing(lex):
    assert cited_roles("UBND tỉnh phân công cụ thể cho Sở Xây dựng theo dõi tiến độ các dự án.", lex, "42") == {
        ("DOC", "lead"),
        ("DOC", "monitor"),
    }
    assert cited_roles("Giao Sở Nội vụ kiểm tra, đôn đốc việc thực hiện kế hoạch.", lex, "42") == {
        ("DOHA", "lead"),
        ("DOHA", "monitor"),
    }
    assert (
        cited_roles("UBND tỉnh kêu gọi các doanh nghiệp và Sở Công Thương tham gia chương trình.", lex, "42") == set()
    )


def test_a_number_without_its_symbol_is_no_document(lex):
    def ids(text: str) -> list[str]:
        return [r["document_id"] for r in document_rows("t", text, "42", lex)]

    assert ids("Thực hiện Nghị quyết số 20 của Tỉnh ủy về phát triển nông nghiệp, tỉnh đạt nhiều kết quả.") == []
    assert ids("Chương trình hành động số 01 của UBND tỉnh đề ra 10 nhiệm vụ.") == []
    assert ids("Thực hiện Nghị quyết số 20-NQ/TU ngày 5/3/2022 của Tỉnh ủy.") == ["42-nq-20-tu-2022"]


def test_a_later_dated_mention_dates_the_document_and_vpcp_is_the_government(lex):
    text = (
        "Theo Quyết định số 12/QĐ-UBND, tỉnh triển khai nhiều nhiệm vụ. "
        "Quyết định số 12/QĐ-UBND ngày 3/2/2025 của UBND tỉnh giao chỉ tiêu."
    )
    assert docs(text, lex) == {
        "12/QĐ-UBND": ("decision", "provincial_peoples_committee", "2025-02-03", None, None, None)
    }
    assert docs("Thông báo số 608/TB-VPCP ngày 12/11/2025 kết luận của Phó Thủ tướng.", lex) == {
        "608/TB-VPCP": ("other", "government", "2025-11-12", None, None, None)
    }


def test_comparator_words_the_annotators_asked_about(lex, units):
    text = (
        "Phấn đấu năm 2026 thu ngân sách nhà nước đạt từ 12.000 tỷ đồng; tỷ lệ lao động qua đào tạo "
        "không thấp hơn 75%; tỷ lệ hộ nghèo còn 1,2%; tỷ lệ hộ cận nghèo còn dưới 3%."
    )
    assert cited_row_keys(text, lex, units, 2025, uncoded="-") == [
        ("BUDGET_REVENUE", "gte", 12000.0, None, 2026),
        ("TRAINED_LABOUR_SHARE", "gte", 75.0, None, 2026),
        ("POVERTY_RATE", "lte", 1.2, None, 2026),
        ("-", "lt", 3.0, None, 2026),
    ]


def test_a_vague_bound_and_a_remaining_estimate_are_approx(lex, units):
    text = "Năm 2026, phấn đấu tỷ lệ hộ nghèo còn khoảng 0,3%; tổng vốn đầu tư toàn xã hội khoảng trên 50.000 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2025) == [
        ("POVERTY_RATE", "approx", 0.3, None, 2026),
        ("TOTAL_SOCIAL_INVESTMENT", "approx", 50000.0, None, 2026),
    ]


def test_one_figure_per_level_is_one_uncoded_row_per_level(lex, units):
    text = "Mục tiêu năm 2026: tỷ lệ trường đạt chuẩn quốc gia: mầm non 60%, tiểu học 75%, trung học cơ sở 70%."
    rows = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["label_vi"], r["comparator"], r["value_low"], r["target_year"]) for r in rows] == [
        (None, "mầm non", "eq", 60.0, 2026),
        (None, "tiểu học", "eq", 75.0, 2026),
        (None, "trung học cơ sở", "eq", 70.0, 2026),
    ]


def test_a_target_written_only_as_a_difference_is_no_row(lex, units):
    text = "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP cao hơn 1,5% so với chỉ tiêu Nghị quyết đề ra."
    assert cited_row_keys(text, lex, units, 2025) == []
    # the figure the comparison is made with stays a target
    text = "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8,5%, cao hơn so với năm 2025."
    assert cited_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "eq", 8.5, None, 2026)]


def test_a_replaced_target_is_no_row(lex, units):
    for text in (
        "HĐND tỉnh thống nhất điều chỉnh chỉ tiêu tăng trưởng GRDP năm 2025 từ 8% lên 10,5%.",
        "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP đạt 10,5% thay cho mục tiêu 8% đề ra đầu năm.",
    ):
        assert cited_row_keys(text, lex, units, 2025) == [("GRDP_GROWTH", "eq", 10.5, None, 2025)], text


def test_a_rise_in_a_ranking_is_the_places_gained_not_the_rank(lex, units):
    assert cited_row_keys("Phấn đấu đến năm 2030 chỉ số PCI tăng tối thiểu 5 bậc.", lex, units, 2025) == [
        ("PCI_RANK_GAIN", "gte", 5.0, None, 2030)
    ]
    assert cited_row_keys("Năm 2026, chỉ số PAPI của tỉnh cải thiện 3 bậc.", lex, units, 2025) == [
        ("PAPI_RANK_GAIN", "eq", 3.0, None, 2026)
    ]
    assert cited_row_keys("Phấn đấu năm 2026 chỉ số PCI nằm trong nhóm 20 tỉnh dẫn đầu.", lex, units, 2025) == [
        ("PCI_RANK", "lte", 20.0, None, 2026)
    ]


def test_departments_narrowed_by_lien_quan_are_still_the_provincial_agencies(lex):
    text = "UBND tỉnh giao các sở, ngành liên quan triển khai thực hiện kế hoạch."
    assert cited_roles(text, lex, "42") == {("PROVINCIAL_AGENCIES", "lead")}


def test_a_single_request_dissemination_and_a_collectives_partner(lex):
    assert cited_roles("Đề nghị Sở Tài chính khẩn trương hoàn thiện hồ sơ trình UBND tỉnh.", lex, "42") == {
        ("DOF", "implement")
    }
    text = "Giao Sở Nội vụ chủ trì, tổ chức phổ biến, quán triệt Nghị quyết đến cán bộ, công chức."
    assert cited_roles(text, lex, "42") == {("DOHA", "lead"), ("DOHA", "communicate")}
    assert cited_roles("Các cấp, ngành, địa phương phối hợp với Sở Xây dựng triển khai kế hoạch.", lex, "42") == set()


def test_the_governments_target_and_the_provinces_higher_aim_are_two_rows(lex, units):
    text = "Năm 2026, Chính phủ giao tỉnh chỉ tiêu tăng trưởng GRDP 8%; tỉnh phấn đấu tăng trưởng GRDP đạt 10%."
    assert cited_row_keys(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2026),
        ("GRDP_GROWTH", "eq", 10.0, None, 2026),
    ]


def test_places_gained_then_a_group_of_the_best_are_the_gain_and_the_rank(lex, units):
    text = "Năm 2027, tỉnh phấn đấu chỉ số DTI tăng 4 - 5 bậc, nằm trong nhóm 25 tỉnh dẫn đầu."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("DTI_RANK_GAIN", "between", 4.0, 5.0, 2027),
        ("DTI_RANK", "lte", 25.0, None, 2027),
    ]
    text = "Mục tiêu năm 2027, chỉ số PCI thuộc nhóm 12 tỉnh dẫn đầu, cải thiện ít nhất 2 bậc."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("PCI_RANK", "lte", 12.0, None, 2027),
        ("PCI_RANK_GAIN", "gte", 2.0, None, 2027),
    ]


def test_an_aim_above_the_governments_target_is_two_rows_when_the_target_follows_it(lex, units):
    text = "Năm 2027, tỉnh phấn đấu tăng trưởng GRDP đạt 9,5%, cao hơn chỉ tiêu 8,5% Chính phủ giao."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("GRDP_GROWTH", "eq", 9.5, None, 2027),
        ("GRDP_GROWTH", "eq", 8.5, None, 2027),
    ]
    text = "Tỉnh đặt mục tiêu năm 2027 thu ngân sách đạt 14.000 tỷ đồng, vượt dự toán 11.000 tỷ đồng Trung ương giao."
    assert cited_row_keys(text, lex, units, 2026) == [
        ("BUDGET_REVENUE", "eq", 14000.0, None, 2027),
        ("BUDGET_REVENUE", "eq", 11000.0, None, 2027),
    ]


def test_a_result_that_beat_its_target_is_no_row(lex, units):
    text = "Năm 2026, tăng trưởng GRDP ước đạt 9,5%, cao hơn chỉ tiêu 8,5% Chính phủ giao."
    assert [k for k in cited_row_keys(text, lex, units, 2026) if k[2] == 9.5] == []


def test_uoc_tang_states_a_plans_figure_as_uoc_dat_does(lex, units):
    text = (
        "Các chỉ tiêu chủ yếu năm 2026: tổng sản phẩm trên địa bàn ước tăng 8,5%; thu ngân sách ước đạt 12.000 tỷ đồng."
    )
    assert cited_row_keys(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "eq", 8.5, None, 2026),
        ("BUDGET_REVENUE", "eq", 12000.0, None, 2026),
    ]
    assert cited_row_keys("Năm 2026, GRDP ước tăng 8,5%.", lex, units, 2025) == [("GRDP_GROWTH", "eq", 8.5, None, 2026)]
    # of the year under way it still reports
    assert cited_row_keys("Năm 2025, tổng sản phẩm trên địa bàn ước tăng 8,1%.", lex, units, 2025) == []


def test_uoc_dat_of_a_year_not_yet_begun_or_in_a_plans_list_is_a_target(lex, units):
    text = "Năm 2028, doanh thu du lịch của tỉnh ước đạt 7.200 tỷ đồng."
    assert cited_row_keys(text, lex, units, 2027) == [("TOURISM_REVENUE", "eq", 7200.0, None, 2028)]
    text = "Các chỉ tiêu chủ yếu năm 2027: doanh thu du lịch ước đạt 7.200 tỷ đồng; thu ngân sách đạt 9.000 tỷ đồng."
    for published in (2026, 2027):
        assert cited_row_keys(text, lex, units, published) == [
            ("TOURISM_REVENUE", "eq", 7200.0, None, 2027),
            ("BUDGET_REVENUE", "eq", 9000.0, None, 2027),
        ], published
    text = (
        "Các chỉ tiêu chủ yếu năm 2027:\n- Doanh thu du lịch ước đạt 7.200 tỷ đồng;\n- Thu ngân sách đạt 9.000 tỷ đồng."
    )
    assert cited_row_keys(text, lex, units, 2027) == [
        ("TOURISM_REVENUE", "eq", 7200.0, None, 2027),
        ("BUDGET_REVENUE", "eq", 9000.0, None, 2027),
    ]


def test_uoc_dat_of_the_current_or_a_past_year_reports(lex, units):
    for text in (
        "Năm 2027, doanh thu du lịch của tỉnh ước đạt 7.200 tỷ đồng.",
        "Năm 2026, doanh thu du lịch của tỉnh ước đạt 6.800 tỷ đồng.",
    ):
        assert cited_row_keys(text, lex, units, 2027) == [], text


def test_on_an_undated_page_the_year_it_plans_stands_in_for_the_publication_year(lex, units):
    title = "Tỉnh giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027\n"
    assert cited_row_keys(title + "Năm 2027, doanh thu du lịch của tỉnh ước đạt 7.200 tỷ đồng.", lex, units) == []
    assert cited_row_keys(title + "Năm 2028, doanh thu du lịch của tỉnh ước đạt 7.900 tỷ đồng.", lex, units) == [
        ("TOURISM_REVENUE", "eq", 7900.0, None, 2028)
    ]
