"""The label of an uncoded target: the words that name what a number counts.

No curated phrasing names the indicator, so the label is read from the statement itself: the
words of its comma segment before the number (list markers, years and the curated lead and tail
words of ``indicator_cues.csv`` trimmed: "phấn đấu", "đạt", "là" ...), then, for a counted
noun, the unit's words, and for a count or a measure the words right after the unit ("Trồng
mới 6.500 ha rừng tập trung" -> "Trồng mới rừng tập trung"; "Đón 5,5 triệu lượt khách tham
quan" -> "Đón lượt khách tham quan"). The change verb that ends the words before a figure is
no part of the label ("doanh thu dịch vụ tăng 12%" -> "doanh thu dịch vụ"), and the words after a
figure stop at a ``label_stop`` word outside a fixed phrase ("tham gia vào", "vừa và nhỏ"). A label
that starts with a plan-structure word ("chỉ tiêu", "nhóm", "sở, ngành": ``not_label``) or has
fewer than two words is no label.
"""

from __future__ import annotations

import re

from pipelines.extract import dates
from pipelines.extract.cue_words import CueWords
from pipelines.extract.numbers import Quantity
from pipelines.extract.tones import same_tones
from pipelines.text.fold import fold, fold_short
from pipelines.text.matcher import Match, PhraseMatcher
from pipelines.text.segment import Span

_LEADING_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)])\s+")
_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•*–])\s+")
_MAX_AFTER = 12  # words after the figure: a name runs long ("... được công nhận đạt chuẩn ...")
_AFTER = re.compile(rf"(?:\s+[^\W\d_][\w-]*){{1,{_MAX_AFTER}}}")
_SHARE_OF = re.compile(rf"(?:,?\s+[^\W\d_][\w-]*){{1,{_MAX_AFTER}}}")
_MIN_WORDS = 2
_NOTE = re.compile(r"\s*\([^()\d]{1,12}\)")  # a short note in brackets after a name: " (cũ)"


def _tail_start(text: str, folded: str, m: re.Match, cues: CueWords) -> int:
    """Where the trailing cue words that ``m`` (a ``label_tail`` match) found start. A first word
    that folds like a cue but is written with other tones stays in the label: "thu hút vốn đầu
    tư" keeps "tư", which folds like the cue "từ"."""
    first = cues.label_tail_word.search(folded, m.start(), m.end())
    if first and not same_tones(text, Match(first.start(), first.end(), None, first.group()), cues.label_tail_table):
        return first.end()
    return m.start()


def _before_change_verb(text: str, folded: str, start: int, end: int, cues: CueWords) -> int:
    """``end`` moved before a change verb (``change_verb``) that ends the words before a figure:
    the label names what moves, as "tăng bình quân" (a comparator) already leaves it ("doanh thu
    dịch vụ lưu trú tăng 12%" -> "doanh thu dịch vụ lưu trú"). The verb stays when it ends a
    growth's own noun (``growth_after``: "tốc độ tăng 10%"), when one word alone would remain,
    or when it is another word that only folds like it ("trao tặng")."""
    m = cues.label_change.search(folded, start, end)
    if m is None or not same_tones(text, Match(*m.span("v"), None, m.group("v")), cues.label_change_table):
        return end
    noun = cues.label_growth_noun.search(folded, start, end)
    if (noun and noun.start() < m.start()) or len(text[start : m.start()].split()) < _MIN_WORDS:
        return end
    return m.start()


def _past_place(text: str, start: int, end: int, places: PhraseMatcher | None) -> int:
    """``start`` moved past a province name that opens the words there, and a short note in
    brackets after it: the subject that aims ("Hà Tĩnh có 15 xã ...", "Gia Lai (cũ) có 120 sản
    phẩm"), no part of what is counted."""
    if places is None:
        return start
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    found = [m for m in places.find(text, first, end) if m.start == first]
    if not found:
        return start
    note = _NOTE.match(text, found[0].end, end)
    return note.end() if note else found[0].end


