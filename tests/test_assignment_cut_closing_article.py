"""A legal text's closing article cut off before its verb (issue 8, CONVENTIONS session 31).

A page that ends inside "Điều N. Chánh Văn phòng ..., Giám đốc Sở ... chịu trách nhiệm thi hành
Quyết định này" before the verb still gives each body it names in full ``implement``: the
article's wording is fixed. A body whose own name is cut gives nothing. An article that is not
cut (it ends, or its verb is there) reads as before, and so does a list of bodies with no verb
that the page goes on after. Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


_PREAMBLE = "Điều 1. Phê duyệt Chương trình phát triển giống cây trồng tỉnh giai đoạn 2016 - 2020.\n\n"


def test_closing_article_cut_inside_its_verb_gives_implement(lex):
    text = _PREAMBLE + (
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Chủ tịch UBND các huyện, thị xã và "
        "Thủ trưởng các sở, ban, ngành có liên quan ch"
    )
    assert cited_roles(text, lex, "45") == {
        ("PPC_OFFICE", "implement"),
        ("DOF", "implement"),
        ("DISTRICT_PCS", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
    }


def test_closing_article_cut_inside_a_name_gives_nothing_to_that_body(lex):
    text = _PREAMBLE + "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND c"
    assert cited_roles(text, lex, "45") == {("PPC_OFFICE", "implement"), ("DOHA", "implement")}


def test_closing_sentence_after_the_date_of_effect_cut_before_its_verb(lex):
    text = _PREAMBLE + (
        "Điều 2. Quyết định này có hiệu lực từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế và "
        "Chủ tịch UBND các huyện căn cứ Quyết đ"
    )
    assert cited_roles(text, lex, "45") == {
        ("PPC_OFFICE", "implement"),
        ("DOH", "implement"),
        ("DISTRICT_PCS", "implement"),
    }


def test_cut_article_with_its_own_verb_reads_as_before(lex):
    text = _PREAMBLE + ("Điều 2. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ hướng dẫn các huyện lập dự toán và báo c")
    assert cited_roles(text, lex, "45") == {("DOF", "lead"), ("DOHA", "support")}


def test_article_listing_bodies_that_the_page_goes_on_after_gives_nothing(lex):
    text = _PREAMBLE + (
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính\n\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký."
    )
    assert cited_roles(text, lex, "45") == set()


def test_article_listing_bodies_that_ends_with_a_full_stop_gives_nothing(lex):
    text = _PREAMBLE + "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính."
    assert cited_roles(text, lex, "45") == set()


def test_cut_list_of_bodies_outside_an_article_gives_nothing(lex):
    text = "Thành phần tham dự gồm: Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Giám đốc Sở Nội vụ ch"
    assert cited_roles(text, lex, "45") == set()


def test_council_closing_article_cut_before_its_verb_gives_monitor(lex):
    # a council's closing wording is fixed on "giám sát" (CONVENTIONS session 43)
    text = (
        "QUYẾT NGHỊ:\n\nĐiều 1. Thông qua Đề án phát triển thủy lợi nhỏ giai đoạn 2021 - 2025.\n\n"
        "Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n\n"
        "Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và "
        "đại biểu Hội đồng nhân dân t"
    )
    assert cited_roles(text, lex, "45") == {
        ("PPC", "implement"),
        ("PCOUNCIL_STANDING", "monitor"),
        ("PCOUNCIL", "monitor"),
    }
