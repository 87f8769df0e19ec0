"""Plan figures in brackets beside a result.

"ước tăng 6,8% (kế hoạch năm 2024 tăng 8 - 8,5%)", "(KBTT: 9%)": in a clause that is no target,
the bracket's figure is a target of the bracket's year, of the result's phrasing or subject.
A result written over its plan ("15.072 ha/15.500 ha (bằng 97,2% kế hoạch)") is read so too.
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract import dates
from pipelines.extract.labels import uncoded_label
from pipelines.extract.numbers import Quantity, parse_number
from pipelines.extract.subjects import subject_code
from pipelines.text.matcher import Match
from pipelines.text.segment import Span
from pipelines.extract.indicators.comparators import is_bracketed_figure, comparator_of, cue_start
from pipelines.extract.indicators.page import Page, segment_around
from pipelines.extract.indicators.phrasings import switch_code, pair, unit_suits, rate_unit
from pipelines.extract.indicators.rows import names_a_place, keep
from pipelines.extract.indicators.years import stated_years
from pipelines.ingest.dates import marker
from pipelines.text.years import YEAR


def later(page: Page, before: Span, after: Span) -> bool:
    """Whether ``after`` names a year later than the publication year, or, that unknown, later
    than every year ``before`` names and not before the year the page's frame plans, which
    stands in for the publication year (CONVENTIONS, session 19): an aim for a later year than
    the result before it. "năm 2022 ước giảm 3%, đến năm 2023 tăng 15%" on an undated page that
    plans 2025 tells how the years before went: no aim."""
    years = [y for *_, y, _ in stated_years(page, *after)]
    published = page.cues.published_year
    if not years:
        return False
    if published:
        return max(years) > published
    done = [y for *_, y, _ in stated_years(page, *before)]
    planned = page.cues.plan_year
    return bool(done) and min(years) > max(done) and not (planned and max(years) < planned)


_COMMA = re.compile(r",\s")  # a comma between words (a decimal comma has a digit after it)
_YEAR_AFTER = re.compile(rf"\D{{0,8}}?(?P<y>{YEAR})(?!\d)")  # the year a part of a year names


def bracketed_plans(
    page: Page, clause: Span, sentence: Span, para: Span, aimed: bool = False, aim_year: int | None = None
) -> None:
    """Plan figures in brackets beside a result ("GRDP 6 tháng đầu năm 2024 ước tăng 7% (kế
    hoạch năm 2024 tăng 8 - 8,5%)", "vượt kế hoạch (7%)": ``_plan_brackets``) are targets of the year the bracket or
    its sentence names (never a page-wide default), of the phrasing before the bracket. A year
    before the publication year is dropped later (``not_past``: last year's plan beside last
    year's result); when the publication year is unknown, only a review of part of a year
    ("6 tháng đầu năm") shows that the plan's year is still under way. Beside a target
    (``aimed``: "GRDP 6 tháng cuối năm đạt 13% (kế hoạch năm 2025 là 12%)") the plan of the year
    is a target too, of the year the bracket or its sentence names, whatever the page's date, else
    of the year of the target it stands beside when it names no period of its own (``aim_year``:
    "Năm 2025 tỉnh đặt ra mục tiêu. Công nhận 5 xã đạt chuẩn nông thôn mới (phấn đấu đạt 8 xã)")."""
    for bracket in _plan_brackets(page, clause):
        close = _closing(page.text, bracket, clause[1])
        inside = (bracket + 1, close if close > 0 else _open_end(page, bracket, clause[1]))
        found = page.units.find(page.text, *inside)
        if not found or _reports(page, inside):
            continue
        _plan_row(page, (clause, sentence, para), bracket, found[0], (inside, close > 0), (aimed, aim_year))


def plans_over_results(page: Page, clause: Span, sentence: Span, para: Span) -> None:
    """A result written over its plan ("trồng rừng ước đạt 15.072 ha/15.500 ha (bằng 97,2% kế
    hoạch)", "lũy kế đạt 13.051,6 ha/20.000 ha kế hoạch"): the figure after the slash is a plan
    figure, read as a bracketed one, when a plan word (``over_plan_word``) follows it in its
    clause, alone or after the share the result makes of it (which must be that share, to a
    point). A tally with no plan word ("có 57/88 xã đạt chuẩn") is no plan (session 31)."""
    for m in page.words.over_plan.finditer(page.folded, *clause):
        slash = page.text.rindex("/", m.start(), m.end())
        open_text = page.text[:slash] + " " + page.text[slash + 1 :]  # the figure, no longer a tally's
        found = [q for q in page.units.find(open_text, m.end(), clause[1]) if q.start == m.end()]
        tail = page.words.over_plan_tail.match(page.folded, found[0].end, clause[1]) if found else None
        if tail is None or not _is_share(m.group("n"), found[0].low, tail.group("share")):
            continue
        year = _bracket_year(page, (m.end(), found[0].end), sentence, para) or _reviewed_year(page, slash)
        _plan_row(page, (clause, sentence, para), slash, found[0], ((m.end(), found[0].end), False), (False, year))


def _reviewed_year(page: Page, at: int) -> int | None:
    """The year a result to date is reviewed in, for its plan: the publication year (or the
    scraper's month marker), else ``_part_year``."""
    return page.cues.published_year or _marked_year(page) or _part_year(page, at)


def _part_year(page: Page, at: int) -> int | None:
    """The year the last review of part of a year before ``at`` names ("Trong 9 tháng năm 2021,
    ...": 2021; ``elapsed_part``, ``partial_year``): on an undated page, the year it reviews."""
    parts = [
        *page.words.elapsed_part.finditer(page.folded, 0, at),
        *page.words.partial_year.finditer(page.folded, 0, at),
    ]
    named = [_YEAR_AFTER.match(page.folded, p.end(), min(at, p.end() + 12)) for p in parts]
    dated = sorted((n.end(), int(n.group("y"))) for n in named if n)  # "9 tháng năm 2021", not "9 tháng là 137"
    return dated[-1][1] if dated else None


def _is_share(result: str, plan: float, share: str | None) -> bool:
    """Whether ``share`` (a percent, or none stated) is what ``result`` makes of ``plan``, within
    half a point; a result written with two dots ("12.723.4") may mean a decimal point last."""
    if share is None:
        return True
    head, _, last = result.replace(",", ".").rpartition(".")
    readings = [float(result.replace(".", "").replace(",", ""))]  # "15.072": thousands
    if head:
        readings.append(float(head.replace(".", "") + "." + last))  # "13.051,6", "12.723.4"
    return plan > 0 and any(abs(r / plan * 100 - parse_number(share)) <= 0.5 for r in readings)


def _plan_row(
    page: Page,
    spans: tuple[Span, Span, Span],
    bracket: int,
    q: Quantity,
    inside_closed: tuple[Span, bool],
    aim: tuple[bool, int | None],
) -> None:
    """The row of a plan figure ``q`` at ``bracket`` (``bracketed_plans``)."""
    (clause, sentence, para), (inside, closed), (aimed, aim_year) = spans, inside_closed, aim
    phrase = _bracket_subject(page, clause, bracket, q)
    year = _bracket_year(page, inside, sentence, para, aimed)
    if year is None and not dates.find_periods(page.text, *inside):
        year = aim_year  # a bracket naming a period of its own ("(trong đó, giai đoạn 2021 - 2025 ...)") takes none
    if year is None:
        return
    if phrase is None:
        _bracketed_uncoded(page, clause, bracket, q, (inside[1] + closed, year))
        return
    code = switch_code(phrase.value, q.unit, page.folded[phrase.end : q.start], page.lex)
    if not unit_suits(code, q.unit, page.lex):
        return
    value = (comparator_of(page, inside[0], q), q.low, q.high, rate_unit(page, code, q.unit), year)
    page.planned.add(keep(page, code, phrase.phrase, value, (phrase.start, inside[1] + closed)))


def _open_end(page: Page, bracket: int, end: int) -> int:
    """Where a plan figure with no closing bracket ends: with its figure, in its comma segment
    ("vượt kế hoạch đề ra là 9%, đứng thứ 5 cả nước": the standing after it is no part of the
    plan; "mục tiêu GRDP năm 2025 là 8,7% và năm 2026 là 10,2%": nor is the next year's figure)."""
    m = _COMMA.search(page.text, bracket + 1, end)
    segment_end = m.start() if m else end
    found = page.units.find(page.text, bracket + 1, segment_end)
    return found[0].end if found else segment_end


def _closing(text: str, bracket: int, end: int) -> int:
    """Where the bracket opened at ``bracket`` closes before ``end`` (a bracket inside it closed
    first: "(kịch bản tăng trưởng (KBTT): 7,87%)"), else -1."""
    depth = 0
    for m in _PARENS.finditer(text, bracket + 1, end):
        if m.group() == "(":
            depth += 1
        elif depth == 0:
            return m.start()
        else:
            depth -= 1
    return -1


_PARENS = re.compile(r"[()]")


def _bracketed_uncoded(page: Page, clause: Span, bracket: int, q: Quantity, end_year: tuple[int, int]) -> None:
    """A bracketed plan figure no phrasing names, beside a result in the same unit: an uncoded
    target labelled by the words of that result ("sản lượng hàng hóa qua cảng đạt 120 triệu tấn
    (kế hoạch năm 2025 là 200 triệu tấn)"; "đạt 94% (chỉ tiêu 70%)" after what is counted)."""
    results = page.units.find(page.text, clause[0], bracket)
    if not results or results[-1].unit != q.unit:
        return
    result = results[-1]
    labelled = None
    # from the clause's start ("Ban công tác, chi hội, ... hoạt động từ khá trở lên, đạt 94%"),
    # else from the result's comma segment ("Trong 6 tháng, lượng hàng qua cảng đạt ...")
    for lo in (max([clause[0]] + [r.end for r in results[:-1]]), segment_around(page.text, clause, result.start)[0]):
        labelled = labelled or uncoded_label(
            page.text, (lo, result.end), cue_start(page, lo, result), result, page.words, places=page.lex.provinces
        )
    if labelled is None or names_a_place(page, labelled[0]):
        return
    end, year = end_year
    value = (comparator_of(page, bracket + 1, q), q.low, q.high, q.unit, year)
    page.planned.add(keep(page, None, labelled[0], value, (labelled[1][0], end)))


def _reports(page: Page, span: Span) -> bool:
    """Whether ``span`` holds a result cue outside the baseline a plan figure is compared with:
    "(kế hoạch tăng 7% so với ước thực hiện năm 2023)" plans growth over last year's estimate,
    it reports nothing; nor does one inside a phrase that is no result (``not_result``: "(phấn
    đấu thực hiện đạt 9 xã)")."""
    bases = [m.span() for m in page.words.baseline_phrase.finditer(page.folded, *span)]
    bases += [(c.start, c.end) for c in page.words.not_result.find(page.text, *span)]
    return any(
        not any(a <= h.start and h.end <= b for a, b in bases) for h in page.lex.result_cues.find(page.text, *span)
    )


def _plan_brackets(page: Page, clause: Span) -> list[int]:
    """Where the brackets of a clause open that hold a plan figure: one that opens with a plan
    word ("(kế hoạch năm 2024 tăng 8%)": ``bracket_plan``), or one that holds a figure alone
    right after such a word ("vượt so với kế hoạch tỉnh giao (6,5 - 7%)"); a figure the plan's
    words announce with "là" stands in for a bracket (the position right before it:
    "đạt chỉ tiêu Đại hội đề ra là 9.000 USD": ``plan_figure_lead``); so does a slash between a
    result's figure and the plan's words ("ước đạt 8,2%/kế hoạch 7,5%": ``slash_plan``; not
    "số 15/KH-UBND", no figure before it)."""
    out = [m.start() for m in page.words.bracket_plan.finditer(page.folded, *clause)]
    ends = {q.end for q in page.units.find(page.text, *clause)}
    out += [m.start() for m in page.words.slash_plan.finditer(page.folded, *clause) if m.start() in ends]
    # "... đạt chỉ tiêu Đại hội đề ra là 9.000 USD": the figure after the plan's words, as if bracketed
    out += [m.end() - 1 for m in page.words.plan_figure.finditer(page.folded, *clause)]
    for m in re.finditer(r"\(", page.text[clause[0] : clause[1]]):
        start = clause[0] + m.start()
        close = page.text.find(")", start, clause[1])
        if (
            close > 0
            and is_bracketed_figure(page, start, close + 1)
            and page.words.plan_before.search(page.folded, max(clause[0], start - 40), start)
        ):
            out.append(start)
    return sorted(out)


def _bracket_year(page: Page, inside: Span, sentence: Span, para: Span, aimed: bool = False) -> int | None:
    """The year of a bracketed plan figure: the last the bracket names, else the last its
    sentence, else its paragraph names before it, else the end of the plan period its paragraph
    names before it (the term whose plan it quotes) unless that ended before the publication
    year; with none, the publication year on a page
    that reviews part of a year ("6 tháng đầu năm") or whose last year named before it is the
    publication year. A scraper's month marker ("date 2025-04") gives a page of no published date
    its year, which then stands in for the publication year; a plan of a year before it is none
    (a January page's review of last year). On a page of unknown date, unless it reviews part of
    a year, only an
    estimate in the bracket's sentence (``year_estimate``: "ước cả năm 2024") shows that the
    plan's year is still under way: the one year the sentence names, before or after the
    bracket, then stands in for the publication year; else there is no row (the year may be
    over). Beside a target (``aimed``) only a year the bracket or its sentence names counts."""
    w, published = page.words, page.cues.published_year
    partial = w.partial_year.search(page.folded, 0, inside[0]) or w.elapsed_part.search(page.folded, 0, inside[0])
    if aimed:
        years = stated_years(page, *inside) or stated_years(page, sentence[0], inside[0])
        return years[-1][2] if years else None
    marked = _marked_year(page) if published is None else None
    if published is None and not partial and marked is None:
        return _undated_bracket_year(page, sentence)
    year = _dated_bracket_year(page, inside, sentence, para, published or marked, bool(partial))
    # a page dated by its month only ("date 2023-12"): a plan of a year before it is last year's
    return None if year is None or (marked and year < marked) else year


def _marked_year(page: Page) -> int | None:
    """The year of a scraper's month marker ("date 2023-12") on a page with no published date: the
    page was written in that year, which stands in for the publication year of a bracketed plan."""
    mark = marker(page.text[:400].splitlines())
    return mark[0] if mark else None


def _dated_bracket_year(
    page: Page, inside: Span, sentence: Span, para: Span, published: int | None, partial: bool
) -> int | None:
    """``_bracket_year`` on a page whose year is known (``published``), or that reviews part of a
    year."""
    years = (
        stated_years(page, *inside)
        or stated_years(page, sentence[0], inside[0])
        or stated_years(page, para[0], inside[0])
    )
    if years:
        return years[-1][2]
    periods = dates.find_periods(page.text, para[0], inside[0])
    if periods and published and periods[-1][3] >= published:
        return periods[-1][3]  # "Nghị quyết ... nhiệm kỳ 2020 - 2025. ..., đạt 94% (chỉ tiêu 70%)"
    earlier = stated_years(page, 0, inside[0])  # "Năm 2024, ... Cụ thể, GRDP tăng 8,8% (kế hoạch 7,5%)"
    return published if partial or (earlier and earlier[-1][2] == published) else None


def _undated_bracket_year(page: Page, sentence: Span) -> int | None:
    """The year of a bracketed plan on a page of unknown date: a year the bracket's sentence
    estimates is still under way and stands in for the publication year ("giảm 1,2% (kế hoạch
    0,8%), ước cả năm 2024, ..."); a sentence that names no year takes the one year its page
    names when the page estimates (``year_estimate``) anywhere: a review of a year still under
    way ("Dự kiến 6/9 chỉ tiêu đạt kế hoạch: ... ước đạt 87 triệu đồng (KH 87-88 triệu đồng)"
    on a page that names only 2023). Else None: the year may be over."""
    years = {y for _, _, y, _ in stated_years(page, *sentence)}
    if years:
        return years.pop() if len(years) == 1 and page.words.year_estimate.search(page.folded, *sentence) else None
    if page.undated_year is None:
        page_years = {y for _, _, y, _ in stated_years(page, 0, len(page.text))}
        estimated = page.words.year_estimate.search(page.folded)
        page.undated_year = page_years.pop() if len(page_years) == 1 and estimated else 0
    return page.undated_year or None


def _bracket_subject(page: Page, clause: Span, bracket: int, q: Quantity) -> Match | None:
    """What a bracketed plan figure ``q`` is the plan of: the phrasing before the bracket in its
    clause, else the subject of the result it stands beside, in that result's comma segment
    ("Tổng sản phẩm trên địa bàn (GRDP) ... ước tăng 10,3% (kế hoạch ...)"), coded for ``q``'s
    unit."""
    before = [p for p in page.lex.indicators.find(page.text, clause[0], bracket) if p.end <= bracket]
    if before:
        return pair(page, before, q)
    results = page.units.find(page.text, clause[0], bracket)
    at = results[-1].start if results else bracket
    segment = segment_around(page.text, clause, at)  # "Nếu không tính ngành dầu khí, tổng sản phẩm ..."
    return subject_code(page.text, segment, dataclasses.replace(q, start=at, end=at), page.lex, page.units)


def open_bracket(text: str, clause: Span, after: Span) -> bool:
    """Whether ``clause`` ends inside a bracket that ``after`` closes: a ':' or ';' inside
    brackets ends no clause ("tăng 4% (KH 2023: tăng 8% trở lên)", "(KH: 18-19%; 46-47%)")."""
    piece = text[clause[0] : clause[1]]
    return piece.rfind("(") > piece.rfind(")") and ")" in text[after[0] : after[1]]
