"""Derive an article's title, province, published date and byline from its cleaned text.

- title: the headline (``title.py``: portal headers, logos, breadcrumbs and date lines skipped;
  the line the web address names when the pick shares little with it, ``address_title.py``;
  a legal text's document name; a split upper-case title joined);
- published date: date lines, a legal header's place-and-date line, the source URL, the lead
  (``dates.py``);
- province: the province named most often (headline mentions count double; the first 200,000
  characters are read), by the curated names and aliases; if the text names none, the source URL's domain or the publisher
  (``province_sources.csv``), else a province the address names by its ascii name, in a
  domain ("lmhtxdaknong.vn"), the path's slug (".../nam-2019-ha-noi-phan-dau-...") or a folder
  of the path ("/quangninh/"; two names are no answer); else unknown. The place of a legal header's place-and-date line ("Hà Nội, ngày
  29 tháng 12 năm 2023" on a national decision about a province) counts only when nothing else
  names a province. A page naming ten provinces or more, none twice as often as the
  next, is about the whole country: unknown. A page written from 1 July 2025 is about the merged
  province: each name counts for its successor (``provinces.csv``: "Gia Lai" and "Bình Định"
  both count for the new Gia Lai, code 52);
- byline: the last line when it is a short run of capitalised names ("Châu Sơn - Hoàng
  Tuân", "Cẩm Tú (Nguồn: Quyết định số 1740/QĐ-UBND ...)").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from urllib.parse import unquote, urlparse

from pipelines.curation.lexicons import PROVINCE_PREFIXES, Lexicons
from pipelines.ingest import dates
from pipelines.ingest.address_title import addressed_title
from pipelines.ingest.rules import IngestRules
from pipelines.ingest.title import Headline, headline
from pipelines.text.matcher import Match
from pipelines.text.fold import fold

_NAME = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*"
_BYLINE = re.compile(rf"^((?:{_NAME})(?:\s+{_NAME}){{0,4}}(?:\s*[-,–]\s*{_NAME}(?:\s+{_NAME}){{0,4}})*)\s*(?:\(.*\))?$")
HEAD_LINES = 40
# Province mentions are counted in this much of the text (a very long page is judged by its start).
PROVINCE_SCAN_CHARS = 200_000
# A page naming this many provinces, none of them more than twice as often as the next, is
# about the country (a national resolution listing each province's target): no province.
NATIONAL_PROVINCES = 10
# A legal header's place-and-date line stands within this much of the text.
LEGAL_HEAD_CHARS = 2000
# Resolution 202/2025/QH15: from this day 63 province-level units became 34 (provinces.csv successor_code).
REORGANISED = dt.date(2025, 7, 1)


def head_lines(text: str) -> list[str]:
    """The first non-empty lines of ``text`` (only the head is read for title and date)."""
    out: list[str] = []
    start = 0
    while len(out) < HEAD_LINES and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start : min(end, start + 2000)].strip()
        if line:
            out.append(line)
        start = end + 1
    return out


def rules_of(lex: Lexicons) -> IngestRules:
    """The ingest rules compiled with the lexicons (``load_lexicons`` always builds them)."""
    if lex.ingest is None:
        raise ValueError("Lexicons lack ingest rules: build them with load_lexicons()")
    return lex.ingest


def title_of(text: str, lex: Lexicons) -> Headline:
    """The headline of a cleaned article (``title.headline``)."""
    return headline(head_lines(text), rules_of(lex).title)


def page_title(text: str, source_url: str | None, head: Headline, lex: Lexicons) -> str:
    """The article's title: the headline, or the line its web address names when the headline
    pick shares little with the address (``address_title.addressed_title``). Only the title
    moves: the published date and province still read ``head``."""
    return addressed_title(head_lines(text), head, source_url, rules_of(lex).title)


def published_date(text: str, source_url: str | None, lex: Lexicons, head: Headline | None = None) -> dt.date | None:
    """The published date of a cleaned article, or None (see ``dates.published_date``)."""
    head = head or title_of(text, lex)
    lines = head_lines(text)
    end = reported_end(fold("\n".join(lines)), lex)
    later = dt.date(end[0], end[1], 1) if end else None  # "6 tháng đầu năm 2024": written from June 2024 on
    return dates.published_date(lines, head.index, rules_of(lex).date_words, source_url, head.legal, later)


def written(
    text: str, source_url: str | None, published: dt.date | None, lex: Lexicons | None = None
) -> dt.date | None:
    """When the page was written (``dates.written_date``): places it before or after 1 July 2025.
    A page nothing dates that counts the provinces as they stand after the reorganisation
    (``date_words.csv`` ``reorganised``: "xếp thứ 2/34 tỉnh, thành phố") or marks a province's name
    as before or after it ("Kon Tum (cũ)": ``merged_mark``) or names a province formed then right
    after a merger lead ("Sau sáp nhập, tỉnh Lâm Đồng ...": ``merger_lead``) was written after it; so was a page
    whose head cites a text signed after it (``dates.cited_date``), and one that reports on a span
    of a year ending after it ("kết quả ... 9 tháng năm 2025": ``reported_end``), and one that
    names its own year-end event of 2025 or later ("kỳ họp thường lệ cuối năm 2025")."""
    lines = head_lines(text)
    found = dates.written_date(lines, source_url, published)
    if found is not None or lex is None:
        return found
    cited = dates.cited_date(lines, rules_of(lex).date_words)
    words = rules_of(lex).reorganised
    folded = fold(text[:PROVINCE_SCAN_CHARS])
    if (
        (words is not None and words.search(folded))
        or _marked_merged(text, lex)
        or _named_after_merger(text, lex)
        or _reports_after(folded, lex)
        or _year_end_after(folded, lex)
        or _communes_without_districts(text, folded, lex)
    ):
        return max(cited or REORGANISED, REORGANISED)
    return cited


def reported_end(folded: str, lex: Lexicons) -> tuple[int, int] | None:
    """(year, month) where the latest span of a year the folded text reports on ends
    (``date_words.csv`` ``reported_span``: "9 tháng năm 2025" ends in September 2025; a whole year
    reviewed while the next is planned, "kết quả ... năm 2025, mục tiêu ... năm 2026", in its
    December), or None: "trong tháng 2/2026, các ngành đã triển khai ..." -> (2026, 2)."""
    rules = rules_of(lex)
    ends = [
        (int(m.group("y")), int(m.group("n")))
        for pattern in rules.reported
        for m in pattern.finditer(folded)
        if 1 <= int(m.group("n")) <= 12
    ]
    if rules.reviewed is not None:
        ends += [
            (int(m.group("y")), 12)
            for m in rules.reviewed.finditer(folded)
            if int(m.group("z")) == int(m.group("y")) + 1
        ]
    return max(ends, default=None)


def _reports_after(folded: str, lex: Lexicons) -> bool:
    """Whether the page reports on a span of a year that ends after 1 July 2025 ("trong tháng
    2/2026", "9 tháng năm 2025", a review of 2025 that plans 2026): it was written after the
    reorganisation (CONVENTIONS, session 31)."""
    end = reported_end(folded, lex)
    return end is not None and end >= (REORGANISED.year, REORGANISED.month)


def _year_end_after(folded: str, lex: Lexicons) -> bool:
    """Whether the folded text names its own event at the end of a year from 2025 on
    (``date_words.csv`` ``year_end_event``): "khai mạc kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh"
    was written after 1 July 2025 (CONVENTIONS, session 35); "cuối năm 2024" places nothing."""
    return any(
        (int(m.group("y")), 12) >= (REORGANISED.year, REORGANISED.month)
        for pattern in rules_of(lex).year_end
        for m in pattern.finditer(folded)
    )


def _communes_without_districts(text: str, folded: str, lex: Lexicons) -> bool:
    """Whether the page addresses the commune level's committees as a whole (``date_words.csv``
    ``commune_committees``: "UBND các xã, phường chủ động ứng phó ...") and names no district-level
    unit anywhere (``district_word``: "huyện", "thị xã", "thị trấn", ...): the district level ended
    on 1 July 2025, so the page describes the province as it stands after it (CONVENTIONS, session
    36: a page placed after the change by what it describes). "UBND các huyện; UBND các xã, phường,
    thị trấn" of 2023 places nothing."""
    rules = rules_of(lex)
    if rules.commune_committees is None or rules.district_words is None:
        return False
    return rules.commune_committees.search(folded) is not None and rules.district_words.search(text) is None


