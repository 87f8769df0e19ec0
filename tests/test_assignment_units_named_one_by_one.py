"""Districts or communes named one by one after a collective's words are not the collective
(CONVENTIONS, session 33: "02 huyện Lệ Thủy, Quảng Ninh" is no DISTRICT_PCS; a body the gazetteer
has no code for gets no row). Sentences of our own.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_district_committees_named_one_by_one_are_no_collective(lex):
    text = "UBND tỉnh giao UBND các huyện Đức Hòa, Thủ Thừa và Tân Trụ tổ chức lễ công bố xã đạt chuẩn."
    assert cited_roles(text, lex, "80") == set()


def test_communes_named_one_by_one_are_no_collective(lex):
    text = "Yêu cầu UBND các xã Tân Lập, Hòa Bình rà soát danh sách hộ nghèo."
    assert cited_roles(text, lex, "80") == set()


def test_the_collective_itself_keeps_its_code(lex):
    text = "UBND tỉnh giao UBND các huyện, thị xã, thành phố tổ chức lễ công bố xã đạt chuẩn."
    assert cited_roles(text, lex, "80") == {("DISTRICT_PCS", "lead")}
    other = "Giao UBND các huyện chủ trì, phối hợp với Sở Tài chính rà soát nguồn vốn."
    assert cited_roles(other, lex, "80") == {("DISTRICT_PCS", "lead"), ("DOF", "support")}


def test_a_collective_of_several_kinds_ending_in_the_city_name_keeps_its_code(lex):
    text = "UBND tỉnh giao UBND các huyện, thị xã, thành phố Vinh tổ chức lễ công bố xã đạt chuẩn."
    assert cited_roles(text, lex, "40") == {("DISTRICT_PCS", "lead")}
    joined = "Yêu cầu UBND các huyện và thành phố Điện Biên Phủ rà soát danh sách hộ nghèo."
    assert ("DISTRICT_PCS", "implement") in cited_roles(joined, lex, "11")
