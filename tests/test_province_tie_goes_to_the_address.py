"""Which province a page is about when its text names others too (CONVENTIONS: the province
the page is about). A commune or ward that shares a province's name ("xã Thái Bình") names no
province; two provinces named as often as each other go to the one the web address names, not
to the one named first."""

from __future__ import annotations

from pipelines.ingest.metadata import province

COMMUNES = (
    "Kế hoạch xây dựng nông thôn mới năm 2021\n"
    "Xã Thái Bình (Yên Sơn) phấn đấu đạt chuẩn kiểu mẫu. Tỉnh có thêm xã Thái Bình và xã Tràng Đà "
    "(TP Tuyên Quang) đạt chuẩn nâng cao."
)
TIED = "Kế hoạch hợp tác năm 2021\nĐoàn công tác tỉnh Thái Bình làm việc với lãnh đạo tỉnh Tuyên Quang."


def test_a_commune_named_like_a_province_names_no_province(lex):
    assert province(COMMUNES, None, None, lex) == "08"


def test_a_tie_goes_to_the_province_the_address_names(lex):
    assert province(TIED, "http://thanhphotuyenquang.gov.vn/DetailView/1/ke-hoach.html", None, lex) == "08"


def test_a_tie_without_an_address_keeps_the_first_named(lex):
    assert province(TIED, None, None, lex) == "34"