def _marked_merged(text: str, lex: Lexicons) -> bool:
    """Whether a province's name carries a bracketed mark of the reorganisation
    (``date_words.csv`` ``merged_mark``): "GRDP tỉnh Gia Lai (cũ) 6 tháng đầu năm 2025 tăng ..."
    speaks of the province as merged, so the page was written after 1 July 2025."""
    mark = rules_of(lex).merged_mark
    if mark is None:
        return False
    head = text[:PROVINCE_SCAN_CHARS]
    folded = fold(head)
    return any(mark.match(folded, m.end) for m in lex.provinces.find(head))


_MERGER_LEAD_REACH = 120  # characters a merger lead and its few words may take before the name


def _named_after_merger(text: str, lex: Lexicons) -> bool:
    """Whether a province formed on 1 July 2025 is named right after a merger lead
    (``date_words.csv`` ``merger_lead``): "Sau sáp nhập, tỉnh Lâm Đồng có diện tích lớn nhất" speaks
    of the merger as done, so the page was written after it (CONVENTIONS, session 33); "sau sáp
    nhập các xã" of 2019 - 2021 names no province and places nothing."""
    rules = rules_of(lex)
    if rules.merger_lead is None or not rules.formed:
        return False
    head = text[:PROVINCE_SCAN_CHARS]
    folded = fold(head)
    return any(
        m.value in rules.formed and rules.merger_lead.search(folded[max(0, m.start - _MERGER_LEAD_REACH) : m.start])
        for m in lex.provinces.find(head)
    )


