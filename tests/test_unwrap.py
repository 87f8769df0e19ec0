"""Hard-wrapped legal pages (issue 8): lines joined back into paragraphs, on texts of our own."""

from __future__ import annotations

from pipelines.extract.assignments import assignment_rows
from pipelines.text.segment import paragraphs

# A council resolution as legal portals store it: wrapped at a fixed width, mid-phrase.
WRAPPED = "\n".join(
    [
        "NGHỊ QUYẾT",
        "Căn cứ Luật Tổ chức chính quyền",
        "địa phương ngày 19 tháng 6 năm 2015 và các văn bản sửa đổi, bổ sung của",
        "Quốc hội;",
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 về lập kế",
        "hoạch tài chính và kế hoạch đầu tư công trung hạn của địa",
        "phương;",
        "Xét Tờ trình số 301/TTr-UBND ngày",
        "14 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh về kế hoạch tài chính 05 năm; báo cáo",
        "thẩm tra của các ban Hội đồng nhân dân tỉnh.",
        "QUYẾT NGHỊ:",
        "Điều 1. Thông qua kế hoạch tài chính 05 năm",
        "giai đoạn 2024-2028 của tỉnh.",
        "1. Tổng thu ngân sách",
        "trên địa bàn tăng bình quân 8%/năm.",
    ]
)


def test_wrapped_lines_join_into_paragraphs():
    paras = [WRAPPED[a:b] for a, b in paragraphs(WRAPPED)]
    assert paras[0] == "NGHỊ QUYẾT"
    assert any(p.startswith("Xét Tờ trình số 301") and p.endswith("Hội đồng nhân dân tỉnh.") for p in paras)
    assert "QUYẾT NGHỊ:" in paras
    assert "1. Tổng thu ngân sách\ntrên địa bàn tăng bình quân 8%/năm." in paras


def test_short_or_unwrapped_pages_keep_their_lines():
    text = "Mục tiêu năm 2025:\n- GRDP tăng 8%;\n- Thu ngân sách 9.000 tỷ đồng\nTốc độ tăng GRDP (%)\n7,5"
    assert len(paragraphs(text)) == 5


def test_proposer_of_a_wrapped_preamble_advises(lex):
    rows, bodies = assignment_rows("t", WRAPPED, paragraphs(WRAPPED), "45", lex)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    assert ("PPC", "advise") in {(code[r["body_id"]], r["role"]) for r in rows}
    for r in rows:
        assert WRAPPED[r["char_start"] : r["char_end"]] == r["quote"]


def test_a_number_then_a_capital_outside_latin_1_does_not_go_on_with_the_line_before():
    # "2026 Đề án ..." opens a new line; "05 tháng 3 ..." goes on with "... ngày"
    from pipelines.text.unwrap import goes_on

    assert goes_on("Kế hoạch ban hành ngày", "05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh")
    assert not goes_on("Danh mục các dự án trọng điểm", "2026 Đề án phát triển du lịch cộng đồng")
    assert not goes_on("Danh mục các dự án trọng điểm", "12 Ủy ban nhân dân các xã")


# One test of a hard wrap (``unwrap.goes_on``) serves the page's wrap count and the document reader;
# the two former rules each missed shapes the other read right.
def test_a_page_wrapped_after_commas_and_day_numbers_counts_as_hard_wrapped():
    from pipelines.text.segment import _LINE, _split
    from pipelines.text.unwrap import hard_wrapped

    text = "\n".join(
        [
            "Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017, Luật Đầu tư công ngày 13",
            "tháng 6 năm 2019, Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015,",
            "các nghị định hướng dẫn thi hành và Nghị quyết của Hội đồng nhân dân tỉnh số 20",
            "ngày 08 tháng 12 năm 2025 về kế hoạch đầu tư công năm 2026 của tỉnh Phú Thọ,",
            "các sở, ban, ngành và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh,",
            "cùng các đơn vị sự nghiệp công lập thuộc tỉnh thực hiện các nhiệm vụ sau;",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        ]
    )
    assert hard_wrapped(text, _split(text, (0, len(text)), _LINE))


def test_a_numbered_item_or_a_lettered_item_starts_a_new_line_for_the_document_reader():
    from pipelines.extract.documents import _wrapped

    heading = "Thực hiện Kế hoạch số 18/KH-UBND của UBND tỉnh, các chỉ tiêu chủ yếu\n1. Tốc độ tăng trưởng 8%"
    assert not _wrapped(heading, heading.index("\n"))
    item = "Đẩy mạnh thu hút đầu tư vào khu công nghiệp.\nb) Phát triển du lịch cộng đồng"
    assert not _wrapped(item, item.index("\n"))
    year = "Triển khai Nghị quyết về phát triển du lịch đến năm\n2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch"
    assert _wrapped(year, year.index("\n"))


def test_a_number_alone_on_its_line_is_a_table_cell_not_a_wrap():
    from pipelines.text.unwrap import goes_on

    # a flattened table: the land use's name, then its areas one cell per line
    assert not goes_on("Đất rừng phòng hộ", "12.450")
    assert not goes_on("Diện tích được phân bổ đến năm", "2030")
    assert goes_on("Diện tích được phân bổ đến năm", "2030, trong đó đất lúa giảm")
