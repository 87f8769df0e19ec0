"""Codes that also take values in a second unit, read from ``unit_switches.csv``.

A row that switches a code to itself for a value unit, with no gap cue, says that the code keeps
values in that unit: "số trường học đạt chuẩn quốc gia là 120 trường" is a count of the schools
whose share SCHOOLS_NATIONAL_STANDARD normally states (its lexicon note: a count is kept with
the code, unit count).
"""

from __future__ import annotations

from pipelines.curation.lexicons import Lexicons


def keeps_unit(code: str, unit: str | None, lex: Lexicons) -> bool:
    """Whether ``code`` keeps a value in ``unit`` besides its lexicon unit (a self switch).

    Example: "xây dựng 3 trường học đạt chuẩn quốc gia" -> SCHOOLS_NATIONAL_STANDARD keeps a
    count.
    """
    return unit is not None and any(
        sw.indicator_code == code == sw.switch_to and sw.value_unit == unit and not sw.gap_cue
        for sw in lex.unit_switches
    )
