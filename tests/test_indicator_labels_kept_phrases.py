"""Uncoded labels cut inside a fixed phrase (round 53, in our own words): the words after a share
or a count stop at a ``label_stop`` word ("và", "vào", "đến": what follows them is usually the
next figure or a date), but a phrase that holds such a word ("tham gia vào", "liên quan đến",
"nhỏ và vừa": ``label_kept_phrase``) is part of the name, and the label goes on past it."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def labels(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu năm 2026\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["label_vi"], r["value_low"]) for r in found]


def test_a_share_taking_part_in_something_names_what_it_takes_part_in(lex, units):
    found = labels("Năm 2030, 40% hợp tác xã tham gia vào chuỗi liên kết sản xuất.", lex, units)
    assert found == [(None, "hợp tác xã tham gia vào chuỗi liên kết sản xuất", 40.0)]


def test_small_and_medium_enterprises_stay_whole(lex, units):
    found = labels("Năm 2030, 25% chủ thể là các doanh nghiệp nhỏ và vừa.", lex, units)
    assert found == [(None, "chủ thể là các doanh nghiệp nhỏ và vừa", 25.0)]


def test_a_count_related_to_a_sector_names_the_sector(lex, units):
    found = labels("Năm 2030, có thêm 9.000 người làm nghề thủ công liên quan đến du lịch cộng đồng.", lex, units)
    assert found == [(None, "người làm nghề thủ công liên quan đến du lịch cộng đồng", 9000.0)]


def test_a_join_to_the_next_figure_still_ends_the_name(lex, units):
    """ "... tham gia vào sàn ... và 30% doanh nghiệp vừa và nhỏ ...": the phrase goes on, the "và"
    before the next figure still ends the first name; the second name keeps its whole phrase."""
    found = labels(
        "Năm 2030, 60% hộ kinh doanh tham gia vào sàn thương mại điện tử và 30% doanh nghiệp vừa và "
        "nhỏ ứng dụng chữ ký số.",
        lex,
        units,
    )
    assert (None, "hộ kinh doanh tham gia vào sàn thương mại điện tử", 60.0) in found
    assert (None, "doanh nghiệp vừa và nhỏ ứng dụng chữ ký số", 30.0) in found


def test_a_date_after_the_name_still_ends_it(lex, units):
    found = labels("Có 70% hộ nông dân tham gia vào tổ hợp tác vào năm 2030.", lex, units)
    assert (None, "hộ nông dân tham gia vào tổ hợp tác", 70.0) in found


def test_a_page_cut_right_after_the_phrase_leaves_no_dangling_stop_word(lex, units):
    """A page ending inside the word after "tham gia vào" (CONVENTIONS session 43: the share
    stays, labelled by its surviving words): the words before the cut, not a bare "vào"."""
    found = labels("Năm 2026, có ít nhất 45% hộ trồng chè tham gia vào cá", lex, units)
    assert found == [(None, "hộ trồng chè tham gia", 45.0)]
