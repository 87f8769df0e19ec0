"""A sentence that opens with a province's name and says what kind of place it is ("Yên Bái là
tỉnh miền núi, hơn 60% cư dân là đồng bào dân tộc thiểu số") describes the province: its figures
are no rows, though the page sets targets (CONVENTIONS: a province described states facts;
``place_is`` in ``indicator_cues.csv``)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys as rows

_PAGE = (
    "Yên Bái phấn đấu thu nhập bình quân đầu người đạt 60 triệu đồng vào năm 2025\n"
    "{line}\n"
    "Giai đoạn 2021-2025, tỉnh phấn đấu thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
)


def test_a_share_in_a_description_of_the_province_is_no_row(lex, units):
    text = _PAGE.format(line="Yên Bái là tỉnh miền núi phía Bắc, hơn 60% cư dân là đồng bào dân tộc thiểu số.")
    assert [k for k in rows(text, lex, units) if k[2] == 60.0 and k[0] != "INCOME_PER_CAPITA"] == []


def test_an_aim_in_the_sentence_keeps_its_row(lex, units):
    text = _PAGE.format(line="Yên Bái là tỉnh miền núi, phấn đấu hơn 60% cư dân có việc làm ổn định.")
    assert [k[2] for k in rows(text, lex, units) if k[2] == 60.0 and k[0] != "INCOME_PER_CAPITA"] == [60.0]
