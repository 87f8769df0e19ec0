"""Kinds of target text real pages write that the rules misread (session 18, issue 8), each
in our own words: a lead-in that recalls achievements before it sets aims, a baseline named by
what was realised in its year, a page cut inside the comparator after its last number."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def coded(text: str, lex, units, published_year: int | None = None) -> list[tuple]:
    found = cited_indicator_rows(text, lex, units, published_year)
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["target_year"]) for r in found
    )


def test_achievements_recalled_with_da_do_not_make_the_aims_a_result(lex, units):
    text = (
        "Hội nghị Tỉnh ủy\n\n"
        "Nhằm phát huy những thành tựu đã đạt được, Ban Chấp hành Đảng bộ tỉnh thống nhất các nhiệm vụ "
        "năm 2025, trong đó phấn đấu thực hiện các chỉ tiêu như: Tỷ lệ lao động qua đào tạo đạt 72%; "
        "Tỷ lệ đô thị hóa đạt 45%."
    )
    assert coded(text, lex, units, 2025) == [
        ("TRAINED_LABOUR_SHARE", "eq", 72.0, None, 2025),
        ("URBANISATION_RATE", "eq", 45.0, None, 2025),
    ]


def test_a_baseline_named_by_what_was_realised_is_no_target_year(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu tổng sản phẩm trên địa bàn tăng từ 7 - 7,5% so với ước thực hiện năm 2024; "
        "tỷ lệ đô thị hóa đạt 38%."
    )
    assert coded(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "between", 7.0, 7.5, 2025),
        ("URBANISATION_RATE", "eq", 38.0, None, 2025),
    ]


def test_a_floor_written_between_a_count_and_what_it_counts(lex, units):
    text = (
        "Kế hoạch năm 2025\n\n"
        "Năm 2025, tỉnh phấn đấu có 03 xã trở lên đạt chuẩn nông thôn mới, 1 huyện trở lên đạt chuẩn nông "
        "thôn mới; 90% trở lên xã, phường, thị trấn an toàn về an ninh, trật tự."
    )
    assert coded(text, lex, units, 2025) == [
        ("NEW_RURAL_COMMUNES", "gte", 3.0, None, 2025),
        ("NEW_RURAL_DISTRICTS", "gte", 1.0, None, 2025),
        ("SAFE_COMMUNES_SHARE", "gte", 90.0, None, 2025),
    ]
