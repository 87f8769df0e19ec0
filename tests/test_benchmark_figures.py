"""The benchmark's per-article extraction figure counts the ingest-and-extract batches only."""

from benchmarks.__main__ import batch_ms_per_article, target_lines


def test_batch_ms_per_article_sums_only_the_batches():
    steps = {
        "core_tables": {"seconds": 5.0},
        "core_rule_rows.ingest_extract_batch[b0]": {"seconds": 1.5},
        "core_rule_rows.ingest_extract_batch[b1]": {"seconds": 1.5},
    }
    assert batch_ms_per_article(steps, 100) == 30.0
    assert batch_ms_per_article({}, 0) == 0.0


def _run(full_s: float, seeds_s: float, add_one_s: float, peak: float, busy: float) -> dict:
    def build(wall: float, busy_cores: float | None) -> dict:
        return {"wall_s": wall, "peak_tree_pss_mb": peak, "busy_cores_in_extraction": busy_cores}

    return {
        "n": 10000,
        "floor_s": 0.65,
        "cores": 2,
        "full": build(full_s, busy),
        "add_one": build(add_one_s, None),
        "seeds": build(seeds_s, None),
    }


def test_target_lines_say_which_targets_are_met():
    lines = target_lines(_run(full_s=141.8, seeds_s=13.7, add_one_s=26.7, peak=987, busy=1.98))
    assert lines[0] == "full build 141.8 s, target 20 x floor = 13.0 s: not met"
    assert lines[1].endswith("the target leaves nothing: the seeds alone exceed it")
    assert lines[2].endswith(": met") and lines[3].endswith(": met") and lines[4].endswith(": met")


def test_target_lines_give_the_budget_per_article_left_after_the_fixed_cost():
    lines = target_lines(_run(full_s=12.0, seeds_s=3.0, add_one_s=7.0, peak=1100, busy=1.2))
    assert lines[0].endswith(": met")
    assert lines[1].endswith("the target leaves 1.00 ms of wall time per article")  # (13.0 - 3.0) s / 10,000
    assert lines[2].endswith(": not met") and lines[3].endswith(": not met") and lines[4].endswith(": not met")
