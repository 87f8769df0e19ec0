"""Vietnamese numbers and quantities: decimal commas, thousand dots, ranges and units.

``find_quantities(text, span, units)`` finds "7 - 7,5%", "1.573,1 tỷ đồng", "2.591 USD",
"68,8 triệu đồng/người", "1,5%/năm" inside a span, with the unit's multiplier applied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipelines.extract.cue_patterns import alternation
from pipelines.text.fold import fold, fold_short
from pipelines.text.memo import remembered
from pipelines.text.years import is_year

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?!\.\d{3})(?:\.\d+)?"


def _decimal(token: str) -> Decimal:
    """The exact decimal a Vietnamese number token writes ("1.573,1" -> Decimal("1573.1"))."""
    token = token.strip()
    if "," in token:
        return Decimal(token.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return Decimal(token.replace(".", ""))
    return Decimal(token)


def parse_number(token: str) -> float:
    """Parse a number written the Vietnamese way.

    >>> [parse_number(s) for s in ["7,5", "1.573,1", "2.591", "50", "7.5", "1.600.000"]]
    [7.5, 1573.1, 2591.0, 50.0, 7.5, 1600000.0]
    """
    return float(_decimal(token))


def scaled(token: str, multiplier: float) -> float:
    """The number a token writes times its unit word's multiplier, exact as written (in decimal,
    then one rounding to float), so that no binary artefact enters a value.

    >>> scaled("8,05", 1_000_000.0), scaled("0,07", 100.0)
    (8050000.0, 7.0)
    """
    return float(_decimal(token) * Decimal(repr(float(multiplier))))


@dataclass(frozen=True)
class Quantity:
    """A number or range with its unit; ``low``/``high`` are already scaled to the unit.
    ``comparator`` is set when the words themselves say it ("hai con số": gte 10%)."""

    start: int
    end: int
    low: float
    high: float | None
    unit: str
    per_year: bool
    comparator: str | None = None


class UnitTable:
    """Curated unit phrases ("tỷ đồng", "%", "triệu USD") compiled into one regex."""

    def __init__(
        self,
        phrases: list[tuple[str, str, float]],
        range_words: Sequence[str] = (),
        year_nouns: Sequence[str] = (),
        magnitudes: Sequence[str] = (),
        leads: Sequence[str] = (),
        compounds: Sequence[str] = (),
    ):
        """``range_words`` join a range besides "-" ("đến", "tới"); ``year_nouns`` name a year
        ("năm": "1,5%/năm" is per year, "năm 2025" no value); ``magnitudes`` are scale words a
        range may repeat after its first number ("từ 350 nghìn tỷ đến 400 nghìn tỷ đồng"); ``leads`` are
        the words a template's number may follow ("(HDI) đạt trên 0,7": the comparators written
        before a number); ``compounds`` are words a unit word begins that make it no unit ("căn
        cứ", "tuổi thọ": "2021-2025 Căn cứ Luật ..." is no range of dwellings); all curated in
        ``indicator_cues.csv`` (roles ``range_join``, ``year_noun``, ``magnitude``,
        ``unit_compound``) and ``comparators.csv``."""
        range_sep = rf"\s*(?:-|{alternation(list(range_words))})\s*" if range_words else r"\s*-\s*"
        year = alternation(list(year_nouns)) if year_nouns else r"(?!)"
        scale = rf"(?:\s+(?:{alternation(list(magnitudes))}))*" if magnitudes else ""
        self._year_before = re.compile(rf"(?<!\w){year}\s+$")
        plain = [(p, u, m) for p, u, m in phrases if "{n}" not in p]
        self._info = {fold(p): (u, m) for p, u, m in plain}
        alts = sorted(self._info, key=len, reverse=True)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts) or r"(?!)"
        self._regex = re.compile(
            rf"(?P<a>{NUMBER})(?:(?:\s*(?P<ua>{body})|(?P<ma>{scale}))?{range_sep}(?P<b>{NUMBER}))?"
            rf"\s*(?P<u>{body})(?P<y>\s*/\s*{year})?(?![\w])"
        )
        self._unit_start = re.compile(rf"\s*(?P<u>{body})(?![\w])")
        self._compound = re.compile(rf"{alternation(list(compounds))}(?!\w)")
        # Units written around the number ("top {n}"): the quantity is the number itself.
        self._templates = []
        lead = rf"(?:(?:{alternation(list(leads))})\s+)*" if leads else ""
        for p, u, m in phrases:
            if "{n}" in p:
                before, after = (re.escape(fold(x).strip()).replace(r"\ ", r"\s+") for x in p.split("{n}", 1))
                tail = r"\s*" + after if after else ""
                rx = re.compile(
                    rf"(?<!\w){before}\s*{lead}(?P<a>{NUMBER})(?:{range_sep}(?P<b>{NUMBER}))?{tail}(?![\w])"
                )
                self._templates.append((rx, u, float(m)))

    def lookup(self, phrase: str) -> tuple[str, float] | None:
        """The (unit, multiplier) of a unit phrase written alone, e.g. in a table's bracket.

        >>> UnitTable([("tỷ đồng", "vnd_billion", 1)]).lookup(" Tỷ  đồng ")
        ('vnd_billion', 1.0)
        """
        hit = self._info.get(re.sub(r"\s+", " ", fold_short(phrase).strip()))
        return (hit[0], float(hit[1])) if hit else None

    def unit_prefix(self, folded: str) -> re.Match | None:
        """The unit phrase at the start of already folded text, e.g. "% (tăng 15%)" -> "%"."""
        return self._unit_start.match(folded)

    def find(self, text: str, start: int, end: int) -> list[Quantity]:
        """Quantities with a known unit inside ``text[start:end]``.

        >>> units = [("%", "percent", 1), ("tỷ đồng", "vnd_billion", 1), ("nghìn tỷ đồng", "vnd_billion", 1000)]
        >>> u = UnitTable(units, range_words=["đến"])
        >>> [(q.low, q.high, q.unit) for q in u.find("từ 7 - 7,5%, 1,2 nghìn tỷ đồng", 0, 31)]
        [(7.0, 7.5, 'percent'), (1200.0, None, 'vnd_billion')]
        >>> [(q.low, q.high) for q in u.find("từ 7,5 đến 8,0%", 0, 15)]
        [(7.5, 8.0)]
        >>> [(q.low, q.high) for q in u.find("từ 9,5% đến 10,5%", 0, 17)]
        [(9.5, 10.5)]
        >>> y = UnitTable([("%", "percent", 1), ("%/năm", "percent", 1)], ["đến"], ["năm"])
        >>> [(q.low, q.high) for q in y.find("từ 8% đến 8,5%/năm", 0, 18)]
        [(8.0, 8.5)]
        >>> b = UnitTable(units, ["đến"], magnitudes=["nghìn", "tỷ"])
        >>> [(q.low, q.high) for q in b.find("từ 350 nghìn tỷ đến 400 nghìn tỷ đồng", 0, 37)]
        [(350000.0, 400000.0)]
        >>> r = UnitTable([("top {n}", "rank", 1)])
        >>> [(q.start, q.low, q.unit) for q in r.find("PAR Index nằm trong top 15", 0, 26)]
        [(24, 15.0, 'rank')]
        >>> c = UnitTable([("căn", "count", 1)], compounds=["căn cứ"])
        >>> [q.low for q in c.find("giai đoạn 2021-2025 Căn cứ Luật; 1.500 căn nhà", 0, 46)]
        [1500.0]
        >>> h = UnitTable([("(hdi) đạt {n}", "other", 1)], leads=["trên"])
        >>> [(q.start, q.low) for q in h.find("(HDI) đạt trên 0,7", 0, 18)]
        [(15, 0.7)]
        """
        return _found(text, self, start, end)  # once per span of a text: rules ask again

    def _find(self, text: str, start: int, end: int) -> list[Quantity]:
        folded = fold(text)
        out = [q for m in self._regex.finditer(folded, start, end) if (q := self._quantity(text, folded, start, m))]
        for rx, unit, mult in self._templates:
            for m in rx.finditer(folded, start, end):
                if any(q.start < m.end() and m.start("a") < q.end for q in out):
                    continue
                low = scaled(text[m.start("a") : m.end("a")], mult)
                high = scaled(text[m.start("b") : m.end("b")], mult) if m.group("b") else None
                out.append(Quantity(m.start("a"), m.end(), low, high, unit, False))
        return sorted(out, key=lambda q: q.start)

    def _quantity(self, text: str, folded: str, start: int, m: re.Match) -> Quantity | None:
        """The quantity one match of the unit regex states, else None (a token's tail, a year, a
        mis-read range); a tally's denominator gives its numerator ("57/88 xã" -> 57 xã)."""
        unit, mult = self._info[re.sub(r"\s+", " ", m.group("u"))]
        if self._compound.match(folded, m.start("u")):
            return None  # "2021-2025 Căn cứ Luật ...": the unit word begins another word
        tally = _tally_numerator(folded, start, m)
        if tally is not None:
            return Quantity(tally.start(), m.end(), scaled(tally.group(), mult), None, unit, False)
        if m.start() > 0 and (folded[m.start() - 1].isalnum() or folded[m.start() - 1] in ",./"):
            return None  # inside a longer token, or the denominator of "108/116 xã" beyond its numerator
        if is_year(m.group("a")) and self._year_before.search(folded, max(0, m.start() - 8), m.start()):
            return None  # "đến năm 2025 Hà Giang trở thành tỉnh ...": a year, not a value
        if m.group("ua") and self._info[re.sub(r"\s+", " ", m.group("ua"))] != (unit, mult):
            return None  # "5% - 10 tỷ đồng": no range
        if m.group("ma") and not re.sub(r"\s+", " ", m.group("u")).startswith(" ".join(m.group("ma").split())):
            return None  # "350 nghìn tỷ đến 400 nghìn tỷ đồng": the first number repeats the scale
        low = scaled(text[m.start("a") : m.end("a")], mult)
        high = scaled(text[m.start("b") : m.end("b")], mult) if m.group("b") else None
        if high is not None and high < low:
            return None  # "2021-2025"-like pairs or a mis-read; not a range of values
        return Quantity(m.start(), m.end(), low, high, unit, bool(m.group("y")))


_NUMERATOR = re.compile(r"(?<![\w/.,])\d{1,4}\s*/\s*$")
_DIGITS = re.compile(r"\d+")


def _tally_numerator(folded: str, start: int, m: re.Match) -> re.Match | None:
    """The numerator of a tally "N/M <unit>" whose denominator ``m`` matched, when the count is
    one number of no more than the whole ("có 57/88 xã đạt chuẩn", "9/9 huyện hoàn thành"): the
    count is N, the part of the whole the statement is about; else None ("108/116 xã" in a
    longer token, a range, a date "15/11")."""
    if m.group("b") or m.group("ua") or m.group("ma"):
        return None
    before = _NUMERATOR.search(folded, max(start, m.start() - 8), m.start())
    if before is None or not re.fullmatch(r"\d+", m.group("a")):
        return None
    numerator = _DIGITS.match(folded, before.start())
    if numerator is None or not 0 < int(numerator.group()) <= int(m.group("a")):
        return None
    return numerator


@remembered
def _found(text: str, units: UnitTable, start: int, end: int) -> list[Quantity]:
    """``units``' quantities in ``text[start:end]``, remembered per text (``memo.remembered``)."""
    return units._find(text, start, end)
