"""Bodies and roles (issue 8, round 19), on short texts of our own: a submission cited with a
number label and a colon ("số: 12/TTr-UBND") still names its proposer; a cue written in
quotation marks still assigns; "phối hợp cùng" supports as "phối hợp với" does."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_submission_cited_with_a_number_label_and_colon_names_its_proposer(lex):
    text = (
        "Xét Tờ trình số: 27/TTr-UBND ngày 04 tháng 9 năm 2019 của Ủy ban nhân dân tỉnh về việc "
        "thông qua Đề án phát triển nông nghiệp;"
    )
    assert cited_roles(text, lex, "42") == {("PPC", "advise")}


def test_a_commissioning_cue_in_quotation_marks_gives_the_bodies_the_lead(lex):
    text = "Năm nay, tỉnh “đặt hàng” từng sở, ngành để hoàn thành chỉ tiêu thu ngân sách."
    assert cited_roles(text, lex, "42") == {("PROVINCIAL_AGENCIES", "lead")}
    plain = "Tỉnh “giao” cho các sở, ngành rà soát kịch bản tăng trưởng từng quý."
    assert cited_roles(plain, lex, "42") == {("PROVINCIAL_AGENCIES", "lead")}


def test_bodies_after_phoi_hop_cung_support_the_lead(lex):
    text = "Chủ tịch UBND tỉnh yêu cầu Sở Công Thương chủ trì, phối hợp cùng các sở, ngành rà soát kế hoạch xuất khẩu."
    assert cited_roles(text, lex, "42") == {("DOIT", "lead"), ("PROVINCIAL_AGENCIES", "support")}


def test_a_proposer_named_inside_a_clause_advises(lex):
    text = (
        "1. Chấp thuận chủ trương xây dựng Đề án phát triển du lịch thời kỳ 2026 - 2030 theo đề xuất của "
        "Sở Văn hóa, Thể thao và Du lịch tại Công văn nêu trên."
    )
    assert cited_roles(text, lex, "42") == {("DCST", "advise")}
