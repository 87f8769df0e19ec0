"""Numbered legal documents mentioned in an article -> ``documents`` rows.

Steps:
1. find document numbers: "4192/QĐ-UBND", "21/2022/NQ-HĐND" (individual and normative forms),
   Party numbers "13-NQ/TU", and the National Assembly's numbers without a type code
   ("Nghị quyết số 202/2025/QH15", "Luật Quy hoạch số 21/2017/QH14"), whose type is read from
   the document noun before them; the type code (or noun) and the issuer suffix must be curated
   (``doc_types.csv``, ``issuers.csv``). A space around the slash ("số 12 /KH-UBND"), before a
   dot between the codes ("7080/TTr .UBND") or before the legislature number ("72/2025/QH 15") is
   no part of the number;
2. for each mention, read its context up to the clause end or the next number: the signing
   date ("ngày 02/5/2024", or "Ngày 02/5/2024, ... ký Quyết định"), what it enacts ("về ...",
   "ban hành ...", "phê duyệt ..."), the plan period ("thời kỳ 2021 - 2030"; an annual plan's
   "năm 2021" is kept apart as its plan year, not a period) and the vision year ("tầm nhìn đến
   năm 2050"); a legal text's own header ("Số: 130/NQ-HĐND" on its line, then "Thái Nguyên,
   ngày 10 tháng 12 năm 2020", "NGHỊ QUYẾT", "Về Kế hoạch ... 5 năm 2021 - 2025") gives the
   date, title and period of its number, also when its letterhead table is flattened one cell
   per line ("Số:" / "55/NQ-HĐND" / "Nam" / "Định, ngày 02 tháng 12 năm 2021"). A mention
   without a title ("Quyết định số 12/QĐ-UBND nêu rõ, ...") reads its period only up to the
   first comma. The cue words are curated in ``document_cues.csv``;
3. merge the mentions of one document: the same number in another case ("23-CTR/TU" in an
   upper-case headline, "23-CTr/TU" in the body) is one document. The first mention gives the
   quote, later ones fill gaps, and the number is spelled as in the first mention that is not
   all upper case (else with the curated spelling of its type and issuer codes).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipelines.curation.lexicons import Lexicons, cue_words
from pipelines.extract.cue_words import cue_words as connectives
from pipelines.extract.cue_words import role_cues
from pipelines.extract import dates
from pipelines.extract.council_committees import by_council_committee
from pipelines.extract.lower_committees import by_lower_committee
from pipelines.extract.own_subjects import own_plan_subject, subject_bound
from pipelines.extract.proposers import proposed_by_department
from pipelines.extract.cue_patterns import alternation, compiled, cue_group
from pipelines.text.fold import ascii_slug as slug
from pipelines.extract.title_semicolons import title_stop
from pipelines.text.fold import ascii_dashes, fold, fold_short
from pipelines.text.segment import paragraphs, sentences
from pipelines.text.unwrap import goes_on
from pipelines.text.years import YEAR

# Codes may hold Vietnamese capitals: the Party's Central Committee signs "57-NQ/TƯ" as well as "/TW".
# A lookalike of "Đ" (the eth, "QÐ-UBND") is read as one: the curated spelling of its code is written.
_LETTERS = r"[A-Za-zĐđÐðƯưƠơÂâĂăÊêÔô&]+"
# A number may carry one letter ("Nghị quyết số 36a/NQ-CP"): part of the number.
_NUM = r"\d{1,5}[a-z]?"
_SLASH = r" ?/ ?"
# A space or a line break beside the dash is no part of the number ("107/KH- UBND", "473/TTr -"
# / "NN&PTNT", "96- KL/TW").
_DASH = r" ?-\s?"
# A unit code may follow the issuer's ("17/TTr-CAT-PV05", "412/QĐ-BNN-TT") or stand in its place
# with a digit ("số 21/UBND-VP3"): part of the number.
# Some offices write a dot between the codes ("3864/QĐ.UBND-NN", "277/BC-SNN.KHTC"): kept as written;
# a stray space before that dot, before a code in capitals ("7080/TTr .UBND"), is dropped (CONVENTIONS
# session 42), as one beside the dash is.
_STATE = re.compile(
    rf"(?<![\w/])(?P<n>{_NUM})(?:/(?P<y>{YEAR}))?{_SLASH}(?P<t>{_LETTERS})(?:{_DASH}|(?P<dot>\.| \.(?=[A-ZĐ]{{2}})))"
    rf"(?P<i>{_LETTERS}\d{{0,2}})(?P<x>(?:-[A-ZĐ][A-Za-zĐđ&]*\d*|\.[A-ZĐ&]{{2,}}\d*){{0,2}})(?![\w])"
)
_PARTY = re.compile(rf"(?<![\w/])(?P<n>{_NUM}){_DASH}(?P<t>{_LETTERS}){_SLASH}(?P<i>{_LETTERS})(?![\w])")
# The legislature number may stand apart ("Luật ... số 72/2025/QH 15"): it is joined.
_TYPELESS = re.compile(rf"(?<![\w/])(?P<n>\d{{1,5}})/(?P<y>{YEAR})/(?P<i>{_LETTERS}(?: ?\d{{1,2}}(?!\d))?)(?![\w/-])")
# A number whose symbol is its issuer's code alone ("Tờ trình số 58/SNV", "Công văn số 95/SCT").
_ISSUER_ONLY = re.compile(rf"(?<![\w/])(?P<n>{_NUM}){_SLASH}(?P<i>{_LETTERS})(?![\w/]|{_DASH}\w|\.\w)")
# A number whose type and issuer codes are written together, without their dash ("Nghị quyết số
# 71/NQCP", "Kế hoạch số 4732/KHUBND"): recorded as written (CONVENTIONS, session 35).
_UNDASHED = re.compile(rf"(?<![\w/])(?P<n>{_NUM}){_SLASH}(?P<c>{_LETTERS})(?![\w/]|{_DASH}\w|\.\w)")
_LETTER_CODE = "CV"  # doc_types.csv code of an official letter, for numbers that carry no type code
# A bare "số/năm" number ("Chỉ thị số 02/2020 của UBND tỉnh"): no type code, no issuer suffix.
_BARE = re.compile(rf"(?<![\w/.,])(?P<n>\d{{1,5}})/(?P<y>{YEAR})(?![\w/.,-]|\s*[-/])")
# "Số: 01/CT-UBND" on its own line, or a legal portal's metadata row "| Số hiệu | 01/CT-UBND |"
# (whose next row "Ngày ban hành | 11/07/2025" gives the signing date).
# Types that order or ask for a plan rather than enact one: "Công văn ... về việc xây dựng Kế
# hoạch ... 2026 - 2030" has no plan period of its own (contract enum values, not cue words).
_PERIODLESS = frozenset({"official_letter"})
# A directive takes the period its own subject names, unless it asks for a plan
# (``directive_serves``; CONVENTIONS sessions 34 and 42). Contract enum value, not a cue word.
_DIRECTIVE = "directive"
_TABLE = "document_cues.csv"
_IMPLEMENTS = frozenset({"plan", "programme"})  # doc_type values (contract enum) of texts that implement others
_TERM_MADE = frozenset({"programme", "resolution"})  # doc_type values of texts made for a term of office
_SPACES = re.compile(r"\s*")
_NO_PLAN = "other"  # the doc_type of texts that are no plans (decrees, laws, reports): contract enum value


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
    signed_date: dt.date | None = None
    title_vi: str | None = None
    period: tuple[int | None, int] | None = None
    plan_year: int | None = None
    vision_year: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        """The number folded (case, tone marks) and without spaces: one key per document."""
        return number_key(self.doc_number)

    @property
    def shouted(self) -> bool:
        """Whether the number was written all in upper case ("23-CTR/TU" in a headline)."""
        return self.doc_number.upper() == self.doc_number


def number_key(number: str) -> str:
    """Case- and space-insensitive key of a document number.

    >>> number_key("23-CTR/TU") == number_key("23-CTr/TU"), number_key("12 /KH-UBND")
    (True, '12/kh-ubnd')
    """
    return re.sub(r"\s+", "", fold(number))


def issuer_of(suffix: str, lex: Lexicons) -> tuple[str, bool]:
    """(issuer, is_provincial) of an issuer code: curated (``issuers.csv``), else ``other`` and
    provincial (an uncurated code is most often a provincial department's: "STP", "CAT")."""
    return lex.issuers.get(fold(suffix), ("other", True))


def _spelling(lex: Lexicons) -> dict[str, str]:
    """Folded type or issuer code -> its curated spelling ("ctr" -> "CTr", "ttg" -> "TTg")."""
    codes = list(lex.tables["issuers.csv"]["suffix"]) + list(lex.tables["doc_types.csv"]["code"])
    return {fold(c): c for c in codes}


def _as_written(code: str, spelled: dict[str, str]) -> str:
    """A code as curated when the text wrote it all in upper case, else as written."""
    return spelled.get(fold(code), code) if code.isupper() else code


def _letter(m: re.Match, text: str, lex: Lexicons) -> tuple | None:
    """An official letter numbered "số/issuer-unit": "Công văn số 16684/BTC-NSNN" is the
    Ministry of Finance's (BTC) letter drafted by its budget department (NSNN). The type is the
    noun before it when curated, else a letter ("CV"), as such numbers carry no type code."""
    t, i = m.group("t"), m.group("i")
    if m.group("y") or fold(t) in lex.doc_types or fold(t) not in lex.issuers:
        return None
    code = _noun_before(text, m.start(), lex) or _LETTER_CODE
    return (m.start(), m.end(), f"{m.group('n')}/{t}{_sep(m)}{i}{m.group('x')}", code, t, None)


def _sep(m: re.Match) -> str:
    """The separator between a number's type and issuer codes as written: a dot, else a dash."""
    return "." if m.groupdict().get("dot") else "-"


def _fused(m: re.Match, text: str, lex: Lexicons) -> tuple | None:
    """A type code written together with its drafter's ("Tờ trình số 07/TTrKHĐT-THQH": TTr of the
    department KHĐT): kept when the noun before it is curated and its code opens the fused one."""
    t = m.group("t")
    if fold(t) in lex.doc_types or fold(t) in lex.issuers:
        return None
    code = _noun_before(text, m.start(), lex)
    if code is None or not fold(t).startswith(fold(code)) or len(t) <= len(code):
        return None
    number = m.group(0)[: m.start("t") - m.start()].replace(" ", "") + f"{t}{_sep(m)}{m.group('i')}{m.group('x')}"
    return (m.start(), m.end(), number, code, t[len(code) :], int(m.group("y")) if m.group("y") else None)


def _numbered(lex: Lexicons, text: str) -> list[tuple[int, int, str, str, str, int | None]]:
    spelled, out = _spelling(lex), []
    out.extend(x for x in (_letter(m, text, lex) for m in _STATE.finditer(text)) if x)
    out.extend(x for x in (_fused(m, text, lex) for m in _STATE.finditer(text)) if x)
    for rx, party in ((_STATE, False), (_PARTY, True)):
        for m in rx.finditer(text):
            t, i = m.group("t"), m.group("i")
            if fold(t) not in lex.doc_types or not (fold(i) in lex.issuers or i.isupper()):
                continue  # a curated type; the issuer curated, else any code ("41/BC-STP": other)
            if t.isupper() and i.isupper():
                t, i = _as_written(t, spelled), _as_written(i, spelled)
            year = int(m.group("y")) if not party and m.group("y") else None
            tail = "" if party else m.group("x")
            number = (
                f"{m.group('n')}-{t}/{i}"
                if party
                else (
                    f"{m.group('n')}/{year}/{t}{_sep(m)}{i}{tail}" if year else f"{m.group('n')}/{t}{_sep(m)}{i}{tail}"
                )
            )
            out.append((m.start(), m.end(), number, _named_type(text, m, t, lex), i, year))
    return out


def find_document_numbers(text: str, lex: Lexicons) -> list[tuple[int, int, str, str, str, int | None]]:
    """Curated document numbers in ``text`` as (start, end, number, type code, issuer suffix, year).

    Example: "Quyết định số 4192/QĐ-UBND ngày 02/5/2024" gives "4192/QĐ-UBND", "QĐ", "UBND";
    "Kế hoạch số 12 /KH-UBND" gives "12/KH-UBND"; an en dash is a dash ("05–NQ/TU": "05-NQ/TU").
    """
    text = ascii_dashes(text)  # same length: the offsets hold for the text as written
    out = _numbered(lex, text) + _bare_numbers(text, lex) + _issuer_only(text, lex) + _undashed(text, lex)
    for m in _TYPELESS.finditer(text):
        i = m.group("i").replace(" ", "")
        t = _noun_before(text, m.start(), lex)
        if t is None or fold(i) not in lex.issuers:
            continue
        out.append((m.start(), m.end(), f"{m.group('n')}/{m.group('y')}/{i}", t, i, int(m.group("y"))))
    return sorted(out)


def _issuer_only(text: str, lex: Lexicons) -> list[tuple[int, int, str, str, str, int | None]]:
    """Numbers whose symbol is a curated issuer's code alone, right after "số": "Tờ trình số
    58/SNV ngày 14/02/2019" is the Home Affairs department's submission (the noun before gives
    the type), "tạiCông văn số 95/SCT" a letter (``CV`` when no noun is read)."""
    number = compiled(
        lex, "doc_number_noun", lambda x: re.compile(rf"(?<!\w){cue_group(x, _TABLE, 'number_noun')}\s+$")
    )
    folded, out = fold(text), []
    for m in _ISSUER_ONLY.finditer(text):
        i = m.group("i")
        if fold(i) not in lex.issuers or fold(i) in lex.doc_types:
            continue
        if not number.search(folded, max(0, m.start() - 8), m.start()):
            continue
        code = _noun_before(text, m.start(), lex) or _LETTER_CODE
        out.append((m.start(), m.end(), f"{m.group('n')}/{i}", code, i, None))
    return out


def _undashed(text: str, lex: Lexicons) -> list[tuple[int, int, str, str, str, int | None]]:
    """Numbers written without the dash between their type and issuer codes, recorded as written
    (CONVENTIONS, session 35): "Nghị quyết số 71/NQCP" is the Government's resolution (NQ + CP).
    Kept only when a curated document noun stands before it, the fused code opens with that
    noun's type code and the rest is a curated issuer's code."""
    out = []
    for m in _UNDASHED.finditer(text):
        c = m.group("c")
        if fold(c) in lex.doc_types or fold(c) in lex.issuers:
            continue
        code = _noun_before(text, m.start(), lex)
        if code is None or not fold(c).startswith(fold(code)) or fold(c[len(code) :]) not in lex.issuers:
            continue
        out.append((m.start(), m.end(), f"{m.group('n')}/{c}", code, c[len(code) :], None))
    return out


def _bare_context(lex: Lexicons) -> tuple[re.Pattern, re.Pattern]:
    nouns = alternation(list(lex.doc_nouns))
    before = re.compile(rf"(?<!\w)(?P<noun>{nouns})\s+{cue_group(lex, _TABLE, 'number_noun')}\s+$")
    after = re.compile(rf"\s+{cue_group(lex, _TABLE, 'issuer_lead')}\s+(?P<i>{_LETTERS})(?!\w)")
    return before, after


def _bare_numbers(text: str, lex: Lexicons) -> list[tuple[int, int, str, str, str, int | None]]:
    """Numbers written without their symbol: "Chỉ thị số 02/2020 của UBND tỉnh" -> "02/2020",
    type CT, issuer UBND. Kept only when a curated document noun and "số" stand right before the
    number and an issuer lead ("của") with a curated issuer code right after it."""
    before, after = compiled(lex, "bare_number_context", _bare_context)
    folded, out = fold(text), []
    for m in _BARE.finditer(text):
        b = before.search(folded, max(0, m.start() - 30), m.start())
        a = after.match(folded, m.end())
        if b is None or a is None or fold(a.group("i")) not in lex.issuers:
            continue
        code = lex.doc_nouns[" ".join(b.group("noun").split())]
        out.append((m.start(), m.end(), m.group(0), code, text[a.start("i") : a.end("i")], int(m.group("y"))))
    return out


def _noun_before(text: str, pos: int, lex: Lexicons) -> str | None:
    """The curated type code of the document noun that introduces a number without one:
    "Nghị quyết số 202/2025/QH15" -> "NQ"; "Luật Quy hoạch số 21/2017/QH14" -> "L"; None when
    no curated noun stands within the few words before it, outside a body's name ("Kế hoạch" in
    "Sở Kế hoạch và Đầu tư")."""
    start = max(0, pos - 80)
    before = fold(text[start:pos])
    number = cue_group(lex, _TABLE, "number_noun")
    named = [(b.start - start, b.end - start) for b in lex.bodies.find_in_slice(text, start, pos)]
    hits = []
    for name, code in lex.doc_nouns.items():
        # a list's item number glued to the noun ("- 8Nghị quyết 35/2023/UBTVQH15") does not hide it
        m = re.search(rf"(?<![^\W\d_]){re.escape(name)}(?:\s+[\w]+){{0,8}}?\s+(?:{number}\s+)?$", before)
        if m and any(a <= m.start() < b for a, b in named):
            continue  # "Sở Kế hoạch và Đầu tư tại Văn bản số ...": a body's name holds no document noun
        if m:
            hits.append((m.start(), len(name), code))
    if not hits:
        return None
    best = max(hits, key=lambda h: (h[0], h[1]))
    # a noun right after another qualifies it: "Văn bản hướng dẫn số ..." is a letter (the head noun)
    head = [h for h in hits if h[0] + h[1] < best[0] and not before[h[0] + h[1] : best[0]].strip()]
    return (head[0] if head else best)[2]


def _named_type(text: str, m: re.Match, t: str, lex: Lexicons) -> str:
    """The type code of a number, or that of the document noun before it when the code is that
    noun's initials and stands for another type too: "Chương trình (hành động) số 09-CT/TU" is a
    programme, as CT is also a directive's code."""
    names = compiled(lex, "doc_ambiguous_codes", _ambiguous_codes).get(fold(t), ())
    before = fold(text[max(0, m.start() - 80) : m.start()])
    if not any(n in before for n in names):
        return t  # no curated noun of another type that abbreviates to this code stands before it
    code = _noun_before(text, m.start(), lex)
    if code is None or lex.doc_types[fold(code)] == lex.doc_types[fold(t)]:
        return t
    name = next(n for n, c in lex.doc_nouns.items() if c == code)
    return code if _initials(name).startswith(fold(t)) else t


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _ambiguous_codes(lex: Lexicons) -> dict[str, tuple[str, ...]]:
    """Folded type code -> the folded curated nouns of another type whose initials open it ("ct":
    "chương trình", a programme, while CT is a directive's code)."""
    out: dict[str, tuple[str, ...]] = {}
    for code in lex.tables["doc_types.csv"]["code"]:
        key = fold(code)
        names = tuple(
            n
            for n, c in lex.doc_nouns.items()
            if _initials(n).startswith(key) and lex.doc_types[fold(c)] != lex.doc_types[key]
        )
        if names:
            out[key] = names
    return out


def _span_bound(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'span_bound')}\s+ngay\s*$")