def _before_place(text: str, start: int, end: int, places: PhraseMatcher | None) -> int:
    """``end`` moved before a province name that closes the words there: the province whose the
    measure is ("diện tích cây ăn quả tỉnh Nam Định", "... của tỉnh Nam Định"), as the subject
    written first is, no part of what is counted (a "của" left before it goes with the tail cue
    words). A district or commune is no province name: it stays."""
    if places is None:
        return end
    last = start + len(text[start:end].rstrip(" ,"))
    found = [m for m in places.find(text, start, last) if m.end == last and m.start > start]
    return min(m.start for m in found) if found else end


def _trim(
    text: str,
    folded: str,
    start: int,
    end: int,
    cues: CueWords,
    places: PhraseMatcher | None = None,
    *,
    change_verb: bool = True,
    leads: bool = True,
) -> Span:
    """``(start, end)`` without list markers, leading and trailing cue words, a change verb at the
    end ("tăng", "giảm"; unless ``change_verb`` is false: before a counted noun the verb is what is
    counted, "giảm 2.100 hộ nghèo"), a province named first as the subject and year or period
    mentions at either edge ("năm 2026,", "đến năm 2030", "giai đoạn 2021 - 2025", "sau 5 năm"), and a
    province whose the measure is at its end ("diện tích chè tỉnh Nam Định"); with ``leads`` false,
    only the years and periods at either edge (a kind of place opens with a lead word: "tỉnh khá")."""
    for _ in range(4):
        before = (start, end)
        m = _MARKER.match(folded, start, end)
        start = m.end() if m else start
        years = sorted(
            [(s, e) for s, e, *_ in dates.find_years(folded, cues, start, end) + dates.find_periods(folded, start, end)]
            + [m.span() for m in cues.duration.finditer(folded, start, end)]
        )
        if years and not folded[start : years[0][0]].strip(" ,"):
            start = years[0][1]
        if years and not folded[years[-1][1] : end].strip(" ,"):
            end = years[-1][0]
        if not leads:
            if (start, end) == before:
                break
            continue
        start = _past_place(text, start, end, places)
        end = _before_place(text, start, end, places)
        m = cues.label_lead.match(folded, start, end)
        start = m.end() if m else start
        m = cues.label_tail.search(folded, start, end)
        end = _tail_start(text, folded, m, cues) if m and m.end() == end else end
        end = _before_change_verb(text, folded, start, end, cues) if change_verb else end
        if (start, end) == before:
            break
    return start, max(start, end)


def _past_raise_verb(text: str, start: int, end: int, figure: int, cues: CueWords) -> int:
    """``start`` moved past a verb that raises what the words before a figure name (``label_raise``:
    "đưa", "nâng", "nâng cao"), when the verb opens them or follows a purpose word (``label_purpose``:
    "để") and a raise's end word (``label_raise_end``: "lên", "đạt") stands between them and the
    figure (at ``figure``, its comparator cue included): the label names what is raised (CONVENTIONS session 23). "đưa sản lượng chè đạt 50.000
    tấn" -> "sản lượng chè"; "thâm canh để nâng cao năng suất cà phê lên 3,5 tấn/ha" -> "năng suất
    cà phê"; "nâng cao năng lực cho 30 hợp tác xã" (no end word) and "nâng cấp ..." (an upkeep
    verb, ``upkeep_verb``) stay as they are."""
    lowered = text.lower()
    if not cues.label_raise_end.search(lowered, end, figure):
        return start
    moved = start
    for m in cues.label_raise.finditer(lowered, start, end):
        longer = cues.label_not_raise.match(lowered, m.start())
        if longer and longer.end() > m.end():
            continue
        if lowered[start : m.start()].strip() and not cues.label_purpose.search(lowered, start, m.start()):
            continue
        rest = m.end() + len(text[m.end() : end]) - len(text[m.end() : end].lstrip())
        if len(text[rest:end].split()) >= _MIN_WORDS:
            moved = rest
    return moved


def aim_words_start(text: str, folded: str, start: int, end: int, cues: CueWords, places: PhraseMatcher | None) -> int:
    """Where the words naming an aim with no number start in ``text[start:end]``: past list
    markers, a year, a province named first as the subject that aims and the lead cue words
    ("Đến năm 2030, Bắc Giang thuộc nhóm tỉnh dẫn đầu cả nước" -> "thuộc nhóm tỉnh dẫn đầu cả
    nước")."""
    return _trim(text, folded, start, end, cues, places)[0]


_KIND_END = re.compile(r"[;:]|[,.](?!\d)")


