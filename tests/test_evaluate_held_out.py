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


@pytest.fixture
def real_page_set(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / "rp-heldout-2025-giao-chi-tieu.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles" / "sources.csv").write_text(
        "article_id,source_url,publisher,retrieved_date\nrp-heldout-2025-giao-chi-tieu,,,\n", encoding="utf-8"
    )
    (tmp_path / "gold" / "rp-heldout-2025-giao-chi-tieu.yaml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_held_out_prints_figures_and_no_words_of_the_page(real_page_set, capsys):
    assert main(["--raw", str(real_page_set), "--rules-only", "--held-out"]) == 0
    out, err = capsys.readouterr()
    printed = out + err
    assert "rules  indicators   1   1   0      0.500   1.000 0.667" in out
    assert "Indicators coded by the lexicon: 1/2 (50.0%)." in out
    for words in ("mắc ca", "trồng mới", "rp-heldout", "1.200"):
        assert words not in printed


def test_without_held_out_the_curation_queue_quotes_the_page(real_page_set, capsys):
    assert main(["--raw", str(real_page_set), "--rules-only"]) == 0
    assert "mắc ca" in capsys.readouterr().out


def test_held_out_refuses_to_list_mismatches(real_page_set):
    with pytest.raises(SystemExit):
        main(["--raw", str(real_page_set), "--rules-only", "--held-out", "--mismatches", "all"])
