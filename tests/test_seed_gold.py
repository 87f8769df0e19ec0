"""The rules alone give the team's seed gold (raw/gold/) exactly: the seed articles are real
pages the rules were tuned on, so any change here is a regression, not generalisation."""

from __future__ import annotations

from pipelines.evaluate.gold import load_gold
from pipelines.evaluate.score import score
from tests.conftest import RAW


def test_the_rules_alone_score_one_on_the_seed_gold(seed_rules):
    result = score(seed_rules.tables, load_gold(RAW / "gold"))
    scored = result[result["table"].isin(["documents", "indicators", "bodies", "assignments"])]
    wrong = scored[(scored["fp"] > 0) | (scored["fn"] > 0)]
    assert wrong.empty, "\n" + wrong.to_string(index=False)
