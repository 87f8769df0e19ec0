"""Pairing a quantity with the curated phrasing it counts.

The phrasing written right after the number ("có ít nhất 95 xã đạt chuẩn nông thôn mới"), else
the nearest one before it in the clause; scoped phrasings valid under a list's cue ("Cơ cấu kinh
tế: công nghiệp - xây dựng khoảng 56%"); the code's unit switches (``unit_switches.csv``: "GRDP
bình quân đầu người ... USD" is GRDP_PER_CAPITA_USD).
"""

from __future__ import annotations

import re

import pandas as pd
from pipelines.curation.lexicons import Lexicons
from pipelines.extract.numbers import Quantity
from pipelines.extract.subjects import counted_subject, subject_of_words
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span
from pipelines.text.memo import per_table
from pipelines.extract.indicators.comparators import cue_start, continues, past_earlier, past_comparator
from pipelines.extract.indicators.page import AGE_UNIT, Page, Clause, segment_around
from pipelines.extract.indicators.quantities import restated_in_brackets
from pipelines.text.years import YEAR
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.unit_kept import keeps_unit


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


def same_counted(total: str, part: str, lex: Lexicons) -> bool:
    """Whether a total of code ``total`` counts what a part of code ``part`` counts: the same
    code, or an increment and its stock (a word switches one count to the other,
    ``unit_switches.csv``): "có thêm 120 sản phẩm OCOP, trong đó có 13 sản phẩm OCOP 4 sao"."""
    return total == part or any(
        sw.indicator_code == part and sw.switch_to == total and sw.value_unit == "count" and sw.gap_cue
        for sw in lex.unit_switches
    )


def pair(page: Page, phrases: list[Match], q: Quantity) -> Match | None:
    before = [p for p in phrases if p.end <= q.start]
    if not before:
        return None
    best = before[-1]
    for i in range(len(before) - 1, 0, -1):
        prev = before[i - 1]
        if before[i] is best and page.words.complement.match(page.folded[prev.end : best.start]):
            best = prev
    return best


def _counted(page: Page, phrases: list[Match], q: Quantity) -> Match | None:
    """The phrasing a number counts when it is written after the number: it starts inside the
    quantity's unit ("95 xã đạt chuẩn nông thôn mới": unit "xã") or right after it ("50% số
    xã đạt chuẩn nông thôn mới"); None otherwise."""
    for p in phrases:
        if q.start < p.start < q.end or (
            p.start >= q.end
            and page.words.counted_gap.fullmatch(page.folded, past_comparator(page, q.end, p.start), p.start)
        ):
            return p  # "80% trở lên xã, phường, thị trấn an toàn về an ninh, trật tự": past "trở lên"
    return None


def joined_past_comparator(page: Page, clause: Span, phrases: list[Match]) -> list[Match]:
    """``phrases`` with the phrasings a comparator splits from the noun of the count before it
    ("02 xã trở lên đạt chuẩn nông thôn mới" is "02 xã đạt chuẩn nông thôn mới", at least 2):
    the noun and the words after "trở lên" read as one phrasing, which takes the place of the
    shorter one found after the comparator."""
    out = list(phrases)
    for q in page.units.find(page.text, *clause):
        noun = re.search(r"[^\W\d_][\w ]*$", page.text[q.start : q.end]) if q.unit == "count" else None
        if noun is None:
            continue
        after = page.lex.comparators_after.find(page.text, q.end, clause[1])
        gap_end = after[0].end if after and not page.folded[q.end : after[0].start].strip() else None
        gap_end = gap_end or _recognition_end(page, q.end, clause[1], fold(noun.group()))
        shared = None if gap_end else coordinated_count_end(page, q, clause[1])
        gap_end = gap_end or shared
        if gap_end is None:
            continue
        head = page.text[q.start + noun.start() : q.end]
        rest = page.text[gap_end : clause[1]]
        joined = f"{head}{rest}"
        for m in page.lex.indicators.find(joined, 0, len(joined)):
            if m.start == 0 and m.end > len(head.rstrip()) + 1:
                end = gap_end + m.end - len(head)
                if shared:  # the count after keeps its own phrasing: this one spans its noun only
                    out.append(Match(q.start + noun.start(), q.end, m.value, m.phrase))
                    break
                out = [p for p in out if not (q.end <= p.start < end)]
                out.append(Match(q.start + noun.start(), end, m.value, m.phrase))
                break
    return sorted(out, key=lambda m: m.start)


