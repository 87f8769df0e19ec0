"""Remove HTML from a scraped page: tags, comments, script/style blocks, character entities.

A page saved with its markup (``<p>Chỉ tiêu&nbsp;năm 2025</p>``) becomes plain text: block
elements (``p``, ``div``, ``br``, ``li``, ``tr``, ``td``, headings) end a line, other tags vanish,
``script``/``style``/``noscript``/``template`` blocks vanish with their content, and entities are
decoded (``&nbsp;`` -> space, ``&amp;`` -> ``&``). Image ``alt`` text is dropped with its tag (a
logo's alt text is not the headline). Plain text (no tag) is only entity-decoded.

One left-to-right pass with ``str.find``; time is linear in the size of the page.
"""

from __future__ import annotations

import html
import re

_HTML_HINT = re.compile(
    r"<(?:/?(?:p|div|br|span|a|img|script|style|table|tr|td|th|li|ul|ol|h[1-6]|html|body|head|meta|"
    r"link|strong|em|b|i|u|figure|figcaption|section|article|header|footer|nav|font|center|iframe|"
    r"noscript|tbody|thead|blockquote|pre|hr|title|input|form|button|label|select|option|sup|sub)"
    r"\b[^<>]{0,2000}>|!--|!doctype)",
    re.IGNORECASE,
)
# A tag: name then attributes up to the next '>' (an unclosed '<' stops at the next '<').
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*>?")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_RAW_TEXT = frozenset({"script", "style", "noscript", "template", "textarea", "svg", "head"})
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "tbody",
        "thead",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "hr",
        "title",
        "dd",
        "dt",
        "dl",
        "aside",
        "main",
        "form",
        "center",
        "caption",
        "body",
        "html",
    }
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds HTML tags or comments, e.g. ``<p>...</p>`` or ``<br/>``."""
    return _HTML_HINT.search(text) is not None


def decode_entities(text: str) -> str:
    """Decode character references that end in ';' (``&nbsp;`` ``&amp;`` ``&#7871;``).

    ``Sở KH&ĐT`` is left as it is: only well-formed references are decoded.

    >>> decode_entities("GRDP&nbsp;tăng 8%; Sở KH&ĐT &amp; Sở Tài chính")
    'GRDP\\xa0tăng 8%; Sở KH&ĐT & Sở Tài chính'
    """
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _skip_raw_text(text: str, name: str, pos: int) -> int:
    """Position after ``</name>`` (or the end of the text when the block is never closed)."""
    end = re.compile(rf"</{name}\b[^<>]*>", re.IGNORECASE).search(text, pos)
    return len(text) if end is None else end.end()


def _skip_comment(text: str, pos: int) -> int:
    end = text.find("-->", pos + 4)
    return len(text) if end < 0 else end + 3


def _strip_tags(text: str) -> str:
    out: list[str] = []
    pos = 0
    while True:
        lt = text.find("<", pos)
        if lt < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:lt])
        if text.startswith("<!--", lt):
            pos = _skip_comment(text, lt)
            continue
        if text.startswith("<!", lt) or text.startswith("<?", lt):
            gt = text.find(">", lt)
            pos = len(text) if gt < 0 else gt + 1
            continue
        m = _TAG.match(text, lt)
        if not m:
            out.append("<")
            pos = lt + 1
            continue
        closing, name = m.group(1), m.group(2).lower()
        pos = m.end()
        if name in _BLOCK:
            out.append("\n")
        if not closing and name in _RAW_TEXT and not m.group(0).endswith("/>"):
            pos = _skip_raw_text(text, name, pos)
    return "".join(out)


def strip_markup(text: str) -> str:
    """Scraped page -> plain text: tags, comments, script/style blocks removed, entities decoded.

    >>> strip_markup("<div><h1>Kế hoạch năm 2025</h1><script>var x=1;</script><p>GRDP&nbsp;tăng 8%</p></div>").split()
    ['Kế', 'hoạch', 'năm', '2025', 'GRDP', 'tăng', '8%']
    >>> strip_markup("Tỷ lệ hộ nghèo < 2% & giảm")
    'Tỷ lệ hộ nghèo < 2% & giảm'
    """
    if looks_like_html(text):
        text = _strip_tags(text)
    return decode_entities(text)
