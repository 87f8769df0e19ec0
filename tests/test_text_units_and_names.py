"""Text units and names (round 48): the dot of "TP." before a city's name ends no sentence, in
the shared loose sentence end too, so a body named "Thuế TP. Hải Phòng" stays one name in its
list of assignees; a cue word is not read inside a province's name ("cần" in "Cần Thơ").
Sentences invented for these tests."""

from __future__ import annotations

from pipelines.text.segment import sentence_end
from tests.helpers.assignment_roles import cited_roles
from tests.helpers.indicator_rows import cited_indicator_rows


def test_the_dot_of_a_city_abbreviation_ends_no_sentence():
    for text in ("Năm 2027, TP. Huế phấn đấu đạt 5%", "Năm 2027, Tp. Huế phấn đấu", "UBND TX. Sơn Tây đạt 7%"):
        assert sentence_end().search(text, 0, len(text) - 4) is None, text
    # a word of more letters, or a lower-case one, still ends its sentence before a capital
    assert sentence_end().search("tăng 5% so với năm trước. Năm 2027 đạt 6%")
    assert sentence_end().search("vượt kế hoạch của UBND. Năm 2027 đạt 6%")


def test_a_cue_word_inside_a_provinces_name_is_no_cue(lex):
    text = "Tới cuối năm 2027, Cần Thơ cần đạt 95% hộ dân dùng nước sạch"
    assert [text[m.start : m.end] for m in lex.target_cues.find(text)] == ["cần đạt"]
    assert lex.target_cues.find("Năm 2023, TP Cần Thơ có 12 xã đạt chuẩn") == []


def test_a_province_named_first_stays_out_of_the_label_after_the_city_abbreviation(lex, units):
    text = "Theo phương án, tới cuối năm 2027, TP. Cần Thơ có 12 hợp tác xã kiểu mới"
    labels = [r["label_vi"] for r in cited_indicator_rows(text, lex, units, 2025)]
    assert all(not label.startswith("Thơ") for label in labels), labels


def test_a_body_written_with_the_city_abbreviation_stays_in_its_run_of_leads(lex):
    text = (
        "Về thu ngân sách, thành phố yêu cầu Thuế TP. Hải Phòng, Cục Hải quan thành phố chủ trì, "
        "phối hợp với các sở, ban, ngành tăng cường quản lý thu."
    )
    assert cited_roles(text, lex, "31") == {
        ("TAX_DEPT", "lead"),
        ("CUSTOMS", "lead"),
        ("PROVINCIAL_AGENCIES", "support"),
    }


def test_a_name_part_with_its_own_short_form_in_brackets_keeps_its_level_word(lex):
    text = "Để đạt chỉ tiêu này, UBND tỉnh chỉ đạo Mặt trận Tổ quốc (MTTQ) tỉnh chủ trì, phối hợp với các sở, ngành tuyên truyền."
    assert ("FATHERLAND_FRONT", "lead") in cited_roles(text, lex, "44")
    text = "UBND tỉnh yêu cầu Bảo hiểm Xã hội (BHXH) tỉnh chủ trì, phối hợp với các sở, ngành mở rộng diện bao phủ."
    assert cited_roles(text, lex, "44") == {("SOCIAL_SECURITY", "lead"), ("PROVINCIAL_AGENCIES", "support")}
