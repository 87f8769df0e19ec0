"""A sentence that narrates work done or its outcome (a ``past_lead`` word: "đã", "nhờ đó") is
a review, not an aim (our own texts): neither a floor in it ("đã công nhận 95 sản phẩm đạt từ 3
sao trở lên" names the class counted) nor an aim stated elsewhere in its paragraph makes its
figures targets, as the page's frame already does not; and a paragraph that ends on one hands the
review on, so the page's frame does not make the next plain paragraph's figures targets
(CONVENTIONS: results are never indicators)."""

from __future__ import annotations

from tests.helpers.indicator_rows import sorted_row_keys


def test_a_floor_in_a_sentence_narrating_work_done_names_a_class(lex, units):
    text = (
        "Bên cạnh đó, Chương trình OCOP của tỉnh đã công nhận 95 sản phẩm đạt từ 3 sao trở lên, "
        "trong đó 4 sản phẩm đạt 4 sao, giúp mở rộng thị trường tiêu thụ."
    )
    assert sorted_row_keys(text, lex, units, 2025) == []


def test_a_narrated_sentence_takes_no_aim_from_a_later_sentence(lex, units):
    text = (
        "Huyện đã tổ chức phong trào ngày thứ bảy xanh, thu hút được 35.000 lượt người tham gia, "
        "huy động được 4,5 tỷ đồng. Năm 2026, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới."
    )
    assert sorted_row_keys(text, lex, units, 2025) == [("NEW_RURAL_COMMUNES_ADDED", "eq", 3.0, None, 2026)]


def test_a_floor_with_no_narration_stays_an_aim(lex, units):
    text = "Giá trị sản xuất công nghiệp chế biến tăng với mức từ 12% trở lên."
    assert [k[1:3] for k in sorted_row_keys(text, lex, units, 2025)] == [("gte", 12.0)]


def test_a_plain_sentence_still_takes_the_aim_of_a_later_sentence(lex, units):
    text = "Sản lượng lúa tăng 2-3%. Đến năm 2030, tỷ lệ cơ giới hóa trong sản xuất lúa đạt trên 90%."
    assert [k[1:3] for k in sorted_row_keys(text, lex, units, 2025)] == [("between", 2.0), ("gt", 90.0)]


def test_a_paragraph_ending_on_a_narrated_outcome_hands_on_the_review(lex, units):
    text = (
        "Tỉnh Hà Giang đặt mục tiêu đến hết năm 2025 giảm 2.100 hộ nghèo, đưa tỷ lệ hộ nghèo còn 15,2%.\n\n"
        "Theo Sở Lao động, năm 2024, tỉnh giảm được 2.300 hộ nghèo, vượt kế hoạch. Nhờ đó, tỷ lệ hộ nghèo "
        "của tỉnh còn 17,4%, giảm 3,1% so với năm 2023.\n\n"
        "Tuy nhiên, số hộ cận nghèo tăng 95 hộ, nâng số hộ cận nghèo lên 6.300 hộ, chiếm tỷ lệ 8,4%."
    )
    assert sorted_row_keys(text, lex, units) == [
        ("POOR_HOUSEHOLDS_REDUCED", "eq", 2100.0, None, 2025),
        ("POVERTY_RATE", "lte", 15.2, None, 2025),
    ]


def test_a_paragraph_of_aims_still_reaches_the_plain_paragraph_after_it(lex, units):
    text = "Năm 2026, tỉnh phấn đấu tăng trưởng GRDP 8%.\n\nThu ngân sách trên địa bàn đạt 5.000 tỷ đồng."
    assert sorted(k[1:] for k in sorted_row_keys(text, lex, units, 2025)) == [
        ("eq", 8.0, None, 2026),
        ("eq", 5000.0, None, 2026),
    ]


def test_a_floor_before_the_narration_stays_an_aim(lex, units):
    text = (
        "Để bảo đảm tỷ lệ giải ngân vốn đầu tư công từ 95% trở lên theo chỉ đạo của tỉnh, "
        "huyện đã triển khai nhiều giải pháp."
    )
    assert [k[1:3] for k in sorted_row_keys(text, lex, units, 2025)] == [("gte", 95.0)]
