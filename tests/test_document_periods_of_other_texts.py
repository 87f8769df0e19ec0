"""Documents of session 20 (sets 19 and 20), on texts of our own: a submission names the
vision of the plan it submits, a conclusion the period of the programme it serves (neither is
their own), and an older code of a ministry."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def docs(text: str, lex, province: str = "33") -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, province, lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (r["doc_type"], r["issuer"], r["period_start"], r["period_end"], r["vision_year"])
    return out


def test_a_submission_takes_no_vision_of_the_plan_it_submits(lex):
    text = (
        "Xét Tờ trình số 77/TTr-UBND ngày 02 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh về việc đề nghị "
        "thông qua Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;"
    )
    assert docs(text, lex)["77/TTr-UBND"][2:] == (None, None, None)
    # the plan itself keeps its period and vision
    plan = "Căn cứ Quyết định số 12/QĐ-TTg ngày 3/1/2024 phê duyệt Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050;"
    assert docs(plan, lex)["12/QĐ-TTg"][2:] == (2021, 2030, 2050)


def test_a_conclusion_takes_no_period_of_the_programme_it_serves(lex):
    text = (
        "Ban Thường vụ Tỉnh ủy ban hành kết luận số 45-KL/TU ngày 10/4/2016 về cơ chế hỗ trợ thực hiện "
        "Chương trình giảm nghèo giai đoạn 2016-2020."
    )
    assert docs(text, lex)["45-KL/TU"][2:] == (None, None, None)


def test_an_older_ministry_code(lex):
    text = "Căn cứ Thông tư số 05/2009/TT-BKH ngày 02/3/2009 của Bộ Kế hoạch và Đầu tư hướng dẫn lập kế hoạch;"
    assert docs(text, lex)["05/2009/TT-BKH"][1] == "ministry"
