"""Bodies in lists of collectives and the combined office, on short texts of our own (session 40):
the combined office "Văn phòng HĐND và UBND tỉnh" (and its head) is PPC_OFFICE, never PPC; a bare
"MTTQ" inside a list of collectives with no level is no body, its levelled name stays
FATHERLAND_FRONT; a bare lower-level collective inside a list opened by "các" is DISTRICT_PCS or
COMMUNE_PCS."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_the_head_of_the_combined_office_is_the_committee_s_office(lex):
    text = (
        "Điều 4. Chánh Văn phòng HĐND và UBND tỉnh, Giám đốc Sở Xây dựng và Chủ tịch UBND các huyện "
        "chịu trách nhiệm thi hành Quyết định này."
    )
    assert cited_roles(text, lex, "42") == {
        ("PPC_OFFICE", "implement"),
        ("DOC", "implement"),
        ("DISTRICT_PCS", "implement"),
    }
    spelled = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh chủ trì tổ chức hội nghị tiếp xúc cử tri."
    assert cited_roles(spelled, lex, "42") == {("PPC_OFFICE", "lead")}


def test_a_front_without_its_level_in_a_list_of_collectives_is_no_body(lex):
    listed = (
        "Kế hoạch yêu cầu các cấp ủy, chính quyền, MTTQ và các đoàn thể chính trị - xã hội đẩy mạnh "
        "tuyên truyền về bảo hiểm xã hội tự nguyện."
    )
    assert cited_roles(listed, lex, "42") == set()
    spelled = (
        "Ban Thường vụ chỉ đạo các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể tăng cường "
        "vận động nhân dân hiến đất làm đường."
    )
    assert cited_roles(spelled, lex, "42") == set()
    # named with its level the front is a body, in a list or alone
    levelled = "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội đẩy mạnh tuyên truyền về bảo hiểm y tế."
    assert cited_roles(levelled, lex, "42") == {("FATHERLAND_FRONT", "communicate")}


def test_a_bare_lower_level_collective_sharing_the_list_s_quantifier_is_a_body(lex):
    districts = "Chủ tịch UBND tỉnh yêu cầu các sở, ngành, thị xã, huyện triển khai ngay các giải pháp giải ngân vốn."
    assert cited_roles(districts, lex, "42") == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}
    unspaced = "Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành, quận huyện triển khai ngay các giải pháp giải ngân vốn."
    assert cited_roles(unspaced, lex, "42") == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}
    communes = "Chủ tịch UBND tỉnh yêu cầu các cấp, ngành, phường, xã khẩn trương cập nhật dữ liệu đất đai."
    assert cited_roles(communes, lex, "42") == {("COMMUNE_PCS", "implement")}
    # the level words alone, with no list of collectives sharing "các" before them, name no body
    places = "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng rà soát nhà ở tại xã, phường ven biển."
    assert cited_roles(places, lex, "42") == {("DOC", "implement")}
