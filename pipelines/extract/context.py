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
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]+\.)\s+")
_YEAR_OR_PERIOD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _has(matcher, text: str, span: Span) -> bool:
    return bool(matcher.find(text, span[0], span[1]))


def _is_heading(para: str) -> bool:
    """A paragraph that introduces a list: it ends with ':', or it is short and unpunctuated
    and either unmarked ("Các chỉ tiêu chủ yếu đến năm 2030") or numbered and free of values
    ("2. Các chỉ tiêu chủ yếu", "II. MỤC TIÊU"; not "1. GRDP tăng 7%")."""
    if para.endswith(":"):
        return True
    if len(para) >= 120 or para.endswith((".", ";")):
        return False
    numbered = _NUMBERED.match(para)
    if numbered:
        rest = _YEAR_OR_PERIOD.sub("", para[numbered.end():])
        return not re.search(r"[\d%]", rest)
    return not _MARKER.match(para)


def list_headings(text: str) -> dict[Span, Span]:
    """For each list paragraph, the span of the heading paragraph that introduces it.

    A heading is a paragraph that ends with ':' or is short and unpunctuated; the paragraphs
    after it that start with a list marker or end with ';' belong to it, until one does not.
    Example: "Các chỉ tiêu chủ yếu đến năm 2030:" heads "- Tỷ lệ đô thị hóa trên 85%;".
    """
    out: dict[Span, Span] = {}
    current: Span | None = None
    for span in paragraphs(text):
        para = text[span[0]:span[1]]
        if _is_heading(para):
            current = span
            continue
        if current and (_MARKER.match(para) or para.endswith(";")):
            out[span] = current
        if not _MARKER.match(para):
            current = None
    return out


def heading_contexts(text: str, lex: Lexicons) -> dict[Span, str]:
    """For each list paragraph, the context ("target", "result" or "") set by its heading
    (``list_headings``): "Kết quả thực hiện năm 2020:" -> "result", "Các chỉ tiêu chủ yếu:" -> "target".
    """
    out: dict[Span, str] = {}
    for para, head in list_headings(text).items():
        if _has(lex.heading_result_cues, text, head) or _has(lex.result_cues, text, head):
            out[para] = "result"
        elif _has(lex.heading_target_cues, text, head) or _has(lex.target_cues, text, head):
            out[para] = "target"
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
