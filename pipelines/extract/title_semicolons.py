"""Where a cited title ends at a ";": not before a vision or direction written in lower case.

"Quyết định số 12/QĐ-UBND về phê duyệt Đề án ... giai đoạn 2021-2025; tầm nhìn đến năm 2030"
names one plan: the part after the ";" belongs to the title, so the text takes the vision (and a
direction's period: "...; định hướng đầu tư ... giai đoạn 2022-2025, định hướng đến năm 2030").
Lower-case ";"-parts continue a cited title (CONVENTIONS, session 43); only those opening with a
``title_goes_on`` cue of ``document_cues.csv`` ("tầm nhìn", "định hướng") are read so, since other
lower-case parts of a sentence ("...; tham mưu xây dựng ...") are clauses of their own. A
capitalised word after the ";" starts a new item.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.text.fold import fold

_TABLE = "document_cues.csv"


def _goes_on(lex: Lexicons) -> re.Pattern:
    return re.compile(rf";\s*(?={cue_group(lex, _TABLE, 'title_goes_on')}(?!\w))")


def title_stop(text: str, semi: int, stop: int, lex: Lexicons) -> int:
    """The end of a cited title that the ";" at ``semi`` would cut, within ``stop``: the next
    ";" (or ``stop``) while the ";" is followed by a lower-case ``title_goes_on`` cue, else
    ``semi``. "... giai đoạn 2021-2025; tầm nhìn đến năm 2030; Theo đó ..." -> the second ";";
    "...; tham mưu ..." and "...; Tầm nhìn ..." -> ``semi``."""
    rx = compiled(lex, "doc_title_goes_on", _goes_on)
    folded = fold(text)
    while True:
        m = rx.match(folded, semi, stop)
        if m is None or not text[m.end()].islower():
            return semi
        nxt = text.find(";", m.end(), stop)
        if nxt < 0:
            return stop
        semi = nxt