def byline(text: str) -> str | None:
    """The author line at the end of the article, without a trailing "(Nguồn: ...)"."""
    last = text.rstrip()[-400:].rsplit("\n", 1)[-1].strip()
    if len(last) > 80:
        return None
    m = _BYLINE.match(last)
    if not m or len(m.group(1).split()) < 2:
        return None
    return m.group(1).strip()


def _from_source(source_url: str | None, publisher: str | None, lex: Lexicons) -> str | None:
    domain = fold(urlparse(source_url).hostname or "") if source_url else ""
    pub = fold(publisher or "")
    for kind, pattern, code in lex.province_sources:
        if kind == "domain" and domain and (domain == pattern or domain.endswith("." + pattern)):
            return code
        if kind == "publisher" and pub and pattern in pub:
            return code
    return None


# A name this short in a domain is too often part of another word ("hue").
MIN_DOMAIN_NAME = 5


def url_province(source_url: str | None, names: tuple[tuple[str, str], ...]) -> str | None:
    """The one province a web address names: its domain holds the name's letters run together
    ("lmhtxdaknong.vn", "phuthodfa.gov.vn"), else its path has the name as hyphenated words
    ("/nam-2019-ha-noi-phan-dau-trong-cay.html"), else a folder of its path is the name run
    together, as a platform files each province's paper ("/quangninh/ban-can-su-..."). None
    when no name, or two, are found.

    >>> url_province("https://hiephoidoanhnghieptuyenquang.com/2020/08/12/x/", (("tuyen quang", "08"),))
    '08'
    """
    if not source_url:
        return None
    parts = urlparse(source_url.lower())
    domain = (parts.hostname or "").replace("-", "")
    slug = "-" + "-".join(re.findall(r"[a-z0-9]+", unquote(parts.path))) + "-"
    folders = set(unquote(parts.path).split("/"))
    for found in (
        {c for n, c in names if len(n.replace(" ", "")) >= MIN_DOMAIN_NAME and n.replace(" ", "") in domain},
        {c for n, c in names if "-" + n.replace(" ", "-") + "-" in slug},
        {c for n, c in names if len(n.replace(" ", "")) >= MIN_DOMAIN_NAME and n.replace(" ", "") in folders},
    ):
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def headline_end(text: str, head: Headline) -> int:
    """Offset in ``text`` where the headline ends (mentions before it count double)."""
    lines = head_lines(text)
    if not lines:
        return 0
    start = text.find(lines[head.index])
    return max(start, 0) + max(len(head.title), len(lines[head.index]))


