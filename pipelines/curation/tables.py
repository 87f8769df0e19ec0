"""Pandera schemas of the curated tables in ``raw/curation/`` and a validating loader.

Each CSV is read as strings and validated lazily, so a broken curation file fails the build
with every bad row listed as ``<file>:<line>: column <c>: <check> (value)``. Table-level checks
fail loudly too: a cue kind the extractor reads left with no row (``EVERY_KIND``:
``<file>: no row of kind <k>``), and rows of one key that disagree (``_one_per``: one currency
per unit in ``units.csv``, one growth code per sector in ``sector_pages.csv``).
"""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from schemas.enums import ENUMS

UNITS = ENUMS["unit"]
THEMES = ENUMS["theme"]
CURRENCIES = ("usd", "vnd")  # units.csv: the currency of a unit of money
CODE = r"^[A-Z][A-Z0-9_]*$"
_UNIT_LIST = rf"^(?:{'|'.join(sorted(UNITS))})(?: (?:{'|'.join(sorted(UNITS))}))*$"  # "count percent"


def _col(*checks: pa.Check, nullable: bool = False, unique: bool = False) -> pa.Column:
    return pa.Column(str, checks=list(checks), nullable=nullable, unique=unique)


def _enum(values) -> pa.Check:
    return pa.Check.isin(sorted(values))


# Dataframe checks that judge each row (pandera reports each cell of a failing row): their error
# -> (key column, compared column) for the checks of _one_per, None for the others.
ROW_CHECKS: dict[str, tuple[str, str] | None] = {}


def _row_check(check: Callable[[pd.DataFrame], pd.Series], name: str, error: str) -> pa.Check:
    """A dataframe check whose True/False per row names the failing rows (file:line)."""
    ROW_CHECKS.setdefault(error, None)
    return pa.Check(check, name=name, error=error)


