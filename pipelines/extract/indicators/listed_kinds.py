"""A count of the kinds a plan focuses on, followed by the kinds themselves: "tập trung phát
triển 3 sản phẩm du lịch chủ lực là du lịch biển, du lịch sinh thái và du lịch văn hóa" counts
the plan's kinds of product, its structure, as "3 khâu đột phá là ..." does (CONVENTIONS: counts
of plan structure are no rows). Products or communes named after their count ("3 sản phẩm OCOP
là nem chua, chả cá và mắm tôm", "2 xã ... là xã An Hòa và xã Bình Minh") are the units counted:
their kinds do not repeat the counted words, and the count stays a row (session 31).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.numbers import Quantity
from pipelines.extract.indicators.page import Page
from pipelines.text.segment import Span


def _patterns(lex: Lexicons) -> tuple[re.Pattern, re.Pattern]:
    """The counted words and the word opening their list (``kinds_lead``: " du lịch chủ lực là "),
    and the separators of the list's items (",", ``kinds_join``: " và ")."""
    lead = re.compile(rf"(?P<words>(?:\s+[^\W\d_]+){{1,6}}?)\s+(?:{alternation(role_cues(lex, 'kinds_lead'))})\s*:?\s+")
    join = re.compile(rf"\s*[,;]\s*|\s+(?:{alternation(role_cues(lex, 'kinds_join'))})\s+")
    return lead, join


_SENTENCE_END = re.compile(r"\.(?!\d)|\n")


def counts_listed_kinds(page: Page, clause: Span, q: Quantity) -> bool:
    """Whether count ``q`` (N, a whole number) counts kinds listed right after its words: a
    ``kinds_lead`` word, then exactly N items to the sentence's end, the first opening with the
    words after the count's unit ("3 sản phẩm du lịch chủ lực là du lịch biển, du lịch sinh thái và du lịch văn hóa" ->
    True; "3 sản phẩm OCOP đạt 4 sao là nem chua, chả cá và mắm tôm" -> False)."""
    if q.unit != "count" or q.high is not None or q.low != int(q.low) or q.low < 2:
        return False
    lead, join = compiled(page.lex, "listed_kinds", _patterns)
    stop = _SENTENCE_END.search(page.folded, q.end)
    end = stop.start() if stop else len(page.folded)
    m = lead.match(page.folded, q.end, end)  # its ':' may end the clause: "gồm: A và B"
    if m is None:
        return False
    items = [i for i in join.split(page.folded[m.end() : end]) if i.strip()]
    words = m.group("words").split()
    head = " ".join(words[:2])
    return len(items) == int(q.low) and items[0].startswith(head + " ")
