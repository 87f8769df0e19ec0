"""A news site's weather strip ("Hà Nội 19 °C", "• Đà Nẵng Đà Nẵng 21°C") is chrome: its city
names are no province the page is about (chrome.csv)."""

from __future__ import annotations

from pipelines.ingest.clean import clean_text

LEAD = "Kinh tế của tỉnh tăng trưởng khá trong quý đầu năm."


def test_weather_lines_are_dropped(lex):
    raw = f"Hà Nội 18 °C\nHải Phòng 20 °C\n  • Hà Nội Hà Nội 18°C\n{LEAD}"
    assert clean_text(raw.encode(), "x.txt", lex.chrome_rules) == LEAD


def test_a_temperature_in_a_sentence_stays(lex):
    raw = f"{LEAD}\nNhiệt độ trung bình năm của tỉnh là 26 °C."
    assert clean_text(raw.encode(), "x.txt", lex.chrome_rules) == raw
