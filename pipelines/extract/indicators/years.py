"""The target year of a value.

The nearest year in its comma segment ("năm 2021 đạt ..."), else in its clause, else earlier in
the sentence ("Mục tiêu đến năm 2025, ...; ..."), else in the list's heading, else the year the
paragraph before carried, else the page's plan year; a baseline ("so với năm 2020", the year of
the level a change starts from: "từ 45% năm 2020 lên 50%") or a vision ("tầm nhìn đến năm 2045")
is never a target year, nor is the end of a period that holds a year
the clause declares ("Năm 2026 là năm bản lề của giai đoạn 2026 - 2030, ...": ``declared_years``).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.ingest.dates import marker
from pipelines.extract.cue_words import CueWords, cue_words
from pipelines.text.fold import fold
from pipelines.text.segment import Span, sentence_end, sentences
from pipelines.extract.indicators.page import Page, Clause, segment_around, Carry
from pipelines.extract.indicators.comparators import past_comparator
from pipelines.extract.indicators.quantities import change_start, serves_another
from pipelines.text.years import YEAR


def stated_years(page: Page, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """``dates.find_years`` in ``text[start:end]`` without the baseline years a value is
    compared with ("tăng 25% so với năm 2020": 2020 is no target year; ``baseline`` cues) or
    that date the level a change starts from ("từ 45% năm 2020 lên 50%": ``_change_baselines``),
    with the years named relative to the publication year ("năm nay", "năm tới")."""
    words = cue_words(page.lex)
    found = dates.find_years(page.text, words, start, end)
    found += dates.find_relative_years(page.text, words, page.cues.published_year, start, end)
    found.sort()
    titled = _titled_visions(page, start, end)
    started = _change_baselines(page, start, end)
    return [
        y
        for y in found
        if not page.words.baseline.search(page.folded, max(0, y[0] - 30), y[0])
        and not any(a <= y[0] < b for a, b in titled)
        and not any(a < y[1] <= b for a, b in started)
    ]


_CHANGE_REACH = 40  # characters before a year in which the start value it dates may stand


def _change_baselines(page: Page, start: int, end: int) -> list[Span]:
    """The years in ``text[start:end]`` that date the level a change starts from ("nâng tỷ lệ từ
    45% năm 2020 lên 50%", "giảm từ 41% cuối 2021 xuống còn 18%": a start value, ``change_start``,
    whose ``change_to`` word follows its year): a baseline, never a target year (CONVENTIONS,
    sessions 19, 42 and 43: "từ A% năm X lên B% năm Y" is a target of Y)."""
    out: list[Span] = []
    for hit in page.words.year_before_change.finditer(page.folded, start, end):
        held = page.sentence_at(hit.start())
        if held is None:
            continue
        sentence = held[1]
        lo = max(sentence[0], hit.start() - _CHANGE_REACH)
        values = [q for q in page.units.find(page.text, lo, hit.start()) if q.end <= hit.start()]
        to = page.words.change_to.match(page.folded, values[-1].end) if values else None
        if to and hit.start() < to.end() and change_start(page, sentence, values[-1]):
            out.append(hit.span("y"))
    return out


_SEGMENT_EDGE = re.compile(r"[,;:.!?()\n]")


def titled(page: Page, start: int) -> bool:
    """Whether the year at ``start`` is named inside a title: a ``title_noun`` written capitalised
    inside its sentence ("phù hợp Chiến lược phát triển tỉnh đến năm 2030 và năm 2050") stands
    before it in its comma segment with no figure between; such a year names the title, it sets
    no deadline for the list after it.

    Example: "đào tạo nhân lực phù hợp Tầm nhìn chiến lược tỉnh đến năm 2045" -> True for 2045."""
    edges = [m.end() for m in _SEGMENT_EDGE.finditer(page.text, max(0, start - 120), start)]
    seg = edges[-1] if edges else max(0, start - 120)
    for m in page.words.title_noun.finditer(page.folded, seg, start):
        opens = not page.text[seg : m.start()].strip()
        if page.text[m.start()].isupper() and not opens and not page.units.find(page.text, m.end(), start):
            return True
    return False


def aimed_periods(page: Page, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """``dates.find_periods`` in ``text[start:end]`` without the periods a value is compared
    with (a ``baseline`` cue before them: "tăng 25% so với giai đoạn 2016 - 2020") and without a
    standard's period ("theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030": ``_standards``), which
    scopes no aim after it (CONVENTIONS session 31)."""
    return [
        p
        for p in dates.find_periods(page.text, start, end)
        if not page.words.baseline.search(page.folded, max(0, p[0] - 30), p[0]) and not _standards(page, p[0])
    ]


_TITLE_GAP = re.compile(r"\s*,?\s*")


def _titled_visions(page: Page, start: int, end: int) -> list[Span]:
    """The visions that follow a plan period as a plan's name writes them ("Quy hoạch tỉnh thời
    kỳ 2021 - 2030, tầm nhìn đến năm 2050"): the name's vision year is no target year, the
    aims the plan states fall due by the period's end (2030)."""
    ends = {e for _, e, _, _ in dates.find_periods(page.text, max(0, start - 40), end)}
    return [
        m.span()
        for m in page.words.vision.finditer(page.folded, start, end)
        if any(_TITLE_GAP.fullmatch(page.folded, e, m.start()) for e in ends if e <= m.start())
    ]


