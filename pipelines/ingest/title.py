"""An article's headline: the first line of the page that is neither furniture nor a header.

Lines that are never the headline (curated in ``raw/curation/title_lines.csv``):
- ``legal_marker``: the national motto block of a legal text ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  NAM", "Độc lập - Tự do - Hạnh phúc");
- ``header``: header lines of any case ("Số: 4192/QĐ-UBND", "Long An, ngày 02 tháng 5 năm
  2024", separator rules "-------");
- ``upper_header``: header lines only when written in upper case ("ỦY BAN NHÂN DÂN",
  "TỈNH KON TUM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG"); they also end a legal title;
- ``site``: site names, a logo's alt text, breadcrumbs and section labels;
- date lines (``dates.is_date_line``) and lines without a letter (a visit counter's digits).

Then:
- a legal text (a motto block in the head, preceded by nothing but upper-case header
  fragments) is titled by its document's name: the line naming the document type
  (``doc_types.csv``, "QUYẾT ĐỊNH") and the subject lines after it ("Về việc ban hành ...",
  or upper-case lines), up to the issuing body restated ("ỦY BAN NHÂN DÂN TỈNH ...");
- an upper-case headline split over lines is joined, and a drop capital ("K" / "Ế HOẠCH ...")
  is joined to the word it starts;
- a mixed-case headline loses a trailing date, a leading bullet and a scraper's ``date``
  marker, and is cut at a sentence end when it runs on (a page without a headline line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.ingest.dates import DateWords, is_date_line
from pipelines.text.fold import fold

HEAD_LINES = 40
MAX_LINE = 1000
MAX_TITLE = 300
MAX_TITLE_LINES = 5

_MARKER = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?(?!\d)\s*", re.IGNORECASE)
_TRAILING_DATE = re.compile(
    r"\s+[-|–,]?\s*(?:\d{1,2}:\d{2}\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*$"
)
_BULLET = re.compile(r"^[•·*▪►»\-–]\s*")
# A CMS that prints an empty field as "null" before the headline ("null V/v chủ trương ...").
_ARTIFACT = re.compile(r"^(?:null|undefined|None)\s+(?=\S)")
_NUMBERED = re.compile(r"^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]\s", re.IGNORECASE)


@dataclass(frozen=True)
class TitleRules:
    """Curated line patterns by kind, and the folded document-type names ("quyêt đinh")."""

    patterns: dict[str, list[re.Pattern]]
    doc_nouns: frozenset[str]
    date_words: DateWords | None = field(default=None)

    def matches(self, kind: str, line: str) -> bool:
        return any(p.search(line) for p in self.patterns.get(kind, ()))


@dataclass(frozen=True)
class Headline:
    """The headline, the index of its (first) line in the head, and whether the page is a legal text."""

    title: str
    index: int
    legal: bool


def is_upper(line: str) -> bool:
    """True when the line's letters are (nearly) all capitals: "QUYẾT ĐỊNH", "ĐẾN NĂM 2030"."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def is_drop_cap(line: str) -> bool:
    """A drop capital left alone on its line: "K" before "Ế HOẠCH ..."."""
    return len(line) <= 2 and line.isalpha() and line.isupper()


def _skipped(line: str, rules: TitleRules) -> bool:
    """A line that is never the headline (see the module docstring)."""
    if not _MARKER.sub("", line).strip() or rules.matches("legal_marker", line):
        return True
    if not any(c.isalpha() for c in line):
        return True  # no words: a counter's digits ("1 5 4 7 0 5 5"), a rule, a lone number
    if rules.matches("header", line) or rules.matches("site", line):
        return True
    if is_upper(line) and rules.matches("upper_header", line):
        return True
    return rules.date_words is not None and is_date_line(line, rules.date_words)


def _is_doc_noun(line: str, rules: TitleRules) -> bool:
    return is_upper(line) and fold(line.strip(" :")) in rules.doc_nouns and not line.endswith(":")


def _split_first_word(line: str, after: str | None, rules: TitleRules) -> str | None:
    """An upper-case subject line broken after its first word, when that word alone reads as a
    header ("BAN" / "HÀNH QUY CHẾ ..." -> "BAN HÀNH QUY CHẾ ..."): the two lines joined, when
    the joined line is no header; else None."""
    if after is None or len(line.split()) != 1 or not is_upper(after) or not _skipped(line, rules):
        return None
    joined = f"{line.strip()} {after.strip()}"
    return None if _skipped(joined, rules) else joined


