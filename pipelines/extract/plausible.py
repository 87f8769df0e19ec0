"""A code whose plausible range excludes the value is the wrong code: the row stays uncoded.

``schemas/expectations.yaml`` (``percent_ranges``) says which percentages an indicator can
plausibly take: a growth rate above 30 % a year is a share or a typing error. The release's
expectations reject such rows; the extractor must not make them. A percent row whose code's
range excludes its values ("ngành dịch vụ tăng khoảng 42-43%" read as SECTOR_III_GROWTH, while
the page gives the sector's share) keeps its label and values, and loses its code.
"""

from __future__ import annotations

from pipelines.quality.suites import load_expectation_config


def _within(value: float | None, low: float, high: float) -> bool:
    return value is None or low <= value <= high


def uncode_implausible(rows: list[dict]) -> None:
    """Drop, in place, the code (and English label) of percent rows outside their code's range.

    Example: SECTOR_III_GROWTH between 42 and 43 percent (range 0..30) -> indicator_code None.
    """
    ranges = load_expectation_config()["percent_ranges"]
    for row in rows:
        code = row["indicator_code"]
        if code is None or row["unit"] != "percent":
            continue
        low, high = ranges.get(code, ranges["default"])
        if not (_within(row["value_low"], low, high) and _within(row["value_high"], low, high)):
            row["indicator_code"] = None
            row["label_en"] = None
