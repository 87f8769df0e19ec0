"""The word "chỉ đạo" used as a noun after "là" ("Đó là chỉ đạo của Chủ tịch UBND tỉnh tại
buổi họp ...") names the words reported, not a directive of the paragraph: the bodies that open
the later sentences (an attendance list) are told to do nothing (audit 50; sets 60 and audit 48
write the same opening). Texts of our own."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def roles(text: str, lex, province: str = "40") -> set[tuple[str, str]]:
    return cited_roles(text, lex, province)


def test_attendance_after_the_noun_is_no_directed_work(lex):
    text = (
        "Các xã vùng cao cần chủ động hơn nữa trong giảm nghèo bền vững. Đây là chỉ đạo chung của "
        "Chủ tịch UBND tỉnh Trần Văn Bình tại buổi làm việc với huyện Quế Sơn sáng qua. Cùng dự buổi "
        "làm việc có lãnh đạo: Sở Tài chính; Sở Y tế, Sở Xây dựng."
    )
    got = roles(text, lex)
    assert not {code for code, _ in got} & {"DOF", "DOH", "DOC"}


def test_the_verb_still_directs(lex):
    text = (
        "Chủ tịch UBND tỉnh Trần Văn Bình chỉ đạo rà soát các quy hoạch vùng cao. Sở Xây dựng đẩy nhanh "
        "việc lập quy hoạch phân khu."
    )
    assert ("DOC", "implement") in roles(text, lex)


def test_directives_counted_as_nouns_direct_nobody(lex):
    text = (
        "Huyện đã quán triệt các chỉ đạo của Trung ương về chuyển đổi số. Sở Khoa học và Công nghệ "
        "giới thiệu các nền tảng số dùng chung."
    )
    assert ("DOST", "implement") not in roles(text, lex)
