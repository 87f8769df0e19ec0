"""Indicator targets in an article -> ``indicators`` rows.

Steps, clause by clause (``;`` and ``:`` end a clause):
1. find curated indicator phrasings ("tốc độ tăng trưởng GRDP", "đóng góp của TFP"), the
   scoped phrasings valid under a cue said earlier in the sentence or list heading ("Cơ cấu
   kinh tế: công nghiệp - xây dựng khoảng 56%; dịch vụ khoảng 33%"), and quantities with a
   curated unit ("7 - 7,5%", "1.573,1 tỷ đồng", "1,5%/năm", "top 15"), less the numbers written
   inside a phrasing ("giá trị sản phẩm thu hoạch trên 1 ha": part of the name);
2. pair each quantity with the phrasing it counts when that is written right after the number
   ("có ít nhất 95 xã đạt chuẩn nông thôn mới", "50% số xã đạt chuẩn ...", "4,5 triệu lượt
   khách du lịch": the unit is the phrasing's head noun, and the value's unit must suit the
   code), else with the nearest phrasing before it in the clause (a phrasing that only
   complements another — "đóng góp của TFP vào tăng trưởng kinh tế" — yields to the head).
   A number between them blocks the pairing unless the value is restated ("125 - 130 triệu
   đồng, tương đương 5.300 - 5.500 USD") or a new year begins an elliptical target ("đạt
   khoảng 40%, đến năm 2030 không thấp hơn 50%");
   the code may switch with the unit or a word in between (``unit_switches.csv``: "GRDP bình
   quân đầu người ... USD" is GRDP_PER_CAPITA_USD);
3. keep it only if the clause reads as a target (``context.classify``): results and estimates
   ("ước đạt", "so với cùng kỳ") are never indicators;
4. the comparator comes from the curated cue right before the number ("trên", "không dưới",
   "xuống còn") or after it ("trở lên"); a range is ``between``;
5. the target year is the nearest year in the same comma segment ("năm 2021 đạt ...", "trước
   năm 2025"), else in the clause, else earlier in the sentence ("Mục tiêu đến năm 2025, ...;
   ..."; ``_scope_year``), else in the heading of the list ("Các chỉ tiêu chủ yếu đến năm
   2030:"), else the year carried from the paragraph before, else the article's plan horizon;
   a baseline year ("so với năm 2020") is never a target year;
6. a phrasing with no quantity in a target clause is an ``achieve`` row when it states a
   checkable state itself ("đạt chuẩn nông thôn mới": checkable, unit ``other``) or an achieve
   cue follows it ("PCI ... trở lại nhóm đầu cả nước"), and no value of its code was found in
   the clause ("chỉ số ... (PII) thuộc nhóm 30 địa phương dẫn đầu" is one numeric row);
7. one row per (code, comparator, values, year): the longest statement is kept;
8. a quantity in a target clause that no phrasing takes is an uncoded row (``indicator_code``
   null) when the words of its segment name what it counts (``labels.uncoded_label``:
   "Trồng mới 6.500 ha rừng tập trung", "Sản lượng lương thực đạt 580 nghìn tấn");
9. flattened tables (``flat_tables``) give one row per table row, coded when a phrasing is in
   the row's name;
10. a row whose target year lies before the article's publication year reports the past
   ("Đến cuối năm 2023, toàn tỉnh có ..." in a January 2024 article): it is dropped; on a page
   that plans the year after its publication year (``frame.page_frame``), the publication
   year itself is under review, not planned ("Năm 2025 ... đã thu hút ..." in a December 2025
   article that hands out the 2026 targets);
11. in a clause that is no target, a plan figure in brackets beside a result ("ước tăng 6,8%
   (kế hoạch năm 2024 tăng 8 - 8,5%)": ``_bracketed_plans``) is a target of its year, of the
   phrasing or subject of that result.

A paragraph that ends with ';' hands its list on to the next paragraph (``_Carry``): a list of
targets pasted as several plain paragraphs keeps its context and year.

The page frame also gives the default context (a target-setting page makes statements with no
cue of their own targets) and the default plan year. Connective words (fillers, restatements,
elliptical next-year targets, label trimming) come from ``indicator_cues.csv`` (``cue_words``).
"""

from __future__ import annotations

import dataclasses
import re

import pandas as pd
from dataclasses import dataclass, field

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.ingest.dates import marker
from pipelines.extract.context import Cues, classify, heading_contexts, is_heading, list_headings, section_contexts
from pipelines.extract.column_tables import column_tables, spaced_tables
from pipelines.extract.cue_words import CueWords, cue_words, role_cues
from pipelines.extract.flat_tables import FlatRow, FlatTable, flat_tables
from pipelines.extract.frame import Frame, page_frame
from pipelines.extract.ids import assign_statement_ids
from pipelines.extract.label_codes import code_labels
from pipelines.extract.labels import uncoded_label
from pipelines.extract.numbers import NUMBER, Quantity, UnitTable, parse_number
from pipelines.extract.parts import code_parts
from pipelines.extract.plausible import uncode_implausible
from pipelines.extract.shares import code_shares
from pipelines.extract.split_phrasings import split_phrasings
from pipelines.extract.standings import standings
from pipelines.extract.subjects import subject_code
from pipelines.extract.year_parts import uncode_year_parts
from pipelines.text.fold import fold, fold_short
from pipelines.text.matcher import Match, PhraseMatcher
from pipelines.text.segment import Span, clauses, sentences
from pipelines.text.memo import per_table


VALUE_WORDS_TABLE = "value_words.csv"


def unit_table(lex: Lexicons) -> UnitTable:
    """The curated units as a quantity finder."""
    rows = lex.tables["units.csv"].to_dict("records")
    return UnitTable(
        [(r["phrase"], r["unit"], float(r["multiplier"])) for r in rows],
        range_words=role_cues(lex, "range_join"),
        year_nouns=role_cues(lex, "year_noun"),
        magnitudes=role_cues(lex, "magnitude"),
        leads=_leading_comparators(lex),
    )


def _leading_comparators(lex: Lexicons) -> list[str]:
    """The comparators written before a number ("trên", "không dưới"), and the fillers between
    them and it ("từ", "mức")."""
    df = lex.tables["comparators.csv"]
    return [p for p, pos in zip(df["phrase"], df["position"]) if pos == "before"] + role_cues(lex, "filler")


def switch_code(code: str, unit: str, gap: str, lex: Lexicons) -> str:
    """The indicator code after the curated unit switches (``unit_switches.csv``).

    ``gap`` is the folded text between the phrasing and the number. Example: "GRDP bình quân
    đầu người đạt 2.591 USD" -> GRDP_PER_CAPITA becomes GRDP_PER_CAPITA_USD; "giảm tỷ lệ hộ
    nghèo xuống còn 1%" -> POVERTY_RATE_REDUCTION becomes POVERTY_RATE.
    """
    for sw in lex.unit_switches:
        if sw.indicator_code != code or (sw.value_unit and sw.value_unit != unit):
            continue
        if sw.gap_cue and not re.search(rf"(?<!\w){re.escape(sw.gap_cue)}(?!\w)", gap):
            continue
        return sw.switch_to
    return code


@dataclass
class _Page:
    """One article being read: its text, knowledge, frame and the rows found so far."""

    article_id: str
    text: str
    lex: Lexicons
    units: UnitTable
    cues: Cues
    frame: Frame
    horizon: int | None
    folded: str = ""
    words: CueWords | None = None
    headings: dict[Span, str] = field(default_factory=dict)
    sections: dict[Span, str] = field(default_factory=dict)
    heads: dict[Span, Span] = field(default_factory=dict)
    found: dict[tuple, dict] = field(default_factory=dict)
    planned: set[tuple] = field(default_factory=set)  # keys of plan figures in brackets (``_bracketed_plans``)
    plan_year: int | None = None  # the default target year (``_plan_year``), found once per page
    paras: list[Span] = field(default_factory=list)  # the article's paragraphs, in order
    # the one year an undated page names and estimates (0: none; ``_undated_bracket_year``)
    undated_year: int | None = None

    def __post_init__(self):
        self.folded = fold(self.text)
        self.words = cue_words(self.lex)
        self.headings = heading_contexts(self.text, self.lex)
        self.sections = section_contexts(self.text, self.lex)
        self.heads = list_headings(self.text, self.lex)
        self.plan_year = _plan_year(self)


@dataclass(frozen=True)
class _Clause:
    """A target clause with its sentence, list heading and default target year."""

    span: Span
    sentence: Span
    heading: Span | None
    default_year: int | None
    min_year: int | None = None  # set when only the page frame makes the clause a target


# the words naming what a count counts, between it and "trở lên": letters only, a few words
_COUNTED_NOUN = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,4}")


def _comparator_after(page: _Page, q: Quantity) -> Match | None:
    """A comparator written right after the number ("từ 2,5% trở lên"), also in brackets
    ("1,75 tỷ USD (trở lên)": the match then ends after the closing bracket), or after the
    bracket that restates the value or closes around it ("90 triệu đồng (3.500 USD) trở lên"
    holds for both figures), or after the few words that name what a count counts ("hoàn
    thành 65.000 căn nhà ở xã hội trở lên")."""
    after = page.lex.comparators_after.find(page.text, q.end, min(len(page.text), q.end + 40))
    if not after:
        return None
    gap = page.folded[q.end : after[0].start].strip()
    if gap == "(" and page.text[after[0].end : after[0].end + 1] == ")":
        return Match(after[0].start, after[0].end + 1, after[0].value, after[0].phrase)
    if gap and q.unit == "count" and _COUNTED_NOUN.fullmatch(gap):
        return after[0]
    return after[0] if not gap or gap == ")" or _bracketed_figure(page, q.end, after[0].start) else None


def _cut_comparators(page: _Page, q: Quantity) -> set[str]:
    """The comparators a page cut off right after ``q`` may have written there: the page (a
    search tool's excerpt) ends with the first letters of a comparator written after a number
    ("đạt 95% trở lê" is "trở lên": gte). Empty when the page goes on, or its end begins none."""
    tail = page.folded[q.end : len(page.text.rstrip())]
    cut = tail.strip()
    if not cut or not tail[0].isspace() or q.end + len(tail) < len(page.text.rstrip()) or re.search(r"[^\w ]", cut):
        return set()
    df = page.lex.tables["comparators.csv"]
    after = [(fold(p), c) for p, c, pos in zip(df["phrase"], df["comparator"], df["position"]) if pos == "after"]
    return {c for p, c in after if p.startswith(cut) and p != cut}


