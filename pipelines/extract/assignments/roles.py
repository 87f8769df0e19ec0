"""The roles of every run of one clause, from its kind and its cues: ``implement`` only when
nothing specific is said; the departments that compile reports ("báo cáo về ... Sở Tài chính
để tổng hợp") report.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import cue_words
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, strip_punct
from pipelines.extract.assignments.article import (
    TABLE,
    LEAD_ALSO,
    ACTING,
    COMPILING,
    OVERSEEING,
    find_in,
    match_key,
    Article,
)
from pipelines.extract.assignments.mentions import leadership
from pipelines.extract.assignments.narration import past, requested, run_kinds, told_by_speaker
from pipelines.extract.assignments.subjects import advised, before_advice, role_cues_in, quantified, cue_roles


def _submitted_cues(a: Article, runs: list[list[Match]], clause: Span) -> set[int]:
    """Where the report cues that name a submitted document start: right after the recipient
    of "trình" ("UBND tỉnh trình HĐND tỉnh báo cáo tình hình ..." presents a report, it has
    no duty)."""
    out = set()
    for run in runs:
        if a.pats["submit"].search(a.folded[clause[0] : run[0].start]):
            nxt = re.match(r"\s*", a.text[run[-1].end : clause[1]])
            out.add(run[-1].end + (nxt.end() if nxt else 0))
    return out


def roles_of(a: Article, kind: str, aspect: bool, end: int, stop: int, clause: Span, first: int) -> list[str]:
    """The roles of a run of ``kind`` whose own words run from ``end`` to ``stop``."""
    found = role_cues_in(a, end, stop)
    cues = [c for c in found if c.value != "ignore" and c.start not in a.submitted]
    if kind == "object":  # the receiver of "gửi về Y để tổng hợp" compiles; the body advised does not
        compiles = a.pats["after_compile"].match(a.folded, end) and not advised(a, clause, first)
        return ["report"] if compiles else []
    if kind == "via":
        return ["report"]
    if kind == "support":
        return ["support"]
    if kind == "lead":
        if aspect and _events(a, role_cues_in(a, end, _sentence_end(a, clause))):
            return []  # "Sáng ngày ..., Sở ... đã chủ trì, phối hợp cùng ... có buổi làm việc": a meeting told
        own = [c.value for c in cues]
        own = own[: own.index("advise")] if "advise" in own else own  # after it: what is advised
        return ["lead"] + [r for r in dict.fromkeys(own) if r in LEAD_ALSO]
    if kind == "subject":
        return _subject_roles(a, cues, aspect, clause, first, _events(a, found))
    return []


def _sentence_end(a: Article, clause: Span) -> int:
    """The end of the sentence of ``clause`` when it is the sentence being read, else the clause's."""
    start, end = a.sentence_span
    return end if start <= clause[0] < end else clause[1]


def _events(a: Article, found: list[Match]) -> bool:
    """Whether a narration cue of an event follows ("tổ chức hội nghị", "có buổi làm việc")."""
    return any(c.value == "ignore" and match_key(a.text, c) in a.narration for c in found)


def _subject_roles(a: Article, cues: list[Match], aspect: bool, clause: Span, first: int, events: bool) -> list[str]:
    """The roles of a subject from its cues; with none, ``implement`` when it works with others
    or answers for the work ("Sở Tài chính phối hợp với Sở Nội vụ hướng dẫn ...", "Chủ tịch UBND
    các xã, phường chịu trách nhiệm chỉ đạo ...", unless narrated or an event follows:
    "UBND tỉnh phối hợp với Bộ ... tổ chức hội nghị"), when it is asked ("yêu cầu X ..."), or when it opens its clause after a directive earlier in the paragraph and is not
    narrated ("Ông ... chỉ đạo sớm triển khai các quy hoạch. Sở Xây dựng đẩy nhanh tiến độ lập
    quy hoạch chung." -> the department implements)."""
    if _caption(a, cues, clause, first):
        return []
    roles = cue_roles(a, before_advice(a, cues, clause[1]), aspect)
    if roles:
        return roles
    if a.cut_closing and not aspect:
        return ["implement"]  # "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở ... ch": the closing formula
    if cues and (cues[0].value == "support" or _answers(a, cues[0])) and not aspect and not events:
        return ["implement"]
    if requested(a, clause, first):
        return ["implement"]
    directed = a.directive_from is not None and a.directive_from < clause[0]
    if directed and not aspect and a.pats["opening"].fullmatch(a.folded, strip_punct(a.text, clause)[0], first):
        return [] if leadership(a, first) else ["implement"]
    return []


