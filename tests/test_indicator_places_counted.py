"""Places counted as a count, in our own words: "điểm du lịch", "điểm đến", "điểm trưng bày",
"điểm giới thiệu" and "điểm bán" name sites ("công nhận 2 - 3 điểm du lịch"), not an index's
score points ("PCI tăng 2 điểm"), so a figure before them is a count."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def _keys(text, lex, units):
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units)
    )


def test_tourist_sites_recognised_are_a_count(lex, units):
    text = "Năm 2027, tỉnh phấn đấu công nhận từ 2 - 3 điểm du lịch cấp tỉnh."
    assert _keys(text, lex, units) == [("", "between", 2.0, 3.0, "count", 2027)]


def test_destinations_in_each_district_are_a_count(lex, units):
    text = "Mục tiêu đến năm 2026, mỗi huyện có ít nhất 2 điểm đến hấp dẫn du khách."
    assert _keys(text, lex, units) == [("", "gte", 2.0, None, "count", 2026)]


def test_showrooms_for_local_products_are_a_count(lex, units):
    text = "Đến năm 2028, phấn đấu xây dựng mới 6 điểm trưng bày, giới thiệu sản phẩm đặc sản của tỉnh."
    assert _keys(text, lex, units) == [("", "eq", 6.0, None, "count", 2028)]


def test_sales_points_in_each_town_are_a_count(lex, units):
    text = "Phấn đấu năm 2027, mỗi thị xã có ít nhất 01 điểm giới thiệu và bán hàng nông sản."
    assert _keys(text, lex, units) == [("", "gte", 1.0, None, "count", 2027)]


def test_an_index_score_stays_other(lex, units):
    text = "Phấn đấu năm 2027, chỉ số hài lòng của người dân đạt 85 điểm."
    assert [k[4] for k in _keys(text, lex, units)] == ["other"]
