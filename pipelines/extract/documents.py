"""Numbered legal documents mentioned in an article -> ``documents`` rows.

Steps:
1. find document numbers: "4192/QĐ-UBND", "21/2022/NQ-HĐND" (individual and normative forms),
   Party numbers "13-NQ/TU", and the National Assembly's numbers without a type code
   ("Nghị quyết số 202/2025/QH15", "Luật Quy hoạch số 21/2017/QH14"), whose type is read from
   the document noun before them; the type code (or noun) and the issuer suffix must be curated
   (``doc_types.csv``, ``issuers.csv``);
2. for each mention, read its context up to the clause end or the next number: the signing
   date ("ngày 02/5/2024", or "Ngày 02/5/2024, ... ký Quyết định"), what it enacts ("về ...",
   "ban hành ...", "phê duyệt ..."), the plan period ("thời kỳ 2021 - 2030"; an annual plan's
   "năm 2021" is kept apart as its plan year, not a period) and
   the vision year ("tầm nhìn đến năm 2050");
   a legal text's own header ("Số: 130/NQ-HĐND" on its line, then "Thái Nguyên, ngày 10 tháng
   12 năm 2020", "NGHỊ QUYẾT", "Về Kế hoạch ... 5 năm 2021 - 2025") gives the date, title and
   period of its number;
3. merge the mentions of one number: the first mention gives the quote, later ones fill gaps.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.ids import slug
from pipelines.text.fold import fold

_LETTERS = r"[A-Za-zĐđ&]+"
_STATE = re.compile(rf"(?<![\w/])(?P<n>\d{{1,5}})(?:/(?P<y>(?:19|20)\d{{2}}))?/(?P<t>{_LETTERS})-(?P<i>{_LETTERS})(?![\w])")
_PARTY = re.compile(rf"(?<![\w/])(?P<n>\d{{1,5}})-(?P<t>{_LETTERS})/(?P<i>{_LETTERS})(?![\w])")
_TYPELESS = re.compile(rf"(?<![\w/])(?P<n>\d{{1,5}})/(?P<y>(?:19|20)\d{{2}})/(?P<i>{_LETTERS}\d*)(?![\w/-])")
_SPAN_BOUND = re.compile(r"(?<!\w)(?:tư|đên|trươc|sau|kê tư)\s+ngay\s*$")
_HEADER_NUMBER = re.compile(r"\s*Số\s*:?\s*", re.IGNORECASE)
_HEADER_STOP = re.compile(r"\n\s*(?:Căn cứ|CĂN CỨ|QUYẾT NGHỊ|QUYẾT ĐỊNH\s*:|Điều 1\b)")
_HEADER_TITLE = re.compile(r"(?m)^\s*(?:V[ềỀ]\s+(?:việc\s+)?|BAN HÀNH\s+|PHÊ DUYỆT\s+)")
_TITLE_CUE = re.compile(r"\b(?:về việc|về|ban hành|phê duyệt)\s+", re.IGNORECASE)
_ANNUAL = re.compile(r"(?:kê hoach|dư toan|chương trinh)[^;]{0,120}?\bnăm\s+((?:19|20)\d{2})(?!\s*-)")


@dataclass
class DocumentMention:
    """One numbered document with what its mentions say about it."""

    doc_number: str
    type_code: str
    suffix: str
    doc_type: str
    issuer: str
    is_provincial: bool
    number_year: int | None
    start: int
    end: int
    quote_end: int
    signed_date: object = None
    title_vi: str | None = None
    period: tuple[int, int] | None = None
    plan_year: int | None = None
    vision_year: int | None = None
    extra: dict = field(default_factory=dict)


def find_document_numbers(text: str, lex: Lexicons) -> list[tuple[int, int, str, str, str, int | None]]:
    """Curated document numbers in ``text`` as (start, end, number, type code, issuer suffix, year).

    Example: "Quyết định số 4192/QĐ-UBND ngày 02/5/2024" gives "4192/QĐ-UBND", "QĐ", "UBND".
    """
    out = []
    for rx, party in ((_STATE, False), (_PARTY, True)):
        for m in rx.finditer(text):
            t, i = m.group("t"), m.group("i")
            if fold(t) not in lex.doc_types or fold(i) not in lex.issuers:
                continue
            year = int(m.group("y")) if not party and m.group("y") else None
            number = f"{m.group('n')}-{t}/{i}" if party else (
                f"{m.group('n')}/{year}/{t}-{i}" if year else f"{m.group('n')}/{t}-{i}")
            out.append((m.start(), m.end(), number, t, i, year))
    for m in _TYPELESS.finditer(text):
        i = m.group("i")
        t = _noun_before(text, m.start(), lex)
        if t is None or fold(i) not in lex.issuers:
            continue
        out.append((m.start(), m.end(), f"{m.group('n')}/{m.group('y')}/{i}", t, i, int(m.group("y"))))
    return sorted(out)


def _noun_before(text: str, pos: int, lex: Lexicons) -> str | None:
    """The curated type code of the document noun that introduces a number without one:
    "Nghị quyết số 202/2025/QH15" -> "NQ"; "Luật Quy hoạch số 21/2017/QH14" -> "L"; None when
    no curated noun stands within the few words before it."""
    before = fold(text[max(0, pos - 80):pos])
    best = None
    for name, code in lex.doc_nouns.items():
        m = re.search(rf"(?<!\w){re.escape(name)}(?:\s+[\w]+){{0,8}}?\s+(?:sô\s+)?$", before)
        if m and (best is None or m.start() > best[0] or (m.start() == best[0] and len(name) > best[1])):
            best = (m.start(), len(name), code)
    return best[2] if best else None


def _dated(text: str, d: dates.DateMention, floor: int) -> bool:
    """Whether a date before a number reads as its signing day: "Ngày 02 tháng 5 năm 2024, UBND
    tỉnh ban hành ...", "ngày 15/01/2021"; not a time span's bound ("Từ ngày 01/7/2025, ...",
    "trước ngày 15/12")."""
    before = fold(text[max(floor, d.start - 12):d.start])
    if fold(text[d.start:d.start + 4]) == "ngay":
        before += "ngay"
    return bool(re.search(r"(?<!\w)ngay\s*$", before)) and not _SPAN_BOUND.search(before)


def _header_end(text: str, start: int, end: int) -> int | None:
    """End of a legal text's own header when the number stands on its "Số: 130/NQ-HĐND" line:
    the header runs over the place-and-date line ("Thái Nguyên, ngày 10 tháng 12 năm 2020"),
    the type and the title ("NGHỊ QUYẾT / Về Kế hoạch ... 2021 - 2025") up to the first
    "Căn cứ", "QUYẾT NGHỊ", "Điều 1" or blank-line-separated body paragraph; None otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not _HEADER_NUMBER.fullmatch(text[line_start:start]) or text[end:line_end].strip():
        return None
    body = _HEADER_STOP.search(text, line_end)
    return body.start() if body else min(len(text), line_end + 400)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, pos), max(text.rfind(". ", 0, pos) + 1, 0))
    nl = text.find("\n", pos)
    end = len(text) if nl < 0 else nl
    return start, end