def as_written(code: str | None, written: dt.date | None, lex: Lexicons) -> str | None:
    """The province ``code`` as it stood on ``written``: its successor from 1 July 2025.

    An old code stays on a page without a date (the page cannot be placed after the change)."""
    if code is None or written is None or written < REORGANISED:
        return code
    return rules_of(lex).successors.get(code, code)


def _signed_at(text: str, lex: Lexicons) -> tuple[int, int]:
    """The span of a legal header's place-and-date line ("Hà Nội, ngày 29 tháng 12 năm 2023"),
    else an empty one: the place where a text was signed, which a national body's text about a
    province names ("Hà Nội" above "Phê duyệt Quy hoạch tỉnh Quảng Trị ...")."""
    m = rules_of(lex).date_words.place_date.search(text[:LEGAL_HEAD_CHARS])
    return m.span() if m else (0, 0)


def _named(text: str, end: int) -> bool:
    """Whether a province name ending at ``end`` is written as a proper name: its last word
    capitalised ("Thái Bình", "tỉnh Thái Bình"), not the same words in lower case inside other
    words ("trở lại trạng thái bình thường")."""
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "-(":
        start -= 1
    return not text[start:end][:1].islower()


def _commune(text: str, match: Match, lex: Lexicons) -> bool:
    """Whether a province name (a ``lex.provinces`` match) follows a commune-level noun
    (``body_levels.csv`` ``{commune}``: "xã Thái Bình (Yên Sơn)", "phường Bắc Giang"): it names a
    commune or ward, not the province. A name written with its province's level ("Hợp tác xã
    tỉnh Sóc Trăng") names the province, whatever precedes it."""
    if any(p.strip() and match.phrase.startswith(p) for p in PROVINCE_PREFIXES):
        return False
    start = match.start
    levels = lex.tables["body_levels.csv"]
    words = [fold(w) for w, p in zip(levels["word"], levels["placeholder"]) if p == "{commune}"]
    before = fold(text[max(0, start - 12) : start])
    return any(re.search(rf"(?<!\w){re.escape(w)}\s+$", before) for w in words)


def province(
    text: str,
    source_url: str | None,
    publisher: str | None,
    lex: Lexicons,
    head_end: int | None = None,
    written: dt.date | None = None,
) -> str | None:
    """The GSO code of the province the article is about, or None when the evidence is absent.

    Mentions before ``head_end`` (the headline) count double; by default the first line. The
    place of a legal header's place-and-date line counts only when nothing else names a
    province (a national decision about a province is signed in Hà Nội), not even the page's
    source or web address ("...-do-tinh-quang-ngai-ban-hanh.html" over a text whose header a
    portal misprinted "Hà Nội, ngày ...").
    ``written`` is the page's date: from 1 July 2025 the codes are the merged provinces'.
    A page naming ``NATIONAL_PROVINCES`` or more with no clear leader is national: None.
    Provinces named as often as each other: the one the source or web address names, else the
    first named.
    """
    head_end = len(text.split("\n", 1)[0]) if head_end is None else head_end
    votes: Counter = Counter()
    first: dict[str, int] = {}
    found = [
        m for m in lex.provinces.find(text[:PROVINCE_SCAN_CHARS]) if _named(text, m.end) and not _commune(text, m, lex)
    ]
    signed = _signed_at(text, lex)
    named = [m for m in found if not signed[0] <= m.start < signed[1]]
    addressed = _from_source(source_url, publisher, lex) or url_province(source_url, rules_of(lex).url_names)
    if found and not named and addressed:
        return as_written(addressed, written, lex)  # the place of signing only: the address names the province
    for m in named or found:
        code = as_written(m.value, written, lex) or m.value
        votes[code] += 2 if m.end <= head_end else 1
        first.setdefault(code, m.start)
    if not votes:
        return as_written(addressed, written, lex)
    best = votes.most_common()
    if len(best) >= NATIONAL_PROVINCES and best[0][1] <= 2 * best[1][1]:
        return None
    if len(best) == 1 or best[0][1] > best[1][1]:
        return best[0][0]
    tied = [c for c, n in best if n == best[0][1]]
    address = as_written(addressed, written, lex)
    if address in tied:
        return address  # "xã Thái Bình ..., TP Tuyên Quang" on thanhphotuyenquang.gov.vn: the address decides
    return min(tied, key=lambda c: first[c])
