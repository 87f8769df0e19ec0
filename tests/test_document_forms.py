"""How documents are written on real portals (issue 8): horizons without a start year, issuer
codes nobody curated, letterheads flattened into one row, hard-wrapped pages, and documents
listed before one shared title. Short texts of our own; the curated tables as they are."""

from __future__ import annotations

from tests.helpers.document_rows import docs


def test_a_horizon_without_a_start_year_ends_the_period(lex):
    text = (
        "Căn cứ Quyết định số 310/QĐ-UBND ngày 04/3/2019 của UBND tỉnh phê duyệt Quy hoạch phát triển "
        "thủy sản đến năm 2025 và tầm nhìn đến năm 2035;"
    )
    assert docs(text, lex)["310/QĐ-UBND"][3:] == (None, 2025, 2035)


def test_a_period_written_with_an_en_dash_is_a_period(lex):
    text = "Căn cứ Nghị quyết số 07-NQ/TU ngày 10 tháng 11 năm 2020 của Tỉnh ủy về phát triển du lịch giai đoạn 2020 – 2025;"
    assert docs(text, lex)["07-NQ/TU"][3:5] == (2020, 2025)
    # the issuer's term of office is no period (CONVENTIONS; session 19 changed this test's wording)
    term = "Căn cứ Nghị quyết số 07-NQ/TU ngày 10 tháng 11 năm 2020 của Tỉnh ủy nhiệm kỳ 2020 – 2025;"
    assert docs(term, lex)["07-NQ/TU"][3:5] == (None, None)


def test_an_uncurated_issuer_code_is_other(lex):
    text = "Căn cứ Báo cáo số 41/BC-TTKT ngày 02/3/2024 về kết quả kiểm tra;"
    assert docs(text, lex)["41/BC-TTKT"][:3] == ("other", "other", "2024-03-02")


def test_a_unit_code_after_the_issuer_is_part_of_the_number(lex):
    text = "Xét đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 17/TTr-CAT-PV05 ngày 11/4/2022."
    assert list(docs(text, lex)) == ["17/TTr-CAT-PV05"]


def test_a_letterhead_flattened_into_one_row_dates_its_number(lex):
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN TỈNH ------- Số: 22/2016/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc --------------- Hưng Yên, ngày 05 tháng 3 năm 2016 |",
            "QUYẾT ĐỊNH",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;",
        ]
    )
    assert docs(text, lex)["22/2016/QĐ-UBND"][2] == "2016-03-05"


def test_a_title_line_in_capitals_belongs_to_the_header(lex):
    text = "\n".join(
        [
            "Số: 45/KH-UBND",
            "Hưng Yên, ngày 02 tháng 3 năm 2024",
            "KẾ HOẠCH",
            "THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN ĐÔ THỊ ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050",
            "Thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:",
        ]
    )
    assert docs(text, lex)["45/KH-UBND"][3:] == (None, 2030, 2050)


def test_a_hard_wrapped_page_reads_a_mention_across_its_lines(lex):
    lines = [  # a page printed at a fixed width: most breaks fall inside a phrase
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa",
        "đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính",
        "quyền địa phương ngày 22 tháng 11 năm 2019; Luật Ngân sách nhà nước ngày 25",
        "tháng 6 năm 2015 và các văn bản hướng dẫn thi hành; Luật Đầu tư công ngày 13",
        "tháng 6 năm 2019 và các nghị định hướng dẫn thi hành Luật Đầu tư công đã được",
        "sửa đổi; Căn cứ Quyết định số 88/QĐ-TTg ngày 05/01/2021 của Thủ tướng",
        "Chính phủ về việc phê duyệt Chương trình phát triển vùng trung du miền núi",
        "giai đoạn 2021-2025; Căn cứ Nghị quyết số 12/2020/NQ-HĐND ngày 10/12/2020 của",
        "hội đồng nhân dân tỉnh về kế hoạch đầu tư công trung hạn giai đoạn 2021-2025;",
    ]
    assert docs("\n".join(lines), lex)["88/QĐ-TTg"][3:5] == (2021, 2025)


def test_documents_listed_before_one_title_share_its_scope(lex):
    text = (
        "Thực hiện Quyết định số 61/QĐ-TTg ngày 12/01/2023 của Thủ tướng Chính phủ, Chương trình hành "
        "động số 14-CTr/TU ngày 03/4/2023 của Tỉnh ủy về phát triển du lịch đến năm 2030, tầm nhìn đến "
        "năm 2045, UBND tỉnh ban hành Kế hoạch như sau:"
    )
    found = docs(text, lex)
    assert found["61/QĐ-TTg"][3:] == found["14-CTr/TU"][3:] == (None, 2030, 2045)


def test_a_decree_listed_before_a_plan_takes_no_period(lex):
    text = (
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ, Quyết định số 90/QĐ-TTg ngày "
        "18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình giai đoạn 2021-2025;"
    )
    found = docs(text, lex)
    assert found["27/2022/NĐ-CP"][3:5] == (None, None)
    assert found["90/QĐ-TTg"][3:5] == (2021, 2025)