def _bracketed_figure(page: _Page, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a bracket holding one figure and nothing else ("(3.500 USD)")."""
    gap = page.folded[start:end].strip()
    if not (gap.startswith("(") and gap.endswith(")")) or gap.count("(") != 1:
        return False
    inner = page.folded.index("(", start) + 1, page.folded.rindex(")", start, end)
    found = page.units.find(page.text, *inner)
    return (
        len(found) == 1
        and not page.folded[inner[0] : found[0].start].strip() + page.folded[found[0].end : inner[1]].strip()
    )


def _restated_in_brackets(page: _Page, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` restates ``prev`` in another unit, in brackets right after it: "90 triệu
    đồng (3.500 USD)" is one target stated twice (CONVENTIONS: two rows, one per unit)."""
    return (
        prev.unit != q.unit
        and page.folded[prev.end : q.start].strip() == "("
        and _in_brackets(page.text, (prev.end, q.end), q.start)
    )


def _comparator(page: _Page, lo: int, q: Quantity) -> str:
    """The comparator of a quantity: its own, a range ("từ 10 - 10,5% trở lên": between, the
    range states both bounds), one written after it, else one before it ("đạt từ 10%": gte;
    not a floor when the value only starts a change, "từ 8% lên 10%": ``change_to``), else eq."""
    if q.comparator:
        return q.comparator
    if q.high is not None:
        return "between"
    after = _comparator_after(page, q)
    if after:
        return after.value
    cut = _cut_comparators(page, q)
    if len(cut) == 1:  # "giải ngân vốn đầu tư công đạt 95% trở lê" (the page ends there): gte
        return cut.pop()
    for m in reversed(page.lex.comparators_before.find(page.text, max(lo, q.start - 40), q.start)):
        if page.words.filler.fullmatch(page.folded[m.end : q.start]):
            return "eq" if m.value == "gte" and page.words.change_to.match(page.folded, q.end) else m.value
    return "eq"


def _cue_start(page: _Page, lo: int, q: Quantity) -> int:
    """Start of the comparator cue right before a number ("có ít nhất 95 xã" -> at "ít"),
    else the number's start."""
    for m in reversed(page.lex.comparators_before.find(page.text, max(lo, q.start - 40), q.start)):
        if page.words.filler.fullmatch(page.folded[m.end : q.start]):
            return m.start
    return q.start


def _continues(page: _Page, prev_end: int, q: Quantity) -> bool:
    """Whether the words after an earlier number (``prev_end``) carry its phrasing on to ``q``:
    a restatement ("..., tương đương 5.300 USD") or a new year ("..., đến năm 2030 không thấp
    hơn 50%"; "... và đạt khoảng 9.000 USD vào năm 2030": the year after the value), past the
    earlier number's comparator and baseline ("gấp 1,5 lần so với năm 2025
    và đến năm 2035 gấp 2,5 lần")."""
    cue = _cue_start(page, prev_end, q)
    prev_end = _past_earlier(page, prev_end, cue)  # "... đạt 90% trở lên và đến năm 2045 ..."
    w = page.words
    return bool(
        w.restated.fullmatch(page.folded, prev_end, cue)
        or w.next_year.fullmatch(page.folded, prev_end, cue)
        or _aims_further(page, prev_end, cue)
        or (w.aim_join.fullmatch(page.folded, prev_end, cue) and w.year_follows.match(page.folded, q.end))
    )


def _carries_comparator(page: _Page, prev_end: int, q: Quantity) -> bool:
    """Whether ``q`` goes on from the number before it and shares its comparator: a restatement
    or a new year ("khoảng 130 triệu đồng, tương đương 5.000 USD"), not a further aim with a cue
    of its own ("đạt 7,5% trở lên, phấn đấu đạt 10%": the 10% is what it says)."""
    if not _continues(page, prev_end, q):
        return False
    cue = _cue_start(page, prev_end, q)
    return not _aims_further(page, _past_earlier(page, prev_end, cue), cue)


def _aims_further(page: _Page, start: int, cue: int) -> bool:
    """Whether ``text[start:cue]`` opens a further aim for the same indicator after a comma or
    "và" ("đạt 9 - 9,5%, phấn đấu trên 10%"; "8,8 - 9,4% trong năm 2026, và phấn đấu đạt trên
    10%"): a target cue with nothing but a year before it and filler after it."""
    aims = page.lex.target_cues.find(page.text, start, cue)
    if not aims or not page.words.filler.fullmatch(page.folded, aims[-1].end, cue):
        return False
    gap = list(page.folded[start : aims[-1].start])
    for s, e, *_ in dates.find_years(page.text, page.words, start, aims[-1].start):
        gap[s - start : e - start] = " " * (e - s)
    return bool(page.words.aim_join.fullmatch("".join(gap)))


def _past_earlier(page: _Page, pos: int, end: int) -> int:
    """``pos`` moved past the denominator, the comparator and the baseline of the number that
    ends there ("137 xã/193 xã", "1,5 lần so với năm 2025")."""
    pos = _past_comparator(page, _past_denominator(page, pos, end), end)
    base = page.words.baseline_phrase.match(page.folded, pos, end)
    return base.end() if base else pos


_DENOMINATOR = re.compile(r"\s*/\s*\d[\d.,]*")
_NOUN_BEFORE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*$")


def _past_denominator(page: _Page, pos: int, end: int) -> int:
    """``pos`` moved past the total a count is written over, with the count's noun when it is
    repeated ("nâng lên 137 xã/193 xã": the denominator is no value of its own)."""
    m = _DENOMINATOR.match(page.folded, pos, end)
    if not m:
        return pos
    noun = _NOUN_BEFORE.search(page.folded, max(0, pos - 20), pos)
    if noun and page.folded[m.end() : end].lstrip().startswith(noun.group(0)):
        return page.folded.index(noun.group(0), m.end()) + len(noun.group(0))
    return m.end()


def _past_comparator(page: _Page, pos: int, end: int) -> int:
    """``pos`` moved past a comparator written right after a number ("90% trở lên", "(trở lên)")."""
    after = page.lex.comparators_after.find(page.text, pos, end)
    if not after or page.folded[pos : after[0].start].strip() not in ("", "("):
        return pos
    return after[0].end + (page.text[after[0].end : after[0].end + 1] == ")")


def _segment(text: str, clause: Span, pos: int) -> Span:
    """The comma-delimited segment of ``clause`` around ``pos`` (decimal commas do not count)."""
    cuts = [clause[0] + m.start() for m in re.finditer(r",(?!\d)", text[clause[0] : clause[1]])]
    start = max([c + 1 for c in cuts if c < pos] or [clause[0]])
    end = min([c for c in cuts if c >= pos] or [clause[1]])
    return start, end


def _stated_years(page: _Page, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """``dates.find_years`` in ``text[start:end]`` without the baseline years a value is
    compared with ("tăng 25% so với năm 2020": 2020 is no target year; ``baseline`` cues),
    with the years named relative to the publication year ("năm nay", "năm tới")."""
    words = cue_words(page.lex)
    found = dates.find_years(page.text, words, start, end)
    found += dates.find_relative_years(page.text, words, page.cues.published_year, start, end)
    found.sort()
    titled = _titled_visions(page, start, end)
    return [
        y
        for y in found
        if not page.words.baseline.search(page.folded, max(0, y[0] - 30), y[0])
        and not any(a <= y[0] < b for a, b in titled)
    ]


_TITLE_GAP = re.compile(r"\s*,?\s*")


def _titled_visions(page: _Page, start: int, end: int) -> list[Span]:
    """The visions that follow a plan period as a plan's name writes them ("Quy hoạch tỉnh thời
    kỳ 2021 - 2030, tầm nhìn đến năm 2050"): the name's vision year is no target year, the
    aims the plan states fall due by the period's end (2030)."""
    ends = {e for _, e, _, _ in dates.find_periods(page.text, max(0, start - 40), end)}
    return [
        m.span()
        for m in page.words.vision.finditer(page.folded, start, end)
        if any(_TITLE_GAP.fullmatch(page.folded, e, m.start()) for e in ends if e <= m.start())
    ]


def _year(page: _Page, clause: Span, span: Span, prefer_after: bool) -> int | None:
    text = page.text
    periods = dates.find_periods(text, *clause)
    candidates = [(s, e, y) for s, e, y, _ in _stated_years(page, *clause)]
    candidates += [(s, e, y2) for s, e, _, y2 in periods]
    candidates = [c for c in candidates if not _serves(page, clause, c[0]) and not _standards(page, c[0])]
    if not candidates:
        return None
    seg = _segment(text, clause, span[0])
    seg_end = _segment(text, clause, span[1] - 1)[1]
    before = [c for c in candidates if c[1] <= span[0]]
    inside = [c for c in candidates if seg[0] <= c[0] < seg_end and not (before and _dates_later_value(page, span, c))]
    # Outside its own segment, a statement takes a year said before it: a year in a later
    # segment dates that segment ("..., tăng 12% so với năm 2024").
    pool = inside or (before if before and not prefer_after else candidates)

    def distance(c):
        before = c[1] <= span[0]
        gap = span[0] - c[1] if before else max(0, c[0] - span[1])
        return (gap, before if prefer_after else not before)

    return min(pool, key=distance)[2]


def _dates_later_value(page: _Page, span: Span, year: tuple[int, int, int]) -> bool:
    """Whether a year written after the statement ``span`` dates another value between them
    ("Đến năm 2025, GRDP bình quân đầu người đạt 221 triệu đồng và đạt 346 triệu đồng vào năm
    2030": 2030 is the second value's year, the first keeps the year said before it)."""
    return year[0] >= span[1] and bool(page.units.find(page.text, span[1], year[0]))


def _pair(page: _Page, phrases: list[Match], q: Quantity) -> Match | None:
    before = [p for p in phrases if p.end <= q.start]
    if not before:
        return None
    best = before[-1]
    for i in range(len(before) - 1, 0, -1):
        prev = before[i - 1]
        if before[i] is best and page.words.complement.match(page.folded[prev.end : best.start]):
            best = prev
    return best


def _counted(page: _Page, phrases: list[Match], q: Quantity) -> Match | None:
    """The phrasing a number counts when it is written after the number: it starts inside the
    quantity's unit ("95 xã đạt chuẩn nông thôn mới": unit "xã") or right after it ("50% số
    xã đạt chuẩn nông thôn mới"); None otherwise."""
    for p in phrases:
        if q.start < p.start < q.end or (
            p.start >= q.end
            and page.words.counted_gap.fullmatch(page.folded, _past_comparator(page, q.end, p.start), p.start)
        ):
            return p  # "80% trở lên xã, phường, thị trấn an toàn về an ninh, trật tự": past "trở lên"
    return None


def _joined_past_comparator(page: _Page, clause: Span, phrases: list[Match]) -> list[Match]:
    """``phrases`` with the phrasings a comparator splits from the noun of the count before it
    ("02 xã trở lên đạt chuẩn nông thôn mới" is "02 xã đạt chuẩn nông thôn mới", at least 2):
    the noun and the words after "trở lên" read as one phrasing, which takes the place of the
    shorter one found after the comparator."""
    out = list(phrases)
    for q in page.units.find(page.text, *clause):
        noun = re.search(r"[^\W\d_][\w ]*$", page.text[q.start : q.end]) if q.unit == "count" else None
        after = page.lex.comparators_after.find(page.text, q.end, clause[1])
        if noun is None or not after or page.folded[q.end : after[0].start].strip():
            continue
        head = page.text[q.start + noun.start() : q.end]
        rest = page.text[after[0].end : clause[1]]
        joined = f"{head}{rest}"
        for m in page.lex.indicators.find(joined, 0, len(joined)):
            if m.start == 0 and m.end > len(head.rstrip()) + 1:
                end = after[0].end + m.end - len(head)
                out = [p for p in out if not (after[0].end <= p.start < end)]
                out.append(Match(q.start + noun.start(), end, m.value, m.phrase))
                break
    return sorted(out, key=lambda m: m.start)


def _unit_suits(code: str, unit: str, lex: Lexicons) -> bool:
    """Whether a value in ``unit`` can state ``code`` (after unit switches): "3% tổng chi ngân
    sách" is no budget-expenditure value; a percent of a count is a share ("40% số xã đạt
    chuẩn nông thôn mới nâng cao")."""
    want = lex.indicator_info[switch_code(code, unit, "", lex)]["unit"]
    return want == unit or {want, unit} <= {"percent", "percentage_point"} or (want, unit) == ("count", "percent")


def _with_scoped(page: _Page, phrases: list[Match], clause: _Clause) -> list[Match]:
    """``phrases`` plus the scoped phrasings (``indicator_scoped_phrasings.csv``) whose scope
    cue stands earlier in the sentence, or in the clause before them, or in the list heading:
    "Cơ cấu kinh tế: ... dịch vụ khoảng 33%" gives SHARE_SERVICES for "dịch vụ". A scoped
    phrasing takes the place of a regular one written with the very same words (the scope says
    what the bare name measures: "Tỷ trọng trong GRDP của khu vực nông, lâm, thủy sản khoảng
    14%" is a share, not the sector's growth), and yields to one that overlaps it otherwise."""
    text, lex = page.text, page.lex
    sentence, span = clause.sentence, clause.span
    spans = [(sentence[0], span[1])] + ([clause.heading] if clause.heading else [])
    opened = [
        (max(span[0], scope.end) if scope_span[0] == sentence[0] else span[0], scope.value)
        for scope_span in spans
        for scope in lex.indicator_scopes.find(text, *scope_span)
    ] + _opened_by_parts(page, sentence, span)
    kept, extra = list(phrases), []
    for start, key in opened:
        for m in lex.scoped_indicators[key].find(text, start, span[1]):
            kept = [p for p in kept if (p.start, p.end) != (m.start, m.end)]
            if not any(p.start < m.end and m.start < p.end for p in kept + extra):
                extra.append(m)
    return sorted(kept + extra, key=lambda m: m.start) if len(kept) < len(phrases) or extra else phrases


def _opened_by_parts(page: _Page, sentence: Span, span: Span) -> list[tuple[int, str]]:
    """The scopes a part named earlier in the sentence opens, with where they start: a list of
    parts whose measure is said on its first item only ("Nông, lâm, ngư nghiệp chiếm 12%;
    công nghiệp - xây dựng 42%; dịch vụ 36%": the first is a share, so are the others; "rác
    thải đô thị đạt 96%; khu vực nông thôn đạt 80%"). A part opens every scope of
    ``indicator_scoped_phrasings.csv`` whose phrasings give its code and at least one other."""
    families = _scope_families(page.lex)
    return [
        (span[0], key)
        for m in page.lex.indicators.find(page.text, sentence[0], span[0])
        for key in families.get(m.value, ())
    ]


def _scope_families(lex: Lexicons) -> dict[str, list[str]]:
    """Code -> the folded scopes whose phrasings give that code and another one."""
    return per_table(lex.tables["indicator_scoped_phrasings.csv"], _families)


def _families(df: pd.DataFrame) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for scope, group in df.groupby("scope", sort=True):
        codes = sorted(set(group["indicator_code"]))
        for code in codes if len(codes) > 1 else []:
            out.setdefault(code, []).append(fold(scope))
    return out


def _phrase_for(
    page: _Page, q: Quantity, quantities: list[Quantity], phrases: list[Match]
) -> tuple[Match, bool] | None:
    """The phrasing ``q`` is the value of, and whether it is counted (written after the number,
    step 2); None when no phrasing can take it: the nearest one before is counted by another
    number, or another number stands between them and does not carry it on."""
    phrase = _counted(page, phrases, q)
    if phrase is not None and _unit_suits(phrase.value, q.unit, page.lex):
        return phrase, True
    phrase = _pair(page, phrases, q)
    if phrase is None or any(_counted(page, phrases, q2) is phrase for q2 in quantities):
        return None
    if q.unit in ("other", "rank") and not _unit_suits(phrase.value, q.unit, page.lex):
        return None  # "tăng gấp 1,8 lần", "nằm trong top 4": a multiple, a rank, not the size (uncoded)
    between = [q2 for q2 in quantities if q2.end <= q.start and q2.start > phrase.end]
    if between and not (
        _continues(page, between[-1].end, q)
        or _restated_in_brackets(page, between[-1], q)
        or _growth_of(page, phrase, between[-1].end, q)
    ):
        return None
    return phrase, False


def _growth_of(page: _Page, phrase: Match, prev_end: int, q: Quantity) -> bool:
    """Whether ``q`` is the growth of the amount before it ("tổng mức bán lẻ ... đạt 120.000 tỷ
    đồng, tăng 15%": ``growth_after``): the unit switches make the phrasing a rate, and no
    ``plan_compare`` words follow ("tăng 7% so với dự toán" exceeds a plan, it is no growth)."""
    cue = _cue_start(page, prev_end, q)  # the growth word may open the comparator: "tăng từ 12%"
    m = page.words.growth_after.match(page.folded, _past_earlier(page, prev_end, cue), q.start)
    if not m or m.end() < cue or page.words.plan_compare.match(page.folded, q.end):
        return False
    code = switch_code(phrase.value, q.unit, page.folded[phrase.end : q.start], page.lex)
    return code != phrase.value and _unit_suits(code, q.unit, page.lex)


def _coded_row(page: _Page, clause: _Clause, k: int, quantities: list[Quantity], phrases: list[Match]) -> Match | None:
    """Step 2-5 for the ``k``-th quantity: keep its coded row; return the phrasing it took."""
    q = quantities[k]
    paired = _phrase_for(page, q, quantities, phrases)
    if paired is None:
        return None
    phrase, counted = paired
    if len(_cut_comparators(page, q)) > 1:
        return phrase  # "... đạt 95% trở" and the page ends: at least or at most, no row
    text, span = page.text, clause.span
    lo = max(span[0], quantities[k - 1].end if k else span[0]) if counted else phrase.end
    comparator = _comparator(page, lo, q)
    if (
        comparator == "eq"
        and k
        and quantities[k - 1].start >= lo
        and _carries_comparator(page, quantities[k - 1].end, q)
    ):
        comparator = _comparator(page, lo, quantities[k - 1])  # "khoảng 130 triệu đồng, tương đương 5.000 USD"
    code = switch_code(phrase.value, q.unit, _switch_gap(page, clause.span, lo, q, phrase, counted), page.lex)
    unit = _rate_unit(page, code, q.unit)
    first = min(phrase.start, q.start)
    # a value that goes on from an earlier one of its phrasing is dated by its own words
    # ("đạt 2.855 USD năm 2020 và đạt khoảng 8.100 USD vào năm 2030")
    own = (q.start, q.end) if any(phrase.end <= q2.start and q2.end <= q.start for q2 in quantities) else None
    year = _year(page, span, own or (first, max(q.end, phrase.end)), prefer_after=False) or clause.default_year
    start = min(first, _year_start(text, span, first, cue_words(page.lex)))
    if counted:
        start = min(start, _cue_start(page, lo, q))
    after = _comparator_after(page, q)
    end = max(q.end, phrase.end, after.end if after else 0)
    if not _part_of_total(page, span, code, year, start):
        _keep(page, code, phrase.phrase, (comparator, q.low, q.high, unit, year), (start, end), clause)
    return phrase


def _part_of_total(page: _Page, clause: Span, code: str, year: int | None, start: int) -> bool:
    """Whether a value breaks down a total of its own code and year said before it in its
    clause, after a ``breakdown_lead`` ("đón 18 triệu lượt khách, trong đó 6 triệu lượt khách
    quốc tế"): a part of the one target, no row of its own (CONVENTIONS: a total broken down)."""
    return any(
        row["indicator_code"] == code
        and row["target_year"] == year
        and clause[0] <= row["char_start"]
        and row["char_end"] <= start
        and page.words.breakdown_lead.search(page.folded, row["char_end"], start)
        for row in page.found.values()
    )


def _switch_gap(page: _Page, clause: Span, lo: int, q: Quantity, phrase: Match, counted: bool) -> str:
    """The words that may switch a code (``switch_code``): those between the phrasing and the
    number, or, for a number written before the phrasing it counts, the words before the number
    in its comma segment ("giảm 1% tỷ lệ hộ nghèo": the verb before the value says it is a
    reduction, as in "tỷ lệ hộ nghèo giảm 1%")."""
    if not counted:
        return page.folded[phrase.end : q.start]
    return page.folded[max(lo, _segment(page.text, clause, q.start)[0]) : q.start]


def _achieve_rows(
    page: _Page, clause: _Clause, phrases: list[Match], used: set[int], quantities: list[Quantity]
) -> None:
    """Step 6: checkable states with no quantity ("đạt chuẩn nông thôn mới", "PCI ... trở lại
    nhóm đầu cả nước"), unless a share counts what reaches that state (``_counted_state``)."""
    text, span = page.text, clause.span
    valued = {p.value for p in phrases if id(p) in used}
    for phrase in phrases:
        if id(phrase) in used or phrase.value in valued or _counted_state(page, phrase, quantities):
            continue
        info = page.lex.indicator_info[phrase.value]
        seg = _segment(text, span, phrase.start)
        achieve_cue = page.lex.achieve_cues.find(text, phrase.start, seg[1])
        checkable = info["value_kind"] == "checkable" and info["unit"] == "other"
        if not achieve_cue and not checkable and not _ranked_by_scope(page, clause, phrase):
            continue
        end = achieve_cue[-1].end if achieve_cue else phrase.end
        year = _year(page, span, (phrase.start, end), prefer_after=True) or clause.default_year
        yrs = [e for s, e, y, _ in dates.find_years(text, cue_words(page.lex), end, seg[1]) if y == year]
        if yrs:
            end = yrs[0]
        _keep(page, phrase.value, phrase.phrase, ("achieve", None, None, None, year), (phrase.start, end), clause)


def _ranked_by_scope(page: _Page, clause: _Clause, phrase: Match) -> bool:
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


_COUNTED_REACH = 60  # characters from a share to the state of what it counts


def _counted_state(page: _Page, phrase: Match, quantities: list[Quantity]) -> bool:
    """Whether a checkable state only says what a share before it counts ("có 40 - 50% số
    thôn, bản được công nhận đạt chuẩn nông thôn mới": one row, the share; the villages' state
    is no aim of the province's own): the share is followed by a ``counted_gap`` word ("số")
    and only words lie between it and the state."""
    before = [q for q in quantities if q.end <= phrase.start and phrase.start - q.end <= _COUNTED_REACH]
    if not before:
        return False
    gap = page.folded[before[-1].end : phrase.start]
    counted = page.words.counted_gap.match(gap)
    return bool(counted and gap[: counted.end()].strip()) and not re.search(r"[\d;:.]", gap)


def _in_brackets(text: str, segment: Span, pos: int) -> bool:
    """Whether ``pos`` lies inside an open bracket of its segment ("575 (tăng 15%)")."""
    before = text[segment[0] : pos]
    return before.count("(") > before.count(")")


def _label_around_aim(page: _Page, segment: Span, cue: int, q: Quantity, clause_end: int) -> tuple[str, Span] | None:
    """The uncoded label of ``q`` when a target cue ("phấn đấu") stands in its segment: the
    words after the cue ("ngành du lịch phấn đấu đón 5 triệu lượt khách" -> "đón lượt khách"),
    else, when nothing but the value follows the cue, the words before it ("Tỷ lệ kết nạp đảng
    viên mới phấn đấu đạt từ 3-4%" -> "Tỷ lệ kết nạp đảng viên mới"), unless they only name the
    place that aims: a share is then named by the words after it ("Hà Giang phấn đấu 100% hồ sơ
    được xử lý trực tuyến")."""
    text = page.text
    aims = page.lex.target_cues.find(text, segment[0], cue)
    if not aims:
        return uncoded_label(text, segment, cue, q, page.words, clause_end)
    after = uncoded_label(text, (aims[-1].end, segment[1]), cue, q, page.words)
    if after is not None:
        return after
    before = uncoded_label(text, segment, aims[-1].start, q, page.words, clause_end)
    if before is not None and _names_a_place(page, before[0]):
        # "Lạng Sơn phấn đấu 100% hồ sơ ...": the place aims; the words after the share name it
        return uncoded_label(text, (aims[-1].end, segment[1]), cue, q, page.words, clause_end)
    return before


_AGE_UNIT = "year"  # the unit of an age ("tuổi", units.csv): life expectancy is its only indicator


def _uncoded_row(page: _Page, clause: _Clause, k: int, quantities: list[Quantity]) -> None:
    """Step 8: a quantity no phrasing took is a target coded by its subject (``subjects``), else
    an uncoded target when its words name what it counts (``_statement``). An age no phrasing
    codes qualifies who is counted ("tỷ lệ người dân từ 15 tuổi trở lên có tài khoản ..."): no
    row."""
    stated = _statement(page, clause, k, quantities)
    if stated is None or len(_cut_comparators(page, quantities[k])) > 1:
        return
    code, label, (start, end), lo = stated
    q = quantities[k]
    if code is None and (_a_part(page, clause, q) or q.unit == _AGE_UNIT):
        return
    after = _comparator_after(page, q)
    end = max(end, q.end, after.end if after else 0)
    # dated from its value: a long label may name an earlier aim's year ("... đến năm 2030 tương
    # đương ... và đến năm 2045 cao gấp 1,2 lần" -> 2045)
    cue = _cue_start(page, lo, q)
    year = _year(page, clause.span, (min(cue, q.start), end), prefer_after=False) or clause.default_year
    _keep(page, code, label, (_comparator(page, lo, q), q.low, q.high, q.unit, year), (start, end), clause)


def _a_part(page: _Page, clause: _Clause, q: Quantity) -> bool:
    """Whether an uncoded value is a part of a total stated before it: a ``breakdown_lead``
    ("trong đó") stands before it in its clause, and a figure before that in its sentence
    ("tổng sản lượng thủy sản đạt 600.000 tấn, trong đó sản lượng cá đạt 200.000 tấn"; "chi
    ngân sách 12.000 tỷ đồng; trong đó, chi đầu tư 4.000 tỷ đồng"). A sentence that opens with
    the lead breaks down the figure of the sentence before it on its line, every clause of it
    ("thu ngân sách là 9.000 tỷ đồng. Trong đó, cấp tỉnh 6.000 tỷ đồng; cấp huyện 3.000 tỷ
    đồng"). CONVENTIONS: the parts of a total are no rows, except an indicator of the lexicon
    (a coded part stays)."""
    sentence = clause.sentence
    if page.words.breakdown_lead.match(page.folded, sentence[0], q.start):
        line = page.text.rfind("\n", 0, sentence[0]) + 1
        return bool(page.units.find(page.text, line, sentence[0]))
    if _sub_item_of_figure(page, sentence[0]):
        return True
    lead = page.words.breakdown_lead.search(page.folded, clause.span[0], q.start)
    if lead is None:
        return False
    return any(f.end <= lead.start() for f in page.units.find(page.text, sentence[0], lead.start()))


def _sub_item_of_figure(page: _Page, pos: int) -> bool:
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
    page: _Page, clause: _Clause, k: int, quantities: list[Quantity]
) -> tuple[str | None, str, Span, int] | None:
    """The code (or None), label and quoted span of the ``k``-th quantity that no phrasing took,
    and where its own words start; None when it states no target of its own: a bracketed second
    figure, or a number that qualifies a noun ("cho trẻ em 5 tuổi"). A value that goes on from
    the one before it ("... đạt 90% trở lên và đến năm 2045 đạt khoảng 95%") states the same
    thing."""
    text, span, q = page.text, clause.span, quantities[k]
    seg = _segment(text, span, q.start)
    prev = [p for p in quantities[:k] if p.end > seg[0]]
    lo = max([seg[0]] + [p.end for p in prev])
    if _in_brackets(text, seg, q.start):
        return None
    if prev and _continues(page, prev[-1].end, q):
        earlier = _statement(page, clause, quantities.index(prev[-1]), quantities)
        if earlier is None:
            return None
        start = _past_earlier(page, prev[-1].end, q.start)
        start += len(text[start : q.start]) - len(text[start : q.start].lstrip(" ,;"))
        return earlier[0], earlier[1], (start, q.end), lo
    cue = _cue_start(page, lo, q)
    if page.words.qualifier.search(page.folded, lo, cue):
        return None
    subject = subject_code(text, span, q, page.lex, page.units)
    if subject is not None:  # "GRDP năm 2026 đạt 10%": coded by its subject and unit
        return subject.value, subject.phrase, (subject.start, q.end), lo
    labelled = _label_around_aim(page, (lo, seg[1]), cue, q, span[1])
    if labelled is None or _names_a_place(page, labelled[0]):
        return None
    return None, labelled[0], labelled[1], lo


def _names_a_place(page: _Page, label: str) -> bool:
    """Whether an uncoded label is only a province's name ("Hưng Yên phấn đấu 95%"): it names who
    aims, not what is counted, so the value is no row."""
    found = page.lex.provinces.find(label, 0, len(label))
    return any(m.start == 0 and m.end == len(label) for m in found)


_BARE_YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?![\d/.,])")