def declared_years(page: Page, start: int, end: int) -> list[tuple[int, int, int]]:
    """The years ``text[start:end]`` declares as the year it speaks of, a ``year_role`` word
    right after them ("Năm 2026 là năm bản lề ...", "2026 là năm đầu ..."), as (start, end, year).

    Example: "năm 2026 là năm đầu của giai đoạn 2026 - 2030" -> [(4, 8, 2026)]."""
    return [
        (m.start("y"), m.end("y"), int(m.group("y"))) for m in page.words.year_role.finditer(page.folded, start, end)
    ]


def _a_value(page: Page, clause: Span, year: tuple[int, int, int]) -> bool:
    """Whether a year mention is the upper end of a range of values ("nâng sản lượng từ 1.500
    đến 2025 tấn": "đến 2025" is no year, the figure is a quantity of the clause)."""
    return any(q.start < year[0] < q.end for q in page.units.find(page.text, *clause))


def target_year(page: Page, clause: Span, span: Span, prefer_after: bool) -> int | None:
    text = page.text
    seg = segment_around(text, clause, span[0])
    seg_end = segment_around(text, clause, span[1] - 1)[1]
    declared = [y for *_, y in declared_years(page, *clause)]
    # a period that holds the year the clause declares ("năm 2026 là năm bản lề cho giai đoạn
    # 2026 - 2030, ... đặt mục tiêu ...") is what that year serves, not the aim's year, outside
    # the figure's own segment
    periods = [
        p
        for p in aimed_periods(page, *clause)
        if seg[0] <= p[0] < seg_end or not any(p[2] <= y < p[3] for y in declared)
    ]
    candidates = [(s, e, y) for s, e, y, _ in stated_years(page, *clause)]
    candidates += [(s, e, y2) for s, e, _, y2 in periods]
    candidates = [c for c in candidates if not serves_another(page, clause, c[0], span) and not _standards(page, c[0])]
    candidates = [c for c in candidates if not _a_value(page, clause, c)]
    if not candidates:
        return None
    candidates = [c for c in candidates if not _bracket_dates_own(page, clause, span, c)]
    if not candidates:
        return None
    before = [c for c in candidates if c[1] <= span[0]]
    inside = [
        c
        for c in candidates
        if seg[0] <= c[0] < seg_end
        and not (before and (_dates_later_value(page, span, c) or _opens_next(page, span, c)))
    ]
    # Outside its own segment, a statement takes a year said before it: a year in a later
    # segment dates that segment ("..., tăng 12% so với năm 2024").
    pool = inside or (before if before and not prefer_after else candidates)
    if not inside and not (before and not prefer_after):
        pool = [c for c in pool if c[1] <= span[0] or not _opens_segment(page, clause, c)]
        if not pool:
            return None

    def distance(c):
        before = c[1] <= span[0]
        gap = span[0] - c[1] if before else max(0, c[0] - span[1])
        return (gap, before if prefer_after else not before)

    return min(pool, key=distance)[2]


def _dates_later_value(page: Page, span: Span, year: tuple[int, int, int]) -> bool:
    """Whether a year written after the statement ``span`` dates another value between them
    ("Đến năm 2025, GRDP bình quân đầu người đạt 221 triệu đồng và đạt 346 triệu đồng vào năm
    2030": 2030 is the second value's year, the first keeps the year said before it)."""
    return year[0] >= span[1] and bool(page.units.find(page.text, span[1], year[0]))


