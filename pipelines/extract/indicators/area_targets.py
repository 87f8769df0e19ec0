"""Targets a province assigns to each of its districts in a list: one row per district.

A page reports that the province hands each district its own target ("UBND tỉnh giao chỉ tiêu
giảm tỷ lệ hộ nghèo năm 2027 cho các huyện, thị xã, thành phố. Cụ thể, huyện A giảm từ 4 - 4,5%
(tương ứng 500 - 560 hộ); B 3 - 3,5% (700 - 800 hộ); ... và TP. C 0,2 - 0,3% (40 - 60 hộ)").
Each district's figure is its own target, not a part of one total (docs/CONVENTIONS.md, session
37): an uncoded row per district, the rate's reduction in percentage points, and the bracketed
count that restates it a row too (a value restated in another unit).

Steps:
1. a lead: a sentence with an ``area_assignment`` cue ("giao chỉ tiêu"), a ``reduction_verb``
   right before an ``area_rate`` cue ("giảm tỷ lệ hộ nghèo") and the districts as recipients
   (an ``area_recipient`` cue and a district-level word of ``body_levels.csv``: "cho các
   huyện");
2. the list: the lead's own words after a colon, else the next sentence with a figure (in its
   paragraph or one of the few after it, captions between skipped);
3. every ';' / "và" item of the list is a district: a district-level word (or its abbreviation,
   ``body_name_forms.csv``: "TP.") or none, a capitalised name (any name, a province's too:
   a district may share it), the lead's verb and fillers ("giảm từ"), a percent figure and, in
   brackets, a count restating it; a list with an item of any other shape is none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract import dates
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.comparators import comparator_of, comparators_before
from pipelines.extract.indicators.page import Page
from pipelines.extract.indicators.rows import record
from pipelines.extract.numbers import Quantity
from pipelines.text.segment import Span, sentences

_POINTS = "percentage_point"
_LEAD_REACH = 3  # paragraphs after the lead's in which its list may stand (captions between)
_NAME_WORDS = 4  # words of a district's proper name at most


@dataclass(frozen=True)
class AreaTargets:
    """The rows of a page's assigned lists and the spans of those lists (the rows the other
    steps read there are replaced)."""

    rows: list[dict]
    spans: list[Span]


def area_targets(page: Page, published_year: int | None = None) -> AreaTargets:
    """The per-district rows of every assigned list on ``page``. Example: "UBND tỉnh giao chỉ
    tiêu giảm tỷ lệ hộ nghèo năm 2027 cho các huyện. Cụ thể, huyện A giảm 4 - 4,5% (500 - 560
    hộ); B 3%" -> A: between 4/4.5 points and between 500/560 households; B: eq 3 points."""
    rows: list[dict] = []
    spans: list[Span] = []
    for lead, rate, verb in _leads(page):
        listed = _list_after(page, lead)
        if listed is None:
            continue
        items = _items(page, listed)
        if len(items) < 2:
            continue
        year = _year(page, lead)
        if year is None or (published_year is not None and year < published_year):
            continue
        spans.append(listed)
        for item in items:
            rows.extend(_item_rows(page, item, rate, verb, year))
    return AreaTargets(rows, spans)


@dataclass(frozen=True)
class _Item:
    name: Span  # "huyện A", "TP. C"
    start: int  # where the item's quote starts (its name)
    rate: Quantity
    count: Quantity | None
    bracket: Span | None  # "(tương ứng 500 - 560 hộ)"


def _patterns(page: Page) -> dict[str, re.Pattern]:
    """The compiled cues of this module, built once per lexicon."""

    def build(lex) -> dict[str, re.Pattern]:
        levels = lex.tables["body_levels.csv"]
        words = [w for p, w in zip(levels["placeholder"], levels["word"]) if p == "{district}"]
        forms = lex.tables["body_name_forms.csv"]
        abbreviations = [c for f, c in zip(forms["form"], forms["canonical"]) if c and f in words]
        level = alternation(words + abbreviations)
        g = lambda role: alternation(role_cues(lex, role))  # noqa: E731
        return {
            "assignment": re.compile(rf"(?<!\w){g('area_assignment')}(?!\w)"),
            "rate": re.compile(rf"(?<!\w){g('reduction_verb')}\s+(?P<rate>{g('area_rate')})(?!\w)"),
            "recipient": re.compile(rf"(?<!\w){g('area_recipient')}\s+{level}(?!\w)"),
            "level": re.compile(rf"(?:{level})\.?\s+$"),
            "verb": re.compile(rf"(?<!\w){g('reduction_verb')}(?!\w)"),
        }

    return compiled(page.lex, "area_targets", build)


def _leads(page: Page) -> list[tuple[Span, str, str]]:
    """Each lead sentence with the rate it names ("tỷ lệ hộ nghèo") and its verb ("giảm")."""
    pat = _patterns(page)
    found = []
    for para in page.paras:
        for sentence in sentences(page.text, para):
            cue = pat["assignment"].search(page.folded, *sentence)
            if cue is None:
                continue
            rate = pat["rate"].search(page.folded, cue.end(), sentence[1])
            recipient = pat["recipient"].search(page.folded, cue.end(), sentence[1])
            if rate is None or recipient is None:
                continue
            verb = page.text[rate.start() : rate.start("rate")].strip()
            found.append((sentence, _rate_words(page, rate.start("rate"), sentence[1]), verb))
    return found