def kind_reached(
    text: str, folded: str, start: int, end: int, clause_end: int, cues: CueWords, places: PhraseMatcher | None
) -> str | None:
    """The label of a becoming whose words run ``start``..``end`` (its cue's end): the kind reached,
    from the word after the last ``becoming_verb`` ("trở thành") to the end of its comma segment
    (before ``clause_end``), without a year or period closing it; the subject, the aim cue and the
    verb go (CONVENTIONS, session 44). None when no such verb stands there.
    Example: "Tây Hòa phấn đấu đến năm 2030 trở thành tỉnh khá của cả nước" -> "tỉnh khá của cả
    nước"; "Xây dựng xã Phú Lâm trở thành phường trước năm 2030" -> "phường"."""
    verbs = list(cues.becoming_verb.finditer(folded, start, end))
    if not verbs:
        return None
    kind = verbs[-1].end()
    cut = _KIND_END.search(text, kind, clause_end)
    stop = cut.start() if cut else clause_end
    a, b = _trim(text, folded, kind, stop, cues, places, leads=False)
    label = re.sub(r"\s+", " ", text[a:b]).strip(" ,;:.")
    return label or None


def _after_other_number(folded: str, start: int, end: int, cues: CueWords) -> int | None:
    """Where the label may start when another number stands before this one in the segment:
    after the "và" that follows it ("xây dựng 3 khu ... và đào tạo 1.200 lao động" -> "đào
    tạo"); None when no "và" follows it (the words belong to that other number). A year or a
    period is no such number ("năm 2022 chuyển đổi 1.035 ha" -> "chuyển đổi"), nor a span of
    time ("sau 10 năm sẽ đưa ... lên gấp đôi": ``duration_noun``), nor the list
    marker that opens the segment ("(1) Tốc độ tăng trưởng ... đạt từ 9%")."""
    marker = _LEADING_MARKER.match(folded, start, end)
    start = marker.end() if marker else start
    dated = [
        (s, e) for s, e, _, _ in dates.find_years(folded, cues, start, end) + dates.find_periods(folded, start, end)
    ]
    dated += [m.span() for m in cues.duration.finditer(folded, start, end)]  # "sau 5 năm": a span of time
    digits = [
        m.end() for m in re.finditer(r"\d", folded[start:end]) if not any(s <= start + m.start() < e for s, e in dated)
    ]
    if not digits:
        return start
    joined = [m.end() for m in cues.label_join.finditer(folded[start + digits[-1] : end])]
    return start + digits[-1] + joined[-1] if joined else None


_KEPT_REACH = 40  # characters: a kept phrase may run on past the words searched for a stop


def _first_stop(folded: str, start: int, end: int, cues: CueWords) -> re.Match | None:
    """The first ``label_stop`` word in ``folded[start:end]`` that is no part of a kept phrase
    (``label_kept_phrase``): "40% hợp tác xã tham gia vào chuỗi liên kết ..." runs on past
    "vào", "... tham gia vào chuỗi liên kết vào năm 2030" stops at the second "vào"."""
    kept = [m.span() for m in cues.label_kept.finditer(folded, start, min(len(folded), end + _KEPT_REACH))]
    for m in cues.label_stop.finditer(folded, start, end):
        word = m.end() - len(m.group().lstrip())
        if not any(s <= word < e for s, e in kept):
            return m
    return None


def _after_unit(text: str, folded: str, q: Quantity, seg_end: int, cues: CueWords) -> Span:
    """The words right after a counted noun or measure ("ha rừng tập trung" -> "rừng tập
    trung"), up to punctuation, a connective or twelve words; empty for rates and money."""
    m = _AFTER.match(folded, q.end, seg_end)
    if not m:
        return q.end, q.end
    stop = _first_stop(folded, q.end, m.end(), cues)
    end = stop.start() if stop else m.end()
    return q.end + (len(text[q.end : end]) - len(text[q.end : end].lstrip())), end


def _unit_noun(text: str, folded: str, q: Quantity, cues: CueWords) -> Span:
    """The unit words of a counted quantity ("5,5 triệu lượt khách" -> "lượt khách")."""
    m = cues.number_lead.match(folded, q.start, q.end)
    return (m.end() if m else q.start), q.end


