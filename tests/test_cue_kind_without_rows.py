"""A cue kind whose curated rows were all removed cues nothing: its group never matches.

Before, an empty kind gave the empty group "(?:)", which matches everywhere: building with
``assignment_cues.csv`` lacking the ``past_directive`` rows silenced every body after a space.
"""

import re

from pipelines.extract.cue_patterns import alternation
from pipelines.text.fold import fold


def test_an_empty_cue_kind_never_matches():
    assert re.search(alternation([]), "giao Sở Tài chính chủ trì") is None


def test_an_empty_cue_kind_before_the_bodies_does_not_mark_them():
    # the shape of the ``past_directive`` pattern: the cue right before the bodies it directed
    pattern = re.compile(rf"(?<!\w){alternation([])}\s+$")
    assert pattern.search(fold("Giao Sở Tài chính, ")) is None  # the text before a listed body


def test_blank_cues_are_ignored_and_real_ones_still_match():
    group = alternation(["", "  ", "đã chỉ đạo"])
    assert re.fullmatch(group, fold("Đã chỉ đạo")) is not None
