"""The extractor's small vocabulary of connective words, read from ``indicator_cues.csv``.

Each row is a cue and its role (see raw/curation/README.md): ``filler`` words between a
comparator and its number ("ở mức trên 50%"), ``complement`` joiners ("đóng góp của TFP vào
tăng trưởng"), ``restated`` values ("..., tương đương 5.300 USD"), the parts of an elliptical
next-year target (``next_year_join``, ``next_year_lead``, ``next_year_edge``, ``next_year_noun``:
"..., và đến cuối năm 2030 ..."), ``counted_gap`` words ("50% số xã ..."), ``plain_list_lead``
("như sau:"), ``forecast`` cues ("dự kiến"), ``not_target`` phrases that contain a target
cue but narrate ("nhờ sự nỗ lực của ..."), ``breakdown_lead`` words ("trong đó"), the words
trimmed from or ruling out an uncoded target's label (``label_lead``, ``label_tail``,
``not_label``), and the words that open an objective list's content (``list_elaborate``:
"Trong đó, ...", ``list_lead_in``: "..., đó là: ...", ``list_then``: "... đến năm 2025 là ...").

Cues are written in lower case with their tone marks; they are compiled folded (``fold``), so
case, tone placement and dash variants do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import alternation
from pipelines.text.matcher import PhraseMatcher
from pipelines.text.memo import per_table
from pipelines.text.written import as_written
from pipelines.text.years import YEAR

TABLE = "indicator_cues.csv"
_COUNT = r"(?<![\w.,/])\d{1,3}(?:\s*/\s*\d{1,3})?"  # "25", "25/28": a count of targets
_GENITIVE_CHARS = 40  # the owner named in a cue's genitive: "của tỉnh Nam Sơn", "của Đề án"
_YARDSTICK_WORDS = 10  # words naming a plan between a benchmark verb and the verb that set it
_PURPOSE_GAP = 5  # words between a purpose word and the objective cue it aims at: "để thực hiện thắng lợi"


def _alts(words: list[str]) -> str:
    """A regex alternation of folded words, longest first, spaces flexible (never-matching when empty)."""
    return alternation(words) if words else r"(?!)"


@dataclass(frozen=True)
class CueWords:
    """Compiled connective cues; every regex runs on folded text."""

    filler: re.Pattern
    complement: re.Pattern
    restated: re.Pattern
    growth_after: re.Pattern
    plan_compare: re.Pattern
    level_growth: re.Pattern  # ", tăng bình quân": the growth of the level just stated (indicators/level_growth.py)
    next_year: re.Pattern
    year_follows: re.Pattern
    counted_gap: re.Pattern
    recognition: re.Pattern  # "được Chủ tịch UBND tỉnh công nhận" between a count's noun and its standard
    counted_subject: re.Pattern  # "hộ nghèo" right after a percent: the subject the share counts
    plain_list_lead: re.Pattern
    forecast: PhraseMatcher
    review_lead: PhraseMatcher
    label_lead: re.Pattern
    label_tail: re.Pattern
    label_tail_word: re.Pattern  # one curated tail word, whole: checked for its tones
    label_tail_table: pd.DataFrame  # the curated tail words as written ("từ", not "tư")
    label_change: re.Pattern  # "tăng", "giảm" ending the words before a figure: dropped from its label
    label_change_table: pd.DataFrame  # the change verbs as written ("tăng", not "tặng")
    label_growth_noun: re.Pattern  # "tốc độ tăng" ending a label: a growth's own noun, kept whole
    label_aspect: re.Pattern  # "sẽ ", "đã " opening a label, matched on the label lower-cased, tones and all
    measure_nouns: frozenset[str]  # "sản lượng", "năng suất": a label of these words alone names no thing
    measure_edge: re.Pattern  # a measure noun or its qualifier at a thing's edge: "diện tích canh tác", "bình quân"
    thing_lead: re.Pattern  # "bao gồm" opening the item that names a thing
    label_raise: re.Pattern  # "đưa", "nâng" raising what a label names, matched lower-cased, tones and all
    label_raise_end: re.Pattern  # "lên", "đạt" between what is raised and its level
    label_purpose: re.Pattern  # "để " right before a raise verb: the action before it is what the raise is for
    label_not_raise: re.Pattern  # "nâng cấp": an upkeep verb that starts like a raise verb
    not_label: re.Pattern
    action_lead: re.Pattern
    share_verb: re.Pattern  # "đóng góp 60% GRDP": a verb whose object is written after the share
    baseline: re.Pattern
    baseline_phrase: re.Pattern
    qualifier: re.Pattern
    direction_verb: re.Pattern  # "rà soát 17 xã": a count right after these words is the plan's scope
    allocation: re.Pattern
    preamble: re.Pattern
    caption_lead: re.Pattern
    benchmark_lead: re.Pattern
    yardstick: re.Pattern  # "vượt mức ": a benchmark verb and the words of a plan's name before a target cue
    yardstick_close: re.Pattern  # "HĐND tỉnh giao": the rest of the name and the verb of setting that closes it
    purpose_lead: re.Pattern
    served_aim: re.Pattern
    served_aim_named: re.Pattern  # "mục tiêu" after a served_aim cue: the aim named, with its year
    effort_lead: re.Pattern
    whole_share: re.Pattern  # "đến năm 2030, tất cả ...": the whole after a year (group "w")
    whole_share_void: re.Pattern  # "Để đạt ... năm 2025, tất cả các cấp ...": a purpose's actors
    partial_year: re.Pattern
    title_noun: re.Pattern  # "Chiến lược", "Tầm nhìn" capitalised in a sentence: a title (indicators/years.py)
    elapsed_part: re.Pattern
    prediction: re.Pattern  # "dự báo": a forecast, never an aim
    current_will: re.Pattern  # "sẽ có" after a deadline of now: an estimate
    not_target: PhraseMatcher
    not_subject: PhraseMatcher
    lower_place: PhraseMatcher  # "xã", "đơn vị cấp huyện": a lower unit that may hold a checkable state
    own_place: re.Pattern  # "tỉnh": the province itself
    none_left: re.Pattern  # "không còn xã nào có dưới ": an end state of lower units below a bar
    breakdown_lead: re.Pattern
    part_lead: re.Pattern
    part_share: re.Pattern  # "chiếm": a part's own share or measure, still a part
    list_elaborate: re.Pattern
    list_lead_in: re.Pattern
    list_then: re.Pattern
    list_genitive: re.Pattern  # "của tỉnh là " right after an objective cue's year: the cue's own genitive
    item_scope: re.Pattern  # "Đối với giáo dục phổ thông, ...": a scope opening a list item
    list_aim_is: re.Pattern  # "..., của Kế hoạch là " after a general objective cue: its content follows
    list_such_as: re.Pattern  # "như" right before a ':' (folded): "các giải pháp ... cụ thể như:"
    list_done: re.Pattern  # "đã triển khai " right before a plan noun (lower-cased, as written): work done
    list_copula: re.Pattern  # "là", "gồm" right before an objective cue: "Cùng với đó là nhóm giải pháp ..."
    title_about: re.Pattern  # "về những " right before an objective cue: the cue is in a title
    list_purpose: re.Pattern  # "để hoàn thành " opening an objective cue's clause (lower-cased, tones and all)
    cue_purpose: re.Pattern  # "... dồn sức để hoàn thành " right before an objective cue, anywhere in its clause
    year_after: re.Pattern
    day_noun: str  # a regex group: "ngày"
    long_date: re.Pattern
    year: re.Pattern
    vision: re.Pattern
    range_join: str  # a regex group: "đến", "tới" (besides "-")
    number_lead: re.Pattern
    label_stop: re.Pattern
    label_kept: re.Pattern  # "tham gia vào", "nhỏ và vừa": a phrase whose stop word ends no label
    label_join: re.Pattern
    bracketed_figure: re.Pattern
    figure_after_comma: re.Pattern  # ", từ 10-11%" after value words: the figure they herald
    change_lead: re.Pattern
    reduction_verb: re.Pattern  # "giảm": a rate's part stated as its own reduction
    change_to: re.Pattern
    change_from: re.Pattern
    year_before_change: re.Pattern  # "2020 lên", "2021) xuống": a year right before a change_to word
    cited_change: re.Pattern  # a cited text between a level left behind and ``change_to``
    aim_join: re.Pattern
    year_handover: re.Pattern  # "... và giai đoạn " / "..., và đến năm ": a later year opens the next figure
    year_opener: re.Pattern  # what may stand before a year that opens its comma segment: "và đến năm "
    deadline_opener: re.Pattern  # a deadline year opening a sentence: "Đến năm 2030, ...", "Đến hết năm 2030 ..."
    coordinate_join: re.Pattern  # the word joining coordinated figures: "trên 50% và 60%"
    noun_join: re.Pattern  # " và cận nghèo": the join going on to another noun, no figure between
    respectively: re.Pattern  # "tương ứng", "lần lượt": figures handed out in order to items
    respective_sep: re.Pattern  # between the figures of such a list: ", ", "; ", " - ", " và "
    respective_sep_nodash: re.Pattern  # the same without " - " (a dash may join a range's ends)
    national: re.Pattern
    national_rank: re.Pattern
    national_author: re.Pattern  # "Chiến lược quốc gia ... đặt mục tiêu": the country's aims
    national_aim: re.Pattern
    local_scope: re.Pattern
    not_result: PhraseMatcher
    period_deadline: re.Pattern
    aim_bound: re.Pattern
    fact: re.Pattern
    group_rank: re.Pattern
    rank_aim: re.Pattern  # "thuộc nhóm 20 địa phương dẫn đầu", "vào nhóm 20 cả nước": a standing in a group
    yearly_rate: re.Pattern
    measured_lead: re.Pattern
    difference_lead: re.Pattern
    difference_base: re.Pattern
    standing: re.Pattern
    becoming: re.Pattern  # "trở thành tỉnh công nghiệp": a kind of province aimed at, a vision's too
    becoming_verb: re.Pattern  # "trở thành": goes with the subject, the label names the kind reached
    # "Tầm nhìn đến năm 2050, Hậu Giang là tỉnh ...": a vision's or aim's becoming written with "là"
    vision_is: re.Pattern
    vision_is_reading: str  # "trở thành": the words the "là" form reads as, to code it
    section_lead: re.Pattern
    list_ordinal: re.Pattern
    standing_compare: re.Pattern
    relative_year: re.Pattern
    met_count: re.Pattern
    review_opener: re.Pattern
    review_verb: PhraseMatcher
    bracket_plan: re.Pattern
    slash_plan: re.Pattern  # "/kế hoạch": a figure's plan written after a slash ("ước đạt 8,2%/kế hoạch 7,5%")
    plan_before: re.Pattern
    plan_word: re.Pattern  # a plan word standing alone (``bracket_plan`` cues): "Theo kế hoạch năm 2024, ..."
    over_plan: re.Pattern  # "15.072 ha/": a result written over the figure after its slash
    over_plan_tail: re.Pattern  # " ha (bằng 97,2% kế hoạch": the plan word after that figure
    aim_figure: re.Pattern  # "mục tiêu trên ", "kịch bản cao nhất là ": a figure follows the aim's noun
    aim_year_figure: re.Pattern  # "chỉ tiêu cụ thể: năm 2026: ": the first year's figure of a listed aim
    plan_figure: re.Pattern
    past_lead: re.Pattern
    past_word: re.Pattern
    present_time: re.Pattern
    statistics_source: re.Pattern  # "Theo số liệu thống kê, ...": the figures after it are counted results
    past_consequence: re.Pattern
    plan_share: re.Pattern
    target_base: re.Pattern
    plan_estimate: re.Pattern
    named_period: re.Pattern
    body_term: re.Pattern
    joint_horizon: re.Pattern
    standing_held: re.Pattern
    nominal: re.Pattern
    duration: re.Pattern
    bare_rate_verb: re.Pattern
    year_estimate: re.Pattern
    reviewed_year: re.Pattern  # "tình hình ... năm 2023 và phương hướng, nhiệm vụ năm 2024"
    month_status: re.Pattern  # "đến tháng 7/2022", "9 tháng đầu năm 2025": a status at a month of a year
    year_part: re.Pattern
    whole_year: re.Pattern
    standard_period: re.Pattern
    sum_period: re.Pattern
    sum_period_lead: re.Pattern  # "trong" before a framing period: "Trong giai đoạn 2021 - 2025, ..."
    period_edge: re.Pattern  # "cuối ", "hết " right before a period word: the period's end, no span
    dated_base: re.Pattern
    prior_base: re.Pattern
    base_ratio: re.Pattern  # "(bằng 108% so với năm 2024)": a figure's ratio to an earlier year's
    period_average: re.Pattern
    year_role: re.Pattern  # "Năm 2026 là năm ...": a year declared as the year the text speaks of


def _build(words: dict[str, list[str]]) -> CueWords:
    w = {k: _alts(v) for k, v in words.items()}
    g = lambda role: w.get(role, r"(?!)")  # noqa: E731
    whole = lambda role: re.compile(rf"(?<!\w)(?:{g(role)})(?!\w)")  # noqa: E731  (whole words)
    joined = rf"\s+(?:{g('coordinate_join')})\s+"  # " và " between coordinated figures
    # the words between a join and a later year: "(và) đến hết năm ", "(và) giai đoạn "
    year_words = "".join(rf"(?:(?:{g(k)})\s+)?" for k in ("next_year_lead", "next_year_edge", "next_year_noun"))
    return CueWords(
        filler=re.compile(rf"(?:\s|\b(?:{g('filler')})\b)*$"),
        complement=re.compile(rf"^\s*(?:\([^)]{{1,20}}\)\s*)?(?:{g('complement')})\s*$"),
        restated=re.compile(rf"\s*[,(]?\s*(?:{g('restated')})\s*"),
        growth_after=re.compile(rf"\s*[,(]\s*(?:{g('growth_after')})\s*"),
        plan_compare=re.compile(rf"\s*(?:{g('plan_compare')})(?!\w)"),
        level_growth=re.compile(
            rf"(?:\s+[^\W\d_]+){{0,6}}\s*[,(]\s*(?:{g('growth_after')})(?:\s+(?:{g('growth_after_tail')}))*\s*"
        ),
        next_year=re.compile(
            rf"\s*[,;]?\s*(?:(?:{g('next_year_join')})\s+)?(?:(?:{g('next_year_lead')})\s+)?"
            rf"(?:(?:{g('next_year_edge')})\s+)?(?:{g('next_year_noun')})\s+{YEAR}(?:\s*-\s*{YEAR})?"
            rf"\s*[,:]?\s*(?:\w+\s*){{0,4}}?"
        ),
        year_follows=re.compile(
            rf"\s*(?:(?:{g('next_year_lead')})\s+)?(?:(?:{g('next_year_edge')})\s+)?(?:{g('next_year_noun')})\s+{YEAR}"
        ),
        counted_gap=re.compile(rf"\s*(?:(?:{g('counted_gap')})\s+)?"),
        recognition=re.compile(
            rf"\s+(?:{g('recognition_open')})\s+(?:[^\W\d_]+\s+){{0,6}}?(?:{g('recognition_close')})(?=\s)"
        ),
        counted_subject=re.compile(rf"\s*(?:{g('counted_subject')})(?!\w)"),
        plain_list_lead=re.compile(rf"(?:{g('plain_list_lead')})\s*:\s*$"),
        forecast=PhraseMatcher((c, "forecast") for c in words.get("forecast", [])),
        review_lead=PhraseMatcher((c, "review_lead") for c in words.get("review_lead", [])),
        label_lead=re.compile(rf"(?:(?:{g('label_lead')})(?!\w)|[\s,;:.\-–+•*]+)+"),
        label_tail=re.compile(rf"(?:(?<!\w)(?:{g('label_tail')})|[\s,;:.\-–(]+)+$"),
        label_tail_word=whole("label_tail"),
        label_tail_table=pd.DataFrame({"cue": words.get("label_tail", [])}),
        label_change=re.compile(rf"(?<!\w)(?P<v>{g('change_verb')})[\s,]*$"),
        label_change_table=pd.DataFrame({"cue": words.get("change_verb", [])}),
        label_growth_noun=re.compile(rf"(?<!\w)(?:{g('growth_after')})[\s,]*$"),
        label_aspect=re.compile(rf"{as_written(words.get('label_aspect', []))}\s+"),
        measure_nouns=frozenset(w.lower() for w in words.get("label_measure_noun", [])),
        measure_edge=re.compile(
            rf"^(?:{as_written(words.get('label_measure_noun', []) + words.get('label_measure_qualifier', []))}(?:\s+|$))+"
            rf"|(?:\s+{as_written(words.get('label_measure_qualifier', []))})+$"
        ),
        thing_lead=re.compile(rf"^{as_written(words.get('label_thing_lead', []))}\s+"),
        label_raise=re.compile(rf"(?<!\w){as_written(words.get('label_raise', []))}(?=\s)"),
        label_raise_end=re.compile(rf"(?<!\w){as_written(words.get('label_raise_end', []))}(?!\w)"),
        label_purpose=re.compile(rf"(?<!\w){as_written(words.get('label_purpose', []))}\s+$"),
        label_not_raise=re.compile(rf"{as_written(words.get('upkeep_verb', []))}(?!\w)"),
        not_label=re.compile(rf"^(?:{g('not_label')})(?!\w)"),
        action_lead=re.compile(rf"(?:{g('action_lead')})(?!\w)"),
        share_verb=re.compile(rf"(?:{g('share_verb')})"),
        qualifier=re.compile(rf"(?<!\w)(?:{g('qualifier')})\s+$"),
        direction_verb=re.compile(rf"(?<!\w)(?:{g('direction_verb')})\s+$"),
        allocation=whole("allocation"),
        baseline=re.compile(rf"(?<!\w)(?:{g('baseline')})\s+(?:(?:{g('baseline_edge')})\s+)?$"),
        baseline_phrase=re.compile(
            rf"\s*(?:{g('baseline')})\s+(?:(?:{g('baseline_edge')})\s+)?(?:(?:{g('year_noun')})\s+)?{YEAR}(?!\d)"
        ),
        preamble=re.compile(rf"\s*(?:{g('preamble')})(?!\w)"),
        caption_lead=re.compile(rf"\s*(?:{g('caption_lead')})(?!\w)"),
        benchmark_lead=re.compile(rf"(?<!\w)(?:{g('benchmark_lead')})\s+(?:(?:{g('benchmark_gap')})\s+)?$"),
        # a benchmark verb, then the plan's name (words only: no figure, no punctuation) up to the
        # verb of setting that closes it: "vượt mức tăng trưởng theo Nghị quyết HĐND tỉnh đề ra"
        yardstick=re.compile(rf"(?<!\w)(?:{g('benchmark_lead')})(?:\s+[^\W\d_]+){{0,{_YARDSTICK_WORDS}}}\s+$"),
        yardstick_close=re.compile(rf"(?:[^\W\d_]*\s+){{0,{_YARDSTICK_WORDS}}}?(?:{g('yardstick_close')})(?!\w)"),
        purpose_lead=re.compile(rf"(?<!\w)(?:{g('purpose_lead')})\s+$"),
        served_aim=whole("served_aim"),
        # the aim named between a served_aim cue and its value in words, which a year follows in its
        # segment: "góp phần thực hiện mục tiêu tăng trưởng hai con số trong năm 2026"
        served_aim_named=re.compile(rf"(?<!\w)(?:{g('served_aim_named')})(?!\w)"),
        # the year and the verb of the aim may stand between: "để tăng trưởng năm 2026 đạt hai con số"
        whole_share=re.compile(rf"(?<!\d){YEAR}\s*,?\s+(?P<w>(?:{g('whole_share')}))\s+(?=[^\W\d])"),
        whole_share_void=whole("whole_share_void"),
        effort_lead=re.compile(
            rf"(?<!\w)(?:{g('effort_lead')})(?:\s+(?:{g('year_noun')})\s+{YEAR})?(?:\s+(?:{g('met_verb')}))?\s+$"
        ),
        partial_year=whole("partial_year"),
        title_noun=whole("title_noun"),
        year_role=re.compile(rf"(?<![\d/.,])(?P<y>{YEAR})\s*,?\s+(?:{g('year_role')})(?!\w)"),
        elapsed_part=whole("elapsed_part"),
        prediction=whole("prediction"),
        current_will=whole("current_will"),
        not_target=PhraseMatcher((c, "not_target") for c in words.get("not_target", [])),
        not_subject=PhraseMatcher((c, "not_subject") for c in words.get("not_subject", [])),
        lower_place=PhraseMatcher((c, "lower_place") for c in words.get("lower_place", [])),
        own_place=whole("own_place"),
        none_left=re.compile(
            rf"(?<!\w)(?:{g('none_left')})\s+(?:{g('lower_place')})(?:\s+[^\W\d]+){{0,2}}?"
            rf"\s+(?:{g('none_left_bound')})\s+(?=\d)"
        ),
        breakdown_lead=re.compile(rf"[\s,]*(?:{g('breakdown_lead')})(?!\w)"),
        part_lead=re.compile(rf"(?<!\w)(?:{g('part_lead')})(?!\w)"),
        part_share=whole("part_share"),
        list_elaborate=re.compile(rf"^(?:{g('list_elaborate')})\b[,:]?\s*(?:(?:{g('list_elaborate_tail')})\s+)?"),
        list_lead_in=re.compile(rf"^\s*(?:[^;:,.]{{0,25}}?\s)?(?:(?:{g('list_lead_in')})\b[:,]?\s*)+|^\s*"),
        day_noun=g("day_noun"),
        long_date=re.compile(
            rf"(?:{g('day_noun')})\s*(\d{{1,2}})\s+(?:{g('month_noun')})\s*(\d{{1,2}})\s+(?:{g('year_noun')})\s*(\d{{4}})"
        ),
        year=re.compile(
            rf"(?:(?P<cue>{g('year_lead')})\s+)?(?:{g('year_noun')})\s+(?:(?:{g('year_gap')})\s+)?"
            rf"(?P<y>{YEAR})(?!\s*-\s*\d)"
            # a lead word alone before a year: "Đến 2030, ...", "trước 2030" (never a value: "đến 2025 tỷ")
            rf"|(?<!\w)(?P<cue2>{g('year_lead')})\s+(?P<y2>20[1-9]\d)(?![\d.,]*\d)(?!\s*(?:-\s*\d|%|(?:{g('magnitude')})(?!\w)))"
        ),
        # the lead word may be left out: "tầm nhìn 2030", "tầm nhìn năm 2045"
        vision=re.compile(rf"(?:{g('vision')})\s+(?:(?:{g('vision_lead')})\s+)?(?:(?:{g('year_noun')})\s+)?({YEAR})"),
        range_join=g("range_join"),
        number_lead=re.compile(
            rf"[\d.,]+(?:\s*/\s*\d+)?(?:\s*(?:-|{g('range_join')})\s*[\d.,]+)?\s*(?:(?:{g('magnitude')})\s+)?"
        ),
        label_stop=re.compile(rf"\s+(?:{g('label_stop')})(?!\w)"),
        label_kept=whole("label_kept_phrase"),
        label_join=re.compile(rf"\s(?:{g('label_join')})\s"),
        bracketed_figure=re.compile(rf"\s*\(\s*(?:(?:{g('range_from')})\s+)?\d"),
        figure_after_comma=re.compile(rf"\s*,\s*(?:(?:{g('range_from')})\s+)?(?=\d)"),
        change_lead=re.compile(rf"\s*(?:{g('change_verb')})?\s*"),
        reduction_verb=re.compile(rf"(?<!\w)(?:{g('reduction_verb')})(?!\w)"),
        change_from=re.compile(rf"(?<!\w)(?:{g('range_from')})\s*$"),
        # the start value's year may stand before the word: "từ 45% (năm 2020) lên", "từ 41% cuối 2021
        # xuống", "từ 41% vào cuối năm 2021 xuống" (group y or y2: the baseline's year)
        change_to=re.compile(
            rf"\s*\(?\s*(?:(?:(?:(?:{g('year_lead')})\s+){{0,2}}(?:{g('year_noun')})\s+(?P<y>{YEAR})"
            rf"|(?:(?:{g('year_lead')})\s+){{1,2}}(?P<y2>{YEAR}))\s*\)?\s*)?(?:{g('change_to')})(?!\w)"
        ),
        year_before_change=re.compile(rf"(?<!\d)(?P<y>{YEAR})\s*\)?\s*(?:{g('change_to')})(?!\w)"),
        cited_change=re.compile(rf"\s*,?\s*(?:{g('cited_in')})(?!\w)[^,;]{{0,60}}?(?=\s(?:{g('change_to')})(?!\w))"),
        year_after=re.compile(rf"^\s*(?:(?:{g('year_noun')})\s+)?\d{{4}}\b\s*,?\s*"),
        list_then=re.compile(rf"(?:(?:{g('list_then')})\b[:,]?\s*)?"),
        list_genitive=re.compile(
            rf"(?:{g('list_genitive')})\s+[^;:,.]{{0,{_GENITIVE_CHARS}}}?\s(?:{g('list_then')})\b[:,]?\s*"
        ),
        item_scope=re.compile(rf"^\s*(?:{g('item_scope')})\b"),
        list_aim_is=re.compile(rf"^\s*(?:[^;:,.]{{0,25}}?\s)?(?:{g('list_aim_is')})\s+"),
        list_such_as=re.compile(rf"(?<!\w)(?:{g('list_such_as')})\s*$"),
        list_done=re.compile(rf"(?<!\w){as_written(words.get('list_done', []))}\s+(?:[^\W\d_]+\s+){{0,2}}$"),
        list_copula=re.compile(rf"(?<!\w)(?:{g('list_lead_in')})\s*$"),
        title_about=re.compile(rf"(?<!\w)(?:{g('title_about')})\s+(?:(?:{g('title_about_gap')})\s+)?$"),
        # a purpose word opening the text before an objective cue (or its last comma segment), a few
        # words between: "Để hoàn thành ", "Năm 2026, để đạt được "; matched lower-cased with its
        # tones ("để", not "Đề án")
        list_purpose=re.compile(
            rf"(?:^|,)\s*{as_written(words.get('list_purpose', []))}\s+(?:[^\W\d_]+\s+){{0,{_PURPOSE_GAP}}}$"
        ),
        # the same purpose word anywhere before the verb that governs the cue, with or without a
        # comma before it: "tỉnh dồn sức để hoàn thành " (CONVENTIONS, Objectives, session 43)
        cue_purpose=re.compile(
            rf"(?<!\w){as_written(words.get('list_purpose', []))}\s+(?:[^\W\d_]+\s+){{0,{_PURPOSE_GAP}}}$"
        ),
        aim_join=re.compile(rf"\s*(?:,\s*(?:(?:{g('next_year_join')})\s+)?|(?:{g('next_year_join')})\s+)"),
        coordinate_join=re.compile(rf"(?:\s+[^\W\d_]+){{0,8}}?\s+(?:{g('coordinate_join')})\s+"),
        noun_join=re.compile(rf"{joined}[^\W\d_]"),
        respectively=whole("respectively"),
        respective_sep=re.compile(rf"\s*(?:,(?=\s)|;|\s-\s)\s*|{joined}"),
        respective_sep_nodash=re.compile(rf"\s*(?:,(?=\s)|;)\s*|{joined}"),
        year_opener=re.compile(rf"\s*(?:(?:{g('next_year_join')})\s+)?{year_words}"),
        deadline_opener=re.compile(
            rf"\s*(?:{g('next_year_lead')})\s+(?:(?:{g('next_year_edge')})\s+)?(?:{g('next_year_noun')})\s+(?P<y>{YEAR})(?![\d.,]*\d|\s*[-–]\s*\d)"
        ),
        year_handover=re.compile(rf"\s*[,;]?\s*(?:{g('next_year_join')})\s+{year_words}"),
        national=whole("national"),
        national_rank=whole("national_rank"),
        national_author=whole("national_author"),
        national_aim=whole("national_aim"),
        local_scope=whole("local_scope"),
        not_result=PhraseMatcher((c, "not_result") for c in words.get("not_result", [])),
        period_deadline=re.compile(rf"(?<!\w)(?:{g('period_deadline')})\s+$"),
        # "vượt mục tiêu", and a slash right before the plan's words: "dự kiến đạt 19%/chỉ tiêu 14%"
        measured_lead=re.compile(rf"[\s,]*(?:(?:{g('measured_lead')})\s+|/\s*)"),
        difference_lead=re.compile(rf"(?<!\w)(?:{g('measured_lead')})\s+$"),
        difference_base=re.compile(rf"\s*(?:{g('difference_base')})(?!\w)"),
        standing=re.compile(
            rf"(?<!\w)(?:{g('standing')})(?!\w)"
            # a group or level, a few words, its level, the whole country: "nhóm các tỉnh dẫn đầu cả nước"
            rf"|(?<!\w)(?:{g('standing_group')})(?:\s+[^\W\d_]+){{0,4}}?\s+(?:{g('standing_level')})"
            rf"\s+(?:{g('standing_nation')})(?!\w)"
            rf"|(?<!\w)(?:{g('becoming')})(?!\w)"
        ),
        becoming=whole("becoming"),
        becoming_verb=whole("becoming_verb"),
        vision_is=re.compile(
            rf"(?<!\w)(?:{g('vision_is_lead')})\s+(?:{g('vision_lead')})\s+(?:(?:{g('year_noun')})\s+)?"
            rf"(?P<y>{YEAR})\s*,?\s*(?P<who>(?:[^\W\d_]+(?:\s*-\s*|\s+)){{1,6}}?)(?:{g('vision_is_verb')})\s+"
            rf"(?P<kind>{g('vision_is_kind')})(?!\w)"
        ),
        vision_is_reading=(words.get("vision_is_reading") or [""])[0],
        section_lead=re.compile(
            rf"[\s\-+•*–]*(?:(?:\d{{1,2}}|[ivx]+)[.)]\s*)?(?:[^.;:,\n]{{1,60}},\s*)?"
            rf"(?:{_COUNT}\s+)?(?:{g('section_lead')})(?!\w)"  # "..., 25 chỉ tiêu chủ yếu được đặt ra cho ..."
        ),
        list_ordinal=re.compile(rf"\s*(?:{g('list_ordinal')})(?!\w)"),
        standing_compare=whole("standing_compare"),
        relative_year=re.compile(
            rf"(?<!\w)(?:(?P<many>\d+|{g('plural_lead')})\s+)?"
            rf"(?:(?P<this>{g('this_year')})|(?P<coming>{g('coming_year')}))(?!\w)"
        ),
        met_count=re.compile(
            rf"(?<!\w)(?:{g('met_verb')})\s+{_COUNT}\s+(?:{g('met_noun')})(?!\w)"
            rf"|{_COUNT}\s+(?:{g('met_noun')})(?!\w)(?:(?!{g('met_noun')})[^\d,;.:()]|{YEAR}){{0,30}}?(?<!\w)(?:{g('met_verb')})(?!\w)"
        ),
        review_opener=re.compile(
            rf"[\s\-+•*–]*(?:(?:{g('review_opener')})\s+)?(?:\d{{1,2}}\s+)?(?:{g('elapsed_part')})(?!\w)"
        ),
        review_verb=PhraseMatcher((c, "review_verb") for c in words.get("review_verb", [])),
        bracket_plan=re.compile(rf"\(\s*(?:{g('bracket_plan')})(?!\w)"),
        slash_plan=re.compile(rf"/\s*(?:{g('bracket_plan')})(?!\w)"),
        past_lead=re.compile(rf"(?<!\w)(?:{g('past_lead')})\s+(?:[^\W\d_]+\s+){{0,4}}$"),
        past_word=whole("past_lead"),
        present_time=whole("present_time"),
        statistics_source=re.compile(rf"[\s\-+•*–]*(?:{g('statistics_source')})(?!\w)"),
        # "đã kết nạp 14.770 đảng viên mới, nâng tỷ lệ ...": a raise after work done, up to the cue
        past_consequence=re.compile(rf"(?<!\w)(?:{g('past_lead')})\s[^;:]*,\s*(?=(?:{g('past_consequence')})(?!\w))"),
        plan_share=re.compile(
            rf"\d\s*(?:%|(?:{g('plan_share_multiple')})(?!\w))\s*(?:(?:{g('plan_share_gap')})\s+)?(?:{g('plan_share')})(?!\w)"
        ),
        target_base=whole("target_base"),
        plan_estimate=whole("plan_estimate"),
        named_period=re.compile(rf"(?<!\w)(?:{g('period_noun')})\s+(?P<y1>{YEAR})\s*-\s*(?P<y2>{YEAR})(?!\d)"),
        # a council's or committee's numbered term right before: "HĐND tỉnh khóa VII, nhiệm kỳ 2021-2026"
        body_term=re.compile(rf"(?<!\w)(?:{g('body_term')})\s+(?:[ivxl]+|\d{{1,2}})\s*,?\s*$"),
        standing_held=whole("standing_held"),
        nominal=whole("nominal"),
        year_estimate=whole("year_estimate"),
        reviewed_year=re.compile(
            rf"(?<!\w)(?:{g('year_review')})(?!\w)[^.;\n]{{0,150}}?(?<!\w)(?:{g('year_noun')})\s+(?P<y>{YEAR})(?!\d)"
            rf"[^.;\n]{{0,40}}?(?<!\w)(?:{g('year_outlook')})(?!\w)[^.;\n]{{0,40}}?(?<!\w)(?:{g('year_noun')})\s+(?P<z>{YEAR})(?!\d)"
        ),
        month_status=re.compile(
            rf"(?<!\w)(?:{g('month_status')})\s+\d{{1,2}}\s*(?:[/-]\s*|\s(?:{g('year_noun')})\s+)(?P<y>{YEAR})(?!\d)"
            rf"|(?<![\w.,])\d{{1,2}}\s+(?:{g('elapsed_months')})\s+(?P<y2>{YEAR})(?!\d)"
        ),
        # a part of a year with the year it may carry: "quý i/2025", "quý i năm 2025"
        year_part=re.compile(
            rf"(?<!\w)(?:{g('year_part')})(?!\w)(?:\s*[/-]\s*{YEAR}(?!\d)|\s+(?:(?:{g('year_noun')})\s+)?{YEAR}(?!\d))?"
        ),
        whole_year=re.compile(rf"(?<!\w)(?:{g('whole_year')})(?!\w)|(?<!\d){YEAR}(?!\d)"),
        sum_period=whole("sum_period"),
        sum_period_lead=re.compile(rf"\s*(?:{g('sum_period_lead')})\s*$"),
        period_edge=re.compile(rf"(?<!\w)(?:{g('next_year_edge')})\s+$"),
        dated_base=re.compile(rf"(?<!\w)(?:{g('dated_base')})\s+(?P<year>{YEAR})(?!\d)"),  # "so với năm 2025"
        prior_base=whole("prior_base"),
        base_ratio=re.compile(rf"\(\s*(?:{g('base_ratio')})\s+(?=\d)"),
        period_average=re.compile(rf"(?:{g('period_average')})(?!\w)"),  # also "tỷ đồng/năm"
        # a standard's own period right before a year: "theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025"
        standard_period=re.compile(rf"(?<!\w)(?:{g('standard_period')})(?:\s+[^\W\d]+){{0,5}}\s+$"),
        bare_rate_verb=re.compile(rf"\s*(?:(?:{g('bare_rate_verb')})\s+)?"),
        duration=re.compile(rf"(?<![\w.,])\d{{1,2}}\s+(?:{g('duration_noun')})(?!\w)(?!\s*\d)"),
        # "năm 2027 và giai đoạn 2027 - 2031": one aim for the year and for the period's end
        joint_horizon=re.compile(
            rf"(?<!\w)(?:{g('year_noun')})\s+(?P<y>{YEAR})\s*,?\s*(?:{g('joint_horizon')})\s+"
            rf"(?:(?:{g('period_noun')})\s+)?(?P<y1>{YEAR})\s*-\s*(?P<y2>{YEAR})(?!\d)"
        ),
        plan_before=re.compile(rf"(?<!\w)(?:{g('bracket_plan')})(?!\w)[^,;()\d]{{0,25}}$"),
        plan_word=re.compile(rf"(?<!\w)(?:{g('bracket_plan')})(?!\w)"),
        # "trồng rừng ước đạt 15.072 ha/15.500 ha": a result, its short unit, the slash
        over_plan=re.compile(r"(?<![\w.,/])(?P<n>\d(?:[\d.,]*\d)?)(?:\s*[^\W\d]\w{0,3})?\s*/\s*(?=\d)"),
        # "... ha rừng, đạt 82,1% kế hoạch", " ha kế hoạch": a plan word in the clause, the share before it
        over_plan_tail=re.compile(
            rf"[^;.\n\d]{{0,50}}?(?:(?P<share>\d(?:[\d,]*\d)?)\s*%\s*)?(?<!\w)(?:{g('over_plan_word')})(?!\w)"
        ),
        aim_figure=re.compile(rf"(?<!\w)(?:{g('aim_noun')})(?:\s+[^\W\d]+){{0,3}}\s+$"),
        aim_year_figure=re.compile(
            rf"(?<!\w)(?:{g('aim_noun')})(?:\s+[^\W\d]+){{0,3}}\s*:\s*(?:{g('next_year_noun')})\s+{YEAR}\s*:\s*$"
        ),
        plan_figure=re.compile(
            rf"(?<!\w)(?:{g('bracket_plan')})(?!\w)(?:[^,;()\d]|{YEAR}){{0,40}}?(?<!\w)(?:{g('plan_figure_lead')})\s+"
            # "mục tiêu ... đặt ra trong năm 2024 là tăng trưởng GRDP 8% - 8,5%": a year before the
            # lead, the indicator's words after it
            rf"(?:(?:{g('change_verb')})\s+|[^,;()\d]{{0,30}}?\s)?(?=\d)"
            # "không đạt mục tiêu trên 9%": the figure straight after the plan word a result falls
            # short of, a comparator's words between (a year there names the plan, not its figure)
            rf"|(?<!\w)(?:{g('missed_lead')})\s+(?:{g('bracket_plan')})\s"
            rf"(?=\s*(?:[^\W\d]+\s+){{0,2}}?(?!{YEAR}(?![\d.,]))\d)"
        ),
        yearly_rate=re.compile(rf"(?:{g('yearly_rate')})(?!\w)"),
        aim_bound=re.compile(rf"\d[^\d;]{{0,25}}?(?<!\w)(?:{g('aim_bound')})(?!\w)"),
        fact=re.compile(
            rf"(?<!\w)(?:{g('fact')})\s+(?:\w+\s+)?[\d.,]*\d\s*(?:{g('fact_unit')})(?!\w)"
            rf"|\d\s*km\s*(?:{g('fact_after')})(?!\w)"
        ),
        group_rank=re.compile(
            rf"(?<!\w)(?:{g('rank_group')})\s+(?P<n>\d{{1,2}})\s+(?:{g('rank_member')})(?!\w)"
            rf"[^;.\d]{{0,80}}?(?<!\w)(?:{g('rank_top')})(?!\w)"
        ),
        # a numbered group then its top or the whole country ("nhóm 20 cả nước"), or a group of the
        # leading ones ("nhóm địa phương dẫn đầu"): a rank aimed at; not a vague "nhóm đầu cả nước"
        rank_aim=re.compile(
            rf"(?<!\w)(?:{g('rank_group')})\s+(?:\d{{1,2}}\s+(?:[^\W\d_]+\s+){{0,4}}?"
            rf"(?:{g('rank_top')}|{g('standing_nation')})|(?:[^\W\d_]+\s+){{0,4}}?(?:{g('rank_top')}))(?!\w)"
        ),
    )


def role_cues(lex: Lexicons, role: str) -> list[str]:
    """The curated cues of one role, in file order: ``role_cues(lex, "range_join")`` ->
    ``["đến", "tới"]``."""
    df = lex.tables[TABLE]
    return [c for c, r in zip(df["cue"], df["role"]) if r == role]


def cue_words(lex: Lexicons) -> CueWords:
    """The compiled cues of ``lex`` (built once per loaded lexicon).

    >>> import pandas as pd
    >>> from pipelines.text.fold import fold
    >>> c = _build({"restated": ["tương đương"]})
    >>> bool(c.restated.fullmatch(fold(", tương đương ")))
    True
    """
    return per_table(lex.tables[TABLE], _from_table)


def _from_table(df: pd.DataFrame) -> CueWords:
    words: dict[str, list[str]] = {}
    for r in df.to_dict("records"):
        words.setdefault(r["role"], []).append(r["cue"])
    return _build(words)
