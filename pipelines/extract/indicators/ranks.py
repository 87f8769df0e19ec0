"""Standings and group ranks as rows ("PCI thuộc nhóm 10 tỉnh dẫn đầu", "nằm trong top 15"):
the indexes a standing ranks, and a numbered group of the best (lte N).
"""

from __future__ import annotations

import re

from pipelines.extract.labels import aim_words_start, kind_reached
from pipelines.extract.numbers import Quantity
from pipelines.extract.standings import standings
from pipelines.text.matcher import Match
from pipelines.text.segment import Span
from pipelines.extract.indicators.page import Page, Clause
from pipelines.extract.indicators.rank_fields import ranked_fields
from pipelines.extract.indicators.rows import keep
from pipelines.extract.indicators.years import stated_years, target_year


def group_rank_rows(page: Page, clause: Clause) -> None:
    """A group of the best provinces no row quotes yet is an uncoded rank, lte N ("Đến năm 2030
    thuộc nhóm 15 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất"; ``group_rank``)."""
    start = clause.span[0]
    for m in page.words.group_rank.finditer(page.folded, *clause.span):
        n = m.start("n")
        if any(r["char_start"] <= n < r["char_end"] for r in page.found.values()):
            continue
        lead = page.words.label_lead.match(page.folded, start, m.start())
        span = (lead.end() if lead else start, m.end())
        year = target_year(page, clause.span, span, prefer_after=False) or clause.default_year
        value = ("lte", float(m.group("n")), None, "rank", year)
        keep(page, None, page.text[m.start() : m.end()], value, span, clause)


def rank_rows_per_field(page: Page, clause: Clause) -> None:
    """Each uncoded rank row of ``clause`` whose group names fields, as one row per field
    (``rank_fields``; CONVENTIONS, ranks): "Năm 2028, tỉnh có mặt trong Top 4 địa phương đứng
    đầu toàn quốc về cải cách hành chính" is PAR_INDEX_RANK lte 4, whichever rule read the rank."""
    for key, row in list(page.found.items()):
        start, end = row["char_start"], row["char_end"]
        if row["indicator_code"] is not None or row["unit"] != "rank" or not clause.span[0] <= start < clause.span[1]:
            continue
        groups = list(page.words.group_rank.finditer(page.folded, start, clause.span[1]))
        groups = [g for g in groups if g.start() < end] or [
            g for g in page.words.rank_aim.finditer(page.folded, start, clause.span[1]) if g.start() < end
        ]
        if not groups:
            continue
        value = (row["comparator"], row["value_low"], row["value_high"], row["unit"], row["target_year"])
        group = (groups[-1].start(), groups[-1].end())
        _rows_per_field(page, clause, group, row["label_vi"], value, (start, max(end, group[1])), drop=key)


def _rows_per_field(
    page: Page, clause: Clause, rank: Span, label: str, value: tuple, span: Span, drop: tuple | None = None
) -> bool:
    """The rank at ``rank`` as one row per field it names (``rank_fields``: "vào nhóm 15 tỉnh
    đứng đầu toàn quốc về cải cách hành chính và chuyển đổi số": PAR_INDEX_RANK, DTI_RANK), the
    words no coded field covers one uncoded row, in place of the row keyed ``drop``; with no
    coded field named, one uncoded row (unless ``drop`` already holds it). Whether it split."""
    fields = ranked_fields(page, rank, clause.sentence)
    if fields is None:
        if drop is None:
            keep(page, None, label, value, span, clause)
        return False
    if drop is not None:
        del page.found[drop]
    for f in fields.coded:
        keep(page, f.value, f.phrase, value, (min(span[0], f.start), max(span[1], f.end)), clause)
    if fields.rest:
        keep(page, None, fields.rest, value, span, clause)
    return True


def describes(page: Page, clause: Span) -> bool:
    """Whether a clause describes the province ("có diện tích tự nhiên 7.210 km², dân số khoảng
    2,1 triệu người", "có 95 km bờ biển": ``fact`` cues) and names no year of its own."""
    return bool(page.words.fact.search(page.folded, *clause)) and not stated_years(page, *clause)


def vision_is_rows(page: Page, clause: Clause) -> None:
    """A vision or aim written with "là" is its becoming (CONVENTIONS, session 40): "Tầm nhìn đến
    năm 2050, Hậu Giang là tỉnh nông nghiệp sinh thái, ..." is one ``achieve`` row for the
    vision's year, coded as "trở thành tỉnh ..." would be (``vision_is_reading``), else uncoded.
    Only a vision or aim cue with its year right before the subject makes it ("Điện Biên là tỉnh
    miền núi" describes the present), a kind of place after "là" (``vision_is_kind``: not "là
    trung tâm", a role), and no row already quoting the kind's words."""
    w = page.words
    for m in w.vision_is.finditer(page.folded, *clause.span):
        kind = m.start("kind")
        end = _segment_end(page.text, kind, clause.span[1])
        if any(r["char_start"] < end and m.start("who") < r["char_end"] for r in page.found.values()):
            continue
        label = page.text[kind:end]
        reading = f"{w.vision_is_reading} {label}"
        hits = [h for h in page.lex.indicators.find(reading) if h.start == 0] if w.vision_is_reading else []
        code = hits[0].value if hits else None
        keep(page, code, label, ("achieve", None, None, None, int(m.group("y"))), (m.start("who"), end), clause)


