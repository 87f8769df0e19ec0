"""An article's published date, from the page's date lines, a legal header, the URL or the lead.

Evidence, in order (the first that gives a valid date wins):
1. a *date line* near the headline: a short line that is a full date with only curated date
   words, a time, and at most three other words around it ("06/01/2023 - 15:10",
   "Thứ Sáu, 06/01/2023", "18/02/2025 09:02 AM", "15:39, ngày 22-06-2023",
   "Thứ ba, ngày 24 tháng 1 năm 2023 | 10:31", "Chính trị 22-06-2024"); of several, one in
   the three lines under the headline, else the one nearest the headline (a site's clock at
   the top of the page loses to the article's date; so does one dated after a date line at
   most three lines below it, whatever line was taken for the headline); a line that goes on with a sentence
   wrapped above it is none ("ban nhân dân ngày 26 tháng 11 năm 2003;"), and so is one that goes
   on onto a lower-case line below it ("Ngày 28 tháng 6 năm 2024, tại Kỳ" / "họp lần thứ 7, ...");
   with no date line, a lead line that opens with a date, a source's name and a dash
   ("26/06/2020 Sở TT&TT AG - ...") or with a news agency's dateline ("Cần Thơ (TTXVN 5/9/2023)");
2. a scraper's ``date 2025-10-25`` marker at the top of the text, unless the source URL gives a
   date (step 4): a news site's address is its own record of the article, so its day wins over a
   marker of another day (CONVENTIONS, session 32);
3. a legal header's place-and-date line ("Long An, ngày 02 tháng 5 năm 2024"), also when the
   page split it over lines ("Kon Tum, ngày 27" / "tháng 8 năm 2024");
4. a date in the source URL's path (``/2024/05/02/``, ``-20240502``, ``2024-05-02``, else
   day first: ``-09122024-``, else a news CMS's time-stamped article id,
   ``-20240108203107179.htm``);
5. a date at the end of the headline line ("Triển vọng phục hồi kinh tế 9/5/2022"), also in
   brackets with its time ("... năm 2026 (18/03/2026, 14:00)");
6. the lead's day and month ("Chiều 4/2, ...", "Ngày 1-12, ...", "Ngày 8.7, ...", "BBK - Sáng nay (13/11), ..."),
   with the year taken only from evidence for the same month (a ``date 2024-11`` marker, or
   ``/2024/11/`` or a ``/202411/`` folder in the URL). A lead starting with a full date ("Ngày 02/5/2024, ... ký Quyết
   định") is the date of the event it reports, not of the page, and is not used. A part of the
   day or the day noun with a day and month inside the lead's first sentence ("Tại cuộc họp ...
   sáng ngày 2/7, ...", "... đưa ra tại kỳ họp thứ 24, ngày 5/12.") dates it the same way, but
   not a document's date ("Kế hoạch số 12/KH-UBND ngày 5/12"); a long headline line is no lead.

The words that may stand on a date line (weekdays, parts of the day, labels such as "Cập
nhật") are curated in ``raw/curation/date_words.csv``. Only the head of the text is scanned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlparse
from pipelines.text.scraper_marker import MARKER as _MARKER
from pipelines.text.segment import sentence_end
from pipelines.text.years import YEAR

HEAD_LINES = 15
MAX_DATE_LINE = 90
MAX_OTHER_WORDS = 3
# A source's or author's name beside the date: capitalised words only ("Báo Vĩnh Long 09/07/2025").
MAX_NAME_WORDS = 8
LEAD_LINES = 4
# A line this long is the lead paragraph, not a headline, byline or caption.
LEAD_MIN = 80
# Lines under the headline that hold the author and the article's date.
BYLINE_LINES = 3

_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])")
_YMD = re.compile(r"(?<![\d/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:hg]\s*\d{2}(?::\d{2})?(?!\d)", re.IGNORECASE)
_GMT = re.compile(r"\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?", re.IGNORECASE)
_URL_YMD = (
    re.compile(rf"/({YEAR})/(\d{{1,2}})/(\d{{1,2}})(?:/|$)"),
    # a dashed folder, unpadded: "/portal/pages/2022-3-29/..." (CONVENTIONS session 43)
    re.compile(rf"/({YEAR})-(\d{{1,2}})-(\d{{1,2}})/"),
    re.compile(rf"(?<!\d)({YEAR})-(\d{{2}})-(\d{{2}})(?!\d)"),
    re.compile(rf"(?<!\d)({YEAR})(0[1-9]|1[0-2])([0-2]\d|3[01])(?!\d)"),
)
# A CMS article id holding its time stamp: the hour, minute and second must be valid too.
_HMS = r"(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
# The tail after the time is one to three digits ("...-2022103113522946.htm": two).
_URL_STAMPS = (
    re.compile(rf"(?<!\d)(20\d{{2}})(\d{{2}})(\d{{2}}){_HMS}\d{{1,3}}(?!\d)"),
    re.compile(rf"(?<!\d)\d{{3}}(\d{{2}})(\d{{2}})(\d{{2}}){_HMS}\d{{1,3}}(?!\d)"),
    re.compile(rf"(?<!\d)(20\d{{2}})(\d{{2}})(\d{{2}}){_HMS}(?!\d)"),  # yyyymmddhhmmss alone
)
# A date line above the headline this many days after the day the web address gives is the
# site's clock (today's date on every page), not the article's date.
CLOCK_DAYS = 7
# A date line above the headline dated this many days before evidence that the page was written
# later (a date line below it, a text it cites, a span it reports on) is a stale site header.
STALE_DAYS = 365
# A document number carrying its year: "18/2020/NQ-HĐND" (the text cannot be older than its year).
_NUMBER_YEAR = re.compile(rf"(?<![\d/])\d{{1,5}}/({YEAR})/[^\W\d_]")
# A news CMS that writes the day first: "-09122024-a139454.html" (ddmmyyyy); tried after the above.
_URL_DMY = re.compile(rf"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])({YEAR})(?!\d)")
# a month folder: "/2024/11/", or one folder "/202512/" (yyyymm)
_URL_YM = (
    re.compile(rf"/({YEAR})/(\d{{1,2}})(?:/|$)"),
    re.compile(rf"/({YEAR})(0[1-9]|1[0-2])(?:/|$)"),
)
# also in brackets with its time: "Tăng tốc thực hiện các mục tiêu năm 2026 (18/03/2026, 14:00)"
_ENDS_WITH_DATE = re.compile(r"\s[(\[]?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*[)\]]?\s*$")
# A document number right before a date: "số 12/QĐ-UBND ngày 5/12" (the date it was signed).
_SIGNED = re.compile(r"\d+[/-][^\W\d_][\w/.&-]*\s*,?\s*\Z")
# A full date, then a source's name of a few words and a dash, opening a lead line.
_SOURCE_DATELINE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s+((?:[^\s-]+\s+){1,%d}?)[-–]\s" % MAX_NAME_WORDS)
# a news agency's dateline opening the lead: a place, then the agency and the full date in brackets
_AGENCY_DATELINE = re.compile(
    r"\s*(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){0,3}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*\(\s*(?:[A-ZĐ][\w&À-ỹ.-]*\s+){1,3}"
    r"(\d{1,2})/(\d{1,2})/(\d{4})\s*\)"
)
_PUNCT = re.compile(r"[|,:;()\[\]•·*/\\–—-]+")


@dataclass(frozen=True)
class DateWords:
    """Curated words that may stand beside a date: a regex of them, and the lead's opening words."""

    any_word: re.Pattern  # any curated word, as a whole word
    lead: re.Pattern  # a lead opening with day/month: "Chiều 4/2," / "Sáng nay (13/11),"
    wordy: re.Pattern  # a date in words: "ngày 24 tháng 1 năm 2023"
    place_date: re.Pattern  # a legal header's place-and-date line: "Long An, ngày 02 tháng 5 năm 2024"
    # a part of the day and a day/month inside the lead's first sentence: "... sáng ngày 2/7, ..."
    inner: re.Pattern = re.compile("(?!)")
    # a document number and the day it was signed: "Thông báo số 608/TB-VPCP ngày 11/11/2025"
    cited: re.Pattern = re.compile("(?!)")
    # the day before the page, in brackets after "hôm qua": "từ 12 giờ ngày hôm qua (17.1), ..."
    yesterday: re.Pattern = re.compile("(?!)")


