"""What a page only reports: a subject told of the past ("Năm qua, UBND tỉnh triển khai ..."),
at an event ("Sáng 2/7, ..."), named with a person's name, in a line of capitals, or the
province's leadership stating aims: such a body is assigned nothing (CONVENTIONS).
"""

from __future__ import annotations

import re

from pipelines.text.matcher import Match
from pipelines.text.segment import Span, strip_punct
from pipelines.extract.assignments.article import find_in, quarter_number, Article
from pipelines.extract.assignments.mentions import leadership
from pipelines.extract.assignments.subjects import role_cues_in, after_subject, before_kind, after_kind, is_single


def past(a: Article, clause: Span, end: int) -> bool:
    """Whether what follows is past work: a past time before ``end`` in the clause ("Năm qua,
    UBND tỉnh triển khai ..."), a sentence that opens with a year before the publication year
    ("Năm 2025, Sở ... chủ động phối hợp với các sở, ngành ..." in a 2026 article), or such a
    year set off by commas right before ``end`` ("Theo báo cáo ..., ngay từ đầu năm 2023, Tỉnh
    ủy tập trung xây dựng ...")."""
    if a.past_sentence or a.pats["past"].search(a.folded, clause[0], end):
        return True
    # a time of an earlier year set off right before the subject: "..., ngay từ đầu năm 2023, Tỉnh ủy ..."
    m = a.pats["year_before"].search(a.folded, clause[0], end)
    return bool(m and a.published_year and int(m.group(1)) < a.published_year)


def _at_event(a: Article, clause: Span, end: int) -> bool:
    """Whether what follows is told of an event: its setting before ``end`` in the clause ("Tại
    phiên họp, lãnh đạo Sở Tài chính báo cáo kết quả ..."), a sentence that opens with the
    event's day ("Sáng 2/7, ..."), or a meeting's hearing earlier in the paragraph ("Hội nghị đã
    nghe lãnh đạo Sở ... báo cáo ... . Sở Tài chính báo cáo một số giải pháp ...": those heard
    present). A body asked there ("Tại hội nghị, ... yêu cầu Sở ... báo cáo") is still asked
    (the caller's concern)."""
    heard = a.heard_from is not None and a.heard_from <= end
    return heard or a.event_sentence or bool(a.pats["event"].search(a.folded, clause[0], end))


def is_event_sentence(a: Article, sent: Span) -> bool:
    """Whether a sentence opens with the day of the event it tells ("Sáng 2/7, ..."), maybe after
    a scraper's date marker or one phrase of setting that names no body ("Trong chuyến công tác
    tại tỉnh, chiều 8/3, Bộ trưởng ..."; "Giao Sở Y tế, ngày 20/5, ..." is a schedule)."""
    m = a.pats["event_day"].match(a.folded, sent[0], sent[1])
    if m is None:
        return False
    return m["setting"] is None or not find_in(a.lex.bodies, a.text, m.start("setting"), m.end("setting"))


def opens_earlier_year(a: Article, sent: Span) -> bool:
    """Whether a sentence opens with a year before the article's publication year."""
    m = a.pats["year_opening"].match(a.folded, sent[0])
    return bool(m and a.published_year and int(m.group(1)) < a.published_year)


def opens_past_period(a: Article, sent: Span) -> bool:
    """Whether a sentence opens with a quarter or a month that had ended or begun by the page's
    date, in its year or an earlier one ("Quý I, Tỉnh ủy lãnh đạo, chỉ đạo ..." on a page of
    April; "Tháng 2/2026, ..." on one of 27 February 2026): a review of that time. A quarter
    counts once its last month has come; a month, once it has."""
    m = a.pats["period_opening"].match(a.folded, sent[0], sent[1])
    if m is None or a.page_date is None:
        return False
    year = int(m["year"]) if m["year"] else a.page_date.year
    last = 3 * quarter_number(m["quarter"]) if m["quarter"] else int(m["month"])
    return (year, last) <= (a.page_date.year, a.page_date.month)


