"""What the project reads as a calendar year: four digits from 1900 to 2099.

One definition for every module that finds a year in text ("đến năm 2030", "giai đoạn
2021-2025", "Quyết định số 12/2024/QĐ-UBND"), so that a curator or a reader asking "is 2100 a
year here?" has one place to look.
"""

import re

YEAR = r"(?:19|20)\d{2}"
"""A regex fragment, without anchors, for one year: matches "2030" in "đến năm 2030"."""

_WHOLE = re.compile(YEAR)


def is_year(token: str) -> bool:
    """Whether ``token`` is a year and nothing else.

    >>> is_year("2030"), is_year("1.200"), is_year("2150"), is_year("12")
    (True, False, False, False)
    """
    return _WHOLE.fullmatch(token) is not None
