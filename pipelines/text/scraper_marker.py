"""The scraper's date marker some stored pages open with ("date 2025-10-15 Điện Biên phấn đấu ..."):
a record of when the page was taken, not part of the article's prose."""

from __future__ import annotations

import re

MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)", re.IGNORECASE)


def marker_end(text: str, start: int = 0) -> int:
    """The offset just after a scraper's marker opening ``text`` at ``start``, else ``start``.

    >>> t = "date 2025-10-15 Điện Biên phấn đấu trở thành tỉnh phát triển"
    >>> t[marker_end(t):].lstrip()[:9]
    'Điện Biên'
    >>> marker_end("Năm 2025 tăng 8%")
    0
    """
    m = MARKER.match(text, start)
    return m.end() if m else start
