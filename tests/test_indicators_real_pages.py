"""Indicators on the kinds of text real pages use: uncoded targets, the page frame, "như sau:"
paragraphs, flattened tables, forecasts and results-only pages (issue 8)."""

from __future__ import annotations

import pandas as pd
import pytest

from pipelines.evaluate.curation_queue import curation_queue
from pipelines.extract.context import list_headings
from pipelines.extract.flat_tables import flat_tables
from pipelines.extract.frame import page_frame
from pipelines.text.segment import paragraphs
from tests.helpers.indicator_rows import cited_indicator_rows


def rows(text: str, lex, units, published_year: int | None = 2025, horizon: int | None = None) -> list[dict]:
    return cited_indicator_rows(text, lex, units, published_year, horizon)


def values(found: list[dict]) -> set[tuple]:
    return {
        (r["indicator_code"], r["comparator"], r["value_low"], r["value_high"], r["unit"], r["target_year"])
        for r in found
    }


def test_uncoded_targets_get_a_label_and_no_code(lex, units):
    text = (
        "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu: sản lượng lương thực đạt 580 nghìn tấn; "
        "trồng mới 6.500 ha cây ăn quả tập trung; thu hút 3,2 triệu lượt khách."
    )
    found = rows(text, lex, units)
    assert values(found) == {
        (None, "eq", 580000.0, None, "other", 2026),
        (None, "eq", 6500.0, None, "other", 2026),
        ("TOURIST_ARRIVALS", "eq", 3200000.0, None, "count", 2026),  # "lượt khách" is curated
    }
    uncoded = [r for r in found if r["indicator_code"] is None]
    assert {"sản lượng lương thực", "trồng mới cây ăn quả tập trung"} == {r["label_vi"] for r in uncoded}
    assert all(r["label_en"] is None for r in uncoded)


def test_the_lexicon_only_adds_the_code(lex, units):
    text = "Chỉ tiêu năm 2026\n\nPhấn đấu năm 2026 giải quyết việc làm mới cho 21.000 lao động."
    assert values(rows(text, lex, units)) == {("NEW_JOBS", "eq", 21000.0, None, "count", 2026)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2026, tỉnh phấn đấu hoàn thành 23 chỉ tiêu chủ yếu và 08 nhóm giải pháp.",
        "Mục tiêu năm 2026: giao chỉ tiêu cho 16 sở, ngành và 45 xã, phường.",
        "Phấn đấu thực hiện Quyết định số 4512/QĐ-UBND ngày 16/12/2025 trước ngày 20/12/2026.",
        "Mục tiêu đến năm 2030, tổ chức 12 lượt kiểm tra các dự án.",
    ],
)
def test_plan_structure_dates_and_numbers_are_never_rows(lex, units, sentence):
    assert rows("Tin tức\n\n" + sentence, lex, units) == []


def test_results_only_page_yields_no_target(lex, units):
    text = (
        "Cà Mau: kinh tế 9 tháng năm 2024 duy trì đà tăng trưởng\n\n"
        "Sản lượng tôm nuôi đạt 165.000 tấn, bằng 78% kế hoạch năm. Thu ngân sách đạt 4.900 tỷ đồng, "
        "đạt 81% dự toán.\n\n"
        "Dự kiến cả năm 2024, tăng trưởng kinh tế đạt khoảng 7%, hoàn thành chỉ tiêu Nghị quyết đề ra."
    )
    assert page_frame(text, lex, 2024).kind == "results"
    assert rows(text, lex, units, published_year=2024) == []


def test_a_forecast_of_a_later_year_is_a_target(lex, units):
    text = "Tin tức\n\nDự kiến năm 2026, tổng vốn đầu tư toàn xã hội khoảng 32.000 tỷ đồng."
    assert values(rows(text, lex, units)) == {("TOTAL_SOCIAL_INVESTMENT", "approx", 32000.0, None, "vnd_billion", 2026)}


def test_review_then_next_years_aims_in_one_paragraph(lex, units):
    text = (
        "Tổng kết năm 2024, đặt mục tiêu năm 2025\n\n"
        "Năm 2024, tỉnh đạt và vượt 17/21 chỉ tiêu, tăng trưởng kinh tế ước đạt 9,2%. "
        "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế trên 13%."
    )
    assert page_frame(text, lex, 2024).kind == "mixed"
    assert values(rows(text, lex, units, published_year=2024)) == {("GRDP_GROWTH", "gt", 13.0, None, "percent", 2025)}


