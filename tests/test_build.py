"""The build's steps without Dagster: batches, cache, quarantine, summary; and the sensor."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipelines import steps
from pipelines.cache import ArticleCache
from pipelines.quarantine import DataError, QuarantineLimitError, enforce_limit, row_check
from tests.conftest import RAW, REPO

FIXTURES = REPO / "tests" / "fixtures" / "articles"


@pytest.fixture()
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(RAW / "articles", folder)
    return folder


def _run(articles: Path, lex, cache: ArticleCache, n: int = 2) -> tuple[dict, list[dict], int]:
    plans, problems = steps.plan_batches(articles, RAW / "curation", n)
    batches = [steps.process_batch(articles, p, lex, cache) for p in plans]
    rows, problems = steps.merge_batches(batches, problems)
    return rows, problems, sum(b.cached for b in batches)


def test_batches_are_stable_when_articles_are_added(articles):
    before, _ = steps.plan_batches(articles, RAW / "curation", 4)
    (articles / "zz-new-2030-x.txt").write_text(
        (articles / "longan-2024-qd4192.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    after, _ = steps.plan_batches(articles, RAW / "curation", 4)
    where = {f: p.batch for p in after for f in p.files}
    assert all(where[f] == p.batch for p in before for f in p.files)


def test_cache_reuses_unchanged_articles_and_redoes_a_changed_one(articles, lex, tmp_path):
    cache = ArticleCache(tmp_path / "cache")
    first, _, cached = _run(articles, lex, cache)
    assert cached == 0
    again, _, cached = _run(articles, lex, cache)
    assert cached == 5 and again == first
    path = articles / "longan-2024-qd4192.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _, _, cached = _run(articles, lex, cache)
    assert cached == 4


def test_cache_is_invalidated_by_the_curated_tables(articles, lex, tmp_path, monkeypatch):
    cache = ArticleCache(tmp_path / "cache")
    _run(articles, lex, cache)
    monkeypatch.setattr(steps, "extraction_salt", lambda curation_dir: "another curation digest")
    _, _, cached = _run(articles, lex, cache)
    assert cached == 0


def test_a_data_error_quarantines_the_article_and_a_bug_fails(articles, lex, monkeypatch):
    monkeypatch.setenv("PLANDATA_MAX_QUARANTINE_SHARE", "0.5")
    real = steps.extract_article

    def flaky(article, lex_, units):
        if article["article_id"] == "longan-2021-qd120":
            raise DataError("no paragraph left after cleaning")
        return real(article, lex_, units)

    monkeypatch.setattr(steps, "extract_article", flaky)
    rows, problems, _ = _run(articles, lex, ArticleCache(None))
    assert [p["article_id"] for p in problems] == ["longan-2021-qd120"]
    assert problems[0]["kind"] == "quarantined" and "no paragraph" in problems[0]["reason"]
    assert "longan-2021-qd120" not in {a["article_id"] for a in rows["articles"]}

    def buggy(article, lex_, units):
        raise KeyError("a bug")

    monkeypatch.setattr(steps, "extract_article", buggy)
    with pytest.raises(KeyError):
        _run(articles, lex, ArticleCache(None))


def test_rows_failing_a_row_level_check_quarantine_their_article(articles, lex):
    plans, _ = steps.plan_batches(articles, RAW / "curation", 1)
    good = steps.process_batch(articles, plans[0], lex, ArticleCache(None)).results
    assert row_check(good, steps.EXTRACTED) == {}
    aid = next(a for a, r in good.items() if r["rows"]["indicators"])
    good[aid]["rows"]["indicators"][0]["target_year"] = 1800
    failing = row_check(good, steps.EXTRACTED)
    assert list(failing) == [aid]
    assert failing[aid][0]["table"] == "indicators" and failing[aid][0]["column"] == "target_year"
    assert failing[aid][0]["article_id"] == aid


def test_quarantine_limit():
    problems = [{"kind": "quarantined", "file": "articles/a.txt", "reason": "x"}]
    assert enforce_limit(99, problems, limit=0.05) == pytest.approx(0.01)
    with pytest.raises(QuarantineLimitError, match="articles/a.txt"):
        enforce_limit(9, problems, limit=0.05)


@pytest.mark.parametrize("folder", [RAW / "articles", FIXTURES], ids=["seeds", "fixtures"])
def test_no_seed_or_fixture_article_is_quarantined(folder):
    from pipelines.build import build_tables

    result = build_tables(folder, RAW / "curation", apply_overrides=folder == RAW / "articles")
    assert [p for p in result.rejected if p["kind"] == "quarantined"] == []


def test_a_corpus_with_broken_articles_publishes_the_rest(articles, lex, monkeypatch):
    monkeypatch.setenv("PLANDATA_MAX_QUARANTINE_SHARE", "0.5")
    (articles / "broken-2024-a.txt").write_bytes(b"\xff\xfe not utf-8")
    (articles / "Bad Name.txt").write_text("Kế hoạch", encoding="utf-8")
    rows, problems, _ = _run(articles, lex, ArticleCache(None))
    assert len(rows["articles"]) == 5
    assert sorted(p["file"] for p in problems) == ["articles/Bad Name.txt", "articles/broken-2024-a.txt"]


def test_sensor_requests_a_run_when_an_article_changes(articles):
    from assets.resources import PlanDataPaths
    from assets.sensors import raw_articles_sensor

    paths = PlanDataPaths(articles_dir=str(articles))
    assert raw_articles_sensor.default_status == dg.DefaultSensorStatus.STOPPED
    first = raw_articles_sensor(dg.build_sensor_context(cursor=None), paths=paths)
    assert isinstance(first, dg.SensorResult) and len(first.run_requests) == 1
    same = raw_articles_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths)
    assert isinstance(same, dg.SkipReason)
    (articles / "longan-2024-qd4192.txt").write_text("Kế hoạch mới", encoding="utf-8")
    changed = raw_articles_sensor(dg.build_sensor_context(cursor=first.cursor), paths=paths)
    assert isinstance(changed, dg.SensorResult) and changed.cursor != first.cursor
    assert changed.run_requests[0].run_key != first.run_requests[0].run_key


def test_table_assets_show_schema_row_count_and_preview():
    from assets.ui import table_metadata
    from pipelines.frames import to_frame

    meta = table_metadata("bodies", to_frame("bodies", []))
    assert meta["dagster/row_count"] == 0
    assert [c.name for c in meta["dagster/column_schema"].columns][0] == "body_id"
    assert meta["preview"].value.startswith("| body_id |")
