"""A numbered group of the best provinces written with other words than the curated ones
(CONVENTIONS: "a numbered group of the best ... is lte N, unit rank"), in our own words: the
group called the "best" ("tốt nhất") provinces, and a group of the
whole country with no member noun ("vào nhóm 25 cả nước")."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_group_of_the_best_provinces_is_an_uncoded_rank(lex, units):
    text = (
        "Chính quyền số\n\n"
        "Phấn đấu đến năm 2027, Hà Nam sẽ nằm trong nhóm 12 tỉnh, thành phố tốt nhất về chính quyền số."
    )
    assert cited_row_keys(text, lex, units, 2025) == [(None, "lte", 12.0, None, 2027)]


def test_a_group_of_the_whole_country_ranks_the_index_before_it(lex, units):
    text = (
        "Đột phá\n\n"
        "Đến năm 2027, tỉnh quyết tâm đưa Chỉ số cải cách hành chính lên nhóm 25 cả nước; "
        "huy động mọi nguồn lực cho hạ tầng giao thông."
    )
    assert cited_row_keys(text, lex, units, 2025) == [("PAR_INDEX_RANK", "lte", 25.0, None, 2027)]
