"""Whether the indicator rows the score matched carry the gold's code.

The score matches a coded gold row only by a rule row of the same code, but an uncoded gold row
(``indicator_code`` null) on everything but the code: a rule row that put a code on it counts as
a true positive. The conventions say an uncoded gold row means that no code fits (session 44):
such a code is wrong, and the F1 cannot see it. This module counts, over the matched pairs:

- ``same``: the gold row is coded and the rule row has its code;
- ``both_uncoded``: neither has a code;
- ``coded_where_none_fits``: the gold row is uncoded and the rule row has a code.

Steps: take the score's own matching (``score._match_all``), keep the indicators pairs, sort each
by the two codes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipelines.evaluate.score import _match_all


@dataclass(frozen=True)
class CodeAgreement:
    """Counts over the matched indicator pairs, and the wrong codes as (article, rule code, gold label)."""

    pairs: int
    same: int
    both_uncoded: int
    wrong: tuple[tuple[str, str, str | None], ...]


def code_agreement(tables: dict[str, pd.DataFrame], gold: dict[str, dict]) -> CodeAgreement:
    """The code figures for the rule ``tables`` against ``gold`` (as ``score.score`` takes them).

    A pair whose gold row reads ``{indicator_code: null, label_vi: "khách du lịch nội địa"}`` and
    whose rule row reads ``TOURIST_ARRIVALS`` is one wrong code.
    """
    pairs = same = both = 0
    wrong: list[tuple[str, str, str | None]] = []
    for table, article, pred, rows, matched in _match_all(tables, gold):
        if table != "indicators":
            continue
        for gi, pj in sorted(matched.items()):
            pairs += 1
            want, got = rows[gi].get("indicator_code"), pred[pj]["_row"].get("indicator_code")
            if want is not None:
                same += 1  # the matcher takes a coded gold row only with its own code
            elif got is None or pd.isna(got):
                both += 1
            else:
                wrong.append((article, str(got), rows[gi].get("label_vi")))
    return CodeAgreement(pairs, same, both, tuple(wrong))


def format_code_agreement(a: CodeAgreement) -> str:
    """One line of figures (nothing that quotes a page).

    >>> print(format_code_agreement(CodeAgreement(10, 6, 3, (("rp-x", "GRDP_GROWTH", "du lịch tăng"),))))
    Codes of matched indicator rows: 10 pairs; gold coded, same code 6; gold uncoded: rule uncoded 3, rule coded 1 (a code where none fits, session 44)
    """
    return (
        f"Codes of matched indicator rows: {a.pairs} pairs; gold coded, same code {a.same}; "
        f"gold uncoded: rule uncoded {a.both_uncoded}, rule coded {len(a.wrong)} (a code where none fits, session 44)"
    )


def format_wrong_codes(a: CodeAgreement) -> str:
    """Readable listing of the wrong codes (pages' labels: never for a held-out set)."""
    lines = [f"--- codes where the gold has none ({len(a.wrong)}): article | rule code | gold label"]
    lines += [f"{article} | {code} | {label}" for article, code, label in a.wrong]
    return "\n".join(lines)