def _value_words(lex: Lexicons) -> PhraseMatcher:
    """The curated words that state a value ("hai con số": gte 10%, ``value_words.csv``)."""
    return per_table(lex.tables[VALUE_WORDS_TABLE], _value_matcher)


def _value_matcher(df: pd.DataFrame) -> PhraseMatcher:
    rows = df.to_dict("records")
    return PhraseMatcher((r["phrase"], (r["comparator"], float(r["value_low"]), r["unit"])) for r in rows)


def _quantities(page: _Page, span: Span) -> list[Quantity]:
    """The quantities in ``span``: numbers with a curated unit, and value words ("tăng trưởng
    hai con số") unless a figure in brackets right after them states the value ("2 con số
    (10,5% trở lên)") or they set no value (``_void_words``)."""
    found = page.units.find(page.text, *span)
    for m in _value_words(page.lex).find(page.text, *span):
        if any(q.start < m.end and m.start < q.end for q in found) or _void_words(page, span, m.start, found):
            continue
        if cue_words(page.lex).bracketed_figure.match(page.folded, m.end):
            continue
        comparator, low, unit = m.value
        found.append(Quantity(m.start, m.end, low, None, unit, False, comparator))
    found += _bare_rates(page, span, found)
    return sorted(found, key=lambda q: q.start)


