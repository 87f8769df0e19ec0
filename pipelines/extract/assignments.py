"""Who must do what: body mentions and their roles -> ``bodies`` and ``assignments`` rows.

Steps, clause by clause (``docs/CONVENTIONS.md``: roles are clause-level; the one carry-over
is a subjectless clause that opens with a report / monitor / communicate cue):
1. find curated body names and abbreviations ("Sở KH&ĐT", "UBND các huyện, thị xã, thành
   phố", "Báo Trà Vinh"), skipping lower-case look-alikes of proper names ("các cơ sở y tế" is
   not "Sở Y tế"), and group adjacent ones joined by ',' or 'và' into runs;
2. read each run from the words before it: "giao (cho) X" -> lead; "phối hợp (với) X" ->
   support (only when another body is named earlier in the clause); "Nghị quyết (của) X" -> X
   names a document, no row; "báo cáo X", "gửi về X", "tham mưu X", "của X" -> X receives or is
   an object (a ``report`` row only when X compiles: "để tổng hợp");
3. otherwise X is the subject of its clause and is read from the words after it, up to the
   next subject: "X yêu cầu / giao / ban hành ..." -> X only asks, no row; a narration cue
   ("tổ chức hội nghị", "nhấn mạnh") -> X is reported on, no row; "X chủ trì" -> lead; else
   the curated role cues ("là cơ quan đầu mối theo dõi" monitor, "tuyên truyền" communicate,
   "tham mưu" advise, "báo cáo" report, "tổ chức thực hiện" implement). ``implement`` is the
   residual role: it is dropped when the subject is narrated ("UBND tỉnh đang xây dựng ...") or
   when its cue is only coordinated with a more specific one ("hoàn thành, báo cáo"); a body
   asked with "yêu cầu / đề nghị X" and no cue implements; a lead also takes the monitor,
   report and communicate cues of its clause ("X chủ trì, phối hợp với Y theo dõi, đôn đốc");
4. the deadline is the date after "trước ngày" in the clause;
5. a clause with no acting body that opens with a specific cue ("Giao UBND tỉnh tổ chức thực
   hiện Nghị quyết; hằng năm báo cáo HĐND tỉnh ...") gives that role to the bodies that acted
   in the previous clause of its sentence;
6. one row per (body, role) per clause, quoting the clause.
"""
from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.dates import find_deadline
from pipelines.extract.ids import assign_statement_ids, slug
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, clauses, sentences, strip_punct

# Between bodies of one run: ",", "và", "cùng", or an uncurated member ("Thường trực HĐND,
# các Ban và đại biểu HĐND tỉnh giám sát": the Standing Committee supervises too).
_JOIN = re.compile(r"^\s*(?:,|,?\s*va|,?\s*cung|;|,\s*cac\s+\w+(?:\s+\w+)?\s+va)?\s*$")
_CUE_JOIN = re.compile(r"^\s*(?:,|,?\s*va)?\s*$")
_BEFORE_LEAD = re.compile(r"\bgiao(?:\s+(?:nhiêm vu|trach nhiêm))?(?:\s+cho)?(?:\s+\d+)?\s*$")
_BEFORE_SUPPORT = re.compile(r"\bphôi hơp(?:\s+chăt che)?(?:\s+vơi)?\s*$")
_BEFORE_RECIPIENT = re.compile(r"\b(?:bao cao(?:\s+vê)?|gưi(?:\s+vê)?|trinh|vê)\s*$")
_BEFORE_NONE = re.compile(r"\b(?:cua|thuôc|giưa|tai|vơi|theo)\s*$")
_BEFORE_REQUEST = re.compile(r"\b(?:yêu câu|đê nghi)\s*$")
# Words allowed between a specific role cue and the body that is its object: "tham mưu (cho)
# UBND tỉnh", "đôn đốc UBND các huyện", "tuyên truyền đến các xã". Not after an implement cue:
# "thời gian hoàn thành cho các sở, ngành triển khai" makes the sở, ngành act.
_CUE_OBJECT_GAP = re.compile(r"^\s*(?:(?:vơi|cho|đên|vê|lên)\s+)?$")
_AFTER_COMPILE = re.compile(
    r"\s*(?:(?:trươc|châm nhât)\s+ngay\s+[\d/]+(?:\s+hăng năm)?\s*,?\s*)?(?:đê\s+)?tông hơp")
