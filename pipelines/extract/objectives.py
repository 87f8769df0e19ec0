"""Objectives, solution groups, tasks and visions -> ``objectives`` rows.

Steps:
1. find curated objective cues ("mục tiêu tổng quát", "nhóm giải pháp", "nhiệm vụ chủ yếu",
   "tầm nhìn đến năm") in each paragraph;
2. locate the list the cue introduces: after a ':' in the cue's sentence; or, when a count
   announces it ("08 nhóm giải pháp ... trong năm 2021."), in the next sentence if that one
   elaborates ("Trong đó ..."); or right after the cue ("Cùng với đó là nhóm giải pháp phát
   triển văn hóa ..."); a short heading cue ("II. NHIỆM VỤ VÀ GIẢI PHÁP") takes the marked
   paragraphs below it;
3. split the list into items at ';' and sentence ends; when the list mixes capitalised and
   lower-case items, a lower-case item continues the previous one;
4. each item gets a theme (the earliest curated theme keyword in it) and a horizon year (the
   cue's year, "Tầm nhìn đến năm 2050", else a year in the introducing sentence).
"""
from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.ids import row_id
from pipelines.text.segment import Span, sentences, strip_punct

_COUNT_BEFORE = re.compile(r"(?<![\d/.,])\d{1,3}\s+[^\d.;:]{0,25}$")
_ELABORATES = re.compile(r"^(?:trong đó|cụ thể|gồm|bao gồm|đó là)\b[,:]?\s*(?:xác định\s+|là\s+)?", re.IGNORECASE)
_LEAD_IN = re.compile(r"^(?:[,:]?\s*)(?:(?:đó|bao gồm|gồm|là|như sau)\b[:,]?\s*)*", re.IGNORECASE)
_MARKED = re.compile(r"^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s+")
_ITEM_END = re.compile(r";|(?<=[^.])\.(?=\s+\S)|\.{3,}|…")


def _items(text: str, span: Span) -> list[Span]:
    """Split a list span into items (see step 3)."""
    pieces, cur = [], span[0]
    for m in _ITEM_END.finditer(text, span[0], span[1]):
        pieces.append((cur, m.start()))
        cur = m.end()
    pieces.append((cur, span[1]))
    pieces = [strip_punct(text, p) for p in pieces if text[p[0]:p[1]].strip(" .;…")]
    pieces = [p for p in pieces if len(text[p[0]:p[1]].split()) >= 3]
    if not pieces:
        return []
    initials = [text[p[0]] for p in pieces[1:] if text[p[0]].isalpha()]
    mixed = any(c.isupper() for c in initials) and any(c.islower() for c in initials)
    if not mixed:
        return pieces
    merged = [pieces[0]]
    for p in pieces[1:]:
        if text[p[0]].islower():
            merged[-1] = (merged[-1][0], p[1])
        else:
            merged.append(p)
    return merged


def _theme(text: str, span: Span, lex: Lexicons) -> str:
    hits = lex.themes.find(text, *span)
    return hits[0].value if hits else "other"


def _list_after_cue(text: str, para: Span, sents: list[Span], cue_end: int, cue_start: int) -> Span | None:
    sent_i = next(i for i, s in enumerate(sents) if s[0] <= cue_start < s[1])
    sent = sents[sent_i]
    colon = text.find(":", cue_end, sent[1])
    if colon >= 0:
        return (colon + 1, para[1])
    if _COUNT_BEFORE.search(text[max(sent[0], cue_start - 30):cue_start]):
        if sent_i + 1 < len(sents):
            nxt = sents[sent_i + 1]
            m = _ELABORATES.match(text[nxt[0]:nxt[1]])
            if m:
                return (nxt[0] + m.end(), para[1])
        return None
    m = _LEAD_IN.match(text[cue_end:sent[1]])
    start = cue_end + (m.end() if m else 0)
    # "Mục tiêu đến năm 2030, tỉnh ..." / "Tầm nhìn đến năm 2050, ..." : skip the year phrase
    y = re.match(r"\s*(?:đến|tới)?\s*(?:năm\s+)?\d{4}\s*,?\s*", text[start:sent[1]])
    if y:
        start += y.end()
    return (start, para[1]) if para[1] - start > 10 else None


def objective_rows(article_id: str, text: str, paragraph_spans: list[Span], lex: Lexicons) -> list[dict]:
    """Rows of the ``objectives`` table for one article (without document links)."""
    rows: dict[str, dict] = {}
    covered: list[Span] = []
    for p_i, para in enumerate(paragraph_spans):
        cues = lex.objective_cues.find(text, *para)
        if not cues:
            continue
        sents = sentences(text, para)
        for c_i, cue in enumerate(cues):
            if any(a <= cue.start < b for a, b in covered):
                continue
            para_text = text[para[0]:para[1]]
            is_heading = len(para_text) < 120 and not para_text.rstrip().endswith((".", ";")) and (
                text[cue.end:para[1]].strip(" :") == "")
            if is_heading:
                spans = []
                for nxt in paragraph_spans[p_i + 1:]:
                    if not _MARKED.match(text[nxt[0]:nxt[1]]):
                        break
                    spans.append(strip_punct(text, nxt))
                items = spans
                list_span = (paragraph_spans[p_i + 1][0], spans[-1][1]) if spans else None
            else:
                list_span = _list_after_cue(text, para, sents, cue.end, cue.start)
                if list_span is None:
                    continue
                nxt_cue = next((c.start for c in cues[c_i + 1:] if c.start >= list_span[0]), None)
                if nxt_cue is not None:
                    list_span = (list_span[0], nxt_cue)
                items = _items(text, list_span)
            if not items:
                continue
            covered.append(list_span)
            sent = next(s for s in sents if s[0] <= cue.start < s[1])
            years = dates.find_years(text, cue.start, min(sent[1], cue.end + 20))
            years = years or dates.find_years(text, *sent)
            periods = dates.find_periods(text, *sent)
            horizon = years[0][2] if years else (periods[0][3] if periods else None)
            for item in items:
                quote = text[item[0]:item[1]]
                oid = row_id(article_id, "obj", cue.value, quote)
                rows[oid] = {
                    "objective_id": oid,
                    "article_id": article_id,
                    "kind": cue.value,
                    "theme": _theme(text, item, lex),
                    "text_vi": quote,
                    "horizon_year": horizon,
                    "quote": quote,
                    "char_start": item[0],
                    "char_end": item[1],
                }
    return list(rows.values())
