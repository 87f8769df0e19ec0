"""Uncoded labels that ran past six words (round 49, in our own words): what a share or a count
names often runs long ("... được công nhận đạt chuẩn ..."), and a label cut after six words stopped
inside a compound word ("được công", "qua đào") and named nothing."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_share_written_first_keeps_its_whole_name(lex, units):
    """ "100% thư viện trường học được công nhận đạt chuẩn mức độ hai": no cut after "được công"."""
    text = "Năm 2026, phấn đấu 85% thư viện trường học được công nhận đạt chuẩn mức độ hai."
    assert labels(text, lex, units) == [(None, "thư viện trường học được công nhận đạt chuẩn mức độ hai", 85.0)]


def test_a_count_keeps_the_words_after_its_noun(lex, units):
    """ "7 sản phẩm du lịch cộng đồng được công nhận ...": the count's noun and all its words."""
    text = "Năm 2026, có 7 sản phẩm du lịch cộng đồng được công nhận đạt chuẩn cấp tỉnh."
    assert labels(text, lex, units) == [(None, "sản phẩm du lịch cộng đồng được công nhận đạt chuẩn cấp tỉnh", 7.0)]


def test_a_long_name_still_stops_at_a_connective(lex, units):
    """ "... và ..." ends the name as before, however long it runs."""
    text = "Năm 2026, phấn đấu 90% nhà văn hóa thôn được trang bị thiết bị âm thanh và bàn ghế."
    assert labels(text, lex, units) == [(None, "nhà văn hóa thôn được trang bị thiết bị âm thanh", 90.0)]


def test_a_long_share_cut_off_by_the_page_keeps_the_words_before_the_cut(lex, units):
    """A page ending inside the name's last word: the share stays a row (CONVENTIONS session 35), named
    by the whole words before the cut; a lone fragment after "số" still names nothing."""
    text = "Năm 2026, phấn đấu 95% hộ dân vùng cao được xem truyền hình số mặt đất an to"
    assert labels(text, lex, units) == [(None, "hộ dân vùng cao được xem truyền hình số mặt đất an", 95.0)]
    assert labels("Năm 2026, phấn đấu 95% số t", lex, units) == []


def test_a_share_cut_off_inside_what_it_counts_stays_a_row_named_by_its_surviving_words(lex, units):
    """CONVENTIONS session 43: a share whose page ends inside what it counts ("... tham gia vào cá")
    stays a row, named by the words that survive up to the connective (no fragment)."""
    text = "Năm 2026, tỉnh có thêm 12 hợp tác xã mới.\n\nCó ít nhất 40% hợp tác xã tham gia vào cá"
    assert labels(text, lex, units)[-1] == (None, "hợp tác xã tham gia", 40.0)
