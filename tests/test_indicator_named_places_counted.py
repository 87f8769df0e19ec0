"""A count of lower units written right before the units' own names ("3 huyện Mường Lát, Quan
Sơn ...") numbers the places a sentence speaks of, not a target: no row (CONVENTIONS, Indicators:
"named districts and towns are not" rows, session 37). The recognition of named units ("2 huyện
A, B sẽ được công nhận ...") keeps its row, as before. Texts of our own (other provinces, other
figures)."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_districts_named_after_their_count_give_no_row(lex, units):
    text = (
        "Xây dựng nông thôn mới năm 2026\n\n"
        "Phấn đấu hoàn thành kế hoạch đề ra. Riêng 3 huyện Mường Lát, Quan Sơn, Bá Thước cần tập trung "
        "nguồn lực, chỉ đạo sâu sát."
    )
    assert cited_row_keys(text, lex, units, 2026) == []


def test_districts_named_after_their_count_joined_by_and_give_no_row(lex, units):
    text = (
        "Giảm nghèo bền vững\n\n"
        "Giai đoạn 2026 - 2030, 2 huyện Kỳ Sơn và Tương Dương đã đăng ký thoát nghèo theo quy định."
    )
    assert cited_row_keys(text, lex, units, 2026) == []


def test_districts_named_after_a_coded_phrasing_give_no_value(lex, units):
    text = (
        "Kế hoạch nông thôn mới\n\n"
        "Kế hoạch phấn đấu duy trì các tiêu chí xã NTM đối với 02 huyện Yên Thế, Tân Yên đạt chuẩn NTM."
    )
    assert [k for k in cited_row_keys(text, lex, units, 2026) if k[2] == 2.0] == []


def test_a_count_before_an_acronym_stays_a_row(lex, units):
    text = "Nông thôn mới\n\nĐến năm 2027, phấn đấu có thêm 12 xã NTM."
    assert [k[2] for k in cited_row_keys(text, lex, units, 2026)] == [12.0]
