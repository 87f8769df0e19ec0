"""An implement verb a body does itself beside a communicate or advise cue of its clause gives
``implement`` too (CONVENTIONS, session 44): "Sở A tăng cường tuyên truyền ..., đẩy mạnh triển
khai Kế hoạch ..."; "Sở A tham mưu, triển khai thực hiện ...". A verb inside what is advised or
told ("tham mưu UBND tỉnh triển khai ...", "tuyên truyền về việc thực hiện ...") gives none.
Texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_stressed_implement_verb_after_a_communicate_cue_is_the_body_s_own(lex):
    text = (
        "Sở Y tế tăng cường tuyên truyền về phòng, chống dịch bệnh mùa mưa, đẩy mạnh triển khai "
        "Kế hoạch tiêm chủng mở rộng năm 2026."
    )
    assert cited_roles(text, lex, "52") == {("DOH", "communicate"), ("DOH", "implement")}


def test_an_implement_verb_joined_to_an_advise_cue_is_the_body_s_own(lex):
    text = "Sở Công Thương tham mưu, triển khai thực hiện các nhiệm vụ của Đề án phát triển thương mại."
    assert cited_roles(text, lex, "52") == {("DOIT", "advise"), ("DOIT", "implement")}


def test_an_implement_verb_inside_what_is_advised_gives_none(lex):
    text = "Sở Công Thương tham mưu UBND tỉnh triển khai các giải pháp phát triển thương mại."
    assert cited_roles(text, lex, "52") == {("DOIT", "advise")}


def test_an_implement_verb_inside_the_message_gives_none(lex):
    text = "Sở Y tế đẩy mạnh tuyên truyền về việc thực hiện các biện pháp phòng bệnh."
    assert cited_roles(text, lex, "52") == {("DOH", "communicate")}
    listed = "Sở Y tế tuyên truyền về giữ gìn vệ sinh, phòng bệnh và thực hiện nếp sống lành mạnh."
    assert cited_roles(listed, lex, "52") == {("DOH", "communicate")}


def test_an_absorbing_verb_in_a_series_of_communicate_verbs_belongs_to_the_message(lex):
    text = "Sở Y tế tuyên truyền, phổ biến, quán triệt sâu rộng các mục tiêu của Kế hoạch đến người dân."
    assert cited_roles(text, lex, "52") == {("DOH", "communicate")}
