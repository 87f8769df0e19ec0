"""Curated tables -> ready-to-use matchers (the extractor's whole knowledge of the language).

``load_lexicons(curation_dir)`` reads and validates every table in ``raw/curation/`` and
builds phrase matchers from them; nothing the extractor knows about Vietnamese wording lives
in Python literals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import permutations
from pathlib import Path

import pandas as pd

from pipelines.curation.tables import CurationError, read_curation_folder
from pipelines.ingest.clean import ChromeRule
from pipelines.ingest.rules import IngestRules, build_ingest_rules
from pipelines.text.fold import fold_short
from pipelines.text.matcher import InitialsNormaliser, PhraseMatcher, ShieldedMatcher, TokenNormaliser

PROVINCE_PLACEHOLDER = "{province}"
# How a province name is preceded in running text ("tỉnh Long An", "thành phố Cần Thơ").
PROVINCE_PREFIXES = ("", "tỉnh ", "thành phố ", "TP. ", "TP ")


@dataclass
class Lexicons:
    """All curated knowledge, validated, with matchers built once per build."""

    tables: dict[str, pd.DataFrame]
    chrome_rules: list[ChromeRule]
    provinces: PhraseMatcher  # -> province_code
    province_sources: list[tuple[str, str, str]]  # (kind, folded pattern, province_code)
    indicators: PhraseMatcher  # -> indicator_code
    indicator_scopes: PhraseMatcher  # scope cue ("cơ cấu kinh tế") -> folded scope key
    scoped_indicators: dict[str, PhraseMatcher]  # scope key -> phrasings valid under it
    indicator_info: dict[str, dict]
    indicator_subjects: PhraseMatcher  # subject named without its measure ("grdp") -> folded key
    subject_codes: dict[tuple[str, str], str | None]  # (folded subject, unit) -> code, None: no code
    bodies: PhraseMatcher  # -> (body_code, province_code or None)
    body_info: dict[str, dict]
    target_cues: PhraseMatcher
    result_cues: PhraseMatcher
    heading_target_cues: PhraseMatcher
    heading_result_cues: PhraseMatcher
    achieve_cues: PhraseMatcher
    comparators_before: PhraseMatcher  # -> comparator
    comparators_after: PhraseMatcher  # -> comparator
    units: PhraseMatcher  # -> (unit, multiplier)
    themes: PhraseMatcher  # -> theme
    objective_cues: PhraseMatcher  # -> kind
    objective_is_cues: PhraseMatcher  # -> kind; of those, the ones "là" + content opens ("nhiệm vụ trọng tâm là")
    objective_such_as_cues: PhraseMatcher  # -> kind; open a list only before "như:" ("các giải pháp")
    objective_colon_cues: PhraseMatcher  # -> kind; of those, the ones a plain ':' lets open too ("các giải pháp:")
    role_cues: PhraseMatcher  # -> role ("ignore" masks a false cue)
    doc_types: dict[str, str]  # folded code -> doc_type
    doc_nouns: dict[str, str]  # folded name ("nghi quyêt") -> code ("NQ")
    issuers: dict[str, tuple[str, bool]]  # folded suffix -> (issuer, is_provincial)
    province_names: dict[str, str]  # province_code -> name_vi
    unit_switches: list[UnitSwitch]  # in file order: the first that applies wins
    ingest: IngestRules | None = None  # site chrome, headline and date-line rules (ingest/rules.py)

    @property
    def input_files(self) -> list[str]:
        return sorted(self.tables)


@dataclass(frozen=True)
class UnitSwitch:
    """A phrasing's code is replaced by ``switch_to`` when the value's unit is ``value_unit``
    (if given) and the words between phrasing and number contain ``gap_cue`` (if given)."""

    indicator_code: str
    value_unit: str | None
    gap_cue: str | None  # folded
    switch_to: str


def _pairs(df: pd.DataFrame, key: str, value) -> list[tuple[str, object]]:
    return [(row[key], value(row)) for row in df.to_dict("records")]


def _check_codes(df: pd.DataFrame, column: str, known: set[str], file: str) -> None:
    bad = [(i + 2, v) for i, v in enumerate(df[column]) if v is not None and v not in known]
    if bad:
        rows = "\n".join(f"raw/curation/{file}:{line}: unknown {column} {v!r}" for line, v in bad)
        raise CurationError(f"{file}: {len(bad)} row(s) name codes that do not exist\n{rows}")


def level_lists(alias: str, levels: pd.DataFrame) -> list[str]:
    """``alias`` with its level placeholder expanded (``body_levels.csv``): "{district}" to each
    district-level word, "{districts}" to each list of two to four distinct ones, in any order
    ("UBND các {districts}" -> "UBND các huyện, thị xã", "UBND các thị xã, huyện, thành phố", ...).

    >>> words = pd.DataFrame({"placeholder": ["{x}", "{x}"], "word": ["a", "b"]})
    >>> level_lists("U {x}", words), level_lists("U {xs}", words)
    (['U a', 'U b'], ['U a, b', 'U b, a'])
    """
    for placeholder, group in levels.groupby("placeholder", sort=True):
        words = list(group["word"])
        plural = placeholder[:-1] + "s}"
        if plural in alias:
            lists = [", ".join(p) for n in range(2, 5) for p in permutations(words, n)]
            return [alias.replace(plural, x) for x in lists]
        if placeholder in alias:
            return [alias.replace(placeholder, w) for w in words]
    return [alias]


def body_normaliser(forms: pd.DataFrame) -> TokenNormaliser:
    """How body names are compared (``body_name_forms.csv``): a form without a canonical is
    ignored inside a name (",", "-", "và"); the others are contracted to their canonical
    ("Ủy ban nhân dân" and "UBND" alike), so one alias covers its written variants."""
    rows = forms.to_dict("records")
    skip = {fold_short(r["form"]).strip() for r in rows if not r["canonical"]}
    return TokenNormaliser(skip, [(r["form"], r["canonical"]) for r in rows if r["canonical"]])


def indicator_normaliser(forms: pd.DataFrame) -> InitialsNormaliser:
    """How indicator phrasings are compared (``indicator_name_forms.csv``): a name's own short
    form in brackets is dropped ("nông thôn mới (NTM) nâng cao"), then each curated form is
    contracted to its canonical, so "xã đạt chuẩn NTM" matches a phrasing curated as "xã đạt
    chuẩn nông thôn mới" and the reverse."""
    rows = forms.to_dict("records")
    return InitialsNormaliser(TokenNormaliser((), [(r["form"], r["canonical"]) for r in rows]))


