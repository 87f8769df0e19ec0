"""A term of office is no document's period (session 19, class D1), on texts of our own: the
period after "nhiệm kỳ" belongs to a post, a council or a congress, not to the decision or
resolution that names it; a plan's own period beside such a term is still read."""

from __future__ import annotations

import pytest

from tests.helpers.document_rows import periods


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Tại hội nghị, tỉnh công bố Quyết định số 1120/QĐ-TTg của Thủ tướng Chính phủ phê chuẩn kết quả "
            "miễn nhiệm chức vụ Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026 đối với một cán bộ.",
            "1120/QĐ-TTg",
        ),
        (
            "Sở Nội vụ trao Quyết định số 88/QĐ-UBND điều động cán bộ giữ chức Phó Giám đốc Sở nhiệm kỳ 2020-2025.",
            "88/QĐ-UBND",
        ),
        (
            "Thường trực HĐND tỉnh trao Nghị quyết số 17/NQ-HĐND xác nhận kết quả bầu bổ sung Ủy viên "
            "Thường trực HĐND tỉnh khóa X, nhiệm kỳ 2021–2026.",
            "17/NQ-HĐND",
        ),
    ],
)
def test_a_term_of_office_is_no_documents_period(lex, text, number):
    assert periods(text, lex)[number] == (None, None)


def test_a_plans_period_beside_a_term_is_still_its_own(lex):
    text = (
        "Tỉnh ủy ban hành Chương trình số 05-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ "
        "2020 - 2025 về phát triển kinh tế số giai đoạn 2021 - 2025."
    )
    assert periods(text, lex)["05-CTr/TU"] == (2021, 2025)
    plan = "UBND tỉnh ban hành Kế hoạch số 210/KH-UBND về phát triển du lịch giai đoạn 2021 - 2026."
    assert periods(plan, lex)["210/KH-UBND"] == (2021, 2026)
