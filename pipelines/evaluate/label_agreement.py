"""How well the rules' labels of uncoded targets name what the gold says is counted.

The score matches an uncoded gold row on comparator, values, unit and year and never reads its
``label_vi``; for an uncoded row that label is all a reader has to know what is counted. This
module measures it, for the pairs the score matched: a rule row matched to a gold row whose
``indicator_code`` is null and which names a ``label_vi``.

Each label is reduced to its set of content words: NFC, lower-cased, split on anything that is
not a letter or a digit, without the curated function words (``indicator_cues.csv`` role
``label_function_word``: "các", "của", "và" ...: words annotators put in or leave out freely).
Per pair, word recall is the share of the gold label's content words found in the rule label,
word precision the share of the rule label's content words found in the gold label (1.0 when a
side has no content word). The figures are the number of pairs, how many are *covered* (recall
1.0: every gold content word is in the rule label), how many are *exact* (the two word sets are
equal) and the mean recall and precision over the pairs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from pipelines.evaluate.score import _match_all

_WORD = re.compile(r"[^\W_]+")
FUNCTION_WORD_ROLE = "label_function_word"


def content_words(label: str | None, function_words: Iterable[str] = ()) -> frozenset[str]:
    """The content words of ``label``: NFC, lower-cased, letters and digits only, without
    ``function_words``.

    >>> sorted(content_words("Số  Hộ nghèo của tỉnh", ["của"]))
    ['hộ', 'nghèo', 'số', 'tỉnh']
    """
    skip = {unicodedata.normalize("NFC", w).lower() for w in function_words}
    text = unicodedata.normalize("NFC", label or "").lower()
    return frozenset(w for w in _WORD.findall(text) if w not in skip)


def pair_scores(rule: frozenset[str], gold: frozenset[str]) -> tuple[float, float]:
    """(recall, precision) of the rule label's content words against the gold label's.

    >>> pair_scores(frozenset({"đã", "trồng", "rừng"}), frozenset({"trồng", "rừng", "mới"}))
    (0.6666666666666666, 0.6666666666666666)
    """
    common = len(rule & gold)
    return (common / len(gold) if gold else 1.0, common / len(rule) if rule else 1.0)


@dataclass(frozen=True)
class LabelAgreement:
    """The figures over the matched uncoded pairs (means are None with no pair)."""

    pairs: int
    covered: int
    exact: int
    recall: float | None
    precision: float | None


def agreement(pairs: Iterable[tuple[str | None, str | None]], function_words: Iterable[str] = ()) -> LabelAgreement:
    """The figures for (rule label, gold label) pairs; a pair whose gold label is missing is left out.

    >>> a = agreement([("đã trồng rừng", "trồng rừng"), ("sản lượng", "sản lượng lúa")], ["các"])
    >>> a.pairs, a.covered, a.exact, round(a.recall, 3), round(a.precision, 3)
    (2, 1, 0, 0.833, 0.833)
    """
    skip = list(function_words)
    sets = [(content_words(r, skip), content_words(g, skip)) for r, g in pairs if g is not None and str(g).strip()]
    if not sets:
        return LabelAgreement(0, 0, 0, None, None)
    scored = [pair_scores(r, g) for r, g in sets]
    return LabelAgreement(
        pairs=len(sets),
        covered=sum(rec == 1.0 for rec, _ in scored),
        exact=sum(r == g for r, g in sets),
        recall=sum(rec for rec, _ in scored) / len(scored),
        precision=sum(p for _, p in scored) / len(scored),
    )


def uncoded_pairs(tables: dict[str, pd.DataFrame], gold: dict[str, dict]) -> list[tuple[str, str | None, str]]:
    """(article, rule label, gold label) of each rule row the score matched to an uncoded gold
    row that names its label, in article order."""
    out: list[tuple[str, str | None, str]] = []
    for table, article, pred, rows, matched in _match_all(tables, gold):
        if table != "indicators":
            continue
        for gi, pj in sorted(matched.items()):
            g = rows[gi]
            if g.get("indicator_code") is None and g.get("label_vi"):
                out.append((article, pred[pj]["_row"].get("label_vi"), g["label_vi"]))
    return out


def disagreements(
    pairs: Iterable[tuple[str, str | None, str]], function_words: Iterable[str] = ()
) -> list[tuple[str, str | None, str, float, float]]:
    """The pairs whose content words differ, with their (recall, precision), worst recall first.

    >>> disagreements([("a", "sẽ trồng mới cây", "trồng mới cây"), ("b", "khách", "khách")])
    [('a', 'sẽ trồng mới cây', 'trồng mới cây', 1.0, 0.75)]
    """
    skip = list(function_words)
    out = []
    for article, rule, gold in pairs:
        r, g = content_words(rule, skip), content_words(gold, skip)
        if r != g:
            out.append((article, rule, gold, *pair_scores(r, g)))
    return sorted(out, key=lambda x: (x[3], x[4], x[0]))


def function_words(cues: pd.DataFrame) -> list[str]:
    """The curated function words: the ``label_function_word`` rows of ``indicator_cues.csv``."""
    return [str(c) for c in cues.loc[cues["role"] == FUNCTION_WORD_ROLE, "cue"]]


def format_disagreements(found: list[tuple[str, str | None, str, float, float]]) -> str:
    """Readable listing of ``disagreements`` (pages' labels: never for a held-out set)."""
    lines = [f"--- uncoded labels differing from the gold ({len(found)}): recall precision article | rule | gold"]
    lines += [f"{rec:.2f} {p:.2f} {a} | {r} | {g}" for a, r, g, rec, p in found]
    return "\n".join(lines)


def format_agreement(a: LabelAgreement) -> str:
    """One line of figures (nothing that quotes a page).

    >>> print(format_agreement(LabelAgreement(4, 3, 2, 0.9, 0.75)))
    Uncoded labels (rule rows matched to an uncoded gold row with a label): 4 pairs; gold words covered 3/4 (75.0%), same words 2/4 (50.0%); word recall 0.900, precision 0.750
    """
    head = "Uncoded labels (rule rows matched to an uncoded gold row with a label): "
    if not a.pairs or a.recall is None or a.precision is None:
        return head + "no pair"
    return (
        f"{head}{a.pairs} pairs; gold words covered {a.covered}/{a.pairs} ({a.covered / a.pairs:.1%}), "
        f"same words {a.exact}/{a.pairs} ({a.exact / a.pairs:.1%}); "
        f"word recall {a.recall:.3f}, precision {a.precision:.3f}"
    )
