"""The rows of one target clause.

Coded rows (a phrasing and its quantity), achieve rows (a checkable state with no value: "đạt
chuẩn nông thôn mới"), uncoded rows (a quantity whose segment names what it counts: "Trồng mới
6.500 ha rừng tập trung"), and ``keep``: one row per (code, comparator, values, year), the
longest statement kept.
"""

from __future__ import annotations

import re

from pipelines.extract import dates
from pipelines.extract.tones import same_tones
from pipelines.extract.cue_words import cue_words, role_cues
from pipelines.extract.labels import uncoded_label
from pipelines.extract.numbers import Quantity
from pipelines.extract.subjects import subject_code
from pipelines.extract.indicators.named_aims import aim_named_before
from pipelines.extract.page_units import commune_standard, held_before, unit_words
from pipelines.text.fold import fold_short
from pipelines.text.matcher import Match
from pipelines.text.scraper_marker import marker_end
from pipelines.text.segment import Span
from pipelines.extract.indicators.comparators import (
    comparator_after,
    cut_comparators,
    comparator_of,
    cue_start,
    continues,
    carries_comparator,
    covered,
    labelled_list,
    past_earlier,
)
from pipelines.extract.indicators.page import AGE_UNIT, MONEY_UNITS, Page, Clause, segment_around
from pipelines.extract.indicators.phrasings import (
    coordinated_count_end,
    switch_code,
    phrase_for,
    switch_gap,
    rate_unit,
    measured_against,
    same_counted,
)
from pipelines.extract.indicators.quantities import heralded_in_brackets, in_brackets, quantities_in
from pipelines.extract.indicators.years import target_year, year_start, joint_year, stated_years
from pipelines.extract.indicators.yearly_counts import subgroup_count, yearly_count
from pipelines.extract.indicators.grades import one_grade_end


def coded_row(page: Page, clause: Clause, k: int, quantities: list[Quantity], phrases: list[Match]) -> Match | None:
    """Step 2-5 for the ``k``-th quantity: keep its coded row; return the phrasing it took."""
    q = quantities[k]
    paired = phrase_for(page, q, quantities, phrases)
    if paired is None:
        return None
    phrase, counted = paired
    if len(cut_comparators(page, q)) > 1:
        return phrase  # "... đạt 95% trở" and the page ends: at least or at most, no row
    text, span = page.text, clause.span
    lo = max(span[0], quantities[k - 1].end if k else span[0]) if counted else phrase.end
    comparator = comparator_of(page, lo, q)
    if (
        comparator == "eq"
        and k
        and quantities[k - 1].start >= lo
        and carries_comparator(page, quantities[k - 1].end, q)
    ):
        comparator = comparator_of(page, lo, quantities[k - 1])  # "khoảng 130 triệu đồng, tương đương 5.000 USD"
        if comparator == "between" and q.high is None:
            comparator = "eq"  # one figure restating a range ("8.300 - 8.500 USD (tương đương 200 triệu đồng)")
    comparator = _coordinated_comparator(page, span, k, quantities) if comparator == "eq" else comparator
    code: str | None = switch_code(
        phrase.value,
        q.unit,
        _switch_words(page, clause.span, lo, q, phrase, counted, quantities),
        page.lex,
    )
    if yearly_count(page, code, lo, q, phrase):
        code = None  # "8 xã được công nhận ... trong năm 2027": that year's count, no stock
    subgroup = subgroup_count(page, code, q, phrase)  # uncoded once no total claims it
    unit = rate_unit(page, code, q.unit)
    first = min(phrase.start, q.start)
    # a value that goes on from an earlier one of its phrasing is dated by its own words
    # ("đạt 2.855 USD năm 2020 và đạt khoảng 8.100 USD vào năm 2030")
    own = (q.start, q.end) if any(phrase.end <= q2.start and q2.end <= q.start for q2 in quantities) else None
    year = target_year(page, span, own or (first, max(q.end, phrase.end)), prefer_after=False) or clause.default_year
    start = min(first, year_start(text, span, first, cue_words(page.lex)))
    if counted:
        start = min(start, cue_start(page, lo, q))
    after = comparator_after(page, q)
    end = max(q.end, phrase.end, after.end if after else 0)
    if not _part_of_total(page, span, code, year, start):
        label, grade = phrase.phrase, one_grade_end(page, code, q, phrase)
        if grade is not None:  # "8 sản phẩm đạt chuẩn OCOP 4 sao": one grade, uncoded (session 39)
            code, label, end = None, text[phrase.start : grade], max(end, grade)
        key = keep(page, code, label, (comparator, q.low, q.high, unit, year), (start, end), clause)
        if subgroup:
            page.subgroups.add(key)
    return phrase


