"""The proposer of a legal text advises: "Xét đề nghị của Giám đốc Sở ... tại Tờ trình số ...",
"Sau khi xem xét Báo cáo, Tờ trình của UBND tỉnh".
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import cue_words
from pipelines.extract.cue_patterns import compiled
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, strip_punct
from pipelines.extract.assignments.article import TABLE, kind_group, Article, proposal_nouns
from pipelines.extract.assignments.subjects import before_kind, after_kind


# --- step 5: the proposer of a legal text ----------------------------------------------------


def proposal_mode(a: Article, clause: Span) -> str | None:
    """How a clause opens: ``"proposal"`` ("Theo đề nghị của Sở ..."), ``"consider"`` ("Xét Báo
    cáo số ... của UBND tỉnh ..."), else None."""
    start = strip_punct(a.text, clause)[0]
    if a.pats["proposal"].match(a.folded, start):
        return "proposal"
    return "consider" if a.pats["consider"].match(a.folded, start) else None


def proposal_roles(a: Article, runs: list[list[Match]], clause: Span, carried: str | None = None) -> list[tuple] | None:
    """``advise`` for every body of a clause that opens with a proposal ("Xét đề nghị của Giám
    đốc Sở Công Thương tại Tờ trình số ..."), or that weighs documents ("Xét Báo cáo số ... của
    UBND tỉnh ... và Tờ trình số ... của UBND tỉnh") and names the owner of a submission; None
    for any other clause. A later body proposes only when its item names a proposal again ("...
    và Tờ trình số ... của X", "... và đề nghị của X") or is only joined to a proposer ("của
    Sở A và Sở B"): the subject of the submission ("... về việc trình HĐND tỉnh thông qua ...")
    and the owners of other documents ("Báo cáo thẩm tra của Ban ...") propose nothing.
    ``carried``: the mode of the clause before it across ';' in the sentence, which a clause
    with no opening of its own goes on with ("Xét Báo cáo số ... của UBND tỉnh ...; Tờ trình số
    ... của UBND tỉnh ..."; "Theo đề nghị của Sở Y tế tại Tờ trình ...; Sở Tài chính tại Báo cáo
    thẩm định ...")."""
    start = strip_punct(a.text, clause)[0]
    own = proposal_mode(a, clause)
    mode = own or carried
    if mode is None:
        return None
    opens = mode == "proposal"
    out, prev = [], False
    for i, run in enumerate(runs):
        item = a.folded[runs[i - 1][-1].end if i else start : run[0].start]
        if i and a.pats["only_joins"].match(item):
            proposes = prev
        elif opens:
            # a carried clause's first body is an item like the later ones ("...; Báo cáo thẩm tra của Ban ...")
            proposes = _proposer(a, run, clause) and not ((i or own is None) and _not_proposing(a, item))
        else:
            proposes = _proposer(a, run, clause) and _names_proposal(a, item)
        if proposes:
            out.append((run, ["advise"], "proposer"))
        prev = proposes
    # a clause carried over with no proposer in it is no item of the proposal ("Theo đề nghị của
    # Sở Nội vụ ...; Chủ tịch UBND tỉnh yêu cầu ..."): it is read as any clause
    return out if (opens and own is not None) or out else None


def _not_proposing(a: Article, item: str) -> bool:
    """Whether a later body of a proposal clause is named for something else than a proposal:
    the item it closes (after its last ',' or 'và') holds words, and they name no proposal of
    the body ("... và ý kiến của thành viên UBND tỉnh", "... về việc trình HĐND tỉnh thông qua
    ..."), while "... và Giám đốc Sở ...", "... và của Giám đốc Sở ..." (the owner word of the
    proposal repeated) and "... và đề nghị của Sở ..." propose too."""
    joins = list(re.finditer(rf"[,;]|(?<!\w){kind_group(a.lex, 'join')}(?!\w)", item))
    piece = item[joins[-1].end() :] if joins else item
    owner = a.pats["owner"].match(piece.strip())
    if not piece.strip() or a.pats["titled"].fullmatch(piece.strip()) or (owner and owner.end() == len(piece.strip())):
        return False
    return not _names_proposal(a, piece)


def _names_proposal(a: Article, item: str) -> bool:
    """Whether the last document named in ``item`` before its owner (with the nouns joined to it:
    "Tờ trình và Báo cáo của ...", "các báo cáo, tờ trình của ...") is a proposal."""
    nouns = list(compiled(a.lex, "assignment_proposal_nouns", proposal_nouns).finditer(item))
    group = nouns[-1:]
    for m in reversed(nouns[:-1]):
        if not a.pats["only_joins"].match(item[m.end() : group[0].start()]):
            break
        group.insert(0, m)
    if not any(m.group(1) for m in group) or a.pats["about"].search(item, 0, group[0].start()):
        return False  # "Báo cáo thẩm tra của Ban ... về tờ trình của UBND tỉnh": the subject of a report
    return a.pats["owner"].search(item, group[-1].end()) is not None


def _proposer(a: Article, run: list[Match], clause: Span) -> bool:
    """Whether a body of a proposal clause proposed: not a document's name ("Nghị quyết Tỉnh
    ủy"), nor the author that the clause goes on to name ("Theo đề nghị của Sở ... tại Tờ trình
    số ..., UBND tỉnh ban hành Kế hoạch ...": UBND tỉnh issues the text)."""
    if _name_cut(a.text, run[-1].end):
        return False
    kind = before_kind(a, run, clause, False)
    if kind == "doc":
        return _submitted(a, clause, run[0].start)
    return kind is not None or after_kind(a, run[-1].end, clause[1])[0] != "requester"


# A name cut off by the page's end: what follows the matched words up to the end continues a name
# (capitalised words, "và", commas, dashes) and breaks off inside a word.
_CUT_NAME = re.compile(r"(?:\s*[,&–-]\s*|\s+)(?:(?:và|[^\W\d_a-zà-ỹđ]\w*)(?:\s*[,&–-]\s*|\s+))*\w+")
_CUT_NAME_CHARS = 40  # at most this much of a name may follow the words matched


def _name_cut(text: str, end: int) -> bool:
    """Whether the body name ending at ``end`` is the start of a longer name the page cuts off:
    "Theo đề nghị của Sở Văn hóa - Thể thao và Du l" (the page ends there) names no body, so the
    proposer gets no row (CONVENTIONS, session 36); a name followed by its own words ("... tại
    Tờ trình số ...", cut or not: "Sở Kế hoạch và Đầu tư t") or ending the page whole stands.

    >>> _name_cut("Theo đề nghị của Sở Văn hóa - Thể thao và Du l", 38)
    True
    """
    tail = text[end:].rstrip()
    capitalised = any(c.isupper() for c in tail)  # " t" of a cut "tại" follows a whole name
    return 0 < len(tail) <= _CUT_NAME_CHARS and capitalised and _CUT_NAME.fullmatch(tail) is not None


def _submitted(a: Article, clause: Span, start: int) -> bool:
    """Whether the document named right before a body is the proposal itself ("Sau khi xem xét
    Báo cáo, Tờ trình của UBND tỉnh": the noun ends a ``proposal`` cue), not a report about it
    ("Báo cáo thẩm tra của Ban Kinh tế - Ngân sách")."""
    d = a.doc_names.search(a.folded[clause[0] : start])
    noun = d.group(1) if d else ""
    if noun and any(" ".join(fold(c).split()).endswith(noun) for c in cue_words(a.lex, TABLE, "proposal")):
        return True
    return _names_proposal(a, a.folded[clause[0] : start])  # "Xét Tờ trình và Báo cáo của UBND tỉnh"
