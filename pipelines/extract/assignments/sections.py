"""Sections of a "Tổ chức thực hiện" part: a heading that names a body ("1. Sở Nông nghiệp và Môi
trường", "3. Sở Khoa học và Công nghệ: Hướng dẫn ...") is the subject of the subjectless task
lines under it; a heading that gives the tasks ("1. Giao Sở Tài chính:") makes it lead each one.
"""

from __future__ import annotations

import re

from pipelines.text.matcher import Match
from pipelines.text.segment import Span, strip_punct
from pipelines.extract.assignments.article import SPECIFIC, DUTIES, ACTING, ITEM_MARK, BULLET, NUMBERED, Article, Found
from pipelines.extract.assignments.lines import operative, list_lines
from pipelines.extract.assignments.mentions import mentions_in, blank_heads, runs_of
from pipelines.extract.assignments.merged import only_bodies
from pipelines.extract.assignments.roles import roles_of
from pipelines.extract.assignments.subjects import role_cues_in, after_kind, before_advice


# --- step 6: section headings ----------------------------------------------------------------


def _heading(a: Article, para: Span) -> list[Match] | None:
    """The run of bodies a heading line names ("1. Sở Nông nghiệp và Môi trường", "3. Sở Khoa
    học và Công nghệ: Hướng dẫn ...", "- Sở Nội vụ: ..."), or None when the line is no such
    heading. A heading is numbered or marked: an unmarked "Phó Thủ tướng: Lâm Đồng cần ..."
    is a news headline quoting a speaker, whose words assign nothing. A heading that gives the
    bodies their tasks ("1. Giao Sở Kế hoạch và Đầu tư:", ending in ':') makes them lead the
    tasks below it (``lead_heads``)."""
    start = strip_punct(a.text, para)[0]
    colon = a.text.find(":", start, para[1])
    end = colon if colon >= 0 else para[1]
    span = strip_punct(a.text, (start, end))
    lead = a.pats["lead_head"].match(a.folded, span[0]) if colon >= 0 else None
    span = (lead.end(), span[1]) if lead else span
    mentions, heads = mentions_in(a, span)
    runs = runs_of(a, mentions, blank_heads(a, heads))
    marked = NUMBERED if colon < 0 else ITEM_MARK
    if len(runs) != 1 or not only_bodies(a, span) or not (lead or marked.match(a.text[para[0] : para[1]])):
        return None
    if lead:
        a.lead_heads.add(id(runs[0]))
    return runs[0]


def sections(a: Article, paragraph_spans: list[Span]) -> list[tuple[Span, list[Match] | None]]:
    """Each paragraph with the heading run whose task it is (None outside a heading's reach):
    the heading's own line after ':', the first line after it, and the bullet lines after that."""
    out: list[tuple[Span, list[Match] | None]] = []
    current, first = None, False
    for para in operative(a, list_lines(a, paragraph_spans)):
        head = _heading(a, para)
        line = a.text[para[0] : para[1]]
        if head is not None:
            current, first = head, True
            out.append((para, head))
            continue
        if current is not None and not (first and not ITEM_MARK.match(line)) and not BULLET.match(line):
            current = None
        if current is not None and first and _sibling(a, out[-1][0], line):
            current = None
        out.append((para, current))
        first = False
    return out


def _sibling(a: Article, head_line: Span, line: str) -> bool:
    """Whether the line right after a heading is one more heading of its list, marked as it is
    and ending on ':' with nothing after ("• Báo ...:" / "• Truyền hình ...:", a site's menu of
    its channels): it names the next item, it is no task of the heading's body."""
    mark = BULLET.match(a.text[head_line[0] : head_line[1]])
    return mark is not None and line.startswith(mark.group()) and line.rstrip().endswith(":")