def _bracket_dates_own(page: Page, clause: Span, span: Span, year: tuple[int, int, int]) -> bool:
    """Whether a year written after the statement ``span`` stands in a bracket opened after it
    that states a figure of its own after the year ("đạt tối thiểu 10% (đến năm 2030 đạt tối
    thiểu 20%)", "đạt khoảng 2 tỷ USD (năm 2025 ước đạt 1,1 tỷ USD)"): the bracket's year dates
    its own figure, the statement keeps the year said before it in its sentence ("đến năm 2020,
    ...; kim ngạch xuất khẩu đạt khoảng 2 tỷ USD (năm 2015 ước đạt 1,1 tỷ USD)" -> 2020). A bracket
    that only names a year ("24,31% (năm 2020)"), or one after a statement whose sentence names no
    year before it, still dates the figure before it."""
    if year[0] < span[1] or not _dated_before(page, span[0]):
        return False
    gap = page.text[span[1] : year[0]]
    if gap.count("(") <= gap.count(")"):
        return False
    close = page.text.find(")", year[1], clause[1])
    return bool(page.units.find(page.text, year[1], close if close >= 0 else clause[1]))


def _dated_before(page: Page, pos: int) -> bool:
    """Whether the sentence around ``pos`` names a year or a period before it."""
    ends = [m.end() for m in sentence_end(line=True).finditer(page.text, 0, pos)]
    start = ends[-1] if ends else 0
    return bool(stated_years(page, start, pos) or dates.find_periods(page.text, start, pos))


def _opens_segment(page: Page, clause: Span, year: tuple[int, int, int]) -> bool:
    """Whether a year or period opens a later comma segment that goes on with a statement of its
    own ("..., có 80% số xã đạt chuẩn nông thôn mới, ..., đến năm 2025 đưa huyện A thoát nghèo"
    under "Các chỉ tiêu đến năm 2030:"): it dates that statement, not a figure before it, which
    then takes the year of its heading or list (the caller's default). A bare year closing the
    sentence ("..., đạt 50%, vào năm 2027") still dates the figure."""
    seg = segment_around(page.text, clause, year[0])
    opener = page.words.year_opener.fullmatch(page.folded, seg[0], year[0])
    return bool(opener) and len(page.folded[year[1] : seg[1]].split()) > 1


def _opens_next(page: Page, span: Span, year: tuple[int, int, int]) -> bool:
    """Whether a year or period written after the statement ``span``, joined to it by "và",
    opens the next statement of a series that names each one's year first ("giai đoạn 2026 -
    2027 đạt 9%/năm và giai đoạn 2028 - 2030 đạt 10%/năm"; "đến năm 2027 có 40 xã đạt chuẩn
    và đến năm 2030 hoàn thành ..."): it dates what follows it, not the figure before it (which
    keeps the year said before it)."""
    if year[0] < span[1]:
        return False
    start = past_comparator(page, span[1], year[0])
    return bool(page.words.year_handover.fullmatch(page.folded, start, year[0]))


_BARE_YEAR = re.compile(rf"(?<![\d/.,]){YEAR}(?![\d/.,])")


def _standards(page: Page, pos: int) -> bool:
    """Whether the year or period at ``pos`` is the period of a standard a target is measured
    by ("tỷ lệ hộ nghèo giảm 2%/năm (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)":
    ``standard_period``), never the target's year."""
    return bool(page.words.standard_period.search(page.folded, max(0, pos - 50), pos))


def period_of_rate(page: Page, clause: Span) -> int | None:
    """The year a rate per year is due in when its clause names no year ("tốc độ tăng trưởng GRDP
    bình quân từ 10%/năm trở lên" after "Kế hoạch 5 năm 2026 - 2030"): the end of the last plan
    period named before it, if that end is not past; else None."""
    if not page.words.yearly_rate.search(page.folded, *clause) or stated_years(page, *clause):
        return None
    terms = _council_terms(page, clause[0])
    periods = [p for p in dates.find_periods(page.text, 0, clause[0]) if p[0] not in terms]
    published = page.cues.published_year
    if not periods or (published and periods[-1][3] < published):
        return None
    return periods[-1][3]


def _council_terms(page: Page, end: int) -> set[int]:
    """Where the periods before ``end`` that are a council's term by its number start ("HĐND
    tỉnh khóa 19, nhiệm kỳ 2021 - 2026": ``body_term``): a term plans nothing, so a rate per year
    after it is not due at its end."""
    folded, words = page.folded, page.words
    return {
        m.start("y1")
        for m in words.named_period.finditer(folded, 0, end)
        if words.body_term.search(folded, max(0, m.start() - 20), m.start())
    }


