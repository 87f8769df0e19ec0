"""Two provinces named as often, once each, on a page (a commune that shares a province's name,
"xã Thái Bình", beside the city of the page's province): the web address that names one of them
decides (CONVENTIONS: the province the page is about), not the order of mention."""

from __future__ import annotations

from pipelines.ingest.metadata import province


def test_a_tie_goes_to_the_province_the_address_names(lex):
    text = (
        "Kế hoạch xây dựng nông thôn mới năm 2021\n"
        "Năm nay có thêm xã Thái Bình (Yên Sơn) đạt chuẩn, sau xã Tràng Đà (TP Tuyên Quang) năm trước."
    )
    assert province(text, "http://thanhphotuyenquang.gov.vn/DetailView/1/ke-hoach.html", None, lex) == "08"


def test_a_tie_without_an_address_keeps_the_first_named(lex):
    text = (
        "Kế hoạch xây dựng nông thôn mới năm 2021\n"
        "Năm nay có thêm xã Thái Bình (Yên Sơn) đạt chuẩn, sau xã Tràng Đà (TP Tuyên Quang) năm trước."
    )
    assert province(text, None, None, lex) == "34"