def test_a_horizon_after_another_number_in_the_title_is_that_number_s(lex):
    text = "\n".join(
        [
            "Số: 51/KH-UBND",
            "Hưng Yên, ngày 02 tháng 3 năm 2024",
            "THỰC HIỆN NGHỊ QUYẾT SỐ 30-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN VÙNG ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045",
            "Căn cứ Luật Tổ chức chính quyền địa phương;",
        ]
    )
    found = docs(text, lex)
    assert found["51/KH-UBND"][3:] == (None, 2030, 2045)  # the plan takes them (CONVENTIONS session 35)
    assert found["30-NQ/TW"][3:] == (None, 2030, 2045)


def test_a_plan_named_before_the_text_it_implements_takes_that_text_s_period(lex):
    text = (
        "UBND tỉnh Hà Giang vừa ban hành Kế hoạch số 318/KH-UBND triển khai thực hiện Quyết định số 95/QĐ-TTg "
        "của Thủ tướng Chính phủ về phê duyệt Chiến lược phát triển thủy lợi giai đoạn 2021-2030, tầm nhìn đến "
        "năm 2050. Theo kế hoạch, tỉnh phấn đấu ..."
    )
    found = docs(text, lex)
    assert found["318/KH-UBND"][3:] == (2021, 2030, 2050)
    # the cited text approves the strategy in its own subject: it keeps the period too (CONVENTIONS,
    # session 36 and the sets 59-61 ruling; this assertion read (None, None, None) before round 51)
    assert found["95/QĐ-TTg"][3:] == (2021, 2030, 2050)
    # a date and an issuer before the cited text leave the plan's title as it is (session 35; this
    # assertion read (None, None, None) before round 51)
    dated = text.replace("318/KH-UBND triển khai", "318/KH-UBND ngày 02/3/2024 của UBND tỉnh triển khai")
    assert docs(dated, lex)["318/KH-UBND"][3:] == (2021, 2030, 2050)


def test_a_line_opening_with_a_capital_outside_latin_1_starts_a_new_sentence(lex):
    text = (
        "Chỉ thị về tăng cường phòng cháy theo Kết luận số 45-KL/TW của Bộ Chính trị\n"
        "Để bảo đảm an toàn trong mùa khô, ngày 12/3/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 07/CT-UBND như sau:"
    )
    assert docs(text, lex)["07/CT-UBND"][2] == "2025-03-12"


def test_a_header_plan_without_a_title_takes_the_period_of_the_sentence_announcing_it(lex):
    head = "Số: 412/KH-UBND | Cà Mau, ngày 12 tháng 5 năm 2022 |\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    text = head + (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án phát triển thủy sản bền vững giai đoạn "
        "2022-2030 trên địa bàn tỉnh, như sau:\nI. MỤC ĐÍCH"
    )
    assert docs(text, lex)["412/KH-UBND"][3:] == (2022, 2030, None)
    horizon = text.replace("giai đoạn 2022-2030", "đến năm 2025, tầm nhìn đến năm 2035")
    assert docs(horizon, lex)["412/KH-UBND"][3:] == (None, 2025, 2035)
    # a verb inside the title of a text cited before it in its clause is that text's
    cited = head + (
        "Thực hiện Quyết định số 55/QĐ-TTg của Thủ tướng Chính phủ về việc ban hành Kế hoạch hành động quốc gia "
        "phát triển thủy sản đến năm 2025, UBND tỉnh xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH"
    )
    assert docs(cited, lex)["412/KH-UBND"][3:] == (None, None, None)


def test_a_first_article_approving_a_plan_to_a_year_gives_its_horizon_and_vision(lex):
    text = (
        "Số: 1204/QĐ-TTg | Hà Nội, ngày 18 tháng 7 năm 2012 |\nCăn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Bắc Kạn đến năm 2020, tầm nhìn "
        "đến năm 2030 với những nội dung chủ yếu sau:\n1. Quan điểm phát triển"
    )
    assert docs(text, lex)["1204/QĐ-TTg"][3:] == (None, 2020, 2030)


def test_a_mention_without_a_title_cue_keeps_the_direction_after_its_horizon(lex):
    # "đến năm 2020, định hướng đến năm 2025" plans to 2020 with vision 2025 (CONVENTIONS, Documents):
    # the comma before the direction is inside the plan's name, not the end of the mention
    text = (
        "Tỉnh đã có Kế hoạch số 61/KH-UBND phát triển thương mại nông thôn đến năm 2020, định hướng đến "
        "năm 2025 cho các xã vùng cao. Mỗi huyện xây dựng ít nhất 3 chợ đạt chuẩn."
    )
    assert docs(text, lex)["61/KH-UBND"][3:] == (None, 2020, 2025)
    # a comma after no horizon still ends what an untitled mention says of itself
    said = "Kế hoạch số 61/KH-UBND nêu rõ, tầm nhìn đến năm 2030 tỉnh trở thành trung tâm thương mại."
    assert docs(said, lex)["61/KH-UBND"][3:] == (None, None, None)