def _alternation(ws: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True)) or "(?!)"


def compile_date_words(
    words: list[str],
    lead_words: list[str],
    nouns: tuple[list[str], ...],
    dayparts: list[str] | None = None,
    yesterday: list[str] | None = None,
) -> DateWords:
    """Build the matchers from curated words (longest first). ``nouns`` are the day, month and
    year nouns of a date in words ("ngày", "tháng", "năm": ``indicator_cues.csv`` roles
    ``day_noun``, ``month_noun``, ``year_noun``), matched as written, case-insensitively;
    ``dayparts`` the parts of the day that date an event inside the lead ("sáng ngày 2/7")."""
    day, month, year = (f"(?:{_alternation(n)})" for n in nouns)
    # the day and year nouns may be left out, as a CMS's date line does ("Thứ sáu, 27 Tháng 4 2018")
    wordy = rf"(?:{day}\s+|(?<![\w/.,-]))(\d{{1,2}})\s+{month}\s+(\d{{1,2}})\s*,?\s+(?:{year}\s+)?(\d{{4}})(?!\d)"
    place_date = re.compile(rf"(?:^|[|—–]\s*|-{{2,}}\s*)[^\W\d_][^\n,|;:/]{{0,30}},\s*{wordy}", re.I | re.M)

    any_word = re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", re.IGNORECASE)
    lead = re.compile(
        r"^(?:[^\s,]{1,24}\s*[-–]\s*|\([^()\s]{1,12}\)\s*[-–]?\s*)?"
        rf"(?:(?:{_alternation(lead_words)})\s+){{0,3}}\(?(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\)?\s*[,:]",
        re.IGNORECASE,
    )
    inner = re.compile(
        rf"(?<!\w)(?:(?:{_alternation(dayparts or [])})\s+(?:{day}\s+)?|{day}\s+)"
        r"\(?(\d{1,2})\s*[/-]\s*(\d{1,2})\)?(?![\d/-])",
        re.IGNORECASE,
    )
    cited = re.compile(
        rf"\d+[/-][^\W\d_][\w/.&-]*\s*,?\s+{day}\s+(?:(\d{{1,2}})\s*([/.-])\s*(\d{{1,2}})\s*\2\s*(\d{{4}})(?![\d/])"
        rf"|(\d{{1,2}})\s+{month}\s+(\d{{1,2}})\s*,?\s+(?:{year}\s+)?(\d{{4}})(?!\d))",
        re.IGNORECASE,
    )
    before = re.compile(
        rf"(?<!\w)(?:{_alternation(yesterday or [])})\s*\((\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\)", re.IGNORECASE
    )
    return DateWords(any_word, lead, re.compile(wordy, re.IGNORECASE), place_date, inner, cited, before)


