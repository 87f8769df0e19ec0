"""Body names however they are written (issue 8): abbreviations, punctuation and the words
around a name. Short texts of our own; the curated tables as they are."""

from __future__ import annotations

import pytest

from pipelines.extract.assignments import assignment_rows
from pipelines.text.matcher import TokenNormaliser
from pipelines.text.segment import paragraphs
from tests.helpers.assignment_roles import cited_roles


def codes(text: str, lex) -> list[str]:
    return [m.value[0] for m in lex.bodies.find(text)]


def roles(text: str, lex, province: str = "33") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


@pytest.mark.parametrize(
    "written, code",
    [
        ("Ủy ban nhân dân các huyện thị xã và TP", "DISTRICT_PCS"),  # full form, no commas, abbreviated level
        ("Sở Nông nghiệp & PTNT", "DARD"),  # half abbreviated
        ("Sở Nông nghiệp & Môi trường", "DAE"),  # the merged department with "&"
        ("Sở Văn hóa, Thể thao & Du lịch", "DCST"),  # not the shorter "Sở Văn hóa, Thể thao" (DCS)
        ("Sở Giáo dục & Đào tạo", "DOET"),
        ("Ủy ban nhân dân các xã phường đặc khu", "COMMUNE_PCS"),  # no commas
        ("UBND TPHCM", "PPC"),  # the city's abbreviation without a dot
        ("Thành ủy TPHCM", "PARTY_COMMITTEE"),
        ("Đảng ủy UBND TPHCM", "PPC_PARTY_COMMITTEE"),
    ],
)
def test_a_name_matches_in_any_of_its_written_forms(lex, written, code):
    assert [(m.value[0], m.phrase) for m in lex.bodies.find(f"giao {written} chủ trì")] == [(code, written)]


def test_normalising_keeps_the_offsets_of_the_words_as_written():
    n = TokenNormaliser({",", "va"}, [("Ủy ban nhân dân", "UBND")])
    words, starts, ends = n.spans(
        ["uy", "ban", "nhân", "dân", ",", "tinh"], [0, 3, 7, 12, 15, 17], [2, 6, 11, 15, 16, 21]
    )
    assert (words, starts, ends) == (["⟨ubnd⟩", "tinh"], [0, 17], [15, 21])


def test_lower_case_look_alikes_are_still_no_names(lex):
    assert codes("nâng cấp các cơ sở y tế tuyến xã", lex) == ["DOH"]  # the matcher finds it ...
    assert roles("Tỉnh tập trung nâng cấp các cơ sở y tế tuyến xã.", lex) == set()  # ... the rules drop it


def test_titles_and_tails_keep_a_list_of_bodies_together(lex):
    # A closing article whose bodies are dressed with titles and levels, in our own words.
    text = (
        "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Công an tỉnh, Thủ trưởng các ban, ngành "
        "cấp tỉnh, Chủ tịch UBND các huyện và thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành "
        "Quyết định này."
    )
    assert {c for c, _ in roles(text, lex)} == {"PPC_OFFICE", "POLICE", "PROVINCIAL_AGENCIES", "DISTRICT_PCS"}


def test_a_province_name_after_a_body_belongs_to_it(lex):
    text = "Giao Sở Tài chính tỉnh Hưng Yên, Sở Xây dựng phối hợp triển khai kế hoạch."
    assert {c for c, r in roles(text, lex) if r == "lead"} == {"DOF", "DOC"}


def test_no_two_aliases_of_different_bodies_compare_equal(lex):
    seen: dict = {}
    for alias, code in [(r["alias"], r["body_code"]) for r in lex.tables["body_aliases.csv"].to_dict("records")] + [
        (r["name_vi"], r["body_code"]) for r in lex.tables["body_gazetteer.csv"].to_dict("records")
    ]:
        first = seen.setdefault(lex.bodies.key(alias), (alias, code))
        assert first[1] == code, f"{alias!r} ({code}) compares equal to {first[0]!r} ({first[1]})"


@pytest.mark.parametrize(
    "written, code",
    [
        ("UBND các thị xã, quận, huyện", "DISTRICT_PCS"),  # levels in any order
        ("Ủy ban nhân dân huyện, thành phố, thị xã", "DISTRICT_PCS"),  # a list without "các"
        ("UBND các phường, xã, đặc khu", "COMMUNE_PCS"),
        ("UBND các xã và thị trấn", "COMMUNE_PCS"),
    ],
)
def test_lists_of_local_levels_in_any_order(lex, written, code):
    assert [(m.value[0], m.phrase) for m in lex.bodies.find(f"yêu cầu {written} triển khai")] == [(code, written)]


def test_one_named_district_is_no_collective(lex):
    assert codes("UBND huyện Hòa An báo cáo", lex) == []


def test_a_scope_after_a_comma_still_belongs_to_the_name(lex):
    text = (
        "Điều 5. Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành, thuộc tỉnh; Chủ tịch UBND các "
        "thị xã, huyện và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này."
    )
    assert roles(text, lex) == {
        ("PPC_OFFICE", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("DISTRICT_PCS", "implement"),
    }


def test_a_closing_article_printed_one_addressee_a_line(lex):
    text = "\n".join(
        [
            "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh;",
            "Giám đốc các Sở: Y tế, Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.",
        ]
    )
    assert {c for c, _ in roles(text, lex)} == {"PPC_OFFICE", "DOH", "DOF", "DISTRICT_PCS"}


def test_a_body_asked_to_direct_others_acts(lex):
    text = "Sở Y tế đề nghị UBND các huyện, thị xã chỉ đạo các trạm y tế rà soát danh sách."
    assert roles(text, lex) == {("DISTRICT_PCS", "implement")}


def test_directed_bodies_implement(lex):
    text = "Văn bản chỉ đạo các sở, ban, ngành, cơ quan, đơn vị thuộc tỉnh tăng cường kiểm tra."
    assert roles(text, lex) == {("PROVINCIAL_AGENCIES", "implement")}


def test_the_author_named_in_a_proposal_clause_does_not_advise(lex):
    text = "Theo đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 02/3/2025, UBND tỉnh ban hành Kế hoạch như sau:"
    assert roles(text, lex) == {("DOHA", "advise")}


def test_a_sentence_about_an_earlier_year_reviews_past_work(lex):
    text = (
        "Năm 2025, Sở Y tế làm tốt vai trò tham mưu giúp UBND tỉnh, chủ động phối hợp với các sở, ngành "
        "triển khai nhiều chương trình."
    )
    rows, bodies = assignment_rows("t", text, paragraphs(text), "33", lex, published_year=2026)
    code = {b["body_id"]: b["body_code"] for b in bodies}
    assert {code[r["body_id"]] for r in rows} <= {"DOH"}  # neither the PPC helped nor the agencies


def test_the_office_a_report_goes_through_compiles_it(lex):
    text = "Đề nghị UBND các huyện triển khai và báo cáo Chủ tịch UBND tỉnh (qua Sở Tài chính) trước ngày 20/12."
    assert ("DOF", "report") in roles(text, lex)
    assert not {r for c, r in roles(text, lex) if c == "PPC"}  # the superior only receives


def test_the_body_whose_submission_was_considered_advises(lex):
    text = (
        "Sau khi xem xét Báo cáo, Tờ trình của Ủy ban nhân dân tỉnh về kế hoạch đầu tư công; Báo cáo thẩm "
        "tra của Ban Kinh tế - Ngân sách HĐND tỉnh; ý kiến của đại biểu HĐND tỉnh tại kỳ họp."
    )
    assert roles(text, lex) == {("PPC", "advise")}
