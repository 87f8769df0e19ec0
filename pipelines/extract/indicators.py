"""Indicator targets in an article -> ``indicators`` rows.

Steps, clause by clause (``;`` and ``:`` end a clause):
1. find curated indicator phrasings ("tốc độ tăng trưởng GRDP", "đóng góp của TFP"), the
   scoped phrasings valid under a cue said earlier in the sentence or list heading ("Cơ cấu
   kinh tế: công nghiệp - xây dựng khoảng 56%; dịch vụ khoảng 33%"), and quantities with a
   curated unit ("7 - 7,5%", "1.573,1 tỷ đồng", "1,5%/năm", "top 15");
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
   ..."), else in the heading of the list ("Các chỉ tiêu chủ yếu đến năm 2030:"), else the
   article's plan horizon;
6. a phrasing with no quantity in a target clause is an ``achieve`` row when it states a
   checkable state itself ("đạt chuẩn nông thôn mới": checkable, unit ``other``) or an achieve
   cue follows it ("PCI ... trở lại nhóm đầu cả nước"), and no value of its code was found in
   the clause ("chỉ số ... (PII) thuộc nhóm 30 địa phương dẫn đầu" is one numeric row);
7. one row per (code, comparator, values, year): the longest statement is kept;
8. a row whose target year lies before the article's publication year reports the past
   ("Đến cuối năm 2023, toàn tỉnh có ..." in a January 2024 article): it is dropped.
"""
from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.context import classify, heading_contexts, list_headings
from pipelines.extract.numbers import Quantity, UnitTable
from pipelines.extract.ids import assign_statement_ids
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, clauses, sentences

# Words that may stand between a comparator cue and its number: "ở mức trên 50%", "từ 7%".
_FILLER = re.compile(r"(?:\s|\b(?:tư|mưc|ơ|la|vao|khoang thơi gian)\b)*$")
# A phrasing joined to an earlier one by these words complements it ("đóng góp của TFP vào
# tăng trưởng kinh tế"): the earlier phrasing is the indicator.
_COMPLEMENT = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:vao|cua|trong|đôi vơi)\s*$")
# A value restated in another unit: "đạt 125 - 130 triệu đồng, tương đương 5.300 - 5.500 USD".
_RESTATED = re.compile(r"\s*[,(]?\s*(?:tương đương|tương ưng|tưc la|hay)(?:\s+(?:vơi|khoang))?\s*")
# An elliptical second target of the same indicator: "..., đến năm 2030 không thấp hơn 50%".
_NEXT_YEAR = re.compile(r"\s*[,;]?\s*(?:va\s+)?(?:(?:đên|trươc|vao|tơi)\s+)?(?:(?:cuôi|hêt)\s+)?"
                        r"(?:năm|giai đoan)\s+(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?\s*,?\s*(?:\w+\s*){0,4}?")
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


def _continues(text: str, folded: str, prev_end: int, q: Quantity, lex: Lexicons) -> bool:
    """Whether the words after an earlier number (``prev_end``) carry its phrasing on to ``q``:
    a restatement ("..., tương đương 5.300 USD") or a new year ("..., đến năm 2030 không thấp
    hơn 50%")."""
    cue = _cue_start(text, folded, prev_end, q, lex)
    return bool(_RESTATED.fullmatch(folded, prev_end, cue) or _NEXT_YEAR.fullmatch(folded, prev_end, cue))


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


def _unit_suits(code: str, unit: str, lex: Lexicons) -> bool:
    """Whether a value in ``unit`` can state ``code`` (after unit switches): "3% tổng chi ngân
    sách" is no budget-expenditure value; a percent of a count is a share ("40% số xã đạt
    chuẩn nông thôn mới nâng cao")."""
    want = lex.indicator_info[switch_code(code, unit, "", lex)]["unit"]
    return want == unit or {want, unit} <= {"percent", "percentage_point"} or (want, unit) == ("count", "percent")