@pytest.mark.parametrize(
    "title, kind, year",
    [
        ("Quảng Trị giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026", "target_setting", 2026),
        ("Cà Mau: kinh tế 9 tháng năm 2024 duy trì đà tăng trưởng", "results", None),
        ("Ninh Thuận tổng kết năm 2024, đặt mục tiêu tăng trưởng năm 2025 trên 13%", "mixed", 2025),
        # the year a figure is compared with is no plan year; the aim word governs the growth it
        # names, so the headline frames a target-setting page (round 25)
        ("Tỉnh phấn đấu tăng trưởng kinh tế đạt 9 - 9,5% so với năm 2024", "target_setting", None),
    ],
)
def test_page_frame_from_the_title(lex, title, kind, year):
    frame = page_frame(title + "\n\nNội dung.", lex, 2024)
    assert (frame.kind, frame.plan_year) == (kind, year)
    assert frame.context == ("target" if kind == "target_setting" else "")


def test_legal_text_frame_from_its_structure(lex):
    text = "Văn bản\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua."
    assert page_frame(text, lex, 2025).kind == "legal_text"


def test_nhu_sau_heads_plain_paragraphs_until_the_next_heading(lex, units):
    text = (
        "Hội nghị năm 2026\n\nSáng 19/12.\n\nNhiều đại biểu dự.\n\nKhông khí sôi nổi.\n\n"
        "Hội nghị giao chỉ tiêu cho các đơn vị, cụ thể như sau:\n\n"
        "Về kinh tế, tổng vốn đầu tư phát triển toàn xã hội khoảng 62 nghìn tỷ đồng.\n\n"
        "Về xã hội, trồng mới 400 ha rừng.\n\nHoài Nam\n\nKhách tham quan 300 người."
    )
    paras = paragraphs(text)
    heads = list_headings(text, lex)
    assert heads[paras[5]] == heads[paras[6]] == paras[4]
    assert paras[8] not in heads
    assert list_headings(text).get(paras[5]) is None  # without the curated lead: a plain line
    assert values(rows(text, lex, units)) == {
        ("TOTAL_SOCIAL_INVESTMENT", "approx", 62000.0, None, "vnd_billion", 2026),
        ("AFFORESTATION_AREA", "eq", 400.0, None, "other", 2026),
    }


TABLE = """Chỉ tiêu năm 2025 như sau:
TT
Chỉ tiêu
{header}
1
Tốc độ tăng trưởng GRDP (%)
8,5 - 9
2
GRDP bình quân đầu người (USD/người)
> 4.600
II
Chỉ tiêu xã hội
3
Sản lượng điều thô (nghìn tấn)
khoảng 190
4
Thu ngân sách nhà nước (tỷ đồng)
14.500 (bằng 106% dự toán năm 2024)
"""


def test_flattened_table_rows(lex, units):
    text = TABLE.format(header="Kế hoạch năm 2025")
    tables = flat_tables(text, paragraphs(text), lex, units)
    assert len(tables) == 1 and len(tables[0].rows) == 4
    assert values(rows(text, lex, units, published_year=2024)) == {
        ("GRDP_GROWTH", "between", 8.5, 9.0, "percent", 2025),
        ("GRDP_PER_CAPITA_USD", "gt", 4600.0, None, "usd", 2025),
        (None, "approx", 190000.0, None, "other", 2025),
        ("BUDGET_REVENUE", "eq", 14500.0, None, "vnd_billion", 2025),
    }


def test_flattened_table_of_estimates_is_no_target(lex, units):
    text = TABLE.format(header="Ước thực hiện năm 2025").replace("Chỉ tiêu năm 2025 như sau:", "Số liệu:")
    assert rows(text, lex, units, published_year=2025) == []


def test_curation_queue_counts_uncoded_labels():
    df = pd.DataFrame(
        {
            "indicator_code": ["GRDP_GROWTH", None, None, None],
            "label_vi": ["x", "Trồng mới rừng", "trồng mới  rừng", "diện tích chè"],
            "article_id": ["a", "a", "b", "b"],
            "quote": ["1", "2", "3", "4"],
        }
    )
    q = curation_queue(df)
    assert (q.rows, q.coded, q.coded_share) == (4, 1, 0.25)
    assert q.queue[["label_vi", "rows", "articles"]].values.tolist() == [
        ["trồng mới rừng", 2, 2],
        ["diện tích chè", 1, 1],
    ]
    assert curation_queue(df.iloc[:0]).coded_share is None


def test_a_range_followed_by_at_least_is_between(lex, units):
    """A range states both bounds; "trở lên" after it does not make it gte (CONVENTIONS)."""
    text = "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt từ 10 - 10,5% trở lên."
    assert values(rows(text, lex, units)) == {("GRDP_GROWTH", "between", 10.0, 10.5, "percent", 2026)}


