"""One approximating or bounding word before the first figure of a list of one measure's figures
covers every figure of the list (CONVENTIONS, session 42): a list that names each figure before it
("nông nghiệp chiếm khoảng 20%, công nghiệp 30%, dịch vụ 50%": each approx), and shares listed
by a comma that count the same noun after them ("ít nhất 60% chủ thể ..., 25% chủ thể ...").
An item with its own verb, or a share of another noun, starts afresh. Sentences invented."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_an_approximating_word_covers_every_item_of_a_labelled_list(lex, units):
    text = "Cơ cấu kinh tế đến năm 2028: nông nghiệp chiếm khoảng 17,5%, công nghiệp - xây dựng 34,2%, dịch vụ 48,3%."
    assert rows(text, lex, units, 2026) == [
        ("SHARE_AGRICULTURE", "approx", 17.5, None, 2028),
        ("SHARE_INDUSTRY_CONSTRUCTION", "approx", 34.2, None, 2028),
        ("SHARE_SERVICES", "approx", 48.3, None, 2028),
    ]


def test_an_item_with_its_own_verb_starts_afresh(lex, units):
    text = "Đến năm 2030, nông nghiệp chiếm khoảng 11%; công nghiệp - xây dựng chiếm 36%, dịch vụ 53%."
    found = rows(text, lex, units, 2026)
    assert ("SHARE_INDUSTRY_CONSTRUCTION", "eq", 36.0, None, 2030) in found
    assert all(r[1] == "eq" for r in found if r[2] != 11.0)


def test_a_floor_covers_the_next_share_of_the_same_noun(lex, units):
    text = "Phấn đấu đến năm 2028 có ít nhất 55% chủ thể OCOP là hợp tác xã, 25% chủ thể là doanh nghiệp nhỏ và vừa."
    assert ("", "gte", 25.0, None, 2028) in rows(text, lex, units, 2026)


def test_a_share_of_another_noun_keeps_its_own_comparator(lex, units):
    text = "Đến năm 2028, cáp quang phủ trên 70% hộ gia đình, 90% trường học trên địa bàn tỉnh."
    assert all(r[1] == "eq" for r in rows(text, lex, units, 2026) if r[2] == 90.0)


def test_a_whole_share_in_a_list_takes_no_carried_comparator(lex, units):
    text = "Đến năm 2028, tỷ lệ hộ dùng nước sạch: nông thôn đạt trên 95%, đô thị 100%."
    assert all(r[1] == "eq" for r in rows(text, lex, units, 2026) if r[2] == 100.0)
