"""Units a target is written in that the unit table lacked (round 48): the spelling "sỹ" of the
doctors counted, hectares written out ("héc ta") and litres of a liquid produced. Without the
unit no quantity is read, and the whole statement gives no row."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def _values(text: str, lex, units) -> set[tuple]:
    return {
        (r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, 2025)
    }


def test_doctors_spelt_with_sy_are_counted(lex, units):
    text = "Kế hoạch y tế năm 2026\n\nNăm 2026, tỉnh phấn đấu số bác sĩ/vạn dân đạt 11 bác sỹ."
    assert ("DOCTORS_PER_10K", "eq", 11.0, "count", 2026) in _values(text, lex, units)


def test_hectares_written_out_are_an_area(lex, units):
    text = "Kế hoạch lâm nghiệp\n\nĐến năm 2030, tỉnh phấn đấu trồng mới 25 nghìn héc ta rừng sản xuất."
    assert ("AFFORESTATION_AREA", "eq", 25000.0, "other", 2030) in _values(text, lex, units)


def test_litres_produced_a_year_are_a_measure(lex, units):
    text = "Kế hoạch phát triển thủy sản\n\nĐến năm 2030, huyện đảo sản xuất nước mắm bình quân 8 triệu lít/năm."
    assert (None, "eq", 8_000_000.0, "other", 2030) in _values(text, lex, units)
