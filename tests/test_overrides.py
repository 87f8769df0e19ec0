"""Record-level overrides: they correct the rules, and fail loudly once they no longer apply."""

from __future__ import annotations

import textwrap

import pytest
import yaml

from pipelines.curation.overrides import OverrideError, apply_overrides, load_overrides
from tests.conftest import RAW

ARTICLE = "longan-2023-hoi-nghi-ktxh"
SECTOR_I = "khu vực I phải tăng từ 2,5% trở lên"


def _write(tmp_path, body: str):
    path = tmp_path / "overrides.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return load_overrides(path)


def _override(tmp_path, oid: str, action: str, quote: str = SECTOR_I, **fields):
    """One override of ARTICLE's indicators, written to overrides.yaml and loaded from it."""
    entry = {
        "id": oid,
        "action": action,
        "table": "indicators",
        "article_id": ARTICLE,
        "quote": quote,
        "reason": "test",
        **fields,
    }
    return _write(tmp_path, yaml.safe_dump([entry], allow_unicode=True, sort_keys=False))


def _rule_rows(seed_rules):
    return {t: df.to_dict("records") for t, df in seed_rules.tables.items()}


def test_repository_overrides_all_apply(seed_rules, lex):
    overrides = load_overrides(RAW / "curation" / "overrides.yaml")
    assert overrides, "the repository keeps its corrections in overrides.yaml"
    apply_overrides(_rule_rows(seed_rules), overrides, lex)  # raises if one no longer applies


def test_reject_removes_the_rule_row(tmp_path, seed_rules, lex):
    rows = _rule_rows(seed_rules)
    before = [r for r in rows["indicators"] if r["article_id"] == ARTICLE and r["indicator_code"] == "SECTOR_I_GROWTH"]
    assert len(before) == 1
    ovr = _override(tmp_path, "t-reject", "reject", match={"indicator_code": "SECTOR_I_GROWTH"})
    out = apply_overrides(rows, ovr, lex)
    assert not [r for r in out["indicators"] if r["article_id"] == ARTICLE and r["indicator_code"] == "SECTOR_I_GROWTH"]
    # the input is not mutated
    assert len([r for r in rows["indicators"] if r["indicator_code"] == "SECTOR_I_GROWTH"]) == 1


def test_correct_sets_fields_and_marks_curated(tmp_path, seed_rules, lex):
    ovr = _override(
        tmp_path, "t-correct", "correct", match={"indicator_code": "SECTOR_I_GROWTH"}, set={"target_year": 2024}
    )
    out = apply_overrides(_rule_rows(seed_rules), ovr, lex)
    row = next(r for r in out["indicators"] if r["article_id"] == ARTICLE and r["indicator_code"] == "SECTOR_I_GROWTH")
    assert (row["target_year"], row["method"]) == (2024, "curated")


def test_add_creates_a_cited_curated_row(tmp_path, seed_rules, lex):
    quote = "nỗ lực, phấn đấu đạt kế hoạch thu ngân sách nhà nước"
    ovr = _override(
        tmp_path,
        "t-add",
        "add",
        quote=quote,
        row={
            "indicator_code": "BUDGET_REVENUE",
            "comparator": "achieve",
            "value_low": None,
            "value_high": None,
            "unit": None,
            "target_year": 2023,
        },
    )
    rows = _rule_rows(seed_rules)
    out = apply_overrides(rows, ovr, lex)
    added = [r for r in out["indicators"] if r["method"] == "curated" and r["indicator_code"] == "BUDGET_REVENUE"]
    assert len(added) == 1
    text = next(a["text"] for a in rows["articles"] if a["article_id"] == ARTICLE)
    assert text[added[0]["char_start"] : added[0]["char_end"]] == quote


def test_override_that_no_longer_hits_fails_loudly(tmp_path, seed_rules, lex):
    ovr = _override(
        tmp_path,
        "t-stale",
        "reject",
        match={"indicator_code": "GRDP_GROWTH"},
        reason="the rule row it rejected is gone",
    )
    with pytest.raises(OverrideError, match="t-stale.*no indicators row"):
        apply_overrides(_rule_rows(seed_rules), ovr, lex)


def test_correct_the_rules_already_make_fails(tmp_path, seed_rules, lex):
    ovr = _override(
        tmp_path, "t-redundant", "correct", match={"indicator_code": "SECTOR_I_GROWTH"}, set={"comparator": "gte"}
    )
    with pytest.raises(OverrideError, match="t-redundant.*already"):
        apply_overrides(_rule_rows(seed_rules), ovr, lex)


@pytest.mark.parametrize(
    "body, message",
    [
        ("- {id: a, action: reject, table: indicators, article_id: x, quote: q}", "missing keys \\['reason'\\]"),
        ("- {id: a, action: drop, table: indicators, article_id: x, quote: q, reason: r}", "action must be one of"),
        (
            "- {id: a, action: reject, table: indicators, article_id: x, quote: q, reason: r}\n"
            "- {id: a, action: reject, table: indicators, article_id: x, quote: q, reason: r}",
            "2 \\(a\\): id repeated",
        ),
    ],
)
def test_malformed_override_names_file_and_entry(tmp_path, body, message):
    with pytest.raises(OverrideError, match=f"overrides.yaml:.*{message}"):
        _write(tmp_path, body)


def test_quote_not_in_article_fails(tmp_path, seed_rules, lex):
    ovr = _override(tmp_path, "t-quote", "reject", quote="câu này không có trong bài")
    with pytest.raises(OverrideError, match=r"t-quote\): quote not found"):
        apply_overrides(_rule_rows(seed_rules), ovr, lex)