def _counted_parts(text: str, folded: str, q: Quantity, seg_end: int, cues: CueWords) -> list[Span]:
    """For a count or a measure, the unit's noun and the words after it ("6.500 ha rừng tập
    trung" -> "rừng tập trung"); nothing for rates and money."""
    if q.unit not in ("count", "other"):
        return []
    parts = [_unit_noun(text, folded, q, cues)] if q.unit == "count" else []
    after = _after_unit(text, folded, q, seg_end, cues)
    tail = cues.label_tail.search(folded, *after)
    after = (after[0], _tail_start(text, folded, tail, cues) if tail and tail.end() == after[1] else after[1])
    return parts + ([after] if after[1] > after[0] else [])


def _named_before(text: str, before: Span, noun: Span) -> bool:
    """Whether the words before a figure already name its unit's noun, or the noun's head before
    a "/" ("Số hợp tác xã đạt 240 hợp tác xã"; "số tiêu chí bình quân đạt 17 tiêu chí/xã"):
    that noun is not appended to the label again."""
    head = text[noun[0] : noun[1]].split("/")[0].lower().split()
    words = text[before[0] : before[1]].lower().split()
    return bool(head) and any(words[i : i + len(head)] == head for i in range(len(words)))


def _share_of(text: str, folded: str, q: Quantity, end: int, cues: CueWords) -> Span:
    """The words a share written first counts, commas between them allowed ("100% phường, xã
    đạt cơ sở vững mạnh" -> "phường, xã đạt cơ sở vững mạnh"), up to a connective or twelve
    words, without the tail cue words that end them after a comma ("100% kênh mương được kiên
    cố, ít nhất 60% ..." -> "kênh mương được kiên cố": the comparator is the next figure's) or
    that are all of them ("98% trở lên" names nothing)."""
    m = _SHARE_OF.match(folded, q.end, end)
    if not m:
        return q.end, q.end
    stop = _first_stop(folded, q.end, m.end(), cues)
    words = folded[q.end : m.end()]
    start, stop_at = q.end + len(words) - len(words.lstrip()), stop.start() if stop else m.end()
    tail = cues.label_tail.search(folded, start, stop_at)
    if not tail or tail.end() != stop_at or not (tail.start() == start or "," in tail.group()):
        return start, stop_at  # "90% chi bộ hoàn thành tốt nhiệm vụ trở lên": the grade's own words
    return start, _tail_start(text, folded, tail, cues)


def _share_of_count(folded: str, q: Quantity, share_end: int | None, cues: CueWords) -> bool:
    """Whether a share is followed by the words of what it counts ("toàn tỉnh có 40 - 50% số
    thôn, bản ...": a ``counted_gap`` word right after it): those words are its label, and the
    words before it name who aims, not what is counted."""
    if q.unit != "percent" or share_end is None:
        return False
    m = cues.counted_gap.match(folded, q.end, share_end)
    return bool(m and folded[q.end : m.end()].strip())


def _action_reach(folded: str, start: int, q: Quantity, share_end: int | None, cues: CueWords) -> bool:
    """Whether a share follows the words of an action (``action_lead``: "triển khai ... đến 100%
    các sở, ngành"): the action names no countable thing, what it reaches (after the share) is."""
    return q.unit == "percent" and share_end is not None and bool(cues.action_lead.match(folded, start))


def _verb_only(folded: str, before: Span, q: Quantity, cues: CueWords) -> bool:
    """Whether the words before a share are a verb alone whose object the share's words name
    (``share_verb``: "đóng góp 12% giá trị sản xuất", "cắt giảm 25% thời gian xử lý hồ sơ"): the
    label is the verb and the words after the share."""
    return q.unit == "percent" and bool(cues.share_verb.fullmatch(folded, *before))


def _whole_share(folded: str, q: Quantity, segment: Span, cues: CueWords) -> bool:
    """Whether ``q`` is the whole of the words after it ("đến năm 2030, tất cả xã ...":
    ``whole_share``): those words name it, never the subject and cue before the year."""
    reach = max(0, min(segment[0], q.start - _WHOLE_REACH))  # the year may close the segment before
    return any(m.start("w") == q.start for m in cues.whole_share.finditer(folded, reach, segment[1]))


