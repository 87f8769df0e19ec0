"""A rank that names several fields (CONVENTIONS, ranks): one rank row per field, coded where the
lexicon has the field (innovation PII, digital transformation DTI, administrative reform PAR)
and uncoded otherwise; a numbered group that also reads as a standing against the country is the
rank row only. In our own words."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_numbered_group_names_its_field_after_it(lex, units):
    text = "Cải cách hành chính\n\nNăm 2028, tỉnh quyết tâm có mặt trong Top 4 địa phương đứng đầu toàn quốc về cải cách hành chính."
    assert sorted_row_keys(text, lex, units, 2027) == [("PAR_INDEX_RANK", "lte", 4.0, None, 2028)]


def test_a_numbered_group_names_two_indices_with_their_nouns(lex, units):
    text = "Chính quyền số\n\nĐến năm 2029, tỉnh vào nhóm 18 địa phương đứng đầu cả nước về chỉ số PCI và chỉ số DTI."
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("DTI_RANK", "lte", 18.0, None, 2029),
        ("PCI_RANK", "lte", 18.0, None, 2029),
    ]


def test_the_abbreviated_digital_transformation_index_is_dti(lex, units):
    text = (
        "Chuyển đổi số\n\nĐến năm 2027, tỉnh phấn đấu vào nhóm 30 địa phương đứng đầu cả nước về chỉ số đánh giá CĐS."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("DTI_RANK", "lte", 30.0, None, 2027)]


def test_a_field_with_no_code_stays_one_uncoded_row_beside_the_coded_ones(lex, units):
    text = (
        "Khoa học công nghệ\n\n"
        "Đến năm 2031, tỉnh thuộc nhóm 14 tỉnh đứng đầu về hạ tầng số, đổi mới sáng tạo và chuyển đổi số."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("", "lte", 14.0, None, 2031),
        ("DTI_RANK", "lte", 14.0, None, 2031),
        ("PII_RANK", "lte", 14.0, None, 2031),
    ]


def test_a_standing_with_no_number_names_two_fields(lex, units):
    text = (
        "Mục tiêu\n\n"
        "Đến năm 2032, tỉnh phấn đấu nằm trong nhóm địa phương dẫn đầu cả nước về chuyển đổi số và đổi mới sáng tạo."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("DTI_RANK", "achieve", None, None, 2032),
        ("PII_RANK", "achieve", None, None, 2032),
    ]


def test_fields_named_as_the_subject_before_the_group_and_no_second_standing_row(lex, units):
    text = (
        "Khoa học công nghệ\n\n"
        "Bên cạnh đó, hạ tầng số, đổi mới sáng tạo, chuyển đổi số của thành phố đến năm 2031 phải vào "
        "nhóm 12 tỉnh, thành phố đứng đầu cả nước."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [
        ("", "lte", 12.0, None, 2031),
        ("DTI_RANK", "lte", 12.0, None, 2031),
        ("PII_RANK", "lte", 12.0, None, 2031),
    ]


def test_a_group_read_by_its_comparator_also_names_its_field(lex, units):
    text = "Cải cách hành chính\n\nNăm 2028, thành phố quyết tâm vào Top 4 địa phương đứng đầu toàn quốc về cải cách hành chính."
    assert sorted_row_keys(text, lex, units, 2027) == [("PAR_INDEX_RANK", "lte", 4.0, None, 2028)]


def test_a_becoming_before_the_group_stays_its_own_aim(lex, units):
    text = (
        "Quy hoạch\n\n"
        "Theo đó, mục tiêu đến năm 2031 là đưa tỉnh thành một trong những cực tăng trưởng của vùng, "
        "trở thành tỉnh khá, nằm trong nhóm 25 tỉnh, thành phố có GRDP cao nhất cả nước."
    )
    assert sorted_row_keys(text, lex, units, 2026) == [("", "achieve", None, None, 2031), ("", "lte", 25.0, None, 2031)]