def carried_year(page: Page, para: Span, carried: Carry | None) -> int | None:
    """The year a paragraph that takes on the one before goes on with: a breakdown ("Trong đó,
    dịch vụ tăng 10%/năm; ...") the year the aim it breaks down falls due in (``row_year``);
    any other (a list going on, a section) the scope year of the last clause before."""
    if carried is None:
        return None
    if carried.aim_year and page.words.breakdown_lead.match(page.folded, *para):
        return carried.aim_year
    return carried.year


def row_year(page: Page, since: int) -> int | None:
    """The target year of the last statement among the rows found after the first ``since``:
    the year a clause's aims fall due in, which a breakdown after it goes on with ("... đặt mục
    tiêu tăng trưởng bình quân thời kỳ 2021 - 2030 đạt 15%." then "Trong đó, dịch vụ tăng
    10%/năm; ..." -> 2030), not a year an earlier sentence names (``carried_year``)."""
    new = list(page.found.values())[since:]
    last = max(new, key=lambda r: r["char_start"]) if new else None
    return last["target_year"] if last else None


def earlier_aim_year(page: Page, para: Span, sentence: Span) -> int | None:
    """The year the nearest earlier sentence of the paragraph that sets aims names, for a
    sentence that names none ("Năm 2024, tỉnh đề ra chỉ tiêu kết nạp 1.600 đảng viên. Phấn đấu
    tăng trưởng 7% trở lên." -> 2024): its last year, else the end of the period it names. A
    sentence that declares the year it speaks of ("Năm 2026 là năm bản lề của giai đoạn 2026 -
    2030.": ``declared_years``) gives that year, with or without a target cue. An
    aim that names neither goes on with the aims before it ("Năm 2025, tỉnh đặt mục tiêu ...
    Thu ngân sách phấn đấu đạt ... Thu hút ... vốn FDI." -> 2025 for both)."""
    earlier = [s for s in sentences(page.text, _elaborated(page, para, sentence)) if s[1] <= sentence[0]]
    for s in reversed(earlier):
        declared = declared_years(page, *s)
        if declared:  # "Năm 2026 là năm ... . Theo đó, tỉnh đặt mục tiêu tăng trưởng 9%" -> 2026
            return declared[-1][2]
        if not page.lex.target_cues.find(page.text, *s):
            continue
        years = stated_years(page, *s)
        if years:
            return years[-1][2]
        periods = dates.find_periods(page.text, *s)
        if periods:
            return periods[-1][3]
    return None


def earlier_deadline(page: Page, para: Span, sentence: Span) -> int | None:
    """The year the nearest earlier sentence of the paragraph that names a year sets aims for,
    for a sentence that names none: the deadline it opens with ("Đến năm 2030 hoàn thiện hạ tầng
    du lịch. Bảo đảm 100% khu du lịch có wifi." -> 2030: ``deadline_opener``), else, when it has a
    target cue, its last year ("... với mục tiêu đến 2025, 70% dịch vụ công trực tuyến. Cáp quang
    phủ hơn 75% hộ gia đình." -> 2025). It dates the paragraph's aims before a year the paragraph
    before carried. None when that sentence does neither, or its year is before the page's
    publication year, else its plan year ("Đến cuối năm 2020, tỷ lệ hộ nghèo còn 2,6%." reports),
    or is a vision's ("Tầm nhìn đến năm 2045, ...")."""
    published = page.cues.published_year or page.plan_year
    if published is None:
        return None
    earlier = [s for s in sentences(page.text, para) if s[1] <= sentence[0]]
    for s in reversed(earlier):
        if not stated_years(page, *s):
            continue
        m = page.words.deadline_opener.match(page.folded, *s)
        if m:
            return int(m.group("y")) if int(m.group("y")) >= published else None
        if page.lex.target_cues.find(page.text, *s):
            y = stated_years(page, *s)[-1][2]
            vision = page.words.vision.search(page.folded, *s)
            if vision and int(vision.group(1)) == y:
                return None  # "Tầm nhìn đến năm 2045, ...": a vision sets no deadline
            return y if y >= published else None
        return None
    return _deadline_closing_before(page, para, published)