def requested(a: Article, clause: Span, start: int) -> bool:
    """Whether the body at ``start`` is asked: "yêu cầu / đề nghị X ..." before it in its
    clause, or it opens an item of a list that a request introduces ("Văn bản yêu cầu:" / "1.
    UBND các huyện chỉ đạo các đơn vị tăng cường tuyên truyền ..."); not one directed in a
    directive told as done ("tỉnh đã chỉ đạo các sở, ngành ...": ``_directed_before``)."""
    if _directed_before(a, clause, start):
        return False  # "tỉnh đã chỉ đạo các sở, ngành ...": directed in past work, not asked
    if a.pats["before_request"].search(a.folded[clause[0] : start]):
        return True
    if any(m.start() < start < m.end() for m in a.pats["request_cue"].finditer(a.folded, clause[0], start + 40)):
        return True  # "được giao lãnh đạo UBND tỉnh ...": the cue runs into the run's title word
    return a.request_list and a.pats["opening"].fullmatch(a.folded, strip_punct(a.text, clause)[0], start) is not None


def run_kinds(a: Article, runs: list[list[Match]], clause: Span, earlier: bool) -> list[tuple[str, bool]]:
    """(kind, narrated) of every run of a clause; ``earlier``: a body acts before the first run
    (a section heading). A subject after a past time ("Năm qua, UBND tỉnh triển khai ...") is
    narrated as after "đã"."""
    kinds: list[tuple[str, bool]] = []
    for i, run in enumerate(runs):
        seen = earlier or any(k != "doc" for k, _ in kinds)
        kind = before_kind(a, run, clause, seen)
        aspect = False
        if kind is None:
            stop = runs[i + 1][0].start if i + 1 < len(runs) else clause[1]
            kind, aspect = _subject_kind(a, run, clause, stop)
        kinds.append((kind, aspect))
    return kinds


def _subject_kind(a: Article, run: list[Match], clause: Span, stop: int) -> tuple[str, bool]:
    """(kind, narrated) of a run read from the words after it (``after_kind``), told apart from
    what a page only reports: the leadership stating aims, a line in capitals, the headline, an
    official named with their person's name, a subject after a past time or at an event, or one
    whose work its clause goes on to credit with a result ("..., nhờ đó ... đạt được kết quả"), or
    a national body at work ("Chính phủ tiếp tục triển khai ...": a provincial page reports it);
    a body asked ("yêu cầu X ...", "đề nghị Bộ Tài chính ...") acts whatever the setting."""
    kind, aspect = after_kind(a, run[-1].end, stop, single=is_single(a, run))
    asked = requested(a, clause, run[0].start)
    told = (_states_aims(a, run) or _national(a, run)) and not asked
    kind = "narration" if kind == "subject" and (told or _shouted(a, run)) else kind
    if kind in ("subject", "lead") and (a.headline or (_person(a, run) and not asked)):
        kind = "narration"
    aspect = aspect or past(a, clause, run[0].start) or (_at_event(a, clause, run[0].start) and not asked)
    aspect = aspect or bool(a.pats["result"].search(a.folded, run[-1].end, clause[1]))
    aspect = aspect or _directed_before(a, clause, run[0].start)
    if kind == "requester" and asked:
        kind = "subject"  # asked to direct others ("đề nghị UBND các huyện chỉ đạo ..."): it acts
    return kind, aspect


def told_by_speaker(a: Article, start: int) -> bool:
    """Whether the body at ``start`` stands in what a speaker says will be done: a speaker's verb
    then the future marker before it in its sentence ("Chủ tịch UBND tỉnh cho biết, tỉnh sẽ giao
    nhiệm vụ cho Sở Xây dựng ..."): narration, no role (CONVENTIONS, session 36)."""
    sent_start = a.sentence_span[0] if a.sentence_span[0] <= start else 0
    return bool(a.pats["speaker_future"].search(a.folded, sent_start, start))


def _directed_before(a: Article, clause: Span, start: int) -> bool:
    """Whether the body at ``start`` was directed in a directive told as done ("Ngay từ đầu năm,
    tỉnh đã chỉ đạo các sở, ngành rà soát ..."): past work among a review's results, no role
    (CONVENTIONS). A sentence that opens with the event's day tells the day's news ("Ngày 3-4,
    Chủ tịch UBND tỉnh đã chỉ đạo các sở ..."): its bodies act."""
    return not a.event_sentence and bool(a.pats["past_directive"].search(a.folded[clause[0] : start]))