def _valid(y: int, m: int, d: int, today: dt.date | None = None) -> dt.date | None:
    today = today or dt.date.today()
    try:
        date = dt.date(y, m, d)
    except ValueError:
        return None
    return date if 1945 <= y and date <= today + dt.timedelta(days=1) else None


def full_date_in(line: str, words: DateWords) -> dt.date | None:
    """The first full date written in ``line`` (d/m/yyyy, d-m-yyyy, yyyy-mm-dd, "ngày d tháng m năm y").

    >>> w = compile_date_words([], [], (["ngày"], ["tháng"], ["năm"]))
    >>> full_date_in("Thứ ba, ngày 24 tháng 1 năm 2023 | 10:31", w)
    datetime.date(2023, 1, 24)
    """
    m = words.wordy.search(line)
    if m:
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DMY.search(line)
    if m:
        return _valid(int(m.group(4)), int(m.group(3)), int(m.group(1)))
    m = _YMD.search(line)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


_STAMP_GAP = re.compile(r"[\s|,:;()\[\]•·*\\–—-]*")


def stamp_date(line: str, words: DateWords) -> dt.date | None:
    """The date of a time stamp that opens ``line``: a date and a clock time, in either order,
    with only date words and punctuation between ("16/01/2025 - 15:52 | Tin tức ...", "08:31 - Thứ
    Tư, 11/10/2017 Lượt xem ...", "10:15, 08/06/2020 Phấn đấu ..."), whatever follows; else None.

    >>> w = compile_date_words(["thứ tư"], [], (["ngày"], ["tháng"], ["năm"]))
    >>> stamp_date("08:31 - Thứ Tư, 11/10/2017 Lượt xem: 1026", w), stamp_date("11/10/2017 tỉnh họp", w)
    (datetime.date(2017, 10, 11), None)
    """
    pos, date, timed = 0, None, False
    while True:
        gap = _STAMP_GAP.match(line, pos)
        pos = gap.end() if gap else pos
        m = _DMY.match(line, pos) or _YMD.match(line, pos)
        if m and date is None:
            date = full_date_in(m.group(0), words)
        elif (t := _TIME.match(line, pos)) is not None:
            m, timed = t, True
        else:
            m = words.any_word.match(line, pos)
        if m is None or m.end() == pos:
            return date if timed else None
        pos = m.end()


