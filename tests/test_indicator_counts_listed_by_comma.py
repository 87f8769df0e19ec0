"""Two counts listed with a comma before one shared predicate ("có thêm 4 xã, 1 huyện đạt chuẩn
nông thôn mới") count two things under the same phrasing, as counts joined by "và" do; an
increment word before the first covers both, and the list goes on after a ';' (CONVENTIONS,
sessions 28, 33 and 37: "thêm" covers the coordinated figures after it, across ';' to items with
no verb of their own). Sentences invented."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_two_counts_listed_by_a_comma_share_the_phrasing(lex, units):
    text = "Đến năm 2028, tỉnh Hòa Sơn có 85 xã, 4 huyện đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES", "eq", 85.0, None, 2028),
        ("NEW_RURAL_DISTRICTS", "eq", 4.0, None, 2028),
    ]


def test_an_increment_covers_counts_listed_by_a_comma(lex, units):
    text = (
        "Năm 2026, tỉnh Bảo Sơn phấn đấu có thêm 6 xã, 1 huyện đạt chuẩn NTM, 11 xã đạt NTM nâng cao, "
        "3 xã đạt NTM kiểu mẫu."
    )
    assert rows(text, lex, units, 2026) == [
        ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 11.0, None, 2026),
        ("MODEL_NEW_RURAL_COMMUNES_ADDED", "eq", 3.0, None, 2026),
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 6.0, None, 2026),
        ("NEW_RURAL_DISTRICTS_ADDED", "eq", 1.0, None, 2026),
    ]


def test_an_increment_goes_on_past_a_semicolon_to_counts_listed_by_a_comma(lex, units):
    text = (
        "Năm 2026, ngành Nông nghiệp phấn đấu có thêm 2 huyện, 14 xã đạt chuẩn nông thôn mới; "
        "5 thôn, 16 xã đạt chuẩn nông thôn mới nâng cao; 9 xã đạt chuẩn nông thôn mới kiểu mẫu."
    )
    found = rows(text, lex, units, 2026)
    assert ("NEW_RURAL_DISTRICTS_ADDED", "eq", 2.0, None, 2026) in found
    assert ("NEW_RURAL_COMMUNES_ADDED", "eq", 14.0, None, 2026) in found
    assert ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 16.0, None, 2026) in found
    assert ("MODEL_NEW_RURAL_COMMUNES_ADDED", "eq", 9.0, None, 2026) in found
    assert not any(r[0] in {"NEW_RURAL_COMMUNES", "ADVANCED_NEW_RURAL_COMMUNES"} for r in found)


def test_a_comma_between_counts_that_name_no_shared_phrasing_gives_no_row(lex, units):
    text = "Tỉnh Hòa Sơn có 9 huyện, 2 thành phố với 140 xã, phường."
    assert rows(text, lex, units, 2026) == []


def test_an_item_with_a_predicate_of_its_own_after_a_semicolon_starts_afresh(lex, units):
    text = (
        "Năm 2026, tỉnh Bảo Sơn phấn đấu có thêm 7 xã đạt chuẩn nông thôn mới; 60 sản phẩm OCOP được "
        "xếp hạng từ 3 sao trở lên."
    )
    assert rows(text, lex, units, 2026) == [
        ("NEW_RURAL_COMMUNES_ADDED", "eq", 7.0, None, 2026),
        ("OCOP_PRODUCTS", "eq", 60.0, None, 2026),
    ]