def _caption(a: Article, cues: list[Match], clause: Span, first: int) -> bool:
    """Whether a sentence is only its subject and a report cue ("Giám đốc Sở Công Thương báo
    cáo."): a speaker at a meeting, as a photo's caption names one; a duty says what or to whom,
    or joins its verbs ("Sở Công Thương tổng hợp, báo cáo.")."""
    if len(cues) != 1 or cues[0].value != "report" or "," in a.text[cues[0].start : cues[0].end]:
        return False
    start, end = strip_punct(a.text, clause)
    if not a.pats["opening"].fullmatch(a.folded, start, first):
        return False
    return cues[0].end >= end and strip_punct(a.text, a.sentence_span)[1] <= end


def _answers(a: Article, cue: Match) -> bool:
    """Whether a subject answers for a task: its first role cue is an ``answers`` cue ("Chủ tịch
    UBND các xã, phường chịu trách nhiệm chỉ đạo ...", "Thủ trưởng các sở ... và các cá nhân có
    liên quan chịu trách nhiệm ...") whose object is no body."""
    said = " ".join(fold(a.text[cue.start : cue.end]).split())
    if said not in {" ".join(fold(c).split()) for c in cue_words(a.lex, TABLE, "answers")}:
        return False
    return not find_in(a.lex.bodies, a.text, cue.end, min(len(a.text), cue.end + 12))


def clause_roles(
    a: Article, runs: list[list[Match]], clause: Span, earlier: bool = False
) -> list[tuple[list[Match], list[str], str]]:
    """(run, roles, kind) for every run of one clause. A subject or lead reads the cues after it
    up to the next run that acts itself, so in "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí"
    the cue belongs to Sở Tài chính and UBND tỉnh, its object, gets nothing."""
    kinds = run_kinds(a, runs, clause, earlier)
    a.submitted = _submitted_cues(a, runs, clause)
    out: list[tuple[list[Match], list[str], str]] = []
    for i, (run, (kind, aspect)) in enumerate(zip(runs, kinds)):
        stop = next((runs[j][0].start for j in range(i + 1, len(runs)) if kinds[j][0] in ACTING), clause[1])
        roles = roles_of(a, kind, aspect, run[-1].end, stop, clause, run[0].start)
        if kind == "subject" and aspect:
            a.narrated_runs.add(id(run))
        if kind == "support" and (past(a, clause, run[0].start) or _told_lead(out)):
            roles = []  # helped in past work ("Năm qua, Sở ... phối hợp với các sở, ngành ...") or at a meeting told
        if kind == "object" and not roles:
            run, roles = _compilers(a, run, clause)
        if a.cut_closing and roles == ["implement"] and _council(a, run):
            roles = ["monitor"]  # "Điều 3. Thường trực HĐND tỉnh, các Ban ... HĐND t": its wording is "giám sát"
        if roles and told_by_speaker(a, run[0].start) and not requested(a, clause, run[0].start):
            roles = []  # "Chủ tịch UBND tỉnh cho biết, tỉnh sẽ giao nhiệm vụ cho Sở ...": what will be done, told
        out.append((run, roles, kind))
    return out


def _council(a: Article, run: list[Match]) -> bool:
    """Whether every body of ``run`` is the people's council or a part of it (``body_gazetteer.csv``
    ``body_type`` peoples_council: "Thường trực HĐND tỉnh, các Ban của HĐND tỉnh"): the closing
    article of a council resolution names them to oversee (CONVENTIONS, sessions 32, 33 and 43)."""
    return all(a.lex.body_info[m.value[0]]["body_type"] in OVERSEEING for m in run)


def _told_lead(out: list[tuple[list[Match], list[str], str]]) -> bool:
    """Whether the clause's lead was a meeting told ("Sở ... đã chủ trì, phối hợp cùng ... có buổi
    làm việc"): those it worked with support nothing either."""
    return any(kind == "lead" and not roles for _, roles, kind in out)


def _compilers(a: Article, run: list[Match], clause: Span) -> tuple[list[Match], list[str]]:
    """The departments and offices that receive a report ("báo cáo về Ủy ban nhân dân tỉnh, Sở
    Tài chính trước ngày ...": Sở Tài chính compiles, report) with ``report``; superiors that
    merely receive (UBND tỉnh, HĐND, Tỉnh ủy, ministries) get nothing, and so do the authors
    of reports named as nouns ("Theo báo cáo của Sở Y tế", "các báo cáo của Sở Y tế")."""
    to = a.pats["report_to"].search(a.folded, clause[0], run[0].start)
    if not to or a.pats["owner"].search(a.folded, clause[0], run[0].start) or quantified(a, to.start()):
        return run, []
    kept = [m for m in run if a.lex.body_info[m.value[0]]["body_type"] in COMPILING]
    return (kept, ["report"]) if kept else (run, [])
