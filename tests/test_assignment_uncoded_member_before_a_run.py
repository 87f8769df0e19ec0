"""A list after a cue word whose first member has no code (issue 8, CONVENTIONS "Bodies and
assignments").

"phối hợp với các cơ quan liên quan, UBND các huyện ..." makes the district committees support, as
"phối hợp với UBND các huyện" would; "Nghị quyết của Trung ương, Quốc hội, HĐND tỉnh" names the
owners of documents, "sự chỉ đạo của Trung ương, Ban Thường vụ Tỉnh ủy" the source of guidance:
the bodies after the uncoded first member (a capitalised name of a few words, or a plural
collective that names no level) are read from the cue before it, not as subjects. A source set off
at the clause's opening ("Theo Trung tâm Khuyến nông, Sở Y tế ...") stays an opening phrase.
Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_support_list_opening_with_an_uncoded_collective_supports(lex):
    text = (
        "Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan, UBND các huyện, thị xã "
        "triển khai chương trình khuyến công."
    )
    assert cited_roles(text, lex, "52") == {("DOIT", "lead"), ("DISTRICT_PCS", "support")}


def test_owners_of_documents_after_an_uncoded_first_owner_do_no_work(lex):
    text = (
        "Bám sát các Kết luận, Nghị quyết của Trung ương Đảng, Quốc hội, Chính phủ, Tỉnh ủy, "
        "HĐND tỉnh, cùng với cả nước, tỉnh thực hiện thúc đẩy sản xuất kinh doanh."
    )
    assert cited_roles(text, lex, "27") == set()


def test_guidance_of_a_standing_board_after_an_uncoded_source_is_no_work(lex):
    text = (
        "Nhờ sự lãnh đạo sát sao của Trung ương, Ban Thường vụ Tỉnh ủy, sự đồng lòng của nhân dân, "
        "tỉnh đã vượt qua khó khăn và thực hiện tốt các nhiệm vụ."
    )
    assert cited_roles(text, lex, "46") == set()


def test_source_at_the_clause_opening_stays_an_opening_phrase(lex):
    text = "Theo Trung tâm Khuyến nông, Sở Nông nghiệp và Môi trường triển khai hướng dẫn nông dân đổi giống lúa."
    assert cited_roles(text, lex, "46") == {("DAE", "implement")}


def test_owner_phrase_that_runs_on_to_the_subjects_verb_stays_an_opening_phrase(lex):
    text = "Theo hướng dẫn của Trung ương, Sở Tài chính triển khai lập dự toán năm sau."
    assert cited_roles(text, lex, "46") == {("DOF", "implement")}
