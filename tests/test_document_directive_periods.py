"""A directive takes the period and vision its own subject names, also when it urges carrying out
a programme of a period named in its own title (sessions 41 and 42); one that asks for a plan sets
none (CONVENTIONS, sessions 27 and 34). Short texts of our
own; the curated tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_directive_on_its_own_subject_takes_its_horizon_and_vision(lex):
    text = (
        "Thực hiện Chỉ thị số 14-CT/TW ngày 12/3/2023 của Ban Bí thư về tăng cường công tác bảo vệ "
        "rừng phòng hộ ven biển đến năm 2030 và tầm nhìn đến năm 2050."
    )
    assert docs(text, lex) == {"14-CT/TW": ("directive", "other", "2023-03-12", None, 2030, 2050)}


def test_a_directive_on_its_own_subject_takes_its_period(lex):
    text = (
        "Căn cứ Chỉ thị số 08/CT-UBND ngày 20/4/2021 của UBND tỉnh về đẩy mạnh ứng dụng công nghệ "
        "thông tin trong trường học giai đoạn 2021 - 2025, định hướng đến năm 2030;"
    )
    assert docs(text, lex) == {
        "08/CT-UBND": ("directive", "provincial_peoples_committee", "2021-04-20", 2021, 2025, 2030)
    }


def test_a_directive_asking_for_a_plan_sets_no_period(lex):
    text = (
        "Căn cứ Chỉ thị số 25/CT-TTg ngày 02/7/2024 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch "
        "phát triển kinh tế - xã hội 5 năm 2026 - 2030;"
    )
    assert docs(text, lex) == {"25/CT-TTg": ("directive", "prime_minister", "2024-07-02", None, None, None)}


def test_a_directive_urging_a_programme_named_in_its_title_takes_its_period(lex):
    # sessions 41 and 42 overturned the older reading ("the programme has it, the directive none")
    text = (
        "Chỉ thị số 03/CT-UBND ngày 9/2/2018 của UBND tỉnh về tăng cường chỉ đạo thực hiện Chương trình "
        "mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020."
    )
    assert docs(text, lex) == {
        "03/CT-UBND": ("directive", "provincial_peoples_committee", "2018-02-09", 2016, 2020, None)
    }