def _switch_words(
    page: Page, clause: Span, lo: int, q: Quantity, phrase: Match, counted: bool, quantities: list[Quantity]
) -> str:
    """The words that switch a row's code (``switch_code``): the gap (``switch_gap``) with the
    phrasing's own words before it and the figure's own unit after it, so that a rate of time
    anywhere there keeps a reduction a reduction ("giảm tỷ lệ hộ nghèo bình quân dưới 1%/năm"),
    while a reduction verb before a ceiling with none states the rate reached ("giảm tỷ lệ hộ
    nghèo dưới 1,5%": POVERTY_RATE lt 1.5; CONVENTIONS, session 39; ``unit_switches.csv``)."""
    gap = switch_gap(page, clause, lo, q, phrase, counted, quantities)
    return f"{page.folded[phrase.start : phrase.end]} {gap} {page.folded[q.start : q.end]}"


def _part_of_total(page: Page, clause: Span, code: str | None, year: int | None, start: int) -> bool:
    """Whether a value breaks down a total of its own code (or its increment) and year said before it in its
    clause, after a ``breakdown_lead`` ("đón 18 triệu lượt khách, trong đó 6 triệu lượt khách
    quốc tế"): a part of the one target, no row of its own (CONVENTIONS: a total broken down).
    A figure for one year of the total's period ("thu ngân sách giai đoạn 2026 - 2030 đạt 90.000
    tỷ đồng; trong đó, năm 2030 đạt 21.000 tỷ đồng") is the year's own figure, no part."""
    return code is not None and any(
        row["indicator_code"] is not None
        and same_counted(row["indicator_code"], code, page.lex)
        and row["target_year"] == year
        and clause[0] <= row["char_start"]
        and row["char_end"] <= start
        and page.words.breakdown_lead.search(page.folded, row["char_end"], start)
        and not _year_of_period(page, (row["char_start"], start))
        for row in page.found.values()
    )


def _year_of_period(page: Page, span: Span) -> bool:
    """Whether ``span`` (a total, then a part of it) names a plan period and then, after the
    total, a year of its own: the part is that year's figure."""
    periods = dates.find_periods(page.text, *span)
    return bool(periods) and any(s >= periods[0][1] for s, *_ in stated_years(page, periods[0][1], span[1]))


def achieve_rows(page: Page, clause: Clause, phrases: list[Match], used: set[int], quantities: list[Quantity]) -> None:
    """Step 6: checkable states with no quantity ("đạt chuẩn nông thôn mới", "PCI ... trở lại
    nhóm đầu cả nước"), unless a share counts what reaches that state (``_counted_state``)."""
    text, span = page.text, clause.span
    valued = {p.value for p in phrases if id(p) in used}
    for phrase in phrases:
        if id(phrase) in used or _counted_state(page, phrase, quantities):
            continue
        if phrase.value in valued and not _own_end_state(page, span, phrase, quantities):
            continue
        if page.unit == "commune" and _commune_aim(page, clause, phrase, phrases):
            continue
        # on a commune's page "xã không còn hộ nghèo" is the commune itself, no lower unit
        own = unit_words(page.lex).commune_words if page.unit == "commune" else frozenset()
        if _lower_units_state(page, phrase, phrases, clause.sentence, own=own):
            continue
        info = page.lex.indicator_info[phrase.value]
        seg = segment_around(text, span, phrase.start)
        achieve_cue = page.lex.achieve_cues.find(text, phrase.start, seg[1])
        checkable = info["value_kind"] == "checkable" and info["unit"] == "other"
        if not achieve_cue and not checkable and not _ranked_by_scope(page, clause, phrase):
            continue
        end = achieve_cue[-1].end if achieve_cue else phrase.end
        year = target_year(page, span, (phrase.start, end), prefer_after=True) or clause.default_year
        yrs = [e for s, e, y, _ in dates.find_years(text, cue_words(page.lex), end, seg[1]) if y == year]
        if yrs:
            end = yrs[0]
        keep(page, phrase.value, phrase.phrase, ("achieve", None, None, None, year), (phrase.start, end), clause)