def coordinated_count_end(page: Page, q: Quantity, end: int) -> int | None:
    """Where the count coordinated right after ``q`` ends, when the two counts share the words
    after the second ("có thêm 8 xã và 01 huyện đạt chuẩn nông thôn mới": "8 xã" is "xã đạt
    chuẩn nông thôn mới" too), joined by a ``coordinate_join`` word or a comma right after the
    noun ("có thêm 4 xã, 1 huyện đạt chuẩn nông thôn mới"); None when no such count follows
    ``q``'s noun."""
    join = compiled(
        page.lex,
        "coordinated_counts",
        lambda lex: re.compile(rf"\s*,\s*|\s+{alternation(role_cues(lex, 'coordinate_join'))}\s+"),
    )
    nxt = next((x for x in page.units.find(page.text, q.end, end) if x.start >= q.end), None)
    if nxt is None or nxt.unit != "count" or nxt.high is not None or not join.fullmatch(page.folded, q.end, nxt.start):
        return None
    return nxt.end if re.search(r"[^\W\d_]", page.text[nxt.start : nxt.end]) else None


_NAME_WORD = re.compile(r",?\s+([^\W\d_]+)")


def names_end(text: str, start: int, end: int) -> int:
    """Where the capitalised names after ``start`` end, commas between them allowed (" Hưng Hà,
    Đông Hưng sẽ ..." -> before " sẽ"); ``start`` when none follows."""
    pos = start
    while (m := _NAME_WORD.match(text, pos, end)) and m.group(1)[0].isupper():
        pos = m.end()
    return pos


def _recognition_end(page: Page, start: int, end: int, noun: str) -> int | None:
    """Where the rest of a count's phrasing starts past the recognition written after its noun
    (``recognition``: "(sẽ) được ... công nhận"), past the names of the units counted before it
    and the noun said again after it: "05 xã được Chủ tịch UBND tỉnh công nhận đạt chuẩn ...",
    "2 huyện Hưng Hà, Đông Hưng sẽ được công nhận huyện đạt chuẩn ..."; None when no
    recognition follows the noun."""
    m = page.words.recognition.match(page.folded, names_end(page.text, start, end), end)
    if m is None:
        return None
    again = re.compile(rf"\s+{re.escape(noun)}(?=\s)").match(page.folded, m.end(), end)
    return again.end() if again else m.end()


def unit_suits(code: str, unit: str, lex: Lexicons) -> bool:
    """Whether a value in ``unit`` can state ``code`` (after unit switches): "3% tổng chi ngân
    sách" is no budget-expenditure value; a percent of a count is a share ("40% số xã đạt
    chuẩn nông thôn mới nâng cao"); a code kept in a second unit takes it too (``keeps_unit``:
    "số trường học đạt chuẩn quốc gia là 120 trường")."""
    switched = switch_code(code, unit, "", lex)
    want = lex.indicator_info[switched]["unit"]
    return (
        want == unit
        or {want, unit} <= {"percent", "percentage_point"}
        or (want, unit) == ("count", "percent")
        or keeps_unit(switched, unit, lex)
    )


