"""Every entry of the articles folder is accounted for, and the manifest is checked line by line."""

from __future__ import annotations

import json
import os
import signal
import socket

import pytest

from pipelines.ingest.articles import read_article, read_articles
from pipelines.ingest.clean import ArticleError

HEADER = "article_id,source_url,publisher,retrieved_date\n"
BODY = (
    "Long An giao chỉ tiêu năm 2025\n\nNgày 6/1, Ủy ban nhân dân tỉnh Long An giao chỉ tiêu tăng "
    "trưởng kinh tế khoảng 8% cho các sở, ngành.\n"
)


@pytest.fixture
def folder(tmp_path):
    """An articles folder inside a raw folder, with an empty manifest and one good article."""
    d = tmp_path / "raw" / "articles"
    d.mkdir(parents=True)
    (d / "sources.csv").write_text(HEADER, encoding="utf-8")
    (d / "good-2025.txt").write_text(BODY, encoding="utf-8")
    return d


def by_file(problems):
    return {p["file"]: p for p in problems}


def test_problem_records_have_the_interface_keys_and_no_absolute_path(folder, lex, tmp_path):
    (folder / "notes.md").write_text("ghi chú", encoding="utf-8")
    (folder / "sub").mkdir()
    rows, problems = read_articles(folder, lex)
    assert [r["article_id"] for r in rows] == ["good-2025"]
    for p in problems:
        assert {"file", "line", "article_id", "kind", "reason"} <= set(p)
        assert p["kind"] in {"quarantined", "refused", "error"}
    assert str(tmp_path) not in json.dumps(problems)
    assert by_file(problems)["articles/notes.md"]["kind"] == "refused"
    assert "sub-folders are not read" in by_file(problems)["articles/sub"]["reason"]


