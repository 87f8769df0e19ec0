"""Is a statement a target or a result? Cue lookup from the clause outwards.

Precedence: a result cue in the clause ("ước đạt", "so với cùng kỳ") wins; then a target cue
in the clause ("phấn đấu", "chỉ tiêu", "đến năm"); then the sentence; then a sentence whose years
all lie after the publication year (it cannot report a result); then the paragraph (a
target cue before the sentence, or in a later sentence that states figures);
then the heading that introduces the list the paragraph belongs to ("Các chỉ tiêu chủ yếu:",
"Kết quả thực hiện năm 2020:"); then, outside a results report, a value stated as a floor
("tăng từ 8% trở lên": ``aim_bound``); then the page frame's default (``frame.page_frame``).

A forecast cue ("dự kiến", ``indicator_cues.csv``) is a target cue for a year after the
publication year and a result cue for that year or an earlier one ("Dự kiến cả năm 2024, ..."
in an October 2024 report estimates the year that is ending). Likewise a result cue next to a
target cue in a sentence whose years all lie after the publication year estimates a planned figure
("mục tiêu năm 2026 ..., vốn đầu tư ước đạt ..." in December 2025): a target; an estimate word
(``plan_estimate``: "ước đạt") about a year not yet begun is no result cue at all ("Năm 2026, tổng
mức bán lẻ ước đạt ..." in December 2025 states the plan's figure), nor is one that states a
figure of another measure an aim of its sentence (or of the sentence before) sets out ("đặt chỉ tiêu tăng trưởng ước tăng
9%, GRDP bình quân đầu người ước đạt 112 triệu đồng": ``_aimed_estimate``). A result cue
inside a review lead-in ("Với những kết quả đạt được, ...", ``review_lead``) counts for nothing.
A tally of targets met ("đạt và vượt 18/20 chỉ tiêu", ``met_verb``/``met_noun``) is a result cue
and the target cue inside it sets nothing; in a sentence that opens with a review of elapsed
months ("Trong 9 tháng năm 2024, ...", ``review_opener``), reports results elsewhere ("xoài
ước đạt 2.600 tỷ đồng; lúa gạo ..., sản lượng duy trì 3,3 triệu tấn") or narrates work done
("đã", ``past_lead``) a ``review_verb`` ("duy trì") sets no aim of its own, unless its clause
names a year after the publication year; a target cue a few words after such a past word with
no figure of its own ("đã chủ động xây dựng kế hoạch, đề án ...") names work done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import wraps
from typing import Callable, TypeVar

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.ingest.dates import marker
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import cue_words, role_cues
from pipelines.extract.tones import same_tones
from pipelines.text.fold import fold
from pipelines.text.matcher import Match, PhraseMatcher
from pipelines.text.memo import per_text
from pipelines.text.segment import Span, paragraphs, sentences, span_at
from pipelines.text.years import YEAR

_MARKER = re.compile(r"^(?:[-+•*–]|\d{1,2}[.)]|\d{1,2}/(?!\d)|\(\d{1,2}\)|[a-zđ]\)|[IVX]+\.)\s*")  # "3/ Chi ngân sách"
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]+\.)\s+")
_STARRED = re.compile(r"^\*\s*")  # "* Các chỉ tiêu kinh tế (6 chỉ tiêu)": a star marks a sub-heading
_BRACKETED = re.compile(r"\([^()]*\)")  # a bracketed note in a heading: "(6 chỉ tiêu)"
_YEAR_OR_PERIOD = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_COUNT_BEFORE = re.compile(r"\d{1,2}\s+$")
_AIM_REACH = 30  # characters from a target cue to the part of the year it aims at
_SCOPE_HEADING = 60  # characters: longer headings say more than a time scope


def _has(matcher, text: str, span: Span) -> bool:
    return bool(matcher.find(text, span[0], span[1]))


def _is_heading(para: str) -> bool:
    """A paragraph that introduces a list: it ends with ':', or it is short and unpunctuated
    and either unmarked ("Các chỉ tiêu chủ yếu đến năm 2030") or numbered or starred and free of
    values, bracketed notes aside ("2. Các chỉ tiêu chủ yếu", "II. MỤC TIÊU", "* Các chỉ tiêu xã
    hội (13 chỉ tiêu)"; not "1. GRDP tăng 7%")."""
    if para.endswith(":"):
        return True
    if len(para) >= 120 or para.endswith((".", ";")):
        return False
    numbered = _NUMBERED.match(para) or _STARRED.match(para)
    if numbered:
        rest = _BRACKETED.sub("", _YEAR_OR_PERIOD.sub("", para[numbered.end() :]))
        return not re.search(r"[\d%]", rest)
    return not _MARKER.match(para)


def is_heading(para: str) -> bool:
    """Whether a paragraph is a heading or a caption (``_is_heading``): it ends a target section."""
    return _is_heading(para)


def _scope_heading(para: str) -> bool:
    """A short heading that names only when its items are due ("Đến năm 2025:", "Bình quân
    giai đoạn 2021 - 2025:"): it heads the plain paragraphs after it, one target each."""
    return para.endswith(":") and len(para) <= _SCOPE_HEADING and bool(_YEAR_OR_PERIOD.search(para))


def _belongs(para: str, plain: bool) -> bool:
    """Whether a paragraph after a heading is one of its items: a list item (marker or ';'),
    or, under a heading that ends "như sau:", any plain paragraph."""
    return bool(_MARKER.match(para) or para.endswith(";") or plain)


def _source_note(para: str) -> bool:
    """Whether a paragraph is one bracketed note (the source of a list: "(Theo Quyết định số
    ... của UBND tỉnh)"): it neither heads nor ends the list of the heading before it."""
    return para.startswith("(") and para.endswith(")") and para.count("(") == 1


def list_headings(text: str, lex: Lexicons | None = None) -> dict[Span, Span]:
    """For each list paragraph, the span of the heading paragraph that introduces it.

    A heading is a paragraph that ends with ':' or is short and unpunctuated; the paragraphs
    after it that start with a list marker or end with ';' belong to it, until one does not (a
    bracketed source note right after it is skipped).
    Example: "Các chỉ tiêu chủ yếu đến năm 2030:" heads "- Tỷ lệ đô thị hóa trên 85%;". With
    ``lex``, a heading ending in a plain-list lead ("cụ thể như sau:", ``indicator_cues.csv``)
    heads every paragraph after it up to the next heading.
    """
    lead = cue_words(lex).plain_list_lead if lex is not None else None
    out: dict[Span, Span] = {}
    current: Span | None = None
    plain = False
    for span in paragraphs(text):
        para = text[span[0] : span[1]]
        if current and _source_note(para):
            continue  # "(Theo Quyết định số 01/QĐ-UBND ngày ...)" under the heading: its list goes on
        if _is_heading(para):
            current, plain = span, _scope_heading(para) or bool(lead and lead.search(fold(text)[span[0] : span[1]]))
            continue
        if current and _belongs(para, plain):
            out[span] = current
        if not (_MARKER.match(para) or plain):
            current = None
    return out


def heading_contexts(text: str, lex: Lexicons) -> dict[Span, str]:
    """For each list paragraph, the context ("target", "result" or "") set by its heading
    (``list_headings``): "Kết quả thực hiện năm 2020:" -> "result", "Các chỉ tiêu chủ yếu:" -> "target".
    """
    out: dict[Span, str] = {}
    for para, head in list_headings(text, lex).items():
        if _has(lex.heading_result_cues, text, head) or _has(lex.result_cues, text, head):
            out[para] = "result"
        elif _has(lex.heading_target_cues, text, head) or _has(lex.target_cues, text, head):
            out[para] = "target"
    return out


def section_contexts(text: str, lex: Lexicons) -> dict[Span, str]:
    """For each plain paragraph under a section heading that reviews ("Những dấu ấn nổi bật
    giai đoạn 2021 - 2025", "Kết quả nổi bật năm 2024": a short heading with a result cue and no
    target cue), "result", up to the next heading: in such a section a statement with no cue of
    its own reports, and a review verb ("duy trì") narrates (``classify``). A list under a
    heading takes the heading's own context (``heading_contexts``)."""
    out: dict[Span, str] = {}
    current = ""
    for span in paragraphs(text):
        para = text[span[0] : span[1]]
        if _is_heading(para) and not para.endswith(":"):
            result = _has(lex.heading_result_cues, text, span) or _has(lex.result_cues, text, span)
            current = "result" if result and not _heading_aims(text, span, lex) else ""
        elif current:
            out[span] = current
    return out


def _heading_aims(text: str, span: Span, lex: Lexicons) -> bool:
    """Whether a heading names aims: a target cue that is no mere time scope (the period of
    "Những dấu ấn nổi bật giai đoạn 2021 - 2025" says what is reviewed, not an aim)."""
    periods = [(p[0], p[1]) for p in dates.find_periods(text, *span)]
    hits = lex.heading_target_cues.find(text, *span) + lex.target_cues.find(text, *span)
    return any(not _overlaps((h.start, h.end), periods) for h in hits)


@dataclass(frozen=True)
class Cues:
    """What ``classify`` needs besides the spans: the lexicons, the publication year (for
    forecast cues and named periods), the page frame's default context and, for a page of
    unknown date, the year its frame plans (``_dated_periods``)."""

    lex: Lexicons
    published_year: int | None = None
    default: str = ""
    strict: bool = False  # a results page: only a statement's own cues (clause, sentence, heading) count
    plan_year: int | None = None
    reports: bool = False  # the page reports results (its frame): a deadline of now has been reached


_V = TypeVar("_V", bool, str)


def _per_span(fn: Callable[[str, Span, Cues], _V]) -> Callable[[str, Span, Cues], _V]:
    """Wrap a question ``fn(text, span, cues)`` whose answer is a bool or a string: each distinct
    span and cues is answered once per text (``memo.per_text``). The clauses of a sentence each
    ask it of the same sentence: about 60% of the calls on the benchmark's articles were repeats."""

    @wraps(fn)
    def wrapper(text: str, span: Span, cues: Cues) -> _V:
        key = (fn, span[0], span[1], id(cues.lex), cues.published_year, cues.default, cues.strict, cues.plan_year)
        memo = per_text(text)
        hit = memo.get(key)
        if hit is None or hit[0] is not cues.lex:  # the same id for other lexicons: answer anew
            hit = memo[key] = (cues.lex, fn(text, span, cues))
        return hit[1]

    return wrapper


def _dated_periods(text: str, span: Span, cues: Cues) -> tuple[list[Match], list[Match]]:
    """The periods ``span`` names after a period noun ("giai đoạn 2016 - 2020", "nhiệm kỳ
    2020 - 2025": ``period_noun``), split by the page's year: those that ended before it, whose
    statements report (a result cue: "bình quân giai đoạn 2016 - 2020 đạt 6,8%" in 2022), and
    those still running or ahead, whose statements plan (a target cue: "bình quân giai đoạn
    2016 - 2020 tăng khoảng 7,5%/năm" in 2018). The page's year is the publication year, else
    the year the page frame plans; with neither a period says nothing. A period after a baseline
    word ("gấp 1,5 lần so với giai đoạn 2016 - 2020") is a target's base: neither; so is the term
    of a council or committee named by its number ("HĐND tỉnh khóa VII, nhiệm kỳ 2021 - 2026":
    ``body_term``), which plans nothing."""
    year = cues.published_year or cues.plan_year
    if year is None:
        return [], []
    words, folded = cue_words(cues.lex), fold(text)
    past: list[Match] = []
    running: list[Match] = []
    for m in words.named_period.finditer(folded, *span):
        if words.baseline.search(folded, max(span[0], m.start() - 30), m.start()):
            continue
        if words.body_term.search(folded, max(span[0], m.start() - 20), m.start()):
            continue  # "HĐND tỉnh khóa VII, nhiệm kỳ 2021-2026": the council's term, no plan period
        hit = Match(m.start(), m.end(), "period", text[m.start() : m.end()])
        end = int(m.group("y2"))
        if end != year:
            (past if end < year else running).append(hit)
    return past, running


@_per_span
def _reviewed_period(text: str, clause: Span, cues: Cues) -> bool:
    """Whether a clause states a finished period (``_dated_periods``) and names no year or period
    after the page's year: it reports that period ("Bình quân giai đoạn 2021 - 2025, GRDP tăng
    7,1%/năm" in 2026). The period scopes its own clause only; a clause that goes on to a later
    aim (", năm 2030 ... đạt 45%") is left to its other cues, and the finished period's figures
    fall with their past year. On an undated page the year is the one it plans, so a clause that
    names it goes on to the aim too ("giai đoạn 2021 - 2025 đạt trên 8%/năm; giai đoạn 2026 - 2030
    đạt trên 7,5%/năm" under a text "đến năm 2030")."""
    if not _dated_periods(text, clause, cues)[0]:
        return False
    year = cues.published_year or cues.plan_year or 0
    planned = cues.published_year is None  # an undated page's year is the one it plans: naming it aims
    years = [y for _, _, y, _ in dates.find_years(text, cue_words(cues.lex), *clause)]
    years += [p[3] for p in dates.find_periods(text, *clause)]
    return not any(y > year or (planned and y == year) for y in years)


def _sourced(text: str, span: Span, cues: Cues) -> bool:
    """Whether ``span`` follows, in its paragraph, a sentence that opens with the statistics its
    figures come from ("Theo số liệu thống kê, toàn tỉnh có 812.000 người tham gia BHYT ...":
    ``statistics_source``), from that sentence on: the paragraph reports counted results
    (CONVENTIONS, session 42)."""
    words, folded = cue_words(cues.lex), fold(text)
    para = span_at(paragraphs(text), span[0])
    if para is None:
        return False
    return any(s[0] <= span[0] and words.statistics_source.match(folded, *s) for s in sentences(text, para))


@_per_span
def _forecast(text: str, span: Span, cues: Cues) -> str:
    """ "result" for a forecast cue about the publication year or earlier, or about a part of
    a year already elapsed ("GRDP 9 tháng dự kiến đạt khoảng 7,5-8%": ``elapsed_part``), "target"
    for one about a later year (or no year), "" without a forecast cue. On an undated page that
    plans year P, one about a year before P estimates ("Dự kiến cuối năm 2024 sẽ ..." on a page
    planning 2025); on a dated page whose frame plans no year and that names no later year, one
    with no year of its own speaks of the page's year, already begun: it estimates too (CONVENTIONS,
    session 36)."""
    words = cue_words(cues.lex)
    if not _has(words.forecast, text, span):
        return ""
    years = [y for _, _, y, _ in dates.find_years(text, words, *span)]
    if years and cues.published_year and max(years) <= cues.published_year:
        return "result"
    if _sourced(text, span, cues) and not (years and max(years) > (cues.published_year or cues.plan_year or 0)):
        return "result"  # "Theo số liệu tổng hợp, ... Tổng thu 5 năm dự kiến đạt ...": an estimate
    if _under_way(text, span, years, cues):
        return "result"  # "dự kiến đến cuối năm nay có thêm 5 xã ...": the year the page is written in
    if years and not cues.published_year and max(years) in _years_under_way(text, cues):
        return "result"  # undated page reviewing "9 tháng đầu năm 2023": "Dự kiến, năm 2023 ... tăng 6%"
    if years and not cues.published_year and cues.plan_year and max(years) < cues.plan_year:
        return "result"  # undated page planning 2025: "Dự kiến cuối năm 2024 sẽ hoàn thành ..."
    if not years and cues.published_year and not cues.plan_year and not _names_later_year(text, cues):
        return "result"  # a page of February 2026 that plans no year: "dự kiến đạt" speaks of 2026
    if not (years and cues.published_year and max(years) > cues.published_year):
        aimed = _aimed_periods(text, span, cues)
        if any(not _overlaps(m.span(), aimed) for m in words.elapsed_part.finditer(fold(text), *span)):
            return "result"
    return "target"


def _under_way(text: str, span: Span, years: list[int], cues: Cues) -> bool:
    """Whether a forecast in ``span`` speaks of the year the page is written in, with no plan word
    before it in its span ("Theo kế hoạch năm 2024, ... dự kiến đón ..." states the plan's figure,
    CONVENTIONS session 34): it names "năm nay" ("dự kiến đến cuối năm nay có thêm 4 xã"), or, on
    a page with no publication date, only years up to that of the scraper's month marker
    ("Dự kiến ... vào cuối năm 2019" under ``date 2019-07``). That year has begun: the forecast
    estimates a result."""
    words, folded = cue_words(cues.lex), fold(text)
    cue = min(h.start for h in words.forecast.find(text, *span))
    if words.plan_word.search(folded, span[0], cue):
        return False
    if any(m.group("this") and not m.group("many") for m in words.relative_year.finditer(folded, *span)):
        return True
    if cues.published_year or not years:
        return False
    mark = marker(text[:400].splitlines())
    return mark is not None and max(years) <= mark[0]


def _names_later_year(text: str, cues: Cues) -> bool:
    """Whether the page names a year after its publication year (a dated page that names none
    plans no later year: a "dự kiến" figure with no year of its own speaks of the page's year)."""
    key = ("names_later_year", id(cues.lex), cues.published_year)
    memo = per_text(text)
    hit = memo.get(key)
    if hit is None or hit[0] is not cues.lex:
        words, year = cue_words(cues.lex), cues.published_year or 0
        later = any(y > year for _, _, y, _ in dates.find_years(text, words))
        later = later or any(p[3] > year for p in dates.find_periods(text))
        hit = memo[key] = (cues.lex, later)
    return hit[1]


def _years_under_way(text: str, cues: Cues) -> set[int]:
    """The years whose elapsed part an undated page reviews ("tình hình 9 tháng đầu năm 2023":
    an ``elapsed_part`` and the year right after it): those years are under way, so a forecast
    about one of them estimates a result, as it would in an article dated inside that year."""
    key = ("years_under_way", id(cues.lex))
    memo = per_text(text)
    hit = memo.get(key)
    if hit is None or hit[0] is not cues.lex:
        words = cue_words(cues.lex)
        years = {
            y
            for m in words.elapsed_part.finditer(fold(text))
            for s, _, y, _ in dates.find_years(text, words, m.end(), min(len(text), m.end() + _UNDER_WAY_GAP))
            if s - m.end() <= _UNDER_WAY_LEAD
        }
        hit = memo[key] = (cues.lex, years)
    return hit[1]


_UNDER_WAY_GAP = 16  # characters after an elapsed part that may hold its year ("đầu năm 2023")
_UNDER_WAY_LEAD = 10  # at most this far from the part: " năm ", " đầu năm "


def _overlaps(hit: Span, spans: list[Span]) -> bool:
    return any(a < hit[1] and hit[0] < b for a, b in spans)


def _aimed_periods(text: str, span: Span, cues: Cues) -> list[Span]:
    """Parts of a year in ``span`` that scope an aim instead of reviewing it: after a target cue
    in the same comma segment ("mục tiêu tăng trưởng 6 tháng đầu năm 2023 là 8,8%") or right
    after a deadline word ("Đến 6 tháng đầu năm, GRDP được kỳ vọng đạt ...": ``period_deadline``)."""
    words, folded = cue_words(cues.lex), fold(text)
    periods = [m for p in (words.elapsed_part, words.partial_year) for m in p.finditer(folded, *span)]
    if not periods:
        return []
    aims = [h.end for h in _target_hits(text, span, cues) if not _benchmark(text, span, h, cues)]
    out = []
    for m in periods:
        count = _COUNT_BEFORE.search(folded, max(span[0], m.start() - 4), m.start())
        start = count.start() if count else m.start()  # "6 tháng đầu năm": the count belongs to the period
        if words.period_deadline.search(folded, max(span[0], start - 12), start) or any(
            a <= start <= a + _AIM_REACH and "," not in re.sub(r"\d,\d", "", folded[a:start]) for a in aims
        ):
            out.append((start, m.end()))
    return out


def _inside(hit, covers) -> bool:
    return any(c.start <= hit.start and hit.end <= c.end and (c.start, c.end) != (hit.start, hit.end) for c in covers)


@_per_span
def _result(text: str, span: Span, cues: Cues) -> bool:
    """A result cue in ``span`` that does not stand inside a review lead-in ("Với những kết
    quả đạt được, ... đề ra mục tiêu": ``review_lead`` cues), inside a longer target cue
    ("quyết tâm đạt được": the aim wins over the "đạt được" it contains) or a phrase that is
    none (``not_result``: "thiếu hụt", "đà tăng"), and is no part of the year an aim is set for
    (``_aimed_periods``); or a forecast of a past year."""
    words = cue_words(cues.lex)
    covers = words.review_lead.find(text, *span) + cues.lex.target_cues.find(text, *span)
    covers += words.not_result.find(text, *span)
    aimed = _aimed_periods(text, span, cues)
    hits = [
        h
        for h in cues.lex.result_cues.find(text, *span)
        if not _inside(h, covers)
        and not _masked(h, covers)
        and not _overlaps((h.start, h.end), aimed)
        and _toned(text, h, cues)
        and not _aimed_share(text, span, h, cues)
    ]
    estimates = [h for h in hits if plan_estimate(text, (h.start, h.end), cues.lex)]
    if estimates and _not_begun(text, span, cues):  # "Năm 2026, ... ước đạt 95.000 tỷ đồng" in 2025: a plan's figure
        hits = [h for h in hits if h not in estimates]
    if hits or _met_counts(text, span, cues) or _share_of_plan(text, span, cues):
        return True
    return _forecast(text, span, cues) == "result"


def plan_estimate(text: str, hit: Span, lex: Lexicons) -> bool:
    """Whether a result cue is an estimate word that states a plan's figure where the year is
    not yet begun or in a list of a plan's targets ("ước đạt": ``plan_estimate``)."""
    return any(
        m.start() <= hit[0] and hit[1] <= m.end() for m in cue_words(lex).plan_estimate.finditer(fold(text), *hit)
    )


@_per_span
def _not_begun(text: str, span: Span, cues: Cues) -> bool:
    """Whether every year ``span`` states (baselines aside) is not yet begun: after the
    publication year, or, on an undated page, after the year the page plans (which stands in
    for the publication year: an undated page that plans 2024 may review it)."""
    return _all_after(text, span, cues, cues.published_year or cues.plan_year)


def _aimed_share(text: str, span: Span, hit, cues: Cues) -> bool:
    """Whether a result cue that starts with a percent sign ("% kế hoạch": a share of the plan
    reached) follows an aim in its comma segment ("phấn đấu giải ngân 100% kế hoạch vốn đầu tư
    công"): reaching that share of the plan is then the aim, as in ``_share_of_plan``."""
    if not text.startswith("%", hit.start):
        return False
    cuts = [span[0]] + [span[0] + c.end() for c in re.finditer(r",(?!\d)|;", text[span[0] : hit.start])]
    return _target(text, (cuts[-1], hit.start), cues)


def _share_of_plan(text: str, span: Span, cues: Cues) -> bool:
    """A percentage written right before what it is a share of, a plan or a past figure ("bằng
    104% kịch bản", "đạt 92% dự toán", "bằng 110% so với cùng kỳ": ``plan_share``), measures a
    result against it; the percentage is no target. Not after an aim in its comma segment
    ("phấn đấu hoàn thành 100% chỉ tiêu giao quân", ``not_result`` phrases): reaching the plan
    in full is then the aim."""
    covers = cue_words(cues.lex).not_result.find(text, *span)
    for m in cue_words(cues.lex).plan_share.finditer(fold(text), *span):
        cuts = [span[0]] + [span[0] + c.end() for c in re.finditer(r",(?!\d)|;", text[span[0] : m.start()])]
        if any(c.start <= m.start() < c.end for c in covers) or _target(text, (cuts[-1], m.start()), cues):
            continue
        return True
    return False


def _met_counts(text: str, span: Span, cues: Cues) -> list[Span]:
    """The counts of targets met in ``span`` (``met_verb`` and ``met_noun`` cues): "đạt và vượt
    18/20 chỉ tiêu", "có 12 chỉ tiêu vượt" review a plan; the target cue they contain sets none.
    A count right after an aim in its comma segment ("phấn đấu hoàn thành 18/20 chỉ tiêu") is an
    aim, no tally."""
    counts = list(cue_words(cues.lex).met_count.finditer(fold(text), *span))
    if not counts:  # most spans hold none: the aims are looked up only when one does
        return []
    aims = [h for h in cues.lex.target_cues.find(text, *span) if _toned(text, h, cues)]
    out = []
    for m in counts:
        lo = max(span[0], m.start() - _AIM_REACH)
        if not any(lo <= h.end <= m.end() and h.start < m.start() and "," not in text[h.end : m.start()] for h in aims):
            out.append(m.span())
    return out


def _masked(hit, covers) -> bool:
    """Whether a result cue is a phrase that only folds like one: "đà tăng" is no "đã tăng"
    (``not_result``, same span)."""
    return any((c.start, c.end) == (hit.start, hit.end) and c.value == "not_result" for c in covers)


def _benchmark(text: str, span: Span, hit, cues: Cues) -> bool:
    """Whether a target cue only names the plan a result is measured against: inside brackets
    ("đạt 5,71% (kế hoạch năm 2023 là 7,5%)"), after a baseline word ("vượt 1,3% so với dự
    toán", "vượt so với kế hoạch") or after a verb of meeting or passing it with no figure of
    its own after it ("tiếp tục đáp ứng các mục tiêu", "vượt xa dự toán Trung ương giao":
    ``benchmark_lead``; "vượt mục tiêu 7%" states the target), or after a word that makes it the
    purpose of an action, again with no figure of its own ("Với mục tiêu phục hồi sản xuất, tỉnh
    dành 120 tỷ đồng ...": ``purpose_lead``; "với mục tiêu GRDP tăng 8%" states the target), or
    a few words after a past aspect, again with no figure ("các đơn vị đã chủ động xây dựng kế
    hoạch, đề án ...": ``past_lead``, work done; "đã đề ra mục tiêu tăng 8%" states the target),
    or a verb of keeping with no figure of its own after it ("tăng 9,5%, tiếp tục duy trì xuất siêu
    ổn định": ``review_verb``, a state kept; "duy trì tỷ lệ ... trên 95%" states the target), or
    inside the name of a plan a verb of passing governs and a verb of setting closes, again with
    no figure ("đã vượt mức tăng trưởng theo Nghị quyết HĐND tỉnh đề ra": ``_yardstick``)."""
    before = text[span[0] : hit.start]
    if before.count("(") > before.count(")"):
        return True
    words, folded, lo = cue_words(cues.lex), fold(text), max(span[0], hit.start - 30)
    if words.baseline.search(folded, lo, hit.start):
        return True
    rest = re.match(r"[^,;]*", text[hit.end : span[1]])
    states = bool(rest and re.search(r"\d", rest.group(0)))  # "vượt mục tiêu 7%": the cue states a target
    lead = words.benchmark_lead.search(folded, lo, hit.start) or words.purpose_lead.search(folded, lo, hit.start)
    lead = lead or words.past_lead.search(folded, lo, hit.start)  # "đã chủ động xây dựng kế hoạch, đề án"
    kept = any(v.start <= hit.start and hit.end <= v.end for v in words.review_verb.find(text, hit.start, hit.end))
    kept = kept or _yardstick(folded, span, hit, words)  # "vượt mức tăng trưởng theo Nghị quyết ... đề ra"
    return ((bool(lead) or kept) and not states) or _past_consequence(text, span, hit, cues)


def _yardstick(folded: str, span: Span, hit, words) -> bool:
    """Whether a target cue stands in the name of a plan that a ``benchmark_lead`` word governs
    and a verb of setting closes (``yardstick_close``), in one comma segment with only words
    between: "đã vượt mức tăng trưởng theo Nghị quyết HĐND tỉnh đề ra", "vượt mức dự toán HĐND
    tỉnh giao" name the yardstick of a result, no aim."""
    cuts = [span[0]] + [span[0] + c.end() for c in _SEGMENT_CUT.finditer(folded[span[0] : hit.start])]
    if not words.yardstick.search(folded, cuts[-1], hit.start):
        return False
    closed = words.yardstick_close.match(folded, hit.start, span[1])
    return bool(closed) and not _SEGMENT_CUT.search(folded, hit.start, closed.end())


def _past_consequence(text: str, span: Span, hit, cues: Cues) -> bool:
    """Whether a target cue of raising opens a comma segment after work done in its span
    ("tỉnh đã kết nạp 14.770 đảng viên mới, nâng tỷ lệ đảng viên ... lên 4,24%":
    ``past_consequence`` after a ``past_lead`` word, no target cue between): it tells what that
    work reached, a result, even with its figure ("đã đề ra mục tiêu ..., nâng ..." still aims)."""
    m = cue_words(cues.lex).past_consequence.search(fold(text), span[0], hit.end)
    if m is None or m.end() != hit.start:
        return False
    return not any(h.end <= hit.start for h in cues.lex.target_cues.find(text, m.start(), hit.start))


@_per_span
def _ahead(text: str, span: Span, cues: Cues) -> bool:
    """Whether every year ``span`` states (baselines "so với năm 2024" aside) is after the
    publication year: an estimate there is a plan figure ("mục tiêu năm 2026 ..., tổng vốn đầu
    tư ước đạt 168 nghìn tỷ đồng" in a December 2025 article)."""
    return _all_after(text, span, cues, cues.published_year)


def _all_after(text: str, span: Span, cues: Cues, year: int | None) -> bool:
    """Whether ``span`` states a year and every year it states, baselines ("so với năm 2024")
    aside, is after ``year`` (never when ``year`` is unknown)."""
    if not year:
        return False
    folded, baseline = fold(text), cue_words(cues.lex).baseline
    years = [
        y
        for s, _, y, _ in dates.find_years(text, cue_words(cues.lex), *span)
        if not baseline.search(folded, max(0, s - 30), s)
    ]
    return bool(years) and min(years) > year


def _target_hits(text: str, span: Span, cues: Cues) -> list:
    """The target cues in ``span``, less those inside a longer phrase that only contains one:
    a narrative phrase (``not_target``: "tăng 6% nhờ sự nỗ lực của doanh nghiệp", "chăn nuôi duy
    trì ổn định") or a place name ("Cần Thơ" is no "cần"), and less the words that only fold
    like a cue (``_toned``: "hộ cận nghèo" is no "cần", "chi tiêu" no "chỉ tiêu")."""
    covers = cue_words(cues.lex).not_target.find(text, *span) + cues.lex.provinces.find(text, *span)
    met = _met_counts(text, span, cues)
    hits = [h for h in cues.lex.target_cues.find(text, *span) if not _inside(h, covers) and _toned(text, h, cues)]
    hits += _dated_periods(text, span, cues)[1]  # a period still running or ahead is planned
    return sorted((h for h in hits if not _overlaps((h.start, h.end), met)), key=lambda h: h.start)


def _toned(text: str, hit, cues: Cues) -> bool:
    """Whether a cue found folded is written with the tones of a curated cue of ``cues.csv``."""
    return same_tones(text, hit, cues.lex.tables["cues.csv"])


@_per_span
def _target(text: str, span: Span, cues: Cues) -> bool:
    hits = _target_hits(text, span, cues)
    return any(not _benchmark(text, span, h, cues) for h in hits) or _forecast(text, span, cues) == "target"


def _present_deadline(text: str, span: Span, cues: Cues) -> bool:
    """Whether every target cue of ``span`` is a deadline that names the publication year or an
    earlier one ("Quy mô nền kinh tế đến năm 2025 đạt 126.000 tỷ đồng" in a 2025 article): after
    a review earlier in the paragraph ("Trong nhiệm kỳ vừa qua, ... đã ...") or on a page that
    reports results (``Cues.reports``), such a sentence reports what was reached by now. On an
    undated page, a deadline sentence that states a tally of a whole ("Đến hết năm 2024, tỉnh có
    95/100 xã đạt chuẩn, 12 xã ...") reports too: the tally says where things stand."""
    if not cues.published_year and not _TALLY.search(text, *span):
        return False
    last = cues.published_year or 9999
    hits = [h for h in _target_hits(text, span, cues) if not _benchmark(text, span, h, cues)]
    years = [(s, e) for s, e, y, _ in dates.find_years(text, cue_words(cues.lex), *span) if y <= last]
    return bool(hits) and all(_overlaps((h.start, h.end), years) for h in hits)


def _will_have(text: str, span: Span, cues: Cues) -> bool:
    """Whether ``span`` says what there will be (``current_will``: "sẽ có") on a dated page:
    after a deadline of the publication year and no other aim ("Đến cuối năm 2025, toàn tỉnh sẽ
    có 140 xã đạt chuẩn ..." in a 2025 article), it estimates how the year now under way ends, a
    result (CONVENTIONS, session 35)."""
    return bool(cues.published_year) and bool(cue_words(cues.lex).current_will.search(fold(text), *span))


_TIMED_OR_VALUED = re.compile(r"\d")  # a figure or a year


def _figure_or_year(text: str, span: Span, cues: Cues) -> bool:
    """Whether ``span`` states a figure or a year: a digit outside a name written with one
    (``numbered_name``: "mô hình chính quyền địa phương 2 cấp", "COVID-19" state neither)."""
    names = compiled(cues.lex, "numbered_names", _numbered_names).find(text, *span)
    return any(not any(n.start <= m.start() < n.end for n in names) for m in _TIMED_OR_VALUED.finditer(text, *span))


def _numbered_names(lex: Lexicons) -> PhraseMatcher:
    return PhraseMatcher((c, "numbered_name") for c in role_cues(lex, "numbered_name"))


_TALLY = re.compile(r"(?<![\d/.,])\d{1,4}\s*/\s*\d{1,4}(?![\d/.,])\s+[^\W\d_]")  # "95/100 xã"


def _paragraph_target(text: str, sentence: Span, paragraph: Span, cues: Cues) -> bool:
    """A target cue elsewhere in the paragraph: in an earlier sentence that states a figure or a
    year ("Năm 2026, tỉnh hướng tới đón 3 triệu lượt khách. Toàn tỉnh có 15 điểm ..."; an aim
    with neither, "tỉnh đang hướng tới phát triển du lịch sinh thái.", sets none for the figures
    after it), or in a later sentence that states figures itself ("X tăng 10-11%. Đến năm 2030,
    Y đạt trên 30%."); a narrative
    sentence after it ("Ngành nông nghiệp duy trì sự ổn định.") sets no aim for the figures
    before it; nor does a later aim reach a sentence that names a year of its own ("Năm 2020,
    toàn tỉnh giảm 6.600 hộ nghèo. ... mục tiêu ...") or the present ("hiện nay tỉnh còn ...":
    ``present_time``): its own cues decide."""
    earlier = [s for s in sentences(text, paragraph) if s[1] <= sentence[0]]
    if any(_figure_or_year(text, s, cues) and _target(text, s, cues) for s in earlier):
        return True
    words = cue_words(cues.lex)
    if dates.find_years(text, words, *sentence) or words.present_time.search(fold(text), *sentence):
        return False
    later = [s for s in sentences(text, paragraph) if s[0] >= sentence[1]]
    return any(_figure_or_year(text, s, cues) and _target(text, s, cues) for s in later)


@_per_span
def _elapsed_review(text: str, sentence: Span, cues: Cues) -> bool:
    """Whether a sentence opens with a part of a year already elapsed ("Trong 9 tháng năm 2024,
    ...", "6 tháng đầu năm, ...": ``review_opener``, ``elapsed_part``) and names no year after
    the publication year: it reviews that part of the year."""
    if not cue_words(cues.lex).review_opener.match(fold(text), *sentence):
        return False
    years = [y for _, _, y, _ in dates.find_years(text, cue_words(cues.lex), *sentence)]
    return not (cues.published_year and any(y > cues.published_year for y in years))


def _narrates(text: str, span: Span, cues: Cues) -> bool:
    """Whether every target cue of ``span`` is a verb a review narrates with (``review_verb``:
    "duy trì mức xuất siêu gần 0,9 tỷ USD" after "Trong 9 tháng năm 2024, ...") and no
    forecast aims: in such a sentence the cue sets no aim."""
    verbs = cue_words(cues.lex).review_verb.find(text, *span)
    hits = [h for h in _target_hits(text, span, cues) if not _benchmark(text, span, h, cues)]
    return _forecast(text, span, cues) != "target" and all(
        any(v.start <= h.start and h.end <= v.end for v in verbs) for h in hits
    )


def _narrated(text: str, sentence: Span, cues: Cues) -> bool:
    """Whether a sentence reports results or work done (a ``past_lead`` word: "đã")."""
    return _result(text, sentence, cues) or bool(cue_words(cues.lex).past_word.search(fold(text), *sentence))


def _done(text: str, sentence: Span, cues: Cues) -> bool:
    """Whether a sentence reports results or narrates work done, its ``past_lead`` word written
    with its tones ("đã gặt hái": yes; "chuẩn nghèo đa chiều": no)."""
    table = cues.lex.tables["indicator_cues.csv"]
    return _result(text, sentence, cues) or any(
        same_tones(text, Match(m.start(), m.end(), None, m.group()), table)
        for m in cue_words(cues.lex).past_word.finditer(fold(text), *sentence)
    )


_SEGMENT_CUT = re.compile(r",(?!\d)|;")  # a comma or semicolon that cuts a sentence, not a decimal comma


def _aimed_estimate(text: str, clause: Span, sentence: Span, paragraph: Span, cues: Cues) -> bool:
    """Whether a clause's result cues are all estimate words (``plan_estimate``: "ước đạt", "ước
    tăng", "ước") that state figures an aim sets out: an aim cue stands before the first estimate
    in its sentence, or, with none there, in the sentence before it in the paragraph, states a
    figure after it before the estimate, with no other result cue after it and none before the estimate in the estimate's sentence, the estimate's
    segment (from the ',' or ';' before it) names a measure of the lexicon that the aim's sentence
    has not named before it,
    and neither sentence names a year before the publication year (CONVENTIONS, session 32: an
    estimate joined to an aim for a year not yet ended). "Năm 2026, tỉnh đặt chỉ tiêu tốc độ tăng
    trưởng kinh tế ước tăng 9,2%, GRDP bình quân đầu người ước đạt 112 triệu đồng" and "tỉnh phấn
    đấu đón 9 triệu lượt khách, doanh thu ước đạt 21.000 tỷ đồng" state the plan's figures; "đặt
    mục tiêu tăng trưởng 9%; tăng trưởng ước đạt 8,1%" still reviews the aim's own measure."""
    hits = [h for h in cues.lex.result_cues.find(text, *clause) if _toned(text, h, cues)]
    if not hits or not all(plan_estimate(text, (h.start, h.end), cues.lex) for h in hits):
        return False
    first = hits[0].start
    lead = (sentence[0], first)
    if _result(text, lead, cues):  # "4/6 chỉ tiêu dự kiến đạt kế hoạch: GRDP ... ước đạt 71 triệu": a review
        return False
    aimed = sentence
    aims = [h for h in _target_hits(text, lead, cues) if not _benchmark(text, lead, h, cues)]
    if not aims:  # "Năm 2026, tỉnh đặt mục tiêu ... . Dự kiến ...; doanh thu du lịch ước đạt ..."
        prior = [s for s in sentences(text, paragraph) if s[1] <= sentence[0]][-1:]
        if not prior or _result(text, prior[0], cues):
            return False
        aimed = prior[0]
        aims = [h for h in _target_hits(text, aimed, cues) if not _benchmark(text, aimed, h, cues)]
    # the aim states a figure of its own before the estimate ("Theo báo cáo của Sở Kế hoạch và
    # Đầu tư, giá trị sản xuất ước đạt ..." names a body, not an aim)
    if (
        not aims
        or not _figure_or_year(text, (aims[-1].end, first), cues)
        or any(
            _toned(text, h, cues) and not plan_estimate(text, (h.start, h.end), cues.lex)
            for h in cues.lex.result_cues.find(text, aims[-1].end, first)
        )
    ):
        return False
    # the estimate's own segment, from the ',' or ';' before it: "đặt mục tiêu tăng trưởng 9%,
    # tăng trưởng ước đạt 8,1%" names the aim's measure again
    cuts = [c.end() for c in _SEGMENT_CUT.finditer(text, aims[-1].end, first)]
    own = max([clause[0], aims[-1].end] + cuts)
    named = {m.value for m in cues.lex.indicators.find(text, own, first)}
    before = {m.value for m in cues.lex.indicators.find(text, aimed[0], own)}
    year = cues.published_year
    past = year and any(y < year for _, _, y, _ in dates.find_years(text, cue_words(cues.lex), aimed[0], sentence[1]))
    return bool(named - before) and not past


def _own(text: str, clause: Span, sentence: Span, paragraph: Span, cues: Cues, reviewed: bool = False) -> str:
    """The context a clause's own cues give, clause first, then its sentence up to the clause's
    end (an aim named in a later clause, "...; ..., đưa tỉnh đến gần hơn mục tiêu ...", does not
    reach back over the ';' to the figures before it); a sentence whose
    years all lie after the publication year is a target (it cannot report a result: "GRDP bình
    quân đầu người năm 2030 đạt 9.800 USD" in 2025). ``reviewed``: the clause stands under a
    heading that reviews results. A forecast ("Dự báo dân số khoảng 2,1 triệu người":
    ``prediction``) sets no aim, whatever year it names: "result"."""
    if cue_words(cues.lex).prediction.search(fold(text), *clause):
        return "result"
    if _aimed_estimate(text, clause, sentence, paragraph, cues):
        return "target"
    ahead = _ahead(text, sentence, cues)
    # a review verb narrates in a review of elapsed months or under a heading that reviews, and
    # in a sentence that reports results ("xoài ước đạt 2.600 tỷ đồng; lúa gạo ..., sản lượng
    # duy trì 3,3 triệu tấn") or narrates work done ("các đơn vị đã ...; duy trì tiếp nhận 100%
    # hồ sơ trực tuyến"), unless its clause names a later year
    # or after results reported earlier in its paragraph ("..., tăng 18,4% so với cùng kỳ. Hoạt
    # động tín dụng ổn định, tỷ lệ nợ xấu duy trì ở mức 1,5%")
    review = _elapsed_review(text, sentence, cues) or (
        (reviewed or _narrated(text, sentence, cues) or _result(text, (paragraph[0], sentence[0]), cues))
        and not _ahead(text, clause, cues)
    )
    for span in (clause, sentence):
        # a target cue of a later clause does not reach back over the ';' before it ("sản lượng
        # chè đạt 25.700 tấn; ..., đưa tỉnh đến gần hơn mục tiêu ...")
        aimed = span if span == clause else (sentence[0], max(clause[1], sentence[0]))
        target = _target(text, aimed, cues) and not (review and _narrates(text, aimed, cues))
        reviewed = span == clause and _reviewed_period(text, clause, cues)
        if (reviewed or _result(text, span, cues)) and not (target and ahead):
            return "result"
        # a deadline of now reports what was reached, after a review earlier in the paragraph or
        # on a page that reports results ("Đến năm 2025, tỷ trọng ... đạt 71%" in late 2025)
        if (
            target
            and _present_deadline(text, span, cues)
            and (cues.reports or _result(text, (paragraph[0], sentence[0]), cues) or _will_have(text, span, cues))
        ):
            return "result"
        if target:
            return "target"
    return "target" if ahead else ""


def classify(text: str, clause: Span, sentence: Span, paragraph: Span, heading: str, cues: Cues) -> str:
    """Return "target", "result" or "" (no evidence) for a clause.

    Example: "năm 2020 ước đạt 6,5%" -> "result"; "phấn đấu năm 2021 tăng 7%" -> "target".
    """
    own = _own(text, clause, sentence, paragraph, cues, heading == "result")
    if own:
        return own
    if _sourced(text, sentence, cues):
        return "result"  # "Theo số liệu thống kê, ..." and the paragraph after it: counted results
    if heading:
        return heading
    if cues.strict:
        return ""
    present = _present(text, sentence, cues) or _present_parts(text, sentence, paragraph, cues)
    done = _done(text, sentence, cues)
    floor = cue_words(cues.lex).aim_bound.search(fold(text), *clause)
    if floor and not present and not _done(text, (sentence[0], floor.start()), cues):
        # "Công nghiệp ... với mức từ 13,5% trở lên": a floor is an aim; in a sentence on what a
        # place has now, it names the class counted ("có 120 sản phẩm đạt từ 3 sao trở lên"), and
        # so it does after words narrating work done ("đã công nhận 95 sản phẩm từ 3 sao trở
        # lên"); narration after it leaves it an aim ("Để giải ngân từ 95% trở lên, huyện đã ...")
        return "target"
    # a sentence narrating work done ("Huyện đã tổ chức ..., huy động 6,5 tỷ đồng.") takes no aim
    # from the sentences around it: only its own cues make it a target
    if not done and _paragraph_target(text, sentence, paragraph, cues) and not _result(text, paragraph, cues):
        return "target"
    if (
        cues.default
        and not _result(text, paragraph, cues)
        and not present
        and not _elapsed_review(text, sentence, cues)
        and not done
    ):
        return cues.default
    return ""


def _present(text: str, sentence: Span, cues: Cues) -> bool:
    """Whether a sentence says where things stand now ("Hiện nay, toàn tỉnh có 15 điểm du lịch
    cộng đồng": ``present_time``), or what a place has, opening with the place and the verb of
    having before its figure ("Tại tỉnh X có 45 điểm du lịch": ``present_place``, ``present_have``):
    the page's frame sets no aim for it (CONVENTIONS, session 36)."""
    folded = fold(text)
    return bool(cue_words(cues.lex).present_time.search(folded, *sentence)) or any(
        _place_has(cues.lex).match(folded, start, sentence[1])
        or _province_has(text, folded, (start, sentence[1]), cues.lex)
        for start in statement_starts(text, sentence, cues)
    )


# an opening before a sentence's statement: no figure but a year or a bracketed note
_OPENING_FIGURE = re.compile(r"\d")


def statement_starts(text: str, sentence: Span, cues: Cues | None = None) -> list[int]:
    """Where a sentence's statement may start: the sentence's start, and after each comma that
    ends an opening with no figure of its own (a bracketed note is none, nor is a year the page
    has reached: not after its publication year nor in the year its frame plans, none on an
    undated page): "Sau sáp nhập, tỉnh X có 640 sản phẩm" -> the start and the position of
    "tỉnh"; "Năm 2030, tỉnh X có ..." -> the start only."""
    starts = [sentence[0]]
    for m in re.finditer(r",\s*", text[sentence[0] : sentence[1]]):
        opening = _BRACKETED.sub("", text[sentence[0] : sentence[0] + m.start()])
        if any(not _reached(int(y.group()), cues) for y in _YEAR_OR_PERIOD.finditer(opening)):
            break
        if _OPENING_FIGURE.search(_YEAR_OR_PERIOD.sub("", opening)):
            break
        starts.append(sentence[0] + m.end())
    return starts


def _reached(year: int, cues: Cues | None) -> bool:
    """Whether the page has reached ``year``: dated, not after its publication year, and before
    the year its frame plans."""
    if cues is None or cues.published_year is None or year > cues.published_year:
        return False
    return cues.plan_year is None or year < cues.plan_year


def _present_parts(text: str, sentence: Span, paragraph: Span, cues: Cues) -> bool:
    """Whether a sentence opening with a ``breakdown_lead`` breaks down what the sentence before
    it says a place has now ("Tỉnh X có 520 sản phẩm OCOP. Trong số đó, có 3 sản phẩm 5 sao, ...")."""
    if not cue_words(cues.lex).breakdown_lead.match(fold(text), *sentence):
        return False
    before = [s for s in sentences(text, paragraph) if s[1] <= sentence[0]]
    return bool(before) and _present(text, before[-1], cues)


def _province_has(text: str, folded: str, sentence: Span, lex: Lexicons) -> bool:
    """Whether a sentence opens with a province's name and the verb of having before its figure
    ("Lai Châu có 8 huyện và một thành phố; ...": ``present_have``), or with its name and a
    copula that says what kind of place it is ("Yên Bái là tỉnh miền núi, hơn 50% dân số là
    ...": ``place_is``): a description of the province, no aim (CONVENTIONS: a province
    described states facts)."""
    start = sentence[0] + len(text[sentence[0] : sentence[1]]) - len(text[sentence[0] : sentence[1]].lstrip(" -–•+*"))
    name = next((m for m in lex.provinces.find(text, start, sentence[1]) if m.start == start), None)
    return name is not None and (
        bool(_has_figure(lex).match(folded, name.end, sentence[1]))
        or bool(_place_is(lex).match(folded, name.end, sentence[1]))
    )


def _place_is(lex: Lexicons) -> re.Pattern:
    """The compiled "<place_is>" right after a name, built once per lexicon."""
    return compiled(lex, "place_is", lambda lex: re.compile(rf"\s+(?:{alternation(role_cues(lex, 'place_is'))})(?!\w)"))


def _has_figure(lex: Lexicons) -> re.Pattern:
    """The compiled "<present_have> <figure>" right after a name, built once per lexicon."""
    return compiled(
        lex,
        "has_figure",
        lambda lex: re.compile(
            rf"(?:\s*(?:{alternation(role_cues(lex, 'place_state'))}))?"
            rf"\s+(?:{alternation(role_cues(lex, 'present_have'))})\s+(?:(?:{alternation(role_cues(lex, 'present_total'))})\s+)?(?=\d)"
        ),
    )


def narrates_done(text: str, sentence: Span, cues: Cues) -> bool:
    """Whether a sentence reports results or narrates work done (``_done``): "Nhờ đó, tỷ lệ hộ
    nghèo của huyện còn 12,4%." -> True; "Năm 2026, huyện phấn đấu giảm 300 hộ nghèo." -> False."""
    return _done(text, sentence, cues)


def present(text: str, sentence: Span, cues: Cues) -> bool:
    """Whether a sentence says where things stand now (``_present``), which a target section's
    aims do not reach: "Tại tỉnh X có 45 điểm du lịch ..." -> True; "Tỉnh phấn đấu có 45 điểm du
    lịch" -> False."""
    return _present(text, sentence, cues)


def _place_has(lex: Lexicons) -> re.Pattern:
    """The compiled opening "<present_place> <name> <present_have> <figure>", built once per lexicon."""
    return compiled(
        lex,
        "place_has",
        lambda lex: re.compile(
            rf"[\s\-–•+*]*(?:{alternation(role_cues(lex, 'present_place'))})(?!\w)[^\d,.;:]{{0,30}}?"
            rf"\s(?:{alternation(role_cues(lex, 'present_have'))})\s+(?:(?:{alternation(role_cues(lex, 'present_total'))})\s+)?(?=\d)"
        ),
    )


def met_counts(text: str, span: Span, cues: Cues) -> list[Span]:
    """The tallies of targets met in ``span`` (``_met_counts``), for the page frame."""
    return _met_counts(text, span, cues)


def benchmark(text: str, span: Span, hit, cues: Cues) -> bool:
    """Whether a target cue only names a plan a result is measured against (``_benchmark``)."""
    return _benchmark(text, span, hit, cues)
