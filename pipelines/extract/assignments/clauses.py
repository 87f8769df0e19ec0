"""Roles read clause by clause and sentence by sentence, with the carry-over CONVENTIONS allows:
a subjectless clause that opens with a report / monitor / communicate cue goes on with the
bodies that acted before it (an advise cue carries nothing, session 43); a list of assignees
across ';' keeps its lead.
"""

from __future__ import annotations

from pipelines.extract.task_tables import task_cells
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, strip_punct
from pipelines.extract.assignments.article import DUTIES, Article, Found
from pipelines.extract.assignments.closing import closing_formula
from pipelines.extract.assignments.mentions import mentions_in, blank_heads, runs_of
from pipelines.extract.assignments.merged import merged_clauses
from pipelines.extract.assignments.proposals import proposal_mode, proposal_roles
from pipelines.extract.assignments.roles import clause_roles
from pipelines.extract.assignments.sections import heading_roles, opening_roles


def _clause(
    a: Article, clause: Span, head: list[Match] | None, served: set, carried: str | None = None
) -> tuple[list, bool]:
    """(run, roles) read in one clause, and whether they come from a proposal (``carried``: the
    proposal mode of the clause before it, ``proposal_roles``)."""
    mentions, heads = mentions_in(a, clause)
    runs = runs_of(a, mentions, blank_heads(a, heads))
    proposed = proposal_roles(a, runs, clause, carried) if runs else None
    if proposed is not None:
        return [(run, roles) for run, roles, _ in proposed], True
    found = clause_roles(a, runs, clause, earlier=head is not None) if runs else []
    found = _proposers_inside(a, runs, clause, found)
    if (
        a.support_list
        and found
        and a.pats["opening"].fullmatch(a.folded, strip_punct(a.text, clause)[0], runs[0][0].start)
    ):
        found[0] = (found[0][0], ["support"], "support")  # "- Sở Nội vụ;" under "... phối hợp với:"
    if head is not None and id(head) in a.lead_heads and clause[0] <= head[0].start < clause[1]:
        return [], False  # "1. Giao Sở Kế hoạch và Đầu tư:": its items carry the lead
    if head is not None and head[0].start < clause[0]:
        roles = heading_roles(a, clause, found, id(head) not in served, head)
        if roles:
            served.add(id(head))
            found = [(head, roles, "subject")] + found
    return [(run, roles) for run, roles, _ in found], False


def _proposers_inside(a: Article, runs: list[list[Match]], clause: Span, found: list) -> list:
    """``found`` with ``advise`` for a body named right after a proposal inside the clause, its
    owner word between ("Thống nhất chủ trương lập Quy hoạch ... theo đề xuất của Sở Kế hoạch và
    Đầu tư tại Công văn ...": the department proposed the text, CONVENTIONS' proposer)."""
    proposers = [run for run in runs if a.pats["proposed_by"].search(a.folded, clause[0], run[0].start)]
    if not proposers:
        return found
    kept = [f for f in found if not any(f[0] is run for run in proposers)]
    return kept + [(run, ["advise"], "proposer") for run in proposers]


def _ends_on_semicolon(a: Article, clause: Span) -> bool:
    """Whether ``clause`` ends on ';' (a proposal goes on across ';' only, not across ':' or ',':
    "Xét đề nghị của Sở ...; Tờ trình số ... của UBND tỉnh" but not "ý kiến của các Bộ: ...")."""
    head = a.text[clause[0] : clause[1]].rstrip()
    return head.endswith(";") or a.text[clause[1] : clause[1] + 3].lstrip().startswith(";")


