"""A unit word that begins another word is no unit (round 53): "căn" counts dwellings, but
"căn cứ" is the legal formula "on the basis of"; "tuổi" is an age, but "tuổi thọ" names life
expectancy; "hạng" is a rank, but "hạng mục" is an item of works. A period written just before
such a word ("giai đoạn 2021-2025 căn cứ ...") was read as a range of dwellings, and a range read
so also kept the figure after it from its phrasing. The compounds are curated
(``indicator_cues.csv``, role ``unit_compound``)."""

from __future__ import annotations

import datetime

import pytest

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _keys(text: str, lex, units) -> list[tuple]:
    rows = extract_article(article_record(text, datetime.date(2024, 12, 1)), lex, units)["indicators"]
    return sorted(
        (r["indicator_code"] or "", r["comparator"], r["value_low"], r["unit"], r["target_year"]) for r in rows
    )


@pytest.mark.parametrize(
    "text",
    [
        "KẾ HOẠCH NUÔI TRỒNG THỦY SẢN GIAI ĐOẠN\n2021-2025\nCăn cứ Luật Thủy sản ngày 21/11/2017",
        "giai đoạn 2021-2025 căn bản hoàn thành việc sắp xếp",
        "giai đoạn 2021-2025 tuổi thọ trung bình tăng",
        "đợt 2 hạng mục cầu cảng được khởi công",
        "nhóm 3 bậc học phổ thông",
        "giai đoạn 2021-2025 xã hội hóa các nguồn lực",
        "từ 2021-2025 đô thị hóa nhanh",
    ],
)
def test_a_compound_starting_with_a_unit_word_is_no_quantity(units, text):
    assert units.find(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "unit", "low"),
    [
        ("hoàn thành 1.500 căn nhà ở xã hội", "count", 1500.0),
        ("đạt 74 tuổi", "year", 74.0),
        ("có thêm 12 xã đạt chuẩn", "count", 12.0),
        ("tăng 3 bậc", "rank", 3.0),
    ],
)
def test_the_unit_word_alone_still_counts(units, text, unit, low):
    found = units.find(text, 0, len(text))
    assert [(q.unit, q.low) for q in found] == [(unit, low)]


def test_a_period_before_the_legal_formula_gives_no_row(lex, units):
    text = (
        "Kế hoạch phát triển rừng sản xuất\n\n"
        "Mục tiêu giai đoạn 2021-2025 căn cứ vào Nghị quyết Đại hội Đảng bộ tỉnh, "
        "tỷ lệ che phủ rừng đạt 60%."
    )
    assert _keys(text, lex, units) == [("FOREST_COVER", "eq", 60.0, "percent", 2025)]


def test_a_period_before_life_expectancy_leaves_its_figure_to_it(lex, units):
    text = (
        "Kế hoạch chăm sóc sức khỏe nhân dân\n\n"
        "Mục tiêu giai đoạn 2021-2025 tuổi thọ trung bình của người dân đạt 75 tuổi."
    )
    assert _keys(text, lex, units) == [("LIFE_EXPECTANCY", "eq", 75.0, "year", 2025)]