_BARE_RATE = re.compile(rf"\s+(?:\w+\s+){{0,2}}?({NUMBER})(?=\s*(?:\(|[;.]\s|[;.]?$|,\s))")


def _bare_rates(page: _Page, span: Span, found: list[Quantity]) -> list[Quantity]:
    """Rates written without "%" right after a phrasing of a percent indicator and its verb
    ("Tỷ lệ đô thị hóa đạt 40,5 (...)": ``bare_rate_verb``): a decimal number up to
    100 that no unit follows is that rate in percent."""
    out = []
    for phrase in page.lex.indicators.find(page.text, *span):
        if page.lex.indicator_info[phrase.value]["unit"] != "percent":
            continue
        m = _BARE_RATE.match(page.text, phrase.end, span[1])
        if m is None or "," not in m.group(1) or any(q.start < m.end() and m.start(1) < q.end for q in found):
            continue
        if not page.words.bare_rate_verb.fullmatch(page.folded, phrase.end, m.start(1)):
            continue
        value = parse_number(m.group(1))
        if value <= 100:
            out.append(Quantity(m.start(1), m.end(1), value, None, "percent", False))
    return out


_EFFORT_REACH = 32  # characters before a value in words that its effort or purpose lead may take


def _void_words(page: _Page, clause: Span, pos: int, figures: list[Quantity]) -> bool:
    """Whether a value in words at ``pos`` sets no value: an effort or what an action drives at
    ("nỗ lực gấp đôi", "thúc đẩy tăng trưởng hai con số": ``effort_lead``), or the further aim a figure before it in its clause serves ("phấn đấu
    tăng 8%, làm nền tảng cho tăng trưởng hai con số": ``_serves``; with no figure before it,
    "tạo nền tảng cho mục tiêu tăng trưởng 2 con số" is the aim itself)."""
    if page.words.effort_lead.search(page.folded, max(clause[0], pos - _EFFORT_REACH), pos):
        return True
    return any(q.end <= pos for q in figures) and _serves(page, clause, pos)


def _standards(page: _Page, pos: int) -> bool:
    """Whether the year or period at ``pos`` is the period of a standard a target is measured
    by ("tỷ lệ hộ nghèo giảm 2%/năm (theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025)":
    ``standard_period``), never the target's year."""
    return bool(page.words.standard_period.search(page.folded, max(0, pos - 50), pos))


def _serves(page: _Page, clause: Span, pos: int) -> bool:
    """Whether ``pos`` stands after a ``served_aim`` cue in its comma segment: "..., làm nền
    tảng cho tăng trưởng hai con số giai đoạn 2026 - 2030" names what a target serves; its value
    in words and its period set nothing."""
    seg = _segment(page.text, clause, pos)
    return bool(page.words.served_aim.search(page.folded, seg[0], pos))


def _clause_rows(page: _Page, clause: _Clause) -> None:
    """Every row of one target clause: coded numeric rows, checkable states, uncoded rows.
    A clause that states an area or a coastline with no year describes the province ("tỉnh
    rộng 5.120 km², dân số khoảng 3,2 triệu người"; ``_describes``): no row."""
    if _describes(page, clause.span):
        return
    regular = split_phrasings(page.text, clause.span, page.lex, page.lex.indicators.find(page.text, *clause.span))
    phrases = _joined_past_comparator(page, clause.span, _with_scoped(page, regular, clause))
    quantities = [
        q
        for q in _quantities(page, clause.span)
        if not _measured(page, clause.span, q) and not _named(q, phrases) and not _change_start(page, clause.span, q)
    ]
    used: set[int] = set()
    national = False
    for k in range(len(quantities)):
        # the country's figures go on through the years after the first ("toàn quốc năm 2022 là
        # 92%, năm 2023 là 93%"): those are the country's too
        national = _national(page, clause.span, quantities[k]) or (
            national and _continues(page, quantities[k - 1].end, quantities[k])
        )
        if national:
            continue
        phrase = _coded_row(page, clause, k, quantities, phrases) if phrases else None
        if phrase is not None:
            used.add(id(phrase))
        else:
            _uncoded_row(page, clause, k, quantities)
    _achieve_rows(page, clause, phrases, used, quantities)
    _group_rank_rows(page, clause)
    _standing_rows(page, clause, quantities, [p for p in phrases if id(p) not in used])


def _group_rank_rows(page: _Page, clause: _Clause) -> None:
    """A group of the best provinces no row quotes yet is an uncoded rank, lte N ("Đến năm 2030
    thuộc nhóm 15 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất"; ``group_rank``)."""
    start = clause.span[0]
    for m in page.words.group_rank.finditer(page.folded, *clause.span):
        n = m.start("n")
        if any(r["char_start"] <= n < r["char_end"] for r in page.found.values()):
            continue
        lead = page.words.label_lead.match(page.folded, start, m.start())
        span = (lead.end() if lead else start, m.end())
        year = _year(page, clause.span, span, prefer_after=False) or clause.default_year
        value = ("lte", float(m.group("n")), None, "rank", year)
        _keep(page, None, page.text[m.start() : m.end()], value, span, clause)


def _describes(page: _Page, clause: Span) -> bool:
    """Whether a clause describes the province ("có diện tích tự nhiên 7.210 km², dân số khoảng
    2,1 triệu người", "có 95 km bờ biển": ``fact`` cues) and names no year of its own."""
    return bool(page.words.fact.search(page.folded, *clause)) and not _stated_years(page, *clause)


def _standing_rows(page: _Page, clause: _Clause, quantities: list[Quantity], free: list[Match]) -> None:
    """``achieve`` aims: a standing against the country with no number ("nền kinh tế đạt mức
    trung bình của cả nước"; ``standings``), unless an achieve row already quotes it or a
    vision before it in its clause describes the province then (an objective); coded by
    the last phrasing no value took before the cue in its segment ("tốc độ tăng trưởng kinh tế
    cao hơn mức bình quân chung của cả nước": GRDP_GROWTH), else uncoded."""
    text, span = page.text, clause.span
    if text[span[1] - 1] == ":":
        return  # "duy trì vị trí nhóm đầu cả nước về các chỉ số:": the items after it are ranked
    cuts = [span[0] + m.start() for m in re.finditer(r",(?!\d)", text[span[0] : span[1]])]
    segments = list(zip([span[0]] + [c + 1 for c in cuts], cuts + [span[1]]))
    numbers = [(q.start, q.end) for q in quantities]
    w = page.words
    for start, end in standings(page.folded, segments, w.standing, w.standing_compare, numbers):
        if w.vision.search(page.folded, span[0], start):
            continue  # "Tầm nhìn đến năm 2050, Long An là tỉnh ... hàng đầu của cả nước": the vision, an objective
        if w.standing_held.search(page.folded, start, end):
            continue  # "một tỉnh luôn thuộc nhóm dẫn đầu": a standing held, described
        if any(
            r["comparator"] == "achieve" and r["char_start"] < end and start < r["char_end"]
            for r in page.found.values()
        ) or _ranks_rows(page, end):
            continue
        lead = w.label_lead.match(page.folded, start, end)
        start = lead.end() if lead else start
        year = _year(page, span, (start, end), prefer_after=False) or clause.default_year
        named = [p for p in free if start <= p.start and p.end <= end]
        code, label = (named[-1].value, named[-1].phrase) if named else (None, text[start:end])
        _keep(page, code, label, ("achieve", None, None, None, year), (start, end), clause)


_RANKED_GAP = 12  # characters between a standing and the first index it ranks: " về các "


def _ranks_rows(page: _Page, end: int) -> bool:
    """Whether a standing ranks indexes that have rows of their own right after it ("duy trì vị
    trí nhóm đầu cả nước về các chỉ số cải cách hành chính, ...": PAR_INDEX_RANK achieve, ...):
    the standing is theirs, no uncoded aim of its own."""
    return any(
        r["comparator"] == "achieve"
        and r["indicator_code"]
        and 0 <= r["char_start"] - end <= _RANKED_GAP
        and not re.search(r"[,;.:]", page.text[end : r["char_start"]])
        for r in page.found.values()
    )


def _national(page: _Page, clause: Span, q: Quantity) -> bool:
    """Whether a quantity is the country's figure, not the province's: a national cue stands
    before it in its comma segment ("góp phần để tăng trưởng của cả nước đạt từ 10% trở lên"),
    not after a rank word that compares the province with the country ("dẫn đầu mục tiêu tăng
    trưởng cả nước (13%)", "nhóm 10 tỉnh dẫn đầu cả nước": ``national_rank``)."""
    seg = _segment(page.text, clause, q.start)
    hit = page.words.national.search(page.folded, seg[0], q.start)
    return bool(hit) and not page.words.national_rank.search(page.folded, seg[0], hit.start())


def _change_start(page: _Page, clause: Span, q: Quantity) -> bool:
    """Whether a value only starts a change to the target after it ("đưa tốc độ tăng trưởng
    năm 2025 từ 8,87% lên 10%", "giảm tỷ lệ hộ nghèo từ 4% xuống 2%": ``range_from`` before it,
    ``change_to`` after it and a number after that): the level left behind is no target, also
    with its own comparator ("nâng chỉ tiêu từ trên 11% lên trên 12%")."""
    to = page.words.change_to.match(page.folded, q.end)
    if q.high is not None or not to or not re.match(r"\s*\D{0,20}?\d", page.folded[to.end() : clause[1]]):
        return False
    starts = {q.start, _cue_start(page, clause[0], q)}
    return any(page.words.change_from.search(page.folded, max(clause[0], s - 10), s) for s in starts)