def load_lexicons(curation_dir: Path) -> Lexicons:
    """Read, validate and compile every curated table under ``curation_dir``."""
    t = read_curation_folder(curation_dir)  # every table present, none stray, each validated

    lex = t["indicator_lexicon.csv"]
    _check_codes(t["indicator_phrasings.csv"], "indicator_code", set(lex.indicator_code), "indicator_phrasings.csv")
    _check_codes(lex, "standing_part_of", set(lex.indicator_code), "indicator_lexicon.csv")
    scoped = t["indicator_scoped_phrasings.csv"]
    _check_codes(scoped, "indicator_code", set(lex.indicator_code), "indicator_scoped_phrasings.csv")
    subjects = t["indicator_subjects.csv"]
    _check_codes(subjects, "indicator_code", set(lex.indicator_code), "indicator_subjects.csv")
    for column in ("indicator_code", "switch_to"):
        _check_codes(t["unit_switches.csv"], column, set(lex.indicator_code), "unit_switches.csv")
    _check_codes(t["sector_pages.csv"], "growth_code", set(lex.indicator_code), "sector_pages.csv")
    gaz = t["body_gazetteer.csv"]
    _check_codes(t["body_aliases.csv"], "body_code", set(gaz.body_code), "body_aliases.csv")
    _check_codes(gaz, "successor_2025_code", set(gaz.body_code), "body_gazetteer.csv")
    prov = t["provinces.csv"]
    _check_codes(t["province_aliases.csv"], "province_code", set(prov.province_code), "province_aliases.csv")

    # Province names as written: bare names and aliases, with "tỉnh" / "thành phố" prefixes.
    names = [(r["name_vi"], r["province_code"]) for r in prov.to_dict("records")]
    names += [(r["alias"], r["province_code"]) for r in t["province_aliases.csv"].to_dict("records")]
    province_pairs = [(p + n, c) for n, c in names for p in PROVINCE_PREFIXES]

    body_pairs = []
    for r in t["body_aliases.csv"].to_dict("records"):
        for alias in level_lists(r["alias"], t["body_levels.csv"]):
            if PROVINCE_PLACEHOLDER in alias:
                body_pairs += [(alias.replace(PROVINCE_PLACEHOLDER, n), (r["body_code"], c)) for n, c in names]
            else:
                body_pairs.append((alias, (r["body_code"], None)))
    for r in gaz.to_dict("records"):
        body_pairs.append((r["name_vi"], (r["body_code"], None)))

    cues = t["cues.csv"]

    def cue_matcher(kind: str, scope: str | None) -> PhraseMatcher:
        """The cues of one kind, none of them read inside a province's name ("cần" in "Cần Thơ")."""
        sel = cues[(cues.kind == kind) & ((cues.scope == scope) if scope else True)]
        return ShieldedMatcher(((c, kind) for c in sel.cue), (n for n, _ in names))

    comps = t["comparators.csv"]
    oc = t["objective_cues.csv"]
    from pipelines.text.fold import fold

    return Lexicons(
        tables=t,
        chrome_rules=[
            ChromeRule(re.compile(r["pattern"], re.IGNORECASE), r["action"]) for r in t["chrome.csv"].to_dict("records")
        ],
        provinces=PhraseMatcher(province_pairs),
        province_sources=[
            (r["kind"], fold(r["source_pattern"]), r["province_code"])
            for r in t["province_sources.csv"].to_dict("records")
        ],
        indicators=PhraseMatcher(
            _pairs(t["indicator_phrasings.csv"], "phrasing", lambda r: r["indicator_code"]),
            indicator_normaliser(t["indicator_name_forms.csv"]),
        ),
        indicator_scopes=PhraseMatcher((sc, fold(sc)) for sc in dict.fromkeys(scoped.scope)),
        scoped_indicators={
            fold(sc): PhraseMatcher(zip(g.phrasing, g.indicator_code)) for sc, g in scoped.groupby("scope", sort=True)
        },
        indicator_info={r["indicator_code"]: r for r in lex.to_dict("records")},
        indicator_subjects=PhraseMatcher((s, fold(s)) for s in dict.fromkeys(subjects.subject)),
        subject_codes={
            (fold(r["subject"]), r["unit"]): r["indicator_code"] or None for r in subjects.to_dict("records")
        },
        bodies=PhraseMatcher(body_pairs, body_normaliser(t["body_name_forms.csv"])),
        body_info={r["body_code"]: r for r in gaz.to_dict("records")},
        target_cues=cue_matcher("target", "clause"),
        result_cues=cue_matcher("result", "clause"),
        heading_target_cues=cue_matcher("target", "heading"),
        heading_result_cues=cue_matcher("result", "heading"),
        achieve_cues=cue_matcher("achieve", None),
        comparators_before=PhraseMatcher(
            _pairs(comps[comps.position == "before"], "phrase", lambda r: r["comparator"])
        ),
        comparators_after=PhraseMatcher(_pairs(comps[comps.position == "after"], "phrase", lambda r: r["comparator"])),
        units=PhraseMatcher(_pairs(t["units.csv"], "phrase", lambda r: (r["unit"], float(r["multiplier"])))),
        themes=PhraseMatcher(_pairs(t["themes.csv"], "keyword", lambda r: r["theme"])),
        objective_cues=PhraseMatcher(_pairs(oc[oc.opens.isna() | (oc.opens == "is")], "cue", lambda r: r["kind"])),
        objective_is_cues=PhraseMatcher(_pairs(oc[oc.opens == "is"], "cue", lambda r: r["kind"])),
        objective_such_as_cues=PhraseMatcher(
            _pairs(oc[oc.opens.isin(["such_as", "colon"])], "cue", lambda r: r["kind"])
        ),
        objective_colon_cues=PhraseMatcher(_pairs(oc[oc.opens == "colon"], "cue", lambda r: r["kind"])),
        role_cues=PhraseMatcher(_pairs(t["role_cues.csv"], "cue", lambda r: r["role"])),
        doc_types={fold(r["code"]): r["doc_type"] for r in t["doc_types.csv"].to_dict("records")},
        doc_nouns={fold(r["name_vi"]): r["code"] for r in t["doc_types.csv"].to_dict("records")},
        issuers={
            fold(r["suffix"]): (r["issuer"], r["is_provincial"] == "true") for r in t["issuers.csv"].to_dict("records")
        },
        province_names=dict(zip(prov.province_code, prov.name_vi)),
        unit_switches=[
            UnitSwitch(
                r["indicator_code"], r["value_unit"], fold(r["gap_cue"]) if r["gap_cue"] else None, r["switch_to"]
            )
            for r in t["unit_switches.csv"].to_dict("records")
        ],
        ingest=build_ingest_rules(t),
    )


def cue_words(lex: Lexicons, table: str, kind: str) -> list[str]:
    """The ``cue`` column of a curated cue table for one ``kind``, in file order.

    Example: ``cue_words(lex, "assignment_cues.csv", "opening")`` -> ``["hằng năm", ...]``.
    """
    t = lex.tables[table]
    return [c for c, k in zip(t["cue"], t["kind"]) if k == kind]
