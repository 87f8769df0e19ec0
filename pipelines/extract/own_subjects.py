"""A conclusion or notice whose own subject is a plan of a period, or its adoption.

"Kết luận" and "Thông báo" set no plan period of their own, unless their subject is itself a
plan, strategy or programme of a period or its adoption (CONVENTIONS, session 42): "Thông báo
số ... về việc thông qua Chiến lược phát triển du lịch ... đến năm 2030" takes the strategy's
horizon, "Thông báo số ... về kết luận họp UBND tỉnh ..." sets none. The words come from
``document_cues.csv``: ``own_subject_type`` (the types' names, as in ``doc_types.csv``),
``title`` (the title cues), ``own_subject_lead`` ("việc", "thông qua") and ``own_subject``
(the plan nouns).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons, cue_words
from pipelines.extract.cue_patterns import compiled, cue_group
from pipelines.text.fold import fold

_TABLE = "document_cues.csv"


def _types(lex: Lexicons) -> frozenset[str]:
    """Folded type codes ("kl", "tb") whose curated name is an ``own_subject_type`` cue."""
    cues = {fold(c) for c in cue_words(lex, _TABLE, "own_subject_type")}
    t = lex.tables["doc_types.csv"]
    return frozenset(fold(c) for c, n in zip(t["code"], t["name_vi"]) if fold(n) in cues)


def _subject(lex: Lexicons) -> re.Pattern:
    title, lead = cue_group(lex, _TABLE, "title"), cue_group(lex, _TABLE, "own_subject_lead")
    noun = cue_group(lex, _TABLE, "own_subject")
    return re.compile(rf"(?:{title}\s+)?(?:{lead}\s+)*{noun}(?!\w)")


def subject_bound(type_code: str, lex: Lexicons) -> bool:
    """Whether a type sets a period only through its own subject: "KL" (Kết luận) -> True,
    "QĐ" (Quyết định) -> False."""
    return fold(type_code) in compiled(lex, "doc_own_subject_types", _types)


def own_plan_subject(title: str | None, lex: Lexicons) -> bool:
    """Whether a title names a plan of its own as its subject: "về Quy hoạch tỉnh thời kỳ
    2021 - 2030" -> True; "về việc thông qua Chiến lược ... đến năm 2030" -> True; "về cơ chế
    hỗ trợ thực hiện Chương trình ..." -> False; None -> False."""
    if not title:
        return False
    return compiled(lex, "doc_own_subject", _subject).match(fold(title).strip()) is not None
