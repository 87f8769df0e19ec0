"""Record-level overrides (``raw/curation/overrides.yaml``): reject, correct or add rows.

Each override names its table, article, a quote that must occur in the article's cleaned
text, and a reason. ``reject`` and ``correct`` must hit at least one row (matched by the
``match`` fields and by overlapping the quote); an override that no longer hits anything
fails the build loudly (the Our World in Data way), instead of silently doing nothing.
``add`` creates a row with ``method = curated`` quoted from the given quote.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

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
    source: str = ""  # where it is written: curation/overrides.yaml:<line>

    @property
    def where(self) -> str:
        """How errors name it: ``curation/overrides.yaml:12 (langson-title)``."""
        return f"{self.source} ({self.id})" if self.source else f"override {self.id}"


def _source(path: Path, line: int | None) -> str:
    return f"{path.parent.name}/{path.name}" + (f":{line}" if line else "")


def _parse(path: Path) -> tuple[list, list[int]]:
    """The YAML list of entries and the line where each starts; OverrideError naming file:line."""
    if not path.is_file():
        raise OverrideError(f"{_source(path, None)}: missing; the curated corrections live there (write `[]` for none)")
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        entries = yaml.safe_load(text)
    except UnicodeDecodeError as err:
        raise OverrideError(f"{_source(path, None)}: not UTF-8 ({err.reason} at byte {err.start})") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise OverrideError(
            f"{_source(path, mark.line + 1 if mark else None)}: not valid YAML: {err.problem or err.context}"
        ) from None
    if entries is None:
        raise OverrideError(f"{_source(path, 1)}: empty; write `[]` for no overrides")
    if not isinstance(entries, list):
        raise OverrideError(
            f"{_source(path, node.start_mark.line + 1)}: expected a list of overrides, got a {type(entries).__name__}"
        )
    return entries, [item.start_mark.line + 1 for item in node.value]


def _check_entry(e: object, where: str, seen: set) -> None:
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


def load_overrides(path: Path) -> list[Override]:
    """Parse and check ``overrides.yaml``; errors name the file, line and entry
    (``curation/overrides.yaml:12 (langson-title): id repeated``). A missing or empty file is an
    error: deleting it would silently revert every correction (write ``[]`` for none)."""
    entries, lines = _parse(path)
    out, seen = [], set()
    for e, line in zip(entries, lines):
        where = f"{_source(path, line)} ({e.get('id', '?') if isinstance(e, dict) else '?'})"
        _check_entry(e, where, seen)
        seen.add(e["id"])
        out.append(Override(**{k: e[k] for k in e}, source=_source(path, line)))
    return out


def _span(o: Override, articles: dict[str, dict]) -> tuple[int, int]:
    art = articles.get(o.article_id)
    if art is None:
        raise OverrideError(f"{o.where}: article {o.article_id!r} does not exist")
    start = art["text"].find(o.quote)
    if start < 0:
        raise OverrideError(f"{o.where}: quote not found in article {o.article_id}: {o.quote!r}")
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


def for_kept_articles(
    overrides: list[Override], articles: list[dict], rejected: list[dict] | None = None
) -> tuple[list[Override], list[str]]:
    """Split overrides into (those whose article was ingested, ids of those whose article was set
    aside). ``rejected`` is the build's rejected inputs (``{"file": "articles/<id>.txt", ...}``).

    An override of a set-aside article cannot apply; the caller reports its id. An override naming
    an article that is neither ingested nor set aside (a typo, a deleted file) raises OverrideError
    naming its file and line: skipping it would silently revert the correction.
    """
    kept = {a["article_id"] for a in articles}
    set_aside = {PurePosixPath(str(r.get("file") or r.get("path") or "")).stem for r in rejected or []}
    unknown = [o for o in overrides if o.article_id not in kept | set_aside]
    if unknown:
        lines = [f"{o.where}: article {o.article_id!r} does not exist{_close(o.article_id, kept)}" for o in unknown]
        raise OverrideError(f"{len(unknown)} override(s) name an unknown article:\n" + "\n".join(lines))
    return [o for o in overrides if o.article_id in kept], [o.id for o in overrides if o.article_id not in kept]


def _close(article_id: str, known: set[str]) -> str:
    close = difflib.get_close_matches(article_id, sorted(known), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


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
                raise OverrideError(
                    f"{o.where}: no {o.table} row of {o.article_id} matches "
                    f"{o.match} at the quote any more; update or remove it"
                )
            if o.action == "reject":
                ids = {id(h) for h in hits}
                tables[o.table] = [r for r in rows if id(r) not in ids]
            else:
                if all(all(h.get(k) == v for k, v in o.set.items()) for h in hits):
                    raise OverrideError(f"{o.where}: the rules already give {o.set}; remove the override")
                for h in hits:
                    h.update(o.set)
                    if "method" in h:
                        h["method"] = "curated"
        else:
            tables[o.table].append(_new_row(o, span, articles[o.article_id], tables, lex))
    return tables


def _new_row(o: Override, span: tuple[int, int], article: dict, tables: dict, lex: Lexicons) -> dict:
    row = {**o.row, "article_id": o.article_id, "quote": o.quote, "char_start": span[0], "char_end": span[1]}
    prov = article["province_code"]
    if o.table == "indicators":
        code = row.get("indicator_code")
        if code is not None and code not in lex.indicator_info:
            raise OverrideError(f"{o.where}: unknown indicator_code {code!r}")
        row.setdefault("label_en", lex.indicator_info[code]["label_en"] if code else None)
        row.setdefault("label_vi", o.quote)
        row.update(indicator_id=row_id(o.article_id, "ind", *span), province_code=prov, method="curated")
    elif o.table == "objectives":
        row.setdefault("text_vi", o.quote)
        row.update(objective_id=row_id(o.article_id, "obj", *span), province_code=prov, method="curated")
    elif o.table == "assignments":
        code = row.pop("body_code")
        if code not in lex.body_info:
            raise OverrideError(f"{o.where}: unknown body_code {code!r}")
        info = lex.body_info[code]
        bprov = None if info["level"] == "national" else prov
        bid = body_id(code, bprov)
        if not any(b["body_id"] == bid for b in tables["bodies"]):
            tables["bodies"].append(
                {
                    "body_id": bid,
                    "body_code": code,
                    "province_code": bprov,
                    "name_vi": info["name_vi"],
                    "name_en": info["name_en"],
                    "body_type": info["body_type"],
                    "successor_2025_code": info["successor_2025_code"],
                }
            )
        row.setdefault("task_vi", o.quote)
        row.update(body_id=bid, assignment_id=row_id(o.article_id, "asg", *span, bid, row["role"]), method="curated")
    else:
        raise OverrideError(f"{o.where}: add is not supported for {o.table}")
    return row