def heading_roles(a: Article, clause: Span, found: list, first_task: bool, head: list[Match]) -> list[str]:
    """Roles of a section's heading body from a subjectless task clause: "Chủ trì, ..." lead
    (with the lead's monitor / report / communicate cues), else the role cues, else
    ``implement`` when it is the body's first task in this section. Under a heading that gives
    the tasks ("Giao Sở ...:") the body leads each item (in the clause that opens it) with the
    lead's cues."""
    acting = [run[0].start for run, _, kind in found if kind in ACTING]
    if acting and acting[0] <= strip_punct(a.text, clause)[0] + 1:
        return []
    start = strip_punct(a.text, clause)[0]
    stop = min(acting, default=clause[1])
    kind, aspect = after_kind(a, start, stop, virtual=True)
    if id(head) in a.lead_heads:
        roles = roles_of(a, "lead", aspect, start, stop, clause, start)
        return roles if _opens_item(a, clause) else roles[1:]
    if kind in ("requester", "narration"):
        return []
    roles = roles_of(a, kind, aspect, start, stop, clause, start)
    return roles or (["implement"] if first_task else [])


def _opens_item(a: Article, clause: Span) -> bool:
    """Whether a clause opens its line, after an item mark ("- Chủ trì, ...")."""
    if a.text[: clause[0]].rstrip().endswith(":"):  # "Giao Sở Tài chính: chủ trì ..."
        return True
    line = a.text.rfind("\n", 0, clause[0]) + 1
    return bool(re.fullmatch(r"\s*(?:[-+•*–]\s*|(?:\d{1,2}|[a-zđ])[.)]\s*)?", a.text[line : clause[0]]))


# --- step 7: carry-over and rows -------------------------------------------------------------


def opening_roles(a: Article, clause: Span, listed: bool = False) -> list[str] | None:
    """The roles a subjectless clause that opens with a task verb carries to the bodies before
    it, or None when it opens with none: "hằng năm báo cáo ..." -> report, "theo dõi, đánh giá
    tình hình ..., đề xuất giải pháp và báo cáo tổng kết" -> monitor, report. Only the monitor,
    report and communicate cues carry (CONVENTIONS, session 43): "...; tham mưu phương án ..."
    gives no advise, but goes on with the same actors; an item of a list of duties after a colon
    (``listed``: "Các sở có trách nhiệm: tổ chức ...; theo dõi, đề xuất giải pháp ...") keeps
    its advice, as before (not ruled). A clause that opens with a plain task
    ("tổ chức triển khai thực hiện kế hoạch;") gives no role, whatever cue-like words its object
    holds, but goes on with the same actors, so the next item of a list of duties still carries
    theirs."""
    pos = a.pats["opening"].match(a.folded, clause[0]).end()
    cues = role_cues_in(a, pos, clause[1])
    if not cues or cues[0].start != pos or cues[0].value not in (*SPECIFIC, "implement"):
        return None
    if cues[0].value == "implement":
        return []  # a plain task: its later words are its object ("phấn đấu đóng góp của ... tổng hợp ...")
    # "kịp thời tham mưu Chủ tịch UBND tỉnh chỉ đạo, đôn đốc ...": the rest is advised
    kept = SPECIFIC if listed else DUTIES
    return list(dict.fromkeys(c.value for c in before_advice(a, cues, clause[1]) if c.value in kept))


def opens_support_list(a: Article, para: Span, found: list[Found]) -> bool:
    """Whether a paragraph in which a body acts ends on "phối hợp (với):": the bullet lines
    after it name the bodies that support ("Giao Sở Tài chính chủ trì, phối hợp với:" / "- Sở
    Nội vụ;" / "- UBND các xã, phường.")."""
    end = strip_punct(a.text, para)[1]
    if a.text[end : para[1]].strip()[:1] != ":":
        return False
    acted = any(roles for f in found for _, roles, _ in f.runs)
    return acted and bool(a.pats["before_support"].search(a.folded, para[0], end))


def opens_request_list(a: Article, para: Span) -> bool:
    """Whether a paragraph ends on a request and ':' ("Văn bản yêu cầu:", "UBND tỉnh đề
    nghị:"): the bodies that open the items after it are asked."""
    end = strip_punct(a.text, para)[1]
    if a.text[end : para[1]].strip()[:1] != ":":
        return False
    return bool(a.pats["request_end"].search(a.folded, para[0], end))
