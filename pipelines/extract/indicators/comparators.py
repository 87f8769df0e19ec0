"""The comparator of a target value, and the text a pairing may skip.

The comparator comes from the curated cue right before the number ("trên", "không dưới", "xuống
còn") or after it ("trở lên"); a range is ``between``. Between a phrasing and its number a
pairing skips an earlier figure, a denominator ("/100") or a comparator.
"""

from __future__ import annotations

import re

from pipelines.extract import dates
from pipelines.extract.numbers import Quantity
from pipelines.extract.tones import same_tones
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.extract.indicators.page import Page


# the words naming what a count counts, between it and "trở lên": letters only, a few words
_COUNTED_NOUN = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,4}")


def comparator_after(page: Page, q: Quantity) -> Match | None:
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
    return after[0] if not gap or gap == ")" or is_bracketed_figure(page, q.end, after[0].start) else None


def cut_comparators(page: Page, q: Quantity) -> set[str]:
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


def is_bracketed_figure(page: Page, start: int, end: int) -> bool:
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


def comparator_of(page: Page, lo: int, q: Quantity) -> str:
    """The comparator of a quantity: its own, a range ("từ 10 - 10,5% trở lên": between, the
    range states both bounds), one written after it, else one before it ("đạt từ 10%": gte;
    not a floor when the value only starts a change, "từ 8% lên 10%": ``change_to``), else eq."""
    if q.comparator:
        return q.comparator
    if q.high is not None:
        return "between"
    after = comparator_after(page, q)
    if after:
        return after.value
    cut = cut_comparators(page, q)
    if len(cut) == 1:  # "giải ngân vốn đầu tư công đạt 95% trở lê" (the page ends there): gte
        return cut.pop()
    for m in reversed(comparators_before(page, max(lo, q.start - 40), q.start)):
        if page.words.filler.fullmatch(page.folded[m.end : q.start]):
            return "eq" if m.value == "gte" and page.words.change_to.match(page.folded, q.end) else m.value
    return "eq"


def covered(page: Page, lo: int, prev: Quantity, q: Quantity) -> str | None:
    """The comparator a word before the first of coordinated figures gives ``q`` too (CONVENTIONS,
    session 28: "có ít nhất 30 xã đạt chuẩn nâng cao và 15 xã đạt chuẩn kiểu mẫu" is gte twice;
    "trên 50% và 60%"; "khoảng 5 tỷ USD xuất khẩu và 4 tỷ USD nhập khẩu"), ``lo`` bounding the
    search before ``prev``: ``q`` has no comparator of its own, the two share a unit and are
    joined by a ``coordinate_join`` word after ``prev`` and the words naming what it counts, and
    ``q`` is named the same way (words after it only when words follow ``prev``: "dưới 2% và
    100% số xã" are no pair); or ``q`` is the next item of a ``labelled_list`` ("chiếm khoảng
    20%, công nghiệp 30%": CONVENTIONS, session 42). None otherwise."""
    if q.comparator or q.high is not None or prev.high is not None or prev.unit != q.unit:
        return None
    if comparator_after(page, prev) or comparator_after(page, q) or prev.end > q.start:
        return None
    join = page.words.coordinate_join.fullmatch(" " + page.folded[prev.end : q.start])
    if join is None and labelled_list(page, prev, q):
        comparator = comparator_of(page, lo, prev)
        return None if comparator in ("eq", "between") else comparator
    if join is None and not _comma_listed(page, prev, q):
        return None
    named_prev = bool(page.folded[prev.end : q.start].strip().split()[:-1])
    word_after = re.match(r"\s+[^\W\d_]", page.folded[q.end : q.end + 3]) is not None
    named_q = word_after and not page.words.year_follows.match(page.folded, q.end)
    if named_prev != named_q:
        return None
    comparator = comparator_of(page, lo, prev)
    return None if comparator in ("eq", "between") else comparator


# a comma, then a figure's own short name, then the figure: "..., công nghiệp 30%"
_LABELLED_ITEM = re.compile(r"\s*,\s+[^\W\d_]+(?:[\s\-–]+[^\W\d_]+){0,5}\s+")
_ITEM_END = re.compile(r"\s*(?:[,;.]|$)")


