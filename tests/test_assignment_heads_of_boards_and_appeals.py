"""Bodies and roles on texts of our own (issue 8, round 23): the execution article that names
"Giám đốc các sở, Trưởng các ban, ngành (cấp tỉnh)" names the provincial agencies (and does not
cut the office before it from the verb); "Qua xem xét Tờ trình ... của UBND tỉnh" makes the
submitter advise, as "Xét Tờ trình"; a body that appeals ("kêu gọi") does no work (CONVENTIONS)."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_heads_of_departments_and_boards_in_an_execution_article(lex):
    text = (
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND "
        "các huyện, thành phố và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này./."
    )
    assert cited_roles(text, lex, "38") == {
        ("PPC_OFFICE", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("DISTRICT_PCS", "implement"),
    }
    units = text.replace(
        "ngành cấp tỉnh; Chủ tịch UBND các huyện, thành phố", "ngành, đơn vị cấp tỉnh; Chủ tịch UBND các xã, phường"
    )
    assert cited_roles(units, lex, "38", 2026) == {
        ("PPC_OFFICE", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("COMMUNE_PCS", "implement"),
    }


def test_a_submission_weighed_with_qua_xem_xet_makes_its_owner_advise(lex):
    text = (
        "Qua xem xét Tờ trình số 402/TTr-UBND ngày 10 tháng 11 năm 2014 của Ủy ban nhân dân tỉnh về dự thảo "
        "Nghị quyết nhiệm vụ năm 2015; báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh."
    )
    assert cited_roles(text, lex, "44") == {("PPC", "advise")}


def test_a_council_that_appeals_to_the_people_does_no_work(lex):
    text = (
        "Hội đồng nhân dân tỉnh kêu gọi cán bộ, đảng viên và nhân dân trong tỉnh đoàn kết, chung sức thực "
        "hiện thắng lợi các mục tiêu của năm 2024."
    )
    assert cited_roles(text, lex, "58") == set()
    # a body named after the appeal still acts with its own cue
    assert cited_roles(text + " Sở Tài chính chủ trì triển khai kế hoạch.", lex, "58") == {("DOF", "lead")}