_WHOLE_REACH = 12  # characters: "2025, " before the whole


def _without_aspect(label: str, cues: CueWords) -> str:
    """``label`` without a tense or aspect word that opens it (``label_aspect``: "đã", "sẽ"),
    when the words after it still name a label: "sẽ đón khách quốc tế" -> "đón khách quốc tế";
    "sẽ xã" stays (one word would name nothing). Matched with its tones: "đa dạng" is no "đã"."""
    m = cues.label_aspect.match(label.lower())
    rest = label[m.end() :] if m else label
    return rest if len(rest.split()) >= _MIN_WORDS else label


_ITEM_END = re.compile(r"[,;]\s|[.!?]\s|\n")


def _thing_before(
    text: str, folded: str, label_start: int, cues: CueWords, places: PhraseMatcher | None = None
) -> str | None:
    """The thing named by the item before the one ``label_start`` is in, in the same sentence, before that
    item's own figure: a crop before a colon ("cà phê: chăm sóc 300 ha" -> "cà phê"), else its
    words without cue words, a list lead ("bao gồm") and a measure noun or its qualifiers at
    either edge ("diện tích canh tác rau toàn tỉnh đạt 30.000 ha" -> "rau toàn tỉnh"); None
    when the label's item follows no comma or the item before names no thing before a figure."""
    comma = text.rfind(", ", 0, label_start)
    if comma < 0 or re.search(r"[\d.;:!?\n]", text[comma + 1 : label_start]):
        return None
    item_end = comma
    ends = [m.end() for m in _ITEM_END.finditer(text, 0, item_end)]
    item_start = ends[-1] if ends else 0
    digit = re.search(r"\d", text[item_start:item_end])
    if digit is None:
        return None
    named_end = item_start + digit.start()
    colon = text.rfind(":", item_start, named_end)
    start, end = _trim(text, folded, item_start, colon if colon >= 0 else named_end, cues, places)
    thing = re.sub(r"\s+", " ", text[start:end]).strip(" ,;:")
    lead = cues.thing_lead.match(thing.lower())
    thing = thing[lead.end() :] if lead else thing
    thing = _strip_edges(thing, cues)
    if not thing or re.search(r"\d", thing) or len(thing.split()) > _MAX_THING:
        return None
    return thing


_MAX_THING = 6  # words: a crop's name, not a clause


def _strip_edges(thing: str, cues: CueWords) -> str:
    """``thing`` without measure nouns or qualifiers at its edges, as written ("năng suất chè
    búp tươi bình quân" -> "chè búp tươi")."""
    lowered = thing.lower()
    out = thing
    for m in reversed(list(cues.measure_edge.finditer(lowered))):
        out = out[: m.start()] + out[m.end() :]
    return out.strip(" ,;:")


def _with_thing(
    label: str, text: str, folded: str, label_start: int, cues: CueWords, places: PhraseMatcher | None = None
) -> str:
    """``label`` with the thing it measures when it is a bare measure noun (``label_measure_noun``:
    "sản lượng") and the item before it in the sentence names that thing before its own figure:
    "ngô lai 4.500 ha, phấn đấu đạt sản lượng 26 nghìn tấn" -> "sản lượng ngô lai"."""
    if label.lower() not in cues.measure_nouns:
        return label
    thing = _thing_before(text, folded, label_start, cues, places)
    return f"{label} {thing}" if thing else label


def _cut_off(text: str, end: int) -> bool:
    """Whether a label runs into the end of a page cut mid-word ("phấn đấu 95% số t"): its last
    word is a fragment."""
    rest = text.rstrip()
    return end >= len(rest) and rest[-1:].isalnum()


def _joined_figure(folded: str, start: int, cue_start: int, q: Quantity, share_end: int | None, cues: CueWords) -> bool:
    """Whether the words before a share or count end with the join word right before it ("80%
    người dân dùng dịch vụ số và trên 50% hộ kinh doanh", "2 khu ... trở lên và 4 cụm công
    nghiệp"): they name the figure before; this one is named by what it counts, written after it."""
    if not (q.unit == "count" or (q.unit == "percent" and share_end is not None)):
        return False
    return any(m.end() == cue_start for m in cues.label_join.finditer(folded, start, cue_start))