def _deadline_closing_before(page: Page, para: Span, published: int) -> int | None:
    """The deadline the last sentence of the paragraph before ``para`` opens with, when that
    sentence sets an aim in words, with no figure ("Năm 2016, tỉnh đón 2 triệu lượt khách. Đến
    năm 2022, du lịch trở thành ngành kinh tế mũi nhọn." then "Phấn đấu đón 4 triệu lượt khách."
    -> 2022: the aim sentence before it sets the year, CONVENTIONS target_year); None when it
    states a figure, names no deadline first, or its deadline is before ``published``."""
    before = [p for p in page.paras if p[1] <= para[0]]
    last = sentences(page.text, before[-1])[-1:] if before else []
    if not last or page.units.find(page.text, *last[0]):
        return None
    m = page.words.deadline_opener.match(page.folded, *last[0])
    return int(m.group("y")) if m and int(m.group("y")) >= published else None


def _elaborated(page: Page, para: Span, sentence: Span) -> Span:
    """The span whose aims a sentence goes on with: its paragraph, and the paragraph before it
    too when the sentence opens its paragraph with words that elaborate ("... bổ sung 18 chỉ
    tiêu chủ yếu cho năm 2024." then "Cụ thể, nhóm kinh tế, tỉnh đặt mục tiêu ...":
    ``list_elaborate``)."""
    if sentence[0] != para[0] or not page.words.list_elaborate.match(page.folded[sentence[0] : sentence[0] + 20]):
        return para
    before = [p for p in page.paras if p[1] <= para[0]]
    return (before[-1][0], para[1]) if before else para


def header_years(text: str, span: Span, lex: Lexicons) -> list[tuple[int, int, int, str]]:
    """The years a column header names: "Kế hoạch năm 2025", or a bare "Ước TH 2024"."""
    found = dates.find_years(text, cue_words(lex), *span)
    if found:
        return found
    return [(m.start(), m.end(), int(m.group(0)), "") for m in _BARE_YEAR.finditer(text, *span)]


def marked_year(text: str, published_year: int | None) -> int | None:
    """The year of a scraper's ``date 2023-04`` marker on a page that names no year and has no
    published date (a month is no date): the page plans the year it was written in, the default
    target year of its rows (CONVENTIONS target_year fallback)."""
    if published_year is not None:
        return None
    mark = marker(text[:400].splitlines())
    return mark[0] if mark else None


def reviewed_year(text: str, published_year: int | None, words: CueWords) -> int | None:
    """The year an undated page reviews while it plans the next ("đánh giá tình hình kinh tế - xã
    hội năm 2023 và phương hướng, nhiệm vụ năm 2024": ``year_review`` then ``year_outlook`` cues): the page was
    written in that year, which stands in for its publication year (session 30), so a plan figure
    of it in brackets beside its result is a target of it and a "dự kiến" of it estimates. A
    scraper's month marker dates the page instead (``marked_year``). Else the year of the first
    status at a month of a year ("đến tháng 7/2022, toàn tỉnh đã có ...", "9 tháng đầu năm 2025":
    ``month_status`` and ``elapsed_months`` cues): the page was written in it or later."""
    if published_year is not None or marker(text[:400].splitlines()):
        return published_year
    for m in words.reviewed_year.finditer(fold(text)):
        if int(m.group("z")) == int(m.group("y")) + 1:
            return int(m.group("y"))
    status = words.month_status.search(fold(text))
    return int(status.group("y") or status.group("y2")) if status else None


def undated_plan_end(text: str, published_year: int | None, words: CueWords) -> int | None:
    """The end of the five-year plan after a dated page's publication, when the page names no
    year at all (neither a year nor a period, nor "năm nay") and sets yearly rates ("tăng bình
    quân trên 9%/năm": ``yearly_rate``): such a list states the aims of the coming plan, and the
    plans run 2016 - 2020, 2021 - 2025, ... (a page of October 2015 -> 2020, of 2017 -> 2020)."""
    if published_year is None or not words.yearly_rate.search(fold(text)):
        return None
    if dates.find_years(text, words) or dates.find_periods(text):
        return None
    if dates.find_relative_years(text, words, published_year, 0, len(text)):
        return None
    return published_year + 5 - published_year % 5


