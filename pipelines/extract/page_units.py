"""The unit a page is about: a commune or ward, a district, a province.

After July 2025 many pages are about one commune or ward: its Party congress, its council's
resolution. The page's unit is read from its title and lead (its first paragraphs): the level of
the first unit named after an organ word ("Đảng bộ xã ...", "HĐND phường ...", "UBND tỉnh ...";
``indicator_cues.csv`` roles ``unit_organ``, ``commune_unit``, ``district_unit``,
``province_unit``). A city ("thành phố") may be a province or a district: it tells no level.
The rulings that depend on the page's unit (a commune's own aim to reach a standard, a named
commune on a district's page) are to use it; nothing reads it yet.
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


def _unit_words(lex: Lexicons) -> UnitWords:
    level_of = {fold(w).strip(): level for level in LEVELS for w in role_cues(lex, f"{level}_unit")}
    organs = alternation(role_cues(lex, "unit_organ"))
    levels = alternation(list(level_of))
    return UnitWords(
        organ_level=re.compile(rf"(?<!\w){organs}\s+(?P<level>{levels})(?!\w)"),
        level_of=level_of,
        commune_words=frozenset(w for w, level in level_of.items() if level == "commune"),
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
