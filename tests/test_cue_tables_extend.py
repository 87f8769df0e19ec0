"""Curators extend the extractor's connective words by adding rows to ``indicator_cues.csv``:
a cue added to (or removed from) a role changes what is extracted, with no code change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from pipelines.curation.lexicons import Lexicons, load_lexicons
from pipelines.extract import dates
from pipelines.extract.cue_words import cue_words
from pipelines.extract.indicators import unit_table
from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs

RAW = Path(__file__).resolve().parents[1] / "raw" / "curation"


def _lexicons(tmp_path: Path, add: tuple[tuple[str, str], ...] = (), drop_role: str | None = None) -> Lexicons:
    cur = tmp_path / "curation"
    shutil.copytree(RAW, cur)
    path = cur / "indicator_cues.csv"
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    if drop_role:
        df = df[df.role != drop_role]
    df = pd.concat([df, pd.DataFrame([{"cue": c, "role": r, "notes": ""} for c, r in add])])
    df.to_csv(path, index=False)
    return load_lexicons(cur)


# A counted list cue, then a sentence that elaborates it with words no table lists yet.
TEXT = (
    "Năm 2025, tỉnh xác định 3 nhiệm vụ chủ yếu. Nói cụ thể hơn, tập trung phát triển công "
    "nghiệp chế biến; đẩy mạnh xây dựng hạ tầng giao thông; nâng cao chất lượng giáo dục."
)


def _items(lex: Lexicons) -> list[str]:
    return [r["quote"] for r in objective_rows("a", TEXT, paragraphs(TEXT), lex)]


def test_a_curated_list_elaborate_cue_opens_a_list(tmp_path: Path) -> None:
    assert _items(_lexicons(tmp_path / "before")) == []
    items = _items(_lexicons(tmp_path / "after", add=(("nói cụ thể hơn", "list_elaborate"),)))
    assert items == [
        "tập trung phát triển công nghiệp chế biến",
        "đẩy mạnh xây dựng hạ tầng giao thông",
        "nâng cao chất lượng giáo dục",
    ]


def test_range_words_come_from_the_table(tmp_path: Path) -> None:
    text = "tăng từ 7 đến 8%"
    # a role keeps a row (the loader fails on a role with none): here one the text does not use
    plain = unit_table(_lexicons(tmp_path / "plain", drop_role="range_join", add=(("tới", "range_join"),)))
    assert [(q.low, q.high) for q in plain.find(text, 0, len(text))] == [(8.0, None)]
    extended = unit_table(_lexicons(tmp_path / "ext", drop_role="range_join", add=(("đến", "range_join"),)))
    assert [(q.low, q.high) for q in extended.find(text, 0, len(text))] == [(7.0, 8.0)]


def test_a_curated_year_lead_is_read_as_the_year_cue(tmp_path: Path) -> None:
    text = "phấn đấu sau năm 2030 đạt 9%"
    before = dates.find_years(text, cue_words(_lexicons(tmp_path / "b")))
    after = dates.find_years(text, cue_words(_lexicons(tmp_path / "a", add=(("sau", "year_lead"),))))
    assert [(y, c) for _, _, y, c in before] == [(2030, "")]
    assert [(y, c) for _, _, y, c in after] == [(2030, "sau")]
