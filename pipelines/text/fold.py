"""Length-preserving folding of Vietnamese text for matching.

Curated phrasings are matched against article text after folding both sides, so that
case, tone-mark placement (``hoà`` / ``hòa``, ``thuỷ`` / ``thủy``) and dash variants do not
matter. Folding maps every character to exactly one character, so an offset found in the
folded text is the same offset in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks: grave, acute, tilde, hook above, dot below.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"}
# Letters some pages type for "Đ"/"đ": the Icelandic eth ("QÐ-UBND", "HÐND") folds as "đ".
_LOOKALIKES = {"\u00d0": "đ", "\u00f0": "đ"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _DASHES:
        return "-"
    if ch in _LOOKALIKES:
        return _LOOKALIKES[ch]
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = "".join(c for c in unicodedata.normalize("NFD", low) if c not in _TONES)
    out = unicodedata.normalize("NFC", base)
    return out if len(out) == 1 else low


class _FoldTable(dict):
    """``str.translate`` table: code point -> folded character, filled on first use."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        return out


_TABLE = _FoldTable()


# "tỉ" is the other spelling of "tỷ" ("tỉ lệ", "tỉ trọng", "20.000 tỉ đồng"): one folded form
_TI = re.compile(r"(?<!\w)([tT])[ỉỈ](?!\w)")


def _spell(text: str) -> str:
    return _TI.sub(r"\1y", text) if "ỉ" in text or "Ỉ" in text else text


@lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Return ``text`` lower-cased, without tone marks and with ASCII dashes, same length.

    Cached: extractors fold the same article text many times (a str caches its hash).

    >>> fold("Thanh Hoá – Khánh Hòa")
    'thanh hoa - khanh hoa'
    >>> fold("Sở Kế hoạch và Đầu tư")
    'sơ kê hoach va đâu tư'
    >>> fold("tỉ trọng") == fold("tỷ trọng")
    True
    >>> fold("NQ-H\u00d0ND") == fold("NQ-HĐND")
    True
    """
    return _spell(text).translate(_TABLE)


def fold_short(text: str) -> str:
    """``fold`` without the cache: for short strings (a label, a table cell), which would
    otherwise evict the article texts the matchers fold again and again."""
    return _spell(text).translate(_TABLE)


_DASH_TABLE = str.maketrans({d: "-" for d in _DASHES})


def ascii_dashes(text: str) -> str:
    """``text`` with every dash variant written "-", same length (case and tones kept).

    >>> ascii_dashes("05–NQ/TU")
    '05-NQ/TU'
    """
    return text.translate(_DASH_TABLE)


def ascii_slug(text: str) -> str:
    """Lowercase ASCII slug: tones and marks dropped, the letter đ written d, every other run of
    characters one hyphen (ids, and the words of a web address's headline).

    >>> ascii_slug("QĐ-UBND"), ascii_slug("Sở KH&ĐT"), ascii_slug("Đắk Lắk giảm 3% hộ nghèo")
    ('qd-ubnd', 'so-kh-dt', 'dak-lak-giam-3-ho-ngheo')
    """
    s = fold(text).replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
