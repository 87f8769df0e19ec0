"""Score extracted tables against gold annotation.

``score(tables, gold)`` counts, per table, true positives (a predicted row matched to a gold row
of the same article), false positives (predicted rows left unmatched) and false negatives (gold
rows left unmatched), restricted to the articles in ``gold``. Matching is one-to-one and maximal
(a bipartite matching per article), so duplicates are never double-counted and the result does
not depend on row order.

A predicted row matches a gold row of the same article when:

- documents: doc_number (NFC, no white space, case folded: CONVENTIONS' one document in any
  case or spacing), doc_type, issuer, signed_date, period_start,
  period_end, vision_year are equal (null == null);
- indicators: indicator_code, comparator, unit, target_year are equal and value_low, value_high
  are equal within 1e-9 (relative or absolute; null == null); a gold row whose indicator_code is
  null (an uncoded target) matches on the other keys, whatever the predicted code;
- bodies: body_code is equal. Bodies are one row per body and province, not per article: a
  predicted body belongs to an article when one of the article's assignments uses it;
- assignments: body_code (through ``bodies.body_id``), role and deadline are equal;
- objectives: kind is equal and the gold ``text_contains`` is a substring of the predicted
  ``text_vi``, both NFC, white space collapsed and folded (``pipelines.text.fold``).

Documents are one row per document in the release; each article's mentions are its ``citations``
rows, so a document cited by two scored articles counts for each of them.

Dates may be ``datetime.date`` or ISO strings, values floats or None/NaN.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable

import pandas as pd

from pipelines.evaluate.gold import ROW_KEYS, TABLES, normalise_text
from pipelines.text.fold import fold

_KEYS = {t: tuple(k for k in ROW_KEYS[t] if k not in ("quote_contains", "theme", "text_contains")) for t in TABLES}
_FLOATS = {"value_low", "value_high"}
_INTS = {"period_start", "period_end", "vision_year", "target_year"}
_DATES = {"signed_date", "deadline"}
COLUMNS = ["table", "tp", "fp", "fn", "precision", "recall", "f1"]


def _missing(v) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _norm(key: str, v):
    if _missing(v):
        return None
    if key in _FLOATS:
        return float(v)
    if key in _INTS:
        return int(float(v))
    if key in _DATES:
        if isinstance(v, dt.datetime):
            return v.date().isoformat()
        if isinstance(v, dt.date):
            return v.isoformat()
        try:
            return pd.Timestamp(str(v).strip()).date().isoformat()
        except (ValueError, TypeError):
            return str(v).strip()
    v = unicodedata.normalize("NFC", str(v)).strip()
    return "".join(v.split()).casefold() if key == "doc_number" else v


def _same(key: str, a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if key in _FLOATS:
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def _folded(text) -> str:
    return "" if _missing(text) else fold(normalise_text(str(text)))


def _matcher(table: str) -> Callable[[dict, dict], bool]:
    if table == "objectives":
        return lambda p, g: p["kind"] == g["kind"] and _folded(g["text_contains"]) in p["_folded"]
    keys = _KEYS[table]
    if table == "indicators":
        # A gold row with a null code (an uncoded target) matches on everything but the code.
        return lambda p, g: all(
            _same(k, p[k], _norm(k, g[k])) for k in keys if k != "indicator_code" or g[k] is not None
        )
    return lambda p, g: all(_same(k, p[k], _norm(k, g[k])) for k in keys)


def _max_matching(pred: list[dict], gold: list[dict], ok: Callable[[dict, dict], bool]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): returns {gold index: pred index}."""
    edges = [[j for j, p in enumerate(pred) if ok(p, g)] for g in gold]
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pj in edges[gi]:
            if pj in seen:
                continue
            seen.add(pj)
            if pj not in owner or augment(owner[pj], seen):
                owner[pj] = gi
                return True
        return False

    for gi in range(len(gold)):
        augment(gi, set())
    return {gi: pj for pj, gi in owner.items()}


def _records(df: pd.DataFrame | None) -> list[dict]:
    if df is None or len(df) == 0:
        return []
    return df.to_dict("records")