def _dated(text: str, d: dates.DateMention, floor: int, lex: Lexicons) -> bool:
    """Whether a date before a number reads as its signing day: "Ngày 02 tháng 5 năm 2024, UBND
    tỉnh ban hành ...", "ngày 15/01/2021"; not a time span's bound ("Từ ngày 01/7/2025, ...",
    "trước ngày 15/12")."""
    return _dated_at(text, d.start, floor, lex)


def _dated_at(text: str, start: int, floor: int, lex: Lexicons) -> bool:
    """``_dated`` for a date starting at ``start``; a bound stressed as a point in time ("ngay từ
    ngày 1/1/2025, cơ quan này đã ban hành ...": ``span_point``) is the day itself."""
    before = fold(text[max(floor, start - 20) : start])
    if fold(text[start : start + 4]) == "ngay":
        before += "ngay"
    bound = compiled(lex, "doc_span_bound", _span_bound).search(before)
    if bound and compiled(lex, "doc_span_point", _span_point).search(before, 0, bound.start()):
        bound = None
    return bool(re.search(r"(?<!\w)ngay\s*$", before)) and not bound


def _span_point(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'span_point')}\s+$")


def _header_stop(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"\n\s*{cue_group(lex, _TABLE, 'header_stop')}(?!\w)")


