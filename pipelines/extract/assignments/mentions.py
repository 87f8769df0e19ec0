"""Body mentions in a span, and runs of adjacent bodies.

Curated names and abbreviations ("Sở KH&ĐT", "UBND các huyện, thị xã, thành phố") dressed with
the words around them (a head's title before, a level or scope after), less lower-case
look-alikes ("các cơ sở y tế" is no "Sở Y tế") and codes inside document numbers; a list head
("Giám đốc các Sở: Công Thương, Tài chính") names each listed department; bodies joined by ',',
';' or 'và' form a run.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons, body_normaliser, cue_words, level_lists
from pipelines.extract.cue_patterns import compiled
from pipelines.text.fold import fold
from pipelines.text.matcher import Match, PhraseMatcher
from pipelines.text.segment import Span, sentence_end
from pipelines.extract.assignments.article import TABLE, WORD, UNCODED_MEMBER, LEADERSHIP, find_in, kind_group, Article


# --- step 1: body mentions -------------------------------------------------------------------


def _in_number(a: Article, m: Match) -> bool:
    return any(s < m.end and m.start < e for s, e in a.numbers)


def _dress_words(lex: Lexicons) -> tuple:
    """Matchers of the head titles ("Giám đốc", "Thủ trưởng": ``head_title``), the tails written
    right after a name ("tỉnh", "thành phố": ``body_tail``) and the scopes that may also follow
    it after a comma ("cấp tỉnh", "có liên quan", "cơ quan, đơn vị": ``body_scope``)."""
    return (
        PhraseMatcher((c, "title") for c in cue_words(lex, TABLE, "head_title")),
        PhraseMatcher(
            [(c, "tail") for c in cue_words(lex, TABLE, "body_tail")]
            + [(c, "scope") for c in cue_words(lex, TABLE, "body_scope")]
        ),
    )


def _tail_end(a: Article, tails: PhraseMatcher, end: int, ceiling: int) -> int:
    """Where the tails and scopes after a name end ("Thủ trưởng các sở, ban, ngành, thuộc
    tỉnh", "Sở Tài chính tỉnh Hưng Yên"); a scope may follow a comma, a tail may not; the dot
    of an abbreviation that ends no sentence is no gap ("Thuế TP. Hà Nội": ``sentence_end``)."""
    for _ in range(3):
        found = [
            m for matcher in (tails, a.lex.provinces) for m in find_in(matcher, a.text, end, min(ceiling, end + 60))
        ]
        nxt = min(found, key=lambda m: m.start, default=None)
        gap = a.text[end : nxt.start].strip() if nxt else "x"
        if gap == "." and nxt and not sentence_end().search(a.text, end, nxt.start):
            gap = ""
        if nxt is None or not (gap == "" or (gap == "," and nxt.value == "scope")):
            return end
        end = nxt.end
    return end


def _dressed(a: Article, found: list[Match], span: Span) -> list[Match]:
    """The names with the words written around them: a head's title before ("Giám đốc Công an
    tỉnh", "Chủ tịch UBND các huyện") and a level or scope after ("Thủ trưởng các ban, ngành
    cấp tỉnh", "các sở, ngành liên quan", "Sở Nội vụ tỉnh Quảng Nam"), so that a list of
    bodies reads as one run whatever their dress."""
    titles, tails = compiled(a.lex, "assignment_dress", _dress_words)
    out: list[Match] = []
    for k, m in enumerate(found):
        floor = out[-1].end if out else span[0]
        ceiling = found[k + 1].start if k + 1 < len(found) else span[1]
        before = find_in(titles, a.text, max(floor, m.start - 40), m.start)
        start = next((t.start for t in reversed(before) if not a.text[t.end : m.start].strip()), m.start)
        end = _tail_end(a, tails, m.end, ceiling)
        short = a.pats["short_name"].match(a.folded, end)
        end = short.end() if short and short.end() <= ceiling else end  # read on past its short name
        out.append(m if (start, end) == (m.start, m.end) else Match(start, end, m.value, a.text[start:end]))
    return out


def named(a: Article, span: Span) -> list[Match]:
    """Curated body names in ``span``, dressed (``_dressed``). A lower-case match of a
    capitalised alias is not a name ("tại các cơ sở y tế" is no "Sở Y tế", "chính phủ điện tử"
    no "Chính phủ"), so the search resumes after its first word ("thủ trưởng các sở, ngành"
    still gives "các sở, ngành")."""
    out: list[Match] = []
    pos, text = span[0], a.text
    while True:
        found = [
            m
            for m in find_in(a.lex.bodies, text, pos, span[1])
            if not (_other_city(a, m) or _lower_unit(a, m) or _levelless_member(a, m) or _one_by_one(a, m))
        ]
        bad = next((m for m in found if text[m.start].islower() and a.lex.bodies.key(m.phrase) not in a.lower), None)
        if bad is None:
            found = sorted(out + found + _shared_levels(a, out + found, span), key=lambda m: m.start)
            return _dressed(a, _outside_short_names(a, _outside_scopes(a, found, span), span), span)
        out += [m for m in found if m.start < bad.start]
        word = WORD.match(text, bad.start)
        pos = word.end() if word else bad.end


def _bare_levels(lex: Lexicons) -> PhraseMatcher:
    """Lists of lower-level words written bare ("quận, huyện", "xã, phường"), each with the code of
    the lower-case collective alias that opens them with a quantifier ("các {districts}")."""
    t = lex.tables
    pairs = [
        (bare, (r["body_code"], None))
        for r in t["body_aliases.csv"].to_dict("records")
        if len(r["alias"].split()) == 2 and r["alias"][0].islower() and r["alias"].endswith("s}")
        for bare in level_lists(r["alias"].split()[1], t["body_levels.csv"])
    ]
    return PhraseMatcher(pairs, body_normaliser(t["body_name_forms.csv"]))


def _shared_levels(a: Article, found: list[Match], span: Span) -> list[Match]:
    """Bare lower-level words that share the "các" of a list of collectives before them
    (``shared_collective``): "các sở, ngành, quận, huyện" -> DISTRICT_PCS too, "các cấp, ngành,
    xã, phường" -> COMMUNE_PCS, as "các quận, huyện" and "các xã, phường" are. Where no name
    stands in the list before them the mention spans the whole list ("các cấp, ngành, xã,
    phường"), so that the words before it read it."""
    bare = compiled(a.lex, "assignment_bare_levels", _bare_levels)
    out: list[Match] = []
    for m in find_in(bare, a.text, *span):
        shared = a.pats["shared_before"].search(a.folded, max(span[0], m.start - 60), m.start)
        if shared is None or any(f.start < m.end and m.start < f.end for f in found):
            continue
        if not any(f.start < m.start and shared.start() < f.end for f in found):
            m = Match(shared.start(), m.end, m.value, a.text[shared.start() : m.end])
        out.append(m)
    return out


def _other_city(a: Article, m: Match) -> bool:
    """Whether a provincial body's name that ends on a ``municipal_tail`` word ("Ủy ban nhân dân
    thành phố", "Cục Thống kê thành phố") names no municipality's body: on a province's page,
    or with a city's name after it ("UBND thành phố Vinh", "UBND Thành phố Thủ Đức")."""
    if a.lex.body_info[m.value[0]]["level"] != "province" or not a.pats["municipal_tail"].search(fold(m.phrase)):
        return False
    return not a.municipal or a.text[m.end : m.end + 2].strip()[:1].isupper()


def _lower_unit(a: Article, m: Match) -> bool:
    """Whether a provincial body's name is followed by a lower unit's noun (``lower_unit``: "Ủy
    ban MTTQ Việt Nam phường", "Hội Nông dân xã"): the ward's or district's own body, no code."""
    return a.lex.body_info[m.value[0]]["level"] == "province" and bool(a.pats["lower_unit"].match(a.folded, m.end))


def _one_by_one(a: Article, m: Match) -> bool:
    """Whether a collective of lower units ("UBND các huyện", "các xã") is followed on its line by
    a capitalised name that is no body: the units named one by one ("UBND các huyện Đức Hòa, Thủ
    Thừa và Tân Trụ"), which are not the collective of all of them (CONVENTIONS, session 33).
    A collective naming several kinds of unit ("UBND các huyện, thị xã, thành phố Huế") is all of
    them: the name there belongs to its last kind, the provincial city."""
    words = fold(m.phrase).split()
    if a.lex.body_info[m.value[0]]["level"] == "province" or fold("các") not in words:
        return False
    if "," in m.phrase or fold("và") in words:
        return False
    nxt = re.compile(r"[ \t]+(\w)").match(a.text, m.end)
    if nxt is None or not nxt.group(1).isupper():
        return False
    return not any(b.start == nxt.start(1) for b in find_in(a.lex.bodies, a.text, nxt.start(1), nxt.start(1) + 80))


def _levelless_member(a: Article, m: Match) -> bool:
    """Whether a front or union named without its level stands in a list after a collective that
    has none (``levelless_collective``: "các cấp ủy, chính quyền, MTTQ và các đoàn thể"): it
    stands for the fronts of every level, no body; "Ủy ban MTTQ Việt Nam tỉnh" keeps its code."""
    if a.lex.body_info[m.value[0]]["body_type"] != "front_and_unions":
        return False
    if a.pats["level_tail"].search(fold(m.phrase)) or find_in(a.lex.provinces, a.text, m.start, m.end):
        return False
    return bool(a.pats["levelless_before"].search(a.folded, max(0, m.start - 60), m.start))


def _outside_scopes(a: Article, found: list[Match], span: Span) -> list[Match]:
    """The names that stand inside no scope written after another name ("các sở, ban ngành, đơn
    vị trực thuộc UBND tỉnh": the committee only says whose units are meant, it is no body of
    the run)."""
    _, tails = compiled(a.lex, "assignment_dress", _dress_words)
    scopes = [s for s in find_in(tails, a.text, *span) if s.value == "scope"]
    return [m for m in found if not any(s.start < m.start and m.end <= s.end for s in scopes)]


def _outside_short_names(a: Article, found: list[Match], span: Span) -> list[Match]:
    """The names outside a bracket that gives the run before it a short name ("Chủ tịch UBND các
    xã, phường (sau đây gọi tắt là các Sở, ban, ngành, địa phương) tập trung ..."): the bodies
    are the ones named before it."""
    if a.text.find("(", *span) < 0:
        return found
    shorts = [m.span() for m in a.pats["short_name"].finditer(a.folded, *span)]
    return [m for m in found if not any(s < m.start and m.end <= e for s, e in shorts)]


def _list_items(a: Article, head: re.Match, end: int) -> list[Match]:
    """The departments listed after a list head, each read with the head's prefix: "Giám đốc
    các Sở: Công Thương, Tài chính, Kế hoạch và Đầu tư" -> DOIT, DOF, DPI."""
    prefix = a.prefixes[re.sub(r"\s+", " ", fold(a.text[head.start() : head.end()]).rstrip(": \t"))]
    out: list[Match] = []
    pos = head.end()
    while pos < end:
        piece = f"{prefix} {a.text[pos:end]}"
        m = next(iter(a.lex.bodies.find(piece, 0, len(piece))), None)
        if m is None or m.start != 0:
            break
        stop = pos + m.end - len(prefix) - 1
        out.append(Match(pos, stop, m.value, a.text[pos:stop]))
        gap = re.match(rf"\s*(?:,|;)?\s*(?:{kind_group(a.lex, 'join')}\s+)?", a.folded[stop:end])
        pos = stop + (gap.end() if gap else 0)
    return out


def mentions_in(a: Article, span: Span) -> tuple[list[Match], list[Span]]:
    """Body mentions in ``span`` and the list heads among them (whose place the listed
    departments take); found once per span of the article (``Article.found_in``)."""
    key = ("mentions", span[0], span[1], a.municipal)
    done = a.found_in.get(key)
    if done is None:
        found, heads = _find_mentions(a, span)
        done = a.found_in[key] = (tuple(found), tuple(heads))
    return list(done[0]), list(done[1])


def _find_mentions(a: Article, span: Span) -> tuple[list[Match], list[Span]]:
    found = [m for m in named(a, span) if not _in_number(a, m)]
    heads = []
    for h in a.pats["list_head"].finditer(a.folded, *span):
        items = _list_items(a, h, span[1])
        if items:
            heads.append(h.span())
            found = [m for m in found if m.end <= h.start() or m.start >= items[-1].end] + items
    return sorted(found, key=lambda m: m.start), heads


def blank_heads(a: Article, heads: list[Span]) -> str:
    """The folded text with list heads blanked, so that a run reads across them."""
    folded = a.folded
    for s, e in heads:
        folded = folded[:s] + " " * (e - s) + folded[e:]
    return folded


def runs_of(a: Article, mentions: list[Match], folded: str) -> list[list[Match]]:
    runs: list[list[Match]] = []
    for m in mentions:
        if runs and (
            a.pats["join"].match(folded[runs[-1][-1].end : m.start]) or _uncoded(a, runs[-1][-1].end, m.start)
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _uncoded(a: Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a member of a list of bodies that has no code of its own,
    set off by commas: a capitalised name of a few words ("Tỉnh ủy, Hội đồng nhân dân, UBND tỉnh
    và UBND các huyện", the council's "tỉnh" shared with the committee), or a plural collective
    opened by a quantifier with no role cue in it ("các Sở, ban, ngành, các cơ quan ngành dọc,
    UBND các phường, xã"): the run reads across it."""
    m = UNCODED_MEMBER.fullmatch(a.text, start, end)
    if m is None:
        return False
    if m.group(1)[0].isupper():
        return True
    return bool(a.pats["quantifier"].match(a.folded, m.start(1))) and not find_in(a.lex.role_cues, a.text, *m.span(1))


def leadership(a: Article, pos: int) -> bool:
    """Whether the body named at ``pos`` leads the province (its people's committee or council,
    or a Party committee): the one who directs, not directed ("UBND tỉnh cũng thống nhất ...")."""
    m = next(iter(find_in(a.lex.bodies, a.text, pos, min(len(a.text), pos + 120))), None)
    if m is None:
        return False
    info = a.lex.body_info[m.value[0]]
    return info["level"] == "province" and info["body_type"] in LEADERSHIP