def _person(a: Article, run: list[Match]) -> bool:
    """Whether a run is an official named with their person's name ("Chủ tịch UBND tỉnh An Giang
    Hồ Văn Mừng quán triệt ...", "Giám đốc Sở Tài chính, ông Lê Văn A, chủ trì ..."): a news
    page reports what they did (CONVENTIONS: a body only reported on does no work). A title is
    needed (``head_title``), and a name of two capitalised words or more followed by a word in
    lower case, or a name after "ông" / "bà" ("UBND các huyện Tuy Phước, Phù Cát" names places)."""
    m = run[-1]
    if _named_first(a, run):
        return True
    if not a.pats["titled"].match(a.folded, run[0].start):
        return False
    end = m.end
    prov = find_in(a.lex.provinces, a.text, end, min(len(a.text), end + 40))
    if prov and not a.text[end : prov[0].start].strip():
        end = prov[0].end
    if a.pats["name_title"].match(a.folded, end):
        return True
    line = a.text[end : a.text.find("\n", end) if "\n" in a.text[end:] else len(a.text)]
    words = line.lstrip(" \t-–—").split()
    names = 0
    for w in words[:5]:
        if not (w[:1].isupper() and w.rstrip(",").isalpha() and not (len(w) > 1 and w.isupper())):
            break
        names += 1
        if w.endswith(","):
            break
    rest = words[names] if names < len(words) else ""
    return 2 <= names <= 4 and rest[:1].islower()


# the end of a person's name before their titles: a comma, or a dash set off by spaces
_NAME_END = re.compile(r"(,|\s[-–—]\s)")


def _named_first(a: Article, run: list[Match]) -> bool:
    """Whether the line of a run opens with a person's name before their titles ("Đồng chí
    Trần Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh báo cáo", "Ông Trần Văn
    A - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh báo cáo": a caption or a speaker; ``name_title``
    then two to four capitalised words and a comma or a dash)."""
    line = a.text.rfind("\n", 0, run[0].start) + 1
    m = a.pats["name_first"].match(a.folded, line, run[0].start) or _set_off_name(a, line, run[0].start)
    if m is None:
        return False
    parts = _NAME_END.split(a.text[m.end() : run[0].start], maxsplit=1)
    if len(parts) < 3:
        return False
    name, _, titles = parts
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    # titles only up to the run: "Đồng chí ..., Bí thư Tỉnh ủy yêu cầu Sở ..." asks the department
    start = run[0].start - len(titles)
    return not role_cues_in(a, start, run[0].start) and not a.pats["directive"].search(a.folded, start, run[0].start)


def _set_off_name(a: Article, line: int, start: int) -> re.Match | None:
    """The last person's name set off by a comma after an opening phrase, before ``start``:
    "Phát biểu chỉ đạo tại đại hội, bà Nguyễn Thị B, Phó Bí thư Thường trực Tỉnh ủy, đề nghị ..."
    (a speaker with their titles, reported on as one named at the line's start)."""
    found = list(a.pats["name_set_off"].finditer(a.folded, line, start))
    return found[-1] if found else None


def _shouted(a: Article, run: list[Match]) -> bool:
    """Whether a run stands in a line written in capitals up to its end, with a name of several
    words in capitals: a byline or headline quoting its speaker ("ÔNG ..., BÍ THƯ TỈNH ỦY, CHỦ
    TỊCH HĐND TỈNH Xác định rõ ..."), reported on (CONVENTIONS), never assigned."""
    start = a.text.rfind("\n", 0, run[0].start) + 1
    first = a.text[run[0].start : run[0].end]
    letters = [c for c in a.text[start : run[-1].start] + first if c.isalpha()]
    return all(c.isupper() for c in letters) and len(first.split()) > 1


def _states_aims(a: Article, run: list[Match]) -> bool:
    """Whether a run is the province's leadership or a national body stating its aims ("Năm
    2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu thực hiện đạt ...", "Chính phủ đặt mục tiêu
    ..."): it sets targets, it is assigned nothing. Departments that strive still act ("Thủ trưởng các sở, ngành ... phấn
    đấu hoàn thành các công việc")."""
    pos, _ = after_subject(a, run[-1].end)
    return bool(a.pats["aim"].match(a.folded, pos)) and (leadership(a, run[0].start) or _national(a, run))


def _national(a: Article, run: list[Match]) -> bool:
    """Whether a run names national bodies only ("Chính phủ đặt mục tiêu ..." states the
    country's aims)."""
    return all(a.lex.body_info[m.value[0]]["level"] == "national" for m in run)
