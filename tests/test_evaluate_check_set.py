"""``python -m pipelines.evaluate.check_set``: an annotated set is checked before it is scored."""

from __future__ import annotations

from pathlib import Path

from pipelines import config
from pipelines.evaluate.check_set import main, set_problems

CURATION = config.REPO_ROOT / "raw" / "curation"
PAGE = "Tỉnh đặt mục tiêu năm 2027\n\nNăm 2027, tỉnh phấn đấu đón 4,5 triệu lượt khách du lịch.\n"


def _gold(article_id: str, code: str | None, quote: str, body: str | None = None) -> str:
    bodies = f"\n  - body_code: {body}" if body else " []"
    assignments = f"\n  - body_code: {body}\n    role: implement\n    deadline: null" if body else " []"
    return f"""article_id: {article_id}
province_code: null
published_date: null
documents: []
objectives: []
indicators:
  - indicator_code: {code or "null"}
    comparator: eq
    value_low: 4500000
    value_high: null
    unit: count
    target_year: 2027
    quote_contains: "{quote}"
bodies:{bodies}
assignments:{assignments}
"""


def _set(tmp_path: Path, gold: str, article_id: str = "rp-tinh-2026-du-lich") -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles" / f"{article_id}.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "articles" / "sources.csv").write_text(
        f"article_id,source_url,publisher,retrieved_date\n{article_id},https://example.org/a,example.org,2026-12-06\n",
        encoding="utf-8",
    )
    (tmp_path / "gold" / f"{article_id}.yaml").write_text(gold, encoding="utf-8")
    return tmp_path


def test_a_sound_set_has_no_problem(tmp_path):
    gold = _gold("rp-tinh-2026-du-lich", "TOURIST_ARRIVALS", "đón 4,5 triệu  lượt khách", body="PPC")
    assert set_problems(_set(tmp_path, gold), CURATION) == []


def test_a_quote_missing_from_its_page_is_named(tmp_path):
    gold = _gold("rp-tinh-2026-du-lich", None, "đón 5 triệu lượt khách")
    assert set_problems(_set(tmp_path, gold), CURATION) == [
        "rp-tinh-2026-du-lich.yaml: indicators[0]: quote_contains is not in the page text"
    ]


def test_codes_outside_the_codebook_are_named(tmp_path):
    gold = _gold("rp-tinh-2026-du-lich", "TOURIST_VISITS_GUESSED", "đón 4,5 triệu lượt khách", body="SO_DU_LICH")
    problems = set_problems(_set(tmp_path, gold), CURATION)
    assert (
        "rp-tinh-2026-du-lich.yaml: indicators[0]: TOURIST_VISITS_GUESSED is not in indicator_lexicon.csv" in problems
    )
    assert "rp-tinh-2026-du-lich.yaml: bodies[0]: SO_DU_LICH is not in body_gazetteer.csv" in problems
    assert "rp-tinh-2026-du-lich.yaml: assignments[0]: SO_DU_LICH is not in body_gazetteer.csv" in problems


def test_a_page_without_gold_and_a_gold_without_address_are_named(tmp_path, capsys):
    s = _set(tmp_path, _gold("rp-tinh-2026-du-lich", None, "đón 4,5 triệu lượt khách"))
    (s / "articles" / "sources.csv").write_text("article_id,source_url,publisher,retrieved_date\n", encoding="utf-8")
    (s / "articles" / "rp-tinh-2026-khac.txt").write_text(PAGE, encoding="utf-8")
    assert main([str(s)]) == 1
    out = capsys.readouterr().out
    assert "rp-tinh-2026-du-lich.yaml: no address for rp-tinh-2026-du-lich in articles/sources.csv" in out
    assert "articles/rp-tinh-2026-khac.txt: no gold file gold/rp-tinh-2026-khac.yaml" in out


def _objective_gold(article_id: str, text: str) -> str:
    return f"""article_id: {article_id}
province_code: null
published_date: null
documents: []
objectives:
  - kind: general_objective
    theme: economy
    text_contains: "{text}"
indicators: []
bodies: []
assignments: []
"""


def test_a_short_objective_text_at_the_end_of_the_page_is_sound(tmp_path):
    """A text_contains of 2-3 words is sound only where the page ends with it (an item the page
    cuts off): "4,5 triệu lượt khách du lịch." ends the page."""
    gold = _objective_gold("rp-tinh-2026-du-lich", "khách du  lịch.")
    assert set_problems(_set(tmp_path, gold), CURATION) == []


def test_a_short_objective_text_inside_the_page_is_named(tmp_path):
    gold = _objective_gold("rp-tinh-2026-du-lich", "lượt khách")
    assert set_problems(_set(tmp_path, gold), CURATION) == [
        "rp-tinh-2026-du-lich.yaml: objectives[0]: text_contains has fewer than 4 words and does not end the page text"
    ]


def test_an_objective_text_of_four_words_may_stand_anywhere(tmp_path):
    gold = _objective_gold("rp-tinh-2026-du-lich", "tỉnh phấn đấu đón")
    assert set_problems(_set(tmp_path, gold), CURATION) == []


def test_a_one_word_objective_text_fails_the_loader(tmp_path):
    gold = _objective_gold("rp-tinh-2026-du-lich", "lịch.")
    (problem,) = set_problems(_set(tmp_path, gold), CURATION)
    assert "objectives[0]: text_contains: must have at least 2 words" in problem
