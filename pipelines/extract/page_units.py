"""The unit a page is about (a commune or ward, a district, a province) and what that unit aims at.

After July 2025 many pages are about one commune or ward: its Party congress, its council's
resolution. The page's unit is read from its title and lead (its first paragraphs): the level of
the first unit named after an organ word ("Đảng bộ xã ...", "HĐND phường ...", "UBND tỉnh ...";
``indicator_cues.csv`` roles ``unit_organ``, ``commune_unit``, ``district_unit``,
``province_unit``). A city ("thành phố") may be a province or a district: it tells no level.

On a commune's or ward's own page, its aim to reach the new-rural standard (or its advanced or
model tier) is one uncoded ``achieve`` row (CONVENTIONS, session 36), labelled by the standard
(``commune_standard``), not the province's NEW_RURAL_PROVINCE nor a count of communes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation, compiled
from pipelines.extract.cue_words import role_cues
from pipelines.text.fold import fold
from pipelines.text.segment import Span

LEAD_PARAGRAPHS = 5  # the title and the lead (a site's name or a date line may come first)
LEVELS = ("commune", "district", "province")


@dataclass(frozen=True)
class UnitWords:
    """The curated unit words compiled; the patterns run on folded text."""

    organ_level: re.Pattern  # an organ word then a level word: group "level" is the level word
    level_of: dict[str, str]  # folded level word -> its level
    commune_words: frozenset[str]  # folded commune-level words
    standards: dict[str, str]  # folded standard a commune reaches -> as curated, with its tones
    label_head: str  # the words before the standard in a row's label ("xã đạt chuẩn")
    standard: re.Pattern
    held: re.Pattern  # a state kept, not aimed at ("duy trì", "giữ vững")
    higher: re.Pattern  # a district's or province's level word


def _unit_words(lex: Lexicons) -> UnitWords:
    level_of = {fold(w).strip(): level for level in LEVELS for w in role_cues(lex, f"{level}_unit")}
    organs = alternation(role_cues(lex, "unit_organ"))
    levels = alternation(list(level_of))
    standards = {fold(c).strip(): c.strip() for c in role_cues(lex, "commune_standard")}
    higher = [w for w, level in level_of.items() if level != "commune"]
    return UnitWords(
        organ_level=re.compile(rf"(?<!\w){organs}\s+(?P<level>{levels})(?!\w)"),
        level_of=level_of,
        commune_words=frozenset(w for w, level in level_of.items() if level == "commune"),
        standards=standards,
        label_head=" ".join(role_cues(lex, "commune_standard_label")[:1]),
        standard=re.compile(rf"(?<!\w){alternation(list(standards))}(?!\w)"),
        held=re.compile(rf"(?<!\w){alternation(role_cues(lex, 'held_state'))}(?!\w)"),
        higher=re.compile(rf"(?<!\w){alternation(higher)}(?!\w)"),
    )


def unit_words(lex: Lexicons) -> UnitWords:
    """``UnitWords`` of ``lex``, built once."""
    return compiled(lex, "page_units", _unit_words)


def page_unit(text: str, paragraph_spans: list[Span], lex: Lexicons) -> str | None:
    """The level ("commune", "district", "province") of the unit the title or lead of ``text``
    names first after an organ word, or None.

    Example: "Đảng bộ xã Tân Lập tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030" -> "commune";
    "UBND tỉnh ban hành Kế hoạch ... (ảnh: trụ sở UBND xã Hòa Bình)" -> "province"; "Thành ủy
    ... thành phố" (no organ before a level) -> None.
    """
    if not paragraph_spans:
        return None
    spans = paragraph_spans[:LEAD_PARAGRAPHS]
    lead = fold(text[spans[0][0] : spans[-1][1]])
    words = unit_words(lex)
    m = words.organ_level.search(lead)
    if m is None:
        return None
    return words.level_of.get(re.sub(r"\s+", " ", m.group("level")))


def commune_standard(folded: str, span: Span, lex: Lexicons) -> str | None:
    """The new-rural standard a commune reaches named inside ``folded[span]`` (a curated phrasing
    matched there), as a label ("xã đạt chuẩn nông thôn mới nâng cao"), or None when none is named
    or the phrasing names a district or province ("huyện đạt chuẩn nông thôn mới").

    Example: the phrasing "xã nông thôn mới nâng cao" in "phấn đấu trở thành xã nông thôn mới
    nâng cao vào năm 2027" -> "xã đạt chuẩn nông thôn mới nâng cao".
    """
    words = unit_words(lex)
    if words.higher.search(folded, *span):
        return None
    m = words.standard.search(folded, *span)
    if m is None:
        return None
    standard = words.standards[re.sub(r"\s+", " ", m.group(0))]
    return f"{words.label_head} {standard}".strip()


def held_before(folded: str, segment: Span, pos: int, lex: Lexicons) -> bool:
    """Whether a state at ``pos`` is kept, not aimed at: a ``held_state`` word ("duy trì", "giữ
    vững") stands before it in its comma ``segment`` with no figure between ("giữ vững xã đạt
    chuẩn nông thôn mới": no row; CONVENTIONS, session 37)."""
    last = None
    for m in unit_words(lex).held.finditer(folded, segment[0], pos):
        last = m
    return last is not None and not re.search(r"\d", folded[last.end() : pos])
