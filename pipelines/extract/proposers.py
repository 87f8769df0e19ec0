"""A document a department or an office puts forward, named right before its number.

"Theo đề nghị của Sở Tài chính tại Tờ trình số 12/TTr-BDT ..." is the department's text, whatever
code its symbol carries (a ministry's "LĐTBXH", a council committee's "BDT"): the contract names
no department issuer, so its issuer is ``other`` (CONVENTIONS, session 31; the People's
Committee's Office likewise, session 35). The link word ("tại") comes from ``document_cues.csv``
(kind ``proposer_link``); which bodies are departments or offices, from ``body_gazetteer.csv``.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.text.fold import fold

_TABLE = "document_cues.csv"
# body_gazetteer.csv body_type values (contract enum) whose texts have issuer other
_DEPARTMENTS = frozenset({"department", "office"})
_LEVEL = "province"  # body_gazetteer.csv level value (contract enum)
_REACH = 200  # how far back (characters) the proposing body may stand
# the gap between the body and the number: the link word first, then no comma or clause end
_STOPS = re.compile(r"[,;.:()]")


def _link(lex: Lexicons) -> re.Pattern:
    return re.compile(rf"\s*{cue_group(lex, _TABLE, 'proposer_link')}\s")


def proposed_by_department(text: str, start: int, lex: Lexicons) -> bool:
    """Whether the body named right before the number starting at ``start``, with the link word
    between them, is a provincial department or office: "đề nghị của Sở Y tế tại Tờ trình số
    12/TTr-SYT" -> True; so is the second of "Sở Y tế tại văn bản số 5/SYT-KH ngày 2/3/2024 và văn
    bản số 9/SYT-KH"; "của UBND tỉnh tại Quyết định số 15/QĐ-UBND" -> False (no department)."""
    lo = max(0, start - _REACH)
    named = [b for b in lex.bodies.find_in_slice(text, lo, start) if b.end <= start]
    if not named:
        return False
    body = max(named, key=lambda b: b.end)
    gap = fold(text[body.end : start])
    if not compiled(lex, "doc_proposer_link", _link).match(gap) or _STOPS.search(_dates_out(gap)):
        return False
    info = lex.body_info.get(body.value[0], {})
    return info.get("body_type") in _DEPARTMENTS and info.get("level") == _LEVEL


def _dates_out(gap: str) -> str:
    """The gap without its numbers' and dates' own dots and slashes ("ngày 27.12.2019")."""
    return re.sub(r"\d[\d./-]*\d", "0", gap)