def _commune_aim(page: Page, clause: Clause, phrase: Match, phrases: list[Match]) -> bool:
    """On a commune's or ward's own page, keep its aim to reach the new-rural standard or a tier
    of it ("Xã phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm 2027") as one uncoded achieve row
    labelled by the standard (``page_units.commune_standard``; CONVENTIONS, session 36); return
    whether the phrasing was such a standard. A commune-level noun before it is the commune itself;
    a lower unit ("các thôn đạt chuẩn nông thôn mới") holds the state, and a kept state ("giữ
    vững xã đạt chuẩn nông thôn mới") is no aim: no row for either."""
    label = commune_standard(page.folded, (phrase.start, phrase.end), page.lex)
    if label is None:
        return False
    text, span = page.text, clause.span
    seg = segment_around(text, span, phrase.start)
    if held_before(page.folded, seg, phrase.start, page.lex) or _lower_units_state(
        page, phrase, phrases, clause.sentence, own=unit_words(page.lex).commune_words
    ):
        return True
    year = target_year(page, span, (phrase.start, phrase.end), prefer_after=True) or clause.default_year
    end = phrase.end
    yrs = [e for s, e, y, _ in dates.find_years(text, cue_words(page.lex), end, seg[1]) if y == year]
    if yrs:
        end = yrs[0]
    keep(page, None, label, ("achieve", None, None, None, year), (phrase.start, end), clause)
    return True


def _own_end_state(page: Page, clause: Span, phrase: Match, quantities: list[Quantity]) -> bool:
    """Whether a phrasing is itself an indicator's end state (an achieve cue of its own words:
    "không còn hộ nghèo") in a comma segment with no figure: the state is an aim of its own
    beside a figure of the code said in another segment ("tỷ lệ hộ nghèo theo chuẩn huyện còn
    0,6%, không còn hộ nghèo theo chuẩn quốc gia": both rows)."""
    seg = segment_around(page.text, clause, phrase.start)
    own = any(c.start == phrase.start for c in page.lex.achieve_cues.find(page.text, phrase.start, phrase.end))
    return own and not any(seg[0] <= q.start < seg[1] for q in quantities)


def _ranked_by_scope(page: Page, clause: Clause, phrase: Match) -> bool:
    """Whether a standing said before a phrasing ranks it: the standing is a scope cue of the
    phrasing's scoped list and an achieve cue ("duy trì vị trí nhóm đầu cả nước về các chỉ số:
    cải cách hành chính, ...": PAR_INDEX_RANK achieve)."""
    text, lex = page.text, page.lex
    for scope in lex.indicator_scopes.find(text, clause.sentence[0], phrase.start):
        standing = lex.achieve_cues.find(text, scope.start, scope.end)
        if standing and any(
            (m.start, m.end) == (phrase.start, phrase.end)
            for m in lex.scoped_indicators[scope.value].find(text, phrase.start, phrase.end)
        ):
            return True
    return False


_HOLDER_REACH = 80  # characters from a lower unit's noun to the state it holds


def _lower_units_state(
    page: Page, phrase: Match, phrases: list[Match], sentence: Span, own: frozenset[str] = frozenset()
) -> bool:
    """Whether a checkable state is said of communes or districts, not of the province: a
    ``lower_place`` noun stands before it in its sentence, outside any phrasing, with only words
    between ("các xã đã được công nhận đạt chuẩn nông thôn mới", "5 xã cơ bản đạt chuẩn nông thôn
    mới") and no ``own_place`` word from it to the state's end ("..., và tỉnh đạt chuẩn nông thôn
    mới" is the province's). A noun in ``own`` (folded) names the page's own unit, no lower one."""
    text = page.text
    start = max(sentence[0], phrase.start - _HOLDER_REACH)
    cues = page.lex.tables["indicator_cues.csv"]
    places = [
        m
        for m in page.words.lower_place.find(text, start, phrase.start)
        if same_tones(text, m, cues)
        and not any(p.start <= m.start < p.end for p in phrases)
        and page.folded[m.start : m.end] not in own
    ]
    if not places:
        return False
    gap = page.folded[places[-1].end : phrase.start]
    # the phrasing may name the province itself ("tỉnh đạt chuẩn nông thôn mới")
    return not re.search(r"[\d;:.()]", gap) and not page.words.own_place.search(page.folded, places[-1].end, phrase.end)