def is_date_line(line: str, words: DateWords) -> bool:
    """True for a short line that is a date with only date words, a time and <= 3 other words,
    or <= 8 capitalised ones (a source's name: "Báo Vĩnh LongBáo Vĩnh Long09/07/2025"), and for
    a line that opens with a time stamp (``stamp_date``).

    >>> w = compile_date_words(["thứ sáu", "cập nhật", "ngày"], ["chiều", "ngày"], (["ngày"], ["tháng"], ["năm"]))
    >>> is_date_line("Thứ Sáu, 06/01/2023 - 15:10", w), is_date_line("Kế hoạch năm 06/01/2023 giao 8 chỉ tiêu", w)
    (True, False)
    """
    if stamp_date(line, words) is not None:
        return True
    if len(line) > MAX_DATE_LINE or full_date_in(line, words) is None or _wrapped_on(line, words):
        return False
    rest = words.wordy.sub(" ", line)
    for pattern in (_DMY, _YMD, _TIME, _GMT, words.any_word):
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"\b(?:AM|PM|SA|CH)\b", " ", _PUNCT.sub(" ", rest), flags=re.IGNORECASE)
    others = [w for w in rest.split() if not w.isdigit()]
    if len(others) <= MAX_OTHER_WORDS:
        return True
    return len(others) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in others)


def _wrapped_on(line: str, words: DateWords) -> bool:
    """Whether ``line`` goes on with a sentence hard-wrapped above it: it opens in lower case
    with a word that is no date word and goes on past its date ("ban nhân dân ngày 26 tháng 11
    năm 2003;" under "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy"), so its date is a law's, not
    the page's ("bởi admin 05/01/2024", ending on its date, is still a date line)."""
    body = line.strip()
    return body[:1].islower() and words.any_word.match(body) is None and not body[-1:].isdigit()


def _wraps_below(line: str, below: list[str]) -> bool:
    """Whether ``line`` is the start of a sentence hard-wrapped onto the line below it: it ends
    on a word and the next line opens in lower case ("Ngày 12 tháng 5 năm 2024, tại phiên" /
    "họp thường kỳ, ..."), so its date is an event's the body tells, not the page's.

    >>> _wraps_below("Ngày 12 tháng 5 năm 2024, tại phiên", ["họp thường kỳ, tỉnh đã thống nhất"])
    True
    >>> _wraps_below("Thứ Sáu, 06/01/2023 - 15:10", ["(Báo tỉnh) - sáng nay, ..."])
    False
    """
    body = line.rstrip()
    return bool(below) and body[-1:].isalpha() and below[0].strip()[:1].islower()


def source_dateline(line: str) -> dt.date | None:
    """The date that opens a lead before the source's name and a dash, as a portal prints its
    date line into the first paragraph ("26/06/2020 Sở TT&TT AG - Ngày 11/6, ...").

    >>> source_dateline("26/06/2020 Sở TT&TT AG - Ngày 11 tháng 6 năm 2020, UBND tỉnh họp")
    datetime.date(2020, 6, 26)
    >>> source_dateline("26/06/2020 UBND tỉnh ban hành Kế hoạch - giai đoạn 2021") is None
    True

    A news agency's dateline, a place then the agency and the date in brackets, is one too:

    >>> source_dateline("Cần Thơ (TTXVN 5/9/2023) Đến năm 2030, thành phố phấn đấu ...")
    datetime.date(2023, 9, 5)
    """
    m = _AGENCY_DATELINE.match(line)
    if m:
        return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _SOURCE_DATELINE.match(line)
    if m is None or not all(w[:1].isupper() or not w[:1].isalpha() for w in m.group(4).split()):
        return None
    return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))


