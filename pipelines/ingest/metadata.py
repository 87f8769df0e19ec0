"""Derive an article's title, province, published date and byline from its cleaned text.

- title: the first line of the cleaned text;
- province: the province named most often (title mentions count double), by the curated
  names and aliases; if the text names none, the source URL's domain or the publisher
  (``province_sources.csv``); else unknown;
- published date: a date line of the page ("06/01/2023 - 15:10", "Thứ Sáu, 06/01/2023");
- byline: the last line when it is a short run of capitalised names ("Châu Sơn - Hoàng
  Tuân", "Cẩm Tú (Nguồn: Quyết định số 1740/QĐ-UBND ...)").
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from urllib.parse import urlparse

from pipelines.curation.lexicons import Lexicons
from pipelines.text.fold import fold

_DATE_LINE = re.compile(r"^(?:[^\d,]{2,12},\s*)?(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*\S+)?)?$")
_NAME = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*"
_BYLINE = re.compile(rf"^((?:{_NAME})(?:\s+{_NAME}){{0,4}}(?:\s*[-,–]\s*{_NAME}(?:\s+{_NAME}){{0,4}})*)\s*(?:\(.*\))?$")


def title(text: str) -> str:
    r"""The headline: the first line of the cleaned text that is not a page date line.

    >>> title("06/01/2023 - 15:10\nLong An: Tập trung triển khai nhiệm vụ năm 2023\n...")
    'Long An: Tập trung triển khai nhiệm vụ năm 2023'
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return next((ln for ln in lines if not _DATE_LINE.match(ln)), lines[0] if lines else "")


def published_date(text: str) -> dt.date | None:
    """The first page date line in the text, e.g. "06/01/2023 - 15:10" -> 2023-01-06."""
    for line in text.split("\n")[:8]:
        m = _DATE_LINE.match(line.strip())
        if m:
            d, mth, y = (int(g) for g in m.groups())
            try:
                return dt.date(y, mth, d)
            except ValueError:
                return None
    return None


def byline(text: str) -> str | None:
    """The author line at the end of the article, without a trailing "(Nguồn: ...)"."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    if len(last) > 80:
        return None
    m = _BYLINE.match(last)
    if not m or len(m.group(1).split()) < 2:
        return None
    return m.group(1).strip()


def province(text: str, source_url: str | None, publisher: str | None, lex: Lexicons) -> str | None:
    """The GSO code of the province the article is about, or None when the evidence is absent."""
    votes: Counter = Counter()
    head = title(text)
    for m in lex.provinces.find(text):
        votes[m.value] += 2 if m.end <= len(head) else 1
    if votes:
        best = votes.most_common()
        if len(best) == 1 or best[0][1] > best[1][1]:
            return best[0][0]
        first = {m.value: m.start for m in reversed(lex.provinces.find(text))}
        tied = [c for c, n in best if n == best[0][1]]
        return min(tied, key=lambda c: first[c])
    domain = fold(urlparse(source_url).netloc) if source_url else ""
    pub = fold(publisher or "")
    for kind, pattern, code in lex.province_sources:
        if kind == "domain" and domain and (domain == pattern or domain.endswith("." + pattern)):
            return code
        if kind == "publisher" and pub and pattern in pub:
            return code
    return None
