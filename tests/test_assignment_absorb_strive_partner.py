"""Tasks whose verbs the rules misread on news and legal pages (issue 8, round 21).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: bodies told to absorb guidance ("quán triệt"), which is acting on it, not communicating it.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "64") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_absorbing_guidance_is_work_not_communication(lex):
    assigned = "UBND tỉnh giao thủ trưởng các sở, ban, ngành quán triệt và triển khai ngay kết luận này."
    assert roles(assigned, lex) == {("PROVINCIAL_AGENCIES", "lead")}
    asked = "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành cần quán triệt đầy đủ, rà soát lại các giải pháp."
    assert roles(asked, lex) == {("PROVINCIAL_AGENCIES", "implement")}
    # past absorbing is narration
    past = "Năm qua, các sở, ban, ngành đã quán triệt và triển khai các nhiệm vụ được giao."
    assert roles(past, lex) == set()
    # spreading the word is still communication
    spread = "Sở Văn hóa, Thể thao và Du lịch tuyên truyền rộng rãi kế hoạch đến người dân."
    assert ("DCST", "communicate") in roles(spread, lex)