def date_line_date(lines: list[str], anchor: int, words: DateWords) -> dt.date | None:
    """The date of the date line nearest line ``anchor`` (the headline) among the head lines;
    one in the byline block just under the headline (``BYLINE_LINES``) comes first, as a line
    above the headline may be the site's clock ("Thứ Ba, 07/10/2025" / headline / author /
    "06/10/2025, 15:00")."""
    head = lines[:HEAD_LINES]
    dated = [
        (i, stamp_date(ln, words) or full_date_in(ln, words))
        for i, ln in enumerate(head)
        if is_date_line(ln, words) and not _wraps_below(ln, lines[i + 1 : i + 2])
    ]
    found = [
        (not 0 < i - anchor <= BYLINE_LINES, abs(i - anchor), -i, d) for i, d in dated if not _clock_above(i, d, dated)
    ]
    if not found:  # else a portal's date printed into the lead, under the headline
        found = [(False, i, 0, source_dateline(ln)) for i, ln in enumerate(lines[:HEAD_LINES]) if i >= anchor]
    found = [f for f in found if f[3] is not None]
    return min(found)[3] if found else None


def _clock_above(i: int, date: dt.date | None, dated: list[tuple[int, dt.date | None]]) -> bool:
    """Whether the date line ``i`` is the site's clock over a later one dated before it, with at
    most the headline and a byline between them ("Chủ Nhật, 14/07/2024" / section banner or
    headline / "Thứ Ba, 09/07/2024"): a page is read after it is written.

    >>> d = dt.date
    >>> _clock_above(1, d(2024, 7, 14), [(1, d(2024, 7, 14)), (3, d(2024, 7, 9))])
    True
    >>> _clock_above(1, d(2024, 7, 9), [(1, d(2024, 7, 9)), (3, d(2024, 7, 14))])  # an update below
    False
    """
    return date is not None and any(i < j <= i + BYLINE_LINES and e is not None and e < date for j, e in dated)


def marker(lines: list[str]) -> tuple[int, int, int | None] | None:
    """A scraper's ``date 2024-11`` / ``date 2025-10-25`` marker at the top: (year, month, day)."""
    for line in lines[:3]:
        m = _MARKER.match(line)
        if m:
            return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    return None