def read_mentions(text: str, lex: Lexicons) -> list[DocumentMention]:
    """Documents mentioned in ``text``, merged per number, in order of first mention."""
    numbers = find_document_numbers(text, lex)
    merged: dict[str, DocumentMention] = {}
    for k, (start, end, number, tcode, suffix, year) in enumerate(numbers):
        s_start, s_end = _sentence_bounds(text, start)
        stop = numbers[k + 1][0] if k + 1 < len(numbers) and numbers[k + 1][0] < s_end else s_end
        semi = text.find(";", end, stop)
        stop = semi if semi >= 0 else stop
        issuer, provincial = lex.issuers[fold(suffix)]
        doc = DocumentMention(number, tcode, suffix, lex.doc_types[fold(tcode)], issuer, provincial, year,
                              start, end, end)
        header = _header_end(text, start, end)
        if header:
            stop = header
        after = dates.find_dates(text, end, min(stop, end + 40))
        if header and after:
            doc.signed_date = after[0].value
        elif after and "ngay" in fold(text[end:after[0].start]) + "ngay" and after[0].start - end < 25:
            doc.signed_date = after[0].value
            doc.quote_end = after[0].end
        else:
            before = [d for d in dates.find_dates(text, s_start, start) if _dated(text, d, s_start)]
            if before:
                doc.signed_date = before[-1].value
        m = _HEADER_TITLE.search(text, doc.quote_end, stop) if header else _TITLE_CUE.search(text, doc.quote_end, stop)
        if m and (header or m.start() - doc.quote_end < 60):
            title_end = text.find("\n", m.start(), stop) if header else -1
            title_end = title_end if title_end >= 0 else stop
            title = re.sub(r"\s*\((?:gọi tắt|sau đây gọi)[^)]*\)", "", text[m.start():title_end]).strip(" ,.;:")
            if m.group(0).lower().startswith("về") and not m.group(0).lower().startswith("về việc"):
                title = title[len(m.group(0)):].strip() if title.lower().startswith(("về phê duyệt", "về ban hành")) else title
            doc.title_vi = title[:1].upper() + title[1:] if title else None
        periods = dates.find_periods(text, end, stop)
        if periods:
            doc.period = (periods[0][2], periods[0][3])
        else:
            annual = _ANNUAL.search(fold(text), end, stop)
            if annual:
                doc.plan_year = int(annual.group(1))
        doc.vision_year = dates.find_vision_year(text, end, stop)
        if number not in merged:
            merged[number] = doc
        else:
            first = merged[number]
            for attr in ("signed_date", "period", "plan_year", "vision_year"):
                if getattr(first, attr) is None:
                    setattr(first, attr, getattr(doc, attr))
            if doc.title_vi and (first.title_vi is None or first.title_vi.isupper()):
                first.title_vi = doc.title_vi
    return list(merged.values())


def document_id(doc: DocumentMention, province_code: str | None) -> str:
    """Id from province (``vn`` for national), number, issuer and year.

    Example: 4192/QĐ-UBND of Long An signed 2024 -> ``80-qd-4192-ubnd-2024``.
    """
    year = doc.number_year or (doc.signed_date.year if doc.signed_date else None)
    num = re.match(r"\d+", doc.doc_number).group(0)
    pieces = [province_code or "vn", slug(doc.type_code), num, slug(doc.suffix)] + ([str(year)] if year else [])
    return "-".join(pieces)


def document_rows(article_id: str, text: str, province_code: str | None, lex: Lexicons) -> list[dict]:
    """Rows of the ``documents`` table for one article."""
    rows = []
    for doc in read_mentions(text, lex):
        prov = province_code if doc.is_provincial else None
        rows.append({
            "document_id": document_id(doc, prov),
            "doc_number": doc.doc_number,
            "doc_type": doc.doc_type,
            "issuer": doc.issuer,
            "province_code": prov,
            "signed_date": doc.signed_date,
            "title_vi": doc.title_vi,
            "period_start": doc.period[0] if doc.period else None,
            "period_end": doc.period[1] if doc.period else None,
            "plan_year": doc.plan_year,  # not published: an annual plan's year, the default target year
            "vision_year": doc.vision_year,
            "article_id": article_id,
            "quote": text[doc.start:doc.quote_end],
            "char_start": doc.start,
            "char_end": doc.quote_end,
        })
    return rows
