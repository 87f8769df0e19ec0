"""Text is data: markup, control characters and Unicode forms are dealt with at ingest, in linear time
(the time is measured by ``python -m benchmarks.ingest_scaling``, not asserted here)."""

from __future__ import annotations

import unicodedata

import pytest

from pipelines.ingest.articles import article_row
from pipelines.ingest.clean import clean_text
from pipelines.ingest.markup import strip_markup

LEAD = (
    "Kế hoạch năm 2025 của tỉnh Long An\n\nTỉnh phấn đấu tăng trưởng kinh tế khoảng 8% và thu ngân sách vượt dự toán.\n"
)


def test_control_characters_are_stripped_line_breaks_kept(lex):
    raw = (
        "Kế hoạch\x07 năm 2025\tcủa tỉnh\x1b[31m Long An\r\n\r\nTỉnh phấn đấu\x00 tăng trưởng\x0b khoảng 8%"
        "\u202e và thu ngân sách\x85vượt dự toán.\x7f\x9b"
    ).encode("utf-8")
    text = clean_text(raw, "x.txt", lex.chrome_rules)
    assert text == (
        "Kế hoạch năm 2025 của tỉnh[31m Long An\n\nTỉnh phấn đấu tăng trưởng khoảng 8% và thu ngân sách\nvượt dự toán."
    )
    assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in text)


def test_text_is_nfc(lex):
    decomposed = unicodedata.normalize("NFD", LEAD)
    assert decomposed != LEAD
    assert clean_text(decomposed.encode(), "x.txt", lex.chrome_rules) == LEAD.strip()


def test_markup_is_removed_before_chrome_and_title(lex):
    raw = (
        "<html><head><script>alert('x')</script></head><body><nav>Trang chủ &gt; Tin tức</nav>"
        "<h1>Kế hoạch năm 2025 của tỉnh Long An</h1><p>Lượt xem: 12</p>"
        "<p>Tỉnh phấn đấu tăng trưởng&nbsp;khoảng 8%&#59; Sở KH&amp;ĐT theo dõi.</p>"
        "<style>p{margin:0}</style><!-- chân trang --></body></html>"
    ).encode()
    row = article_row("html-2025", raw, None, lex)
    assert row["title"] == "Kế hoạch năm 2025 của tỉnh Long An"
    assert row["text"] == (
        "Kế hoạch năm 2025 của tỉnh Long An\n\nTỉnh phấn đấu tăng trưởng khoảng 8%; Sở KH&ĐT theo dõi."
    )
    assert row["province_code"] == "80"


def test_plain_text_keeps_comparison_signs_and_ampersands():
    text = "Tỷ lệ hộ nghèo <2% và GRDP > 7%; Sở KH&ĐT và Sở TN&MT"
    assert strip_markup(text) == text


@pytest.mark.parametrize(
    "attack",
    [
        "<script>" * 20000,  # unclosed raw-text blocks
        "<a " * 20000,  # unclosed tags
        "<!--" * 20000,  # unclosed comments
        "<p>" + "(Ảnh: x " * 20000,  # caption pattern with no closing bracket on one line
        "x (ảnh minh họa: " * 20000,
    ],
)
def test_hostile_markup_and_long_lines_keep_the_text_around_them(lex, attack):
    """Unclosed blocks, tags, comments and captions thousands of times over neither swallow the
    lead before them nor raise; how long they take is a figure of ``python -m benchmarks.ingest_scaling``."""
    raw = (LEAD + attack + "\n" + LEAD).encode()
    text = clean_text(raw, "x.txt", lex.chrome_rules)
    assert text.startswith(LEAD.strip())


def test_a_date_marker_survives_the_chrome_it_opens():
    import re

    from pipelines.ingest.clean import ChromeRule, strip_chrome

    caption = [ChromeRule(re.compile(r".+ - ảnh: .+", re.IGNORECASE), "drop_line")]
    text = "date 2025-03-04 Quang cảnh buổi làm việc - Ảnh: Thu Hà\nChiều 4/3, tỉnh họp bàn kế hoạch."
    assert strip_chrome(text, caption) == "date 2025-03-04\nChiều 4/3, tỉnh họp bàn kế hoạch."
