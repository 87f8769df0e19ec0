"""A preamble naming two proposers, the owner word repeated before the second ("Theo đề nghị của
Chánh Văn phòng UBND tỉnh và của Giám đốc Sở Y tế tại Tờ trình số ..."): both proposed the
text, so both advise (CONVENTIONS: the body that proposed the text advises). Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_the_second_proposer_after_va_cua_advises(lex):
    text = (
        "Theo đề nghị của Chánh Văn phòng UBND tỉnh và của Giám đốc Sở Y tế tại Tờ trình số 52/TTr-SYT ngày 10/3/2023."
    )
    assert cited_roles(text, lex, "45") == {("PPC_OFFICE", "advise"), ("DOH", "advise")}


def test_a_second_body_named_for_something_else_still_proposes_nothing(lex):
    text = "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 52/TTr-SYT về việc trình UBND tỉnh phê duyệt Kế hoạch."
    assert cited_roles(text, lex, "45") == {("DOH", "advise")}
