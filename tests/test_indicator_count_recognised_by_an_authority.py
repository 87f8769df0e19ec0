"""A count whose phrasing is split by who recognises it, in our own words: "05 xã được Chủ tịch
UBND tỉnh công nhận đạt chuẩn nông thôn mới nâng cao" is "05 xã đạt chuẩn nông thôn mới nâng
cao"; the recognition ("(sẽ) được ... công nhận"), the names of the units counted before it and
the counted noun said again after it ("2 huyện Hải Hậu, Giao Thủy sẽ được công nhận huyện đạt
chuẩn ...") stand between the count's noun and the rest of its phrasing."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows


def test_an_authority_between_the_noun_and_the_standard(lex, units):
    text = (
        "Đến hết năm 2026, tỉnh Quảng Ngãi phấn đấu có thêm 05 xã được Chủ tịch UBND tỉnh công nhận "
        "đạt chuẩn nông thôn mới nâng cao. Phấn đấu 03 xã được Chủ tịch UBND tỉnh công nhận đạt chuẩn "
        "nông thôn mới kiểu mẫu."
    )
    assert rows(text, lex, units, 2025) == [
        ("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 5.0, None, 2026),
        ("MODEL_NEW_RURAL_COMMUNES", "eq", 3.0, None, 2026),
    ]


def test_the_counted_noun_said_again_after_the_recognition(lex, units):
    text = "Trong năm 2026, tỉnh Hậu Giang phấn đấu có ít nhất 8 xã được công nhận xã đạt chuẩn nông thôn mới."
    assert rows(text, lex, units, 2025) == [("NEW_RURAL_COMMUNES", "gte", 8.0, None, 2026)]


def test_named_units_before_the_recognition(lex, units):
    text = (
        "Tỉnh Thái Bình phấn đấu năm 2026, 2 huyện Hưng Hà, Đông Hưng sẽ được công nhận huyện đạt chuẩn nông thôn mới."
    )
    assert ("NEW_RURAL_DISTRICTS", "eq", 2.0, None, 2026) in rows(text, lex, units, 2025)
