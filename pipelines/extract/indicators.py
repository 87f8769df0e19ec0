"""Indicator targets in an article -> ``indicators`` rows.

Steps, clause by clause (``;`` and ``:`` end a clause):
1. find curated indicator phrasings ("tốc độ tăng trưởng GRDP", "đóng góp của TFP") and
   quantities with a curated unit ("7 - 7,5%", "1.573,1 tỷ đồng", "1,5%/năm");
2. pair each quantity with the phrasing it counts when that is written right after the number
   ("có ít nhất 95 xã đạt chuẩn nông thôn mới", "50% số xã đạt chuẩn ...", "4,5 triệu lượt
   khách du lịch": the unit is the phrasing's head noun), else with the nearest phrasing before
   it in the clause (a phrasing that only complements another — "đóng góp của TFP vào tăng
   trưởng kinh tế" — yields to the head);
   the code may switch with the unit or a word in between (``unit_switches.csv``: "GRDP bình
   quân đầu người ... USD" is GRDP_PER_CAPITA_USD);
3. keep it only if the clause reads as a target (``context.classify``): results and estimates
   ("ước đạt", "so với cùng kỳ") are never indicators;
4. the comparator comes from the curated cue right before the number ("trên", "không dưới",
   "xuống còn") or after it ("trở lên"); a range is ``between``;
5. the target year is the nearest year in the same comma segment ("năm 2021 đạt ...", "trước
   năm 2025"), else in the clause, else earlier in the sentence ("Mục tiêu đến năm 2025, ...;
   ..."), else in the heading of the list ("Các chỉ tiêu chủ yếu đến năm 2030:"), else the
   article's plan horizon;
6. a checkable phrasing with no quantity ("đạt chuẩn nông thôn mới", "PCI ... nhóm đầu") in a
   target clause is an ``achieve`` row;
7. one row per (code, comparator, values, year): the longest statement is kept.
"""
from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.context import classify, heading_contexts, list_headings
from pipelines.extract.numbers import Quantity, UnitTable
from pipelines.extract.ids import row_id
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, clauses, sentences

# Words that may stand between a comparator cue and its number: "ở mức trên 50%", "từ 7%".
_FILLER = re.compile(r"(?:\s|\b(?:tư|mưc|ơ|la|vao|khoang thơi gian)\b)*$")
# A phrasing joined to an earlier one by these words complements it ("đóng góp của TFP vào
# tăng trưởng kinh tế"): the earlier phrasing is the indicator.
_COMPLEMENT = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:vao|cua|trong|đôi vơi)\s*$")
# Words allowed between a number and the phrasing it counts: "50% (trong tổng) số xã ...".
_COUNTED_GAP = re.compile(r"\s*(?:(?:trong\s+)?(?:tông\s+)?sô\s+)?")


def unit_table(lex: Lexicons) -> UnitTable:
    """The curated units as a quantity finder."""
    rows = lex.tables["units.csv"].to_dict("records")
    return UnitTable([(r["phrase"], r["unit"], float(r["multiplier"])) for r in rows])


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


def _comparator(text: str, folded: str, lo: int, q: Quantity, lex: Lexicons) -> str:
    after = [m for m in lex.comparators_after.find(text, q.end, min(len(text), q.end + 20))
             if not folded[q.end:m.start].strip()]
    if after:
        return after[0].value
    if q.high is not None:
        return "between"
    window = max(lo, q.start - 40)
    for m in reversed(lex.comparators_before.find(text, window, q.start)):
        if _FILLER.fullmatch(folded[m.end:q.start]):
            return m.value
    return "eq"


def _cue_start(text: str, folded: str, lo: int, q: Quantity, lex: Lexicons) -> int:
    """Start of the comparator cue right before a number ("có ít nhất 95 xã" -> at "ít"),
    else the number's start."""
    for m in reversed(lex.comparators_before.find(text, max(lo, q.start - 40), q.start)):
        if _FILLER.fullmatch(folded[m.end:q.start]):
            return m.start
    return q.start


def _segment(text: str, clause: Span, pos: int) -> Span:
    """The comma-delimited segment of ``clause`` around ``pos`` (decimal commas do not count)."""
    cuts = [m.start() for m in re.finditer(r",(?!\d)", text[clause[0]:clause[1]])]
    cuts = [clause[0] + c for c in cuts]
    start = max([c + 1 for c in cuts if c < pos] or [clause[0]])
    end = min([c for c in cuts if c >= pos] or [clause[1]])
    return start, end


def _year(text: str, clause: Span, span: Span, prefer_after: bool) -> int | None:
    candidates = [(s, e, y) for s, e, y, _ in dates.find_years(text, *clause)]
    candidates += [(s, e, y2) for s, e, _, y2 in dates.find_periods(text, *clause)]
    if not candidates:
        return None
    seg = _segment(text, clause, span[0])
    seg_end = _segment(text, clause, span[1] - 1)[1]
    inside = [c for c in candidates if seg[0] <= c[0] < seg_end]
    pool = inside or candidates
    def distance(c):
        before = c[1] <= span[0]
        gap = span[0] - c[1] if before else max(0, c[0] - span[1])
        return (gap, before if prefer_after else not before)
    return min(pool, key=distance)[2]


def _pair(phrases: list[Match], q: Quantity, folded: str) -> Match | None:
    before = [p for p in phrases if p.end <= q.start]
    if not before:
        return None
    best = before[-1]
    for i in range(len(before) - 1, 0, -1):
        prev = before[i - 1]
        if before[i] is best and _COMPLEMENT.match(folded[prev.end:best.start]):
            best = prev
    return best