_COUNTED_REACH = 60  # characters from a share to the state of what it counts


def _counted_state(page: Page, phrase: Match, quantities: list[Quantity]) -> bool:
    """Whether a checkable state only says what a share before it counts ("có 40 - 50% số
    thôn, bản được công nhận đạt chuẩn nông thôn mới": one row, the share; the villages' state
    is no aim of the province's own): the share is followed by a ``counted_gap`` word ("số")
    and only words lie between it and the state, which does not open a comma segment of its own."""
    before = [q for q in quantities if q.end <= phrase.start and phrase.start - q.end <= _COUNTED_REACH]
    if not before:
        return False
    gap = page.folded[before[-1].end : phrase.start]
    counted = page.words.counted_gap.match(gap)
    # a comma right before the state opens a segment of its own ("0,8% tổng số hộ, không còn hộ nghèo")
    return bool(counted and gap[: counted.end()].strip()) and not re.search(r"[\d;:.]|,\s*$", gap)


def _label_around_aim(page: Page, segment: Span, cue: int, q: Quantity, clause_end: int) -> tuple[str, Span] | None:
    """The uncoded label of ``q`` when a target cue ("phấn đấu") stands in its segment: the
    words after the cue ("ngành du lịch phấn đấu đón 5 triệu lượt khách" -> "đón lượt khách"),
    else, when nothing but the value follows the cue, the words before it ("Tỷ lệ kết nạp đảng
    viên mới phấn đấu đạt từ 3-4%" -> "Tỷ lệ kết nạp đảng viên mới"), unless they only name the
    place that aims: a share is then named by the words after it ("Hà Giang phấn đấu 100% hồ sơ
    được xử lý trực tuyến"). A cue is one as written, with its tones: the "cân" of "tổng chi cân
    đối ngân sách" folds like the cue "cần" and names what is counted."""
    text, places = page.text, page.lex.provinces
    cues = page.lex.tables["cues.csv"]
    aims = [a for a in page.lex.target_cues.find(text, segment[0], cue) if same_tones(text, a, cues)]
    if not aims:
        return uncoded_label(text, segment, cue, q, page.words, clause_end, places)
    past = _past_aim(page, aims[-1], cue)
    after = uncoded_label(text, (past, segment[1]), cue, q, page.words, places=places)
    if after is not None:
        return after
    before = uncoded_label(text, segment, aims[-1].start, q, page.words, clause_end, places)
    if before is None and uncoded_label(text, segment, aims[-1].start, q, page.words, clause_end) is not None:
        # "Lạng Sơn phấn đấu 100% hồ sơ ...": the place aims; the words after the share name it
        return uncoded_label(text, (past, segment[1]), cue, q, page.words, clause_end, places)
    return before


def _past_aim(page: Page, aim: Match, cue: int) -> int:
    """Where the words after a target cue start: past the year mention the cue ends inside ("phấn
    đấu đến năm 2030 có khoảng 85% dân số ...": the cue takes "đến năm", its year "2030" is no
    number of the label's)."""
    years = [e for s, e, *_ in dates.find_years(page.text, page.words, aim.start, cue) if s < aim.end < e]
    return max(years, default=aim.end)


