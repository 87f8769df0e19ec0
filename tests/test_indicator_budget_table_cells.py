"""A budget table pasted one cell per line (round 53): an item with no figure is followed by the
next item's row number, which is no value of it; a "0" is a cell's value, never a row number;
"cân đối" (balance) in the lines above the table folds like the cue "cần" but is no aim; and
"bổ sung có mục tiêu" (targeted transfers from the central budget) names money allocated, no
aim (CONVENTIONS, session 27: an allocation sets no target)."""

from __future__ import annotations

import datetime

import pytest

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _keys(lines: list[str], lex, units, published: datetime.date) -> list[tuple]:
    text = "\n\n".join(lines)
    rows = extract_article(article_record(text, published), lex, units)["indicators"]
    return sorted(
        (r["indicator_code"] or r["label_vi"], r["comparator"], r["value_low"], r["unit"], r["target_year"])
        for r in rows
    )


def test_an_item_without_a_figure_takes_no_row_number_as_its_value(lex, units):
    lines = [
        "Kế hoạch thu ngân sách huyện An Bình năm 2026",
        "Đơn vị: triệu đồng",
        "1",
        "Thu phí và lệ phí (triệu đồng)",
        "12.500",
        "2",
        "Thu viện trợ (triệu đồng)",
        "3",
        "Thu tiền thuê đất (triệu đồng)",
        "4",
        "Thu khác ngân sách (triệu đồng)",
        "2.300",
    ]
    assert _keys(lines, lex, units, datetime.date(2025, 12, 20)) == [
        ("Thu khác ngân sách", "eq", 2300.0, "vnd_million", 2026),
        ("Thu phí và lệ phí", "eq", 12500.0, "vnd_million", 2026),
    ]


def test_a_zero_and_a_balance_above_a_table_read_no_row(lex, units):
    lines = [
        "Huyện An Bình công khai số liệu ngân sách",
        "Biểu số 12",
        "CÂN ĐỐI THU CHI NGÂN SÁCH HUYỆN NĂM 2026",
        "Đơn vị: triệu đồng",
        "STT",
        "Nội dung",
        "Số tiền",
        "1",
        "Thu bổ sung từ ngân sách tỉnh",
        "45,210",
        "Bổ sung cân đối",
        "0",
        "Bổ sung có mục tiêu",
        "45,210",
        "2",
        "Thu kết dư ngân sách",
        "3",
        "Thu chuyển nguồn năm trước",
        "4",
        "Thu huy động đóng góp",
    ]
    assert _keys(lines, lex, units, datetime.date(2026, 1, 10)) == []


@pytest.mark.parametrize("line", ["Bổ sung cân đối", "Chi từ nguồn bổ sung có mục tiêu"])
def test_a_budget_line_above_a_table_is_no_aim(lex, units, line):
    lines = [
        "Huyện An Bình công khai số liệu ngân sách",
        line,
        "1",
        "Thu phí và lệ phí (triệu đồng)",
        "12.500",
        "2",
        "Thu khác ngân sách (triệu đồng)",
        "2.300",
    ]
    assert _keys(lines, lex, units, datetime.date(2026, 1, 10)) == []


def test_targeted_transfers_are_an_allocation_not_an_aim(lex, units):
    lines = [
        "Ngân sách tỉnh An Bình năm 2026",
        "Năm 2026, tỉnh được ngân sách trung ương bổ sung có mục tiêu 45.210 triệu đồng để đầu tư "
        "các công trình thủy lợi.",
    ]
    assert _keys(lines, lex, units, datetime.date(2025, 12, 20)) == []