def _cited_documents(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Documents as each article cites them: one row per ``citations`` row (the document's fields,
    the citing article); without a citations table, the documents rows themselves."""
    docs = _records(tables.get("documents"))
    cites = _records(tables.get("citations"))
    if tables.get("citations") is None:
        return docs
    by_id = {d["document_id"]: d for d in docs}
    return [
        {**by_id[c["document_id"]], **{k: c[k] for k in ("article_id", "quote", "char_start", "char_end")}}
        for c in cites
        if c["document_id"] in by_id
    ]


def _predicted(tables: dict[str, pd.DataFrame], articles: set[str]) -> dict[str, dict[str, list[dict]]]:
    """Predicted rows per table per scored article, normalised, with the raw row kept in ``_row``."""
    out: dict[str, dict[str, list[dict]]] = {t: {a: [] for a in articles} for t in TABLES}
    body_code = {r.get("body_id"): _norm("body_code", r.get("body_code")) for r in _records(tables.get("bodies"))}

    for table in ("documents", "indicators", "objectives"):
        for r in _cited_documents(tables) if table == "documents" else _records(tables.get(table)):
            if r.get("article_id") not in articles:
                continue
            row = {k: _norm(k, r.get(k)) for k in _KEYS[table]}
            if table == "objectives":
                row["_folded"] = _folded(r.get("text_vi"))
            row["_row"] = r
            out[table][r["article_id"]].append(row)

    seen_bodies: set[tuple[str, object]] = set()
    for r in _records(tables.get("assignments")):
        article = r.get("article_id")
        if article not in articles:
            continue
        code = body_code.get(r.get("body_id"))
        out["assignments"][article].append(
            {
                "body_code": code,
                "role": _norm("role", r.get("role")),
                "deadline": _norm("deadline", r.get("deadline")),
                "_row": r,
            }
        )
        if (article, r.get("body_id")) not in seen_bodies:
            seen_bodies.add((article, r.get("body_id")))
            out["bodies"][article].append(
                {"body_code": code, "_row": {"article_id": article, "body_id": r.get("body_id"), "body_code": code}}
            )
    return out


def _match_all(tables: dict[str, pd.DataFrame], gold: dict[str, dict]):
    """Yield (table, article_id, predicted rows, gold rows, {gold index: pred index})."""
    pred = _predicted(tables, set(gold))
    for table in TABLES:
        ok = _matcher(table)
        for article in sorted(gold):
            p, g = pred[table][article], gold[article][table]
            yield table, article, p, g, _max_matching(p, g, ok)


def _ratios(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(tables: dict[str, pd.DataFrame], gold: dict[str, dict]) -> pd.DataFrame:
    """Counts and precision/recall/F1 per table and overall (``all``), for the articles in ``gold``.

    With nothing predicted precision is 1.0; with nothing to find recall is 1.0.
    """
    counts = {t: [0, 0, 0] for t in TABLES}
    for table, _, p, g, matched in _match_all(tables, gold):
        c = counts[table]
        c[0] += len(matched)
        c[1] += len(p) - len(matched)
        c[2] += len(g) - len(matched)
    counts["all"] = [sum(counts[t][i] for t in TABLES) for i in range(3)]
    rows = [[t, tp, fp, fn, *_ratios(tp, fp, fn)] for t, (tp, fp, fn) in counts.items()]
    return pd.DataFrame(rows, columns=COLUMNS)


def mismatches(tables: dict[str, pd.DataFrame], gold: dict[str, dict]) -> dict[str, dict[str, pd.DataFrame]]:
    """Unmatched rows per table: ``fp`` the predicted rows (as given), ``fn`` the gold rows."""
    fps: dict[str, list[dict]] = {t: [] for t in TABLES}
    fns: dict[str, list[dict]] = {t: [] for t in TABLES}
    for table, article, p, g, matched in _match_all(tables, gold):
        used = set(matched.values())
        fps[table] += [row["_row"] for j, row in enumerate(p) if j not in used]
        fns[table] += [{"article_id": article, **row} for i, row in enumerate(g) if i not in matched]
    return {t: {"fp": pd.DataFrame(fps[t]), "fn": pd.DataFrame(fns[t])} for t in TABLES}


def format_mismatches(found: dict[str, dict[str, pd.DataFrame]], tables: tuple[str, ...] = TABLES) -> str:
    """Readable listing of ``mismatches`` output, for test failure messages."""
    shown = {
        "documents": ["doc_number", "doc_type", "issuer", "signed_date", "period_start", "period_end", "vision_year"],
        "indicators": [
            "indicator_code",
            "label_vi",
            "comparator",
            "value_low",
            "value_high",
            "unit",
            "target_year",
            "quote",
            "quote_contains",
        ],
        "objectives": ["kind", "text_vi", "text_contains"],
        "bodies": ["body_code", "body_id"],
        "assignments": ["body_code", "body_id", "role", "deadline", "quote"],
    }
    lines = []
    with pd.option_context("display.width", 250, "display.max_colwidth", 90, "display.max_columns", 20):
        for table in tables:
            for kind in ("fp", "fn"):
                df = found[table][kind]
                if len(df):
                    cols = [c for c in ["article_id", *shown[table]] if c in df.columns]
                    lines.append(f"--- {table} {kind} ({len(df)}):\n{df[cols].to_string(index=False)}")
    return "\n".join(lines) or "(no mismatches)"