def uncoded_row(page: Page, clause: Clause, k: int, quantities: list[Quantity]) -> None:
    """Step 8: a quantity no phrasing took is a target coded by its subject (``subjects``), else
    an uncoded target when its words name what it counts (``_statement``). An age no phrasing
    codes qualifies who is counted ("tỷ lệ người dân từ 15 tuổi trở lên có tài khoản ..."): no
    row."""
    stated = _statement(page, clause, k, quantities) or _shared_statement(page, clause, k, quantities)
    if stated is None or len(cut_comparators(page, quantities[k])) > 1:
        return
    code, label, (start, end), lo = stated
    q = quantities[k]
    if code is None and (_a_part(page, clause, q) or q.unit == AGE_UNIT):
        return
    after = comparator_after(page, q)
    end = max(end, q.end, after.end if after else 0)
    # dated from its value: a long label may name an earlier aim's year ("... đến năm 2030 tương
    # đương ... và đến năm 2045 cao gấp 1,2 lần" -> 2045)
    cue = cue_start(page, lo, q)
    year = target_year(page, clause.span, (min(cue, q.start), end), prefer_after=False) or clause.default_year
    comparator = comparator_of(page, lo, q)
    comparator = _coordinated_comparator(page, clause.span, k, quantities) if comparator == "eq" else comparator
    keep(page, code, label, (comparator, q.low, q.high, q.unit, year), (start, end), clause)


def _shared_statement(
    page: Page, clause: Clause, k: int, quantities: list[Quantity]
) -> tuple[str | None, str, Span, int] | None:
    """The uncoded statement of a count coordinated with the next one before the words both
    share ("phấn đấu 40 xã và 15 thôn ra khỏi địa bàn đặc biệt khó khăn": "xã ra khỏi địa bàn
    ..." as "thôn ra khỏi địa bàn ..."): the next count's label with this count's noun."""
    q = quantities[k]
    if k + 1 >= len(quantities) or coordinated_count_end(page, q, clause.span[1]) != quantities[k + 1].end:
        return None
    nxt = quantities[k + 1]
    later = _statement(page, clause, k + 1, quantities)
    nouns = [re.search(r"[^\W\d_][\w ]*$", page.text[x.start : x.end]) for x in (q, nxt)]
    if later is None or later[0] is not None or nouns[0] is None or nouns[1] is None:
        return None
    if not later[1].startswith(nouns[1].group()):
        return None
    return None, nouns[0].group() + later[1][len(nouns[1].group()) :], (q.start, later[2][1]), later[3]


def _coordinated_comparator(page: Page, clause: Span, k: int, quantities: list[Quantity]) -> str:
    """The comparator of the ``k``-th quantity, which has none of its own: the one a word before
    the figure ahead of it gives both when they are coordinated ("có ít nhất 30 xã đạt chuẩn
    nâng cao và 15 xã đạt chuẩn kiểu mẫu": ``covered``), also down a list that names each
    figure before it ("chiếm khoảng 20%, công nghiệp 30%, dịch vụ 50%": all approx), else eq."""
    if not k:
        return "eq"
    lo = quantities[k - 2].end if k > 1 else clause[0]
    found = covered(page, max(lo, clause[0]), quantities[k - 1], quantities[k])
    if found is None and k > 1 and labelled_list(page, quantities[k - 1], quantities[k]):
        # a later item of a labelled list: covered as the item before it is
        earlier = _coordinated_comparator(page, clause, k - 1, quantities)
        found = earlier if earlier not in ("eq", "between") else None
    return found or "eq"


def _a_part(page: Page, clause: Clause, q: Quantity) -> bool:
    """Whether an uncoded value is a part of a total stated before it: a ``breakdown_lead``
    ("trong đó") stands before it in its clause, and a figure before that in its sentence
    ("tổng sản lượng thủy sản đạt 600.000 tấn, trong đó sản lượng cá đạt 200.000 tấn"; "chi
    ngân sách 12.000 tỷ đồng; trong đó, chi đầu tư 4.000 tỷ đồng"). A sentence that opens with
    the lead breaks down the figure of the sentence before it on its line, every clause of it
    ("thu ngân sách là 9.000 tỷ đồng. Trong đó, cấp tỉnh 6.000 tỷ đồng; cấp huyện 3.000 tỷ
    đồng"), unless the value measures something other than every figure before it
    (``_apart_from``: "gieo trồng 420.000 ha. Trong đó, ngô 35.000 ha, sản lượng 210.000 tấn": the
    output stays, session 35). CONVENTIONS: the parts of a total are no rows, except an indicator
    of the lexicon (a coded part stays)."""
    sentence = clause.sentence
    if page.words.breakdown_lead.match(page.folded, sentence[0], q.start):
        line = page.text.rfind("\n", 0, sentence[0]) + 1
        totals = page.units.find(page.text, line, sentence[0])
        return bool(totals) and not _apart_from(page, q, totals)
    if _sub_item_of_figure(page, sentence[0]):
        return True
    lead = page.words.breakdown_lead.search(page.folded, clause.span[0], q.start) or _listed_parts(
        page, sentence, clause
    )
    if lead is None:
        return False
    if _another_measure(page, lead.end(), q):
        return False
    return any(f.end <= lead.start() for f in page.units.find(page.text, sentence[0], lead.start()))


