"""A legal text's closing article names its addressees across ';' and beside members with no code
of their own ("đoàn thể", a sub-department): each body named before "chịu trách nhiệm thi hành"
implements (issue 8, CONVENTIONS "Bodies and assignments": a legal text's closing article gives
each body it names `implement`). Texts of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex) -> set[tuple[str, str]]:
    return cited_roles(text, lex, "45")


def test_addressees_set_off_by_semicolons_and_an_uncoded_member_each_implement(lex):
    text = (
        "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính; Thủ trưởng các sở, ngành, đoàn thể "
        "có liên quan và Chủ tịch UBND các huyện, thị xã chịu trách nhiệm thi hành Quyết định này./."
    )
    assert roles(text, lex) == {
        ("PPC_OFFICE", "implement"),
        ("DOF", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("DISTRICT_PCS", "implement"),
    }


def test_a_long_uncoded_member_before_and_keeps_the_bodies_before_it(lex):
    text = (
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế, Chủ tịch UBND các huyện, thành phố, "
        "Chi cục Trưởng Chi cục Dân số tỉnh và Thủ trưởng các sở, ban, ngành liên quan chịu trách nhiệm "
        "thi hành quyết định này kể từ ngày ký."
    )
    assert roles(text, lex) == {
        ("PPC_OFFICE", "implement"),
        ("DOH", "implement"),
        ("DISTRICT_PCS", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
    }


def test_a_closing_sentence_with_another_role_first_reads_as_before(lex):
    # the first role cue is "chủ trì": the formula's rule does not apply, the clause's cues do
    text = (
        "Sở Y tế chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện; Chủ tịch UBND các huyện chịu "
        "trách nhiệm thi hành Quyết định này."
    )
    got = roles(text, lex)
    assert ("DOH", "lead") in got
    assert ("DOF", "support") in got
    assert ("DOH", "implement") not in got


def test_addressees_told_to_carry_out_the_decision_by_its_own_terms_each_implement(lex):
    """ "căn cứ Quyết định thi hành" (carry it out on the decision's terms) is the same closing
    formula as "chịu trách nhiệm thi hành": every body named before it implements, across ';'."""
    text = (
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ban, ngành, đoàn thể có liên quan; Chủ tịch "
        "UBND các huyện, thị xã; Giám đốc Sở Xây dựng và các tổ chức, cá nhân có liên quan căn cứ "
        "Quyết định thi hành./."
    )
    assert roles(text, lex) == {
        ("PPC_OFFICE", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("DISTRICT_PCS", "implement"),
        ("DOC", "implement"),
    }
    resolution = "Điều 3. Giám đốc Sở Tài chính; Thủ trưởng các sở, ngành căn cứ nghị quyết thi hành."
    assert roles(resolution, lex) == {("DOF", "implement"), ("PROVINCIAL_AGENCIES", "implement")}


def test_a_member_whose_name_holds_a_toneless_lookalike_of_giao_keeps_the_closing(lex):
    """ "giáo dục" folds to the lead cue "giao": a member named with it ("các cơ sở giáo dục") is
    one more addressee with no code, not a verb that ends the run of bodies."""
    text = (
        "Điều 2. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố; các cơ sở "
        "giáo dục nghề nghiệp và các tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./."
    )
    assert roles(text, lex) == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}
    given = "UBND tỉnh giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các cơ sở giáo dục tổ chức thực hiện."
    assert roles(given, lex) == {("DOET", "lead")}