def _header_end(text: str, start: int, end: int, lex: Lexicons) -> int | None:
    """End of a legal text's own header when the number stands on its "Số: 130/NQ-HĐND" line:
    the header runs over the place-and-date line ("Thái Nguyên, ngày 10 tháng 12 năm 2020"),
    the type and the title ("NGHỊ QUYẾT / Về Kế hoạch ... 2021 - 2025") up to the first
    "Căn cứ", "QUYẾT NGHỊ", "Điều 1" (``header_stop`` cues) or 400 characters; None otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    header_number = compiled(lex, "doc_header_number", _header_number)
    alone = not text[end:line_end].strip(" |\t")
    if not (
        (alone and header_number.fullmatch(fold_short(text[line_start:start])))
        or (alone and _split_header(text, line_start, start, header_number))
        or _header_row(text, line_start, start, end, line_end, lex)
    ):
        return None
    stops = compiled(lex, "doc_header_stop", _header_stop).finditer(fold(text), line_end)
    body = next((m for m in stops if not _upper_line(text, m.end() - 1)), None)
    return body.start() if body else min(len(text), line_end + 400)


def _upper_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is written in capitals: a title line ("THỰC HIỆN NGHỊ QUYẾT
    SỐ ... ĐẾN NĂM 2030"), whose words open no preamble."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    letters = [c for c in text[start : end if end >= 0 else len(text)] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _header_row(text: str, line_start: int, start: int, end: int, line_end: int, lex: Lexicons) -> bool:
    """Whether a number is a legal text's own on a letterhead flattened into one row: written
    after "Số:" (with its colon) and followed by a table cell ("Số: 70/2014/NQ-HĐND | Sơn La,
    ngày 03 tháng 4 năm 2014 |", "ỦY BAN NHÂN DÂN TỈNH ... Số: 39/2017/QĐ-UBND | CỘNG HÒA ...")."""
    label = compiled(lex, "doc_header_label", _header_label).search(fold_short(text[line_start:start]))
    rest = text[end:line_end].lstrip(" \t")
    if label:
        return rest.startswith("|") or bool(_NEXT_LABEL.match(rest))
    word = _WORD.match(rest)
    return _letterhead(text, line_start, start, lex) and (rest.startswith("|") or bool(word and word[0].isupper()))


# The national motto in capitals after a letterhead's number ("... Số 708-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM").
_WORD = re.compile(r"[^\W\d_]{2,}(?!\w)")


def _letterhead(text: str, line_start: int, start: int, lex: Lexicons) -> bool:
    """Whether a number follows a letterhead's label with no colon, only the issuer in capitals
    before it on its line and no document noun: "TỈNH ỦY HÀ GIANG * Số 215-BC/TU" -> True; "Báo cáo
    số 215-BC/TU" and a title line's "TRIỂN KHAI NGHỊ QUYẾT SỐ 12/NQ-CP NGÀY ..." -> False."""
    before = text[line_start:start]
    m = compiled(lex, "doc_letterhead_label", _letterhead_label).search(fold_short(before))
    letters = [c for c in before[: m.start()] if c.isalpha()] if m else []
    capitals = bool(letters) and all(c.isupper() for c in letters) and before[m.start()].isupper()
    return capitals and _noun_before(text, start, lex) is None  # not a title line's "NGHỊ QUYẾT SỐ ..."


def _letterhead_label(lex: Lexicons) -> re.Pattern:
    """A header's number label without its colon at the end of the words before a number."""
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'header_number')}\s+$")


# A legal portal's metadata row written with colons: the number's cell is followed by the next
# label on its line ("Số hiệu: 02/CT-UBND Loại văn bản: Chỉ thị"), and the row "Ngày ban hành:
# 13/01/2020" below dates it.
_NEXT_LABEL = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}:(?!\S)")


def _header_label(lex: Lexicons) -> re.Pattern:
    """A header's number label with its colon at the end of the words before a number."""
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'header_number')}\s*:\s*$")


def _split_header(text: str, line_start: int, start: int, header_number: re.Pattern) -> bool:
    """Whether a number alone on its line follows a "Số:" line (a letterhead table flattened
    one cell per line: "Số:" / "55/NQ-HĐND" / "|" / "Nam" / "Định, ngày 02 tháng 12 năm 2021")."""
    if text[line_start:start].strip(" |\t"):
        return False
    before = [ln for ln in text[max(0, line_start - 40) : line_start].split("\n") if ln.strip(" |\t")]
    return bool(before) and bool(header_number.fullmatch(fold_short(before[-1])))


def _line_end(text: str, pos: int) -> int:
    """End of the line at ``pos``, running over hard-wrapped lines (a printed page's text where
    "Quyết định số 63/QĐ-TTg" ends a line and "ngày 12 tháng 01 năm 2018 ..." starts the next),
    and to the end of its paragraph on a page wrapped throughout ("... Chương trình tổng thể
    của" / "Chính phủ về ... giai đoạn 2016-2020;": ``segment.paragraphs``)."""
    start = pos
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        if not _wrapped(text, nl):
            para = next((b for a, b in paragraphs(text) if a <= start < b), nl)
            return max(nl, para)
        pos = nl + 1


def _wrapped(text: str, nl: int) -> bool:
    """Whether the line break at ``nl`` is a hard wrap (``unwrap.goes_on`` on the lines either
    side: "Tờ trình số 120/TTr-UBND ngày" / "08 tháng 11 năm 2021 ..." goes on; "... của Bộ
    Chính trị" / "Để bảo đảm ..., ngày 03/4/2025, UBND tỉnh ban hành ..." are two sentences)."""
    start = text.rfind("\n", 0, nl) + 1
    end = text.find("\n", nl + 1)
    return goes_on(text[start:nl], text[nl + 1 : end if end >= 0 else len(text)])


def _line_start(text: str, pos: int) -> int:
    """Start of the line at ``pos``, running back over hard-wrapped lines ("Ngày 14 tháng 5 năm
    2025, Ủy ban nhân dân" / "tỉnh đã ban hành Kế hoạch số ...": one sentence)."""
    nl = text.rfind("\n", 0, pos)
    while nl > 0 and _wrapped(text, nl):
        nl = text.rfind("\n", 0, nl)
    return max(nl, 0)


def _sentence_bounds(text: str, pos: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence of a number at ``pos``-``end`` (a number broken over two
    lines, "Tờ trình số 473/TTr -" / "NN&PTNT ngày ...", reads on from its second line)."""
    start = max(_line_start(text, pos), max(text.rfind(". ", 0, pos) + 1, 0))
    line_end = _line_end(text, end)
    # the sentence ends where the next one starts ("... giai đoạn 2021-2025, tỉnh ... . Báo cáo
    # ... cho giai đoạn 2026-2031": the later period is no part of this number's context)
    later = [b for _, b in sentences(text, (end, line_end))]
    return start, later[0] if later else line_end


def _context(text: str, numbers: list, k: int, lex: Lexicons) -> tuple[int, int, int]:
    """(sentence start, lead-in end, stop) of the k-th number: its sentence, cut at the next
    number or ';' (not one before a lower-case vision: ``title_semicolons``); the lead-in is what stands before the sentence's first number (a date there
    dates every number of the sentence, a date after a number is that number's)."""
    start, end = numbers[k][0], numbers[k][1]
    s_start, s_end = _sentence_bounds(text, start, end)
    lead_end = min((n[0] for n in numbers[: k + 1] if n[0] >= s_start), default=start)
    stop = numbers[k + 1][0] if k + 1 < len(numbers) and numbers[k + 1][0] < s_end else s_end
    semi = text.find(";", end, stop)
    return s_start, lead_end, title_stop(text, semi, stop, lex) if semi >= 0 else stop


def _read_signed_date(
    doc: DocumentMention, text: str, lead: tuple[int, int], stop: int, header: bool, lex: Lexicons
) -> None:
    """The signing date: in the header, right after the number ("... ngày 02/5/2024", which
    extends the quote), or a dated lead-in before the sentence's first number ("Ngày 10/3/2025,
    ... ban hành ..."; not the date of an earlier number: "Kế hoạch số 129-KH/TU ngày 8-4-2022
    ... thực hiện Kết luận số 21-KL/TW" leaves the conclusion undated)."""
    after = dates.find_dates(text, connectives(lex), doc.end, min(stop, doc.end + (160 if header else 90)))
    close = bool(after) and (header or _dated_after(text, doc.end, after[0].start, lex))
    session = _session_date(doc, text, stop, lex) if not close and doc.issuer == _COUNCIL else []
    if session:
        doc.signed_date = session[0].value
        return
    if header and after:
        doc.signed_date = after[0].value
    elif after and _dated_after(text, doc.end, after[0].start, lex):
        doc.signed_date = after[0].value
        doc.quote_end = after[0].end
    else:
        s_start, lead_end = lead
        before = [
            d for d in dates.find_dates(text, connectives(lex), s_start, lead_end) if _dated(text, d, s_start, lex)
        ]
        if before:
            doc.signed_date = before[-1].value


_COUNCIL = "provincial_peoples_council"
_OTHER = "other"  # the issuer of a department's text: contract enum value


def _session_date(doc: DocumentMention, text: str, stop: int, lex: Lexicons) -> list:
    """The date of the session a council's resolution was passed at, said after it in its
    sentence ("... thông qua Nghị quyết số 55/NQ-HĐND về ... tại Kỳ họp thứ 4 ..., ngày
    9/12/2021"): a council signs its resolutions the day it passes them. Only the first date
    after the session's noun (``document_cues.csv`` ``session``), none past ``stop``."""
    session = compiled(lex, "doc_session", _session).search(fold(text), doc.end, stop)
    return dates.find_dates(text, connectives(lex), session.end(), stop)[:1] if session else []


def _session(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'session')}(?!\w)")


