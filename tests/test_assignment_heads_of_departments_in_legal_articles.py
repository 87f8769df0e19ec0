"""Heads of the province's departments named as a collective in a decision's articles (issue 8).

"Giám đốc các sở, ngành" and "các Giám đốc Sở, Thủ trưởng ban, ngành, đơn vị thuộc tỉnh" name the
departments by the title of their heads (``body_aliases.csv``), as "Thủ trưởng các sở, ngành"
does: ``PROVINCIAL_AGENCIES``. Unread, the first leaves the departments out of a run of bodies
before the verb, and the second stops an execution article's ';'-separated run, so the bodies
before it lost their ``implement`` rows. Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_heads_of_departments_and_district_chairs_draw_up_schemes(lex):
    text = (
        "Điều 2. Trên cơ sở Kế hoạch này, Giám đốc các sở, ngành và Chủ tịch Ủy ban nhân dân các "
        "huyện, thị xã có trách nhiệm cụ thể hóa thành chương trình công tác của đơn vị mình."
    )
    assert cited_roles(text, lex, "45") == {("PROVINCIAL_AGENCIES", "implement"), ("DISTRICT_PCS", "implement")}


def test_execution_article_with_the_heads_of_departments_between_semicolons(lex):
    text = (
        "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; các Giám đốc Sở, Thủ trưởng ban, ngành, đơn vị "
        "thuộc tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã và các cá nhân có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./."
    )
    assert cited_roles(text, lex, "45") == {
        ("PPC_OFFICE", "implement"),
        ("PROVINCIAL_AGENCIES", "implement"),
        ("DISTRICT_PCS", "implement"),
    }
