"""A text whose own title names a plan implementing another numbered text takes the period the
other text's name carries, also past its date and issuer, or when a decision issues that plan
(CONVENTIONS, Documents, sessions 33, 35 and 36). Short texts of our own."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_plan_about_implementing_a_resolution_takes_the_period_of_its_name(lex):
    text = (
        "Ngày 5/9/2023, UBND tỉnh ban hành Kế hoạch số 3120/KH-UBND về thực hiện Nghị quyết số 41/NQ-CP ngày "
        "3/4/2023 của Chính phủ về Chương trình phục hồi kinh tế giai đoạn 2022 - 2025 trên địa bàn tỉnh."
    )
    found = docs(text, lex)
    assert found["3120/KH-UBND"][3:] == (2022, 2025, None)
    assert found["41/NQ-CP"][3:] == (2022, 2025, None)  # its own subject names the period: it keeps it


def test_plans_cited_with_date_and_issuer_take_the_horizon_down_a_chain(lex):
    text = (
        "Căn cứ Kế hoạch số 88-KH/TU ngày 12/3/2021 của\nTỉnh ủy triển khai thực hiện Nghị quyết số 36-NQ/TW "
        "ngày 22/10/2018 của Bộ Chính trị về phát triển bền vững kinh tế biển đến năm 2030, tầm nhìn đến năm 2045;\n"
        "Căn cứ Kế hoạch số 57/KH-UBND ngày 2/4/2021 của\nUBND tỉnh thực hiện Kế hoạch số 88-KH/TU ngày "
        "12/3/2021 của Tỉnh ủy thực hiện\nNghị quyết số 36-NQ/TW ngày 22/10/2018 của Bộ Chính trị về phát triển "
        "bền vững kinh tế biển đến năm 2030, tầm nhìn đến năm 2045;\n"
    )
    found = docs(text, lex, "38")
    assert found["88-KH/TU"][3:] == (None, 2030, 2045)
    assert found["57/KH-UBND"][3:] == (None, 2030, 2045)


def test_a_decision_issuing_a_plan_that_implements_a_strategy_takes_its_period(lex):
    text = (
        "Thực hiện Quyết định số 905/QĐ-BNN-TS ngày 2/3/2022 của Bộ Nông nghiệp và Phát triển nông thôn về "
        "việc ban hành Kế hoạch hành động thực hiện Quyết định số 300/QĐ-TTg ngày 1/2/2021 của Thủ tướng Chính "
        "phủ phê duyệt Chiến lược phát triển thủy sản giai đoạn 2021 - 2030, tầm nhìn 2045; UBND tỉnh ban hành."
    )
    assert docs(text, lex)["905/QĐ-BNN-TS"][3:] == (2021, 2030, 2045)
    # a decision that issues no plan does not take the period of the text it implements
    bare = text.replace("Bộ Nông nghiệp và Phát triển nông thôn về việc ban hành Kế hoạch hành động", "Bộ Tài chính")
    assert docs(bare, lex)["905/QĐ-BNN-TS"][3:] == (None, None, None)


def test_a_text_sharing_the_title_of_the_next_keeps_no_period_when_a_plan_implements_both(lex):
    text = (
        "UBND tỉnh vừa ban hành Kế hoạch số 2210/KH-UBND triển khai thực hiện Nghị quyết số 7/NQ-CP của Chính "
        "phủ và Kế hoạch số 3-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển hạ tầng số giai đoạn 2025 - 2026."
    )
    found = docs(text, lex)
    assert found["2210/KH-UBND"][3:] == (2025, 2026, None)
    assert found["7/NQ-CP"][3:] == (None, None, None)