def _dated_after(text: str, end: int, date_start: int, lex: Lexicons) -> bool:
    """Whether a date after a number is its signing date: close to it ("số 12/KH-UBND ngày
    ...", "số 45/KH-UBND, ngày ..."), or after its issuer's phrase ("Nghị quyết số 12-NQ/TU của
    Ban Thường vụ Tỉnh ủy ngày 05/6/2023"); a span's bound ("từ ngày") is none."""
    gap = fold(text[end:date_start])
    if compiled(lex, "doc_span_bound", _span_bound).search(gap):
        return False  # "..., từ ngày 01/7/2025 các xã ...": a time span, not the signing day
    if date_start - end < 25:
        return "ngay" in gap + "ngay"
    issuer = compiled(lex, "doc_issuer_gap", _issuer_gap).fullmatch(gap.rstrip())
    return bool(issuer) and bool(re.search(r"(?<!\w)ngay\s*$", gap)) and "," not in gap


def _read_yearless_date(doc: DocumentMention, text: str, lead: tuple[int, int], page: dt.date, lex: Lexicons) -> None:
    """A signing day and month without a year, right after the number ("Công văn số 4410/UBND-NN
    ngày 12/8") or in the lead-in ("Ngày 12/8, UBND tỉnh ban hành ..."), in the year of the
    page's date (``dates.in_year_of``)."""
    s_start, lead_end = lead
    after = [d for d in dates.find_day_months(text, doc.end, min(len(text), doc.end + 25))]
    after = [d for d in after if re.fullmatch(r"[\s,]*ngay\s*", fold(text[doc.end : d[0]]))]
    before = [d for d in dates.find_day_months(text, s_start, lead_end) if _dated_at(text, d[0], s_start, lex)]
    found = after[:1] or before[-1:]
    if found:
        doc.signed_date = dates.in_year_of(found[0][2], found[0][3], page)


def _title_cue(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'title')}\s+")


def _header_title(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"(?m)^\s*{cue_group(lex, _TABLE, 'header_title')}\s+")


def _short_name(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"\s*\((?:{cue_group(lex, _TABLE, 'short_name')})[^)]*\)")


def _title_start(text: str, pos: int, stop: int, header: bool, lex: Lexicons) -> re.Match | None:
    """The first title cue after ``pos`` written exactly as curated, tone marks included ("về",
    not the "vệ" of "bảo vệ", which folds alike)."""
    kind = "header_title" if header else "title"
    rx = compiled(lex, f"doc_{kind}", _header_title if header else _title_cue)
    said = {" ".join(c.lower().split()) for c in cue_words(lex, _TABLE, kind)}
    for m in rx.finditer(fold(text), pos, stop):
        if " ".join(text[m.start() : m.end()].lower().split()) in said:
            return m
    return None


def _issuer_gap(lex: Lexicons) -> re.Pattern:
    """An issuer phrase between a number and its title ("của Hội đồng nhân dân tỉnh Yên Bái khóa
    XVII, kỳ họp thứ 16"), over folded text: the ``issuer_lead`` cue and no clause end."""
    return re.compile(rf"[\s,]*{cue_group(lex, _TABLE, 'issuer_lead')}\s[^;.]*")


def _near_title(text: str, pos: int, m: re.Match, lex: Lexicons) -> bool:
    """Whether a title cue at ``m`` is the number's: within 60 characters of it, or within 160
    when only the issuer's phrase stands between them; never when a body set off by a comma
    stands right before it, the subject of a clause of its own ("Thực hiện Kế hoạch số ... của
    Tỉnh ủy, UBND tỉnh ban hành kế hoạch ... giai đoạn 2021-2025": the author issues its text)."""
    if _subject_before(text, pos, m.start(), lex):
        return False
    if m.start() - pos < 60:
        return True
    gap = compiled(lex, "doc_issuer_gap", _issuer_gap)
    return m.start() - pos < 160 and bool(gap.fullmatch(fold(text), pos, m.start()))


def _subject_before(text: str, pos: int, cue: int, lex: Lexicons) -> bool:
    """Whether a body's name fills the words between the last comma after ``pos`` and ``cue``."""
    comma = text.rfind(",", pos, cue)
    if comma < 0:
        return False
    named = lex.bodies.find_in_slice(text, comma + 1, cue)
    return bool(named) and not text[comma + 1 : named[0].start].strip() and not text[named[-1].end : cue].strip()


def _read_title(text: str, pos: int, stop: int, header: bool, lex: Lexicons) -> tuple[str | None, int | None]:
    """What the document enacts: the words after a title cue ("về việc", "ban hành") close to
    the number (``_near_title``), or the title line of the header; "(gọi tắt là ...)" is dropped,
    and so is a leading "về" before "phê duyệt" / "ban hành". Returns (title, where it starts)."""
    m = _title_start(text, pos, stop, header, lex)
    if not m or not (header or _near_title(text, pos, m, lex)):
        return None, None
    title_end = text.find("\n", m.start(), stop) if header else -1
    title_end = title_end if title_end >= 0 else stop
    short = compiled(lex, "doc_short_name", _short_name)
    raw = text[m.start() : title_end]
    title = _drop_short(raw, short).strip(" ,.;:")
    cue = fold(m.group(0)).strip()
    if any(cue == d.split()[0] and fold(title).startswith(d) for d in _dropped(lex)):
        title = title[len(m.group(0)) :].strip()
    return (title[:1].upper() + title[1:] if title else None), m.start()


def _headline_title(text: str, doc: DocumentMention, lex: Lexicons) -> tuple[str | None, int | None]:
    """The title of a legal portal's headline, the page's first line: the document's type, its
    number, the year it was issued, then its title with no title cue ("Kế hoạch 0265/KH-UBND năm
    2025 phát triển kinh tế biển giai đoạn 2026-2030, tầm nhìn đến năm 2045 ...")."""
    first = len(text) - len(text.lstrip())
    if doc.start > text.find("\n", first) >= 0:
        return None, None
    m = compiled(lex, "doc_headline", _headline).match(fold(text), doc.quote_end)
    if m is None or not compiled(lex, "doc_headline_type", _headline_type).fullmatch(fold(text[first : doc.start])):
        return None, None
    line_end = text.find("\n", m.end())
    title = text[m.end() : line_end if line_end >= 0 else len(text)].strip(" ,.;:|")
    return (title[:1].upper() + title[1:], m.end()) if title else (None, None)


def _headline(lex: Lexicons) -> re.Pattern:
    """The year of issue after a headline's number ("năm 2025"), over folded text."""
    year = alternation(role_cues(lex, "year_noun"))
    return re.compile(rf"\s+{year}\s+{YEAR}\s+(?=\w)")


def _issue_year_end(folded: str, doc: DocumentMention, lex: Lexicons) -> int:
    """Where a mention's words start after a year of issue written between its number and a
    title cue, as a legal portal's list of related texts writes them ("Nghị quyết 117/NQ-CP năm
    2023 về ... giai đoạn 2023-2025": 2023 is the year it was issued, no plan year), else the
    mention's end."""
    m = compiled(lex, "doc_headline", _headline).match(folded, doc.quote_end)
    if m is None or not compiled(lex, "doc_title", _title_cue).match(folded, m.end()):
        return doc.end
    return m.end()


def _headline_type(lex: Lexicons) -> re.Pattern:
    """A document type's name, with "số", before a headline's number, over folded text."""
    names = alternation(list(lex.tables["doc_types.csv"]["name_vi"]))
    return re.compile(rf"\s*{names}(?:\s+{cue_group(lex, _TABLE, 'number_noun')})?\s*")


def _dropped(lex: Lexicons) -> list[str]:
    """The folded ``title_dropped`` cues: "về phê duyệt" -> "vê phê duyêt"."""
    return [" ".join(fold(c).split()) for c in cue_words(lex, _TABLE, "title_dropped")]


def _header_number(lex: Lexicons) -> re.Pattern:
    """A header's number label on folded text: "Số:", "| Số hiệu |"."""
    return re.compile(rf"[\s|]*{cue_group(lex, _TABLE, 'header_number')}\s*[:|]?\s*")


def _drop_short(raw: str, short: re.Pattern) -> str:
    """``raw`` without its "(gọi tắt là ...)" parts (found on the folded text, same offsets)."""
    folded, out, pos = fold(raw), [], 0
    for m in short.finditer(folded):
        out.append(raw[pos : m.start()])
        pos = m.end()
    return "".join(out) + raw[pos:]


def _annual(lex: Lexicons) -> re.Pattern:
    """An annual plan's year ("Kế hoạch ... năm 2021"), not a horizon ("... đến năm 2030")."""
    year = alternation(role_cues(lex, "year_noun"))
    horizon = alternation(role_cues(lex, "vision_lead"))
    return re.compile(
        rf"{cue_group(lex, _TABLE, 'annual')}[^;]{{0,120}}?(?:(?<!\w)({horizon})\s+)?\b{year}\s+({YEAR})(?!\s*-)"
    )


def _periodless(doc: DocumentMention, lex: Lexicons) -> bool:
    """Whether a document sets no plan period of its own: a directive or letter that asks for a
    plan, a type curated ``periodless`` ("Tờ trình số ... về dự thảo Nghị quyết ... giai đoạn
    2026 - 2030" submits the resolution, whose period it is), or a conclusion or notice whose own
    subject is no plan ("Thông báo số ... về kết luận họp ...": ``own_subjects``)."""
    if doc.doc_type in _PERIODLESS:
        return True
    if subject_bound(doc.type_code, lex):  # "Kết luận ... về Quy hoạch tỉnh thời kỳ 2021 - 2030"
        return not own_plan_subject(doc.title_vi, lex)
    names = compiled(lex, "doc_periodless", _periodless_codes)
    return fold(doc.type_code) in names


