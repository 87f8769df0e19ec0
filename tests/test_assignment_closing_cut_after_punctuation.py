"""A legal text's closing article cut off right after a comma or a semicolon ("Điều 2. Giám đốc
các Sở; Thủ trưởng các Ban, " as the page's last words) still gives each body it names in full
``implement``, as one cut inside a word does (CONVENTIONS, session 33). Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles

_PREAMBLE = "Điều 1. Phê duyệt Kế hoạch phát triển thủy sản của tỉnh giai đoạn 2021 - 2025.\n\n"


def test_closing_article_cut_after_a_comma_gives_implement(lex):
    text = _PREAMBLE + "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính, "
    assert cited_roles(text, lex, "45") == {("PPC_OFFICE", "implement"), ("DOF", "implement")}


def test_closing_article_cut_after_a_semicolon_gives_implement(lex):
    text = _PREAMBLE + "Điều 2. Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện;"
    assert cited_roles(text, lex, "45") == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}


def test_an_article_ending_with_a_full_stop_still_gives_nothing(lex):
    text = _PREAMBLE + "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính."
    assert cited_roles(text, lex, "45") == set()
