"""Document numbers and dates as portals spell them (issue 8): the Party's "TƯ", dashes typed as
en dashes, a letter after the number, dotted dates, a wrapped lead-in, and a number that has no
date of its own beside one that has. Short texts of our own; the curated tables as they are."""

from __future__ import annotations

import datetime as dt

from pipelines.extract.documents import document_rows


def docs(text: str, lex, published: dt.date | None = None) -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, "33", lex, *([published] if published else [])):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (
            r["doc_type"],
            r["issuer"],
            r["signed_date"].isoformat() if r["signed_date"] else None,
            r["province_code"],
        )
    return out


def test_a_central_number_written_with_tu_is_national(lex):
    text = "Tỉnh triển khai Nghị quyết số 66-NQ/TƯ ngày 30/4/2025 của Bộ Chính trị về đổi mới thể chế."
    assert docs(text, lex) == {"66-NQ/TƯ": ("resolution", "other", "2025-04-30", None)}


def test_en_dashes_inside_a_number_are_dashes(lex):
    text = (
        "Ủy ban nhân dân tỉnh có Quyết định số 815/QĐ–UBND ngày 02/3/2023 và Tỉnh ủy có Chỉ thị "
        "số 07–CT/TU ngày 11/4/2023 về phòng chống hạn."
    )
    got = docs(text, lex)
    assert got["815/QĐ-UBND"] == ("decision", "provincial_peoples_committee", "2023-03-02", "33")
    assert got["07-CT/TU"] == ("directive", "provincial_party_committee", "2023-04-11", "33")


def test_a_letter_after_the_number_belongs_to_it(lex):
    text = "Căn cứ Nghị quyết số 18a/NQ-CP ngày 05/02/2019 của Chính phủ về chính phủ số;"
    assert docs(text, lex) == {"18a/NQ-CP": ("resolution", "government", "2019-02-05", None)}


def test_a_dotted_date_is_a_signing_date(lex):
    text = "Sở Tài chính thực hiện Kế hoạch số 96/KH-UBND ngày 14.3.2024 của UBND tỉnh."
    assert docs(text, lex)["96/KH-UBND"][2] == "2024-03-14"


def test_an_undated_number_after_a_dated_one_takes_no_date(lex):
    text = (
        "Tỉnh ủy sơ kết Chương trình số 41-CTr/TU ngày 6-9-2022 của Tỉnh ủy thực hiện Kết luận "
        "số 14-KL/TW của Bộ Chính trị về khuyến khích cán bộ năng động."
    )
    got = docs(text, lex)
    assert got["41-CTr/TU"][2] == "2022-09-06"
    assert got["14-KL/TW"][2] is None


def test_a_lead_in_date_on_the_line_before_a_wrapped_number(lex):
    text = (
        "Ngày 14 tháng 5 năm 2025, Ủy ban nhân dân\n"
        "tỉnh đã ban hành Kế hoạch số 301/KH-UBND về chuyển đổi số trong\n"
        "các trường học.\n"
    )
    assert docs(text, lex)["301/KH-UBND"][2] == "2025-05-14"


def test_a_verification_report_is_a_report(lex):
    text = "Theo đề nghị của Sở Nội vụ và Báo cáo thẩm định số 27/BCTĐ-STP ngày 10/6/2024 của Sở Tư pháp."
    assert docs(text, lex)["27/BCTĐ-STP"][:3] == ("other", "other", "2024-06-10")


def test_a_lead_in_day_and_month_take_the_year_of_the_page(lex):
    text = "Ngày 12/8, UBND tỉnh ban hành Công văn số 4410/UBND-NN về phòng, chống dịch tả lợn."
    assert docs(text, lex, dt.date(2024, 8, 15))["4410/UBND-NN"][2] == "2024-08-12"
    # a day and month after the page's date fall in the year before
    assert docs(text, lex, dt.date(2024, 2, 1))["4410/UBND-NN"][2] == "2023-08-12"
    assert docs(text, lex)["4410/UBND-NN"][2] is None  # no page date: no year


def test_a_space_beside_the_dash_is_no_part_of_the_number(lex):
    text = (
        "Tiếp tục thực hiện Kết luận số 52- KL/TW, ngày 11/6/2024 của Bộ Chính trị; Tờ trình số 60/TTr -\n"
        "NN&PTNT ngày 03/5/2019 của Sở."
    )
    got = docs(text, lex)
    assert got["52-KL/TW"] == ("other", "other", "2024-06-11", None)
    assert got["60/TTr-NN&PTNT"][2] == "2019-05-03"


def test_a_unit_code_with_a_digit_and_a_joint_circular(lex):
    text = (
        "Xét đề nghị của UBND tỉnh (Tờ trình số 77/TTr-UBND ngày 02/8/2019 và số 35/UBND-VP5 ngày "
        "09/9/2019); Căn cứ Thông tư liên tịch số 07/2015/TTLT-BYT-BNV ngày 02/4/2015;"
    )
    got = docs(text, lex)
    assert got["35/UBND-VP5"][2] == "2019-09-09"
    assert got["07/2015/TTLT-BYT-BNV"][:3] == ("other", "ministry", "2015-04-02")


def periods(text: str, lex) -> dict[str, tuple]:
    return {r["doc_number"]: (r["period_start"], r["period_end"]) for r in document_rows("a", text, "33", lex)}


def test_a_long_issuer_phrase_does_not_hide_the_title(lex):
    text = (
        "Căn cứ Nghị quyết số 14/2020/NQ-HĐND ngày 09/12/2020 của Hội đồng nhân dân tỉnh Phú Thọ "
        "khóa XVIII, kỳ họp thứ 12 về kế hoạch đầu tư công 5 năm 2021 - 2025;"
    )
    assert periods(text, lex)["14/2020/NQ-HĐND"] == (2021, 2025)


def test_the_issuers_term_is_not_the_period_of_the_title(lex):
    text = (
        "Thực hiện Nghị quyết số 03-NQ/TU ngày 20 tháng 11 năm 2025 của Ban Chấp hành Đảng bộ tỉnh "
        "khóa I, nhiệm kỳ 2025-2030 về phát triển hạ tầng số giai đoạn 2026-2030;"
    )
    assert periods(text, lex)["03-NQ/TU"] == (2026, 2030)


def test_a_title_that_reviews_a_period_and_plans_the_next_takes_the_next(lex):
    text = (
        "Căn cứ Nghị quyết số 21/2020/NQ-HĐND của HĐND tỉnh về kết quả thực hiện nhiệm vụ 5 năm "
        "(2016-2020) và phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm (2021-2025);"
    )
    assert periods(text, lex)["21/2020/NQ-HĐND"] == (2021, 2025)


def test_a_type_code_fused_with_its_drafters_code(lex):
    text = "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 15/TTrSTC-QLNS ngày 04/3/2019."
    assert docs(text, lex) == {"15/TTrSTC-QLNS": ("other", "other", "2019-03-04", "33")}


def test_a_date_after_the_issuers_phrase_and_not_a_spans_bound(lex):
    text = (
        "Thực hiện Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy ngày 14/8/2023 về kinh tế tư "
        "nhân. Theo Kế hoạch số 31/KH-UBND của UBND tỉnh, từ ngày 01/7/2025 các xã tự thu."
    )
    got = docs(text, lex)
    assert got["09-NQ/TU"][2] == "2023-08-14"
    assert got["31/KH-UBND"][2] is None
