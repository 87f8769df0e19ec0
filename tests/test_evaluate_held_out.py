"""``python -m pipelines.evaluate --held-out``: figures only, nothing that quotes or names a page,
so a held-out set can be scored after every change without anyone reading its pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.evaluate.__main__ import main

ARTICLE = (
    "Tỉnh giao chỉ tiêu kế hoạch năm 2026\n\n"
    "Năm 2026, tỉnh phấn đấu tốc độ tăng trưởng kinh tế đạt 8%; "
    "trồng mới 1.200 ha cây mắc ca.\n"
)
GOLD = """article_id: rp-heldout-2025-giao-chi-tieu
province_code: null
published_date: null
documents: []
objectives: []
indicators:
  - indicator_code: GRDP_GROWTH
    comparator: eq
    value_low: 8.0
    value_high: null
    unit: percent
    target_year: 2026
    quote_contains: "đạt 8%"
bodies: []
assignments: []
"""
RESULTS = "Kinh tế tỉnh sáu tháng đầu năm\n\nNăm 2026, tỉnh phấn đấu tổng thu ngân sách đạt 12.000 tỷ đồng.\n"
EMPTY_GOLD = """article_id: rp-ketqua-2025-sau-thang
province_code: null
published_date: null
documents: []
objectives: []
indicators: []
bodies: []
assignments: []
"""


@pytest.fixture
def real_page_set(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "rp-heldout-2025-giao-chi-tieu.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles" / "sources.csv").write_text(
        "article_id,source_url,publisher,retrieved_date\nrp-heldout-2025-giao-chi-tieu,,,\n", encoding="utf-8"
    )
    (tmp_path / "gold" / "rp-heldout-2025-giao-chi-tieu.yaml").write_text(GOLD, encoding="utf-8")
    # a page whose gold states no target but which yields a row: the no-target line names it
    (tmp_path / "articles" / "rp-ketqua-2025-sau-thang.txt").write_text(RESULTS, encoding="utf-8")
    with (tmp_path / "articles" / "sources.csv").open("a", encoding="utf-8") as f:
        f.write("rp-ketqua-2025-sau-thang,,,\n")
    (tmp_path / "gold" / "rp-ketqua-2025-sau-thang.yaml").write_text(EMPTY_GOLD, encoding="utf-8")
    return tmp_path


def test_held_out_prints_figures_and_no_words_of_the_page(real_page_set, capsys):
    assert main(["--raw", str(real_page_set), "--rules-only", "--held-out"]) == 0
    out, err = capsys.readouterr()
    printed = out + err
    assert "rules  indicators   1   2   0      0.333   1.000 0.500" in out
    assert "Pages whose gold states no target: 1; yielding indicator rows: 1 (1 rows)" in out
    assert "Indicators coded by the lexicon: 2/3 (66.7%)." in out
    for words in ("mắc ca", "trồng mới", "rp-heldout", "1.200", "rp-ketqua"):
        assert words not in printed


def test_without_held_out_the_queue_and_the_no_target_pages_are_named(real_page_set, capsys):
    assert main(["--raw", str(real_page_set), "--rules-only"]) == 0
    out = capsys.readouterr().out
    assert "mắc ca" in out
    assert "  rp-ketqua-2025-sau-thang: 1" in out


def test_held_out_refuses_to_list_mismatches(real_page_set):
    with pytest.raises(SystemExit):
        main(["--raw", str(real_page_set), "--rules-only", "--held-out", "--mismatches", "all"])
