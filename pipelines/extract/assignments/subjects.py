"""How the words around a run read it: before it ("giao cho X" lead, "phối hợp với X" support,
"Nghị quyết X" a document, "tham mưu X" an object) and after it ("X yêu cầu" asks, "X tổ chức
hội nghị" narrated, "X chủ trì" lead, else the curated role cues).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.text.matcher import Match
from pipelines.text.segment import Span
from pipelines.extract.assignments.article import SPECIFIC, DUTIES, CHAIRS, AFTER_WORD, find_in, match_key, Article
from pipelines.extract.assignments.mentions import named, leadership
from pipelines.extract.assignments.merged import only_bodies
from pipelines.extract.assignments.joined_verbs import joined_implement


# --- steps 3 and 4: how a run reads ----------------------------------------------------------


def role_cues_in(a: Article, start: int, end: int) -> list[Match]:
    """The curated role cues in ``text[start:end]`` that are verbs. A cue written with a capital
    after a word is part of a proper name ("Cục Thi hành án dân sự tỉnh"); a cue after a count
    or a quantifier is a noun ("cho ý kiến đối với 30 báo cáo", "trong các báo cáo của UBND
    tỉnh"); a cue right after a capitalised document noun is its title ("thông qua Báo cáo tổng
    hợp ý kiến ...")."""
    text = a.text
    return [
        c
        for c in find_in(a.lex.role_cues, text, start, end)
        if not (text[c.start].isupper() and AFTER_WORD.search(text, max(0, c.start - 12), c.start))
        and not quantified(a, c.start)
        and not _titled(a, c.start)
    ]


def _titled(a: Article, pos: int) -> bool:
    """Whether a document noun written with a capital after a word stands right before ``pos``:
    "Đại hội thông qua Báo cáo tổng hợp ý kiến ..." names a report, "tổng hợp" is its title."""
    noun = compiled(a.lex, "assignment_doc_noun_end", _doc_noun_end).search(a.folded, max(0, pos - 40), pos)
    if noun is None or not a.text[noun.start()].isupper():
        return False
    return bool(AFTER_WORD.search(a.text, max(0, noun.start() - 12), noun.start()))


def _doc_noun_end(lex: Lexicons) -> re.Pattern:
    """A document noun ("báo cáo", "kế hoạch") ending where the search ends, folded."""
    return re.compile(rf"(?<!\w){alternation(list(lex.tables['doc_types.csv']['name_vi']))}\s+\Z")


def quantified(a: Article, pos: int) -> bool:
    """Whether a count or a quantifier stands right before ``pos`` ("30 báo cáo", "các báo cáo")."""
    return bool(a.pats["quantified"].search(a.folded, max(0, pos - 20), pos))


def after_subject(a: Article, end: int, virtual: bool = False) -> tuple[int, bool]:
    """Position after the province, name and aspect markers that follow a subject, and whether
    an aspect marker narrates ("Chủ tịch UBND tỉnh - Nguyễn Văn Út đã ký" -> at "ký", True).
    Words in capitals ("TỈNH ỦY ... BAN HÀNH" in a headline) are no person's name."""
    text = a.text
    prov = find_in(a.lex.provinces, text, end, min(len(text), end + 40))
    if prov and not text[end : prov[0].start].strip():
        end = prov[0].end
    for _ in range(0 if virtual else 6):
        m = a.pats["name"].match(a.folded, end)
        word = text[m.start(1) : m.end(1)] if m else ""
        if not word or not word[0].isupper() or (len(word) > 1 and word.isupper()):
            break
        end = m.end()
    asp = a.pats["aspect"].match(a.folded, end)
    return asp.end(), bool(asp.group(1))


def before_kind(a: Article, run: list[Match], clause: Span, earlier: bool) -> str | None:
    """How the words before a run read it: ``lead`` ("giao cho 16 sở, ngành"), ``support``
    ("phối hợp với Sở Tài chính", when a body is named earlier), ``doc`` ("Nghị quyết Tỉnh
    ủy"), ``object`` ("tham mưu UBND tỉnh", "gửi về Văn phòng UBND tỉnh", "của HĐND tỉnh"), or
    None: the run is a subject, read from the words after it. A list whose first member has no
    code is read from the cue before that member ("phối hợp với các cơ quan liên quan, UBND các
    huyện" support; "Nghị quyết của Trung ương Đảng, Quốc hội" a document): ``_past_member``."""
    kind = _before_run(a, run, clause, earlier)
    return kind if kind is not None else _past_member(a, clause, run, earlier)


_MEMBER_WORDS = 5


def _past_member(a: Article, clause: Span, run: list[Match], earlier: bool) -> str | None:
    """``support``, ``object`` or ``doc`` when the run follows an uncoded first member of a list
    set off by a comma (a capitalised name of a few words, "Trung ương Đảng", or a plural
    collective with no role cue, "các cơ quan liên quan") that a mid-clause cue word introduces
    ("... chủ trì, phối hợp với các đơn vị liên quan, UBND các huyện ...", "sự chỉ đạo của Trung
    ương, Ban Thường vụ Tỉnh ủy, sự quan tâm ..."); else None. A cue that opens the clause ("Theo
    Trung tâm Khuyến nông, Sở ...") sets off an opening phrase, and so does an owner's cue whose
    run goes straight on to a verb ("Theo hướng dẫn của Trung ương, Sở Tài chính hướng dẫn
    ..."): the run is its clause's subject."""
    text, start = a.text, run[0].start
    listed = bool(re.match(r"[ \t]*,", text[run[-1].end : clause[1]]))
    comma = re.search(r",[ \t]*$", text[clause[0] : start])
    if comma is None:
        return None
    end = clause[0] + comma.start()
    words = list(re.finditer(r"[^\W\d_]+", text[clause[0] : end]))
    for n in range(1, min(_MEMBER_WORDS, len(words)) + 1):
        member = clause[0] + words[-n].start()
        if re.search(r"[^\w\s]", text[member:end]):
            return None
        if not _uncoded_member(a, member, end):
            continue
        before = a.folded[clause[0] : member]
        support = a.pats["before_support"].search(before)
        cue = support or a.pats["before_object"].search(before)
        doc = a.doc_names.search(before)
        if doc and text[clause[0] + doc.start(1)].isupper():
            return "doc" if listed else None
        if cue is None:
            continue
        if not before[: cue.start()].strip(" ,"):
            return None
        if support:
            return "support" if earlier else "object"
        return "object" if listed else None
    return None


def _uncoded_member(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list member with no code: a capitalised name or a plural
    collective opened by a quantifier with no role cue in it."""
    if named(a, (start, end)):
        return False
    if a.text[start].isupper():
        return True
    return bool(a.pats["quantifier"].match(a.folded, start)) and not find_in(a.lex.role_cues, a.text, start, end)


def _before_run(a: Article, run: list[Match], clause: Span, earlier: bool) -> str | None:
    """``before_kind`` read from the words right before the run."""
    start = run[0].start
    before = a.folded[clause[0] : start]
    head = a.pats["list_head_end"].search(before)  # "giao các Sở: Tài chính, ...": read before the head
    before = before[: head.start()] if head else before
    d = a.doc_names.search(before)
    if d and a.text[clause[0] + d.start(1)].isupper():
        return "doc"
    if a.pats["counted_share"].search(before):
        return "object"  # "100% các xã, phường thực hiện ...": the share of units a target counts
    lead = a.pats["before_lead"].search(before)
    if lead and _held_by_request(a, clause[0] + lead.start(), start):
        return None  # "được giao lãnh đạo UBND tỉnh xử lý ...": the body led is asked, not given the task
    given = _given(a, run, clause, before, lead) if lead else None
    if given:
        return given
    if a.pats["via"].search(before):
        return "via"
    if a.pats["before_support"].search(before):
        return "support" if earlier or _opens_on_support(a, clause, start) else "object"
    if a.pats["before_object"].search(before) or _passive_agent(a, clause[0], before):
        return "object"
    if a.pats["purpose"].search(before) and leadership(a, start) and not a.pats["request_end"].search(before):
        return "object"  # "báo cáo khó khăn để UBND tỉnh định hướng ...": the purpose of the one reported to
        # (not "xin thông báo để UBND thành phố biết, thực hiện": the body told carries it out)
    if a.pats["titled"].match(a.folded, start) and a.pats["named_object"].search(before):
        return "object"  # "theo ông Nguyễn Văn A - Bí thư Tỉnh ủy, ...": the person's title, a source
    return _cue_before(a, clause, start)


def _held_by_request(a: Article, lead: int, start: int) -> bool:
    """Whether a longer curated request cue opens before the lead cue at ``lead`` and runs into
    the run at ``start`` ("Đảng ủy UBND tỉnh được giao lãnh đạo UBND tỉnh ...": ``before_request``
    "được giao lãnh đạo", where "lãnh đạo" is the verb, no head's title): the body led implements."""
    cues = a.pats["request_cue"].finditer(a.folded, max(0, lead - 40), start + 40)
    return any(m.start() < lead and m.end() > start for m in cues)


def _given(a: Article, run: list[Match], clause: Span, before: str, lead: re.Match) -> str | None:
    """How a run after a lead cue ("giao cho", "phân công cho") reads: ``doc`` when no work is
    given (a document's subject or aim, tasks described, or bodies sharing out their own work),
    ``lead`` when the task was given to it, ``object`` when it is the body advised ("được giao
    nhiệm vụ ... tham mưu cho UBND tỉnh các phương án ..."), else None."""
    if advised(a, clause, run[0].start):
        return "object"
    if a.pats["subject_of"].search(before, 0, lead.start()) or a.pats["document_aim"].search(before, 0, lead.start()):
        return "doc"  # "quyết định của UBND tỉnh về giao chỉ tiêu ... cho các sở": a document's subject, or its aim
    if _tasks_given(a, clause[0], clause[0] + lead.start()):
        return "doc"  # "các nhiệm vụ UBND tỉnh giao cho các sở, ngành ...": the tasks described
    if _own_work(a, run, (clause[0], clause[0] + lead.start())):
        return "doc"  # "Các sở, ngành xây dựng kế hoạch ... và phân công nhiệm vụ cho các sở, ngành"
    if not named(a, (clause[0] + lead.start(), run[0].start)):
        return "lead"  # not "Giao UBND tỉnh ... báo cáo kết quả cho HĐND tỉnh": the task was given
    return None


def _own_work(a: Article, run: list[Match], before: Span) -> bool:
    """Whether the body a lead cue gives work to is the clause's subject before the cue ("Các
    sở, ban, ngành lập kế hoạch ... và phân công nhiệm vụ cho các sở, ban, ngành"): bodies that
    share out their own tasks lead nothing."""
    codes = {m.value[0] for m in run}
    return any(m.value[0] in codes for m in named(a, before))


def _tasks_given(a: Article, start: int, cue: int) -> bool:
    """Whether a lead cue at ``cue`` closes a relative clause on a task noun (``tally``) whose
    givers stand between them ("Đối với nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao cho các sở,
    ngành ..., đã hoàn thành ..."): the tasks are told, the bodies after the cue are given none."""
    nouns = list(a.pats["tally_noun"].finditer(a.folded, start, cue))
    return bool(nouns) and only_bodies(a, (nouns[-1].end(), cue))


def _passive_agent(a: Article, start: int, before: str) -> bool:
    """Whether a run is the agent of a passive after a named setting ("... vừa được Kỳ họp thứ
    16, HĐND tỉnh thông qua": the setting is capitalised, "được ban hành, Sở ..." is no setting)."""
    m = a.pats["passive_agent"].search(before)
    return bool(m) and a.text[start + m.start(1)].isupper()


def _opens_on_support(a: Article, clause: Span, start: int) -> bool:
    """Whether a sentence opens on "Phối hợp với" right after a sentence that gave a body work:
    its subject is that body ("Sở Xây dựng chủ trì ... . Phối hợp với UBND các huyện tổ chức
    ..." -> the districts support)."""
    pos = a.pats["opening"].match(a.folded, clause[0]).end()
    if not a.prev_acted or pos >= start or not a.text[pos].isupper():
        return False
    return bool(a.pats["before_support"].fullmatch(a.folded, pos, start))


def advised(a: Article, clause: Span, start: int) -> bool:
    """Whether the run at ``start`` is the body advised: the last role cue before it in its
    clause is an ``advise`` cue with only object-gap words between ("tham mưu (cho) UBND tỉnh
    ..."). The body advised is no actor (CONVENTIONS): not the one a split "giao ... cho" lead
    gives the task ("Sở Tài chính được giao ... tham mưu cho UBND tỉnh các phương án ..."), nor
    an office that compiles ("tham mưu UBND tỉnh tổng hợp danh sách ...")."""
    cues = role_cues_in(a, clause[0], start)
    if not cues or cues[-1].value != "advise":
        return False
    return bool(a.pats["object_gap"].match(a.folded[cues[-1].end : start]))


def _cue_before(a: Article, clause: Span, start: int) -> str | None:
    """``lead`` or ``object`` when a role cue stands right before the run ("tham mưu (cho) UBND
    tỉnh": its object; "chịu trách nhiệm" ... "giao"), else None."""
    cues = role_cues_in(a, clause[0], start)
    if not cues or not a.pats["object_gap"].match(a.folded[cues[-1].end : start]):
        return None
    role = cues[-1].value
    if role == "lead":
        return "lead"
    return "object" if role in SPECIFIC else None


def after_kind(a: Article, end: int, stop: int, virtual: bool = False, single: bool = False) -> tuple[str, bool]:
    """How the words after a subject, up to ``stop`` (the next run), read it: ``requester``
    ("UBND tỉnh yêu cầu"), ``narration`` ("UBND TP.HCM tổ chức hội nghị"), ``lead`` ("Sở Y tế
    chủ trì") or ``subject``; and whether an aspect marker narrates it. ``single``: the subject
    is one body (a text has one author), see ``_announces``."""
    pos, aspect = after_subject(a, end, virtual)
    if not aspect:
        aspect = _narrated_after_members(a, end, stop)
    if a.pats["after_requester"].match(a.folded, pos) or _announces(a, pos, stop, single):
        return "requester", aspect
    first = next(iter(role_cues_in(a, end, stop)), None)
    if first is not None and first.value == "ignore" and match_key(a.text, first) in a.narration:
        return "narration", aspect
    lead = a.pats["after_lead"].match(a.folded, pos)
    if lead and first is not None and first.value == "ignore" and first.start <= lead.end() < first.end:
        lead = None  # a longer curated phrase holds the cue: "được giao đầu mối" describes, "được giao" assigns
    if lead and (CHAIRS.match(a.text, lead.end()) or a.pats["chaired_at"].match(a.folded, lead.end())):
        return "narration", aspect  # "Đồng chí ..., Chủ tịch UBND tỉnh chủ trì (sáng 2/12).": chairs the event
    if lead and a.pats["tally_count"].match(a.folded, lead.end()):
        return "narration", aspect  # "UBND tỉnh được giao thực hiện 51 nhiệm vụ ...": a count of tasks
    if lead:
        return "lead", aspect
    return "subject", aspect


def _narrated_after_members(a: Article, end: int, stop: int) -> bool:
    """Whether a narrating aspect marker follows the run's members that have no code, written in
    lower case after it ("các sở, ban, ngành, đơn vị, doanh nghiệp đã hoàn thành ..."): the
    whole list is narrated."""
    m = a.pats["member_aspect"].match(a.folded, end, stop)
    return m is not None and a.text[end : m.end()] == a.text[end : m.end()].lower()


def _announces(a: Article, start: int, stop: int, single: bool = False) -> bool:
    """Whether the words after a subject announce the text that follows, naming a document: the
    author speaks ("UBND tỉnh xây dựng Kế hoạch phát triển ... năm 2026 như sau:", "UBND tỉnh
    đánh giá ước thực hiện Kế hoạch năm 2024 ..., cụ thể như sau:", or "... Kế hoạch hành động
    và yêu cầu" the bodies after it), it is assigned nothing.
    The document's name is capitalised, or the subject is one body (``single``): a text has one
    author, so "UBND tỉnh xây dựng kế hoạch ... như sau:" is the author too, while several
    bodies told to draw up their own ("UBND các huyện xây dựng kế hoạch ... như sau:") act."""
    asks = a.pats["then_asks"].search(a.folded, start, stop)
    stop = stop if asks else _announcing_end(a, start, stop)
    if not (asks or a.pats["announce"].search(a.folded, start, stop)):
        return False
    docs = list(a.doc_any.finditer(a.folded[start:stop]))
    return (single and bool(docs) and not asks) or any(a.text[start + m.start()].isupper() for m in docs)


def _announcing_end(a: Article, start: int, stop: int) -> int:
    """Where the words after a subject that may announce a text end: ``stop`` (the next run of
    bodies), or past it up to the clause's colon or line end when an ``announce`` cue closes that
    clause in the same sentence: a body named inside the announced text's title ("UBND tỉnh xây
    dựng Kế hoạch triển khai nhiệm vụ ... mà Thủ tướng Chính phủ giao ..., với các nội dung như
    sau:") does not cut the author's words off (CONVENTIONS session 42)."""
    ends = [e for e in (a.text.find(":", stop), a.text.find("\n", stop)) if e >= 0]
    end = min(ends, default=len(a.text))
    if re.search(r"[.;]", a.text[stop:end]) or not a.pats["announce"].search(a.folded, start, end):
        return stop
    return end


def is_single(a: Article, run: list[Match]) -> bool:
    """Whether a run names one body, not several ("UBND tỉnh", not "UBND các huyện" or "Sở Y tế,
    Sở Tài chính")."""
    return len(run) == 1 and not a.pats["quantifier"].search(a.folded, run[0].start, run[0].end)


def cue_roles(a: Article, cues: list[Match], narrated: bool) -> list[str]:
    """Roles of a subject from the cues after it (masks already removed).

    ``implement`` only when nothing specific is said, or when its cue stands as a predicate of
    its own before the specific one ("tổ chức thực hiện Kế hoạch ..., định kỳ báo cáo"), not
    when coordinated with it ("phải hoàn thành, báo cáo"); never for a narrated subject, which
    keeps no duty either ("Phó Chủ tịch UBND tỉnh đã báo cáo tình hình ..." presented a report
    at the meeting; "Huyện ủy đã quan tâm tổ chức tuyên truyền ..." communicates
    nothing; "Sở ... đã tham mưu" still advised); and beside a communicate or advise cue when the
    body does the verb itself ("tham mưu, triển khai thực hiện ...", ``joined_implement``).
    """
    roles = list(dict.fromkeys(c.value for c in cues if c.value in SPECIFIC))
    if narrated:
        return [r for r in roles if r not in DUTIES]
    for i, c in enumerate(cues):
        if c.value in SPECIFIC:
            break
        if c.value == "implement":
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            if nxt is None or nxt.value not in SPECIFIC or not a.pats["cue_join"].match(a.folded[c.end : nxt.start]):
                return ["implement", *roles]
    return [*roles, "implement"] if joined_implement(a, cues) else roles


def before_advice(a: Article, cues: list[Match], stop: int) -> list[Match]:
    """A body's own cues: those up to its first ``advise`` cue that names the body advised right
    after it ("tham mưu UBND tỉnh ...", ``advises_a_body``); the cues after that body are what
    it advises, the advised body's work ("Sở Y tế tổng hợp, đề xuất ..., tham mưu UBND tỉnh báo
    cáo Bộ Y tế": advise only, the report is the committee's, CONVENTIONS session 42)."""
    for i, c in enumerate(cues):
        if c.value == "advise" and advises_a_body(a, c.end, stop):
            return cues[: i + 1]
    return cues


def advises_a_body(a: Article, end: int, stop: int) -> bool:
    """Whether an advise cue ending at ``end`` names the body advised right after it, with only
    object-gap words or a head's title between ("tham mưu (cho) UBND tỉnh", "tham mưu Chủ tịch
    UBND tỉnh"): the verbs after that body are what is advised, no role of the adviser."""
    found = find_in(a.lex.bodies, a.text, end, stop)
    if not found:
        return False
    gap = a.folded[end : found[0].start]
    if a.pats["object_gap"].match(gap):
        return True
    title = a.pats["titled"].match(gap.strip())
    return bool(title) and title.end() == len(gap.strip())