def _named(q: Quantity, phrases: list[Match]) -> bool:
    """Whether a number is written inside a phrasing, after its first word: it is part of the
    name, not a value ("giá trị sản phẩm thu hoạch trên 1 ha đạt 150 triệu đồng": the 1 ha)."""
    return any(p.start < q.start and q.end <= p.end for p in phrases)


def _measured(page: _Page, clause: Span, q: Quantity) -> bool:
    """Whether a quantity is a result measured against the target named right after it: "GRDP
    tăng 9,2%, vượt mục tiêu 8,5%" (``measured_lead`` then a target cue): 9,2 is no target."""
    for hit in page.lex.target_cues.find(page.text, q.end, clause[1]):
        return bool(page.words.measured_lead.fullmatch(page.folded, q.end, hit.start))
    return False


@dataclass(frozen=True)
class _Carry:
    """What a paragraph ending in ';' hands to the next one: its list goes on there ("...;
    tỷ lệ che phủ rừng đạt 54%;" then "Thu ngân sách 3.000 tỷ đồng; ..."), with the context
    and the scope year of its last clause, and the year its last aim's rows fall due in (for a
    breakdown after it)."""

    context: str
    year: int | None
    listing: bool = True  # the paragraph ended with ';': its list goes on (else only a breakdown takes it on)
    section: bool = False  # a target section goes on (``_hand_on``)
    aim_year: int | None = None  # the year its last target clause's rows fall due in (``_carried_year``)


def _paragraph_rows(page: _Page, para: Span, carried: _Carry | None = None) -> _Carry | None:
    """The rows of one paragraph, clause by clause, in target clauses only; returns what the
    paragraph carries on to the next one (``_Carry``): its list when it ends with ';', else only
    to a paragraph that breaks it down ("Trong đó, công nghiệp - xây dựng tăng 17-18%/năm, ...")."""
    text = page.text
    if page.words.preamble.match(page.folded, para[0], para[1]):
        return None  # "Căn cứ Nghị quyết ... bảo đảm mục tiêu tăng trưởng ... 8%": a cited text's aim
    if page.words.caption_lead.match(page.folded, para[0], para[1]):
        return None  # "Quang cảnh hội nghị giao chỉ tiêu ... cho 135 xã": a photo's caption sets nothing
    head = page.heads.get(para)
    own = dataclasses.replace(page.cues, default="")
    takes_on = carried and head is None and (carried.listing or page.words.breakdown_lead.match(page.folded, *para))
    takes_on = takes_on and not (carried and carried.section and _leaves_section(page, para, carried.year))
    inherited = page.headings.get(para, "") or (carried.context if carried and takes_on else "")
    inherited = inherited or page.sections.get(para, "")
    carry, last, reports, aims = _Carry("", None), "", False, False
    listed = page.headings.get(para) == "target" or bool(takes_on and carried and not carried.section)
    after_review = _after_review_paragraph(page, para, carried, inherited)
    for sent in sentences(text, para):
        before, lead = "", False
        for span in _value_clauses(page, sent):
            context = _breakdown(page, span, before) or _under_lead(page, span, lead)
            context = context or (_listed_item(page, span, sent) if listed and inherited == "target" else "")
            context = context or classify(text, span, sent, para, inherited, own)
            lead = lead or _list_lead(page, sent, span)
            if not context and not own.strict:
                context = _continued(page, sent, last)
            last, before = context or last, context
            reports = reports or context == "result"
            aims = context == "target" if page.units.find(text, *span) else aims
            framed = not context and not after_review and classify(text, span, sent, para, "", page.cues) == "target"
            scope = _scope_year(page, sent, span, head) or (_carried_year(page, para, carried) if inherited else None)
            scope = (
                scope
                or _earlier_aim_year(page, para, sent)
                or _after_review(page, sent)
                or _part_of_year(page, sent)
                or _period_of_rate(page, span)
            )
            carry = _Carry(context or _framed_context(page, span, framed), scope)
            if context != "target" and not framed:
                _bracketed_plans(page, span, sent, para)
                _aim_after_result(page, _Clause(span, sent, head, scope or page.plan_year))
                _aim_before_result(page, _Clause(span, sent, head, scope or page.plan_year))
                continue
            min_year = page.frame.plan_year if framed else None
            before_rows = len(page.found)
            _clause_rows(page, _Clause(span, sent, head, scope or page.plan_year, min_year))
            _bracketed_plans(page, span, sent, para, aimed=True)
            carry = dataclasses.replace(carry, aim_year=_row_year(page, before_rows))
    in_section = bool(takes_on and carried and carried.section)
    aims = aims and head is None and not own.strict  # its last figure is an aim by its own cues
    return _hand_on(page, para, carry, carried.year if in_section and carried else None, in_section, reports, aims)


def _framed_context(page: _Page, clause: Span, framed: bool) -> str:
    """The context a clause with no cue of its own hands on when the page frame alone would make
    it a target: "target", unless it narrates work done in a year before the frame's plan year
    ("năm 2023 tỉnh đã chịu tác động ..." on a page setting the 2024 aims), which reviews the
    past (as ``_keep`` skips such a statement's rows): "result", so the paragraph after it goes
    on with the review (``_after_review_paragraph``)."""
    if not framed:
        return ""
    plan_year = page.frame.plan_year
    years = [y for _, _, y, _ in _stated_years(page, *clause)]
    if plan_year and years and max(years) < plan_year and page.words.past_word.search(page.folded, *clause):
        return "result"
    return "target"


_LIST_ITEM = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s")


def _after_review_paragraph(page: _Page, para: Span, carried: _Carry | None, inherited: str) -> bool:
    """Whether a prose paragraph (no list item) that inherits no context comes right after one
    whose last statement reports: it goes on with the review ("Năm 2024, tỉnh đạt 14/15 chỉ
    tiêu." then "Tốc độ tăng trưởng GRDP tăng 7,5% so với năm 2023; ..."), so the page's
    target-setting frame does not make its figures targets (its own cues still do)."""
    if not carried or carried.context != "result" or inherited:
        return False
    return not _LIST_ITEM.match(page.text, para[0])


def _aim_after_result(page: _Page, clause: _Clause) -> None:
    """The aim a clause that reports a result goes on to set after a comma ("GRDP năm 2025 ước
    tăng 8%, tạo đà để tỉnh đặt mục tiêu tăng trưởng trên 10% vào năm tới"): the part from the
    last comma before the first target cue after the last result cue, when its own cues make it
    a target and it names a later year (``_later``), gives the rows of a target clause."""
    text, span = page.text, clause.span
    results = page.lex.result_cues.find(text, *span)
    aims = page.lex.target_cues.find(text, results[-1].end, span[1]) if results else []
    if not aims:
        return
    commas = [results[-1].end + m.start() for m in re.finditer(r",(?!\d)", text[results[-1].end : aims[0].start])]
    tail = (commas[-1] + 1, span[1]) if commas else None
    if tail and _later(page, (span[0], tail[0]), tail) and _clause_own(page, tail) == "target":
        _clause_rows(page, dataclasses.replace(clause, span=tail))


def _aim_before_result(page: _Page, clause: _Clause) -> None:
    """The aim a clause that reports sets before the comma its first result opens ("địa phương
    phấn đấu đón khoảng 18 triệu lượt khách, ..., với doanh thu ước đạt ..."; "tỉnh phấn đấu
    tăng trưởng 10%, 9 tháng ước đạt 8%"): the part before the last comma ahead of the first
    result cue gives the rows of a target clause when its own cues make it a target, an aim's
    cue opens its first figure's comma segment and it names no year already begun."""
    text, span = page.text, clause.span
    results = page.lex.result_cues.find(text, *span)
    if not results:
        return
    commas = [span[0] + m.start() for m in re.finditer(r",(?!\d)", text[span[0] : results[0].start])]
    if not commas:
        return
    head = (span[0], commas[-1])
    found = page.units.find(text, *head)
    aims = page.lex.target_cues.find(text, _segment(text, head, found[0].start)[0], found[0].start) if found else []
    # the aim's cue comes first in the first figure's comma segment ("Tỉnh thu hút 8 triệu
    # lượt khách, dự kiến ..." and "Ngành X duy trì ..., giá trị đạt 39 tỷ đồng" report),
    # and the head names no year already begun ("GRDP năm 2023 duy trì ở mức cao (đạt 12%), ..."
    # in a 2023 article narrates the year)
    published = page.cues.published_year
    begun = published and any(y <= published for *_, y, _ in _stated_years(page, *head))
    if aims and not begun and _clause_own(page, head) == "target":
        _clause_rows(page, dataclasses.replace(clause, span=head))


def _later(page: _Page, before: Span, after: Span) -> bool:
    """Whether ``after`` names a year later than the publication year, or, that unknown, later
    than every year ``before`` names: an aim for a later year than the result before it."""
    years = [y for *_, y, _ in _stated_years(page, *after)]
    published = page.cues.published_year
    if not years:
        return False
    if published:
        return max(years) > published
    done = [y for *_, y, _ in _stated_years(page, *before)]
    return bool(done) and min(years) > max(done)


def _bracketed_plans(page: _Page, clause: Span, sentence: Span, para: Span, aimed: bool = False) -> None:
    """Plan figures in brackets beside a result ("GRDP 6 tháng đầu năm 2024 ước tăng 7% (kế
    hoạch năm 2024 tăng 8 - 8,5%)", "vượt kế hoạch (7%)": ``_plan_brackets``) are targets of the year the bracket or
    its sentence names (never a page-wide default), of the phrasing before the bracket. A year
    before the publication year is dropped later (``_not_past``: last year's plan beside last
    year's result); when the publication year is unknown, only a review of part of a year
    ("6 tháng đầu năm") shows that the plan's year is still under way. Beside a target
    (``aimed``: "GRDP 6 tháng cuối năm đạt 13% (kế hoạch năm 2025 là 12%)") the plan of the year
    is a target too, of the year the bracket or its sentence names, whatever the page's date."""
    for bracket in _plan_brackets(page, clause):
        close = _closing(page.text, bracket, clause[1])
        inside = (bracket + 1, close if close > 0 else clause[1])
        found = page.units.find(page.text, *inside)
        if not found or _reports(page, inside):
            continue
        q = found[0]
        phrase = _bracket_subject(page, clause, bracket, q)
        year = _bracket_year(page, inside, sentence, para, aimed)
        if year is None:
            continue
        if phrase is None:
            _bracketed_uncoded(page, clause, bracket, q, (inside[1] + (close > 0), year))
            continue
        code = switch_code(phrase.value, q.unit, page.folded[phrase.end : q.start], page.lex)
        if not _unit_suits(code, q.unit, page.lex):
            continue
        value = (_comparator(page, inside[0], q), q.low, q.high, _rate_unit(page, code, q.unit), year)
        page.planned.add(_keep(page, code, phrase.phrase, value, (phrase.start, inside[1] + (close > 0))))


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


def _bracketed_uncoded(page: _Page, clause: Span, bracket: int, q: Quantity, end_year: tuple[int, int]) -> None:
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
    for lo in (max([clause[0]] + [r.end for r in results[:-1]]), _segment(page.text, clause, result.start)[0]):
        labelled = labelled or uncoded_label(
            page.text, (lo, result.end), _cue_start(page, lo, result), result, page.words
        )
    if labelled is None or _names_a_place(page, labelled[0]):
        return
    end, year = end_year
    value = (_comparator(page, bracket + 1, q), q.low, q.high, q.unit, year)
    page.planned.add(_keep(page, None, labelled[0], value, (labelled[1][0], end)))


def _reports(page: _Page, span: Span) -> bool:
    """Whether ``span`` holds a result cue outside the baseline a plan figure is compared with:
    "(kế hoạch tăng 7% so với ước thực hiện năm 2023)" plans growth over last year's estimate,
    it reports nothing."""
    bases = [m.span() for m in page.words.baseline_phrase.finditer(page.folded, *span)]
    return any(
        not any(a <= h.start and h.end <= b for a, b in bases) for h in page.lex.result_cues.find(page.text, *span)
    )