def with_scoped(page: Page, phrases: list[Match], clause: Clause) -> list[Match]:
    """``phrases`` plus the scoped phrasings (``indicator_scoped_phrasings.csv``) whose scope
    cue stands earlier in the sentence, or in the clause before them, or in the list heading:
    "Cơ cấu kinh tế: ... dịch vụ khoảng 33%" gives SHARE_SERVICES for "dịch vụ". A scoped
    phrasing takes the place of a regular one written with the very same words (the scope says
    what the bare name measures: "Tỷ trọng trong GRDP của khu vực nông, lâm, thủy sản khoảng
    14%" is a share, not the sector's growth), and yields to one that overlaps it otherwise."""
    text, lex = page.text, page.lex
    sentence, span = clause.sentence, clause.span
    spans = [(sentence[0], span[1])] + ([clause.heading] if clause.heading else [])
    # the sentence's scopes nearest first: a later cue governs the names after it ("tỷ lệ hộ dân
    # sử dụng nước sạch khu vực đô thị ...; tỷ lệ thu gom ... khu vực đô thị đạt 95%": waste)
    said = sorted(lex.indicator_scopes.find(text, *spans[0]), key=lambda m: -m.start)
    opened = [(max(span[0], scope.end), scope.value) for scope in said]
    opened += [(span[0], scope.value) for h in spans[1:] for scope in lex.indicator_scopes.find(text, *h)]
    opened += _opened_by_parts(page, sentence, span)
    kept = list(phrases)
    extra: list[Match] = []
    for start, key in opened:
        for m in lex.scoped_indicators[key].find(text, start, span[1]):
            kept = [p for p in kept if (p.start, p.end) != (m.start, m.end)]
            if not any(p.start < m.end and m.start < p.end for p in kept + extra):
                extra.append(m)
    return sorted(kept + extra, key=lambda m: m.start) if len(kept) < len(phrases) or extra else phrases


def _opened_by_parts(page: Page, sentence: Span, span: Span) -> list[tuple[int, str]]:
    """The scopes a part named earlier in the sentence opens, with where they start: a list of
    parts whose measure is said on its first item only ("Nông, lâm, ngư nghiệp chiếm 12%;
    công nghiệp - xây dựng 42%; dịch vụ 36%": the first is a share, so are the others; "rác
    thải đô thị đạt 96%; khu vực nông thôn đạt 80%"). A part opens every scope of
    ``indicator_scoped_phrasings.csv`` whose phrasings give its code and at least one other."""
    families = scope_families(page.lex)
    return [
        (span[0], key)
        for m in page.lex.indicators.find(page.text, sentence[0], span[0])
        for key in families.get(m.value, ())
    ]


def scope_families(lex: Lexicons) -> dict[str, list[str]]:
    """Code -> the folded scopes whose phrasings give that code and another one."""
    return per_table(lex.tables["indicator_scoped_phrasings.csv"], _families)


def _families(df: pd.DataFrame) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for scope, group in df.groupby("scope", sort=True):
        codes = sorted(set(group["indicator_code"]))
        for code in codes if len(codes) > 1 else []:
            out.setdefault(code, []).append(fold(scope))
    return out


def phrase_for(page: Page, q: Quantity, quantities: list[Quantity], phrases: list[Match]) -> tuple[Match, bool] | None:
    """The phrasing ``q`` is the value of, and whether it is counted (written after the number,
    step 2); None when no phrasing can take it: the nearest one before is counted by another
    number, or another number stands between them and does not carry it on."""
    phrase = _counted(page, phrases, q)
    if phrase is not None and unit_suits(phrase.value, q.unit, page.lex):
        return phrase, True
    if phrase is None:  # "giảm 1,2% hộ nghèo": a subject the percent counts
        subject = counted_subject(page.text, page.folded, (q.end, len(page.text)), q, page.lex, page.units)
        if subject is not None:
            return subject, True
    phrase = pair(page, phrases, q)
    if phrase is None or any(
        _counted(page, phrases, q2) is phrase and not restated_in_brackets(page, q2, q, phrase.end) for q2 in quantities
    ):
        return None  # counted by another number, unless this one restates it in brackets
    named = subject_of_words(page.text, (phrase.end, q.start), q, page.lex)
    if named is not None:
        return None  # "chi ngân sách đảm bảo mục tiêu tăng trưởng hai con số": growth's value, coded by its subject
    if q.unit in ("other", "rank", "count", AGE_UNIT) and not unit_suits(phrase.value, q.unit, page.lex):
        return None  # "tăng gấp 1,8 lần", "nằm trong top 4", "còn 500 hộ" of a rate: not its value (uncoded)
    between = [
        q2
        for q2 in quantities
        if q2.end <= q.start
        and q2.start > phrase.end
        and (q2.unit != AGE_UNIT or unit_suits(phrase.value, AGE_UNIT, page.lex))
    ]
    if between and not (
        continues(page, between[-1].end, q)
        or restated_in_brackets(page, between[-1], q)
        or _growth_of(page, phrase, between[-1].end, q)
        or _same_ranking(between[-1], q)
        or measured_against(page, between[-1], q)
    ):
        return None
    return phrase, False