def _with_scoped(phrases: list[Match], text: str, sentence: Span, clause: Span,
                 heading: Span | None, lex: Lexicons) -> list[Match]:
    """``phrases`` plus the scoped phrasings (``indicator_scoped_phrasings.csv``) whose scope
    cue stands earlier in the sentence, or in the clause before them, or in the list heading:
    "Cơ cấu kinh tế: ... dịch vụ khoảng 33%" gives SHARE_SERVICES for "dịch vụ"."""
    spans = [(sentence[0], clause[1])] + ([heading] if heading else [])
    extra: list[Match] = []
    for span in spans:
        for scope in lex.indicator_scopes.find(text, *span):
            start = max(clause[0], scope.end) if span[0] == sentence[0] else clause[0]
            for m in lex.scoped_indicators[scope.value].find(text, start, clause[1]):
                if not any(p.start < m.end and m.start < p.end for p in phrases + extra):
                    extra.append(m)
    return sorted(phrases + extra, key=lambda m: m.start) if extra else phrases


def _phrase_for(q: Quantity, quantities: list[Quantity], phrases: list[Match], text: str,
                folded: str, lex: Lexicons) -> tuple[Match, bool] | None:
    """The phrasing ``q`` is the value of, and whether it is counted (written after the number,
    step 2); None when no phrasing can take it: the nearest one before is counted by another
    number, or another number stands between them and does not carry it on."""
    phrase = _counted(phrases, q, folded)
    if phrase is not None and _unit_suits(phrase.value, q.unit, lex):
        return phrase, True
    phrase = _pair(phrases, q, folded)
    if phrase is None or any(_counted(phrases, q2, folded) is phrase for q2 in quantities):
        return None
    between = [q2 for q2 in quantities if q2.end <= q.start and q2.start > phrase.end]
    if between and not _continues(text, folded, between[-1].end, q, lex):
        return None
    return phrase, False


def indicator_rows(article_id: str, text: str, paragraph_spans: list[Span],
                   horizon: int | None, lex: Lexicons, units: UnitTable,
                   published_year: int | None = None) -> list[dict]:
    """Rows of the ``indicators`` table for one article (without document/objective links).

    ``horizon`` is the default target year; ``published_year``, when known, is the first year
    a target can be due in (earlier years are results).
    """
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
                phrases = _with_scoped(lex.indicators.find(text, *clause), text, sent, clause, heads.get(para), lex)
                if not phrases:
                    continue
                quantities = units.find(text, *clause)
                used: set[int] = set()
                for k, q in enumerate(quantities):
                    paired = _phrase_for(q, quantities, phrases, text, folded, lex)
                    if paired is None:
                        continue
                    phrase, counted = paired
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
                valued = {p.value for p in phrases if id(p) in used}
                for phrase in phrases:
                    if id(phrase) in used or phrase.value in valued:
                        continue
                    info = lex.indicator_info[phrase.value]
                    seg = _segment(text, clause, phrase.start)
                    achieve_cue = lex.achieve_cues.find(text, phrase.start, seg[1])
                    if not achieve_cue and not (info["value_kind"] == "checkable" and info["unit"] == "other"):
                        continue
                    end = achieve_cue[-1].end if achieve_cue else phrase.end
                    year = _year(text, clause, (phrase.start, end), prefer_after=True) or default_year
                    yrs = [e for s, e, y, _ in dates.find_years(text, end, seg[1]) if y == year]
                    if yrs:
                        end = yrs[0]
                    _keep(found, article_id, text, phrase.value, "achieve", None, None, None, year,
                          phrase, phrase.start, end, lex)
    rows = [r for r in found.values()
            if published_year is None or r["target_year"] is None or r["target_year"] >= published_year]
    return assign_statement_ids(rows, "ind", "indicator_id")


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
        "indicator_id": None,  # set by assign_statement_ids once the rows are known
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
