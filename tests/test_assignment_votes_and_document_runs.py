"""Bodies named at a conference's vote, and proposers named after a run of documents (issue 8,
round 22).

Each test states one kind of text, on short texts of our own, with the curated tables as they
are: members voting to adopt a programme at a conference.
"""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "42") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_a_vote_to_adopt_a_programme_is_narration(lex):
    vote = (
        "Thường trực Tỉnh ủy và các đại biểu dự hội nghị biểu quyết thông qua Chương trình hành động "
        "của Tỉnh ủy thực hiện Nghị quyết Đại hội."
    )
    assert roles(vote, lex) == set()
    # the adopted programme's own task for a body is still read
    task = "Giao Thường trực Tỉnh ủy chỉ đạo thực hiện Chương trình hành động."
    assert ("PARTY_STANDING_BOARD", "lead") in roles(task, lex)
