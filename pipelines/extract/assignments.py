"""Who must do what: body mentions and their roles -> ``bodies`` and ``assignments`` rows.

Steps, clause by clause:
1. find curated body names and abbreviations ("Sở KH&ĐT", "UBND các huyện, thị xã, thành
   phố", "Báo Trà Vinh") and group adjacent ones joined by ',' or 'và' into runs;
2. read each run's role from the words around it: "giao X" or "X chủ trì" -> lead; "phối hợp
   (chặt chẽ) (với) X" -> support; "X yêu cầu / giao / đề nghị ..." -> X only asks, no row;
   "báo cáo X", "gửi về X" -> X receives (a row ``report`` only when X compiles: "để tổng
   hợp"); otherwise X is the subject and its roles are the curated role cues that follow it in
   the clause ("là cơ quan đầu mối theo dõi" monitor, "tuyên truyền" communicate, "tham mưu"
   advise, "báo cáo" report, "tổ chức thực hiện" implement — implement only when nothing more
   specific is said);
3. the deadline is the date after "trước ngày" in the clause;
4. one row per (body, role, deadline) per article, quoted from its first clause.
"""
from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.dates import find_deadline
from pipelines.extract.ids import row_id, slug
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, clauses, sentences, strip_punct

_JOIN = re.compile(r"^\s*(?:,|,?\s*va|,?\s*cung|;)?\s*$")
_BEFORE_LEAD = re.compile(r"\bgiao(?:\s+cho)?\s*$")
_BEFORE_SUPPORT = re.compile(r"\bphôi hơp(?:\s+chăt che)?(?:\s+vơi)?\s*$")
_BEFORE_RECIPIENT = re.compile(r"\b(?:bao cao(?:\s+vê)?|gưi(?:\s+vê)?|trinh|vê)\s*$")
_BEFORE_NONE = re.compile(r"\b(?:cua|thuôc|giưa|tai|vơi)\s*$")
_AFTER_COMPILE = re.compile(r"^\s*(?:đê\s+)?tông hơp")
_AFTER_LEAD = re.compile(r"^\s*(?:la cơ quan\s+)?chu tri\b")
# "UBND tỉnh yêu cầu ...", "Chủ tịch UBND tỉnh - Nguyễn Văn Út đề nghị ...": the body only asks.
_AFTER_REQUESTER = re.compile(
    r"^[\s\-,]*(?:(?:ông|ba)\s+)?(?:[^\W\d_][\w]*\s*){0,4}?[\s,]*(?:(?:đa|vưa|cung)\s+)*"
    r"(?:yêu câu|đê nghi|giao|chi đao|ban hanh|ky|co quyêt đinh|quyêt đinh)\b")
_SPECIFIC = ("monitor", "report", "communicate", "advise")


def _runs(mentions: list[Match], folded: str) -> list[list[Match]]:
    runs: list[list[Match]] = []
    for m in mentions:
        if runs and _JOIN.match(folded[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _roles(run: list[Match], clause: Span, folded: str, lex: Lexicons, text: str) -> list[str]:
    start, end = run[0].start, run[-1].end
    before = folded[clause[0]:start]
    after = folded[end:clause[1]]
    if _BEFORE_LEAD.search(before) or _AFTER_LEAD.match(after):
        return ["lead"]
    if _BEFORE_SUPPORT.search(before):
        return ["support"]
    if _BEFORE_RECIPIENT.search(before) or _BEFORE_NONE.search(before):
        return ["report"] if _AFTER_COMPILE.match(after) else []
    if _AFTER_REQUESTER.match(after):
        return []
    cues = [c.value for c in lex.role_cues.find(text, end, clause[1])]
    roles = [r for r in dict.fromkeys(cues) if r in _SPECIFIC]
    if not roles and "implement" in cues:
        roles = ["implement"]
    return roles


def body_id(code: str, province_code: str | None) -> str:
    """``<province>-<code>``, e.g. ``80-dost``; ``vn-`` for national bodies."""
    return f"{province_code or 'vn'}-{slug(code)}"


def assignment_rows(article_id: str, text: str, paragraph_spans: list[Span], province_code: str | None,
                    lex: Lexicons) -> tuple[list[dict], list[dict]]:
    """Rows of ``assignments`` and the ``bodies`` they name, for one article."""
    folded = fold(text)
    rows: dict[tuple, dict] = {}
    bodies: dict[str, dict] = {}
    for para in paragraph_spans:
        for sent in sentences(text, para):
            for clause in clauses(text, sent):
                mentions = lex.bodies.find(text, *clause)
                if not mentions:
                    continue
                deadline = find_deadline(text, *clause)
                quote_span = strip_punct(text, clause)
                for run in _runs(mentions, folded):
                    for role in _roles(run, clause, folded, lex, text):
                        for m in run:
                            code, prov = m.value
                            info = lex.body_info[code]
                            prov = None if info["level"] == "national" else (prov or province_code)
                            bid = body_id(code, prov)
                            bodies.setdefault(bid, {
                                "body_id": bid, "body_code": code, "province_code": prov,
                                "name_vi": info["name_vi"], "name_en": info["name_en"],
                                "body_type": info["body_type"],
                                "successor_2025_code": info["successor_2025_code"],
                            })
                            key = (bid, role, deadline.value if deadline else None)
                            if key in rows:
                                continue
                            task = strip_punct(text, (run[-1].end, quote_span[1]))
                            rows[key] = {
                                "assignment_id": row_id(article_id, "asg", *key),
                                "body_id": bid,
                                "article_id": article_id,
                                "role": role,
                                "task_vi": text[task[0]:task[1]] if task[1] - task[0] > 8 else text[quote_span[0]:quote_span[1]],
                                "deadline": key[2],
                                "quote": text[quote_span[0]:quote_span[1]],
                                "char_start": quote_span[0],
                                "char_end": quote_span[1],
                            }
    return list(rows.values()), list(bodies.values())
