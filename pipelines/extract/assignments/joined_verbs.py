"""An implement verb a body does itself beside a communicate or advise cue of its clause.

"Sở A tăng cường tuyên truyền ..., đẩy mạnh triển khai Đề án ..." and "Sở A tham mưu, triển khai
thực hiện ..." give the body ``implement`` as well as ``communicate`` or ``advise`` (CONVENTIONS,
session 44): the verb is a predicate of its own, joined to the cue. Only the curated
``carry_out`` cues count ("triển khai", "thực hiện", "tổ chức thực hiện" ...): another implement cue
in a series of communicate verbs belongs to the message ("tuyên truyền, phổ biến, quán triệt sâu
rộng ...": communicate only). Two forms show it: the implement cue right after the communicate or advise cue, joined by a comma or "và" ("tham mưu,
triển khai"); or, later in the clause, the implement cue right after a ``stress`` verb that a
comma or "và" opens (", đẩy mạnh triển khai"). A verb inside what is advised or told gives none:
"tham mưu UBND tỉnh triển khai ..." (the cues after the advised body are dropped before, see
``before_advice``), "tuyên truyền về việc thực hiện ...", "tuyên truyền về ..., bảo vệ và thực
hiện ..." (no stress verb opens it).
"""

from __future__ import annotations

from pipelines.curation.lexicons import cue_words
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.extract.assignments.article import TABLE, Article, match_key

_BESIDE = ("communicate", "advise")


def joined_implement(a: Article, cues: list[Match]) -> bool:
    """Whether an implement cue of ``cues`` (a body's own cues in order, masks removed) is a
    predicate joined to an earlier communicate or advise cue (module forms). Example: in
    "tăng cường tuyên truyền về phòng bệnh, đẩy mạnh triển khai Kế hoạch" yes; in "tuyên truyền
    về việc thực hiện các biện pháp" no."""
    carry = {" ".join(fold(w).split()) for w in cue_words(a.lex, TABLE, "carry_out")}
    for i, c in enumerate(cues):
        if c.value not in _BESIDE:
            continue
        own = [x for x in cues[i + 1 :] if x.value == "implement" and match_key(a.text, x) in carry]
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        if nxt is not None and nxt in own and a.pats["cue_join"].match(a.folded[c.end : nxt.start]):
            return True
        if any(a.pats["stressed"].search(a.folded, c.end, x.start) for x in own):
            return True
    return False