def _periodless_codes(lex: Lexicons) -> frozenset[str]:
    """Folded type codes ("ttr", "bc") whose curated name is a ``periodless`` cue."""
    cues = {fold(c) for c in cue_words(lex, _TABLE, "periodless")}
    t = lex.tables["doc_types.csv"]
    return frozenset(fold(c) for c, n in zip(t["code"], t["name_vi"]) if fold(n) in cues)


def _horizon(lex: Lexicons) -> re.Pattern:
    """The folded year cues that make a year a horizon ("đến", "tới": ``vision_lead``)."""
    return re.compile(alternation(role_cues(lex, "vision_lead")))


def _year_in_period(text: str, start: int, periods: list[tuple[int, int, int, int]], lex: Lexicons) -> int | None:
    """A single year named before the first period and inside it: the document plans that
    year of the period it serves ("Quyết định số 4647/QĐ-UBND nêu rõ, năm 2024 là năm tăng tốc
    ... kế hoạch 5 năm giai đoạn 2021 - 2025" -> 2024, no period). A horizon ("đến năm 2030")
    or the year of a date ("ngày 14 tháng 12 năm 2021") is no such year."""
    if not periods:
        return None
    first, _, low, high = periods[0]
    words = connectives(lex)
    horizon = compiled(lex, "doc_horizon", _horizon)
    in_dates = [(d.start, d.end) for d in dates.find_dates(text, words, start, first)]
    years = [
        y
        for s, _, y, cue in dates.find_years(text, words, start, first)
        if not horizon.fullmatch(cue) and low <= y <= high and not any(a <= s < b for a, b in in_dates)
    ]
    return years[0] if years else None


def _guided(lex: Lexicons) -> re.Pattern:
    """A vision written as a direction ("định hướng đến năm 2030": ``vision`` cues of
    ``document_cues.csv``), over folded text."""
    lead = alternation(role_cues(lex, "vision_lead"))
    noun = alternation(role_cues(lex, "year_noun"))
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'vision')}\s+(?:{lead}\s+)?(?:{noun}\s+)?({YEAR})(?!\d)")


def _guided_vision(text: str, start: int, stop: int, lex: Lexicons) -> re.Match | None:
    """ "Quy hoạch ... đến năm 2020, định hướng đến năm 2030": the direction's year is the vision."""
    return compiled(lex, "doc_guided", _guided).search(fold(text), start, stop)


def _horizon_year(text: str, start: int, stop: int, lex: Lexicons) -> int | None:
    """The horizon of a text that names no start year: "Quy hoạch ... đến năm 2020, tầm nhìn
    đến năm 2030" plans up to 2020 (its vision year is read apart); the first year after a
    ``vision_lead`` word ("đến", "tới") outside the vision phrase, unless a plain year comes
    first (the plan of that year)."""
    words = connectives(lex)
    vision = words.vision.search(fold(text), start, stop) or _guided_vision(text, start, stop, lex)
    horizon = compiled(lex, "doc_horizon", _horizon)
    in_dates = [(d.start, d.end) for d in dates.find_dates(text, words, start, stop)]
    for s, _, y, cue in dates.find_years(text, words, start, stop):
        if any(a <= s < b for a, b in in_dates):
            continue  # "Hưng Yên, ngày 02 tháng 3 năm 2024": a date, no plan year
        if not cue:
            return None  # "Kế hoạch ... năm 2024, định hướng đến năm 2025": a plan of one year
        if horizon.fullmatch(cue) and not (vision and vision.start() <= s < vision.end()):
            return y
    return None


def _horizon_vision(text: str, start: int, stop: int, horizon: int, lex: Lexicons) -> int | None:
    """The vision of a text planning up to ``horizon``: "tầm nhìn đến năm 2050", else a direction
    after the horizon ("... đến năm 2025, định hướng đến năm 2030" -> 2030; CONVENTIONS)."""
    vision = dates.find_vision_year(text, connectives(lex), start, stop)
    guided = _guided_vision(text, start, stop, lex)
    if vision is None and guided and int(guided.group(1)) > horizon:
        return int(guided.group(1))
    return vision


def _before_issuer(
    doc: DocumentMention, periods: list[tuple[int, int, int, int]], folded: str, lex: Lexicons
) -> list[tuple[int, int, int, int]]:
    """The periods of a titled mention whose title names none, without those written after its
    issuer (``issuer_lead`` "của") and before its title: the issuer's term ("Kết luận số ...
    của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020-2025 về kế hoạch ... năm 2025")."""
    start = doc.extra.get("title_start")
    if start is None:
        return periods
    lead = compiled(
        lex, "doc_issuer_lead", lambda x: re.compile(rf"(?<!\w){cue_group(x, _TABLE, 'issuer_lead')}(?!\w)")
    )
    owner = lead.search(folded, doc.end, start)
    return [p for p in periods if p[0] < owner.start()] if owner else periods


def _title_periods(
    doc: DocumentMention, periods: list[tuple[int, int, int, int]], folded: str, lex: Lexicons
) -> list[tuple[int, int, int, int]]:
    """The periods that speak of the document itself: those of its title when it has some (not
    its issuer's term: "của Ban Chấp hành Đảng bộ tỉnh khóa I, nhiệm kỳ 2025-2030 về ... giai đoạn
    2026-2030", also when the title names no period: ``_before_issuer``), and of a title that reviews one period and plans the next ("về tình hình ... 5 năm
    (2011-2015) và mục tiêu ... Kế hoạch ... 5 năm (2016-2020)") the later one first."""
    start = doc.extra.get("title_start")
    titled = [p for p in periods if start is not None and p[0] >= start]
    periods = titled or _before_issuer(doc, periods, folded, lex)
    if len(periods) > 1 and periods[1][2] >= periods[0][3]:
        return periods[1:]
    return periods


def _term_of_office(folded: str, start: int, at: int, lex: Lexicons) -> bool:
    """Whether the period at ``at`` is a term of office (``term_of_office``: "nhiệm kỳ 2021 -
    2026" of a post, a council or a congress): no document's plan period."""
    term = compiled(
        lex, "doc_term_of_office", lambda x: re.compile(rf"(?<!\w){cue_group(x, _TABLE, 'term_of_office')}\s*\(?\s*$")
    )
    return bool(term.search(folded, max(start, at - 20), at))


def _programme_term(folded: str, at: int, lex: Lexicons) -> bool:
    """Whether the term of office at ``at`` is the period of a programme or resolution made for
    it, the term right after the text's noun and its issuer ("Chương trình hành động của Chính
    phủ nhiệm kỳ 2021 - 2026", CONVENTIONS session 30); an issuer's numbered term ("của Ban Chấp
    hành Đảng bộ tỉnh khóa XV, nhiệm kỳ ...") stays no period."""
    made = compiled(lex, "doc_programme_term", _programme_term_pattern)
    return made.search(folded, max(0, at - 120), at) is not None


def _programme_term_pattern(lex: Lexicons) -> re.Pattern:
    kinds = lex.tables["doc_types.csv"]
    nouns = alternation(list(kinds[kinds["doc_type"].isin(_TERM_MADE)]["name_vi"]))
    lead, term = cue_group(lex, _TABLE, "issuer_lead"), cue_group(lex, _TABLE, "term_of_office")
    body_term = alternation(role_cues(lex, "body_term"))  # "khóa XV": a body's own term
    return re.compile(
        rf"(?<!\w){nouns}\s+{lead}\s+(?:(?!{body_term}(?!\w))[^\W\d][^\s,;.()]*\s+){{1,6}}{term}\s*\(?\s*$"
    )


def _congress_term(doc: DocumentMention, text: str, stop: int, lex: Lexicons) -> tuple[int, int] | None:
    """The term of the congress that issued the document, named as its issuer right after it and
    before any title ("Nghị quyết số 01-NQ/ĐH ngày ... của Đại hội đại biểu Đảng bộ tỉnh lần thứ
    XVI, nhiệm kỳ 2020-2025"): a congress resolution plans its term (``congress``), the one
    exception to ``term_of_office``."""
    issued = compiled(lex, "doc_congress", _congress)
    folded = fold(text)
    m = issued.match(folded, doc.quote_end, stop)
    title = doc.extra.get("title_start")
    if m is None or (title is not None and title < m.end()):
        return None
    found = dates.find_periods(folded, m.end(), stop)
    return (found[0][2], found[0][3]) if found and not folded[m.end() : found[0][0]].strip(" (") else None


def _plan_making(folded: str, start: int, at: int, lex: Lexicons) -> bool:
    """Whether a text's title speaks of the making of plans before the period at ``at``
    (``plan_making``: "... đẩy nhanh tiến độ lập và nâng cao chất lượng quy hoạch thời kỳ 2021 -
    2030"): the period (and the vision) are the plans', the text sets none."""
    making = compiled(
        lex, "doc_plan_making", lambda x: re.compile(rf"(?<!\w){cue_group(x, _TABLE, 'plan_making')}(?!\w)")
    )
    return making.search(folded, start, at) is not None


def _serves_another(folded: str, start: int, at: int, lex: Lexicons) -> bool:
    """Whether a directive's title, before its period at ``at``, asks for a plan (``directive_serves``:
    "Chỉ thị ... về việc xây dựng Kế hoạch phát triển ... 5 năm 2026 - 2030"): the period is that
    plan's. A directive on its own subject ("Chỉ thị ... về công tác phổ cập giáo dục ... đến năm 2030
    và tầm nhìn đến năm 2045"), or urging a programme its title names ("... đẩy mạnh thực hiện Chương
    trình ... giai đoạn 2021 - 2030"), takes it (CONVENTIONS, sessions 34, 41 and 42)."""
    serves = compiled(
        lex, "doc_directive_serves", lambda x: re.compile(rf"(?<!\w){cue_group(x, _TABLE, 'directive_serves')}(?!\w)")
    )
    return serves.search(folded, start, at) is not None