def _one_per(key: str, column: str) -> pa.Check:
    """Dataframe check: the rows of one ``key`` agree on ``column`` (an empty cell is a value
    too); every row of a ``key`` that disagrees fails."""
    error = f"the rows of one {key} hold one {column}"
    ROW_CHECKS[error] = (key, column)

    def agree(df: pd.DataFrame) -> pd.Series:
        return df[column].map(lambda v: v or "").groupby(df[key]).transform("nunique").eq(1)

    return pa.Check(agree, name=f"one_{column}_per_{key}", error=error)


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "provinces.csv": pa.DataFrameSchema(
        {
            "province_code": _col(pa.Check.str_matches(r"^\d{2}$"), unique=True),
            "name_vi": _col(),
            "name_ascii": _col(),
            "unit_type_2024": _col(_enum({"municipality", "province"})),
            "region": _col(),
            "region_vi": _col(),
            "successor_code": _col(pa.Check.str_matches(r"^\d{2}$")),
            "successor_name_vi": _col(),
        },
        strict=True,
    ),
    "province_aliases.csv": pa.DataFrameSchema(
        {
            "province_code": _col(pa.Check.str_matches(r"^\d{2}$")),
            "alias": _col(unique=True),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "province_sources.csv": pa.DataFrameSchema(
        {
            "province_code": _col(pa.Check.str_matches(r"^\d{2}$")),
            "source_pattern": _col(unique=True),
            "kind": _col(_enum({"domain", "publisher"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "indicator_lexicon.csv": pa.DataFrameSchema(
        {
            "indicator_code": _col(pa.Check.str_matches(CODE), unique=True),
            "label_en": _col(),
            "label_vi": _col(),
            "unit": _col(_enum(UNITS)),
            "theme": _col(_enum(THEMES)),
            "value_kind": _col(_enum({"numeric", "checkable", "flow"})),
            "standing_part_of": _col(pa.Check.str_matches(CODE), nullable=True),
            "notes": _col(nullable=True),
            # the units the code holds besides ``unit``, space-separated: "percent"
            "also_units": _col(pa.Check.str_matches(_UNIT_LIST), nullable=True),
        },
        strict=True,
    ),
    "indicator_phrasings.csv": pa.DataFrameSchema(
        {
            "indicator_code": _col(pa.Check.str_matches(CODE)),
            "phrasing": _col(unique=True),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "indicator_scoped_phrasings.csv": pa.DataFrameSchema(
        {
            "scope": _col(),
            "indicator_code": _col(pa.Check.str_matches(CODE)),
            "phrasing": _col(),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["scope", "phrasing"],
    ),
    "indicator_subjects.csv": pa.DataFrameSchema(
        {
            "subject": _col(),
            "unit": _col(_enum(UNITS)),
            "indicator_code": _col(pa.Check.str_matches(CODE), nullable=True),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["subject", "unit"],
    ),
    "unit_switches.csv": pa.DataFrameSchema(
        {
            "indicator_code": _col(pa.Check.str_matches(CODE)),
            "value_unit": _col(_enum(UNITS), nullable=True),
            "gap_cue": _col(nullable=True),
            "switch_to": _col(pa.Check.str_matches(CODE)),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "body_gazetteer.csv": pa.DataFrameSchema(
        {
            "body_code": _col(pa.Check.str_matches(CODE), unique=True),
            "name_vi": _col(),
            "name_en": _col(),
            "body_type": _col(_enum(ENUMS["body_type"])),
            "level": _col(_enum({"province", "district", "commune", "national"})),
            "successor_2025_code": _col(pa.Check.str_matches(CODE), nullable=True),
            "valid_until": _col(pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}$"), nullable=True),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "body_aliases.csv": pa.DataFrameSchema(
        {
            "body_code": _col(pa.Check.str_matches(CODE)),
            "alias": _col(unique=True),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(),
            "kind": _col(_enum({"target", "result", "achieve"})),
            "scope": _col(_enum({"clause", "heading"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "indicator_cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(),
            "role": _col(
                _enum(
                    {
                        "filler",
                        "complement",
                        "restated",
                        "growth_after",
                        "growth_after_tail",
                        "plan_compare",
                        "next_year_join",
                        "coordinate_join",
                        "respectively",
                        "next_year_lead",
                        "next_year_edge",
                        "next_year_noun",
                        "counted_gap",
                        "recognition_open",
                        "recognition_close",
                        "counted_subject",
                        "plain_list_lead",
                        "forecast",
                        "prediction",
                        "current_will",
                        "year_end",
                        "recognised",
                        "within_year",
                        "each_year",
                        "standard_level",
                        "grade_noun",
                        "grade_floor",
                        "count_subgroup",
                        "layout_plan",
                        "layout_noun",
                        "layout_measure",
                        "label_lead",
                        "label_tail",
                        "label_function_word",
                        "label_aspect",
                        "label_measure_noun",
                        "label_measure_qualifier",
                        "label_thing_lead",
                        "label_raise",
                        "label_raise_end",
                        "label_purpose",
                        "not_label",
                        "baseline",
                        "qualifier",
                        "direction_verb",
                        "allocation",
                        "review_lead",
                        "preamble",
                        "caption_lead",
                        "benchmark_lead",
                        "yardstick_close",
                        "purpose_lead",
                        "served_aim",
                        "served_aim_named",
                        "standard_period",
                        "sum_period",
                        "sum_period_lead",
                        "dated_base",
                        "prior_base",
                        "base_ratio",
                        "period_average",
                        "effort_lead",
                        "plan_figure_lead",
                        "over_plan_word",
                        "missed_lead",
                        "partial_year",
                        "year_part",
                        "whole_year",
                        "whole_share",
                        "whole_share_void",
                        "elapsed_part",
                        "not_target",
                        "breakdown_lead",
                        "part_lead",
                        "part_share",
                        "district_breakdown",
                        "district_each",
                        "area_assignment",
                        "area_rate",
                        "area_recipient",
                        "type_breakdown",
                        "listed_parts",
                        "phase_opener",
                        "phase_first",
                        "phase_rest",
                        "phase_gap",
                        "upkeep_verb",
                        "upkeep_join",
                        "upkeep_gap",
                        "upkeep_units",
                        "forming_verb",
                        "production_value",
                        "within_year",
                        "present_place",
                        "present_have",
                        "present_total",
                        "place_state",
                        "place_is",
                        "baseline_edge",
                        "body_term",
                        "benchmark_gap",
                        "list_elaborate",
                        "list_elaborate_tail",
                        "list_lead_in",
                        "list_then",
                        "list_such_as",
                        "list_done",
                        "list_aim_is",
                        "item_scope",
                        "title_about",
                        "title_about_gap",
                        "list_purpose",
                        "list_genitive",
                        "day_noun",
                        "month_noun",
                        "year_noun",
                        "year_lead",
                        "year_gap",
                        "year_role",
                        "vision",
                        "vision_lead",
                        "title_noun",
                        "range_join",
                        "range_from",
                        "magnitude",
                        "unit_compound",
                        "kinds_lead",
                        "kinds_join",
                        "numbered_name",
                        "label_stop",
                        "label_kept_phrase",
                        "label_join",
                        "change_verb",
                        "reduction_verb",
                        "national",
                        "national_rank",
                        "national_author",
                        "national_aim",
                        "local_scope",
                        "not_result",
                        "period_deadline",
                        "aim_bound",
                        "aim_noun",
                        "action_lead",
                        "share_verb",
                        "yearly_rate",
                        "this_year",
                        "coming_year",
                        "plural_lead",
                        "not_subject",
                        "lower_place",
                        "none_left",
                        "none_left_bound",
                        "own_place",
                        "unit_organ",
                        "commune_unit",
                        "district_unit",
                        "province_unit",
                        "commune_standard",
                        "commune_standard_label",
                        "held_state",
                        "met_verb",
                        "met_noun",
                        "review_opener",
                        "review_verb",
                        "bracket_plan",
                        "past_lead",
                        "period_noun",
                        "joint_horizon",
                        "standing_held",
                        "nominal",
                        "duration_noun",
                        "bare_rate_verb",
                        "year_estimate",
                        "year_review",
                        "year_outlook",
                        "month_status",
                        "elapsed_months",
                        "past_consequence",
                        "present_time",
                        "statistics_source",
                        "fact",
                        "fact_unit",
                        "fact_after",
                        "rank_group",
                        "rank_member",
                        "rank_top",
                        "rank_field_lead",
                        "rank_field_scope",
                        "rank_list_opening",
                        "rank_field_filler",
                        "standing",
                        "standing_compare",
                        "becoming",
                        "becoming_verb",
                        "vision_is_lead",
                        "vision_is_verb",
                        "vision_is_kind",
                        "vision_is_reading",
                        "sector_growth",
                        "standing_group",
                        "standing_level",
                        "standing_nation",
                        "change_to",
                        "cited_in",
                        "section_lead",
                        "list_ordinal",
                        "measured_lead",
                        "plan_share",
                        "plan_share_gap",
                        "plan_share_multiple",
                        "target_base",
                        "plan_estimate",
                        "difference_base",
                    }
                )
            ),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["cue", "role"],
    ),
    "frame_cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(),
            "frame": _col(_enum({"target_setting", "results", "legal_text"})),
            "where": _col(_enum({"title", "lead", "body"})),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["cue", "frame", "where"],
    ),
    "comparators.csv": pa.DataFrameSchema(
        {
            "phrase": _col(),
            "comparator": _col(_enum(ENUMS["comparator"])),
            "position": _col(_enum({"before", "after"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "units.csv": pa.DataFrameSchema(
        {
            "phrase": _col(unique=True),
            "unit": _col(_enum(UNITS)),
            "multiplier": _col(pa.Check.str_matches(r"^[0-9.eE+]+$")),
            "currency": _col(_enum(CURRENCIES), nullable=True),
            "notes": _col(nullable=True),
        },
        strict=True,
        checks=[_one_per("unit", "currency")],
    ),
    "table_columns.csv": pa.DataFrameSchema(
        {
            "label": _col(unique=True),
            "kind": _col(
                _enum({"number", "name", "unit", "plan", "result", "growth", "compared", "text", "assessment"})
            ),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "value_words.csv": pa.DataFrameSchema(
        {
            "phrase": _col(unique=True),
            "comparator": _col(_enum(ENUMS["comparator"])),
            "value_low": _col(pa.Check.str_matches(r"^[0-9.]+$")),
            "unit": _col(_enum(UNITS)),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "sector_pages.csv": pa.DataFrameSchema(
        {
            "cue": _col(unique=True),
            "sector": _col(pa.Check.str_matches(r"^[a-z_]+$")),
            "growth_code": _col(pa.Check.str_matches(CODE), nullable=True),
            "bare_growth": _col(_enum({"yes", "no"})),
            "notes": _col(nullable=True),
        },
        strict=True,
        checks=[
            _one_per("sector", "growth_code"),
            _one_per("sector", "bare_growth"),
            _row_check(
                lambda df: (df["bare_growth"] != "yes") | df["growth_code"].notna(),
                name="bare_growth_has_growth_code",
                error="a sector whose bare growth is its own (bare_growth yes) has a growth_code",
            ),
        ],
    ),
    "themes.csv": pa.DataFrameSchema(
        {
            "keyword": _col(unique=True),
            "theme": _col(_enum(THEMES)),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "objective_cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(unique=True),
            "kind": _col(_enum(ENUMS["objective_kind"])),
            # "such_as": the cue opens a list only when its sentence goes on to "như:"; "colon": also
            # before a plain ':' ("các giải pháp: ..."); "is": any shape, and "là" + content as a
            # general objective does ("nhiệm vụ trọng tâm là ...")
            "opens": _col(_enum(["such_as", "colon", "is"]), nullable=True),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "role_cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(unique=True),
            "role": _col(_enum(set(ENUMS["role"]) | {"ignore"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "chrome.csv": pa.DataFrameSchema(
        {
            "pattern": _col(unique=True),
            "action": _col(_enum({"drop_line", "cut_rest"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "site_chrome.csv": pa.DataFrameSchema(
        {
            "site": _col(pa.Check.str_matches(r"^[a-z0-9.-]+\.[a-z]{2,}$")),
            "pattern": _col(),
            "action": _col(_enum({"drop_line", "cut_rest"})),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["site", "pattern"],
    ),
    "title_lines.csv": pa.DataFrameSchema(
        {
            "pattern": _col(unique=True),
            "kind": _col(_enum({"legal_marker", "header", "upper_header", "site", "subject"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "date_words.csv": pa.DataFrameSchema(
        {
            "word": _col(unique=True),
            "kind": _col(
                _enum(
                    {
                        "weekday",
                        "daypart",
                        "label",
                        "clock",
                        "toolbar",
                        "reorganised",
                        "merged_mark",
                        "merger_lead",
                        "reported_span",
                        "year_end_event",
                        "yesterday",
                        "commune_committees",
                        "district_word",
                    }
                )
            ),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "doc_types.csv": pa.DataFrameSchema(
        {
            "code": _col(unique=True),
            "doc_type": _col(_enum(ENUMS["doc_type"])),
            "name_vi": _col(),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "assignment_cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(),
            "kind": _col(
                _enum(
                    {
                        "before_lead",
                        "levelless_collective",
                        "shared_collective",
                        "speaker",
                        "future",
                        "before_support",
                        "before_recipient",
                        "before_object",
                        "before_request",
                        "object_gap",
                        "after_compile",
                        "after_lead",
                        "aspect_narrated",
                        "aspect_filler",
                        "stress",
                        "carry_out",
                        "after_requester",
                        "opening",
                        "join",
                        "name_title",
                        "proposal",
                        "consider",
                        "stance",
                        "municipal_tail",
                        "passive",
                        "deadline",
                        "head_title",
                        "recipients",
                        "quantifier",
                        "nominalizer",
                        "announce",
                        "directive",
                        "directive_noun",
                        "hearing",
                        "result",
                        "past_opening",
                        "past_directive",
                        "event_opening",
                        "body_tail",
                        "body_scope",
                        "via",
                        "aim",
                        "submit",
                        "subject_of",
                        "recurring",
                        "tally",
                        "column_lead",
                        "column_support",
                        "column_implement",
                        "answers",
                        "article_heading",
                        "closing",
                        "short_name",
                        "purpose",
                        "lower_unit",
                        "document_aim",
                    }
                )
            ),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["cue", "kind"],
    ),
    "document_cues.csv": pa.DataFrameSchema(
        {
            "cue": _col(),
            "kind": _col(
                _enum(
                    {
                        "title",
                        "header_title",
                        "header_stop",
                        "vision",
                        "span_bound",
                        "subject_break",
                        "span_point",
                        "amends",
                        "short_name",
                        "annual",
                        "periodless",
                        "own_subject_type",
                        "own_subject",
                        "own_subject_lead",
                        "term_of_office",
                        "congress",
                        "plan_making",
                        "directive_serves",
                        "implements",
                        "session",
                        "passive",
                        "approved_at",
                        "approves",
                        "approved_link",
                        "proposer_link",
                        "header_number",
                        "number_noun",
                        "issuer_lead",
                        "council_committee",
                        "council_name",
                        "committee_name",
                        "lower_unit",
                        "first_article",
                        "first_article_verb",
                        "announces",
                        "first_article_rules",
                        "title_dropped",
                        "years_after",
                        "title_goes_on",
                    }
                )
            ),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["cue", "kind"],
    ),
    "body_levels.csv": pa.DataFrameSchema(
        {
            "placeholder": _col(pa.Check.str_matches(r"^\{[a-z_]+\}$")),
            "word": _col(),
            "notes": _col(nullable=True),
        },
        strict=True,
        unique=["placeholder", "word"],
    ),
    "body_name_forms.csv": pa.DataFrameSchema(
        {
            "form": _col(unique=True),
            "canonical": _col(nullable=True),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "indicator_name_forms.csv": pa.DataFrameSchema(
        {
            "form": _col(unique=True),
            "canonical": _col(),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "body_list_heads.csv": pa.DataFrameSchema(
        {
            "head": _col(unique=True),
            "prefix": _col(),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
    "issuers.csv": pa.DataFrameSchema(
        {
            "suffix": _col(unique=True),
            "issuer": _col(_enum(ENUMS["issuer"])),
            "is_provincial": _col(_enum({"true", "false"})),
            "notes": _col(nullable=True),
        },
        strict=True,
    ),
}


# The cue columns whose every enumerated value (the column's ``isin`` check above) the extractor
# reads: a value left with no row would change what it extracts without a word, so the loader
# fails instead. Columns of units, themes, comparators and the like are not listed: a value there
# may have no row (unit_switches.csv value_unit lacks some).
EVERY_KIND: tuple[tuple[str, str], ...] = (
    ("assignment_cues.csv", "kind"),
    ("cues.csv", "kind"),
    ("date_words.csv", "kind"),
    ("document_cues.csv", "kind"),
    ("frame_cues.csv", "frame"),
    ("indicator_cues.csv", "role"),
    ("objective_cues.csv", "kind"),
    ("role_cues.csv", "role"),
    ("table_columns.csv", "kind"),
    ("title_lines.csv", "kind"),
)
EVERY_KIND_CHECK = "every enumerated value has a row"  # the error of the check (pandera reports it)


def enumerated(table: str, column: str) -> list[str]:
    """The values the schema of ``table`` allows in ``column`` (its ``isin`` check)."""
    (check,) = [c for c in SCHEMAS[table].columns[column].checks if c.name == "isin"]
    return list(check.statistics["allowed_values"])


def missing_kinds(table: str, df: pd.DataFrame) -> dict[str, list[str]]:
    """{column: its enumerated values with no row in ``df``} for the EVERY_KIND columns of ``table``."""
    missing = {
        column: [k for k in enumerated(t, column) if k not in set(df[column])]
        for t, column in EVERY_KIND
        if t == table and column in df
    }
    return {column: kinds for column, kinds in missing.items() if kinds}


def _every_kind(table: str) -> pa.Check:
    """Dataframe check: each EVERY_KIND column of ``table`` has a row of every enumerated value."""
    return pa.Check(lambda df: not missing_kinds(table, df), name="every_kind_has_rows", error=EVERY_KIND_CHECK)


for _table in dict.fromkeys(t for t, _ in EVERY_KIND):
    SCHEMAS[_table].checks = [*SCHEMAS[_table].checks, _every_kind(_table)]


# Files of raw/curation/ that are not CSV tables: the folder's documentation and the overrides.
OTHER_FILES = ("README.md", "overrides.yaml")
REQUIRED_OTHER = ("overrides.yaml",)  # an empty list `[]` there means no overrides
# pandera checks that concern the header (line 1) rather than a data row.
HEADER_CHECKS = {"column_in_dataframe", "column_in_schema", "column_ordered"}


class CurationError(ValueError):
    """A curated table is malformed; the message lists every bad row as file:line."""


def where(path: Path, line: int | None = None) -> str:
    """A curated file as errors name it, relative to the input folder: ``curation/cues.csv:3``."""
    rel = f"{path.parent.name}/{path.name}"
    return f"{rel}:{line}" if line else rel


def _suggest(name: str) -> str:
    close = difflib.get_close_matches(name, [*SCHEMAS, *OTHER_FILES], n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def folder_problems(curation_dir: Path) -> list[str]:
    """What is wrong with the folder itself: a curated file missing, or a stray entry (another
    file, a misnamed table, a sub-folder, a link), each as ``curation/<name>: ...``."""
    if not curation_dir.is_dir():
        return [f"{curation_dir.name}/: the curated tables folder is missing"]
    present = {p.name: p for p in curation_dir.iterdir()}
    problems = [
        f"{where(curation_dir / n)}: missing (every curated table is required; see curation/README.md)"
        for n in sorted(set(SCHEMAS) | set(REQUIRED_OTHER))
        if n not in present
    ]
    for name, p in sorted(present.items()):
        kind = (
            "a folder"
            if p.is_dir()
            else "a link"
            if p.is_symlink()
            else "not a regular file"
            if not p.is_file()
            else None
        )
        if name not in SCHEMAS and name not in OTHER_FILES:
            problems.append(
                f"{where(p)}: not a curated file of this folder{_suggest(name)} "
                f"(expected: {', '.join(sorted(SCHEMAS))}, {', '.join(OTHER_FILES)})"
            )
        elif kind:
            problems.append(f"{where(p)}: is {kind}, expected a regular file")
    return problems


def read_curation_folder(curation_dir: Path) -> dict[str, pd.DataFrame]:
    """Every curated table of ``curation_dir`` read and validated: {file name: DataFrame}.
    Raises CurationError naming each missing or stray file, then each bad row (file:line)."""
    problems = folder_problems(curation_dir)
    if problems:
        raise CurationError(f"{len(problems)} problem(s) in the curated files:\n" + "\n".join(problems))
    return {name: read_curation_csv(curation_dir / name) for name in sorted(SCHEMAS)}


def read_curation_csv(path: Path) -> pd.DataFrame:
    """Read and validate one curated CSV; return it as strings (empty cells are None)."""
    if path.name not in SCHEMAS:
        raise CurationError(f"{where(path)}: not a curated table{_suggest(path.name)}")
    schema = SCHEMAS[path.name]
    _check_shape(path, list(schema.columns))
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    except pd.errors.ParserError as err:
        raise CurationError(f"{where(path, _parser_line(str(err)))}: cannot be read: {err}") from None
    except pd.errors.EmptyDataError:
        raise CurationError(f"{where(path, 1)}: empty file; expected the header {','.join(schema.columns)}") from None
    except UnicodeDecodeError as err:
        raise CurationError(f"{where(path)}: not UTF-8 ({err.reason} at byte {err.start}); save it as UTF-8") from None
    except OSError as err:
        raise CurationError(f"{where(path)}: cannot be read: {err.strerror}") from None
    df = df.astype(object).where(df.notna(), None)
    for col in df.columns:
        df[col] = df[col].map(lambda v: v.strip() if isinstance(v, str) else v)
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        raise CurationError(_describe(path, err.failure_cases, df, list(schema.columns))) from None
    return df


def _check_shape(path: Path, expected: list[str]) -> None:
    """The header names exactly the schema's columns, in order, and every record has as many
    fields; else CurationError at ``file:line`` (line of the header or where the record starts)."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                raise CurationError(f"{where(path, 1)}: empty file; expected the header {','.join(expected)}")
            if [h.strip() for h in header] != expected:
                missing = [c for c in expected if c not in header]
                extra = [c for c in header if c not in expected]
                raise CurationError(
                    f"{where(path, 1)}: header is {','.join(header)}; expected {','.join(expected)}"
                    f" (missing {missing}, unexpected {extra})"
                )
            start = reader.line_num + 1
            for record in reader:
                if record and len(record) != len(expected):
                    raise CurationError(
                        f"{where(path, start)}: {len(record)} fields, the header has {len(expected)}"
                        " (a stray comma or an unclosed quote?)"
                    )
                start = reader.line_num + 1
    except UnicodeDecodeError as err:
        raise CurationError(f"{where(path)}: not UTF-8 ({err.reason} at byte {err.start}); save it as UTF-8") from None
    except csv.Error as err:
        raise CurationError(f"{where(path, start)}: cannot be read: {err}") from None
    except OSError as err:
        raise CurationError(f"{where(path)}: cannot be read: {err.strerror}") from None


def _parser_line(message: str) -> int | None:
    """The file line a pandas parser error points at: ``line 7`` as is, ``row 1`` (0 = header) + 1.

    >>> _parser_line("EOF inside string starting at row 1"), _parser_line("Expected 4 fields in line 7, saw 5")
    (2, 7)
    """
    line = re.search(r"line (\d+)", message)
    if line:
        return int(line.group(1))
    row = re.search(r"row (\d+)", message)
    return int(row.group(1)) + 1 if row else None


def _describe(path: Path, cases: pd.DataFrame, df: pd.DataFrame, expected: list[str]) -> str:
    lines: list[str] = []
    for case in cases.itertuples():
        if str(case.check) in HEADER_CHECKS:
            lines.append(
                f"{where(path, 1)}: header: fails {case.check} (column {case.failure_case!r}); "
                f"expected {','.join(expected)}"
            )
            continue
        line = int(case.index) + 2 if pd.notna(case.index) else None
        if case.check == EVERY_KIND_CHECK:
            for column, kinds in missing_kinds(path.name, df).items():
                lines.append(
                    f"{where(path)}: no row of {column} {', '.join(kinds)} (the extractor reads every "
                    f"{column} the schema enumerates: restore its rows, or retire the {column} from "
                    "pipelines/curation/tables.py and the code that reads it)"
                )
        elif case.check in ROW_CHECKS and line is not None:
            agreement = ROW_CHECKS[case.check]
            if agreement is None:
                lines.append(f"{where(path, line)}: fails {case.check}")
            else:  # name the key and what its rows hold
                key, column = agreement
                value = df.at[int(case.index), key]
                held = sorted({v or "" for v in df.loc[df[key] == value, column]})
                lines.append(f"{where(path, line)}: {key} {value!r}: fails {case.check} (its rows hold {held})")
        else:
            lines.append(f"{where(path, line)}: column {case.column}: fails {case.check} (value {case.failure_case!r})")
    lines = list(dict.fromkeys(lines))  # a row check fails once per cell of the row: name the row once
    return f"{where(path)}: {len(lines)} problem(s)\n" + "\n".join(lines)