def test_a_code_whose_range_excludes_the_value_is_dropped(lex, units):
    """ "dịch vụ tăng khoảng 42-43%" under GRDP growth would be SECTOR_III_GROWTH, whose plausible
    range (schemas/expectations.yaml) ends at 30%: the row stays, uncoded, instead of failing the
    release's expectations."""
    text = (
        "Kế hoạch năm 2026\n\nNăm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 9%, trong đó: "
        "dịch vụ tăng khoảng 42-43%."
    )
    found = values(rows(text, lex, units))
    assert ("GRDP_GROWTH", "eq", 9.0, None, "percent", 2026) in found
    assert (None, "between", 42.0, 43.0, "percent", 2026) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2027, tỉnh phấn đấu tốc độ tăng trưởng giá trị tổng sản phẩm (GRDP) đạt 8,5%.",
            ("GRDP_GROWTH", "eq", 8.5, None, "percent", 2027),
        ),
        (
            "Năm 2027, tỉnh phấn đấu tổng nguồn đầu tư phát triển toàn xã hội đạt 52.000 tỷ đồng.",
            ("TOTAL_SOCIAL_INVESTMENT", "eq", 52000.0, None, "vnd_billion", 2027),
        ),
        (
            "Mục tiêu năm 2027: vốn đầu tư thực hiện khoảng 410.000 tỷ đồng.",
            ("TOTAL_SOCIAL_INVESTMENT", "approx", 410000.0, None, "vnd_billion", 2027),
        ),
        (
            "Năm 2027, thành phố phấn đấu đón hơn 9 triệu lượt khách.",
            ("TOURIST_ARRIVALS", "gt", 9000000.0, None, "count", 2027),
        ),
    ],
)
def test_common_long_and_short_names_of_national_indicators(lex, units, sentence, expected):
    """Names real plans use for national indicators, beyond the first phrasings curated."""
    assert values(rows(sentence, lex, units)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2026 tỉnh đạt nhiều kết quả.\n\nNăm 2027, tỉnh đề ra chỉ tiêu kết nạp 900 đảng viên. "
            "Phấn đấu tăng trưởng kinh tế đạt 8% trở lên, thu ngân sách đạt hơn 9.000 tỷ đồng.",
            {("GRDP_GROWTH", 2027), ("BUDGET_REVENUE", 2027)},
        ),
        (
            "UBND tỉnh ban hành Quyết định giao chỉ tiêu kế hoạch giai đoạn 2026 - 2030.\nTại quyết định, "
            "UBND tỉnh giao một số chỉ tiêu kế hoạch năm 2027. Chẳng hạn như tốc độ tăng GRDP 7,5 - 8,0%; "
            "kim ngạch xuất khẩu 1.200 triệu USD.",
            {("GRDP_GROWTH", 2027), ("EXPORT_VALUE", 2027)},
        ),
    ],
)
def test_year_of_a_target_sentence_dates_the_next_ones(lex, units, text, expected):
    """A target sentence's year ("giao chỉ tiêu ... năm 2027.") dates the figures of the next
    sentences of its paragraph that name no year."""
    found = rows(text, lex, units, published_year=2026)
    assert {(r["indicator_code"], r["target_year"]) for r in found if r["indicator_code"]} == expected


def test_a_forecast_for_an_elapsed_part_of_the_year_is_a_result(lex, units):
    """ "9 tháng ... dự kiến đạt" estimates a result (a forecast of months already past); the same
    cue about next year sets a target."""
    text = (
        "Kinh tế tỉnh 9 tháng năm 2024 tăng trưởng khá\n\n"
        "Tốc độ tăng trưởng GRDP 9 tháng trên địa bàn tỉnh dự kiến đạt khoảng 7,2%."
    )
    assert rows(text, lex, units, published_year=2024) == []
    text += "\n\nNăm 2025, tốc độ tăng trưởng GRDP dự kiến đạt 8%."
    assert values(rows(text, lex, units, published_year=2024)) == {("GRDP_GROWTH", "eq", 8.0, None, "percent", 2025)}


def test_on_a_results_page_a_figure_needs_a_cue_of_its_own(lex, units):
    """On a page whose title reports results, a figure in a sentence without a target cue does
    not inherit one from an earlier sentence of its paragraph ("phấn đấu" there is narration)."""
    text = (
        "Kết quả kinh tế - xã hội 6 tháng đầu năm 2024\n\n"
        "Với sự phấn đấu của các cấp, các ngành, kinh tế tiếp tục phục hồi. Thu ngân sách 6 tháng "
        "đạt 4.200 tỷ đồng."
    )
    assert rows(text, lex, units, published_year=2024) == []