def _plan_brackets(page: _Page, clause: Span) -> list[int]:
    """Where the brackets of a clause open that hold a plan figure: one that opens with a plan
    word ("(kế hoạch năm 2024 tăng 8%)": ``bracket_plan``), or one that holds a figure alone
    right after such a word ("vượt so với kế hoạch tỉnh giao (6,5 - 7%)"); a figure the plan's
    words announce with "là" stands in for a bracket (the position right before it:
    "đạt chỉ tiêu Đại hội đề ra là 9.000 USD": ``plan_figure_lead``)."""
    out = [m.start() for m in page.words.bracket_plan.finditer(page.folded, *clause)]
    # "... đạt chỉ tiêu Đại hội đề ra là 9.000 USD": the figure after the plan's words, as if bracketed
    out += [m.end() - 1 for m in page.words.plan_figure.finditer(page.folded, *clause)]
    for m in re.finditer(r"\(", page.text[clause[0] : clause[1]]):
        start = clause[0] + m.start()
        close = page.text.find(")", start, clause[1])
        if (
            close > 0
            and _bracketed_figure(page, start, close + 1)
            and page.words.plan_before.search(page.folded, max(clause[0], start - 40), start)
        ):
            out.append(start)
    return sorted(out)


def _bracket_year(page: _Page, inside: Span, sentence: Span, para: Span, aimed: bool = False) -> int | None:
    """The year of a bracketed plan figure: the last the bracket names, else the last its
    sentence, else its paragraph names before it, else the end of the plan period its paragraph
    names before it (the term whose plan it quotes) unless that ended before the publication
    year; with none, the publication year on a page
    that reviews part of a year ("6 tháng đầu năm") or whose last year named before it is the
    publication year. On a page of unknown date, unless it reviews part of a year, only an
    estimate in the bracket's sentence (``year_estimate``: "ước cả năm 2024") shows that the
    plan's year is still under way: the one year the sentence names, before or after the
    bracket, then stands in for the publication year; else there is no row (the year may be
    over). Beside a target (``aimed``) only a year the bracket or its sentence names counts."""
    w, published = page.words, page.cues.published_year
    partial = w.partial_year.search(page.folded, 0, inside[0]) or w.elapsed_part.search(page.folded, 0, inside[0])
    if aimed:
        years = _stated_years(page, *inside) or _stated_years(page, sentence[0], inside[0])
        return years[-1][2] if years else None
    if published is None and not partial:
        return _undated_bracket_year(page, sentence)
    years = (
        _stated_years(page, *inside)
        or _stated_years(page, sentence[0], inside[0])
        or _stated_years(page, para[0], inside[0])
    )
    if years:
        return years[-1][2]
    periods = dates.find_periods(page.text, para[0], inside[0])
    if periods and published and periods[-1][3] >= published:
        return periods[-1][3]  # "Nghị quyết ... nhiệm kỳ 2020 - 2025. ..., đạt 94% (chỉ tiêu 70%)"
    earlier = _stated_years(page, 0, inside[0])  # "Năm 2024, ... Cụ thể, GRDP tăng 8,8% (kế hoạch 7,5%)"
    return published if partial or (earlier and earlier[-1][2] == published) else None


def _undated_bracket_year(page: _Page, sentence: Span) -> int | None:
    """The year of a bracketed plan on a page of unknown date: a year the bracket's sentence
    estimates is still under way and stands in for the publication year ("giảm 1,2% (kế hoạch
    0,8%), ước cả năm 2024, ..."); a sentence that names no year takes the one year its page
    names when the page estimates (``year_estimate``) anywhere: a review of a year still under
    way ("Dự kiến 6/9 chỉ tiêu đạt kế hoạch: ... ước đạt 87 triệu đồng (KH 87-88 triệu đồng)"
    on a page that names only 2023). Else None: the year may be over."""
    years = {y for _, _, y, _ in _stated_years(page, *sentence)}
    if years:
        return years.pop() if len(years) == 1 and page.words.year_estimate.search(page.folded, *sentence) else None
    if page.undated_year is None:
        page_years = {y for _, _, y, _ in _stated_years(page, 0, len(page.text))}
        estimated = page.words.year_estimate.search(page.folded)
        page.undated_year = page_years.pop() if len(page_years) == 1 and estimated else 0
    return page.undated_year or None


def _bracket_subject(page: _Page, clause: Span, bracket: int, q: Quantity) -> Match | None:
    """What a bracketed plan figure ``q`` is the plan of: the phrasing before the bracket in its
    clause, else the subject of the result it stands beside, in that result's comma segment
    ("Tổng sản phẩm trên địa bàn (GRDP) ... ước tăng 10,3% (kế hoạch ...)"), coded for ``q``'s
    unit."""
    before = [p for p in page.lex.indicators.find(page.text, clause[0], bracket) if p.end <= bracket]
    if before:
        return _pair(page, before, q)
    results = page.units.find(page.text, clause[0], bracket)
    at = results[-1].start if results else bracket
    segment = _segment(page.text, clause, at)  # "Nếu không tính ngành dầu khí, tổng sản phẩm ..."
    return subject_code(page.text, segment, dataclasses.replace(q, start=at, end=at), page.lex, page.units)


def _hand_on(
    page: _Page,
    para: Span,
    carry: _Carry,
    section_year: int | None,
    in_section: bool,
    reports: bool,
    aims: bool = False,
) -> _Carry:
    """What a paragraph hands on: its list when it ends with ';'; a target section when it opens
    one and reports nothing: the plain paragraphs after it state the section's targets with no
    cue of their own ("Về kinh tế, tốc độ tăng trưởng GRDP bình quân đạt khoảng 11%/năm."), until
    a paragraph reports a result, names an earlier year (``_leaves_section``) or a heading or
    caption line comes. A paragraph opens a section when it opens with a section lead ("Mục
    tiêu tổng quát là đến năm 2030, ...": ``section_lead``), or when its last figure is an aim
    by its own cues (``aims``) and it names the year the aims are due in ("Năm 2025, tỉnh phấn
    đấu GRDP tăng 8%." then "Thu ngân sách đạt 5.000 tỷ đồng."): its year is the section's."""
    opens = bool(page.words.section_lead.match(page.folded, *para))
    own = _stated_years(page, *para) if opens or (aims and not in_section) else []
    opens = opens or bool(aims and own)
    if (opens or in_section) and not reports and not is_heading(page.text[para[0] : para[1]]):
        return _Carry("target", carry.year or (own[-1][2] if own else section_year), listing=True, section=True)
    return carry if page.text[para[1] - 1] == ";" else dataclasses.replace(carry, listing=False)


def _leaves_section(page: _Page, para: Span, year: int | None) -> bool:
    """Whether a paragraph leaves the target section before it: it names a year before the
    section's ("Năm 2023, GRDP tăng 7%" after the 2025 targets), or, the section's year
    unknown, one not after the publication year; it reviews, it states no aim of the section."""
    years = [y for *_, y, _ in _stated_years(page, *para)]
    published = page.cues.published_year
    if year:
        return any(y < year for y in years)
    return bool(published) and any(y <= published for y in years)


def _period_of_rate(page: _Page, clause: Span) -> int | None:
    """The year a rate per year is due in when its clause names no year ("tốc độ tăng trưởng GRDP
    bình quân từ 10%/năm trở lên" after "Kế hoạch 5 năm 2026 - 2030"): the end of the last plan
    period named before it, if that end is not past; else None."""
    if not page.words.yearly_rate.search(page.folded, *clause) or _stated_years(page, *clause):
        return None
    periods = dates.find_periods(page.text, 0, clause[0])
    published = page.cues.published_year
    if not periods or (published and periods[-1][3] < published):
        return None
    return periods[-1][3]


def _carried_year(page: _Page, para: Span, carried: _Carry | None) -> int | None:
    """The year a paragraph that takes on the one before goes on with: a breakdown ("Trong đó,
    dịch vụ tăng 10%/năm; ...") the year the aim it breaks down falls due in (``_row_year``);
    any other (a list going on, a section) the scope year of the last clause before."""
    if carried is None:
        return None
    if carried.aim_year and page.words.breakdown_lead.match(page.folded, *para):
        return carried.aim_year
    return carried.year


def _row_year(page: _Page, since: int) -> int | None:
    """The target year of the last statement among the rows found after the first ``since``:
    the year a clause's aims fall due in, which a breakdown after it goes on with ("... đặt mục
    tiêu tăng trưởng bình quân thời kỳ 2021 - 2030 đạt 15%." then "Trong đó, dịch vụ tăng
    10%/năm; ..." -> 2030), not a year an earlier sentence names (``_carried_year``)."""
    new = list(page.found.values())[since:]
    last = max(new, key=lambda r: r["char_start"]) if new else None
    return last["target_year"] if last else None


def _earlier_aim_year(page: _Page, para: Span, sentence: Span) -> int | None:
    """The year the nearest earlier sentence of the paragraph that sets aims names, for a
    sentence that names none ("Năm 2024, tỉnh đề ra chỉ tiêu kết nạp 1.600 đảng viên. Phấn đấu
    tăng trưởng 7% trở lên." -> 2024): its last year, else the end of the period it names. An
    aim that names neither goes on with the aims before it ("Năm 2025, tỉnh đặt mục tiêu ...
    Thu ngân sách phấn đấu đạt ... Thu hút ... vốn FDI." -> 2025 for both)."""
    earlier = [s for s in sentences(page.text, _elaborated(page, para, sentence)) if s[1] <= sentence[0]]
    for s in reversed(earlier):
        if not page.lex.target_cues.find(page.text, *s):
            continue
        years = _stated_years(page, *s)
        if years:
            return years[-1][2]
        periods = dates.find_periods(page.text, *s)
        if periods:
            return periods[-1][3]
    return None


def _elaborated(page: _Page, para: Span, sentence: Span) -> Span:
    """The span whose aims a sentence goes on with: its paragraph, and the paragraph before it
    too when the sentence opens its paragraph with words that elaborate ("... bổ sung 18 chỉ
    tiêu chủ yếu cho năm 2024." then "Cụ thể, nhóm kinh tế, tỉnh đặt mục tiêu ...":
    ``list_elaborate``)."""
    if sentence[0] != para[0] or not page.words.list_elaborate.match(page.folded[sentence[0] : sentence[0] + 20]):
        return para
    before = [p for p in page.paras if p[1] <= para[0]]
    return (before[-1][0], para[1]) if before else para


def _clause_own(page: _Page, clause: Span) -> str:
    """The context a clause's own cues give, nothing around it counted."""
    alone = dataclasses.replace(page.cues, default="", strict=True)
    return classify(page.text, clause, clause, clause, "", alone)


def _list_lead(page: _Page, sentence: Span, clause: Span) -> bool:
    """Whether a clause opens a list of targets inside its sentence: it ends with ':' and the
    opener, from the start of its sentence or its last ';', is a target by its own cues ("Đối
    với 14 chỉ tiêu văn hóa, xã hội gồm: ...": the cue may stand before a comma)."""
    if page.text[clause[1] - 1] != ":":
        return False
    start = page.text.rfind(";", sentence[0], clause[0]) + 1 or sentence[0]
    return _clause_own(page, (max(start, sentence[0]), clause[1])) == "target"


def _under_lead(page: _Page, clause: Span, lead: bool) -> str:
    """ "target" for an item after a target list's lead in its sentence (``_list_lead``) whose
    own cues report no result ("duy trì 100% ..." is an item, not a review) other than the base
    the target is set against ("giảm 0,15% tỷ lệ ... so với năm trước": ``_base_only``); a
    result cue elsewhere in the sentence (another item's "so với năm trước") does not make the
    list a report; "" otherwise."""
    return "target" if lead and (_clause_own(page, clause) != "result" or _base_only(page, clause)) else ""


def _listed_item(page: _Page, clause: Span, sentence: Span) -> str:
    """ "target" for an item of a list under a target heading or carried on by ';' whose only
    result cues, in the clause or else in its sentence, name the base the target is set against
    ("- Tỷ lệ hộ nghèo giảm 1,5% so với năm trước;": ``_base_only``); "" otherwise (the item is
    read as any other statement: "vượt so với kế hoạch" still reports)."""
    own = _clause_own(page, clause)
    if own == "result":
        return "target" if _base_only(page, clause) else ""
    if own or not page.lex.result_cues.find(page.text, *sentence):
        return ""
    return "target" if _base_only(page, sentence) else ""


def _base_only(page: _Page, clause: Span) -> bool:
    """Whether every result cue of a clause lies in a comparison that names a target's base
    ("so với năm trước", "so với đầu năm": ``target_base``)."""
    bases = [m.span() for m in page.words.target_base.finditer(page.folded, *clause)]
    hits = page.lex.result_cues.find(page.text, *clause)
    return bool(bases) and all(any(a < h.end and h.start < b for a, b in bases) for h in hits)


