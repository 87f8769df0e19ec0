"""Property tests: ingest never crashes on random or mutated pages; its output is clean text."""

from __future__ import annotations

import os
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.ingest.articles import article_row
from pipelines.ingest.clean import ArticleError

EXAMPLES = int(os.environ.get("PLANDATA_FUZZ_EXAMPLES", "200"))
PIECES = [
    "ỦY BAN NHÂN DÂN\n",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    "Số: 12/QĐ-UBND\n",
    "QUYẾT ĐỊNH\n",
    "Long An, ngày 02 tháng 5 năm 2024\n",
    "Chiều 4/2, ",
    "18/02/2025 09:02 AM\n",
    "date 2024-11 ",
    "Lượt xem: 12\n",
    "Bài gốc\n",
    "<p>",
    "</p>",
    "<script>",
    "&nbsp;",
    "&amp;",
    "Trang chủ > Tin tức\n",
    "(Ảnh: X)\n",
    "Tin liên quan\n",
    "tăng trưởng 8%",
    "\x00",
    "\x1b",
    "\t",
    "\r\n",
    "\u202e",
    "B\n",
    "\n\n",
]
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check(row: dict) -> None:
    text = row["text"]
    assert unicodedata.normalize("NFC", text) == text
    assert not any(unicodedata.category(c) == "Cc" and c != "\n" for c in text)
    assert isinstance(row["title"], str) and len(row["title"]) <= 300 * 6


@SETTINGS
@given(raw=st.binary(max_size=3000))
def test_random_bytes_never_crash(lex, raw):
    try:
        _check(article_row("fuzz", raw, {"source_url": "https://longan.gov.vn/2024/05/02/x"}, lex))
    except ArticleError:
        pass


@SETTINGS
@given(parts=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=60))
def test_page_like_texts_never_crash(lex, parts):
    try:
        _check(article_row("fuzz", "".join(parts).encode("utf-8", "surrogatepass"), None, lex))
    except (ArticleError, UnicodeEncodeError):
        pass
