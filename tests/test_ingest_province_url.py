"""Province from the web address when the page text names none (``metadata.url_province``)."""

from __future__ import annotations

import pytest

from pipelines.ingest.metadata import province, rules_of, url_province

TEXT = "Hội nghị giao kế hoạch năm 2023 cho các sở, ngành và địa phương trong tỉnh."


@pytest.mark.parametrize(
    "url, code",
    [
        ("https://htxdaknong.example.vn/2022/12/19/hoi-nghi-giao-ke-hoach/", "67"),
        ("http://phuthosofa.example.gov.vn/nghi-quyet/8597/index.html", "25"),
        ("https://news.example.vn/nam-2019-ha-noi-trong-cay-xanh-32457.html", "01"),
        ("https://news.example.vn/thai-binh-duong-va-bien-dong-1.html", None),  # two names: no answer
        ("https://news.example.vn/hue-giao-ke-hoach.html", None),  # the path names no province
        ("https://hue.example.vn/giao-ke-hoach.html", None),  # too short a name to trust in a domain
        (None, None),
    ],
)
def test_url_names_the_province(lex, url, code):
    assert url_province(url, rules_of(lex).url_names) == code


def test_the_text_wins_over_the_address(lex):
    text = "Tỉnh Long An giao kế hoạch năm 2023 cho các sở, ngành."
    assert province(text, "https://news.example.vn/ben-tre-giao-ke-hoach.html", None, lex) == "80"


def test_the_address_when_the_text_names_none(lex):
    assert province(TEXT, "https://news.example.vn/ben-tre-giao-ke-hoach.html", None, lex) == "83"


def test_the_address_over_a_legal_headers_place_of_signing(lex):
    # the header names only where the text was signed (here misprinted by a portal); the address
    # names the province that issued it
    text = "ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND | Hà Nội, ngày 29 tháng 04 năm 2020\n" + TEXT
    issued = "https://luat.example.vn/ke-hoach-12-kh-ubnd-2020-do-tinh-quang-ngai-ban-hanh.html"
    assert province(text, issued, None, lex) == "51"
    # with no province in the address the place of signing still answers
    assert province(text, "https://luat.example.vn/ke-hoach-12-kh-ubnd-2020.html", None, lex) == "01"


def test_a_province_name_in_lower_case_inside_other_words_is_no_mention(lex):
    # "trạng thái bình thường" holds the letters of Thái Bình: no province; the address names it
    text = "Tình hình kinh tế tháng 1\n\nSản xuất từng bước trở lại trạng thái bình thường sau dịch bệnh."
    assert province(text, "http://sokhdt.baria-vungtau.example.gov.vn/tin-tuc/tinh-hinh", None, lex) == "77"
    assert province("Tỉnh Thái Bình giao kế hoạch năm 2023 cho các sở, ngành.", None, None, lex) == "34"
