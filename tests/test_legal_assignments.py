"""Bodies and roles in legal texts and post-2025 plans (issue 8), on short texts of our own.

Each test states one rule of ``pipelines/extract/assignments.py`` with the curated tables as
they are: the execution clause of a decision, the proposer in the preamble, department lists
after "Giám đốc các Sở:", the sections of "Tổ chức thực hiện", the commune level after July 2025.
"""

from __future__ import annotations

import pytest

from tests.helpers.assignment_roles import cited_roles


def lines(*rows: str) -> str:
    return "\n".join(rows)


def roles(text: str, lex, province: str = "45") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_execution_clause_across_semicolons(lex):
    text = (
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch "
        "Ủy ban nhân dân các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./."
    )
    assert roles(text, lex) == {
        ("PPC_OFFICE", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("DISTRICT_PCS", "implement"),
    }


def test_departments_listed_after_a_list_head(lex):
    text = (
        "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Y tế, Giáo dục và Đào tạo, Tài chính; "
        "Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này."
    )
    assert roles(text, lex) == {(c, "implement") for c in ("PPC_OFFICE", "DOH", "DOET", "DOF", "DISTRICT_PCS")}


def test_execution_clause_with_titles_before_a_board_and_a_newspaper(lex):
    text = (
        "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Xây dựng, Tài chính; Trưởng Ban Quản lý Khu kinh tế; "
        "Tổng biên tập Báo Quảng Trị; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./."
    )
    assert roles(text, lex) == {
        (c, "implement") for c in ("PPC_OFFICE", "DOC", "DOF", "EZ_BOARD", "NEWSPAPER", "DISTRICT_PCS")
    }


def test_proposer_advises_also_when_it_leads(lex):
    preamble = "Xét đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 77/TTr-SXD ngày 02/3/2024.\n"
    assert roles(preamble, lex) == {("DOC", "advise")}
    leads = preamble + "Điều 2. Giao Sở Xây dựng chủ trì triển khai Quyết định này."
    assert roles(leads, lex) == {("DOC", "advise"), ("DOC", "lead")}


def test_council_submission_and_monitoring(lex):
    text = (
        "Xét Tờ trình số 88/TTr-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh; báo cáo thẩm tra của "
        "Ban Kinh tế - Ngân sách HĐND tỉnh.\n"
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
        "Điều 3. Thường trực HĐND, các Ban HĐND, Tổ đại biểu và đại biểu HĐND tỉnh giám sát việc "
        "thực hiện Nghị quyết."
    )
    assert roles(text, lex) == {
        ("PPC", "advise"),
        ("PPC", "lead"),
        ("PCOUNCIL_STANDING", "monitor"),
        ("PCOUNCIL", "monitor"),
    }


def test_codes_inside_document_numbers_are_no_bodies(lex):
    text = "Theo đề nghị của Sở Công Thương tại Tờ trình số 15/TTr-SCT và Công văn số 20/STC-NS."
    assert roles(text, lex) == {("DOIT", "advise")}


def test_section_headings_of_an_implementation_section(lex):
    text = lines(
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Sở Nông nghiệp và Môi trường",
        "- Chủ trì, phối hợp với Ủy ban nhân dân các xã, phường triển khai Kế hoạch.",
        "- Theo dõi, đôn đốc việc thực hiện.",
        "2. Sở Nội vụ: Hướng dẫn các xã, phường bố trí công chức phụ trách.",
        "3. Sở Tài chính",
        "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí.",
        "Ủy ban nhân dân tỉnh yêu cầu các cơ quan nghiêm túc thực hiện.",
    )
    assert roles(text, lex) == {
        ("DAE", "lead"),
        ("COMMUNE_PCS", "support"),
        ("DAE", "monitor"),
        ("DOHA", "implement"),
        ("DOF", "advise"),
    }


def test_a_heading_reaches_no_further_than_its_lines(lex):
    text = lines(
        "1. Sở Y tế",
        "- Tổ chức tiêm chủng mở rộng.",
        "2. Các nội dung khác",
        "- Tổ chức sơ kết vào cuối năm.",
    )
    assert roles(text, lex) == {("DOH", "implement")}


@pytest.mark.parametrize(
    "title",
    [
        "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu",
        "Ủy ban nhân dân các xã, phường",
        "Chủ tịch UBND các xã, phường",
    ],
)
def test_commune_level_after_july_2025(lex, title):
    assert roles(f"{title} chịu trách nhiệm thi hành Quyết định này.", lex) == {("COMMUNE_PCS", "implement")}


def test_party_committee_of_the_ppc_is_not_the_ppc(lex):
    text = "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo cụ thể hóa Chương trình thành kế hoạch."
    assert roles(text, lex) == {("PPC_PARTY_COMMITTEE", "implement")}


def test_an_upper_case_headline_names_no_person(lex):
    text = "TỈNH ỦY BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT"
    assert roles(text, lex) == set()


def test_head_title_between_cue_and_body(lex):
    text = "Giao Giám đốc Sở Y tế chủ trì, phối hợp với thủ trưởng các sở, ngành liên quan triển khai Kế hoạch."
    assert roles(text, lex) == {("DOH", "lead"), ("PROVINCIAL_AGENCIES", "support")}


def test_recipients_of_a_legal_text_are_assigned_nothing(lex):
    text = lines(
        "Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Các sở, ban, ngành tỉnh;",
        "- Lưu: VT, KT.",
    )
    assert roles(text, lex) == {("PPC_OFFICE", "implement")}
