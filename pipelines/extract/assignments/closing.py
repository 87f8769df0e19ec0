"""A legal text's closing article cut off before its verb: the page ends inside "Điều 3. Chánh
Văn phòng UBND tỉnh, Giám đốc các Sở ... ch", where the fixed wording would go on "... chịu trách
nhiệm thi hành Quyết định này" (CONVENTIONS, session 31): its bodies named in full implement.
A closing article whose formula is there gives every body named before it ``implement``, across
';' and members with no code of their own ("đoàn thể", "Chi cục Trưởng Chi cục ...").
"""

from __future__ import annotations

from pipelines.text.segment import Span
from pipelines.extract.assignments.article import Article, match_key
from pipelines.extract.assignments.mentions import mentions_in
from pipelines.extract.assignments.subjects import role_cues_in

# A closing article may be cut right after one of these marks (a list goes on after them).
_CUT_MARKS = (",", ";")


def is_cut_closing(a: Article, para: Span, sent: Span) -> bool:
    """Whether ``sent`` is the page's last sentence, cut off (it ends on a letter or a digit, or
    on a comma or a semicolon: "Điều 2. Giám đốc các Sở; Thủ trưởng các Ban, ", session 33), in
    a paragraph that opens with an article heading (``assignment_cues.csv`` ``article_heading``:
    "Điều 3."), and opens itself with bodies after which no role cue comes: "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, Chủ tịch UBND c" is the
    closing formula cut off (a name cut, as "Chủ tịch UBND c", is no mention)."""
    text = a.text
    last = text[: sent[1]].rstrip()[-1:]
    if text[sent[1] :].strip() or not (last.isalnum() or last in _CUT_MARKS):
        return False
    if not a.pats["article_heading"].match(a.folded, para[0]) and not _opens_closing_article(a, para[0]):
        return False
    return _bodies_only(a, _after_heading(a, sent), sent[1])


def _opens_closing_article(a: Article, pos: int) -> bool:
    """Whether the paragraph at ``pos`` is the first to name bodies in the article it belongs to,
    whose heading stands in a paragraph before it ("Điều 3." on a line of its own, or "Điều" and
    "3." split by a hard wrap) and whose text up to ``pos`` is whole sentences naming no body: the
    effect clause ("Điều 3.\nQuyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng UBND
    tỉnh, Giám đốc Sở Tài chính, ..."), as the closing article of a legal text reads."""
    heading = None
    for heading in a.pats["split_article_heading"].finditer(a.folded, 0, pos):
        pass
    if heading is None:
        return False
    gap = a.text[heading.end() : pos].strip()
    return (not gap or gap.endswith(".")) and not mentions_in(a, (heading.end(), pos))[0]


def closing_formula(a: Article, sent: Span) -> int | None:
    """Where the closing formula of a legal text starts in ``sent`` (``assignment_cues.csv``
    ``closing``: "chịu trách nhiệm thi hành"), when the sentence opens with bodies (after an
    article heading, if any) and no other role cue comes between its first body and the formula;
    else None. "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế; Thủ trưởng các sở, ngành,
    đoàn thể liên quan và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này" names
    its addressees across ';' and a member with no code: each body named implements."""
    start = _after_heading(a, sent)
    formula = a.pats["closing"].search(a.folded, start, sent[1])
    if formula is None or not _bodies_only(a, start, formula.start()):
        return None
    return formula.start()


def _after_heading(a: Article, sent: Span) -> int:
    """Where ``sent`` goes on after its article heading ("Điều 3."), if it opens with one."""
    heading = a.pats["article_heading"].match(a.folded, sent[0])
    return heading.end() if heading else sent[0]


def _bodies_only(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with bodies and no role cue follows the first of them.
    A row that only masks a cue word ("giáo dục", "giao thông": ``ignore``, not narration) is no
    cue: "...; các cơ sở giáo dục nghề nghiệp căn cứ Quyết định thi hành" lists one more member."""
    mentions, _ = mentions_in(a, (start, end))
    if not mentions or not a.pats["opening"].fullmatch(a.folded, start, mentions[0].start):
        return False
    cues = role_cues_in(a, mentions[0].end, end)
    return not any(c.value != "ignore" or match_key(a.text, c) in a.narration for c in cues)
