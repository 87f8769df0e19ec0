""" "tất cả (các)" right after a target's year states the whole of what it names: eq 100 percent,
as "100%" would (CONVENTIONS, session 33). Elsewhere ("trên tất cả các lĩnh vực", "tăng ở tất
cả 3 khu vực") the words are no figure. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Kế hoạch phát triển nông thôn\n\n" + text, lex, units, 2024)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in found]


def test_all_communes_beside_a_share_of_communes(lex, units):
    text = "Huyện đặt mục tiêu đến năm 2026, tất cả xã đạt chuẩn nông thôn mới nâng cao, 40% xã đạt chuẩn nông thôn mới kiểu mẫu."
    assert rows(text, lex, units) == [
        ("ADVANCED_NEW_RURAL_COMMUNES", "eq", 100.0, "percent", 2026),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 40.0, "percent", 2026),
    ]


def test_all_kinds_of_a_thing_after_the_year(lex, units):
    text = "Phấn đấu đến năm 2040 tất cả các loại nước thải công nghiệp trên địa bàn đều được xử lý đạt chuẩn."
    found = rows(text, lex, units)
    assert found == [(None, "eq", 100.0, "percent", 2040)]


def test_all_named_without_a_year_before_sets_nothing(lex, units):
    text = "Năm 2026, tỉnh phấn đấu tăng trưởng trên tất cả các lĩnh vực, tăng ở tất cả 3 khu vực kinh tế."
    assert rows(text, lex, units) == []


def test_the_whole_is_labelled_by_the_words_after_it(lex, units):
    text = "Thành phố đặt chỉ tiêu đến năm 2027 tất cả bùn thải được xử lý."
    found = cited_indicator_rows("Kế hoạch bảo vệ môi trường\n\n" + text, lex, units, 2024)
    assert [(r["label_vi"], r["comparator"], r["value_low"], r["target_year"]) for r in found] == [
        ("bùn thải được xử lý", "eq", 100.0, 2027)
    ]


def test_all_who_act_for_a_purpose_of_the_year_set_nothing(lex, units):
    text = "Để hoàn thành kế hoạch tăng trưởng được giao trong năm 2026, tất cả các cấp, các ngành phải vào cuộc quyết liệt."
    assert rows(text, lex, units) == []
