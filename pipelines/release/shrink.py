"""No silent shrinking: an article of the previous release may leave the dataset only on purpose.

An article that the previous release published and that this build set aside (unreadable,
extraction failed, quarantined) stops the release; one whose file was deleted (it is in no
rejected input) leaves it, and the CHANGELOG lists its rows as removed.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import pandas as pd


class InputError(RuntimeError):
    """An input the build must not go on without (``kind: error``: a missing or malformed
    sources.csv, a missing articles folder); the message names each file:line."""


def check_no_input_errors(rejected: list[dict]) -> None:
    """Raise ``InputError`` listing every rejected input whose ``kind`` is ``error``."""
    errors = [r for r in rejected if r.get("kind") == "error"]
    if errors:
        raise InputError(
            f"{len(errors)} input(s) the build cannot go on without:\n  " + "\n  ".join(_reason(r) for r in errors)
        )


class ShrinkError(RuntimeError):
    """Published articles would silently leave the dataset; the message names each with its reason."""


def rejected_article_id(entry: dict) -> str | None:
    """The article id a rejected input stands for: the stem of its ``.txt`` file, or the
    ``article_id`` of a quarantined entry; None otherwise (a ``sources.csv`` row naming a deleted
    file stands for no article).

    >>> rejected_article_id({"file": "articles/longan-2021-qd120.txt", "error": "not UTF-8"})
    'longan-2021-qd120'
    """
    name = entry.get("file") or entry.get("path") or ""
    path = PurePosixPath(str(name))
    if path.suffix == ".txt":
        return path.stem
    return entry.get("article_id") if entry.get("kind") == "quarantined" else None


def _reason(entry: dict) -> str:
    where = entry.get("file") or entry.get("path") or "?"
    line = f":{entry['line']}" if entry.get("line") else ""
    error = str(entry.get("error") or entry.get("reason") or "set aside")
    return error if error.startswith(str(where)) else f"{where}{line}: {error}"


def lost_articles(previous: pd.DataFrame, current: pd.DataFrame, rejected: list[dict]) -> dict[str, str]:
    """{article_id: reason} for articles of the previous release's ``articles`` table that are not
    in the current one because this build set them aside (their file still exists)."""
    gone = set(previous["article_id"]) - set(current["article_id"])
    reasons = {}
    for entry in rejected:
        aid = rejected_article_id(entry)
        if aid in gone and aid not in reasons:
            reasons[aid] = _reason(entry)
    return dict(sorted(reasons.items()))


def check_no_shrinking(previous: pd.DataFrame, current: pd.DataFrame, rejected: list[dict], version: str) -> None:
    """Raise ``ShrinkError`` when ``lost_articles`` is not empty, naming each article and reason."""
    lost = lost_articles(previous, current, rejected)
    if lost:
        lines = "\n  ".join(f"{aid}: {reason}" for aid, reason in lost.items())
        raise ShrinkError(
            f"{len(lost)} article(s) published in {version} would leave the dataset because this "
            f"build set them aside; fix the file, or delete it to remove the article on purpose:\n  {lines}"
        )
