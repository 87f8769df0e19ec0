"""A sentence that narrates work done ("đã trồng được N ha") after a sentence that states the
year's plan (round 53): with no cue of its own it would go on with the plan's target; its past
word ("đã", ``past_lead``, with its tones) makes it a report of progress, no row, as "Đến nay, ...
đã trồng được" is. A plain sentence after the plan with no past word still goes on with it."""

from __future__ import annotations

from pipelines.extract.article import extract_article
from tests.helpers.indicator_rows import article_record


def _keys(text: str, lex, units) -> list[tuple]:
    rows = extract_article(article_record(text, None), lex, units)["indicators"]
    return sorted((r["indicator_code"] or r["label_vi"], r["value_low"], r["target_year"]) for r in rows)


def test_work_done_after_the_plan_is_no_target(lex, units):
    text = (
        "An Bình trồng rừng vượt tiến độ\n\n"
        "Năm 2024, tỉnh An Bình có kế hoạch trồng mới 12.000 ha rừng. Các huyện đã trồng được 10.150 ha, "
        "tập trung ở vùng đồi thấp."
    )
    assert _keys(text, lex, units) == [("AFFORESTATION_AREA", 12000.0, 2024)]


def test_a_plain_sentence_after_the_plan_goes_on_with_it(lex, units):
    text = (
        "An Bình trồng rừng vượt tiến độ\n\n"
        "Năm 2024, tỉnh An Bình có kế hoạch trồng mới 12.000 ha rừng. Rừng gỗ lớn chiếm 3.000 ha."
    )
    assert _keys(text, lex, units) == [("AFFORESTATION_AREA", 12000.0, 2024), ("Rừng gỗ lớn", 3000.0, 2024)]
