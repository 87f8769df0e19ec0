"""A document's vision written without its lead word (issue 8, round 29).

"tầm nhìn 2035" and "tầm nhìn năm 2030" name the vision year as "tầm nhìn đến năm 2035" does, and
a direction "định hướng năm 2030" after a plan's horizon is its vision as "định hướng đến năm 2030"
is. A direction that is no later than the plan's end stays no vision. Texts of our own.
"""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_vision_year_written_right_after_the_vision_word(lex):
    text = (
        "Căn cứ Quyết định số 215/QĐ-UBND ngày 4/3/2019 của UBND tỉnh ban hành Kế hoạch phát triển du lịch "
        "cộng đồng đến năm 2025, tầm nhìn 2035;"
    )
    assert docs(text, lex) == {
        "215/QĐ-UBND": ("decision", "provincial_peoples_committee", "2019-03-04", None, 2025, 2035)
    }


def test_vision_year_written_with_the_year_noun_only(lex):
    text = (
        "Thực hiện Đề án số 77/ĐA-UBND ngày 10/5/2022 của UBND tỉnh về phát triển nông nghiệp hữu cơ giai "
        "đoạn 2022 - 2025, tầm nhìn năm 2030, các huyện rà soát quỹ đất."
    )
    assert docs(text, lex) == {"77/ĐA-UBND": ("other", "provincial_peoples_committee", "2022-05-10", 2022, 2025, 2030)}


def test_direction_with_the_year_noun_only_is_the_vision(lex):
    text = (
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 8/4/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phát "
        "triển thương mại điện tử quốc gia đến năm 2025, định hướng năm 2030;"
    )
    assert docs(text, lex) == {"318/QĐ-TTg": ("decision", "prime_minister", "2021-04-08", None, 2025, 2030)}


def test_direction_within_the_plan_period_is_no_vision(lex):
    text = (
        "Căn cứ Kế hoạch số 90/KH-UBND ngày 2/2/2024 của UBND tỉnh về phát triển kinh tế số giai đoạn "
        "2021 - 2025, định hướng năm 2025;"
    )
    assert docs(text, lex) == {"90/KH-UBND": ("plan", "provincial_peoples_committee", "2024-02-02", 2021, 2025, None)}