def _years_after_pattern(lex: Lexicons) -> re.Pattern:
    year = alternation(role_cues(lex, "year_noun"))
    lead = alternation(role_cues(lex, "vision_lead"))
    after = cue_group(lex, _TABLE, "years_after")
    return re.compile(
        rf"(?<!\w){year}\s+((?:19|20)\d{{2}})\s+{after}\s+(?:{lead})\s+(?:{year}\s+)?((?:19|20)\d{{2}})(?!\d)"
    )


def _years_after(folded: str, start: int, stop: int, lex: Lexicons) -> tuple[int, int, int, int] | None:
    """A year and the years after it up to a horizon, as a period (start, end, first, last):
    "giao chỉ tiêu ... trong năm 2025 và các năm tiếp theo đến năm 2030" -> 2025 - 2030
    (``years_after``; CONVENTIONS, session 35)."""
    m = compiled(lex, "doc_years_after", _years_after_pattern).search(folded, start, stop)
    if m is None or int(m.group(1)) >= int(m.group(2)):
        return None
    return (m.start(), m.end(), int(m.group(1)), int(m.group(2)))


def _congress(lex: Lexicons) -> re.Pattern:
    lead, congress = cue_group(lex, _TABLE, "issuer_lead"), cue_group(lex, _TABLE, "congress")
    term = cue_group(lex, _TABLE, "term_of_office")
    return re.compile(rf"[\s,]*{lead}\s+{congress}(?!\w)[^;.\n]{{0,100}}?(?<!\w){term}(?!\w)")


def _periods_after(folded: str, start: int, stop: int, lex: Lexicons) -> list[tuple[int, int, int, int]]:
    """The periods between ``start`` and ``stop`` that are no term of office (unless a programme's),
    else a year and the years after it up to a horizon ("trong năm 2025 và các năm tiếp theo đến
    năm 2030": 2025 - 2030)."""
    found = [
        p
        for p in dates.find_periods(folded, start, stop)
        if not _term_of_office(folded, start, p[0], lex) or _programme_term(folded, p[0], lex)
    ]
    running = None if found else _years_after(folded, start, stop, lex)
    return [running] if running else found


def _read_period(doc: DocumentMention, text: str, stop: int, header: bool, lex: Lexicons) -> None:
    """The plan period ("thời kỳ 2021 - 2030"), else an annual plan's year, and the vision year;
    a mention without a title (outside a legal text's header) reads them only up to the first
    comma after it."""
    term = None if _periodless(doc, lex) else _congress_term(doc, text, stop, lex)
    if term:
        doc.period = term
        return
    if doc.title_vi is None and not header:  # "số 12/QĐ-UBND nêu rõ, năm 2024 ...": what follows is no title
        stop = _untitled_stop(text, doc.quote_end, stop, lex)
    folded = fold(text)
    found = _periods_after(folded, doc.end, stop, lex)
    if _plan_making(folded, doc.end, found[0][0] if found else stop, lex):
        return  # "về ... nâng cao chất lượng quy hoạch thời kỳ 2021 - 2030", "phê duyệt Đề cương ... đến năm 2030"
    if doc.doc_type == _DIRECTIVE and _serves_another(folded, doc.end, found[0][0] if found else stop, lex):
        return  # "Chỉ thị ... về việc xây dựng Kế hoạch ... 2026 - 2030": the plan's period
    periods = [] if _periodless(doc, lex) else _title_periods(doc, found, folded, lex)
    year = _year_in_period(text, doc.extra.get("issued_in") or _issue_year_end(folded, doc, lex), periods, lex)
    # a submission, report or directive names the vision of the plan it serves, not its own
    doc.vision_year = None if _periodless(doc, lex) else dates.find_vision_year(text, connectives(lex), doc.end, stop)
    if year:
        doc.plan_year = year
    elif periods:
        doc.period = (periods[0][2], periods[0][3])
    else:
        annual = compiled(lex, "doc_annual", _annual).search(fold(text), doc.end, stop)
        if annual and not annual.group(1):  # "đến năm 2030" is a horizon, not a plan year
            doc.plan_year = int(annual.group(2))
        elif not _periodless(doc, lex):
            # after a year of issue ("Quyết định 599/QĐ-UBND năm 2021 phê duyệt Kế hoạch ... đến năm 2030")
            end = _horizon_year(text, _issue_year_end(folded, doc, lex), stop, lex)
            doc.period = (None, end) if end else None
    guided = _guided_vision(text, doc.end, stop, lex) if doc.period and not doc.vision_year else None
    if guided and int(guided.group(1)) > doc.period[1]:  # an annual plan's "định hướng đến năm 2025" is none
        doc.vision_year = int(guided.group(1))


def _untitled_stop(text: str, start: int, stop: int, lex: Lexicons) -> int:
    """Where the words of a mention without a title end: its first comma ("Quyết định số
    12/QĐ-UBND nêu rõ, năm 2024 ..."), but not a comma between a horizon and the direction or
    vision after it, which are one plan's name ("Kế hoạch số 61/KH-UBND phát triển thương mại
    nông thôn đến năm 2020, định hướng đến năm 2025": CONVENTIONS, Documents)."""
    folded, vision = fold(text), connectives(lex).vision
    guided = compiled(lex, "doc_guided", _guided)
    comma = text.find(",", start, stop)
    while comma >= 0 and re.search(rf"{YEAR}\s*$", folded[start:comma]):
        after = _SPACES.match(folded, comma + 1).end()  # type: ignore[union-attr]  # always matches
        if not (vision.match(folded, after) or guided.match(folded, after)):
            break
        comma = text.find(",", comma + 1, stop)
    return comma if comma >= 0 else stop


def _read_one(text: str, numbers: list, k: int, lex: Lexicons, page: dt.date | None = None) -> DocumentMention:
    start, end, number, tcode, suffix, year = numbers[k]
    s_start, lead_end, stop = _context(text, numbers, k, lex)
    issuer, provincial = issuer_of(suffix, lex)
    doc = DocumentMention(number, tcode, suffix, lex.doc_types[fold(tcode)], issuer, provincial, year, start, end, end)
    header = _header_end(text, start, end, lex)
    stop = header or stop
    if header:
        doc.doc_type = _heading_type(text, end, header, lex) or doc.doc_type
    _read_signed_date(doc, text, (s_start, lead_end), stop, bool(header), lex)
    if by_council_committee(text, doc.quote_end, lex):  # "... của Ban Dân tộc của HĐND tỉnh"
        doc.issuer, doc.is_provincial = _COUNCIL, True
    # "đề nghị của Sở Y tế tại Tờ trình số ...", "... ngày 03/02/2010 của UBND thị xã"
    if proposed_by_department(text, start, lex) or by_lower_committee(text, doc.quote_end, lex):
        doc.issuer, doc.is_provincial = _OTHER, True
    if doc.signed_date is None and page and not header:
        _read_yearless_date(doc, text, (s_start, lead_end), page, lex)
    doc.title_vi, title_start = _read_title(text, doc.quote_end, stop, bool(header), lex)
    if doc.title_vi is None and not header:
        doc.title_vi, title_start = _headline_title(text, doc, lex)
        doc.extra["issued_in"] = title_start  # the year before a headline's title is the year of issue
    doc.extra["title_start"] = title_start
    later = [n[0] for n in numbers[k + 1 :] if doc.quote_end < n[0] < stop]
    _read_period(doc, text, min(later, default=stop), bool(header), lex)  # a later number owns what follows it
    if header and doc.period is None and doc.plan_year is None and doc.doc_type in _IMPLEMENTS:
        _read_cited_period(doc, text, later, header, lex)
    if header and doc.period is None and doc.plan_year is None and doc.doc_type in _IMPLEMENTS:
        _read_announced(doc, text, header, lex)
    if header and doc.period is None and doc.plan_year is None and not _periodless(doc, lex):
        _read_first_article(doc, text, header, lex)
    if not (header or doc.period or doc.plan_year or doc.vision_year or doc.title_vi or _periodless(doc, lex)):
        _read_approved_subject(doc, text, s_start, lex)
    return doc


def _heading_type(text: str, start: int, stop: int, lex: Lexicons) -> str | None:
    """The type a legal text's own header heads it with: the first line between ``start`` and
    ``stop`` written in capitals that is a document type's name alone ("KẾ HOẠCH" under "Số:
    6756/QĐ-UBND" makes a plan: CONVENTIONS, session 36), else None."""
    for line in text[start:stop].split("\n"):
        words = line.strip(" |\t")
        if words and _upper_line(words, 0):
            code = lex.doc_nouns.get(" ".join(fold(words).split()))
            if code is not None:
                return lex.doc_types[fold(code)]
    return None


def _read_cited_period(doc: DocumentMention, text: str, later: list[int], header_end: int, lex: Lexicons) -> None:
    """A plan or programme whose header title cites the text it implements, with that text's
    period ("KẾ HOẠCH / THỰC HIỆN NGHỊ QUYẾT SỐ 06-NQ/TU ... GIAI ĐOẠN 2021 - 2025", "... THỜI KỲ
    2021-2030, TẦM NHÌN ĐẾN NĂM 2050") or horizon alone ("... ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM
    2045": up to 2030), plans that period and vision (CONVENTIONS, session 35); a decision
    enacting such a plan sets none."""
    cited = [n for n in later if _upper_line(text, n)]
    if not cited:
        return
    folded = fold(text)
    found = [p for p in dates.find_periods(folded, cited[0], header_end) if _upper_line(text, p[0])]
    if found and _term_of_office(folded, cited[0], found[0][0], lex):
        return  # the cited programme's term: a text serving it does not take it (session 30)
    if found:
        doc.period = (found[0][2], found[0][3])
        vision = connectives(lex).vision.search(fold(text), found[0][1], header_end)
        if vision and _upper_line(text, vision.start()):
            doc.vision_year = int(vision.group(1))
    elif horizon := _horizon_year(text, cited[0], _upper_end(text, cited[0]), lex):
        doc.period = (None, horizon)
        doc.vision_year = _horizon_vision(text, cited[0], _upper_end(text, cited[0]), horizon, lex)


