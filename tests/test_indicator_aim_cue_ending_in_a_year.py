"""A target cue that ends inside a year mention ("phấn đấu đến năm", "đến cuối năm"): the words
after the cue start past that year (round 48). The bare year left behind ("2030 có khoảng ...")
read as another number of the label's segment, so the share or count after it had no label and
gave no row."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def _rows(text: str, lex, units) -> list[dict]:
    return cited_indicator_rows(text, lex, units, 2025)


def test_a_share_after_a_place_aiming_by_a_year(lex, units):
    text = (
        "Lộ trình chuyển đổi số\n\nTheo đó, Lào Cai phấn đấu đến năm 2030 có khoảng 75% người dân có chữ ký số cá nhân."
    )
    found = [(r["indicator_code"], r["comparator"], r["value_low"], r["target_year"]) for r in _rows(text, lex, units)]
    assert (None, "approx", 75.0, 2030) in found
    label = next(r["label_vi"] for r in _rows(text, lex, units) if r["value_low"] == 75.0)
    assert "Lào Cai" not in label and "2030" not in label


def test_a_count_after_an_aim_by_the_end_of_a_year(lex, units):
    text = (
        "Kế hoạch xây dựng nông thôn mới\n\n"
        "Theo kế hoạch, đến cuối năm 2026 sẽ có 25 xã đạt 15 tiêu chí trở lên, bình quân 16,2 tiêu chí/xã."
    )
    found = [(r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in _rows(text, lex, units)]
    assert ("eq", 25.0, "count", 2026) in found


def test_a_range_ending_in_a_year_like_number_keeps_the_aims_year(lex, units):
    # the label now found after the cue, the range's upper end ("đến 2030 tấn") is a value, no year
    text = "Kế hoạch\n\nPhấn đấu đến năm 2028 nâng sản lượng chè búp tươi từ 1.800 đến 2030 tấn."
    found = [(r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in _rows(text, lex, units)]
    assert found == [("between", 1800.0, 2030.0, 2028)]
