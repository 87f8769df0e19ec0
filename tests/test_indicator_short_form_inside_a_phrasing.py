"""A name's own short form in brackets, written inside a curated phrasing ("xã đạt chuẩn nông
thôn mới (NTM) nâng cao"), does not split the phrasing: the short form spells the initials of the
words before it, so the words read on as one name, as a body's name does ("Bảo hiểm xã hội (BHXH)
tỉnh"). Brackets that are no short form of the words before them ("(GRDP)" after "tổng sản phẩm
trên địa bàn", "(cũ)") keep splitting. Texts of our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_short_form_inside_a_phrasing_keeps_the_advanced_tier(lex, units):
    text = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới (NTM) nâng cao."
    assert cited_row_keys(text, lex, units) == [("ADVANCED_NEW_RURAL_COMMUNES_ADDED", "eq", 12.0, None, 2027)]
    plain = "Kế hoạch\n\nNăm 2027, tỉnh phấn đấu có thêm 12 xã đạt chuẩn nông thôn mới (NTM)."
    assert cited_row_keys(plain, lex, units) == [("NEW_RURAL_COMMUNES_ADDED", "eq", 12.0, None, 2027)]


def test_brackets_that_spell_no_initials_still_split_a_phrasing(lex, units):
    from pipelines.text.matcher import InitialsNormaliser

    n = InitialsNormaliser()
    assert n.words(["nông", "thôn", "mơi", "(", "ntm", ")", "nâng", "cao"]) == ["nông", "thôn", "mơi", "nâng", "cao"]
    assert n.words(["xa", "(", "cu", ")", "co"]) == ["xa", "(", "cu", ")", "co"]
    assert n.words(["đông", "bao", "dân", "tôc", "thiêu", "sô", "(", "dtts", ")"]) == [
        "đông",
        "bao",
        "dân",
        "tôc",
        "thiêu",
        "sô",
    ]