def legal_header_date(lines: list[str], words: DateWords) -> dt.date | None:
    """The place-and-date line of a legal header ("Long An, ngày 02 tháng 5 năm 2024").

    >>> w = compile_date_words([], [], (["ngày"], ["tháng"], ["năm"]))
    >>> legal_header_date(["Số: 547/QĐ-UBND", "|", "Kon Tum, ngày 27", "tháng 8 năm 2024", "QUYẾT ĐỊNH"], w)
    datetime.date(2024, 8, 27)
    """
    head = "\n".join(lines[:25])
    m = words.place_date.search(head)
    return _valid(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def url_date(url: str | None) -> dt.date | None:
    """A full date in the URL's path: ``/2024/05/02/``, ``/2024-5-2/``, ``2024-05-02``, ``20240502``, else
    ``02052024`` (day first)."""
    if not url:
        return None
    path = unquote(urlparse(url).path)
    for pattern in _URL_YMD:
        for m in pattern.finditer(path):
            date = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if date:
                return date
    for m in _URL_DMY.finditer(path):
        date = _valid(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if date:
            return date
    return None


def url_stamp(url: str | None) -> dt.date | None:
    """The time stamp a news CMS writes in its article ids: ``-20260110213643178.htm``
    (yyyymmddhhmmss and one to three digits) or ``-188260108172839668.chn`` (three digits,
    yymmddhhmmss, one to three digits): the day the site put the page up, a date in the web address
    like ``-20240108`` (the annotation convention), read after the address's plain dates.

    >>> url_stamp("https://cafef.vn/muc-tieu-tang-truong-188260108172839668.chn")
    datetime.date(2026, 1, 8)
    """
    if not url:
        return None
    path = unquote(urlparse(url).path)
    for pattern in _URL_STAMPS:
        for m in pattern.finditer(path):
            year = int(m.group(1))
            date = _valid(year if year > 99 else 2000 + year, int(m.group(2)), int(m.group(3)))
            if date:
                return date
    return None


def written_date(lines: list[str], url: str | None, published: dt.date | None) -> dt.date | None:
    """When the page was written, at the precision of a month at worst: its published date,
    else a scraper's ``date 2025-07`` marker (the month's first day), else the URL's date or
    an article id's time stamp (``url_stamp``)."""
    if published:
        return published
    mark = marker(lines)
    return (_valid(mark[0], mark[1], 1) if mark else None) or url_date(url) or url_stamp(url)


def cited_date(lines: list[str], words: DateWords) -> dt.date | None:
    """The latest day on which a text the head cites was signed ("Văn phòng Chính phủ có Thông
    báo số 608/TB-VPCP ngày 11/11/2025 ..."): the page was written on or after it, which places
    a page that states no date of its own.

    >>> w = compile_date_words([], [], (["ngày"], ["tháng"], ["năm"]))
    >>> cited_date(["Bộ có Công văn số 12/BXD-KH ngày 3/9/2025 và số 40/BXD-KH ngày 2 tháng 8 năm 2025"], w)
    datetime.date(2025, 9, 3)
    """
    found = []
    for m in words.cited.finditer("\n".join(lines)):
        d, mo, y = (m.group(1), m.group(3), m.group(4)) if m.group(1) else (m.group(5), m.group(6), m.group(7))
        date = _valid(int(y), int(mo), int(d))
        if date:
            found.append(date)
    return max(found, default=None)


def _safe_year(month: int, mark: tuple | None, url: str | None) -> int | None:
    """A year for a day/month lead, only from evidence naming the same month."""
    if mark and mark[1] == month:
        return mark[0]
    path = unquote(urlparse(url).path) if url else ""
    for pattern in _URL_YM:
        m = pattern.search(path)
        if m and int(m.group(2)) == month:
            return int(m.group(1))
    return None


def headline_date(line: str) -> dt.date | None:
    """A date written at the end of the headline line ("Triển vọng phục hồi kinh tế 9/5/2022")."""
    m = _ENDS_WITH_DATE.search(line)
    return _valid(int(m.group(4)), int(m.group(3)), int(m.group(1))) if m else None


def lead_date(lines: list[str], start: int, words: DateWords, mark: tuple | None, url: str | None) -> dt.date | None:
    """The lead's day/month ("Chiều 4/2, ...", or a part of the day inside its first sentence:
    "Tại cuộc họp ... sáng ngày 2/7, ...") with a year from same-month evidence, else None; an
    event of "hôm qua (17.1)" in that sentence dates the page the day after (``_day_after``)."""
    inner_tried = False
    for i, line in enumerate(lines[start : start + LEAD_LINES]):
        body = _MARKER.sub("", line).strip()
        m = words.lead.match(body)
        if m is None and not inner_tried and len(body) >= LEAD_MIN:
            # only the lead's first sentence (later ones tell other events); a long headline is no lead
            inner_tried = i > 0
            sentence = body[: _sentence_end(body)]
            m = _event_day(sentence, words)
            before = words.yesterday.search(sentence)
            if before and (m is None or before.start() < m.start()):
                return _day_after(int(before.group(1)), int(before.group(2)), mark, url)
        if m:
            day, month = int(m.group(1)), int(m.group(2))
            year = _safe_year(month, mark, url)
            return _valid(year, month, day) if year else None
    return None


def _day_after(day: int, month: int, mark: tuple | None, url: str | None) -> dt.date | None:
    """The page's date when its lead dates an event "hôm qua (d.m)": the day after, its year from
    evidence naming the page's own month (CONVENTIONS, session 36), else None.

    >>> _day_after(31, 1, (2022, 2, None), None)
    datetime.date(2022, 2, 1)
    """
    for page_month in (month, month % 12 + 1):
        year = _safe_year(page_month, mark, url)
        if year is None:
            continue
        event = _valid(year - (page_month < month), month, day)
        after = event + dt.timedelta(days=1) if event else None
        if after and after.month == page_month:
            return _valid(after.year, after.month, after.day)
    return None


def _event_day(sentence: str, words: DateWords) -> re.Match | None:
    """The first day and month inside a lead's sentence after a part of the day or the day noun
    ("... sáng ngày 2/7, ...", "... tại kỳ họp thứ 24, ngày 5/12."), not the date of a document
    number ("Quyết định số 12/QĐ-UBND ngày 5/12": the day it was signed)."""
    for m in words.inner.finditer(sentence):
        if not _SIGNED.search(sentence, max(0, m.start() - 40), m.start()):
            return m
    return None


def _site_clock(lines: list[str], headline: int, words: DateWords, found: dt.date, url: str | None) -> bool:
    """Whether the date line read stands above the headline and is more than ``CLOCK_DAYS``
    after the day the web address gives ("THỨ NĂM, NGÀY 25 THÁNG 07 NĂM 2024 02:19" over a page
    whose address ends "-20230629190603.htm"): the site's clock.

    >>> w = compile_date_words(["thứ năm"], [], (["ngày"], ["tháng"], ["năm"]))
    >>> _site_clock(["Thứ năm, ngày 25 tháng 07 năm 2024", "Tiêu đề"], 1, w, dt.date(2024, 7, 25),
    ...             "https://baotinh.vn/tieu-de-20230629190603.htm")
    True
    """
    above = any(is_date_line(ln, words) and full_date_in(ln, words) == found for ln in lines[:headline])
    given = url_date(url) or url_stamp(url)
    return above and given is not None and (found - given).days > CLOCK_DAYS


def written_after(lines: list[str], words: DateWords) -> dt.date | None:
    """The latest day the head ``lines`` show the page was written on or after, from the texts
    it cites: a signing date written with a number ("số 12/QĐ-UBND ngày 3/2/2025"), or the year
    of a number ("Nghị quyết số 18/2020/NQ-HĐND": 1 January 2020).

    >>> w = compile_date_words([], [], (["ngày"], ["tháng"], ["năm"]))
    >>> written_after(["HĐND tỉnh ban hành Nghị quyết số 18/2020/NQ-HĐND về kế hoạch 5 năm"], w)
    datetime.date(2020, 1, 1)
    """
    years = [_valid(int(m.group(1)), 1, 1) for ln in lines for m in _NUMBER_YEAR.finditer(ln)]
    return max([d for d in (*years, cited_date(lines, words)) if d is not None], default=None)


def _stale_headers(lines: list[str], headline: int, words: DateWords, later: dt.date | None) -> list[str]:
    """``lines`` with each stale date line blanked: one more than ``STALE_DAYS`` before the
    ``later`` evidence (``written_after``, a reported span), or, above the headline, before a date
    line below it. A portal's header ("Thứ Sáu, ngày 23 tháng 08 năm 2019" over a 2023 article
    dated "PV - 14:10, 28/05/2023"; "Thứ 6 - 26/02/2016" over a page on "Nghị quyết số
    18/2020/NQ-HĐND") is not the article's date."""
    below = [full_date_in(ln, words) for ln in lines[headline + 1 : HEAD_LINES] if is_date_line(ln, words)]
    latest = max([d for d in (*below, later) if d is not None], default=None)
    out = list(lines)
    for i, ln in enumerate(lines[:HEAD_LINES]):
        date = full_date_in(ln, words) if is_date_line(ln, words) else None
        bound = latest if i < headline else later
        if date is not None and bound is not None and (bound - date).days > STALE_DAYS:
            out[i] = ""
    return out


def _sentence_end(body: str) -> int:
    end = sentence_end().search(body)
    return end.start() if end else len(body)


def published_date(
    lines: list[str],
    headline: int,
    words: DateWords,
    url: str | None,
    legal: bool = False,
    later: dt.date | None = None,
) -> dt.date | None:
    """The published date from the head ``lines`` of the cleaned text (see the module steps).

    ``headline`` is the index of the headline line; ``legal`` says the head is a legal header
    (only then is a place-and-date line read); ``later`` a day the page shows it was written on
    or after (a span it reports on), which with ``written_after`` marks a stale header date."""
    mark = marker(lines)
    evidence = max([d for d in (later, written_after(lines, words)) if d is not None], default=None)
    found = date_line_date(_stale_headers(lines, headline, words, evidence), headline, words)
    if found is not None and _site_clock(lines, headline, words, found, url):
        found = None
    if found is None and mark and mark[2]:
        found = url_date(url) or url_stamp(url) or _valid(mark[0], mark[1], mark[2])
    if found is None and legal:
        found = legal_header_date(lines, words)
    if found is None and lines:
        found = headline_date(lines[min(headline, len(lines) - 1)])
    return found or url_date(url) or url_stamp(url) or lead_date(lines, headline, words, mark, url)
