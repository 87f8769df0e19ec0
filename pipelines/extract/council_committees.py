"""A document issued by a committee of the provincial council, named after its number.

"Báo cáo thẩm tra số 195/BC-DT ngày 30/3/2018 của Ban Dân tộc của HĐND tỉnh" is the council's
report, whatever code its symbol carries (CONVENTIONS, round-37 ruling on a council committee's
report). The words come from ``document_cues.csv``: ``issuer_lead`` ("của"), ``council_committee``
("ban") and ``council_name`` ("hđnd", "hội đồng nhân dân").
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.text.fold import fold

_TABLE = "document_cues.csv"


def _pattern(lex: Lexicons) -> re.Pattern:
    lead, committee = cue_group(lex, _TABLE, "issuer_lead"), cue_group(lex, _TABLE, "council_committee")
    council = cue_group(lex, _TABLE, "council_name")
    return re.compile(rf"[\s,]*{lead}\s+{committee}(?!\w)[^;,.()\n]{{0,60}}?(?<!\w){council}(?!\w)")


def by_council_committee(text: str, end: int, lex: Lexicons) -> bool:
    """Whether the issuer written right after a number (and its date) ending at ``end`` is a
    committee of the council: "số 195/BC-DT ngày 30/3/2018 của Ban Dân tộc của HĐND tỉnh" -> True;
    "số 12/BC-DT của Ban Dân tộc tỉnh" (the province's own committee) -> False."""
    return compiled(lex, "doc_council_committee", _pattern).match(fold(text[end : end + 120])) is not None