def _another_measure(page: Page, lead_end: int, q: Quantity) -> bool:
    """Whether ``q``, after a ``breakdown_lead`` and the part's own figure, starts a comma segment
    of its own in another unit than that figure, with no ``part_share`` word ("chiếm") nor
    restatement before it: it measures something else, no part ("đón 12 triệu lượt khách, trong
    đó có 1,5 triệu lượt khách quốc tế, tạo 18.000 việc làm"; CONVENTIONS, session 35)."""
    figures = [f for f in page.units.find(page.text, lead_end, q.start) if f.end <= q.start]
    if not figures:
        return False
    part = figures[-1]
    gap = page.folded[part.end : q.start]
    if "," not in gap and ";" not in gap:
        return False
    if page.words.part_share.search(gap) or continues(page, part.end, q):
        return False
    return _unit_words(page, part) != _unit_words(page, q)


def _apart_from(page: Page, q: Quantity, totals: list[Quantity]) -> bool:
    """Whether ``q`` measures something other than every figure in ``totals``: an amount (not a
    share or a rate) in another unit, or in another unit word ("210.000 tấn" after "420.000 ha";
    "300.000 tấn" after "tăng 2,1%"). A count is compared by its unit alone."""
    if q.unit in ("percent", "percentage_point", "count"):
        return False
    return all(_measure(page, t) != _measure(page, q) for t in totals)


def _measure(page: Page, q: Quantity) -> tuple[str, ...]:
    """The unit of ``q`` and, for an amount of another unit, its unit words (``_unit_words``)."""
    return _unit_words(page, q) if q.unit == "other" else (q.unit,)


def _unit_words(page: Page, q: Quantity) -> tuple[str, ...]:
    """The unit of ``q`` and, for a count or another unit, the words of its quantity that name
    what it counts ("lượt khách", "việc làm"), its scale words (``magnitude``: "triệu") aside."""
    if q.unit not in ("count", "other"):
        return (q.unit,)
    scale = {fold_short(w) for w in role_cues(page.lex, "magnitude")}
    return (q.unit, *(w for w in re.findall(r"[^\W\d]+", page.folded[q.start : q.end]) if w not in scale))


def _listed_parts(page: Page, sentence: Span, clause: Clause) -> re.Match | None:
    """A ``breakdown_lead`` that announces a list of parts with ':' earlier in the sentence
    ("có 15.000 doanh nghiệp thành lập mới, trong đó: vùng A, ... 9.000 doanh nghiệp; vùng B,
    ... 6.000 doanh nghiệp"): every clause after it is a part."""
    for m in page.words.breakdown_lead.finditer(page.folded, sentence[0], clause.span[0]):
        if page.folded[m.end() : m.end() + 3].lstrip().startswith(":"):
            return m
    return None


def _sub_item_of_figure(page: Page, pos: int) -> bool:
    """Whether ``pos`` stands in a "+" sub-item under a line that states a figure of its own
    ("(1) Tốc độ tăng GRDP: 8,1%" then "+ Ngành dịch vụ tăng 7,2%", "+ Thuế sản phẩm tăng
    4,9%"): the sub-items break that figure down (a line ending with ":" only announces its
    items)."""
    text = page.text
    line = text.rfind("\n", 0, pos) + 1
    if not text.startswith("+", line):
        return False
    for prev in reversed(text[:line].splitlines()):
        prev = prev.strip()
        if not prev or prev.startswith("+"):
            continue
        start = text.rfind(prev, 0, line)
        return not prev.endswith(":") and bool(page.units.find(text, start, start + len(prev)))
    return False