def _segment_end(text: str, start: int, end: int) -> int:
    """Where the comma segment from ``start`` ends in ``text`` before ``end``: the first ",", ";"
    or ":" not inside a number."""
    cut = re.compile(r"[;:]|,(?!\d)").search(text, start, end)
    return cut.start() if cut else end


def standing_rows(page: Page, clause: Clause, quantities: list[Quantity], free: list[Match]) -> None:
    """``achieve`` aims: a standing against the country with no number ("nền kinh tế đạt mức
    trung bình của cả nước"; ``standings``), unless an achieve row already quotes it or a
    vision before it in its clause describes the province then (an objective); coded by
    the last phrasing no value took before the cue in its segment ("tốc độ tăng trưởng kinh tế
    cao hơn mức bình quân chung của cả nước": GRDP_GROWTH), else uncoded."""
    text, span = page.text, clause.span
    if text[span[1] - 1] == ":":
        return  # "duy trì vị trí nhóm đầu cả nước về các chỉ số:": the items after it are ranked
    cuts = [span[0] + m.start() for m in re.finditer(r",(?!\d)", text[span[0] : span[1]])]
    segments = list(zip([span[0]] + [c + 1 for c in cuts], cuts + [span[1]]))
    numbers = [(q.start, q.end) for q in quantities]
    w = page.words
    for start, end in standings(page.folded, segments, w.standing, w.standing_compare, numbers):
        if w.vision.search(page.folded, span[0], start) and not w.becoming.search(page.folded, start, end):
            continue  # "Tầm nhìn đến năm 2050, Long An là tỉnh ... hàng đầu của cả nước": the vision, an objective
        if w.becoming.search(page.folded, start, end) and w.served_aim.search(page.folded, start, end):
            continue  # "góp phần xây dựng tỉnh trở thành tỉnh công nghiệp": what a text serves, no aim
        if w.standing_held.search(page.folded, start, end):
            continue  # "một tỉnh luôn thuộc nhóm dẫn đầu": a standing held, described
        if _inside_rank(page, start, end):
            continue  # "thuộc nhóm 12 tỉnh, thành phố đứng đầu cả nước": the group's rank row only
        own = _past_earlier_aims(page, start, end)
        if own is None or _ranks_rows(page, end):
            continue
        start = own
        lead = w.label_lead.match(page.folded, start, end)
        start = lead.end() if lead else start
        year = target_year(page, span, (start, end), prefer_after=False) or clause.default_year
        named = [p for p in free if start <= p.start and p.end <= end]
        # the province that aims and the year are no part of the state's words
        words = aim_words_start(text, page.folded, start, end, w, page.lex.provinces)
        code, label = (named[-1].value, named[-1].phrase) if named else (None, text[words:end])
        if code is None:
            # "Tây Hòa phấn đấu trở thành tỉnh khá của cả nước": the kind reached (session 44)
            label = kind_reached(text, page.folded, words, end, span[1], w, page.lex.provinces) or label
            cue = w.standing.search(page.folded, start, end)
            rank = (cue.start() if cue else start, end)
            _rows_per_field(page, clause, rank, label, ("achieve", None, None, None, year), (start, end))
            continue
        keep(page, code, label, ("achieve", None, None, None, year), (start, end), clause)


def _inside_rank(page: Page, start: int, end: int) -> bool:
    """Whether the standing cue in ``start``..``end`` overlaps a rank row's group (CONVENTIONS,
    session 40: a numbered group rank that also reads as a standing is the rank row only; "vào
    nhóm 12 tỉnh, thành phố đứng đầu cả nước" is lte 12, no "thành phố đứng đầu cả nước" aim)."""
    cue = page.words.standing.search(page.folded, start, end)
    if cue is None:
        return False
    around = (max(0, cue.start() - _GROUP_REACH), min(len(page.folded), cue.end() + _GROUP_REACH))
    groups = [m for m in page.words.group_rank.finditer(page.folded, *around) if m.start() < cue.end()]
    return any(
        g.start() < cue.end() and cue.start() < g.end() and r["unit"] == "rank" and r["char_end"] == g.end()
        for g in groups
        for r in page.found.values()
    )


_GROUP_REACH = 120  # characters around a standing cue to look for the numbered group it may lie in


def _past_earlier_aims(page: Page, start: int, end: int) -> int | None:
    """Where a standing's own words start in ``start``..``end``: after the achieve rows that end
    before its cue ("kinh tế tỉnh thuộc nhóm đầu khu vực Tây Nguyên và đạt mức trung bình cả
    nước": the region's group is a row, the standing against the country another); None when an
    achieve row already quotes the cue."""
    cue = page.words.standing.search(page.folded, start, end)
    at = cue.start() if cue else end
    rows = [r for r in page.found.values() if r["comparator"] == "achieve" and r["char_start"] < end]
    if any(start < r["char_end"] and r["char_end"] > at for r in rows):
        return None
    return max([start] + [r["char_end"] for r in rows if start < r["char_end"]])


_RANKED_GAP = 12  # characters between a standing and the first index it ranks: " về các "


def _ranks_rows(page: Page, end: int) -> bool:
    """Whether a standing ranks indexes that have rows of their own right after it ("duy trì vị
    trí nhóm đầu cả nước về các chỉ số cải cách hành chính, ...": PAR_INDEX_RANK achieve, ...):
    the standing is theirs, no uncoded aim of its own."""
    return any(
        r["comparator"] == "achieve"
        and r["indicator_code"]
        and 0 <= r["char_start"] - end <= _RANKED_GAP
        and not re.search(r"[,;.:]", page.text[end : r["char_start"]])
        for r in page.found.values()
    )
