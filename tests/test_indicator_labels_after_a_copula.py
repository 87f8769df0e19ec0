"""An uncoded label is the words that name what is counted (CONVENTIONS, contract 2): the copula
that joins an aim to its content ("Mục tiêu của Kế hoạch là bảo đảm kết nối ...") is no part of
it, as the cue words before it are not. Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def test_a_copula_opening_the_words_before_a_share_is_trimmed(lex, units):
    text = (
        "Kế hoạch chuyển đổi số\n\nMục tiêu của Kế hoạch là bảo đảm kết nối dữ liệu với 100% các cơ sở dữ liệu "
        "chuyên ngành của tỉnh."
    )
    labels = [r["label_vi"] for r in cited_indicator_rows(text, lex, units, 2025)]
    assert len(labels) == 1 and labels[0].startswith("kết nối dữ liệu")
