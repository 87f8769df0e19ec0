"""One document per number, whatever its case or spacing (issue 8), on texts of our own."""

from __future__ import annotations

from pipelines.extract.documents import document_rows, find_document_numbers, number_key


def test_number_key_ignores_case_and_spaces():
    assert number_key("23-CTR/TU") == number_key("23-CTr/TU") == number_key("23-CTr /TU")
    assert number_key("12 /KH-UBND") == number_key("12/KH-UBND")
    assert number_key("12/KH-UBND") != number_key("12/QĐ-UBND")


def test_spaced_number_is_read_without_the_space(lex):
    text = "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12 /KH-UBND ngày 16/6/2025."
    assert [n[2] for n in find_document_numbers(text, lex)] == ["12/KH-UBND"]


def test_upper_case_title_and_body_mention_are_one_document(lex):
    text = (
        "TỈNH ỦY BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 31-CTR/TU\n\n"
        "Ngày 05/8/2025, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 31-CTr/TU về "
        "phát triển văn hóa đọc."
    )
    rows = document_rows("a", text, "40", lex)
    assert len(rows) == 1
    row = rows[0]
    assert row["doc_number"] == "31-CTr/TU"
    assert row["signed_date"].isoformat() == "2025-08-05"
    assert text[row["char_start"] : row["char_end"]] == row["quote"]
    assert row["quote"] == "31-CTR/TU"  # cited at its first mention


def test_only_upper_case_mentions_take_the_curated_spelling(lex):
    rows = document_rows("a", "THỰC HIỆN QUYẾT ĐỊNH SỐ 686/QĐ-TTG CỦA THỦ TƯỚNG", None, lex)
    assert [r["doc_number"] for r in rows] == ["686/QĐ-TTg"]


def test_document_ids_are_unique_per_article(lex):
    text = (
        "Kế hoạch số 12/KH-UBND của UBND tỉnh. Theo Kế hoạch số 12/KH-UBND ngày 16/6/2025, các sở "
        "triển khai. KẾ HOẠCH SỐ 12/KH-UBND ĐƯỢC BAN HÀNH."
    )
    ids = [r["document_id"] for r in document_rows("a", text, "38", lex)]
    assert len(ids) == len(set(ids)) == 1


def test_a_release_with_both_spellings_passes_the_documents_checks(tmp_path):
    """Two articles write one programme's number in two cases: one documents row, two citations,
    and the documents and citations tables validate (the build is not stopped). Both give the
    signing date: an undated mention gets an id without the year (see document_id)."""
    from pathlib import Path

    from pipelines.build import build_tables
    from schemas.failures import validate_failures

    root = Path(__file__).resolve().parents[1]
    (tmp_path / "a-2025-tieu-de.txt").write_text(
        "TỈNH ỦY BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 31-CTR/TU VỀ VĂN HÓA ĐỌC\n\n"
        "Ngày 05/8/2025, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Chương trình hành động số 31-CTr/TU.\n",
        encoding="utf-8",
    )
    (tmp_path / "b-2025-chi-tieu-de.txt").write_text(
        "THỰC HIỆN CHƯƠNG TRÌNH SỐ 31-CTR/TU NGÀY 05/8/2025 CỦA TỈNH ỦY NGHỆ AN\n\nCác xã, phường tổ chức tủ sách cộng đồng.\n",
        encoding="utf-8",
    )
    (tmp_path / "sources.csv").write_text(
        "article_id,source_url,publisher,retrieved_date\na-2025-tieu-de,,,\nb-2025-chi-tieu-de,,,\n", encoding="utf-8"
    )
    built = build_tables(tmp_path, root / "raw" / "curation", apply_overrides=False)
    docs, cits = built.tables["documents"], built.tables["citations"]
    assert list(docs["doc_number"]) == ["31-CTr/TU"]
    assert sorted(cits["article_id"]) == ["a-2025-tieu-de", "b-2025-chi-tieu-de"]
    assert validate_failures("documents", docs) == [] and validate_failures("citations", cits) == []


def test_title_cue_is_matched_with_its_tone_marks(lex):
    """ "bảo vệ" folds like "về": it starts no title."""
    rows = document_rows("a", "Quyết định số 12/QĐ-UBND ngày 02/5/2024 bảo vệ môi trường làng nghề.", "40", lex)
    assert rows[0]["title_vi"] is None
    rows = document_rows("a", "Quyết định số 12/QĐ-UBND ngày 02/5/2024 về việc phê duyệt Đề án.", "40", lex)
    assert rows[0]["title_vi"] == "Về việc phê duyệt Đề án"


def test_number_without_symbol_between_noun_and_issuer(lex):
    text = (
        "Các huyện cần làm đúng Chỉ thị số 05/2021 của UBND tỉnh về phòng cháy rừng mùa khô. "
        "Năm 2021 có 14/2021 hộ được hỗ trợ; tỷ lệ đạt 3/2020 của kế hoạch."
    )
    rows = document_rows("a", text, "40", lex)
    assert [(r["doc_number"], r["doc_type"], r["issuer"]) for r in rows] == [
        ("05/2021", "directive", "provincial_peoples_committee")
    ]
    assert text[rows[0]["char_start"] : rows[0]["char_end"]] == rows[0]["quote"]


def test_header_without_period_takes_the_first_article_period(lex):
    text = (
        "Số: 12/2020/NQ-HĐND | Gia Lai, ngày 04 tháng 12 năm 2020 |\n"
        "Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Phê duyệt Đề án nâng cấp đường giao thông nông thôn giai đoạn 2021 - 2025 trong tỉnh.\n"
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.\n"
    )
    rows = document_rows("a", text, "64", lex)
    assert [(r["doc_number"], r["period_start"], r["period_end"]) for r in rows] == [("12/2020/NQ-HĐND", 2021, 2025)]