def labelled_list(page: Page, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the next item of a list that names each figure before it, with no verb
    of its own ("nông nghiệp chiếm khoảng 20%, công nghiệp 30%, dịch vụ 50%"): both figures end
    their item, and the words naming ``q`` end in no ``label_tail`` verb ("..., công nghiệp
    chiếm 30%" starts afresh). A word before the list's first figure covers the items
    (CONVENTIONS, session 42)."""
    if _full_share(q) or not (_ITEM_END.match(page.folded, prev.end) and _ITEM_END.match(page.folded, q.end)):
        return False
    item = _LABELLED_ITEM.fullmatch(page.folded, prev.end, q.start)
    return item is not None and not page.words.label_tail_word.search(page.folded, item.start(), q.start)


def _full_share(q: Quantity) -> bool:
    """Whether ``q`` is a whole share ("100%"): a carried comparator never takes a share past
    100 (CONVENTIONS, session 32)."""
    return q.unit == "percent" and q.low >= 100


# a comma joining two figures counted by the same noun: "ít nhất 5 điểm du lịch cấp tỉnh, 5 điểm ...";
# a grade's number inside the words naming the first is a word of its name ("... OCOP 4 sao, 5% ...")
_COMMA_LISTED = re.compile(r"\s+[^\W\d_]+(?:\s+(?:[^\W\d_]+|\d{1,2}(?=\s+[^\W\d_]))){0,7}\s*,\s+")
_WORDS = re.compile(r"[^\W\d_]+")


def _comma_listed(page: Page, prev: Quantity, q: Quantity) -> bool:
    """Whether ``q`` follows ``prev`` after a comma and the words naming ``prev``, and counts
    the same noun (the same unit words: "công nhận ít nhất 5 điểm du lịch cấp tỉnh, 5 điểm du
    lịch cộng đồng"): a figure coordinated with it, which a comparator before ``prev`` covers
    (CONVENTIONS, session 28)."""
    if not _COMMA_LISTED.fullmatch(page.folded, prev.end, q.start):
        return False
    nouns = [_WORDS.findall(page.folded[x.start : x.end]) for x in (prev, q)]
    if not nouns[0] and not nouns[1]:  # shares: the noun after them ("70% chủ thể ..., 20% chủ thể ...")
        nouns = [_WORDS.findall(page.folded[x.end : x.end + 30])[:2] for x in (prev, q)]
        return len(nouns[0]) == 2 and nouns[0] == nouns[1] and not _full_share(q)
    return bool(nouns[0]) and nouns[0] == nouns[1]


def comparators_before(page: Page, start: int, end: int) -> list[Match]:
    """The comparators written before a number in ``text[start:end]``, each with the tones of its
    curated phrase: "đầu tư 1.800 phòng" folds like "từ 1.800" but sets no floor, "từ 1.800" does."""
    table = page.lex.tables["comparators.csv"]
    return [
        m for m in page.lex.comparators_before.find(page.text, start, end) if same_tones(page.text, m, table, "phrase")
    ]


def cue_start(page: Page, lo: int, q: Quantity) -> int:
    """Start of the comparator cue right before a number ("có ít nhất 95 xã" -> at "ít"),
    else the number's start."""
    for m in reversed(comparators_before(page, max(lo, q.start - 40), q.start)):
        if page.words.filler.fullmatch(page.folded[m.end : q.start]):
            return m.start
    return q.start


def continues(page: Page, prev_end: int, q: Quantity) -> bool:
    """Whether the words after an earlier number (``prev_end``) carry its phrasing on to ``q``:
    a restatement ("..., tương đương 5.300 USD") or a new year ("..., đến năm 2030 không thấp
    hơn 50%"; "... và đạt khoảng 9.000 USD vào năm 2030": the year after the value), past the
    earlier number's comparator and baseline ("gấp 1,5 lần so với năm 2025
    và đến năm 2035 gấp 2,5 lần")."""
    cue = cue_start(page, prev_end, q)
    prev_end = past_earlier(page, prev_end, cue)  # "... đạt 90% trở lên và đến năm 2045 ..."
    w = page.words
    return bool(
        w.restated.fullmatch(page.folded, prev_end, cue)
        or w.next_year.fullmatch(page.folded, prev_end, cue)
        or _aims_further(page, prev_end, cue)
        or (w.aim_join.fullmatch(page.folded, prev_end, cue) and w.year_follows.match(page.folded, q.end))
    )


def carries_comparator(page: Page, prev_end: int, q: Quantity) -> bool:
    """Whether ``q`` goes on from the number before it and shares its comparator: a restatement
    or a new year ("khoảng 130 triệu đồng, tương đương 5.000 USD"), not a further aim with a cue
    of its own ("đạt 7,5% trở lên, phấn đấu đạt 10%": the 10% is what it says)."""
    if not continues(page, prev_end, q):
        return False
    cue = cue_start(page, prev_end, q)
    return not _aims_further(page, past_earlier(page, prev_end, cue), cue)


def _aims_further(page: Page, start: int, cue: int) -> bool:
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


def past_earlier(page: Page, pos: int, end: int) -> int:
    """``pos`` moved past the denominator, the comparator and the baseline of the number that
    ends there ("137 xã/193 xã", "1,5 lần so với năm 2025")."""
    pos = past_comparator(page, _past_denominator(page, pos, end), end)
    base = page.words.baseline_phrase.match(page.folded, pos, end)
    return base.end() if base else pos


_DENOMINATOR = re.compile(r"\s*/\s*\d[\d.,]*")

_NOUN_BEFORE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*$")


def _past_denominator(page: Page, pos: int, end: int) -> int:
    """``pos`` moved past the total a count is written over, with the count's noun when it is
    repeated ("nâng lên 137 xã/193 xã": the denominator is no value of its own)."""
    m = _DENOMINATOR.match(page.folded, pos, end)
    if not m:
        return pos
    noun = _NOUN_BEFORE.search(page.folded, max(0, pos - 20), pos)
    if noun and page.folded[m.end() : end].lstrip().startswith(noun.group(0)):
        return page.folded.index(noun.group(0), m.end()) + len(noun.group(0))
    return m.end()


def past_comparator(page: Page, pos: int, end: int) -> int:
    """``pos`` moved past a comparator written right after a number ("90% trở lên", "(trở lên)")."""
    after = page.lex.comparators_after.find(page.text, pos, end)
    if not after or page.folded[pos : after[0].start].strip() not in ("", "("):
        return pos
    return after[0].end + (page.text[after[0].end : after[0].end + 1] == ")")