_AFTER_LEAD = re.compile(r"\s*(?:la cơ quan\s+)?chu tri\b")
# A name after a body or title: "Chủ tịch UBND tỉnh - Nguyễn Văn Út", "..., ông Nguyễn Văn A",
# "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn": capitalised words, dashes, ông / bà.
_NAME_PART = re.compile(r"\s*(?:[-–—]\s*|,?\s*(?:ông|bà)\s+)?(?:(?:Ông|Bà)\s+)?(\w+)")
# Aspect markers after the subject: "UBND tỉnh đã / đang / vừa ..." narrates what it did.
_ASPECT = re.compile(r"\s*(?:hiên nay\s+|cung\s+)*(?:(đa|đang|vưa)\s+)?(?:cung\s+)*")
# "UBND tỉnh yêu cầu ...", "UBND tỉnh vừa ban hành ...": the body only asks or issues.
_AFTER_REQUESTER = re.compile(
    r"\s*(?:yêu câu|đê nghi|giao|chi đao|ban hanh|ky|co quyêt đinh|quyêt đinh)\b")
_SPECIFIC = ("monitor", "report", "communicate", "advise")
# What a lead also does when its clause says so ("X chủ trì, phối hợp với Y theo dõi, đôn đốc"
# -> lead, monitor); advising is part of leading ("X chủ trì ... tham mưu" is lead only), and
# the cues after "tham mưu" say what is advised ("tham mưu UBND tỉnh thành lập các tổ công tác
# kiểm tra, đôn đốc ..." gives X no monitor role).
_LEAD_ALSO = ("monitor", "report", "communicate")
_NARRATION_NOTE = "narration"
_WORD = re.compile(r"\w+\W*")


def _keys(phrases) -> set[str]:
    return {" ".join(re.findall(r"\w+|[^\w\s]", fold(p))) for p in phrases}


def _key(text: str, m: Match) -> str:
    return " ".join(re.findall(r"\w+|[^\w\s]", fold(text[m.start:m.end])))


def _lower_aliases(lex: Lexicons) -> set[str]:
    """Folded body aliases curated in lower case ("các sở, ngành"); the others are proper names."""
    names = list(lex.tables["body_aliases.csv"]["alias"]) + list(lex.tables["body_gazetteer.csv"]["name_vi"])
    return _keys(n for n in names if n[:1].islower())


def _narration_cues(lex: Lexicons) -> set[str]:
    """Folded ``ignore`` role cues whose notes start with "narration" ("tổ chức hội nghị")."""
    t = lex.tables["role_cues.csv"]
    return _keys(r["cue"] for r in t.to_dict("records")
                 if r["role"] == "ignore" and str(r["notes"] or "").startswith(_NARRATION_NOTE))


