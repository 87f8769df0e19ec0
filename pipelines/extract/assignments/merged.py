"""Clauses read together: a clause that names bodies and nothing else ("Chánh Văn phòng UBND
tỉnh;") joins the clause after it, and a proposal whose owner is named only after a run of
document references ("Xét Tờ trình số ...; các Báo cáo số ... của UBND tỉnh") is one clause.
"""

from __future__ import annotations

import re

from pipelines.extract.cue_patterns import compiled
from pipelines.extract.cue_words import cue_words as connectives
from pipelines.extract.dates import find_dates
from pipelines.text.segment import Span, clauses, strip_punct
from pipelines.extract.assignments.article import Article, reference_words
from pipelines.extract.assignments.mentions import mentions_in, blank_heads


# --- step 2: clauses that only list bodies ---------------------------------------------------


def only_bodies(a: Article, span: Span) -> bool:
    """Whether a clause names bodies and nothing else ("Chánh Văn phòng UBND tỉnh;")."""
    mentions, heads = mentions_in(a, span)
    if not mentions and not heads:
        return False
    rest = list(blank_heads(a, heads)[span[0] : span[1]])
    for m in mentions:
        rest[m.start - span[0] : m.end - span[0]] = " " * (m.end - m.start)
    return bool(a.pats["only_joins"].match("".join(rest)))


def _assigns_only(a: Article, span: Span) -> bool:
    """Whether a clause is a lead cue and bodies, nothing else ("Giao các sở, ban, ngành;" before
    "UBND các huyện ... xây dựng kế hoạch"), or bodies after an opening phrase set off by a comma
    ("Căn cứ chỉ tiêu được giao, các sở, ban, ngành tỉnh;"): the bodies after the ';' are
    assigned with them, or act with them."""
    start = strip_punct(a.text, span)[0]
    m = a.pats["lead_head"].match(a.folded, start)
    if m is not None:
        return only_bodies(a, (m.end(), span[1]))
    mentions = mentions_in(a, span)[0]
    comma = a.text.rfind(",", start, mentions[0].start) if mentions else -1
    return comma > start and not a.text[comma + 1 : mentions[0].start].strip() and only_bodies(a, (comma + 1, span[1]))


def _introduces(a: Article, clause: Span) -> bool:
    """Whether a clause ends in ':' after a body that is no list head ("2. Sở Nội vụ:
    Hướng dẫn ...": the body heads what follows; "Giám đốc các Sở: Y tế, ..." lists)."""
    if a.text[clause[1] - 1] != ":":
        return False
    head = a.pats["list_head"].search(a.folded, clause[0], clause[1])
    return head is None or head.end() < clause[1]


def _opens_list(a: Article, clause: Span) -> bool:
    """Whether a clause ends on a list head and its ':' ("Các Sở: Tài chính, Xây dựng ... chủ
    động triển khai", "Giao các Sở: Tài chính, ..."): the list and its verb follow."""
    head = None
    for head in a.pats["list_head"].finditer(a.folded, clause[0], clause[1]):
        pass
    return head is not None and not a.text[head.end() : clause[1]].strip()


def merged_clauses(a: Article, sent: Span) -> list[Span]:
    """The clauses of a sentence; clauses that only list bodies (maybe after a lead cue) are
    joined to the next one."""
    out: list[Span] = []
    pending: int | None = None
    for clause in clauses(a.text, sent):
        start = clause[0] if pending is None else pending
        listed = only_bodies(a, (start, clause[1])) or _assigns_only(a, (start, clause[1]))
        if _opens_list(a, clause) or (listed and not _introduces(a, clause)):
            pending = start
            continue
        out.append((start, clause[1]))
        pending = None
    if pending is not None:
        out.append((pending, sent[1]))
    return _proposal_runs(a, out)


def _references(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing but references to documents ("Báo cáo số
    309/BC-UBND ngày 22 tháng 11 năm 2023, số 325/BC-UBND"), with at least one number."""
    rest = list(a.folded[start:end])
    spans = [s for s in a.numbers if start <= s[0] and s[1] <= end]
    spans += [(d.start, d.end) for d in find_dates(a.text, connectives(a.lex), start, end)]
    for s, e in spans:
        rest[s - start : e - start] = " " * (e - s)
    allowed = compiled(a.lex, "assignment_reference_words", reference_words)
    words = re.findall(r"\w+", "".join(rest))
    return bool(spans) and all(w in allowed or w.isdigit() for w in words)


def _proposal_runs(a: Article, spans: list[Span]) -> list[Span]:
    """Clauses joined when a proposal names its owner only after a run of documents set off by
    ';' ("Xét Tờ trình số ... ngày ...; các Báo cáo số ..., số ... của UBND tỉnh; ..."): the
    owner closing the run owns the submission too. Only bare references stand between the
    proposal cue and the owner; anything else ("Báo cáo thẩm tra ...") keeps the clauses apart."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        j = _run_end(a, spans, i)
        out.append((spans[i][0], spans[j][1]))
        i = j + 1
    return out


def _run_end(a: Article, spans: list[Span], i: int) -> int:
    """The index of the clause that names the owner of the proposal opening clause ``i``, or
    ``i`` when there is none (see ``_proposal_runs``)."""
    start = strip_punct(a.text, spans[i])[0]
    cue = a.pats["proposal"].match(a.folded, start)
    if cue is None or mentions_in(a, spans[i])[0] or not _references(a, cue.end(), spans[i][1]):
        return i
    owner = a.pats["owner"]
    for j in range(i + 1, len(spans)):
        mentions = mentions_in(a, spans[j])[0]
        if not mentions:
            if not _references(a, *spans[j]):
                return i
            continue
        lead = owner.search(a.folded, spans[j][0], mentions[0].start)
        if lead is None or not _references(a, spans[j][0], lead.start()):
            return i
        return j if len(_issuer_codes(a, cue.end(), lead.start())) == 1 else i
    return i


def _issuer_codes(a: Article, start: int, end: int) -> set[str]:
    """The issuer codes that close the document numbers in ``text[start:end]`` ("309/BC-UBND" ->
    "UBND"): one code says the documents of a run are one body's; a committee's report
    ("652/BC-KTNS") among them is another's."""
    numbers = [a.text[s:e] for s, e in a.numbers if start <= s and e <= end]
    return {re.split(r"[/-]", n)[-1].upper() for n in numbers if re.search(r"[^\W\d]", n)}
