"""A text about the making of plans names the plans' period, not its own (session 24; gold of
sets 17 and 26). Short texts of our own; the curated tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_resolution_on_the_quality_of_plans_sets_no_period(lex):
    text = (
        "Căn cứ Nghị quyết số 70/2022/QH15 ngày 16 tháng 6 năm 2022 của Quốc hội về một số giải pháp "
        "đẩy nhanh tiến độ lập và nâng cao chất lượng\nquy hoạch thời kỳ 2021 - 2030;"
    )
    assert docs(text, lex)["70/2022/QH15"][3:] == (None, None, None)


def test_a_decision_approving_a_plan_keeps_its_period(lex):
    plan = (
        "Căn cứ Quyết định số 513/QĐ-TTg ngày 04/5/2023 của Thủ tướng Chính phủ phê duyệt quy hoạch "
        "tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;"
    )
    assert docs(plan, lex)["513/QĐ-TTg"][3:] == (2021, 2030, 2050)


def test_a_decision_approving_an_outline_or_the_task_of_a_strategy_sets_no_period(lex):
    # an approved outline is a drafting step (CONVENTIONS session 43), as the task of drawing up is (session 27)
    text = (
        "Căn cứ Quyết định số 118/QĐ-UBND ngày 2/3/2021 của UBND tỉnh phê duyệt Đề cương Chiến lược phát "
        "triển nông nghiệp đến năm 2030, tầm nhìn đến năm 2045;\n"
        "Căn cứ Quyết định số 907/QĐ-UBND ngày 9/8/2021 của UBND tỉnh phê duyệt Nhiệm vụ Chiến lược phát "
        "triển nông nghiệp đến năm 2030, tầm nhìn đến năm 2045;\n"
    )
    found = docs(text, lex)
    assert found["118/QĐ-UBND"][3:] == (None, None, None)
    assert found["907/QĐ-UBND"][3:] == (None, None, None)
    # the strategy itself, once approved, has it
    approved = text.replace("phê duyệt Đề cương Chiến lược", "phê duyệt Chiến lược")
    assert docs(approved, lex)["118/QĐ-UBND"][3:] == (None, 2030, 2045)
