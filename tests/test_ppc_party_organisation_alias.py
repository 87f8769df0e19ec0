""" "Ban Chấp hành Đảng bộ UBND tỉnh" is the executive committee of the People's Committee's Party
organisation (PPC_PARTY_COMMITTEE, as "Đảng ủy UBND tỉnh"), not the People's Committee: a text
of it names no PPC actor (curated alias, body_aliases.csv)."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_a_programme_of_the_ppc_party_organisation_gives_the_ppc_nothing(lex):
    text = (
        "Thực hiện Chương trình hành động số 03-CTr/ĐU ngày 10/10/2025 của Ban Chấp hành Đảng bộ "
        "UBND tỉnh thực hiện Nghị quyết Đại hội Đảng bộ, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
        "với các nội dung như sau:"
    )
    assert cited_roles(text, lex, "40", 2026) == set()


def test_the_ppc_party_organisation_acting_is_not_the_ppc(lex):
    text = "Ban Chấp hành Đảng bộ UBND tỉnh triển khai Nghị quyết đến các chi bộ trực thuộc."
    assert cited_roles(text, lex, "40", 2026) == {("PPC_PARTY_COMMITTEE", "implement")}
