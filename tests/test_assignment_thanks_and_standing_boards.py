"""A speaker's thanks is narration: those thanked for helping, and the body in the speaker's
title, are given no work; a body's standing board named for it acts for it. Short texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_thanks_for_help_in_a_closing_speech_gives_no_task(lex):
    text = (
        "Bế mạc đại hội, ông Lê Văn Nam - Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025 - gửi lời cảm ơn các đồng chí, "
        "cán bộ và nhân dân đã đồng hành, giúp đỡ ông hoàn thành nhiệm vụ trong những năm qua."
    )
    assert cited_roles(text, lex, "64") == set()
    other = "Bí thư Tỉnh ủy cám ơn nhân dân đã giúp ông hoàn thành nhiệm vụ."
    assert cited_roles(other, lex, "64") == set()


def test_a_request_after_the_thanks_still_assigns(lex):
    text = "UBND tỉnh cảm ơn các sở đã phối hợp; yêu cầu Sở Tài chính hoàn thành nhiệm vụ trước ngày 1/12/2025."
    assert cited_roles(text, lex, "64") == {("DOF", "implement")}


def test_the_youth_unions_standing_board_acts_for_the_union(lex):
    # "giao" right before the board: the union leads, and communicates what it hands down
    text = "UBND tỉnh giao Ban Thường vụ Tỉnh đoàn phổ biến, quán triệt chỉ thị đến đoàn viên."
    assert cited_roles(text, lex, "62") == {("YOUTH_UNION", "lead"), ("YOUTH_UNION", "communicate")}
