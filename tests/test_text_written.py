"""Curated words matched as written, case aside (``pipelines.text.written.as_written``): one helper
for ingest's district words and the extractor's label words. Words of our own."""

from __future__ import annotations

import re

from pipelines.extract.cue_words import _build
from pipelines.ingest.rules import _words_as_written
from pipelines.text.written import as_written


def test_tones_count_and_case_does_not():
    group = re.compile(rf"(?<!\w){as_written(['Huyện', 'thị trấn'])}(?!\w)", re.IGNORECASE)
    assert group.search("HUYỆN Đông Hải") and group.search("thị\n trấn Cái Nước")
    assert not group.search("truyền huyền thoại")


def test_longest_word_first_and_none_never_matches():
    assert re.match(as_written(["bao", "bao gồm"]), "bao gồm").group() == "bao gồm"
    assert re.search(as_written([]), "bất kỳ chữ nào") is None


def test_ingest_district_words_as_before():
    pattern = _words_as_written(["huyện", "thị xã"])
    assert pattern.search("Thị Xã Ba Đồn") and not pattern.search("huyền") and not pattern.search("thị xãhội")
    assert _words_as_written([]) is None


def test_label_words_as_before():
    cues = _build({"label_aspect": ["đã"], "label_measure_noun": ["sản lượng"], "label_thing_lead": ["bao gồm"]})
    assert cues.label_aspect.match("đã đón khách") and not cues.label_aspect.match("đa dạng sinh học")
    assert cues.measure_edge.match("sản lượng lúa").group() == "sản lượng "
    assert cues.thing_lead.match("bao gồm cà phê")