def scope_year(page: Page, sentence: Span, clause: Span, heading: Span | None) -> int | None:
    """The year that scopes a clause stating none: the last year said earlier in its sentence
    with a value after it ("Mục tiêu đến năm 2025, GRDP tăng 7%; đến năm 2030 tăng 8%; tỷ lệ ...
    đạt 80%" -> 2030), else the first year said earlier ("đến năm 2025 trở thành tỉnh khá và
    đến năm 2045 là tỉnh ...; tốc độ tăng trưởng 8%/năm" -> 2025: a far aim with no value is no
    scope), else the end of a plan period said earlier in its sentence, else the first year of
    the heading of its list ("Các chỉ tiêu chủ yếu đến năm 2030:"),
    else the end of the period that heading names, else None."""
    before = stated_years(page, sentence[0], clause[0])
    valued = [y for y in before if page.units.find(page.text, y[1], clause[0]) or _aim_deadline(page, sentence, y)]
    if before:
        return (valued or before[:1])[-1][2]
    published = page.cues.published_year
    periods = [p for p in aimed_periods(page, sentence[0], clause[0]) if not published or p[3] >= published]
    if periods:  # "phấn đấu tăng trưởng giai đoạn 2021-2025 tăng 10%/năm; GRDP bình quân đầu người ..."
        return periods[-1][3]
    if heading:
        years = stated_years(page, *heading)
        if years:
            return years[0][2]
        periods = dates.find_periods(page.text, *heading)
        if periods:  # "Bình quân giai đoạn 2021 - 2025:" -> due by the period's end
            return periods[0][3]
    return None


def _aim_deadline(page: Page, sentence: Span, year: tuple[int, int, int, str]) -> bool:
    """Whether an aim word stands right before a year's words ("phấn đấu thực hiện mục tiêu đến
    năm 2025, ...; tổng thu từ khách du lịch ước đạt 7.800 tỷ đồng" -> 2025): the year is the
    deadline the aim sets for the figures after it, a scope even with no value of its own (a far
    aim joined by "và", "... và đến năm 2045 là tỉnh ...", is none)."""
    aims = page.lex.target_cues.find(page.text, max(sentence[0], year[0] - 30), year[0])
    return any(h.end <= year[0] and not page.text[h.end : year[0]].strip() for h in aims)


def year_after_review(page: Page, sentence: Span) -> int | None:
    """The year a sentence that sets aims after recalling results ("Trước những kết quả này,
    tỉnh đề ra 21 chỉ tiêu ...": ``review_lead``) plans for when it states no year of its own:
    the year after the last year stated before it ("... trong năm 2023 ... đạt 2,47%" -> 2024),
    that year itself when it was reviewed in part ("6 tháng đầu năm 2024": ``partial_year``)."""
    if not page.words.review_lead.find(page.text, *sentence) or stated_years(page, *sentence):
        return None
    before = stated_years(page, 0, sentence[0])
    if not before:
        return None
    start, end, year, _ = before[-1]
    stated_in = next((s for s in sentences(page.text, (0, len(page.text))) if s[0] <= start < s[1]), (start, end))
    return year if page.words.partial_year.search(page.folded, *stated_in) else year + 1


def part_of_year(page: Page, sentence: Span) -> int | None:
    """The year of a sentence about part of a year that names none ("Trong 6 tháng cuối năm,
    tỉnh phấn đấu ..."): the year last named with such words before it ("... nhiệm vụ 6 tháng
    cuối năm 2024": ``partial_year``), else None."""
    partial = page.words.partial_year
    if not partial.search(page.folded, *sentence) or stated_years(page, *sentence):
        return None
    named = [y for s, e, y, _ in stated_years(page, 0, sentence[0]) if partial.search(page.folded, max(0, s - 25), e)]
    return named[-1] if named else None


def year_start(text: str, clause: Span, phrase_start: int, words: CueWords) -> int:
    """Start of a year mention ("năm 2021 đạt ...") right before a phrasing, else the phrasing;
    never a baseline ("so với năm 2023, thu nhập ..." starts at the phrasing)."""
    years = [
        s
        for s, e, _, _ in dates.find_years(text, words, *clause)
        if 0 <= phrase_start - e <= 12 and not words.baseline.search(fold(text[max(0, s - 30) : s]))
    ]
    return years[-1] if years else phrase_start


def joint_year(page: Page, clause: Clause | None, year: int | None) -> int | None:
    """The other year of a row dated by a year joined to the period that holds it, in its
    sentence ("Năm 2027 và giai đoạn 2027 - 2031, ... tăng trưởng 11% trở lên": 2027 and
    2031, ``joint_horizon``), else None."""
    if clause is None or year is None:
        return None
    for m in page.words.joint_horizon.finditer(page.folded, *clause.sentence):
        y, y1, y2 = (int(m.group(g)) for g in ("y", "y1", "y2"))
        if y1 <= y < y2 and year in (y, y2):
            return y2 if year == y else y
    return None