_TARGET_NAMED = re.compile(r"[^\d,;()]{0,30}")  # words naming whose target it is: " Chính phủ giao là "


def measured_against(page: Page, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the target the figure before it is measured against ("đạt 10%, cao hơn
    chỉ tiêu 8% Chính phủ giao", "10,3% so với năm 2024, cao hơn chỉ tiêu 10%": ``measured_lead``
    then a target cue right before the value): the target of the same indicator. So is the
    target named after the difference an aim passes it by ("đạt 9,5%, cao hơn 1,5 điểm phần trăm
    so với chỉ tiêu 8%": ``_passed_by``)."""
    cue = cue_start(page, prev.end, q)
    start = past_earlier(page, prev.end, cue)
    if _passed_by(page, start, cue):
        return True
    lead = page.words.measured_lead.match(page.folded, start, cue)
    hits = page.lex.target_cues.find(page.text, lead.end(), cue) if lead else []
    return bool(
        lead and hits and hits[0].start == lead.end() and _TARGET_NAMED.fullmatch(page.folded, hits[-1].end, cue)
    )


_AIM_YEAR = re.compile(rf"\s*(?:[^\W\d]+\s+){{1,2}}{YEAR}(?!\d|[.,]\d)")  # " cho năm 2025"


def _passed_by(page: Page, start: int, cue: int) -> bool:
    """Whether the words from ``start`` to ``cue`` give the difference an aim passes a target by
    and then name that target ("cao hơn 1,5 điểm phần trăm so với chỉ tiêu 8%": a
    ``measured_lead`` word, the difference, ``difference_base`` words right after it), past the
    year of the aim ("đạt 9% cho năm 2025, cao hơn 0,2 điểm phần trăm so với mục tiêu 8,8%")."""
    year = _AIM_YEAR.match(page.folded, start, cue)
    lead = page.words.measured_lead.match(page.folded, year.end() if year else start, cue)
    if lead is None:
        return False
    found = page.units.find(page.text, lead.end(), cue)
    if len(found) != 1 or found[0].start != lead.end():
        return False
    base = page.words.difference_base.match(page.folded, found[0].end, cue)
    return bool(base and _TARGET_NAMED.fullmatch(page.folded, base.end(), cue))


def _same_ranking(prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` goes on ranking the index the standing before it ranks: "chỉ số DTI tăng
    2 - 3 bậc, nằm trong nhóm 20 tỉnh dẫn đầu" states the places gained and then the group of
    one index (both in places: unit rank), the group is that index's rank."""
    return prev.unit == "rank" and q.unit == "rank"


def _growth_of(page: Page, phrase: Match, prev_end: int, q: Quantity) -> bool:
    """Whether ``q`` is the growth of the amount before it ("tổng mức bán lẻ ... đạt 120.000 tỷ
    đồng, tăng 15%": ``growth_after``): the unit switches make the phrasing a rate, and no
    ``plan_compare`` words follow ("tăng 7% so với dự toán" exceeds a plan, it is no growth)."""
    cue = cue_start(page, prev_end, q)  # the growth word may open the comparator: "tăng từ 12%"
    m = page.words.growth_after.match(page.folded, past_earlier(page, prev_end, cue), q.start)
    if not m or m.end() < cue or page.words.plan_compare.match(page.folded, q.end):
        return False
    code = switch_code(phrase.value, q.unit, page.folded[phrase.end : q.start], page.lex)
    return code != phrase.value and unit_suits(code, q.unit, page.lex)


def switch_gap(
    page: Page, clause: Span, lo: int, q: Quantity, phrase: Match, counted: bool, quantities: list[Quantity]
) -> str:
    """The words that may switch a code (``switch_code``): those between the phrasing and the
    number, or, for a number written before the phrasing it counts, the words before the number
    in its comma segment ("giảm 1% tỷ lệ hộ nghèo": the verb before the value says it is a
    reduction, as in "tỷ lệ hộ nghèo giảm 1%"). A standing after another of its index
    (``_same_ranking``) is switched by the words after that one only: the "tăng" of "tăng 2 - 3
    bậc, nằm trong nhóm 20 tỉnh dẫn đầu" gains places, the group is no gain. A figure listed after
    another (``_listed_after``, across a ';' too) is switched by the first's words as well: "có
    thêm 6 xã đạt chuẩn nông thôn mới; 2 xã đạt chuẩn nâng cao" is two increments."""
    if not counted:
        ranked = [r.end for r in quantities if phrase.end <= r.start and r.end <= q.start and _same_ranking(r, q)]
        return page.folded[max([phrase.end, *ranked]) : q.start]
    own = page.folded[max(lo, segment_around(page.text, clause, q.start)[0]) : q.start]
    prior = [r for r in quantities if r.end <= q.start]
    if not prior and page.text[: clause[0]].rstrip().endswith(";") and _bare_item(page, clause):
        # the list goes on after a ';' (an item with words of its own after its phrasing starts afresh)
        opened = max(page.text.rfind(c, 0, page.text.rfind(";", 0, clause[0])) for c in ".;!?\n") + 1
        clause, quantities = (opened, clause[0]), page.units.find(page.text, opened, clause[0])
        prior = list(quantities)
    if prior and _listed_after(page, prior[-1], q):
        r = prior[-1]
        before = [p.end for p in quantities if p.end <= r.start]
        return switch_gap(page, clause, max([clause[0], *before]), r, phrase, True, quantities) + own
    return own


def _bare_item(page: Page, clause: Span) -> bool:
    """Whether a ';' item is only its figures and the phrasing they count, with no words of its
    own after it: "...; 2 xã đạt chuẩn nông thôn mới nâng cao" goes on with the list before it,
    "...; 120 sản phẩm OCOP được xếp hạng 3 sao" has a predicate of its own (CONVENTIONS, session
    37: an item with its own verb starts afresh)."""
    found = page.lex.indicators.find(page.text, *clause)
    return bool(found) and not re.search(r"\w", page.text[max(m.end for m in found) : clause[1]])


_LISTED = re.compile(r"(?:\s+[^\W\d_]+){1,10}\s*[,;]\s*")


def _listed_after(page: Page, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the next figure of a list after ``prev``, named as it is and joined by a
    comma, a ';' or a ``coordinate_join`` word with nothing of its own before it, or the count
    sharing the words after it with ``prev`` (``coordinated_count_end``): a word before
    the first ("thêm") covers it ("có thêm 6 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nâng cao
    và 1 xã đạt chuẩn kiểu mẫu": three increments, CONVENTIONS session 33)."""
    if prev.unit != q.unit or prev.high is not None or q.high is not None:
        return False
    if coordinated_count_end(page, prev, q.end) == q.end:
        return True  # "thêm 4 xã, 1 huyện đạt chuẩn ...": two counts before the words they share
    between = page.folded[prev.end : q.start]
    return bool(_LISTED.fullmatch(between) or page.words.coordinate_join.fullmatch(" " + between))


def is_named(q: Quantity, phrases: list[Match]) -> bool:
    """Whether a number is written inside a phrasing, after its first word: it is part of the
    name, not a value ("giá trị sản phẩm thu hoạch trên 1 ha đạt 150 triệu đồng": the 1 ha)."""
    return any(p.start < q.start and q.end <= p.end for p in phrases)


def rate_unit(page: Page, code: str | None, unit: str) -> str:
    """A percent value of a code stated in percentage points is in points ("Tỷ lệ hộ nghèo giảm
    (%) | 1,06 | 0,7%": POVERTY_RATE_REDUCTION, 0.7 points)."""
    if code and unit == "percent" and page.lex.indicator_info[code]["unit"] == "percentage_point":
        return "percentage_point"
    return unit