def _upper_end(text: str, pos: int) -> int:
    """Where the run of capitalised lines holding ``pos`` ends (a header title written over
    several lines: "KẾ HOẠCH / TRIỂN KHAI NGHỊ QUYẾT SỐ ... ĐẾN NĂM 2030"), before the first
    line that is not."""
    end = text.find("\n", pos)
    while end >= 0 and _upper_line(text, end + 1):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


def _approved(lex: Lexicons) -> re.Pattern:
    """A passive approval right before a number, over folded text: "... được Thủ tướng Chính phủ
    phê duyệt tại Quyết định số" (``passive`` then ``approved_at`` and a document noun)."""
    nouns = alternation(list(lex.tables["doc_types.csv"]["name_vi"]))
    return re.compile(
        rf"(?<!\w){cue_group(lex, _TABLE, 'passive')}\s[^;.,]{{0,60}}?(?<!\w){cue_group(lex, _TABLE, 'approved_at')}"
        rf"\s+{nouns}(?:\s+{cue_group(lex, _TABLE, 'number_noun')})?\s*$"
    )


def _subject_start(folded: str, start: int, end: int, lex: Lexicons) -> int:
    """Where the clause before ``end`` starts: after its last comma, but a comma before a vision
    ("thời kỳ 2021-2030, tầm nhìn đến năm 2050") is inside the name of a plan."""
    vision = connectives(lex).vision
    pos = end
    while (comma := folded.rfind(",", start, pos)) >= 0:
        if not vision.match(folded, _SPACES.match(folded, comma + 1).end()):  # type: ignore[union-attr]
            return comma + 1
        pos = comma
    return start


def _subject_break(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'subject_break')}\s")


def _read_approved_subject(doc: DocumentMention, text: str, s_start: int, lex: Lexicons) -> None:
    """A text approved by the document, named before it as the subject of a passive ("Quy hoạch
    tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 được Thủ tướng Chính phủ phê duyệt tại Quyết
    định số 377/QĐ-TTg"): the document approves it, so it takes its period and vision, or the
    horizon of one that names no start ("Quy hoạch ... thời kỳ đến năm 2020 đã được ... phê
    duyệt tại"), and the direction beyond it as its vision ("... đến năm 2020 và định hướng đến
    năm 2030 đã được ... phê duyệt điều chỉnh tại"). The subject starts after a ``subject_break`` word: in "Quy hoạch ... 2021-2030
    theo nhiệm vụ lập quy hoạch được ... phê duyệt tại Quyết định số ..." the task is approved.
    Without such a passive, the object of an approving verb before the number is the text
    approved (``_read_approved_object``)."""
    folded = fold(text)
    m = compiled(lex, "doc_approved", _approved).search(folded, s_start, doc.start)
    if m is None:
        _read_approved_object(doc, text, s_start, lex)
        return
    start = _subject_start(folded, s_start, m.start(), lex)
    start = max(
        [b.end() for b in compiled(lex, "doc_subject_break", _subject_break).finditer(folded, start, m.start())],
        default=start,
    )
    _take_scope(doc, text, start, m.start(), lex)


def _take_scope(doc: DocumentMention, text: str, start: int, end: int, lex: Lexicons) -> None:
    """The period and vision of the text named between ``start`` and ``end``, for the document
    that approves it: "thời kỳ 2021-2030, tầm nhìn đến năm 2050" -> (2021, 2030), 2050; "đến năm
    2020, định hướng đến năm 2030" -> (None, 2020), 2030."""
    folded = fold(text)
    found = dates.find_periods(folded, start, end)
    if found:
        doc.period = (found[-1][2], found[-1][3])
        doc.vision_year = dates.find_vision_year(text, connectives(lex), found[-1][1], end)
    elif horizon := _horizon_year(text, start, end, lex):
        doc.period = (None, horizon)
        doc.vision_year = dates.find_vision_year(text, connectives(lex), start, end)
    guided = _guided_vision(text, start, end, lex) if doc.period and not doc.vision_year else None
    if guided and doc.period and int(guided.group(1)) > doc.period[1]:
        doc.vision_year = int(guided.group(1))  # "... đến năm 2020 và định hướng đến năm 2030 đã được ..."


def _approved_object(lex: Lexicons) -> re.Pattern:
    """An approving verb, its object, then the number's noun (folded): "phê duyệt (điều chỉnh)
    Quy hoạch ... thời kỳ 2021-2030 tại / theo Quyết định số" (``approves`` then the object and
    ``approved_link``)."""
    nouns = alternation(list(lex.tables["doc_types.csv"]["name_vi"]))
    return re.compile(
        rf"(?<!\w){cue_group(lex, _TABLE, 'approves')}\s+(?P<object>[^;.\n]{{5,220}}?)\s+"
        rf"{cue_group(lex, _TABLE, 'approved_link')}\s+{nouns}(?:\s+{cue_group(lex, _TABLE, 'number_noun')})?\s*$"
    )


def _read_approved_object(doc: DocumentMention, text: str, s_start: int, lex: Lexicons) -> None:
    """The plan named as the object of an approving verb right before the number ("Thủ tướng
    đã phê duyệt điều chỉnh Quy hoạch tổng thể ... đến năm 2020, định hướng đến năm 2030 tại
    Quyết định số 872/QĐ-TTg", "được phê duyệt Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến
    năm 2050 theo Quyết định số ..."): the document approves it and takes its period and vision
    (CONVENTIONS, session 33). An object that holds a number of its own or speaks of making a
    plan ("phê duyệt nhiệm vụ lập quy hoạch ...") gives none."""
    folded = fold(text)
    m = compiled(lex, "doc_approved_object", _approved_object).search(folded, s_start, doc.start)
    if m is None:
        return
    start, end = m.span("object")
    if find_document_numbers(text[start:end], lex) or _plan_making(folded, start, end, lex):
        return
    _take_scope(doc, text, start, end, lex)


def _announcing(lex: Lexicons) -> re.Pattern:
    """The author's verb then a plan's noun (folded): "ban hành kế hoạch", "xây dựng chương trình"."""
    kinds = lex.tables["doc_types.csv"]
    nouns = alternation(list(kinds[kinds["doc_type"].isin(_IMPLEMENTS)]["name_vi"]))
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'announces')}\s+{nouns}(?!\w)")


