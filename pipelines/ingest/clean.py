"""Clean a scraped article: decode, markup, control characters, NFC, white space, site chrome.

Steps (each linear in the size of the text):
1. decode: a UTF-8 or UTF-16 byte-order mark decides the encoding, else strict UTF-8;
   undecodable bytes are an ``ArticleError`` giving the byte offset;
2. markup: HTML tags, comments, script/style blocks and character entities are removed
   (``markup.py``), before anything else looks at the text;
3. control characters are dropped (line breaks kept, tabs become spaces), the text is
   normalised to Unicode NFC;
4. white space: CRLF to LF, no-break and other Unicode spaces to a plain space, runs of spaces
   collapsed, lines stripped, runs of blank lines collapsed to one;
5. site chrome is stripped with the curated patterns (``raw/curation/chrome.csv``, and
   ``site_chrome.csv`` for the article's own site): ``drop_line`` removes a line, ``cut_rest``
   removes the line and everything after it (related-news lists, visit counters) once the
   article has begun (``MIN_CUT_AFTER`` characters kept on lines with words: a visit counter in
   the page's header, or a side column's links heading under its counter's figures, only loses
   its own line); a
   scraper's ``date 2026-01-08`` marker opening a line is not chrome: the rules see the rest
   of the line, and the marker stays when the rest goes ("date 2026-01-08 <caption> - Ảnh: VGP");
6. a navigation menu at the top is dropped: a run of at least ``MIN_MENU_ITEMS`` short bulleted
   lines without digits ("• An Giang" / "• Bình Dương" / ...) before the article's first long
   line;
7. a word glued to a number, as a scraper leaves it when it loses a line break or a space
   ("năm 2020tăng", "trên8.000", "- 1Nghị định"), is parted from it by a space when the word has
   a letter outside ASCII (a Vietnamese syllable never holds a digit); ASCII units and codes
   ("100ha", "km2", "H5N1") and short capitalised codes ("ĐT741", a road) stay as written. The
   stored text is the parted one, so every quote is still a span of it;
8. two syllables glued by a lost line break ("Kế hoạchvà Đầu tư", "Giám đốccác Sở") are parted
   (``syllables.py``), likewise stored parted.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pipelines.ingest.markup import strip_markup
from pipelines.ingest.syllables import part_syllables

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# C0 and C1 controls except \n (\t and \r are dealt with before), DEL, bidi embeddings/overrides.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")
_LINE_SEPARATORS = re.compile(r"[\u2028\u2029\x85]")
_MULTI_SPACE = re.compile(r" {2,}")
_ESCAPED_BREAK = "\\r\\n"  # a CR LF saved by a scraper as its escape: backslash, r, backslash, n
# A line longer than this is body text, never chrome (keeps chrome matching linear).
MAX_CHROME_LINE = 400
MIN_TEXT_CHARS = 40
# A block that ends the article (``cut_rest``) ends it only after this much text of lines with
# words was kept: a visit counter's figures above a side column's links heading are no article.
MIN_CUT_AFTER = MIN_TEXT_CHARS
MIN_MENU_ITEMS = 8
# A line this long is the article's prose: a menu only stands before it.
BODY_LINE = 120
_MENU_ITEM = re.compile(r"[•·▪►»*+-]\s*[^\d\s][^\d]{0,38}")
# A scraper's date marker at the start of a line (``dates.marker`` reads it).
_DATE_MARKER = re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?(?!\d)\s*", re.IGNORECASE)
# a digit touching a letter after it, or a letter touching a digit after it
_TOUCH = re.compile(r"\d(?=[^\W\d_])|[^\W\d_](?=\d)")
# a capitalised code this short keeps its digits ("ĐT741")
MAX_CODE_LETTERS = 3
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class ArticleError(ValueError):
    """A raw article that cannot be ingested; the message says why and where.

    ``kind`` is the problem kind the build reports: ``quarantined`` (an article set aside) or
    ``refused`` (a file that is not an article)."""

    def __init__(self, reason: str, kind: str = "quarantined"):
        super().__init__(reason)
        self.kind = kind


@dataclass(frozen=True)
class ChromeRule:
    """One curated chrome pattern: a regex matched against a whole stripped line."""

    pattern: re.Pattern
    action: str  # "drop_line" or "cut_rest"


def decode(raw: bytes, name: str = "") -> str:
    """Article bytes -> str: UTF-8 or UTF-16 by byte-order mark, else strict UTF-8.

    Raises ``ArticleError`` with the byte offset of the first undecodable byte.

    >>> decode("Tỉnh".encode("utf-16"))
    'Tỉnh'
    >>> decode(b"T\\xe9t")
    Traceback (most recent call last):
    ...
    pipelines.ingest.clean.ArticleError: not valid UTF-8 at byte 1 (invalid continuation byte); re-save the file as UTF-8
    """
    prefix = f"{name}: " if name else ""
    encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), "utf-8")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        label = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise ArticleError(
            f"{prefix}not valid {label} at byte {err.start} ({err.reason}); re-save the file as UTF-8"
        ) from err
    if text.count("\x00") * 10 > len(text) > 0:
        raise ArticleError(
            f"{prefix}mostly NUL characters (UTF-16 without a byte-order mark?); re-save the file as UTF-8"
        )
    return text


def strip_controls(text: str) -> str:
    """Drop control characters; keep line breaks; tabs and form feeds become spaces. A line break
    a scraper saved as its escape, the four characters backslash, r, backslash, n, is a line
    break too ("Số: 54/KH-UBND \\\\r\\\\n Lạng Sơn, ngày ...").

    >>> strip_controls("Chỉ tiêu\\x07\\tđạt\\r\\n8%\\x1b")
    'Chỉ tiêu đạt\\n8%'
    >>> strip_controls("Số: 54/KH-UBND \\\\r\\\\n Lạng Sơn")
    'Số: 54/KH-UBND \\n Lạng Sơn'
    """
    text = text.replace(_ESCAPED_BREAK, "\n").replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = text.replace("\t", " ").replace("\x0b", " ").replace("\x0c", " ")
    return _CONTROLS.sub("", text)


def normalise_whitespace(text: str) -> str:
    """Return NFC text with plain spaces, stripped lines and at most one blank line in a row.

    >>> normalise_whitespace("Ngày\\u00a002/5/2024,  Chủ tịch\\r\\n\\n\\n UBND ")
    'Ngày 02/5/2024, Chủ tịch\\n\\nUBND'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ZERO_WIDTH.sub("", _SPACES.sub(" ", text))
    lines = [_MULTI_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _chrome_action(line: str, rules: list[ChromeRule]) -> str | None:
    if not line or len(line) > MAX_CHROME_LINE:
        return None
    return next((r.action for r in rules if r.pattern.fullmatch(line)), None)


def strip_chrome(text: str, rules: list[ChromeRule]) -> str:
    """Remove chrome lines from whitespace-normalised ``text`` using curated ``rules``.

    >>> rules = [ChromeRule(re.compile(r"lượt xem: \\d+", re.I), "drop_line"),
    ...          ChromeRule(re.compile(r"tin khác", re.I), "cut_rest")]
    >>> strip_chrome("Tin khác\\nTiêu đề\\nLượt xem: 44\\nNội dung của bài viết về kế hoạch năm\\nTin khác\\n1 2 3", rules)
    'Tiêu đề\\nNội dung của bài viết về kế hoạch năm'
    """
    kept: list[str] = []
    size = 0
    for line in text.split("\n"):
        mark = _DATE_MARKER.match(line)
        action = _chrome_action(line[mark.end() :] if mark else line, rules)
        if action and mark:
            kept.append(mark.group().strip())
        if action == "cut_rest" and size >= MIN_CUT_AFTER:
            break
        if action:
            continue
        kept.append(line)
        size += len(line) if any(c.isalpha() for c in line) else 0
    return normalise_whitespace("\n".join(kept))


def drop_top_menu(text: str) -> str:
    """Drop bulleted menu runs standing before the first prose line (see step 6).

    >>> drop_top_menu("\\n".join(["Trang tin"] + [f"• Tỉnh {c}" for c in "ABCDEFGH"] + ["Tiêu đề"]))
    'Trang tin\\nTiêu đề'
    """
    lines = text.split("\n")
    prose = next((i for i, ln in enumerate(lines) if len(ln) > BODY_LINE), len(lines))
    keep = [True] * len(lines)
    start = 0
    while start < prose:
        end = start
        while end < prose and _MENU_ITEM.fullmatch(lines[end]):
            end += 1
        if end - start >= MIN_MENU_ITEMS:
            keep[start:end] = [False] * (end - start)
        start = end + 1
    return "\n".join(ln for ln, k in zip(lines, keep) if k) if not all(keep) else text


def part_glued(text: str) -> str:
    """``text`` with a space between a digit and a Vietnamese word glued to it (step 7).

    >>> part_glued("năm 2020tăng 5%, bình quân trên8.000 lượt; 100ha, ĐT741, 12/QĐ-UBND")
    'năm 2020 tăng 5%, bình quân trên 8.000 lượt; 100ha, ĐT741, 12/QĐ-UBND'
    """
    cuts: list[int] = []
    for m in _TOUCH.finditer(text):
        cut = m.end()
        if text[m.start()].isdigit():  # the word after the digit
            end = cut
            while end < len(text) and text[end].isalpha():
                end += 1
            word = text[cut:end]
        else:  # the word before the digit
            start = m.start()
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            word = text[start:cut]
        if not (word.isascii() or len(word) < 2 or (word.isupper() and len(word) <= MAX_CODE_LETTERS)):
            cuts.append(cut)
    if not cuts:
        return text
    parts, pos = [], 0
    for cut in cuts:
        parts.append(text[pos:cut])
        pos = cut
    parts.append(text[pos:])
    return " ".join(parts)


def clean_text(raw: bytes, name: str, rules: list[ChromeRule]) -> str:
    """Raw bytes -> cleaned article body; raises ``ArticleError`` if nothing usable remains."""
    text = decode(raw, name)
    text = normalise_whitespace(strip_controls(strip_markup(text)))
    text = part_syllables(part_glued(drop_top_menu(strip_chrome(text, rules))))
    if len(text) < MIN_TEXT_CHARS:
        raise ArticleError(f"{name}: no article text left after removing site chrome ({len(text)} characters)")
    return text