def _rate_words(page: Page, start: int, end: int) -> str:
    """The words naming the rate, from its ``area_rate`` cue to the first year, recipient or
    punctuation ("tỷ lệ hộ nghèo năm 2027 cho các huyện" -> "tỷ lệ hộ nghèo")."""
    stops = [s for s, *_ in dates.find_years(page.text, page.words, start, end)]
    recipient = _patterns(page)["recipient"].search(page.folded, start, end)
    stops += [recipient.start()] if recipient else []
    punct = re.compile(r"[,;:.()\d]").search(page.text, start, end)
    stops += [punct.start()] if punct else []
    return " ".join(page.text[start : min(stops, default=end)].split())


def _list_after(page: Page, lead: Span) -> Span | None:
    """The list a lead hands out: its own words after a colon, else the next sentence with a
    figure, within ``_LEAD_REACH`` paragraphs."""
    colon = page.text.find(":", lead[0], lead[1])
    if colon >= 0 and page.units.find(page.text, colon, lead[1]):
        return colon + 1, lead[1]
    later = [p for p in page.paras if p[1] > lead[1]][: _LEAD_REACH + 1]
    for para in later:
        for sentence in sentences(page.text, (max(para[0], lead[1]), para[1])):
            if page.units.find(page.text, *sentence):
                return sentence
    return None


def _items(page: Page, listed: Span) -> list[_Item]:
    """The district items of a list, or none when a piece is not one."""
    text = page.text
    cuts = [listed[0]]
    for m in re.finditer(r";|\s(?:và)\s", text[listed[0] : listed[1]]):
        cuts += [listed[0] + m.start(), listed[0] + m.end()]
    cuts.append(listed[1])
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    items = []
    for k, piece in enumerate(pieces):
        item = _item(page, piece, first=k == 0)
        if item is None:
            return []
        items.append(item)
    return items


def _item(page: Page, piece: Span, first: bool) -> _Item | None:
    """One district's item: its name, its percent figure and the bracketed count after it."""
    found = list(page.units.find(page.text, *piece))
    if not found or found[0].unit != "percent":
        return None
    rate = found[0]
    name = _name_before(page, piece[0], rate.start, first)
    if name is None:
        return None
    count, bracket = _bracketed_count(page, rate.end, piece[1], found[1:])
    tail = page.text[bracket[1] if bracket else rate.end : piece[1]]
    if tail.strip(" \t,.") or len(found) > 1 + (count is not None):
        return None
    return _Item(name, name[0], rate, count, bracket)


def _name_before(page: Page, start: int, value: int, first: bool) -> Span | None:
    """The district named before a figure: the verb and fillers right before it set aside
    ("huyện A giảm từ"), capitalised words, a district-level word or none; before them only
    the list's opening words, in the first item, ending with a comma or a colon ("Cụ thể,")."""
    pat = _patterns(page)
    head = page.text[start:value]
    words = list(re.finditer(r"[^\W\d_]+\.?", head))
    k = len(words)
    while k and not words[k - 1].group(0)[0].isupper():
        k -= 1
    gap_start = start + (words[k - 1].end() if k else 0)
    said = [
        m for m in comparators_before(page, gap_start, value) if page.words.filler.fullmatch(page.folded, m.end, value)
    ]
    gap = pat["verb"].sub(" ", page.folded[gap_start : said[-1].start if said else value], count=1)
    if not page.words.filler.fullmatch(gap):  # "giảm từ", "giảm trên"
        return None
    end = start + words[k - 1].end() if k else start
    n = k
    while n and words[n - 1].group(0)[0].isupper() and k - n < _NAME_WORDS:
        n -= 1
    if n == k:
        return None
    name_start = start + words[n].start()
    before = page.text[start:name_start]
    level = pat["level"].search(page.folded, start, name_start)
    if level:
        name_start, before = level.start(), page.text[start : level.start()]
    if before.strip() and not (first and before.rstrip().endswith((",", ":"))):
        return None
    return name_start, end


def _bracketed_count(page: Page, after: int, end: int, rest: list[Quantity]) -> tuple[Quantity | None, Span | None]:
    """A count in brackets right after a district's figure ("(tương ứng 500 - 560 hộ)")."""
    opened = re.match(r"\s*\(", page.text[after:end])
    if not opened or not rest or rest[0].unit != "count":
        return None, None
    close = page.text.find(")", rest[0].end, end)
    if (
        close < 0
        or page.text[rest[0].start : close].count("(")
        or re.search(r"\d", page.text[after + opened.end() : rest[0].start])
    ):
        return None, None
    return rest[0], (after + opened.end() - 1, close + 1)


def _year(page: Page, lead: Span) -> int | None:
    """The year of the lead's targets: the first it names, else the page's plan year."""
    years = dates.find_years(page.text, page.words, *lead)
    return years[0][2] if years else page.plan_year


def _item_rows(page: Page, item: _Item, rate: str, verb: str, year: int) -> list[dict]:
    """A district's rows: its reduction in points and, when bracketed, the count."""
    name = " ".join(page.text[item.name[0] : item.name[1]].split())
    q = item.rate
    rows = [
        record(
            page,
            None,
            f"mức {verb} {rate} {name}",
            (comparator_of(page, item.start, q), q.low, q.high, _POINTS, year),
            (item.start, q.end),
        )
    ]
    if item.count is not None and item.bracket is not None:
        c = item.count
        counted = re.split(r"\d", page.text[c.start : item.bracket[1] - 1])[-1]  # "500 - 560 hộ" -> " hộ"
        label = " ".join(f"số {counted} {verb} {name}".split())
        rows.append(
            record(page, None, label, (comparator_of(page, c.start, c), c.low, c.high, "count", year), item.bracket)
        )
    return rows
