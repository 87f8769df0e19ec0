"""A legal text's closing article whose heading stands apart from its addressees: the heading on
a line of its own ("Điều 3." / "Điều" and "3." split by a hard wrap), the effect clause next
("Quyết định này có hiệu lực kể từ ngày ký."), then the addressees, cut off by the page's end
before the formula. The cut list is still the article's closing formula (CONVENTIONS, sessions 31
and 33): each body named in full implements. Sentences of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles

_PREAMBLE = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển lâm nghiệp năm 2024.\n"


def test_addressees_after_the_effect_clause_cut_off_implement(lex):
    text = (
        _PREAMBLE + "Điều 3.\nQuyết định này có hiệu lực kể từ ngày ký.\n"
        "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính; Chủ tịch UBND các huyện, thành phố và Thủ trưởng các c"
    )
    assert cited_roles(text, lex, "45") == {
        ("PPC_OFFICE", "implement"),
        ("DOF", "implement"),
        ("DISTRICT_PCS", "implement"),
    }


def test_a_heading_split_by_a_hard_wrap_still_heads_the_article(lex):
    text = (
        _PREAMBLE + "Điều\n3. Quyết định này có hiệu lực kể từ ngày\nký.\n"
        "Chánh Văn phòng UBND tỉnh;\nGiám đốc Sở Tài chính; Thủ trưởng các sở, ban, ngành và các đơn vị có liên "
    )
    assert cited_roles(text, lex, "45") == {
        ("PPC_OFFICE", "implement"),
        ("DOF", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
    }


def test_a_cut_list_after_an_article_that_names_a_body_gives_nothing(lex):
    text = (
        _PREAMBLE + "Điều 3.\nSở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
        "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và Thủ trưởng các c"
    )
    assert ("PPC_OFFICE", "implement") not in cited_roles(text, lex, "45")


def test_a_cut_list_ending_a_news_page_gives_nothing(lex):
    text = "Tỉnh tổ chức hội nghị tổng kết công tác năm 2024.\nChánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các c"
    assert cited_roles(text, lex, "45") == set()
