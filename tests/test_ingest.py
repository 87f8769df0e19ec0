"""Ingest on the real seeds: clean text, no chrome, derived metadata."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from pipelines.ingest.articles import read_articles
from pipelines.ingest.clean import ArticleError, clean_text
from tests.conftest import RAW

CHROME = [
    "Thống kê truy cập",
    "Tất cả: 420,441",
    "Đang online",
    "image advertisement",
    "image banner",
    "Lượt xem",
    "0:00 / 0:00",
    "Giọng nữ miền Nam",
    "Chia sẻ bài viết",
    "Tin khác",
    "Nhảy đến nội dung",
    "Tiếng Việt | English",
    "Các tin khác",
]


@pytest.fixture(scope="module")
def articles(lex):
    rows, rejected = read_articles(RAW / "articles", lex)
    assert rejected == []
    return {r["article_id"]: r for r in rows}


def test_text_is_nfc_with_plain_spaces_and_no_chrome(articles):
    for aid, a in articles.items():
        text = a["text"]
        assert unicodedata.normalize("NFC", text) == text
        assert "\u00a0" not in text and "  " not in text and "\n\n\n" not in text
        for chrome in CHROME:
            assert chrome not in text, (aid, chrome)


def test_article_bodies_are_kept(articles):
    assert "trên 50%" in articles["longan-2024-qd4192"]["text"]
    assert articles["travinh-2021-qd1740"]["text"].rstrip().endswith("ngày 26/8/2021)")


@pytest.mark.parametrize(
    "aid,province",
    [
        ("longan-2021-qd120", "80"),
        ("longan-2024-qd4192", "80"),
        ("travinh-2021-qd1740", "84"),
        ("longan-2023-hoi-nghi-ktxh", "80"),
        ("langson-2021-qd166", "20"),
    ],
)
def test_province_is_derived(articles, aid, province):
    assert articles[aid]["province_code"] == province


def test_title_date_and_byline(articles):
    conf = articles["longan-2023-hoi-nghi-ktxh"]
    assert conf["title"].startswith("Long An: Tập trung triển khai")
    assert conf["published_date"] == dt.date(2023, 1, 6)
    assert conf["byline"] == "Châu Sơn - Hoàng Tuân"
    assert articles["travinh-2021-qd1740"]["byline"] == "Cẩm Tú"
    assert articles["longan-2024-qd4192"]["byline"] == "Nguyễn Thị Bích Thảo"
    assert articles["longan-2024-qd4192"]["title"].startswith("QUYẾT ĐỊNH SỐ 4192/QĐ-UBND")
    assert articles["langson-2021-qd166"]["byline"] == "Thùy Linh"


def test_undecodable_file_is_an_error_naming_it_and_the_byte(lex):
    with pytest.raises(ArticleError, match=r"bad.txt: not valid UTF-8 at byte 7"):
        clean_text("Kế ".encode() + "Thành".encode("cp1258"), "bad.txt", lex.chrome_rules)


def test_bad_article_is_set_aside_not_dropped(lex, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "sources.csv").write_text("article_id,source_url,publisher,retrieved_date\n", encoding="utf-8")
    (folder / "good-2024-a.txt").write_bytes((RAW / "articles" / "longan-2024-qd4192.txt").read_bytes())
    (folder / "bad-2024-b.txt").write_bytes(b"Ti\xeau \xf0\xe8 garbage that is not UTF-8 at all, long enough")
    (folder / "Bad Name.txt").write_text("Tiêu đề bài viết đủ dài để không bị coi là rỗng.", encoding="utf-8")
    rows, problems = read_articles(folder, lex)
    assert [r["article_id"] for r in rows] == ["good-2024-a"]
    by_file = {p["file"]: p for p in problems}
    assert by_file["articles/bad-2024-b.txt"]["kind"] == "quarantined"
    assert by_file["articles/bad-2024-b.txt"]["article_id"] == "bad-2024-b"
    assert "byte 2" in by_file["articles/bad-2024-b.txt"]["reason"]
    assert by_file["articles/Bad Name.txt"]["kind"] == "refused"
    assert set(by_file) == {"articles/bad-2024-b.txt", "articles/Bad Name.txt"}


@pytest.mark.parametrize(
    "source_url, publisher, province",
    [
        ("https://sokhdt.longan.gov.vn/tin-tuc/123", None, "80"),  # subdomain of the provincial portal
        (None, "Báo Trà Vinh", "84"),  # the provincial newspaper
        ("https://m.thvl.vn/?p=1", None, "86"),  # the provincial broadcaster (mobile subdomain)
        ("http://bptv.vn/?p=42", None, "70"),  # another provincial broadcaster, addressed by post id only
        ("http://www.cucthongkekg.gov.vn/news.php?id=7", None, "91"),  # a provincial statistics office
        ("https://example.org/bai-viet", None, None),  # no evidence: unknown, not guessed
    ],
)
def test_province_from_source_when_the_text_names_none(lex, source_url, publisher, province):
    from pipelines.ingest.metadata import province as derive

    text = "Triển khai kế hoạch phát triển kinh tế - xã hội năm 2024\n\nUBND tỉnh giao Sở Tài chính chủ trì."
    assert derive(text, source_url, publisher, lex) == province


def test_province_named_in_the_text_wins_over_the_source(lex):
    from pipelines.ingest.metadata import province as derive

    text = "Cần Thơ đặt mục tiêu tăng trưởng 8%\n\nUBND thành phố Cần Thơ giao Sở Tài chính chủ trì."
    assert derive(text, "https://longan.gov.vn/x", None, lex) == "92"
