"""Clean a scraped article: decode, NFC, white space, site chrome.

Steps:
1. decode UTF-8 strictly (a BOM is dropped); undecodable bytes are an ``ArticleError``;
2. normalise to Unicode NFC;
3. normalise white space: CRLF to LF, no-break and other Unicode spaces to a plain space,
   runs of spaces collapsed, lines stripped, runs of blank lines collapsed to one;
4. strip site chrome with the curated patterns (``raw/curation/chrome.csv``): ``drop_line``
   removes a line, ``cut_rest`` removes the line and everything after it (related-news lists,
   visit counters).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_MULTI_SPACE = re.compile(r" {2,}")


class ArticleError(ValueError):
    """A raw article that cannot be ingested; the message names the file."""


@dataclass(frozen=True)
class ChromeRule:
    """One curated chrome pattern: a regex matched against a whole stripped line."""

    pattern: re.Pattern
    action: str  # "drop_line" or "cut_rest"


def decode(raw: bytes, name: str) -> str:
    """Decode raw article bytes as UTF-8 (BOM allowed) or raise ``ArticleError`` naming ``name``."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{name}: not valid UTF-8 at byte {err.start}: {err.reason}") from err
    if "\x00" in text:
        raise ArticleError(f"{name}: contains NUL bytes; not a text article")
    return text


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


def strip_chrome(text: str, rules: list[ChromeRule]) -> str:
    """Remove chrome lines from whitespace-normalised ``text`` using curated ``rules``.

    >>> rules = [ChromeRule(re.compile(r"lượt xem: \\d+", re.I), "drop_line"),
    ...          ChromeRule(re.compile(r"tin khác", re.I), "cut_rest")]
    >>> strip_chrome("Tiêu đề\\nLượt xem: 44\\nNội dung\\nTin khác\\n1 2 3", rules)
    'Tiêu đề\\nNội dung'
    """
    kept: list[str] = []
    for line in text.split("\n"):
        action = next((r.action for r in rules if line and r.pattern.fullmatch(line)), None)
        if action == "cut_rest":
            break
        if action == "drop_line":
            continue
        kept.append(line)
    return normalise_whitespace("\n".join(kept))


def clean_text(raw: bytes, name: str, rules: list[ChromeRule]) -> str:
    """Raw bytes -> cleaned article body; raises ``ArticleError`` if nothing usable remains."""
    text = strip_chrome(normalise_whitespace(decode(raw, name)), rules)
    if len(text) < 40:
        raise ArticleError(f"{name}: no article text left after removing site chrome ({len(text)} characters)")
    return text
