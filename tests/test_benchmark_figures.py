"""The benchmark's per-article extraction figure counts the ingest-and-extract batches only."""

from benchmarks.__main__ import batch_ms_per_article


def test_batch_ms_per_article_sums_only_the_batches():
    steps = {
        "core_tables": {"seconds": 5.0},
        "core_rule_rows.ingest_extract_batch[b0]": {"seconds": 1.5},
        "core_rule_rows.ingest_extract_batch[b1]": {"seconds": 1.5},
    }
    assert batch_ms_per_article(steps, 100) == 30.0
    assert batch_ms_per_article({}, 0) == 0.0
