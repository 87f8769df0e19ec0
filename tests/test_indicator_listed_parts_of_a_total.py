"""The figures a list after "Cụ thể:" / "trong đó" gives of a total stated before it, which add
up to the total, are its parts: no rows (CONVENTIONS, a total broken down: sessions 19, 35, 38).
A listed figure of another unit than the total's, or a list that does not add up, stays, and so does
a standing component (domestic revenue, the sectors; session 43)."""

from __future__ import annotations

import pytest

from pipelines.curation.lexicons import load_lexicons
from pipelines.curation.tables import CurationError
from tests.helpers.curation_copy import curation_with
from tests.helpers.indicator_rows import cited_indicator_rows


def _values(text, lex, units):
    return sorted(r["value_low"] for r in cited_indicator_rows(text, lex, units, 2024))


def test_crops_listed_after_specifically_are_parts_of_the_total_area_and_output(lex, units):
    text = (
        "Đến năm 2030, tỉnh phấn đấu duy trì diện tích 3 loại cây ăn quả chủ lực đạt 52.000 ha, "
        "sản lượng 410.500 tấn/năm.\n"
        "Cụ thể: sầu riêng diện tích 20.000 ha, sản lượng 180.000 tấn; bưởi diện tích 17.000 ha, "
        "sản lượng 150.000 tấn; xoài diện tích 15.000 ha, sản lượng 80.000 tấn."
    )
    found = _values(text, lex, units)
    assert not {20000.0, 17000.0, 15000.0, 180000.0, 150000.0, 80000.0} & set(found)
    assert 410500.0 in found


def test_kinds_after_in_which_are_parts_down_to_their_sub_kinds(lex, units):
    text = (
        "Sản lượng nuôi trồng thủy sản của tỉnh đến năm 2026 đạt khoảng 9.000 tấn, trong đó nuôi trong "
        "ao hồ khoảng 3.000 tấn: cá nước ngọt khoảng 2.200 tấn, ếch khoảng 800 tấn; nuôi lồng trên sông "
        "khoảng 6.000 tấn (cá lăng khoảng 4.000 tấn; các loài khác khoảng 2.000 tấn)."
    )
    assert _values(text, lex, units) == [9000.0]


def test_a_list_that_does_not_add_up_to_the_total_stays(lex, units):
    text = "Đến năm 2030, tỉnh phấn đấu trồng 5.000 ha rừng. Cụ thể: rừng phòng hộ 1.000 ha; rừng sản xuất 1.500 ha."
    assert 1500.0 in _values(text, lex, units)


def test_coded_visitor_parts_that_add_up_to_the_coded_total_are_no_rows(lex, units):
    # the headline states the total first; the body's restatement of it is no row of its own
    text = (
        "Tỉnh Nam Sơn: Phấn đấu năm 2027 thu hút 2,45 triệu lượt khách về với địa phương\n\n"
        "Đây là chỉ tiêu chính của chương trình du lịch mà tỉnh mới công bố.\n\n"
        "Theo chương trình, năm 2027 Nam Sơn thu hút 2,45 triệu lượt khách, trong đó khoảng "
        "250.000 lượt khách nước ngoài, 2,2 triệu lượt khách trong nước."
    )
    assert _values(text, lex, units) == [2450000.0]


def test_coded_parts_that_add_up_are_no_rows_though_the_sentence_goes_on(lex, units):
    # CONVENTIONS, session 42: parts that add up to a total stated just before give no rows even
    # when they have codes of their own; the sentence goes on past the list with its own ';' items
    text = (
        "Năm 2024, huyện phấn đấu giải quyết việc làm cho 18.000 lao động, trong đó đưa 800 lao động đi làm "
        "việc ở nước ngoài, tạo việc làm mới cho 17.200 lao động, các phòng ban tăng cường tư vấn nghề; hỗ trợ "
        "hợp tác xã tuyển người; tổ chức phiên giao dịch việc làm hằng tháng."
    )
    assert _values(text, lex, units) == [18000.0]


def test_a_coded_part_that_does_not_add_up_stays_a_row(lex, units):
    # session 19: "thu ngân sách ..., trong đó thu nội địa ..." keeps the part the lexicon codes
    text = "Năm 2024, tỉnh phấn đấu thu ngân sách 10.000 tỷ đồng, trong đó thu nội địa 6.500 tỷ đồng."
    assert _values(text, lex, units) == [6500.0, 10000.0]


def _codes(text, lex, units):
    return sorted((r["value_low"], r["indicator_code"]) for r in cited_indicator_rows(text, lex, units, 2024))


def test_domestic_revenue_stays_a_row_though_the_revenue_parts_add_up(lex, units):
    # CONVENTIONS, session 43: a standing component that session 19 names (domestic revenue under
    # the state budget revenue) stays a row whether or not the parts add up; the uncoded
    # import-export part stays none
    text = (
        "Năm 2025, tỉnh phấn đấu thu ngân sách nhà nước trên địa bàn đạt 12.500 tỷ đồng, trong đó thu "
        "nội địa 9.500 tỷ đồng, thu từ hoạt động xuất nhập khẩu 3.000 tỷ đồng."
    )
    assert _codes(text, lex, units) == [(9500.0, "DOMESTIC_BUDGET_REVENUE"), (12500.0, "BUDGET_REVENUE")]


def test_domestic_revenue_stays_a_row_among_parts_split_by_semicolons(lex, units):
    text = (
        "Phấn đấu đến năm 2026 tổng thu ngân sách nhà nước trên địa bàn đạt 4.200 tỷ đồng. Trong đó: thu "
        "nội địa 3.700 tỷ đồng; thu xuất nhập khẩu 500 tỷ đồng."
    )
    assert _codes(text, lex, units) == [(3700.0, "DOMESTIC_BUDGET_REVENUE"), (4200.0, "BUDGET_REVENUE")]


def test_a_standing_part_of_an_unknown_whole_fails_the_load(tmp_path):
    unknown = curation_with(
        tmp_path,
        "indicator_lexicon.csv",
        lambda r: (
            {**r, "standing_part_of": "BUDGET_REVENUE_X"} if r["indicator_code"] == "DOMESTIC_BUDGET_REVENUE" else r
        ),
    )
    with pytest.raises(CurationError, match="unknown standing_part_of 'BUDGET_REVENUE_X'"):
        load_lexicons(unknown)
