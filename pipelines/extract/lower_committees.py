"""A document issued by a People's Committee below the province, named after its number.

"Quyết định số 64/2010/QĐ-UBND ngày 03/02/2010 của UBND thị xã" is the town's decision, though its
"-UBND" suffix is the one the provincial committee writes: the contract has no district issuer, so
its issuer is ``other`` (CONVENTIONS, Documents and bodies: "A text of a district's People's
Committee is issuer `other`"). The words come from ``document_cues.csv``: ``issuer_lead`` ("của"),
``committee_name`` ("ubnd", "ủy ban nhân dân") and ``lower_unit`` ("huyện", "thị xã", "phường",
...). "thành phố" is no lower unit: a municipality's committee is provincial.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.text.fold import fold

_TABLE = "document_cues.csv"
_REACH = 80  # characters after the number (and its date) the issuer phrase may take


def _pattern(lex: Lexicons) -> re.Pattern:
    lead, committee = cue_group(lex, _TABLE, "issuer_lead"), cue_group(lex, _TABLE, "committee_name")
    unit = cue_group(lex, _TABLE, "lower_unit")
    return re.compile(rf"[\s,]*{lead}\s+{committee}\s+{unit}(?!\w)")


def by_lower_committee(text: str, end: int, lex: Lexicons) -> bool:
    """Whether the issuer written right after a number (and its date) ending at ``end`` is the
    People's Committee of a district, town, ward or commune: "số 75/KH-UBND ngày 14/9/2022 của Ủy
    ban nhân dân Phường 3" -> True; "số 88/KH-UBND ngày 02/3/2023 của UBND tỉnh" -> False."""
    return compiled(lex, "doc_lower_committee", _pattern).match(fold(text[end : end + _REACH])) is not None