def _statement(
    page: Page, clause: Clause, k: int, quantities: list[Quantity]
) -> tuple[str | None, str, Span, int] | None:
    """The code (or None), label and quoted span of the ``k``-th quantity that no phrasing took,
    and where its own words start; None when it states no target of its own: a bracketed second
    figure, or a number that qualifies a noun ("cho trẻ em 5 tuổi"). A value that goes on from
    the one before it ("... đạt 90% trở lên và đến năm 2045 đạt khoảng 95%") states the same
    thing, and so does the target the one before it is measured against ("mục tiêu tăng trưởng
    9%, cao hơn 0,2 điểm phần trăm so với mục tiêu 8,8%": ``measured_against``)."""
    text, span, q = page.text, clause.span, quantities[k]
    seg = segment_around(text, span, q.start)
    prev = [p for p in quantities[:k] if p.end > seg[0]]
    lo = max([seg[0]] + [p.end for p in prev])
    if in_brackets(text, seg, q.start) and not heralded_in_brackets(page, seg, q):
        return None
    prev = prev or _series_before(page, clause, k, quantities, seg)
    if prev and continues(page, prev[-1].end, q):
        earlier = _statement(page, clause, quantities.index(prev[-1]), quantities)
        if earlier is None:
            return None
        start = past_earlier(page, prev[-1].end, q.start)
        start += len(text[start : q.start]) - len(text[start : q.start].lstrip(" ,;"))
        return earlier[0], earlier[1], (start, q.end), lo
    measured = _measured_over(page, clause.span, k, quantities, alone=not prev)
    if measured is not None:  # "..., cao hơn ... so với mục tiêu 8,8%", "đạt 19,58%/chỉ tiêu 14%": the same subject
        earlier = _statement(page, clause, measured[1], measured[0])
        return None if earlier is None else (earlier[0], earlier[1], (earlier[2][0], q.end), lo)
    cue = cue_start(page, lo, q)
    if page.words.qualifier.search(page.folded, lo, cue) or _allotted(page, lo, cue, q):
        return None
    if q.unit == "count" and page.words.direction_verb.search(page.folded, lo, cue):
        return None  # "chỉ đạo 3 xã biên giới phấn đấu ...": the units a plan works on, its structure
    subject = subject_code(text, span, q, page.lex, page.units)
    if subject is not None:  # "GRDP năm 2026 đạt 10%": coded by its subject and unit
        return subject.value, subject.phrase, (subject.start, q.end), lo
    labelled = _label_around_aim(page, (lo, seg[1]), cue, q, span[1])
    if labelled is None or names_a_place(page, labelled[0]):
        return None
    # "chỉ tiêu cụ thể: năm 2026: 91%": an aim listed by year, its first year's figure
    aimed = aim_named_before(page, span[0], q) or aim_named_before(page, span[0], q, by_year=True)
    if aimed is not None:  # "..., tỉnh quyết tâm đạt mục tiêu trên 8%": the aim named before
        return aimed.value, aimed.phrase, labelled[1], lo
    return None, labelled[0], labelled[1], lo


def _measured_over(
    page: Page, span: Span, k: int, quantities: list[Quantity], alone: bool
) -> tuple[list[Quantity], int] | None:
    """The figures, and the index among them, of the figure measured against ``quantities[k]``:
    the one before it ("mục tiêu tăng trưởng 9%, cao hơn 0,2 điểm phần trăm so với mục tiêu
    8,8%", when ``alone`` in its comma segment), or one written over it as a result or an
    estimate over its plan, a slash and the plan's words between them ("dự kiến đạt 19,58%/chỉ
    tiêu trên 14%": 19,58 for 14, a ``measured`` figure left out of ``quantities``); else None."""
    q = quantities[k]
    if k and alone and measured_against(page, quantities[k - 1], q):
        return quantities, k - 1
    full = quantities_in(page, span)
    before = [p for p in full if p.end <= q.start]
    if before and "/" in page.text[before[-1].end : q.start] and measured_against(page, before[-1], q):
        return full, len(before) - 1
    return None


