"""Wrapped names, named sources, menus and session dates, on short texts of our own.

A hard wrap that falls on the dash inside a department's name; a source named by a person
and their title; a site's menu of channel names; preamble and narration cues; a council's
resolution dated by its session; a visit counter printed above the article; a collective of
agencies, units and localities (no level: no body, CONVENTIONS session 24).
"""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.articles import article_row
from tests.helpers.assignment_roles import cited_roles
from tests.helpers.document_rows import docs


def test_a_wrap_on_the_dash_of_a_name_goes_on_in_the_next_line(lex):
    proposal = "Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 15/TTr-SLĐTBXH ngày 02/3/2022."
    assert cited_roles(proposal, lex, "91") == {("DOLISA", "advise")}
    closing = (
        "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Y tế, Tư pháp; "
        "Chủ tịch UBND các huyện và thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này."
    )
    assert cited_roles(closing, lex, "91") == {
        (code, "implement") for code in ("PPC_OFFICE", "DOLISA", "DOH", "DOJ", "DISTRICT_PCS")
    }
    bullets = "Giao Sở Tài chính chủ trì, phối hợp với:\n- Sở Y tế;\n- Sở Tư pháp."
    assert cited_roles(bullets, lex, "91") == {("DOF", "lead"), ("DOH", "support"), ("DOJ", "support")}


def test_agencies_units_and_localities_name_no_body(lex):
    text = "Giao Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên quan triển khai Kế hoạch."
    assert cited_roles(text, lex, "91") == {("DOH", "lead")}


def test_a_source_named_with_the_persons_title_is_reported_on(lex):
    source = (
        "Điều còn thiếu, theo ông Trần Văn B – Bí thư Tỉnh ủy là sự phối hợp trong triển khai thực hiện các nhiệm vụ."
    )
    assert cited_roles(source, lex, "91") == set()
    said = "Theo ông Trần Văn B, Sở Y tế sẽ triển khai thực hiện kế hoạch tiêm chủng."
    assert cited_roles(said, lex, "91") == {("DOH", "implement")}


def test_a_menu_of_channels_assigns_nothing(lex):
    menu = "  • Báo Kiên Giang:\n  • Truyền hình Kiên Giang:\nKinh tế\n\nTỉnh điều chỉnh kịch bản tăng trưởng"
    assert cited_roles(menu, lex, "91") == set()
    items = "- Sở Y tế:\n- Tổ chức tập huấn cho cán bộ y tế cơ sở;\n- Sở Tài chính:\nBố trí kinh phí thực hiện."
    assert cited_roles(items, lex, "91") == {("DOH", "implement"), ("DOF", "implement")}


def test_preamble_and_narration_cues(lex):
    opinion = (
        "Xét đề nghị của Chủ tịch UBND huyện Tân Hiệp tại Tờ trình số 45/TTr-UBND ngày 02/3/2022; "
        "ý kiến đề xuất của Giám đốc Sở Tài chính tại Văn bản số 880/STC-NS ngày 10/3/2022."
    )
    assert cited_roles(opinion, lex, "91") == {("DOF", "advise")}
    tied = "Tỉnh đã đề ra 150 nhiệm vụ, gắn trách nhiệm cho từng sở, ngành, địa phương đến cuối năm."
    assert cited_roles(tied, lex, "91") == {("PROVINCIAL_AGENCIES", "lead")}
    response = "Trước tình hình đó, Tỉnh ủy, UBND tỉnh thực hiện quyết liệt các giải pháp của Chính phủ."
    assert cited_roles(response, lex, "91") == set()
    asked = "Trước tình hình đó, UBND tỉnh yêu cầu Sở Y tế triển khai kế hoạch."
    assert cited_roles(asked, lex, "91") == {("DOH", "implement")}


def test_a_councils_resolution_takes_its_sessions_date(lex):
    text = (
        "HĐND tỉnh đã thông qua Nghị quyết số 31/NQ-HĐND về kế hoạch năm 2023 tại Kỳ họp thứ 7, "
        "HĐND tỉnh khóa X, ngày 8/12/2022. Căn cứ Nghị quyết số 12/2019/NQ-HDND ngày 5/7/2019 của HĐND tỉnh."
    )
    found = docs(text, lex)
    assert found["31/NQ-HĐND"][1:3] == ("provincial_peoples_council", "2022-12-08")
    assert found["12/2019/NQ-HDND"][1:3] == ("provincial_peoples_council", "2019-07-05")
    report = "UBND tỉnh trình Báo cáo số 301/BC-UBND về kinh tế năm 2022 tại Kỳ họp thứ 7, ngày 8/12/2022."
    assert docs(report, lex)["301/BC-UBND"][2] is None


def test_a_visit_counter_above_the_article_cuts_nothing(lex):
    lines = [
        "Trang thông tin điện tử của ngành thống kê tỉnh phục vụ người dân và doanh nghiệp trong tỉnh",
        "Website ngành Thống kê",
        "Thống kê truy cập",
        " Đang online: 12",
        " Tuần hiện tại: 300",
        "Tình hình kinh tế quý III năm 2023",
        "30/09/2023 4:10:05 CH 210 Lượt xem",
        "Sản xuất nông nghiệp quý III năm 2023 ổn định, diện tích lúa mùa đạt 30 nghìn ha, tăng so với cùng kỳ.",
    ]
    row = article_row("x", "\n".join(lines).encode("utf-8"), None, lex)
    assert "diện tích lúa mùa" in row["text"] and "Tuần hiện tại" not in row["text"]
    assert row["published_date"] == dt.date(2023, 9, 30)
