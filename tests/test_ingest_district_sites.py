"""Article metadata on texts of our own (round 45): a page that names only a district of its
province ("quận Hoàn Kiếm", "huyện Hàm Yên") takes the province of the site that published it
(``province_sources.csv``: the capital's labour paper, a district's news site)."""

from __future__ import annotations

from pipelines.ingest.metadata import province


def test_a_capital_district_page_on_the_capital_s_labour_paper_is_ha_noi(lex):
    text = (
        "Quận Hoàn Kiếm giao chỉ tiêu năm 2025\n"
        "Sáng 5/1, UBND quận Hoàn Kiếm tổ chức hội nghị giao chỉ tiêu kinh tế - xã hội năm 2025."
    )
    assert province(text, "https://laodongthudo.vn/quan-hoan-kiem-giao-chi-tieu-1234.html", None, lex) == "01"


def test_a_district_page_on_the_district_s_news_site_takes_its_province(lex):
    text = "Hàm Yên phấn đấu trồng mới 2.000 ha rừng\nSáng 9/1, UBND huyện Hàm Yên tổ chức hội nghị."
    assert province(text, "http://hamyen.org.vn/tin-tuc/kinh-te/ham-yen-trong-rung-99.html", None, lex) == "08"