def _series_before(page: Page, clause: Clause, k: int, quantities: list[Quantity], seg: Span) -> list[Quantity]:
    """The figure before ``q``'s comma segment when that segment opens with its own year or
    period and goes on with the same statement ("tỷ lệ huy động ... giai đoạn 2026 - 2027 đạt
    khoảng 15 - 16%, giai đoạn 2028 - 2030 đạt khoảng 17%": ``next_year``): the series'
    earlier figure, whose statement ``q`` continues; [] otherwise."""
    if not k or quantities[k - 1].end > seg[0] or quantities[k - 1].start < clause.span[0]:
        return []
    opener = page.words.year_opener.match(page.folded, seg[0])
    starts = [s for s, *_ in stated_years(page, seg[0], quantities[k].start)]
    starts += [s for s, *_ in dates.find_periods(page.text, seg[0], quantities[k].start)]
    return [quantities[k - 1]] if opener and starts and min(starts) <= opener.end() + 1 else []


def _allotted(page: Page, lo: int, cue: int, q: Quantity) -> bool:
    """Whether an amount of money is capital allotted or appropriated: an ``allocation`` word
    names it before its value ("Kế hoạch vốn đầu tư công năm 2026 là 6.250 tỷ đồng", "nguồn vốn
    được phân bổ cho tỉnh là 820 tỷ đồng"). CONVENTIONS (session 27): an allocation sets no
    target; an aim to disburse it does ("giải ngân 100% kế hoạch vốn": a share, no amount). So is
    the money a plan costs or spending decided ("với kinh phí dự kiến 85 tỷ đồng", "quyết định chi
    hơn 60 tỷ đồng"), the cue written with its tones ("quyết định chỉ tiêu" decides a target)."""
    if q.unit not in MONEY_UNITS:
        return False
    cues = page.lex.tables["indicator_cues.csv"]
    found = page.words.allocation.finditer(page.folded, lo, cue)
    return any(same_tones(page.text, Match(m.start(), m.end(), None, m.group()), cues) for m in found)


def names_a_place(page: Page, label: str) -> bool:
    """Whether an uncoded label is only a province's name ("Hưng Yên phấn đấu 95%"): it names who
    aims, not what is counted, so the value is no row."""
    found = page.lex.provinces.find(label, 0, len(label))
    return any(m.start == 0 and m.end == len(label) for m in found)


def keep(page: Page, code: str | None, label: str, value: tuple, span: Span, clause: Clause | None = None) -> tuple:
    """Record a row; one row per (code or label, comparator, values, year), the longest quote
    kept (ids are given at the end: they name the statement, never its values). A statement
    that is a target only by the page frame and names a year before the frame's plan year
    reviews the past ("Năm 2021, chỉ số PCI xếp thứ 36/63" on a page aiming at 2025): skipped.
    Returns the row's key. A scraper's marker opening the statement ("date 2025-10-15 Điện Biên
    phấn đấu ...") is no part of its quote or label."""
    span, label = _without_marker(page.text, span, label)
    comparator, low, high, unit, year = value
    key = (code or f"label:{fold_short(label)}", comparator, low, high, year)
    if clause is not None and clause.min_year and year is not None and year < clause.min_year:
        return key
    other = joint_year(page, clause, year)
    if other is not None and not page.words.duration.search(page.folded, *span):  # "sau 5 năm ...": its own time
        keep(page, code, label, (comparator, low, high, unit, other), span)
    if key in page.found and len(page.found[key]["quote"]) >= span[1] - span[0]:
        return key
    page.found[key] = record(page, code, label, value, span)
    return key


def _without_marker(text: str, span: Span, label: str) -> tuple[Span, str]:
    """``span`` and ``label`` with a scraper's marker at their start left out."""
    cut = marker_end(text, span[0])
    if cut == span[0]:
        return span, label
    while cut < span[1] and text[cut].isspace():
        cut += 1
    return (cut, span[1]), label[marker_end(label) :].strip()


def record(page: Page, code: str | None, label: str, value: tuple, span: Span) -> dict:
    """An indicator row of ``page`` quoting ``text[span]``: ``value`` is (comparator, value_low,
    value_high, unit, target_year); label_en comes from the lexicon when ``code`` is set."""
    comparator, low, high, unit, year = value
    start, end = span
    return {
        "indicator_id": None,  # set by assign_statement_ids once the rows are known
        "article_id": page.article_id,
        "indicator_code": code,
        "label_vi": label,
        "label_en": page.lex.indicator_info[code]["label_en"] if code else None,
        "comparator": comparator,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "target_year": year,
        "quote": page.text[start:end],
        "char_start": start,
        "char_end": end,
    }