def _doc_names(lex: Lexicons) -> re.Pattern:
    """Document nouns ("Nghị quyết", "Chương trình hành động") right before a body, folded."""
    names = sorted((fold(n) for n in lex.tables["doc_types.csv"]["name_vi"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?:\s+cua)?\s*$")


def _mentions(text: str, clause: Span, lex: Lexicons, lower: set[str]) -> list[Match]:
    """Body mentions in ``clause``. A lower-case match of a capitalised alias is not a name
    ("tại các cơ sở y tế" is no "Sở Y tế", "chính phủ điện tử" no "Chính phủ"), so the search
    resumes after its first word ("thủ trưởng các sở, ngành" still gives "các sở, ngành")."""
    out, pos = [], clause[0]
    while True:
        found = lex.bodies.find(text, pos, clause[1])
        bad = next((m for m in found if text[m.start].islower() and _key(text, m) not in lower), None)
        if bad is None:
            return out + found
        out += [m for m in found if m.start < bad.start]
        pos = _WORD.match(text, bad.start).end()


def _runs(mentions: list[Match], folded: str) -> list[list[Match]]:
    runs: list[list[Match]] = []
    for m in mentions:
        if runs and _JOIN.match(folded[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _after_subject(text: str, folded: str, end: int, lex: Lexicons | None = None) -> tuple[int, bool]:
    """Position after the province, name and aspect markers that follow a subject, and whether
    an aspect marker narrates ("Chủ tịch UBND tỉnh - Nguyễn Văn Út đã ký" -> at "ký", True).

    >>> t = "Chủ tịch UBND tỉnh - Nguyễn Văn Út đã ký"
    >>> _after_subject(t, fold(t), 18)
    (38, True)
    """
    prov = lex.provinces.find(text, end, min(len(text), end + 40)) if lex else []
    if prov and not text[end:prov[0].start].strip():
        end = prov[0].end
    for _ in range(6):
        m = _NAME_PART.match(text, end)
        if not m or not m.group(1)[0].isupper():
            break
        end = m.end()
    a = _ASPECT.match(folded, end)
    return a.end(), bool(a.group(1))


def _before_kind(run: list[Match], clause: Span, folded: str, text: str, lex: Lexicons,
                 doc_names: re.Pattern, earlier: bool) -> str | None:
    """How the words before a run read it: ``lead`` ("giao cho 16 sở, ngành"), ``support``
    ("phối hợp với Sở Tài chính", when a body is named earlier), ``doc`` ("Nghị quyết Tỉnh
    ủy"), ``object`` ("tham mưu UBND tỉnh", "gửi về Văn phòng UBND tỉnh", "của HĐND tỉnh"), or
    None: the run is a subject, read from the words after it."""
    start = run[0].start
    before = folded[clause[0]:start]
    d = doc_names.search(before)
    if d and text[clause[0] + d.start(1)].isupper():
        return "doc"
    if _BEFORE_LEAD.search(before):
        return "lead"
    if _BEFORE_SUPPORT.search(before):
        return "support" if earlier else "object"
    if _BEFORE_RECIPIENT.search(before) or _BEFORE_NONE.search(before):
        return "object"
    cues = lex.role_cues.find(text, clause[0], start)
    if cues and _CUE_OBJECT_GAP.match(folded[cues[-1].end:start]):
        role = cues[-1].value
        if role == "lead":
            return "lead"
        if role in _SPECIFIC:
            return "object"
    return None


def _after_kind(run: list[Match], stop: int, folded: str, text: str, lex: Lexicons,
                narration: set[str]) -> tuple[str, bool]:
    """How the words after a subject, up to ``stop`` (the next run), read it: ``requester``
    ("UBND tỉnh yêu cầu"), ``narration`` ("UBND TP.HCM tổ chức hội nghị"), ``lead`` ("Sở Y tế
    chủ trì") or ``subject``; and whether an aspect marker narrates it."""
    end = run[-1].end
    pos, aspect = _after_subject(text, folded, end, lex)
    if _AFTER_REQUESTER.match(folded, pos):
        return "requester", aspect
    first = next(iter(lex.role_cues.find(text, end, stop)), None)
    if first is not None and first.value == "ignore" and _key(text, first) in narration:
        return "narration", aspect
    if _AFTER_LEAD.match(folded, pos):
        return "lead", aspect
    return "subject", aspect


def _cue_roles(cues: list[Match], folded: str, narrated: bool) -> list[str]:
    """Roles of a subject from the cues after it (masks already removed).

    ``implement`` only when nothing specific is said, or when its cue stands as a predicate of
    its own before the specific one ("tổ chức thực hiện Kế hoạch ..., định kỳ báo cáo"), not
    when coordinated with it ("phải hoàn thành, báo cáo"); never for a narrated subject.
    """
    roles = list(dict.fromkeys(c.value for c in cues if c.value in _SPECIFIC))
    if narrated:
        return roles
    for i, c in enumerate(cues):
        if c.value in _SPECIFIC:
            break
        if c.value == "implement":
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            if nxt is None or nxt.value not in _SPECIFIC or not _CUE_JOIN.match(folded[c.end:nxt.start]):
                return ["implement", *roles]
    return roles


def _clause_roles(runs: list[list[Match]], clause: Span, folded: str, text: str, lex: Lexicons,
                  doc_names: re.Pattern, narration: set[str]) -> list[tuple[list[Match], list[str]]]:
    """(run, roles) for every run of one clause. A subject or lead reads the cues after it up to
    the next run that acts itself, so in "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí" the
    cue belongs to Sở Tài chính and UBND tỉnh, its object, gets nothing."""
    kinds = []
    for i, run in enumerate(runs):
        earlier = any(k != "doc" for k, _ in kinds)
        kind = _before_kind(run, clause, folded, text, lex, doc_names, earlier)
        aspect = False
        if kind is None:
            stop = runs[i + 1][0].start if i + 1 < len(runs) else clause[1]
            kind, aspect = _after_kind(run, stop, folded, text, lex, narration)
        kinds.append((kind, aspect))
    out = []
    for i, (run, (kind, aspect)) in enumerate(zip(runs, kinds)):
        end = run[-1].end
        stop = next((runs[j][0].start for j in range(i + 1, len(runs))
                     if kinds[j][0] in ("subject", "requester", "narration", "lead")), clause[1])
        cues = [c for c in lex.role_cues.find(text, end, stop) if c.value != "ignore"]
        if kind == "object":
            roles = ["report"] if _AFTER_COMPILE.match(folded, end) else []
        elif kind == "support":
            roles = ["support"]
        elif kind == "lead":
            own = [c.value for c in cues]
            own = own[:own.index("advise")] if "advise" in own else own  # after it: what is advised
            roles = ["lead"] + [r for r in dict.fromkeys(own) if r in _LEAD_ALSO]
        elif kind == "subject":
            roles = _cue_roles(cues, folded, aspect)
            if not roles and _BEFORE_REQUEST.search(folded[clause[0]:run[0].start]):
                roles = ["implement"]
        else:
            roles = []
        out.append((run, roles))
    return out


_OPENING = re.compile(r"\s*(?:(?:hăng năm|đinh ky|hang thang|hăng thang|hang quy|hăng quy|thương xuyên|kip thơi)\s*,?\s*)*")


def _opening_role(text: str, folded: str, clause: Span, lex: Lexicons) -> str | None:
    """The specific role a subjectless clause opens with ("hằng năm báo cáo ..." -> report)."""
    pos = _OPENING.match(folded, clause[0]).end()
    cue = next(iter(lex.role_cues.find(text, pos, clause[1])), None)
    if cue is not None and cue.start == pos and cue.value in _LEAD_ALSO:
        return cue.value
    return None


def body_id(code: str, province_code: str | None) -> str:
    """``<province>-<code>``, e.g. ``80-dost``; ``vn-`` for national bodies."""
    return f"{province_code or 'vn'}-{slug(code)}"


def assignment_rows(article_id: str, text: str, paragraph_spans: list[Span], province_code: str | None,
                    lex: Lexicons) -> tuple[list[dict], list[dict]]:
    """Rows of ``assignments`` and the ``bodies`` they name, for one article."""
    folded = fold(text)
    lower, narration, doc_names = _lower_aliases(lex), _narration_cues(lex), _doc_names(lex)
    rows: dict[tuple, dict] = {}
    bodies: dict[str, dict] = {}
    for para in paragraph_spans:
        for sent in sentences(text, para):
            actors: list[list[Match]] = []  # runs that acted in the previous clause
            for clause in clauses(text, sent):
                mentions = _mentions(text, clause, lex, lower)
                runs = _runs(mentions, folded)
                found = _clause_roles(runs, clause, folded, text, lex, doc_names, narration) if runs else []
                acting = [run for run, roles in found if roles and roles != ["report"]]
                opening = _opening_role(text, folded, clause, lex) if actors and not acting else None
                if opening:
                    found = [(run, [opening]) for run in actors] + found
                actors = acting or (actors if opening else [])
                if not found:
                    continue
                deadline = find_deadline(text, *clause)
                quote_span = strip_punct(text, clause)
                for run, roles in found:
                    for role in roles:
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
                            key = (bid, role, deadline.value if deadline else None, quote_span[0])
                            if key in rows:
                                continue
                            task = strip_punct(text, (run[-1].end, quote_span[1]))
                            rows[key] = {
                                "assignment_id": None,  # set by assign_statement_ids
                                "body_id": bid,
                                "article_id": article_id,
                                "role": role,
                                "task_vi": text[task[0]:task[1]] if task[1] - task[0] > 8 else text[quote_span[0]:quote_span[1]],
                                "deadline": key[2],
                                "quote": text[quote_span[0]:quote_span[1]],
                                "char_start": quote_span[0],
                                "char_end": quote_span[1],
                            }
    return assign_statement_ids(list(rows.values()), "asg", "assignment_id", ("body_id", "role")), list(bodies.values())
