"""The rows of the annotated articles: what the evaluation scores, whatever the corpus size."""

from __future__ import annotations

from pathlib import Path

from pipelines.evaluate.gold import gold_files


def gold_article_ids(gold_dir: Path) -> set[str]:
    """The ids of the articles annotated in `gold_dir` (one ``<article id>.yaml`` each; none when
    the folder is missing), by file name: the files are read and checked by the evaluation."""
    return {p.stem for p in gold_files(gold_dir)}


def gold_only(rows: dict[str, list[dict]], article_ids: set[str]) -> dict[str, list[dict]]:
    """The rows of the annotated articles only (tables without ``article_id`` are kept whole).

    >>> gold_only({"indicators": [{"article_id": "a"}, {"article_id": "b"}], "bodies": [{"body_id": "x"}]}, {"a"})
    {'indicators': [{'article_id': 'a'}], 'bodies': [{'body_id': 'x'}]}
    """
    return {t: [r for r in rs if "article_id" not in r or r["article_id"] in article_ids] for t, rs in rows.items()}
