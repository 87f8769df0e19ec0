"""Lower units, titled scopes and plan aims, on short texts of our own.

Bodies: a provincial body's name followed by a lower unit's noun is that unit's own body.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_provincial_bodys_name_with_a_lower_units_noun_after_it_is_no_provincial_body(lex):
    ward = "Ủy ban MTTQ Việt Nam phường tổ chức thực hiện các phong trào thi đua trên địa bàn."
    assert cited_roles(ward, lex, "46") == set()
    asked = "Yêu cầu Hội Nông dân xã và Đoàn Thanh niên xã tổ chức thực hiện kế hoạch."
    assert cited_roles(asked, lex, "46") == set()
    # the province's own front, and the name written without any level, still act
    province = "Ủy ban MTTQ Việt Nam tỉnh tổ chức thực hiện các phong trào thi đua trên địa bàn."
    assert cited_roles(province, lex, "46") == {("FATHERLAND_FRONT", "implement")}
    bare = "Giao Ủy ban MTTQ Việt Nam chủ trì tổ chức các phong trào thi đua."
    assert cited_roles(bare, lex, "46") == {("FATHERLAND_FRONT", "lead")}


def test_a_later_titled_mention_gives_the_document_its_scope(lex):
    # the first mention goes on with the goals' period, the second gives the title's horizon
    from tests.helpers.document_rows import docs

    text = (
        "Tỉnh ủy vừa ban hành Nghị quyết số 12-NQ/TU ngày 03/3/2022 nhắm mục tiêu giai đoạn 2022 - 2026, "
        "mỗi năm có thêm 500 hợp tác xã.\n"
        "Nghị quyết số 12-NQ/TU ngày 03/3/2022 của Tỉnh ủy về phát triển kinh tế tập thể đến năm 2026 "
        "nêu nhiều giải pháp.\n"
    )
    assert docs(text, lex)["12-NQ/TU"][3:6] == (None, 2026, None)
    # a later titled mention that states no scope leaves the first one's
    plain = text.replace("đến năm 2026 nêu", "nêu")
    assert docs(plain, lex)["12-NQ/TU"][3:6] == (2022, 2026, None)


def test_a_texts_aim_to_share_out_tasks_gives_no_lead(lex):
    aim = "Mục đích của chương trình là nhằm cụ thể hóa và phân công nhiệm vụ cho các sở, ngành thực hiện Nghị quyết."
    assert cited_roles(aim, lex, "58") == set()
    # the committee sharing them out itself still gives the lead
    given = "UBND tỉnh phân công nhiệm vụ cho các sở, ngành thực hiện Nghị quyết."
    assert cited_roles(given, lex, "58") == {("PROVINCIAL_AGENCIES", "lead")}
