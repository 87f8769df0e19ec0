"""A stored page may open with the scraper's date marker on the headline's line ("date 2025-09-30
Lai Châu phấn đấu trở thành ..."): the marker records when the page was taken, so a row read from
that line neither quotes nor labels it. Sentences of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def test_a_becoming_on_the_marker_line_quotes_from_the_subject(lex, units):
    text = (
        "date 2025-09-30 Lai Châu phấn đấu trở thành tỉnh phát triển theo hướng xanh, hiện đại\n\n"
        "Đại hội đã thông qua phương hướng nhiệm kỳ mới."
    )
    rows = cited_indicator_rows(text, lex, units, 2025)
    assert [(r["indicator_code"], r["comparator"]) for r in rows] == [(None, "achieve")]
    assert rows[0]["quote"].startswith("Lai Châu phấn đấu")
    assert (
        rows[0]["label_vi"] == "tỉnh phát triển theo hướng xanh"
    )  # a becoming's label is the kind reached (session 44)