def _breakdown(page: _Page, clause: Span, before: str) -> str:
    """ "result" for a clause that breaks down a result clause before it in the sentence
    (``breakdown_lead``): "tỉnh đã đạt và vượt các chỉ tiêu Nghị quyết; trong đó, tăng trưởng
    bình quân giai đoạn 2021-2025 đạt 6,7%" reports, whatever period it names."""
    if before == "result" and page.words.breakdown_lead.match(page.folded, clause[0], clause[1]):
        return "result"
    return ""


def _continued(page: _Page, sentence: Span, last: str) -> str:
    """The context of a sentence with no cue of its own in a paragraph that mixes targets and
    results: it goes on with the target stated before it ("Tỉnh đặt mục tiêu tăng trưởng 10%.
    Cơ cấu kinh tế: công nghiệp chiếm 40%."), unless it names a year of its own."""
    return "target" if last == "target" and not _stated_years(page, *sentence) else ""


def _value_led(page: _Page, span: Span) -> bool:
    """Whether a clause starts with its value ("từ 8.300 đến 8.500 USD", "dưới 3%")."""
    quantities = page.units.find(page.text, *span)
    if not quantities:
        return False
    return bool(page.words.filler.fullmatch(page.folded, span[0], _cue_start(page, span[0], quantities[0])))


def _value_clauses(page: _Page, sentence: Span) -> list[Span]:
    """The clauses of a sentence, a name clause ended by ':' joined to the value clause after
    it: "(3) GRDP bình quân/người: từ 8.300 đến 8.500 USD" is one statement."""
    out: list[Span] = []
    for span in clauses(page.text, sentence):
        joined = out and page.text[out[-1][1] - 1] == ":" and _value_led(page, span)
        if joined or (out and _open_bracket(page.text, out[-1], span)):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _open_bracket(text: str, clause: Span, after: Span) -> bool:
    """Whether ``clause`` ends inside a bracket that ``after`` closes: a ':' or ';' inside
    brackets ends no clause ("tăng 4% (KH 2023: tăng 8% trở lên)", "(KH: 18-19%; 46-47%)")."""
    piece = text[clause[0] : clause[1]]
    return piece.rfind("(") > piece.rfind(")") and ")" in text[after[0] : after[1]]


def _plan_year(page: _Page) -> int | None:
    """The default target year: a target-setting page's title year, else the horizon of the
    article's documents, else any title year."""
    if page.frame.kind == "target_setting" and page.frame.plan_year:
        return page.frame.plan_year
    return _not_baseline(page, _not_vision(page, page.horizon)) or page.frame.plan_year


def _not_baseline(page: _Page, year: int | None) -> int | None:
    """``year``, unless the page names it only as a baseline ("thu ngân sách so với năm 2024
    tăng 20%"): what figures are compared with is no plan horizon."""
    if year is None:
        return None
    named = [s for s, _, y, _ in dates.find_years(page.text, page.words) if y == year]
    if named and all(page.words.baseline.search(page.folded, max(0, s - 30), s) for s in named):
        return None
    return year


def _not_vision(page: _Page, year: int | None) -> int | None:
    """``year``, unless it is the page's vision year ("thời kỳ 2021 - 2030, tầm nhìn đến năm
    2050"): a plan's targets fall due by the end of its period (2030), not by its vision."""
    if year is None or not any(int(m.group(1)) == year for m in page.words.vision.finditer(page.folded)):
        return year
    ends = [p[3] for p in dates.find_periods(page.text) if p[3] < year]
    return max(ends) if ends else year


def _header_years(text: str, span: Span, lex: Lexicons) -> list[tuple[int, int, int, str]]:
    """The years a column header names: "Kế hoạch năm 2025", or a bare "Ước TH 2024"."""
    found = dates.find_years(text, cue_words(lex), *span)
    if found:
        return found
    return [(m.start(), m.end(), int(m.group(0)), "") for m in _BARE_YEAR.finditer(text, *span)]


def _table_context(page: _Page, table: FlatTable, before: Span | None) -> tuple[str, int | None]:
    """Whether a flattened table states targets, and for which year: from its header ("Kế
    hoạch năm 2025" / "Ước TH năm 2021"), else the paragraph before it, else the page frame."""
    text, lex = page.text, page.lex
    years = [y for s in table.header for _, _, y, _ in _header_years(text, s, lex)]
    if table.columns == "plan":  # the plan column of a results-and-plans table: "KH năm 2024"
        return "target", (max(years) if years else page.plan_year)
    for span in table.header:
        if lex.result_cues.find(text, *span) or lex.heading_result_cues.find(text, *span):
            return "result", None
    target = any(lex.target_cues.find(text, *s) or lex.heading_target_cues.find(text, *s) for s in table.header)
    if not target and before is not None:
        context = classify(text, before, before, before, "", page.cues)
        target = context == "target"
        if context == "result":
            return "result", None
    context = "target" if target else page.frame.context
    return context, (max(years) if years else page.plan_year)


def _table_rows(page: _Page, table: FlatTable, before: Span | None) -> None:
    """Step 9: one row per row of a flattened table that states targets."""
    context, year = _table_context(page, table, before)
    if context != "target":
        return
    totals: dict[str, str | None] = {}  # the code of the last whole per value column
    for row in table.rows:
        if row.unit == "other" and "(" not in page.text[row.name[0] : row.name[1]]:
            row = _unit_from_code(page, row)
        code, label = _table_code(page, row)
        if row.column == "growth":
            code = _growth_cell_code(page, row, code)
        if row.part and (code is None or code not in _part_codes(page.lex, totals.get(row.column))):
            continue  # a part of a whole ("- Khu vực I"): a row only as a coded part of its coded whole
        if not row.part:
            totals[row.column] = code
        unit = _rate_unit(page, code, row.unit)
        _keep(page, code, label, (row.comparator, row.low, row.high, unit, year), (row.name[0], row.value[1]))


def _growth_cell_code(page: _Page, row: FlatRow, code: str | None) -> str | None:
    """The code of a table's average-growth cell: its name's phrasing, else the code its
    subject gives a rate ("GRDP giá so sánh": GRDP_GROWTH); none for a value at current prices
    (``nominal``: "GRDP giá hiện hành" grows in nominal terms)."""
    if page.words.nominal.search(page.folded, *row.label):
        return None
    if code is not None or page.lex.indicators.find(page.text, *row.label):
        return code  # a name that names another measure ("GRDP bình quân đầu người") grows uncoded
    for m in page.lex.indicator_subjects.find(page.text, *row.label):
        return page.lex.subject_codes.get((m.value, row.unit))
    return None


def _part_codes(lex: Lexicons, whole: str | None) -> set[str]:
    """The codes a part of a whole coded ``whole`` may take: those its scopes give (under
    GRDP growth, the sectors' growth: ``indicator_scoped_phrasings.csv`` scopes that are
    phrasings of the whole's code)."""
    if whole is None:
        return set()
    df = lex.tables["indicator_scoped_phrasings.csv"]
    scopes = {sc for sc in set(df["scope"]) if any(m.value == whole for m in lex.indicators.find(sc, 0, len(sc)))}
    return set(df[df["scope"].isin(scopes)]["indicator_code"])


def _rate_unit(page: _Page, code: str | None, unit: str) -> str:
    """A percent value of a code stated in percentage points is in points ("Tỷ lệ hộ nghèo giảm
    (%) | 1,06 | 0,7%": POVERTY_RATE_REDUCTION, 0.7 points)."""
    if code and unit == "percent" and page.lex.indicator_info[code]["unit"] == "percentage_point":
        return "percentage_point"
    return unit


def _unit_from_code(page: _Page, row: FlatRow) -> FlatRow:
    """A row whose name and cell give no unit takes the unit of the indicator its name
    names: "Số bác sĩ trên vạn dân | 15 - 16" counts doctors."""
    for phrase in page.lex.indicators.find(page.text, *row.label):
        return dataclasses.replace(row, unit=page.lex.indicator_info[phrase.value]["unit"])
    return row


def _table_code(page: _Page, row: FlatRow) -> tuple[str | None, str]:
    """The code and label of a table row: the first phrasing in its name whose unit suits the
    value, else uncoded with the name (without its bracketed unit) as label."""
    for phrase in page.lex.indicators.find(page.text, *row.label):
        if _unit_suits(phrase.value, row.unit, page.lex):
            return switch_code(phrase.value, row.unit, row.words, page.lex), phrase.phrase
    return None, page.text[row.label[0] : row.label[1]]


def indicator_rows(
    article_id: str,
    text: str,
    paragraph_spans: list[Span],
    horizon: int | None,
    lex: Lexicons,
    units: UnitTable,
    published_year: int | None = None,
) -> list[dict]:
    """Rows of the ``indicators`` table for one article (without document/objective links).

    ``horizon`` is the default target year; ``published_year``, when known, is the first year
    a target can be due in (earlier years are results).
    """
    frame = page_frame(text, lex, published_year)
    horizon = horizon or _marked_year(text, published_year)
    strict = _results_page(text, paragraph_spans, frame, lex, published_year)
    cues = Cues(lex, published_year, frame.context, strict=strict, plan_year=frame.plan_year)
    page = _Page(article_id, text, lex, units, cues, frame, horizon, paras=paragraph_spans)
    columned = column_tables(text, paragraph_spans, lex, units) + spaced_tables(text, paragraph_spans, lex, units)
    taken = set().union(*(t.spans for t in columned)) if columned else set()
    tables = columned + flat_tables(text, [p for p in paragraph_spans if p not in taken], lex, units)
    _read_paragraphs(page, paragraph_spans, tables)
    _read_tables(page, paragraph_spans, tables)
    rows = [
        r
        for r in _not_past(page, published_year)
        if not _restates_coded(r, page) and not _said_in_words(r, page) and not _headline_restates(r, page)
    ]
    code_parts(text, rows, lex)
    code_shares(text, rows, lex, units, lambda code, unit: switch_code(code, unit, "", lex))
    code_labels(rows, lex, lambda code, unit: switch_code(code, unit, "", lex))
    uncode_implausible(rows)
    uncode_year_parts(text, rows, lex)
    return assign_statement_ids(rows, "ind", "indicator_id")


def _marked_year(text: str, published_year: int | None) -> int | None:
    """The year of a scraper's ``date 2023-04`` marker on a page that names no year and has no
    published date (a month is no date): the page plans the year it was written in, the default
    target year of its rows (CONVENTIONS target_year fallback)."""
    if published_year is not None:
        return None
    mark = marker(text[:400].splitlines())
    return mark[0] if mark else None


def _read_paragraphs(page: _Page, paragraph_spans: list[Span], tables: list[FlatTable]) -> None:
    """Step 1: the running paragraphs, outside flat tables and a legal text's header; a list's
    context carries from one paragraph to the next."""
    skip = set().union(*(t.spans for t in tables)) if tables else set()
    skip |= _legal_header(page, paragraph_spans)
    carry = None
    for para in paragraph_spans:
        carry = None if para in skip else _paragraph_rows(page, para, carry)


def _read_tables(page: _Page, paragraph_spans: list[Span], tables: list[FlatTable]) -> None:
    """Step 2: each flat table, in the context of the paragraph before it."""
    for table in tables:
        first = table.header[0] if table.header else min(table.spans)
        before = [p for p in paragraph_spans if p[1] <= first[0]]
        _table_rows(page, table, before[-1] if before else None)


def _results_page(text: str, paras: list[Span], frame: Frame, lex: Lexicons, published_year: int | None) -> bool:
    """Whether only a statement's own cues can make it a target: a page whose title reports
    results ("Kết quả kinh tế - xã hội 6 tháng đầu năm 2024") and names no later year than its
    publication ("... tăng trưởng xanh đến năm 2030" looks ahead: not such a page)."""
    if frame.kind != "results" or not paras:
        return False
    title = paras[0]
    years = [y for _, _, y, _ in dates.find_years(text, cue_words(lex), *title)]
    years += [y2 for _, _, _, y2 in dates.find_periods(text, *title)]
    return not any(published_year is None or y > published_year for y in years)


def _legal_header(page: _Page, paragraph_spans: list[Span]) -> set[Span]:
    """The upper-case title lines of a legal text, before its first preamble paragraph ("Căn
    cứ ..."): "VỀ NHIỆM VỤ, GIẢI PHÁP ... VỚI MỤC TIÊU TĂNG TRƯỞNG NĂM 2025 ĐẠT 8% TRỞ LÊN" names
    what the text is about (often a higher level's aim), it sets no target of its own."""
    first = next((i for i, p in enumerate(paragraph_spans) if page.words.preamble.match(page.folded, *p)), None)
    if first is None:
        return set()
    return {p for p in paragraph_spans[:first] if page.text[p[0] : p[1]].isupper()}


