"""A count of lower units followed by the units' own names numbers the places a sentence speaks
of ("5 huyện Mường Tè, Sìn Hồ, ... cần chỉ đạo sâu sát"), it sets no target: CONVENTIONS
(Indicators, session 37) has named districts and towns give no rows. The recognition of named
units written after the names ("2 huyện Hưng Hà, Đông Hưng sẽ được công nhận ...") keeps its
count (``phrasings._recognition_end``)."""

from __future__ import annotations

import re

from pipelines.extract.numbers import Quantity
from pipelines.extract.indicators.page import Page
from pipelines.extract.indicators.phrasings import names_end
from pipelines.text.segment import Span

_NEXT_WORD = re.compile(r"\s+([^\s,;.:()]+)")


def _a_name(word: str) -> bool:
    """Whether ``word`` reads as (the start of) a proper name: capitalised, not an acronym written
    all in capitals ("NTM", "OCOP"); a one-letter initial counts ("A")."""
    return word[0].isupper() and not (len(word) > 1 and word.isupper())


def counts_named_places(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether count ``q`` ends with a ``lower_place`` noun written right before a proper name
    and no recognition follows the names: "Riêng 3 huyện Mường Lát, Quan Sơn cần ..." -> True;
    "có thêm 12 xã NTM" -> False; "2 huyện Hưng Hà, Đông Hưng sẽ được công nhận ..." -> False."""
    if q.unit != "count" or not any(m.end == q.end for m in page.words.lower_place.find(page.text, q.start, q.end)):
        return False
    word = _NEXT_WORD.match(page.text, q.end, clause[1])
    if word is None or not _a_name(word.group(1)):
        return False
    return page.words.recognition.match(page.folded, names_end(page.text, q.end, clause[1]), clause[1]) is None
