"""A text that adjusts a plan of a period takes that period and vision (CONVENTIONS, session
33): "Quy hoạch ... thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 vừa được điều chỉnh theo Quyết
định số ..." names the adjusted plan as the subject of a passive, as "được ... phê duyệt tại"
does. Sentences of our own."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def periods(text: str, lex) -> dict[str, tuple]:
    return {
        r["doc_number"]: (r["period_start"], r["period_end"], r["vision_year"])
        for r in document_rows("a", text, "52", lex)
    }


def test_a_plan_adjusted_by_a_decision_gives_it_the_plans_period(lex):
    text = (
        "Quy hoạch phát triển vùng ven biển thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 vừa được điều chỉnh "
        "theo Quyết định số 915/QĐ-UBND ngày 4/9/2025 của UBND tỉnh để phù hợp với địa giới mới."
    )
    assert periods(text, lex) == {"915/QĐ-UBND": (2021, 2030, 2050)}


def test_a_plan_adjusted_at_a_decision_gives_it_the_plans_horizon(lex):
    text = (
        "Quy hoạch tổng thể phát triển du lịch của tỉnh đến năm 2020 và định hướng đến năm 2030 đã được UBND tỉnh "
        "điều chỉnh tại Quyết định số 310/QĐ-UBND ngày 15/3/2017."
    )
    assert periods(text, lex) == {"310/QĐ-UBND": (None, 2020, 2030)}


def test_a_decision_adjusted_by_another_names_no_plan(lex):
    text = "Mức hỗ trợ đã được điều chỉnh theo Quyết định số 77/QĐ-UBND ngày 2/2/2024 của UBND tỉnh."
    assert periods(text, lex) == {"77/QĐ-UBND": (None, None, None)}
