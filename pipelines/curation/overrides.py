"""Record-level overrides (``raw/curation/overrides.yaml``): reject, correct or add rows.

Each override names its table, article, a quote that must occur in the article's cleaned
text, and a reason. ``reject`` and ``correct`` must hit at least one row (matched by the
``match`` fields and by overlapping the quote); an override that no longer hits anything
fails the build loudly (the Our World in Data way), instead of silently doing nothing.
``add`` creates a row with ``method = curated`` quoted from the given quote.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.assignments import body_id
from pipelines.extract.ids import row_id

ACTIONS = {"reject", "correct", "add"}
TABLES = {"articles", "documents", "objectives", "indicators", "assignments"}
KEYS = {"id", "action", "table", "article_id", "quote", "match", "set", "row", "reason"}


class OverrideError(ValueError):
    """An override is malformed or no longer applies; the message names it."""


@dataclass(frozen=True)
class Override:
    """One curated correction."""

    id: str
    action: str
    table: str
    article_id: str
    quote: str
    reason: str
    match: dict = field(default_factory=dict)
    set: dict = field(default_factory=dict)
    row: dict = field(default_factory=dict)


def load_overrides(path: Path) -> list[Override]:
    """Parse and check ``overrides.yaml``; errors name the file and the entry."""
    if not path.exists():
        return []
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out, seen = [], set()
    for i, e in enumerate(entries, start=1):
        where = f"{path.name} entry {i} ({e.get('id', '?') if isinstance(e, dict) else '?'})"
        if not isinstance(e, dict):
            raise OverrideError(f"{where}: not a mapping")
        unknown = set(e) - KEYS
        missing = {"id", "action", "table", "article_id", "quote", "reason"} - set(e)
        if unknown or missing:
            raise OverrideError(f"{where}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
        if e["action"] not in ACTIONS or e["table"] not in TABLES:
            raise OverrideError(f"{where}: action must be one of {sorted(ACTIONS)}, table one of {sorted(TABLES)}")
        if e["id"] in seen:
            raise OverrideError(f"{where}: id repeated")
        if not str(e["reason"]).strip():
            raise OverrideError(f"{where}: reason is empty")
        seen.add(e["id"])
        out.append(Override(**{k: e[k] for k in e}))
    return out


def _span(o: Override, articles: dict[str, dict]) -> tuple[int, int]:
    art = articles.get(o.article_id)
    if art is None:
        raise OverrideError(f"override {o.id}: article {o.article_id!r} does not exist")
    start = art["text"].find(o.quote)
    if start < 0:
        raise OverrideError(f"override {o.id}: quote not found in article {o.article_id}: {o.quote!r}")
    return start, start + len(o.quote)


def _hits(o: Override, rows: list[dict], span: tuple[int, int]) -> list[dict]:
    out = []
    for r in rows:
        if r.get("article_id") != o.article_id:
            continue
        if any(r.get(k) != v for k, v in o.match.items()):
            continue
        if "char_start" in r and not (r["char_start"] < span[1] and span[0] < r["char_end"]):
            continue
        out.append(r)
    return out


def for_kept_articles(overrides: list[Override], articles: list[dict]) -> tuple[list[Override], list[str]]:
    """Split overrides into (those whose article was ingested, ids of those whose article was set aside).

    An override of a set-aside article cannot apply; the caller reports its id instead of failing.
    """
    kept = {a["article_id"] for a in articles}
    return [o for o in overrides if o.article_id in kept], [o.id for o in overrides if o.article_id not in kept]


def apply_overrides(tables: dict[str, list[dict]], overrides: list[Override], lex: Lexicons) -> dict[str, list[dict]]:
    """Return new row lists with every override applied, in file order."""
    tables = {k: [dict(r) for r in v] for k, v in tables.items()}
    articles = {a["article_id"]: a for a in tables["articles"]}
    for o in overrides:
        span = _span(o, articles)
        rows = tables[o.table]
        if o.action in ("reject", "correct"):
            hits = _hits(o, rows, span) if o.table != "articles" else [articles[o.article_id]]
            if not hits:
                raise OverrideError(f"override {o.id}: no {o.table} row of {o.article_id} matches "
                                    f"{o.match} at the quote any more; update or remove it")
            if o.action == "reject":
                ids = {id(h) for h in hits}
                tables[o.table] = [r for r in rows if id(r) not in ids]
            else:
                if all(all(h.get(k) == v for k, v in o.set.items()) for h in hits):
                    raise OverrideError(f"override {o.id}: the rules already give {o.set}; remove the override")
                for h in hits:
                    h.update(o.set)
                    if "method" in h:
                        h["method"] = "curated"
        else:
            tables[o.table].append(_new_row(o, span, articles[o.article_id], tables, lex))
    return tables


def _new_row(o: Override, span: tuple[int, int], article: dict, tables: dict, lex: Lexicons) -> dict:
    row = {**o.row, "article_id": o.article_id, "quote": o.quote, "char_start": span[0],
           "char_end": span[1]}
    prov = article["province_code"]
    if o.table == "indicators":
        code = row.get("indicator_code")
        if code is not None and code not in lex.indicator_info:
            raise OverrideError(f"override {o.id}: unknown indicator_code {code!r}")
        row.setdefault("label_en", lex.indicator_info[code]["label_en"] if code else None)
        row.setdefault("label_vi", o.quote)
        row.update(indicator_id=row_id(o.article_id, "ind", *span), province_code=prov, method="curated")
    elif o.table == "objectives":
        row.setdefault("text_vi", o.quote)
        row.update(objective_id=row_id(o.article_id, "obj", *span), province_code=prov,
                   method="curated")
    elif o.table == "assignments":
        code = row.pop("body_code")
        if code not in lex.body_info:
            raise OverrideError(f"override {o.id}: unknown body_code {code!r}")
        info = lex.body_info[code]
        bprov = None if info["level"] == "national" else prov
        bid = body_id(code, bprov)
        if not any(b["body_id"] == bid for b in tables["bodies"]):
            tables["bodies"].append({"body_id": bid, "body_code": code, "province_code": bprov,
                                     "name_vi": info["name_vi"], "name_en": info["name_en"],
                                     "body_type": info["body_type"],
                                     "successor_2025_code": info["successor_2025_code"]})
        row.setdefault("task_vi", o.quote)
        row.update(body_id=bid, assignment_id=row_id(o.article_id, "asg", *span, bid, row["role"]),
                   method="curated")
    else:
        raise OverrideError(f"override {o.id}: add is not supported for {o.table}")
    return row