def _values(row: dict) -> tuple:
    return row["comparator"], row["value_low"], row["value_high"], row["unit"], row["target_year"]


def _restates_coded(row: dict, page: _Page) -> bool:
    """Whether an uncoded row restates another row of the article in other words (a headline
    "đặt mục tiêu tăng trưởng năm 2025 trên 13%"): same values as a coded row, or as an
    uncoded row quoted at more length (the first such row is kept on a tie), in another
    paragraph. An ``achieve`` row states no value another row could share: two checkable
    states due the same year are two aims ("trở thành thành phố trực thuộc Trung ương" and "nằm
    trong nhóm dẫn đầu cả nước")."""
    if row["indicator_code"] is not None or row["comparator"] == "achieve":
        return False
    for r in page.found.values():
        if r is row or _values(r) != _values(row) or _same_paragraph(page.text, r, row):
            continue
        if r["indicator_code"] is None and not _labels_overlap(r["label_vi"], row["label_vi"]):
            continue  # "100% hồ sơ công việc ..." and "100% các sự kiện văn hóa ...": two shares
        if r["indicator_code"] is not None or len(r["quote"]) > len(row["quote"]):
            return True
        if len(r["quote"]) == len(row["quote"]) and r["char_start"] < row["char_start"]:
            return True
    return False


def _labels_overlap(a: str, b: str) -> bool:
    """Whether two uncoded labels share at least half the words of the shorter one: they may
    name the same thing; labels that share less name two things that happen to share a value."""
    wa, wb = set(fold_short(a).lower().split()), set(fold_short(b).lower().split())
    return 2 * len(wa & wb) >= min(len(wa), len(wb))


def _said_in_words(row: dict, page: _Page) -> bool:
    """Whether a value written in words ("tăng trưởng hai con số", "2 con số": ``value_words.csv``;
    its digits are no figure) only heralds a figure its paragraph states for the same indicator
    and year ("kịch bản tăng trưởng hai con số, đặt mục tiêu GRDP bình quân trên 10,5%/năm"): the
    figure is the target. A figure of its unit that follows in its sentence, with no other
    indicator named between ("kinh tế vẫn tăng ở mức hai con số, ước đạt 11,2%"), is
    the figure the words herald, whether it is a target or an estimate."""
    if row["indicator_code"] is None or row["comparator"] == "achieve" or _figure(row["quote"], page.lex):
        return False  # uncoded rows name different things ("gấp đôi" beside "gấp 1,5 lần")
    if _figure_follows(row, page):
        return True
    return any(
        r is not row
        and r["indicator_code"] == row["indicator_code"]
        and r["target_year"] == row["target_year"]
        and r["comparator"] != "achieve"
        and _figure(r["quote"], page.lex)
        and _same_paragraph(page.text, r, row)
        for r in page.found.values()
    )


def _figure_follows(row: dict, page: _Page) -> bool:
    """Whether the next figure after a value in words, in its sentence, is of the row's unit with
    no indicator phrasing between them (``_said_in_words``)."""
    end = row["char_end"]
    stop = re.search(r"[.;!?](?:\s|$)|\n", page.text[end:])
    sentence_end = end + stop.start() if stop else len(page.text)
    figures = page.units.find(page.text, end, sentence_end)
    if not figures or figures[0].unit != row["unit"]:
        return False
    return not page.lex.indicators.find(page.text, end, figures[0].start)


def _headline(page: _Page, pos: int) -> bool:
    """Whether ``pos`` stands in a headline: a short line that ends with no punctuation."""
    start = page.text.rfind("\n", 0, pos) + 1
    end = page.text.find("\n", pos)
    line = page.text[start : end if end >= 0 else len(page.text)].rstrip()
    return len(line) <= _HEADLINE and not line.endswith((".", ";", ":", "!", "?", "…"))


_HEADLINE = 200  # characters: a longer line is a paragraph of the body


def _headline_restates(row: dict, page: _Page) -> bool:
    """Whether a headline's row only restates in short a target the body states ("đặt mục
    tiêu tăng trưởng GRDP 8,5% năm 2025" over "mục tiêu tăng trưởng đạt 8,5% trở lên trong năm
    2025"; "phấn đấu tăng trưởng đạt hai con số" over "tăng 10 - 10,5%"): a row of the same code
    and year (or a headline naming no year) in a body line, with the same figures (the headline drops the comparator) or,
    for a value in words, with a figure."""
    if not _headline(page, row["char_start"]):
        return False
    if row["indicator_code"] is None and row["comparator"] == "achieve":
        return _headline_standing(row, page)
    if row["indicator_code"] is None or (row["comparator"] != "eq" and _figure(row["quote"])):
        return False
    in_words = not _figure(row["quote"])
    return any(
        r["indicator_code"] == row["indicator_code"]
        and row["target_year"] in (r["target_year"], None)
        and r["comparator"] != "achieve"
        and not _headline(page, r["char_start"])
        and (
            (in_words and _figure(r["quote"]))
            or (r["value_low"], r["value_high"]) == (row["value_low"], row["value_high"])
        )
        for r in page.found.values()
    )


def _headline_standing(row: dict, page: _Page) -> bool:
    """Whether a headline's uncoded ``achieve`` row, in a headline naming no year, restates in
    short a standing the body states ("phấn đấu thuộc nhóm phát triển khá của châu Á" over "Đến
    năm 2045, ... thuộc nhóm thành phố phát triển khá của châu Á"): its label ends with the
    same words (the level and whom it is measured against) as the label of an uncoded achieve
    row of a body line."""
    start = page.text.rfind("\n", 0, row["char_start"]) + 1
    end = page.text.find("\n", row["char_start"])
    if _stated_years(page, start, end if end >= 0 else len(page.text)):
        return False
    tail = fold_short(row["label_vi"]).split()[-_STANDING_TAIL:]
    return any(
        r["indicator_code"] is None
        and r["comparator"] == "achieve"
        and not _headline(page, r["char_start"])
        and fold_short(r["label_vi"]).split()[-_STANDING_TAIL:] == tail
        for r in page.found.values()
    )


_STANDING_TAIL = 4  # words: "khá của châu á", "trung bình của cả nước" ends the same way


def _figure(quote: str, lex: Lexicons | None = None) -> bool:
    """Whether a quote writes a figure in digits (years aside: "hai con số năm 2026" has none;
    with ``lex``, the digits of a value in words too: "2 con số" is no figure)."""
    if lex is not None:
        for m in reversed(_value_words(lex).find(quote, 0, len(quote))):
            quote = quote[: m.start] + " " + quote[m.end :]
    return bool(re.search(r"\d", re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", quote)))


def _same_paragraph(text: str, a: dict, b: dict) -> bool:
    """Whether two rows stand in one paragraph (a paragraph states each of its values once:
    two rows with equal values there are two targets, not a restatement)."""
    lo, hi = sorted((a["char_start"], b["char_start"]))
    return "\n" not in text[lo:hi]


def _not_past(page: _Page, published_year: int | None) -> list[dict]:
    """Step 10: drop rows due before the first year a target can be due in. A plan figure in
    brackets names its plan ("(kế hoạch tăng 7%)"): due in the publication year, it is a target
    even on a page that plans the year after."""
    if published_year is None:
        return list(page.found.values())
    first = published_year
    if page.frame.kind in ("target_setting", "mixed") and page.frame.plan_year == published_year + 1:
        first = published_year + 1
    return [
        r
        for k, r in page.found.items()
        if r["target_year"] is None or r["target_year"] >= (published_year if k in page.planned else first)
    ]


def _scope_year(page: _Page, sentence: Span, clause: Span, heading: Span | None) -> int | None:
    """The year that scopes a clause stating none: the last year said earlier in its sentence
    with a value after it ("Mục tiêu đến năm 2025, GRDP tăng 7%; đến năm 2030 tăng 8%; tỷ lệ ...
    đạt 80%" -> 2030), else the first year said earlier ("đến năm 2025 trở thành tỉnh khá và
    đến năm 2045 là tỉnh ...; tốc độ tăng trưởng 8%/năm" -> 2025: a far aim with no value is no
    scope), else the end of a plan period said earlier in its sentence, else the first year of
    the heading of its list ("Các chỉ tiêu chủ yếu đến năm 2030:"),
    else the end of the period that heading names, else None."""
    before = _stated_years(page, sentence[0], clause[0])
    valued = [y for y in before if page.units.find(page.text, y[1], clause[0])]
    if before:
        return (valued or before[:1])[-1][2]
    published = page.cues.published_year
    periods = [p for p in dates.find_periods(page.text, sentence[0], clause[0]) if not published or p[3] >= published]
    if periods:  # "phấn đấu tăng trưởng giai đoạn 2021-2025 tăng 10%/năm; GRDP bình quân đầu người ..."
        return periods[-1][3]
    if heading:
        years = _stated_years(page, *heading)
        if years:
            return years[0][2]
        periods = dates.find_periods(page.text, *heading)
        if periods:  # "Bình quân giai đoạn 2021 - 2025:" -> due by the period's end
            return periods[0][3]
    return None


def _after_review(page: _Page, sentence: Span) -> int | None:
    """The year a sentence that sets aims after recalling results ("Trước những kết quả này,
    tỉnh đề ra 21 chỉ tiêu ...": ``review_lead``) plans for when it states no year of its own:
    the year after the last year stated before it ("... trong năm 2023 ... đạt 2,47%" -> 2024),
    that year itself when it was reviewed in part ("6 tháng đầu năm 2024": ``partial_year``)."""
    if not page.words.review_lead.find(page.text, *sentence) or _stated_years(page, *sentence):
        return None
    before = _stated_years(page, 0, sentence[0])
    if not before:
        return None
    start, end, year, _ = before[-1]
    stated_in = next((s for s in sentences(page.text, (0, len(page.text))) if s[0] <= start < s[1]), (start, end))
    return year if page.words.partial_year.search(page.folded, *stated_in) else year + 1


def _part_of_year(page: _Page, sentence: Span) -> int | None:
    """The year of a sentence about part of a year that names none ("Trong 6 tháng cuối năm,
    tỉnh phấn đấu ..."): the year last named with such words before it ("... nhiệm vụ 6 tháng
    cuối năm 2024": ``partial_year``), else None."""
    partial = page.words.partial_year
    if not partial.search(page.folded, *sentence) or _stated_years(page, *sentence):
        return None
    named = [y for s, e, y, _ in _stated_years(page, 0, sentence[0]) if partial.search(page.folded, max(0, s - 25), e)]
    return named[-1] if named else None


def _year_start(text: str, clause: Span, phrase_start: int, words: CueWords) -> int:
    """Start of a year mention ("năm 2021 đạt ...") right before a phrasing, else the phrasing;
    never a baseline ("so với năm 2023, thu nhập ..." starts at the phrasing)."""
    years = [
        s
        for s, e, _, _ in dates.find_years(text, words, *clause)
        if 0 <= phrase_start - e <= 12 and not words.baseline.search(fold(text[max(0, s - 30) : s]))
    ]
    return years[-1] if years else phrase_start


def _joint_year(page: _Page, clause: _Clause | None, year: int | None) -> int | None:
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


def _keep(page: _Page, code: str | None, label: str, value: tuple, span: Span, clause: _Clause | None = None) -> tuple:
    """Record a row; one row per (code or label, comparator, values, year), the longest quote
    kept (ids are given at the end: they name the statement, never its values). A statement
    that is a target only by the page frame and names a year before the frame's plan year
    reviews the past ("Năm 2021, chỉ số PCI xếp thứ 36/63" on a page aiming at 2025): skipped.
    Returns the row's key."""
    comparator, low, high, unit, year = value
    key = (code or f"label:{fold_short(label)}", comparator, low, high, year)
    if clause is not None and clause.min_year and year is not None and year < clause.min_year:
        return key
    other = _joint_year(page, clause, year)
    if other is not None and not page.words.duration.search(page.folded, *span):  # "sau 5 năm ...": its own time
        _keep(page, code, label, (comparator, low, high, unit, other), span)
    start, end = span
    quote = page.text[start:end]
    if key in page.found and len(page.found[key]["quote"]) >= len(quote):
        return key
    page.found[key] = {
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
        "quote": quote,
        "char_start": start,
        "char_end": end,
    }
    return key
