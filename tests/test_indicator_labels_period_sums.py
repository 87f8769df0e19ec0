"""A period sum's label keeps the period its sentence names (CONVENTIONS, session 44), also for a
row with no code and a period opened by "Trong" that frames two figures of its sentence.
Sentences invented for these tests."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Kế hoạch\n\n" + text, lex, units, 2022)
    return sorted((r["indicator_code"] or "", r["label_vi"], r["value_low"]) for r in found)


def test_a_period_opened_by_trong_frames_both_figures_of_its_sentence(lex, units):
    text = (
        "Trong giai đoạn 2021-2025, doanh thu du lịch sẽ đạt 8.500 tỷ đồng và khách tham quan "
        "du lịch đạt 16 triệu lượt."
    )
    found = labels(text, lex, units)
    assert ("", "doanh thu du lịch giai đoạn 2021-2025", 8500.0) in found
    assert len(found) == 2  # the two figures, no more
    assert any(code == "" and label.endswith("giai đoạn 2021-2025") and v == 16e6 for code, label, v in found)


def test_an_uncoded_sum_keeps_the_period_written_before_its_figure(lex, units):
    text = "Tỉnh dự kiến nhu cầu vốn thực hiện giai đoạn 2022-2025 là hơn 300 tỷ đồng."
    assert [label for _, label, _ in labels(text, lex, units)] == ["dự kiến nhu cầu vốn thực hiện giai đoạn 2022-2025"]
