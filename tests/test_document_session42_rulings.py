"""Session 42's rulings on documents: a conclusion or notice whose own subject is a plan of a
period, or its adoption, takes that period; one that only serves such a text, or announces a
meeting's conclusions, sets none (CONVENTIONS, session 42). Short texts of our own; the curated
tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_conclusion_on_a_plan_of_a_period_takes_its_period_and_vision(lex):
    text = (
        "Căn cứ Kết luận số 45-KL/TW, ngày 12/6/2023 của Bộ Chính trị về Quy hoạch vùng Tây Nguyên "
        "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;"
    )
    assert docs(text, lex) == {"45-KL/TW": ("other", "other", "2023-06-12", 2021, 2030, 2050)}


def test_a_notice_adopting_a_scheme_takes_its_horizon_and_vision(lex):
    text = (
        "Căn cứ Thông báo số 455-TB/TU ngày 10/4/2022 của Tỉnh ủy Gia Lai về việc thông qua Đề án "
        "phát triển cà phê Gia Lai đến năm 2030, tầm nhìn đến năm 2040;"
    )
    assert docs(text, lex) == {"455-TB/TU": ("other", "provincial_party_committee", "2022-04-10", None, 2030, 2040)}


def test_a_conclusion_serving_a_programme_sets_no_period(lex):
    text = (
        "Căn cứ Kết luận số 12-KL/TU ngày 2/3/2017 của Tỉnh ủy về cơ chế hỗ trợ để thực hiện Chương "
        "trình giảm nghèo giai đoạn 2016 - 2020;"
    )
    assert docs(text, lex) == {"12-KL/TU": ("other", "provincial_party_committee", "2017-03-02", None, None, None)}


def test_a_notice_of_a_meetings_conclusions_sets_no_period(lex):
    text = (
        "Căn cứ Thông báo số 88/TB-UBND ngày 2/3/2022 của UBND tỉnh về kết luận của Chủ tịch UBND tỉnh "
        "tại cuộc họp về Kế hoạch đầu tư công giai đoạn 2021 - 2025;"
    )
    assert docs(text, lex) == {"88/TB-UBND": ("other", "provincial_peoples_committee", "2022-03-02", None, None, None)}


def test_a_circular_guiding_a_procedure_for_a_period_takes_it_past_a_comma(lex):
    text = (
        "Căn cứ Thông tư số 09/2021/TT-BLĐTBXH ngày 20/5/2021 của Bộ Lao động - Thương binh và Xã hội "
        "hướng dẫn cách xác định hộ làm nông, lâm nghiệp có mức sống trung bình áp dụng cho giai đoạn "
        "2022 - 2025;"
    )
    assert docs(text, lex) == {"09/2021/TT-BLĐTBXH": ("other", "ministry", "2021-05-20", 2022, 2025, None)}


def test_a_stray_space_before_the_dot_of_a_symbol_is_dropped(lex):
    # "12/KH -UBND" and "45 .QĐ" (session 42): a space before the dot between the codes too
    text = (
        "Xét Tờ trình số 2184/TTr .UBND ngày 3/10/2019 của UBND tỉnh về dự thảo quy hoạch giao thông;\n"
        "Căn cứ Quyết định số 57/QĐ .UBND-NN ngày 2/4/2018 của UBND tỉnh về vùng trồng chè;"
    )
    found = docs(text, lex)
    assert set(found) == {"2184/TTr.UBND", "57/QĐ.UBND-NN"}
    assert found["2184/TTr.UBND"][:3] == ("other", "provincial_peoples_committee", "2019-10-03")
    assert found["57/QĐ.UBND-NN"][:3] == ("decision", "provincial_peoples_committee", "2018-04-02")