def _legal_title(lines: list[str], n: int, rules: TitleRules) -> str:
    """ "QUYẾT ĐỊNH" at ``n`` and its subject lines -> "QUYẾT ĐỊNH Về việc ban hành ..."; a
    subject broken after its first word ("BAN" / "HÀNH ...") is joined back."""
    parts, mixed = [lines[n]], False
    window = lines[n + 1 : n + 1 + MAX_TITLE_LINES]
    skip_next = False
    for i, line in enumerate(window):
        if skip_next:
            skip_next = False
            continue
        joined = _split_first_word(line, window[i + 1] if i + 1 < len(window) else None, rules)
        if joined is not None and len(parts) == 1:
            line, skip_next = joined, True
        if _skipped(line, rules) or _NUMBERED.match(line) or _is_doc_noun(line, rules):
            break
        if is_upper(line) and not mixed:
            parts.append(line)
        elif len(parts) == 1 and rules.matches("subject", line):
            parts.append(line)
            mixed = True
        elif mixed and line[:1].islower():
            parts.append(line)
        else:
            break
    return " ".join(parts)


def _upper_title(lines: list[str], start: int, rules: TitleRules) -> str:
    """An upper-case headline and the upper-case lines that continue it, joined."""
    title = lines[start]
    for line in lines[start + 1 : start + MAX_TITLE_LINES]:
        if not is_upper(line) or _skipped(line, rules) or _NUMBERED.match(line) or _is_doc_noun(line, rules):
            break
        title = title + line if is_drop_cap(title) else f"{title} {line}"
    return title


def tidy(line: str) -> str:
    """A mixed-case headline without marker, bullet or trailing date, cut at ``MAX_TITLE``.

    >>> tidy("• Triển vọng phục hồi kinh tế 9/5/2022")
    'Triển vọng phục hồi kinh tế'
    """
    line = _ARTIFACT.sub("", _BULLET.sub("", _MARKER.sub("", line)).strip())
    line = _TRAILING_DATE.sub("", line).strip() or line
    if len(line) <= MAX_TITLE:
        return line
    cut = line.find(". ", 40, MAX_TITLE)
    if cut > 0:
        return line[:cut]
    space = line.rfind(" ", 0, MAX_TITLE)
    return line[: space if space > 40 else MAX_TITLE]


def _legal_block(lines: list[str], rules: TitleRules) -> int | None:
    """Index of the motto line when the page opens with a legal header, else None."""
    for i, line in enumerate(lines[:20]):
        if rules.matches("legal_marker", line):
            before = [ln for ln in lines[:i] if not _skipped(ln, rules)]
            return i if all(is_upper(ln) or len(ln.split()) <= 3 for ln in before) else None
    return None


def _start(lines: list[str], begin: int, rules: TitleRules) -> int | None:
    return next((i for i in range(begin, len(lines)) if not _skipped(lines[i], rules)), None)


def headline(text_lines: list[str], rules: TitleRules) -> Headline:
    """The headline of a cleaned article given its non-empty lines (see the module docstring).

    ``index`` is the position of the headline's first line in ``text_lines``.
    """
    lines = [ln[:MAX_LINE] for ln in text_lines[:HEAD_LINES]]
    if not lines:
        return Headline("", 0, False)
    legal = any(rules.matches("legal_marker", ln) for ln in lines[:20])
    block = _legal_block(lines, rules)
    begin = 0 if block is None else block + 1
    if block is not None:
        noun = next((i for i in range(begin, min(begin + 15, len(lines))) if _is_doc_noun(lines[i], rules)), None)
        if noun is not None:
            return Headline(tidy(_legal_title(lines, noun, rules)), noun, True)
    first = _start(lines, begin, rules)
    if first is None:
        return Headline(tidy(lines[0]), 0, legal)
    if _is_doc_noun(lines[first], rules):
        return Headline(tidy(_legal_title(lines, first, rules)), first, legal)
    if is_upper(lines[first]) or is_drop_cap(lines[first]):
        return Headline(tidy(_upper_title(lines, first, rules)), first, legal)
    return Headline(tidy(lines[first]), first, legal)
