"""A text that approves or adjusts a plan of a period takes that period and vision (CONVENTIONS,
session 33), also when the sentence names the plan as the object of the approving verb before
the number: "phê duyệt (điều chỉnh) Quy hoạch ... thời kỳ 2021 - 2030, tầm nhìn đến năm 2050
tại / theo Quyết định số ...". Sentences of our own."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def periods(text: str, lex) -> dict[str, tuple]:
    return {
        r["doc_number"]: (r["period_start"], r["period_end"], r["vision_year"])
        for r in document_rows("a", text, "52", lex)
    }


def test_a_plan_approved_by_a_later_named_decision_gives_it_the_plans_period(lex):
    text = (
        "Tỉnh vừa được phê duyệt Quy hoạch phát triển vùng đồi thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 "
        "theo Quyết định số 845/QĐ-TTg do Phó Thủ tướng ký."
    )
    assert periods(text, lex) == {"845/QĐ-TTg": (2021, 2030, 2050)}


def test_an_adjusted_plan_named_before_the_decision_gives_it_its_horizon_and_direction(lex):
    text = (
        "Thủ tướng Chính phủ đã phê duyệt điều chỉnh Quy hoạch tổng thể phát triển vùng trung du đến năm 2020, "
        "định hướng đến năm 2030 (Quy hoạch) tại Quyết định số 311/QĐ-TTg thay thế văn bản trước đó."
    )
    assert periods(text, lex) == {"311/QĐ-TTg": (None, 2020, 2030)}


def test_a_decision_approving_a_planning_task_named_before_it_sets_no_period(lex):
    text = (
        "UBND tỉnh đã phê duyệt nhiệm vụ lập quy hoạch chung đô thị mới thời kỳ 2021 - 2030 "
        "tại Quyết định số 52/QĐ-UBND."
    )
    assert periods(text, lex) == {"52/QĐ-UBND": (None, None, None)}


def test_a_target_above_another_texts_figure_gives_that_text_no_period(lex):
    text = (
        "UBND tỉnh ban hành Quyết định số 61/QĐ-UBND giao chỉ tiêu phấn đấu tăng trưởng 9% giai đoạn 2026 - 2030 "
        "(cao hơn chỉ tiêu giao tại Nghị quyết số 77/NQ-CP)."
    )
    assert periods(text, lex)["77/NQ-CP"] == (None, None, None)