def uncoded_label(
    text: str,
    segment: Span,
    cue_start: int,
    q: Quantity,
    cues: CueWords,
    share_end: int | None = None,
    places: PhraseMatcher | None = None,
) -> tuple[str, Span] | None:
    """The label of the uncoded target stated by ``q`` in ``segment`` and the span it covers
    (label and number), or None when the words do not name a countable thing.

    ``cue_start`` is where the comparator cue before the number starts (else ``q.start``). A
    share with no words before it is labelled by the words after it, up to ``share_end`` (the
    clause's end) when given. A province name (``places``) that opens the words is the subject
    that aims, trimmed.
    Example: "Sản lượng lương thực đạt 580 nghìn tấn" -> "Sản lượng lương thực".
    """
    folded = fold(text)
    start = _after_other_number(folded, segment[0], cue_start, cues)
    if start is None:
        return None
    before = _label(text, folded, segment, start, cue_start, q, cues, share_end, places, joined=False)
    if before is not None and _joined_figure(folded, start, cue_start, q, share_end, cues):
        # what the figure counts, else (a noun that names no target alone: "6 đơn vị ...") as before;
        # a join only renames a row: "giao chỉ tiêu cho 16 sở, ngành và 45 xã, phường" stays none
        found = _label(text, folded, segment, start, cue_start, q, cues, share_end, places, joined=True)
        if found is not None:
            return found
    return before


def _label(
    text: str,
    folded: str,
    segment: Span,
    start: int,
    cue_start: int,
    q: Quantity,
    cues: CueWords,
    share_end: int | None,
    places: PhraseMatcher | None,
    *,
    joined: bool,
) -> tuple[str, Span] | None:
    """``uncoded_label`` from ``start`` (past any other number of ``segment``), the words
    before the figure left out when ``joined``."""
    counted = _counted_parts(text, folded, q, segment[1], cues)
    start, end = _trim(text, folded, start, cue_start, cues, places, change_verb=not counted)
    start = _past_raise_verb(text, start, end, q.start, cues)
    named_before = end > start and not joined and not _share_of_count(folded, q, share_end, cues)
    parts = [(start, end)] if named_before else []
    if _whole_share(folded, q, segment, cues):
        parts = []  # "tỉnh đặt chỉ tiêu đến năm 2025 tất cả lượng chất thải ...": the whole names what follows
    if parts and _action_reach(folded, start, q, share_end, cues):
        parts = []  # "Triển khai hệ thống báo cáo đến 100% các sở, ngành": the share names what is reached
    if parts and q.unit == "count" and counted and _named_before(text, parts[0], counted[0]):
        counted = counted[1:]  # "số hộ nghèo còn 16.000 hộ": the words before name the unit's noun
    parts += counted
    if parts and _verb_only(folded, parts[0], q, cues):
        parts.append(
            _share_of(text, folded, q, segment[1] if share_end is None else share_end, cues)
        )  # "đóng góp 12% giá trị sản xuất"
    share = q.unit == "percent" and not parts and share_end is not None
    if share_end is not None and share:  # "100% phường, xã đạt ..."; "90% tổ chức cơ sở đảng" names no verb
        parts.append(_share_of(text, folded, q, share_end, cues))
    words = " ".join(text[a:b].strip() for a, b in parts if b > a)
    label = _without_aspect(re.sub(r"\s+", " ", words).strip(" ,;:"), cues)
    label = _with_thing(label, text, folded, parts[0][0] if parts else q.start, cues, places)
    if len(label.split()) < _MIN_WORDS or (not share and cues.not_label.match(fold_short(label))):
        return None
    first = parts[0][0] if parts else q.start
    last = max([q.end] + [b for _, b in parts])
    if share and _cut_off(text, last):
        # the page ends inside the last word: the words before it name the share ("100% hộ gia đình
        # dùng nước sạch hợp vệ si"), a fragment after a counted-gap word alone names nothing ("90% số t")
        label = label.rsplit(" ", 1)[0].rstrip(" ,;:")
        stops = [m for m in cues.label_stop.finditer(fold(label)) if m.end() == len(label)]
        label = label[: stops[0].start()] if stops else label  # "... tham gia vào cá": no bare "vào"
        if len(label.split()) < _MIN_WORDS:
            return None
    return label, (min(first, cue_start), last)
