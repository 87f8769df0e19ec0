"""Documents on real legal pages (issue 8, round 18 b), on texts of our own: an issuer's term
written between the number and a title that names no period, and a department's letter cited
after the department's name, which holds a document noun."""

from __future__ import annotations

from pipelines.extract.documents import document_rows


def docs(text: str, lex, province: str = "33") -> dict[str, tuple]:
    out = {}
    for r in document_rows("a", text, province, lex):
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        out[r["doc_number"]] = (r["doc_type"], r["issuer"], r["period_start"], r["period_end"])
    return out


def test_the_issuers_term_before_a_title_is_no_period(lex):
    text = (
        "Thực hiện Kết luận số 350-KL/TU ngày 02 tháng 12 năm 2023 của Ban Chấp hành Đảng bộ tỉnh "
        "khóa XX, nhiệm kỳ 2020-2025 về dự toán ngân sách địa phương năm 2024;"
    )
    assert docs(text, lex)["350-KL/TU"][2:] == (None, None)
    # a title that names its own period keeps it
    titled = (
        "Căn cứ Nghị quyết số 09-NQ/TU ngày 5/5/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ "
        "2020-2025 về phát triển nông nghiệp giai đoạn 2021-2025, định hướng đến năm 2030;"
    )
    assert docs(titled, lex)["09-NQ/TU"][2:] == (2021, 2025)


def test_a_departments_letter_after_its_name_is_a_letter(lex):
    text = "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Văn bản số 412/SKH-KTN ngày 10/5/2023."
    assert docs(text, lex)["412/SKH-KTN"] == ("official_letter", "other", None, None)
    # a document noun outside a body's name still types the number
    plan = "Triển khai Kế hoạch số 77/SKHĐT-TH ngày 2/3/2024 của Sở."
    assert docs(plan, lex)["77/SKHĐT-TH"][0] == "plan"


def test_a_departments_letter_coded_without_its_department_letter(lex):
    # the planning department also signs as "KHĐT" (without the "S" of "Sở")
    text = "Theo đề nghị của Sở Kế hoạch và Đầu tư tại Văn bản số 905/KHĐT-TH ngày 12/4/2023."
    assert docs(text, lex)["905/KHĐT-TH"] == ("official_letter", "other", None, None)
    # the committee's letter drafted by its planning division keeps the committee as issuer
    drafted = "Căn cứ Công văn số 88/UBND-KHĐT ngày 3/4/2023 của UBND tỉnh."
    assert docs(drafted, lex)["88/UBND-KHĐT"] == ("official_letter", "provincial_peoples_committee", None, None)


def test_the_authors_own_text_after_a_comma_is_no_title_of_the_cited_plan(lex):
    # "..., UBND tỉnh ban hành kế hoạch ... giai đoạn 2026-2030": the author issues its own plan
    cited = (
        "Thực hiện Kế hoạch số 45-KH/TU ngày 10/3/2025 của Tỉnh ủy, UBND tỉnh ban hành kế hoạch thực "
        "hiện giai đoạn 2026-2030 như sau:"
    )
    assert docs(cited, lex)["45-KH/TU"][2:] == (None, None)
    # the issuer of a decision that issues a plan: the plan's period is the title's
    issued = "Căn cứ Quyết định số 12/QĐ-UBND ngày 2/3/2021 của UBND tỉnh ban hành Kế hoạch giai đoạn 2021-2025;"
    assert docs(issued, lex)["12/QĐ-UBND"][2:] == (2021, 2025)


def test_a_text_cited_as_van_ban_is_a_letter_whatever_its_subject_names(lex):
    text = (
        "Thực hiện chỉ đạo của Bộ Kế hoạch và Đầu tư tại văn bản số 3120/BKHĐT-TH ngày 02/7/2020 về khung "
        "hướng dẫn xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025;"
    )
    assert docs(text, lex)["3120/BKHĐT-TH"] == ("official_letter", "ministry", None, None)
