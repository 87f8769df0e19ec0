"""A phase named after "trong đó" narrows the time, not what is counted (CONVENTIONS, sessions 33
and 42): "Trong đó, năm 2026 trồng mới 3.000 ha, từ giai đoạn 2027 - 2028 trồng mới hơn 5.000 ha"
after a period's total gives a row for each phase's end year, beside the total's. A part that
names a kind, not a year, stays no row (session 19). Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_phases_opening_their_segment_after_a_total_are_rows_of_their_years(lex, units):
    text = (
        "Kế hoạch\n\nTổng diện tích trồng rừng giai đoạn 2026-2028 là hơn 8.000 ha. Trong đó, năm 2026 trồng mới "
        "3.000 ha, từ giai đoạn 2027-2028 trồng mới hơn 5.000 ha rừng."
    )
    assert [k[1:] for k in sorted_row_keys(text, lex, units, 2025)] == [
        ("eq", 3000.0, None, 2026),
        ("gt", 5000.0, None, 2028),
        ("gt", 8000.0, None, 2028),
    ]


def test_a_part_that_names_a_kind_stays_no_row(lex, units):
    text = "Kế hoạch\n\nTổng diện tích trồng rừng năm 2026 là 8.000 ha. Trong đó, rừng phòng hộ 3.000 ha."
    assert [k[2] for k in sorted_row_keys(text, lex, units, 2025)] == [8000.0]


def test_a_phase_that_names_nothing_takes_the_totals_indicator(lex, units):
    text = (
        "Kế hoạch\n\n- Tốc độ tăng GRDP bình quân cả thời kỳ 2026 - 2035 khoảng 7-9%/năm, trong đó: giai đoạn "
        "2026-2030 tăng 7,5-9%/năm và giai đoạn 2031 - 2035 tăng 8-10%/năm."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [
        ("GRDP_GROWTH", "between", 7.0, 9.0, 2035),
        ("GRDP_GROWTH", "between", 7.5, 9.0, 2030),
        ("GRDP_GROWTH", "between", 8.0, 10.0, 2035),
    ]