def _read_announced(doc: DocumentMention, text: str, header_end: int, lex: Lexicons) -> None:
    """A plan whose header states no period takes the one of the sentence that announces it
    below the header ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án ... giai đoạn
    2021-2030 trên địa bàn tỉnh, như sau:" -> 2021 - 2030; "... đến năm 2020, tầm nhìn đến năm
    2030" -> up to 2020, vision 2030), read up to its colon or full stop; the first such
    sentence only, and none whose clause cites a numbered text before the verb ("Thực hiện
    Quyết định số ... về việc ban hành Kế hoạch hành động quốc gia ...": that text's)."""
    folded = fold(text)
    m = compiled(lex, "doc_announcing", _announcing).search(folded, header_end)
    if m is None:
        return
    clause = max(text.rfind("\n", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    if find_document_numbers(text[clause : m.start()], lex):
        return
    ends = [e for e in (text.find(":", m.end()), text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
    stop = min(ends, default=len(text))
    found = [p for p in dates.find_periods(folded, m.end(), stop) if not _term_of_office(folded, m.end(), p[0], lex)]
    if found:
        doc.period = (found[0][2], found[0][3])
        doc.vision_year = dates.find_vision_year(text, connectives(lex), found[0][1], stop)
    elif horizon := _horizon_year(text, m.end(), stop, lex):
        doc.period = (None, horizon)
        doc.vision_year = dates.find_vision_year(text, connectives(lex), m.end(), stop)


def _first_article(lex: Lexicons) -> re.Pattern:
    lead = cue_group(lex, _TABLE, "first_article")
    return re.compile(rf"\n[\s|]*{lead}\s*[.:]\s*{cue_group(lex, _TABLE, 'first_article_verb')}(?!\w)")


def _enacted_rules(lex: Lexicons) -> re.Pattern:
    """The rules a first article enacts, maybe attached to the text ("kèm theo Nghị quyết này"):
    "Điều 1. Ban hành kèm theo Nghị quyết này Quy định các nguyên tắc ... giai đoạn 2016 -
    2020" enacts rules for that period, the resolution plans none (``first_article_rules``)."""
    return re.compile(rf"\s*{cue_group(lex, _TABLE, 'first_article_rules')}(?!\w)")


def _read_first_article(doc: DocumentMention, text: str, header_end: int, lex: Lexicons) -> None:
    """A legal text whose header states no period takes the one its first article approves:
    "Điều 1. Phê duyệt Đề án ... giai đoạn 2021-2025 ..." (up to the end of that sentence), or
    its horizon and vision ("Điều 1. Phê duyệt Quy hoạch ... đến năm 2020, tầm nhìn đến năm 2030"); a
    term of office there is the served text's ("... thực hiện Nghị quyết Đại hội ..., nhiệm kỳ
    2025 - 2030"), none of its own (CONVENTIONS session 30)."""
    m = compiled(lex, "doc_first_article", _first_article).search(fold(text), header_end)
    if m is None or compiled(lex, "doc_enacted_rules", _enacted_rules).match(fold(text), m.end()):
        return
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    dot = text.find(". ", m.end(), line_end)
    folded = fold(text)
    periods = [
        p
        for p in dates.find_periods(folded, m.end(), dot if dot >= 0 else line_end)
        if not _term_of_office(folded, m.end(), p[0], lex) or _programme_term(folded, p[0], lex)
    ]  # "Điều 1. Ban hành ... Kế hoạch ... thực hiện Nghị quyết Đại hội ..., nhiệm kỳ 2025 - 2030": the congress's
    stop = dot if dot >= 0 else line_end
    if periods:
        doc.period = (periods[0][2], periods[0][3])
    elif horizon := _horizon_year(
        text, m.end(), stop, lex
    ):  # "Điều 1. Phê duyệt Quy hoạch ... đến năm 2020, tầm nhìn ..."
        doc.period = (None, horizon)
        doc.vision_year = doc.vision_year or _horizon_vision(text, m.end(), stop, horizon, lex)


def _merge(first: DocumentMention, doc: DocumentMention) -> None:
    """Fill what the first mention of a document lacks from a later one; take the later one's
    spelling of the number when the first shouted it ("23-CTR/TU" then "23-CTr/TU"). A first
    mention without a title yields its scope to a later titled one that states one ("Nghị
    quyết số 08-NQ/TU ngày ... đặt mục tiêu giai đoạn 2021 - 2025, ..." then "Nghị quyết số
    08-NQ/TU ngày ... về ... đến năm 2025": the goals' period is no title's)."""
    if first.title_vi is None and doc.title_vi and (doc.period or doc.plan_year or doc.vision_year):
        first.period, first.plan_year, first.vision_year = doc.period, doc.plan_year, doc.vision_year
    for attr in ("signed_date", "period", "plan_year", "vision_year"):
        if getattr(first, attr) is None:
            setattr(first, attr, getattr(doc, attr))
    if doc.title_vi and (first.title_vi is None or first.title_vi.isupper()):
        first.title_vi = doc.title_vi
    if first.shouted and not doc.shouted:
        first.doc_number, first.type_code, first.suffix = doc.doc_number, doc.type_code, doc.suffix


def _listed_with(text: str, doc: DocumentMention, nxt: DocumentMention, lex: Lexicons) -> bool:
    """Whether ``doc`` is listed with the next document before one title they share:
    "Quyết định số 61/QĐ-TTg ngày 12/01/2023 của Thủ tướng, Chương trình hành động số 14-CTr/TU
    ... về phát triển ... đến năm 2030, tầm nhìn đến năm 2045" (no title, no ';' between them,
    and a document noun introduces the next number)."""
    if doc.title_vi or doc.period or doc.plan_year or doc.vision_year or _periodless(doc, lex) or _periodless_type(doc):
        return False
    if doc.doc_type == _NO_PLAN:  # a decree, law or report takes no plan's scope
        return False
    gap = text[doc.quote_end : nxt.start]
    joined = re.search(r",|(?<!\w)(?:" + _g_join(lex) + r")(?!\w)", fold(gap))
    return (
        len(gap) < 120
        and ";" not in gap
        and "\n" not in gap
        and bool(joined)
        and _noun_before(text, nxt.start, lex) is not None
        and not compiled(lex, "doc_amends", _amends).search(fold(gap))
    )


def _amends(lex: Lexicons) -> re.Pattern:
    """A text that amends the next one ("Nghị quyết số 40/2017/NQ-HĐND sửa đổi, bổ sung Điều 1
    của Nghị quyết số 25/2015/NQ-HĐND ... giai đoạn 2016 - 2020"): the title after them is the
    amended text's, not shared (``amends``)."""
    return re.compile(rf"(?<!\w){cue_group(lex, _TABLE, 'amends')}(?!\w)")


def _g_join(lex: Lexicons) -> str:
    return cue_group(lex, "assignment_cues.csv", "join")


def _implements_next(text: str, doc: DocumentMention, nxt: DocumentMention, lex: Lexicons) -> bool:
    """Whether a text without a scope of its own is followed right away by the text it implements
    ("Kế hoạch số 15/KH-UBND triển khai thực hiện Quyết định số 90/QĐ-TTg ...": ``implements`` then
    a document noun), or names, in its own subject, a plan that implements it ("Quyết định số
    20/QĐ-UBND của UBND huyện về việc ban hành Kế hoạch hành động thực hiện Nghị quyết số ...",
    "Kế hoạch số 8-KH/TU của Tỉnh ủy thực hiện Nghị quyết số ..."): the title names its period
    only inside that text's name (CONVENTIONS, sessions 33 and 35)."""
    if doc.period or doc.plan_year or doc.vision_year:
        return False
    m = compiled(lex, "doc_implements", _implements).fullmatch(fold(text[doc.quote_end : nxt.start]))
    if m and m.group("issue") and not _listed_bare(text, doc.start, lex):
        return False  # "Kế hoạch số 15/KH-UBND năm 2024 thực hiện ...": maybe a plan of that one year
    return bool(m) and (doc.doc_type in _IMPLEMENTS or m.group("issued") is not None)


def _implements(lex: Lexicons) -> re.Pattern:
    """The words between a text's number and the number of the text it implements: a portal's
    year of issue ("năm 2022", group ``issue``), its issuer (``issuer_lead`` and a few words), its
    title opener (``title``: "về việc", "ban hành") and the plan it issues, then ``implements``
    and a document noun."""
    nouns = alternation(list(lex.tables["doc_types.csv"]["name_vi"]))
    title = cue_group(lex, _TABLE, "title")
    issue = rf"(?:\s*(?P<issue>{alternation(role_cues(lex, 'year_noun'))})\s+{YEAR}(?=\s))?"
    issuer = rf"(?:{cue_group(lex, _TABLE, 'issuer_lead')}(?:\s+(?!{title}\s)[^\W\d][^\s,;.]*){{1,8}}?\s+)?"
    issued = rf"(?:(?P<issued>{nouns})(?:\s+[^\W\d][^\s,;.]*){{0,3}}?\s+)?"
    return re.compile(
        rf"{issue}\s*{issuer}(?:{title}\s+)*{issued}{cue_group(lex, _TABLE, 'implements')}\s+{nouns}"
        rf"(?:\s+{cue_group(lex, _TABLE, 'number_noun')})?\s*"
    )


def _listed_bare(text: str, start: int, lex: Lexicons) -> bool:
    """Whether the number at ``start`` follows its type's name with no ``number_noun`` ("số"), as
    a legal portal's list of related texts writes it: "Kế hoạch 09-KH/TW năm 2022 thực hiện ..."
    (the year is the year of issue), not "Kế hoạch số 15/KH-UBND năm 2024 ..."."""
    noun = compiled(
        lex, "doc_number_noun_before", lambda x: re.compile(rf"(?<!\w){cue_group(x, _TABLE, 'number_noun')}\s*:?\s*$")
    )
    return noun.search(fold(text[max(0, start - 12) : start])) is None


def _take_implemented(doc: DocumentMention, nxt: DocumentMention) -> None:
    """``doc`` takes the period and vision of the text ``nxt`` it implements, which keeps its own:
    "Kế hoạch số 15/KH-UBND triển khai thực hiện Quyết định số 90/QĐ-TTg về phê duyệt Chiến lược
    ... giai đoạn 2021-2030, tầm nhìn đến năm 2050" -> both (2021, 2030), 2050 (CONVENTIONS,
    sessions 35 and 36: a cited text whose own subject names the period keeps it). A text that
    only shares the title of the one listed after it ("Nghị quyết số 71/NQ-CP và Kế hoạch số
    10-KH/TU về ...") has no subject of its own, so it keeps none (the session-35 clause)."""
    doc.period, doc.vision_year = nxt.period, nxt.vision_year
    if nxt.extra.get("shared"):
        nxt.period, nxt.vision_year = None, None


def _share_scope(doc: DocumentMention, nxt: DocumentMention) -> None:
    """``doc`` takes the period and vision of the title it shares with ``nxt``."""
    if not _periodless_type(nxt):
        doc.period, doc.vision_year = nxt.period, nxt.vision_year
        doc.extra["shared"] = True


def _periodless_type(doc: DocumentMention) -> bool:
    return doc.doc_type in _PERIODLESS or doc.doc_type == _DIRECTIVE


def read_mentions(text: str, lex: Lexicons, page: dt.date | None = None) -> list[DocumentMention]:
    """Documents mentioned in ``text``, merged per document, in order of first mention; ``page``
    (the article's published date) gives the year of a signing date written without one."""
    numbers = find_document_numbers(text, lex)
    docs = [_read_one(text, numbers, k, lex, page) for k in range(len(numbers))]
    for k in range(len(docs) - 2, -1, -1):
        if _listed_with(text, docs[k], docs[k + 1], lex):
            _share_scope(docs[k], docs[k + 1])
    for k in range(len(docs) - 2, -1, -1):  # from the last: a plan implementing a plan that implements another
        if docs[k + 1].period and _implements_next(text, docs[k], docs[k + 1], lex):
            _take_implemented(docs[k], docs[k + 1])
    merged: dict[str, DocumentMention] = {}
    for doc in docs:
        if doc.key in merged:
            _merge(merged[doc.key], doc)
        else:
            merged[doc.key] = doc
    return list(merged.values())


def document_id(doc: DocumentMention, province_code: str | None) -> str:
    """Id from province (``vn`` for national), number, issuer and year.

    Example: 4192/QĐ-UBND of Long An signed 2024 -> ``80-qd-4192-ubnd-2024``.
    """
    year = doc.number_year or (doc.signed_date.year if doc.signed_date else None)
    num = re.match(r"\d*[a-z]?", doc.doc_number).group(0)  # type: ignore[union-attr]  # always matches ("36a")
    pieces = [province_code or "vn", slug(doc.type_code), num, slug(doc.suffix)] + ([str(year)] if year else [])
    return "-".join(pieces)


def document_rows(
    article_id: str, text: str, province_code: str | None, lex: Lexicons, page: dt.date | None = None
) -> list[dict]:
    """Rows of the ``documents`` table for one article: one per document_id (two numbers that
    name one document, such as an undated "12/KH-UBND" and "12/KH-UBND ngày 16/6/2025", keep the
    first mention)."""
    rows: dict[str, dict] = {}
    for doc in read_mentions(text, lex, page):
        prov = province_code if doc.is_provincial else None
        did = document_id(doc, prov)
        if did in rows:
            continue
        rows[did] = {
            "document_id": did,
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
            "quote": text[doc.start : doc.quote_end],
            "char_start": doc.start,
            "char_end": doc.quote_end,
        }
    return list(rows.values())