def sentence(a: Article, sent: Span, head: list[Match] | None, served: set) -> list[Found]:
    """Roles read in the clauses of one sentence, with the report / monitor / communicate carry-over;
    a legal text's closing formula gives every body named before it ``implement``
    (``closing.closing_formula``)."""
    formula = closing_formula(a, sent)
    if formula is not None:
        addressees = mentions_in(a, (sent[0], formula))[0]
        a.last_actors = []
        return [Found(strip_punct(a.text, sent), [(addressees, ["implement"], False)])]
    out: list[Found] = []
    actors: list[tuple] = _carried_in(a, sent)  # (run, roles) that acted in the previous clause
    tail = False  # the previous clause ended on bodies given work ("giao ... cho các sở, ngành;")
    mode: str | None = None  # the proposal the previous clause weighed or made ("Xét ...; Tờ trình ...")
    for clause in merged_clauses(a, sent):
        found, proposed = _clause(a, clause, head, served, mode)
        mode = (proposal_mode(a, clause) or (mode if proposed else None)) if _ends_on_semicolon(a, clause) else None
        found = _lead_continued(a, clause, found) if tail else found
        tail = _ends_on_lead(a, clause, found)
        acting = [] if proposed else [(run, roles) for run, roles in found if _acts(a, run, roles)]
        listed = ":" in a.text[sent[0] : clause[0]]  # an item of a list of duties ("có trách nhiệm: ...; ...")
        opening = opening_roles(a, clause, listed) if actors and not acting else None
        carried = [(run, [r for r in opening or [] if run in _carried(a, actors, r)]) for run, _ in actors]
        found = [(run, roles) for run, roles in carried if roles] + found
        actors = acting or (actors if opening is not None else [])
        if found:
            out.append(Found(clause, [(run, roles, proposed) for run, roles in found]))
    a.last_actors = actors
    return out


def _carried_in(a: Article, sent: Span) -> list[tuple]:
    """The actors of the previous sentence of the paragraph when this one opens with an
    ``opening`` adverb and no body ("... triển khai ... và báo cáo kết quả về UBND tỉnh. Định kỳ
    báo cáo tình hình thực hiện ...": the same bodies report), else none."""
    m = a.pats["opening"].match(a.folded, sent[0])
    return list(a.last_actors) if m and a.folded[sent[0] : m.end()].strip() else []


def _acts(a: Article, run: list[Match], roles: list[str]) -> bool:
    """Whether a run of a clause acts, so that a subjectless clause after it may go on with its
    predicates: it has a role besides receiving or helping, or it is a narrated subject ("Sở
    Tài chính đang phối hợp với các đơn vị ...; theo dõi ...": the list goes on with it, though
    a narrated subject takes no duty, ``_carried``)."""
    return (bool(roles) and roles not in (["report"], ["support"])) or (not roles and id(run) in a.narrated_runs)


def _carried(a: Article, actors: list[tuple], role: str) -> list[list[Match]]:
    """The actors of the previous clause that take the role a subjectless clause opens with: a
    narrated subject takes no duty ("đã ...; báo cáo ..." reports nothing)."""
    out = []
    for run, _roles in actors:
        if role in DUTIES and id(run) in a.narrated_runs:
            continue
        out.append(run)
    return out


def _ends_on_lead(a: Article, clause: Span, found: list) -> bool:
    """Whether a clause ends on a run that leads ("Giao kế hoạch năm 2021 cho các sở, ban,
    ngành;")."""
    end = strip_punct(a.text, clause)[1]
    return any("lead" in roles and run[-1].end >= end for run, roles in found)


def _lead_continued(a: Article, clause: Span, found: list) -> list:
    """The found runs of a clause that continues a list of assignees across ';': its opening run
    leads too ("Giao kế hoạch ... cho các sở, ban, ngành; Ủy ban nhân dân các huyện ... thực
    hiện" -> the district committees lead, and implement)."""
    if not found:
        return found
    run, roles = found[0]
    start = strip_punct(a.text, clause)[0]
    if "lead" in roles or not a.pats["opening"].fullmatch(a.folded, start, run[0].start):
        return found
    return [(run, ["lead", *roles])] + found[1:]


def table_found(a: Article, paragraph_spans: list[Span]) -> list[Found]:
    """The bodies named in the role columns of a table of tasks ("Cơ quan chủ trì" | "Sở Nông
    nghiệp và Môi trường" -> lead), one clause per cell."""
    out = []
    for cell, role in task_cells(a.text, paragraph_spans, a.lex):
        span = strip_punct(a.text, cell)
        mentions, heads = mentions_in(a, span)
        runs = runs_of(a, mentions, blank_heads(a, heads))
        if runs:
            out.append(Found(span, [(run, [role], False) for run in runs]))
    return out
