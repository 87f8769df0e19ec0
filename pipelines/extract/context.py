"""Is a statement a target or a result? Cue lookup from the clause outwards.

Precedence: a result cue in the clause ("ước đạt", "so với cùng kỳ") wins; then a target cue
in the clause ("phấn đấu", "chỉ tiêu", "đến năm"); then the sentence; then the paragraph;
then the heading that introduces the list the paragraph belongs to ("Các chỉ tiêu chủ yếu:",
"Kết quả thực hiện năm 2020:").
"""
from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.text.segment import Span, paragraphs

_MARKER = re.compile(r"^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]+\.)\s*")


def _has(matcher, text: str, span: Span) -> bool:
    return bool(matcher.find(text, span[0], span[1]))


def heading_contexts(text: str, lex: Lexicons) -> dict[Span, str]:
    """For each paragraph, the context ("target", "result" or "") set by the heading above it.

    A heading is a paragraph that ends with ':' or is short and unpunctuated; the list
    paragraphs after it (those starting with a list marker, or until the next heading) inherit
    its context.
    """
    out: dict[Span, str] = {}
    current = ""
    for span in paragraphs(text):
        para = text[span[0]:span[1]]
        is_heading = para.endswith(":") or (len(para) < 120 and not para.endswith((".", ";")) and not _MARKER.match(para))
        if is_heading:
            if _has(lex.heading_result_cues, text, span) or _has(lex.result_cues, text, span):
                current = "result"
            elif _has(lex.heading_target_cues, text, span) or _has(lex.target_cues, text, span):
                current = "target"
            else:
                current = ""
            out[span] = ""
            continue
        out[span] = current if _MARKER.match(para) or para.endswith(";") else ""
        if not _MARKER.match(para):
            current = ""
    return out


def classify(text: str, clause: Span, sentence: Span, paragraph: Span, heading: str, lex: Lexicons) -> str:
    """Return "target", "result" or "" (no evidence) for a clause.

    Example: "năm 2020 ước đạt 6,5%" -> "result"; "phấn đấu năm 2021 tăng 7%" -> "target".
    """
    if _has(lex.result_cues, text, clause):
        return "result"
    if _has(lex.target_cues, text, clause):
        return "target"
    if _has(lex.result_cues, text, sentence):
        return "result"
    if _has(lex.target_cues, text, sentence):
        return "target"
    if heading:
        return heading
    if _has(lex.target_cues, text, paragraph) and not _has(lex.result_cues, text, paragraph):
        return "target"
    return ""