def _counted(phrases: list[Match], q: Quantity, folded: str) -> Match | None:
    """The phrasing a number counts when it is written after the number: it starts inside the
    quantity's unit ("95 xã đạt chuẩn nông thôn mới": unit "xã") or right after it ("50% số
    xã đạt chuẩn nông thôn mới"); None otherwise."""
    for p in phrases:
        if q.start < p.start < q.end or (p.start >= q.end and _COUNTED_GAP.fullmatch(folded, q.end, p.start)):
            return p
    return None


def indicator_rows(article_id: str, text: str, paragraph_spans: list[Span],
                   horizon: int | None, lex: Lexicons, units: UnitTable) -> list[dict]:
    """Rows of the ``indicators`` table for one article (without document/objective links)."""
    folded = fold(text)
    headings = heading_contexts(text, lex)
    heads = list_headings(text)
    found: dict[tuple, dict] = {}
    for para in paragraph_spans:
        for sent in sentences(text, para):
            for clause in clauses(text, sent):
                default_year = _scope_year(text, sent, clause, heads.get(para)) or horizon
                context = classify(text, clause, sent, para, headings.get(para, ""), lex)
                if context != "target":
                    continue
                phrases = lex.indicators.find(text, *clause)
                if not phrases:
                    continue
                quantities = units.find(text, *clause)
                used: set[int] = set()
                for k, q in enumerate(quantities):
                    phrase = _counted(phrases, q, folded)
                    counted = phrase is not None
                    if not counted:
                        phrase = _pair(phrases, q, folded)
                        if phrase is None or any(_counted(phrases, q2, folded) is phrase for q2 in quantities):
                            continue
                        if any(q2.end <= q.start and q2.start > phrase.end for q2 in quantities):
                            continue  # another number sits between the phrasing and this one
                    used.add(id(phrase))
                    code, unit, low, high = phrase.value, q.unit, q.low, q.high
                    lo = max(clause[0], quantities[k - 1].end if k else clause[0]) if counted else phrase.end
                    comparator = _comparator(text, folded, lo, q, lex)
                    code = switch_code(code, unit, "" if counted else folded[phrase.end:q.start], lex)
                    info = lex.indicator_info[code]
                    if info["unit"] == "percentage_point" and unit == "percent":
                        unit = "percentage_point"
                    first = min(phrase.start, q.start)
                    year = _year(text, clause, (first, max(q.end, phrase.end)), prefer_after=False) or default_year
                    start = min(first, _year_start(text, clause, first))
                    if counted:
                        start = min(start, _cue_start(text, folded, lo, q, lex))
                    end = max(q.end, phrase.end)
                    after = lex.comparators_after.find(text, q.end, min(len(text), q.end + 20))
                    if after and not folded[q.end:after[0].start].strip():
                        end = max(end, after[0].end)
                    _keep(found, article_id, text, code, comparator, low, high, unit, year, phrase, start, end, lex)
                for phrase in phrases:
                    if id(phrase) in used:
                        continue
                    info = lex.indicator_info[phrase.value]
                    seg = _segment(text, clause, phrase.start)
                    achieve_cue = lex.achieve_cues.find(text, phrase.end, seg[1])
                    if info["value_kind"] != "checkable" and not achieve_cue:
                        continue
                    end = achieve_cue[-1].end if achieve_cue else phrase.end
                    year = _year(text, clause, (phrase.start, end), prefer_after=True) or default_year
                    yrs = [e for s, e, y, _ in dates.find_years(text, end, seg[1]) if y == year]
                    if yrs:
                        end = yrs[0]
                    _keep(found, article_id, text, phrase.value, "achieve", None, None, None, year,
                          phrase, phrase.start, end, lex)
    return list(found.values())


def _scope_year(text: str, sentence: Span, clause: Span, heading: Span | None) -> int | None:
    """The year that scopes a clause stating none: the last year said earlier in its sentence
    ("Mục tiêu đến năm 2025, ...; tỷ lệ ... đạt 80%"), else the first year of the heading of its
    list ("Các chỉ tiêu chủ yếu đến năm 2030:"), else None."""
    before = dates.find_years(text, sentence[0], clause[0])
    if before:
        return before[-1][2]
    if heading:
        years = dates.find_years(text, *heading)
        if years:
            return years[0][2]
    return None


def _year_start(text: str, clause: Span, phrase_start: int) -> int:
    """Start of a year mention ("năm 2021 đạt ...") right before a phrasing, else the phrasing."""
    years = [s for s, e, _, _ in dates.find_years(text, *clause) if 0 <= phrase_start - e <= 12]
    return years[-1] if years else phrase_start


def _keep(found, article_id, text, code, comparator, low, high, unit, year, phrase, start, end, lex):
    key = (code, comparator, low, high, year)
    quote = text[start:end]
    if key in found and len(found[key]["quote"]) >= len(quote):
        return
    found[key] = {
        "indicator_id": row_id(article_id, "ind", *key),
        "article_id": article_id,
        "indicator_code": code,
        "label_vi": phrase.phrase,
        "label_en": lex.indicator_info[code]["label_en"],
        "comparator": comparator,
        "value_low": low,
        "value_high": high,
        "unit": unit,
        "target_year": year,
        "quote": quote,
        "char_start": start,
        "char_end": end,
    }
