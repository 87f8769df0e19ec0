"""The headline a page's web address names, when the first readable line is something else.

A Vietnamese news address ends in its headline written without diacritics
(".../huyen-a-dat-muc-tieu-giam-4-ho-ngheo-a20517.html"). When the line ingest picked as the
headline (``title.headline``) shares little with that slug, a portal's banner, section label or
advertisement stood above the headline; a line near the top that shares most of the slug's words
is the headline. Words are compared folded to ASCII letters; numbers are left out (an address's
id, a year). An address with no slug (ids, numbers, a short folder name), a legal text (titled by
its document's name) and a page with no such line keep the pick.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

from pipelines.ingest.title import _NUMBERED, Headline, TitleRules, _skipped, tidy
from pipelines.text.fold import ascii_slug

MIN_SLUG_WORDS = 5  # fewer letter words in a path segment is a folder ("tin-tuc"), not a headline
PICK_SHARE = 0.5  # the pick shares less than this part of the slug's words: it is not the headline
LINE_SHARE = 0.8  # a line sharing at least this part of them is
MAX_LINE = 200  # a headline is a short line, not the lead that restates it
SCAN_LINES = 12  # the headline stands among the first lines


def ascii_words(text: str) -> list[str]:
    """The words of ``text`` in lower-case ASCII letters, numbers dropped.

    >>> ascii_words("Đắk Lắk giảm 3% hộ nghèo")
    ['dak', 'lak', 'giam', 'ho', 'ngheo']
    """
    return [w for w in ascii_slug(text).split("-") if w.isalpha()]


def slug_words(source_url: str | None) -> list[str]:
    """The letter words of the address's slug: its path segment with the most hyphenated words,
    without an extension; [] when it has fewer than ``MIN_SLUG_WORDS`` (an id, a folder).

    >>> slug_words("https://bao.vn/xa-hoi/dak-lak-giam-3-ho-ngheo-trong-nam-a123.html")
    ['dak', 'lak', 'giam', 'ho', 'ngheo', 'trong', 'nam']
    """
    if not source_url:
        return []
    segments = [re.sub(r"\.[a-z]{2,5}$", "", s) for s in unquote(urlparse(source_url).path).split("/")]
    best = max(segments, key=lambda s: s.count("-"), default="")
    words = [w for w in re.split(r"[-_]+", best.lower()) if w.isalpha() and w.isascii()]
    return words if len(words) >= MIN_SLUG_WORDS else []


def share(slug: list[str], line: str) -> float:
    """The part of the slug's words found among the line's words (0 for an empty slug)."""
    if not slug:
        return 0.0
    words = set(ascii_words(line))
    return sum(w in words for w in slug) / len(slug)


def addressed_title(lines: list[str], head: Headline, source_url: str | None, rules: TitleRules) -> str:
    """The page's title: ``head.title``, or the first of the first ``lines`` (a cleaned page's
    non-empty lines) that shares most of the address's slug when ``head.title`` shares little of
    it ("Vườn quê rộn ràng" over "Huyện A giảm 4% hộ nghèo" at ".../huyen-a-giam-4-ho-ngheo-...").
    """
    slug = [] if head.legal else slug_words(source_url)
    if not slug or share(slug, head.title) >= PICK_SHARE:
        return head.title
    for line in lines[:SCAN_LINES]:
        if len(line) > MAX_LINE or _skipped(line, rules) or _NUMBERED.match(line):
            continue
        if share(slug, line) >= LINE_SHARE:
            return tidy(line)
    return head.title