def test_symlink_leaving_the_folder_is_refused_and_never_read(folder, lex, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash " * 5, encoding="utf-8")
    (folder / "passwd-2025.txt").symlink_to(secret)
    (folder / "inside-2025.txt").symlink_to(folder / "good-2025.txt")
    rows, problems = read_articles(folder, lex)
    assert all("root:x" not in r["text"] for r in rows)
    assert [r["article_id"] for r in rows] == ["good-2025"]
    for name in ("passwd-2025.txt", "inside-2025.txt"):
        p = by_file(problems)[f"articles/{name}"]
        assert p["kind"] == "refused" and "symbolic link" in p["reason"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_is_refused_without_blocking(folder, lex):
    os.mkfifo(folder / "pipe-2025.txt")
    signal.alarm(20)  # a blocked open() would hang the test run; fail loudly instead
    try:
        _rows, problems = read_articles(folder, lex)
    finally:
        signal.alarm(0)
    p = by_file(problems)["articles/pipe-2025.txt"]
    assert p["kind"] == "refused" and "named pipe" in p["reason"]
    with pytest.raises(ArticleError) as err:
        read_article(folder / "pipe-2025.txt", None, lex)
    assert err.value.kind == "refused"


def test_socket_is_refused(folder, lex, tmp_path):
    path = folder / "sock-2025.txt"
    if len(str(path)) > 100:
        pytest.skip("socket path too long for AF_UNIX")
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(path))
        _, problems = read_articles(folder, lex)
    finally:
        s.close()
    assert by_file(problems)["articles/sock-2025.txt"]["kind"] == "refused"


@pytest.mark.parametrize(
    "name, words",
    [
        ("Bad Name.txt", "does not fit the article id rule"),
        ("UPPER-2025.txt", "does not fit the article id rule"),
        ("article.TXT", "ends in .TXT"),
        ("article.html", "ends in .html"),
        ("README", "has no extension"),
        (".hidden.txt", "hidden file"),
    ],
)
def test_other_names_are_refused_with_a_reason(folder, lex, name, words):
    (folder / name).write_text(BODY, encoding="utf-8")
    _, problems = read_articles(folder, lex)
    p = by_file(problems)[f"articles/{name}"]
    assert p["kind"] == "refused" and words in p["reason"] and p["article_id"] is None


def test_article_above_the_size_limit_is_quarantined(folder, lex, monkeypatch):
    (folder / "big-2025.txt").write_text(BODY * 40, encoding="utf-8")
    monkeypatch.setenv("PLANDATA_MAX_ARTICLE_BYTES", "2000")
    rows, problems = read_articles(folder, lex)
    p = by_file(problems)["articles/big-2025.txt"]
    assert p["kind"] == "quarantined" and p["article_id"] == "big-2025"
    assert "above the article size limit of 2000 bytes" in p["reason"]
    assert [r["article_id"] for r in rows] == ["good-2025"]


def test_size_limit_must_be_a_number(folder, lex, monkeypatch):
    monkeypatch.setenv("PLANDATA_MAX_ARTICLE_BYTES", "2MB")
    with pytest.raises(ValueError, match="PLANDATA_MAX_ARTICLE_BYTES"):
        read_articles(folder, lex)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_byte_order_marks_are_decoded(folder, lex, encoding):
    raw = BODY.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        raw = ("\ufeff" + BODY).encode(encoding)
    (folder / "bom-2025.txt").write_bytes(raw)
    rows, problems = read_articles(folder, lex)
    bom = {r["article_id"]: r for r in rows}["bom-2025"]
    assert bom["text"] == {r["article_id"]: r for r in rows}["good-2025"]["text"]
    assert bom["title"] == "Long An giao chỉ tiêu năm 2025" and problems == []


def test_windows_1258_is_quarantined_with_the_byte_offset(folder, lex):
    (folder / "cp1258-2025.txt").write_bytes(
        "Kế ".encode() + "Thành phần kinh tế tăng trưởng".encode("cp1258", "ignore")
    )
    _, problems = read_articles(folder, lex)
    p = by_file(problems)["articles/cp1258-2025.txt"]
    assert p["kind"] == "quarantined" and "not valid UTF-8 at byte 7" in p["reason"]


def test_utf16_without_bom_is_quarantined(folder, lex):
    (folder / "nobom-2025.txt").write_bytes("Long An giao chỉ tiêu năm 2025 cho các sở ngành".encode("utf-16-le"))
    _, problems = read_articles(folder, lex)
    assert by_file(problems)["articles/nobom-2025.txt"]["kind"] == "quarantined"


def test_missing_sources_csv_is_an_error(folder, lex):
    (folder / "sources.csv").unlink()
    _, problems = read_articles(folder, lex)
    p = by_file(problems)["articles/sources.csv"]
    assert p["kind"] == "error" and "missing" in p["reason"]


def test_missing_folder_is_an_error(tmp_path, lex):
    _, problems = read_articles(tmp_path / "articles", lex)
    assert [p["kind"] for p in problems] == ["error"]


@pytest.mark.parametrize(
    "header", ["article_id,source_url,publisher\n", "article_id,source_ur,publisher,retrieved_date\n"]
)
def test_sources_header_lacking_a_column_is_an_error_on_line_1(folder, lex, header):
    (folder / "sources.csv").write_text(header + "good-2025,https://longan.gov.vn/a,,\n", encoding="utf-8")
    _rows, problems = read_articles(folder, lex)
    p = by_file(problems)["articles/sources.csv"]
    assert (p["kind"], p["line"]) == ("error", 1) and "lacks" in p["reason"]


@pytest.mark.parametrize(
    "row, words",
    [
        ("good-2025,https://longan.gov.vn/a,Báo Long An,2025-01-07,extra", "5 fields"),
        ("Good 2025,https://longan.gov.vn/a,,", "does not fit"),
        ("good-2025,longan.gov.vn/a,,", "not an http(s) address"),
        ("good-2025,https://longan.gov.vn/a,,07/01/2025", "YYYY-MM-DD"),
    ],
)
def test_malformed_sources_row_is_an_error_naming_its_line(folder, lex, row, words):
    (folder / "sources.csv").write_text(HEADER + "other-2025,,,\n" + row + "\n", encoding="utf-8")
    _, problems = read_articles(folder, lex)
    errors = [p for p in problems if p["kind"] == "error"]
    assert len(errors) == 1 and errors[0]["line"] == 3 and words in errors[0]["reason"]
    assert errors[0]["file"] == "articles/sources.csv"


def test_repeated_sources_row_is_an_error(folder, lex):
    (folder / "sources.csv").write_text(HEADER + "good-2025,,,\ngood-2025,,,\n", encoding="utf-8")
    _, problems = read_articles(folder, lex)
    assert [(p["line"], p["kind"]) for p in problems] == [(3, "error")]


def test_source_url_reaches_the_row_and_a_row_without_file_is_reported(folder, lex):
    (folder / "sources.csv").write_text(
        HEADER + "good-2025,https://baolongan.vn/a-2025.html,Báo Long An,2025-01-07\ngone-2025,,,\n", encoding="utf-8"
    )
    rows, problems = read_articles(folder, lex)
    assert rows[0]["source_url"] == "https://baolongan.vn/a-2025.html"
    p = by_file(problems)["articles/sources.csv"]
    assert (p["kind"], p["article_id"]) == ("refused", "gone-2025")


def test_empty_article_is_quarantined(folder, lex):
    (folder / "empty-2025.txt").write_text("Lượt xem: 12\nChia sẻ\n", encoding="utf-8")
    _, problems = read_articles(folder, lex)
    p = by_file(problems)["articles/empty-2025.txt"]
    assert p["kind"] == "quarantined" and "no article text left" in p["reason"]


def test_read_article_is_one_file(folder, lex):
    row = read_article(folder / "good-2025.txt", {"source_url": "https://longan.gov.vn/x"}, lex)
    assert (row["article_id"], row["province_code"]) == ("good-2025", "80")
    assert row["source_url"] == "https://longan.gov.vn/x"
