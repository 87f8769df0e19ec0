"""The fields a rank names (CONVENTIONS, ranks: a "top N" aim that names several fields is one
rank row per field, each coded where the lexicon has the field and uncoded otherwise).

A rank names its fields after it ("vào nhóm 15 tỉnh đứng đầu toàn quốc về cải cách hành chính và
chuyển đổi số") or, as the subject, in a list right before it ("hạ tầng số, đổi mới sáng tạo của
thành phố phải vào nhóm 12 tỉnh đứng đầu"). The coded fields are the phrasings of the rank-field
scope (``rank_field_scope`` in ``indicator_cues.csv``, a scope of
``indicator_scoped_phrasings.csv``) and the regular phrasings of that scope's codes ("chỉ số
PCI"); the words of the list no field covers are one uncoded field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.extract.indicators.page import Page
from pipelines.text.fold import fold
from pipelines.text.matcher import Match
from pipelines.text.segment import Span
from pipelines.text.years import YEAR


@dataclass(frozen=True)
class Fields:
    """The fields a rank names: the coded ones, and the list's words no coded field covers
    (None when every item is coded)."""

    coded: list[Match]
    rest: str | None


def ranked_fields(page: Page, rank: Span, sentence: Span) -> Fields | None:
    """The fields the rank at ``rank`` (its group's words) names in ``sentence``, after it
    ("... đứng đầu toàn quốc về đổi mới sáng tạo và chuyển đổi số": PII_RANK, DTI_RANK) or else
    as the list right before it ("hạ tầng số, đổi mới sáng tạo, chuyển đổi số của thành phố phải
    vào nhóm 12 tỉnh đứng đầu": PII_RANK, DTI_RANK and "hạ tầng số"); None when no coded field is
    named.
    """
    after = _fields_after(page, rank[1], sentence[1])
    return after if after is not None else _fields_before(page, rank[0], sentence[0])


def _fields_after(page: Page, end: int, stop: int) -> Fields | None:
    p = _patterns(page)
    lead = p["lead"].match(page.folded, end, stop)
    if lead is None:
        return None
    cut = re.compile(r"[;.:(]").search(page.text, lead.end(), stop)
    stop = cut.start() if cut else stop
    coded = _coded(page, lead.end(), stop)
    if not coded:
        return None
    return Fields(coded, _rest(page, lead.end(), stop, coded))


def _fields_before(page: Page, start: int, first: int) -> Fields | None:
    """The coded fields of the subject list before a rank: they stand in the sentence before it
    with no figure in between, the last one followed by the subject's other words but no comma."""
    if re.search(r"\d", re.sub(YEAR, "", page.text[first:start])):
        return None
    coded = _coded(page, first, start)
    if not coded or re.search(r"[,;:]", page.text[coded[-1].end : start]):
        return None
    opening = _patterns(page)["opening"]
    # the list's first items no field covers, past opening words and years ("Bên cạnh đó, ...")
    items = [m.group().strip() for m in re.finditer(r"[^,;:]+", page.text[first : coded[0].start])]
    kept = [i for i in items if i and not opening.fullmatch(fold(i)) and not re.search(YEAR, i)]
    between = _rest(page, coded[0].start, coded[-1].end, coded)
    rest = ", ".join([*kept, *([between] if between else [])])
    return Fields(coded, rest or None)


def _rest(page: Page, start: int, end: int, coded: list[Match]) -> str | None:
    """The words of ``start``..``end`` outside the coded fields, with joining words dropped
    ("năng lực công nghệ, đổi mới sáng tạo và chuyển đổi số" less two fields: "năng lực công nghệ")."""
    filler = _patterns(page)["filler"]
    pieces, at = [], start
    for m in [*coded, None]:
        stop = m.start if m else end
        for item in re.split(r"[,;]", page.text[at:stop]):
            words = filler.sub(" ", fold(item)).strip()
            if words:
                pieces.append(item.strip(" ,"))
        at = m.end if m else end
    return ", ".join(p for p in pieces if p) or None


def _coded(page: Page, start: int, end: int) -> list[Match]:
    """The coded fields in ``start``..``end``: the rank-field scope's phrasings, then the regular
    phrasings of the scope's codes that overlap none of them ("về chỉ số PCI": PCI_RANK)."""
    lex = page.lex
    found: list[Match] = []
    for scope in role_cues(lex, "rank_field_scope"):
        found += [m for m in lex.scoped_indicators[fold(scope)].find(page.text, start, end) if _free(m, found)]
    df = lex.tables["indicator_scoped_phrasings.csv"]
    scopes = {fold(s) for s in role_cues(lex, "rank_field_scope")}
    codes = {c for sc, c in zip(df["scope"], df["indicator_code"]) if fold(sc) in scopes}
    found += [m for m in lex.indicators.find(page.text, start, end) if m.value in codes and _free(m, found)]
    return sorted(found, key=lambda m: m.start)


def _free(m: Match, found: list[Match]) -> bool:
    return not any(f.start < m.end and m.start < f.end for f in found)


def _patterns(page: Page) -> dict[str, re.Pattern]:
    """The compiled cues of this module, built once per lexicon."""

    def build(lex) -> dict[str, re.Pattern]:
        g = lambda role: alternation(role_cues(lex, role))  # noqa: E731
        return {
            # after the group: the whole country, then the word that opens its fields
            "lead": re.compile(rf"\s*(?:{g('standing_nation')}\s*)?{g('rank_field_lead')}\s+"),
            "opening": re.compile(rf"(?:{g('rank_list_opening')})"),
            "filler": re.compile(rf"(?<!\w)(?:{g('rank_field_filler')}|{g('coordinate_join')})(?!\w)|\s+"),
        }

    return compiled(page.lex, "rank_fields", build)
