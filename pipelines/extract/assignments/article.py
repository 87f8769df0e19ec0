"""One article being read for bodies and roles (``Article``): its text, folded text, the
lexicons and the cue patterns of ``assignment_cues.csv`` compiled once per lexicon.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipelines.curation.lexicons import Lexicons, cue_words, level_lists
from pipelines.extract.cue_patterns import alternation, compiled, cue_group
from pipelines.extract.cue_words import role_cues
from pipelines.text.fold import fold
from pipelines.text.matcher import Match, PhraseMatcher
from pipelines.text.segment import Span
from pipelines.text.years import YEAR


TABLE = "assignment_cues.csv"

SPECIFIC = ("monitor", "report", "communicate", "advise")

# What a lead also does when its clause says so ("X chủ trì, phối hợp với Y theo dõi, đôn đốc"
# -> lead, monitor); advising is part of leading ("X chủ trì ... tham mưu" is lead only), and
# the cues after "tham mưu" say what is advised.
LEAD_ALSO = ("monitor", "report", "communicate")


# Roles that are duties: a narrated subject ("đã báo cáo tình hình ...", "đã quan tâm
# tổ chức tuyên truyền ...", "vừa có chỉ đạo đôn đốc ...") did the work, it is not asked to
# (CONVENTIONS: past work is no role; only an adviser's past advice stays ``advise``).
DUTIES = ("report", "communicate", "monitor")


ACTING = ("subject", "requester", "narration", "lead")

_NARRATION_NOTE = "narration"

WORD = re.compile(r"\w+\W*")

# Document numbers: "96/TTr-SCT", "12 /KH-UBND", "23-CTr/TU"; issuer codes inside them are no bodies.
_DOC_NUMBER = re.compile(r"\d+\s?[/-]\s?[\w&.]+(?:[/-][\w&.]+)*")


# A section heading line starts with a number or letter ("1.", "2)", "a)", "II.") or a bullet.
# a list member with no code, set off by commas: a few words, the first capitalised (``mentions._uncoded``)
UNCODED_MEMBER = re.compile(r"[ \t]*,[ \t]*((?:[^\W\d_]+[ \t]+){0,4}[^\W\d_]+)[ \t]*,[ \t]*")


ITEM_MARK = re.compile(r"^(?:[-+•*–]\s*|(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+)")

BULLET = re.compile(r"^[-+•*–]")

# a line that opens with a dash and a capitalised word: a bullet, or a name's part after a wrap
DASH_LINE = re.compile(r"[-–][ \t]*[^\W\d_]")


LETTERED_LINE = re.compile(r"\n(?=[a-zđ]\)\s)")

# Words that may name the text a submission carries: "xét Đề án kèm theo Tờ trình".
_ATTACHED_WORDS = 6


# A line shorter than this is a heading or a table cell, not prose broken by a hard wrap.
WRAP_MIN = 30


# Body types (contract enum values) of the province's leadership, which directs and is not directed.
LEADERSHIP = frozenset({"peoples_committee", "peoples_council", "party_committee"})


# Body types (contract enum values) whose members compile the reports they receive.
COMPILING = frozenset({"department", "office"})


# Body types (contract enum values) a council resolution's closing article names to oversee its work
# ("giám sát"), not to carry it out.
OVERSEEING = frozenset({"peoples_council"})


# "chủ trì" that ends its sentence leads no task: the body's head chairs the event reported.
CHAIRS = re.compile(r"[ \t]*(?:\.(?!\w)|\n|$)")


NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+")

# A word (letters or digits) right before, maybe with a comma, on the same line: a capitalised
# cue there continues a name ("Cục Thi hành án", "..., Thi hành án dân sự tỉnh").
AFTER_WORD = re.compile(r"\w,?[ \t]*\Z")


_WORDS = r"[^\W\d]+(?:[ \t]+[^\W\d]+)*"  # words with no digit, one space or tab apart


def find_in(matcher, text: str, start: int, end: int) -> list[Match]:
    """``matcher.find`` on ``text[start:end]`` only (a word cut by the bounds is searched as
    the piece inside), with offsets into ``text``."""
    return matcher.find_in_slice(text, start, end)


def first_directive(a: "Article", start: int, end: int) -> re.Match | None:
    """The first directive in ``[start, end)`` that is a verb, not its noun: in "Đó là chỉ đạo
    của Chủ tịch UBND tỉnh tại buổi họp. Cùng dự có Sở Y tế." there is none ("là", a quantifier
    or a nominalizer right before it names the words reported); in "Ông A chỉ đạo rà soát quy
    hoạch." it is "chỉ đạo"."""
    for m in a.pats["directive"].finditer(a.folded, start, end):
        if not a.pats["directive_noun"].search(a.folded, max(start, m.start() - 20), m.start()):
            return m
    return None


def kind_group(lex: Lexicons, kind: str) -> str:
    return cue_group(lex, TABLE, kind)


def _split_lead(lex: Lexicons) -> str:
    """The split form of the curated "giao ... cho" lead cues: a ``before_lead`` cue of several
    words whose last word is an ``object_gap`` word, with the assigned task between them and a
    few non-body items before the body ("Giao chỉ tiêu kế hoạch năm 2022 cho các cơ quan, đơn
    vị, UBND các huyện" -> the district committees lead), over folded text."""
    gaps = {fold(w) for w in cue_words(lex, TABLE, "object_gap")}
    pairs = set()
    for cue in cue_words(lex, TABLE, "before_lead"):
        words = fold(cue).split()
        if len(words) > 1 and words[-1] in gaps:
            pairs.add((" ".join(words[:-1]), words[-1]))  # "phân công ... cho", not "phân cấp ... cho"
    if not pairs:
        return r"(?!x)x"
    alts = "|".join(rf"{alternation([a])}\s(?:[^;:.]{{0,150}}?\s)?{re.escape(b)}" for a, b in sorted(pairs))
    return rf"(?<!\w)(?:{alts})\s+(?:[^\W\d][\w ]{{0,25}},\s*){{0,3}}$"


def _report_to(lex: Lexicons) -> str:
    """ "báo cáo (kết quả) về" / "gửi (về)" right before a body: the ``before_recipient`` cues
    that are no ``object_gap`` word (bare "về" also reads "phản ánh về Sở ..."), a few words
    of what is reported between, over folded text."""
    gaps = {fold(w) for w in cue_words(lex, TABLE, "object_gap")}
    cues = [c for c in cue_words(lex, TABLE, "before_recipient") if fold(c) not in gaps]
    return rf"(?<!\w){alternation(cues)}(?:\s+\w+){{0,3}}?(?:\s+{kind_group(lex, 'object_gap')})?\s*$"


def _attached_proposal(lex: Lexicons) -> str:
    """A ``proposal`` cue that ends on a document noun ("sau khi xem xét tờ trình") with the text
    the submission carries named between its verb and its noun ("Sau khi xem xét Đề án kèm theo
    Tờ trình số ...", "Xét dự thảo Nghị quyết kèm theo Tờ trình ..."): a few words, none of
    them the word that leads to a document's owner (``document_cues.csv`` ``issuer_lead``,
    "của": "Xét Báo cáo thẩm tra của Ban ... về tờ trình" is no proposal), over folded text."""
    nouns = {" ".join(fold(n).split()) for n in lex.tables["doc_types.csv"]["name_vi"]}
    heads, ends = set(), set()
    for cue in cue_words(lex, TABLE, "proposal"):
        words = fold(cue).split()
        for i in range(1, len(words)):
            if " ".join(words[i:]) in nouns:
                heads.add(" ".join(words[:i]))
                ends.add(" ".join(words[i:]))
                break
    if not heads:
        return r"(?!x)x"
    owner = cue_group(lex, "document_cues.csv", "issuer_lead")
    gap = rf"(?:(?!{owner}(?!\w))[^\W\d]+\s+){{1,{_ATTACHED_WORDS}}}?"
    return rf"{alternation(sorted(heads))}\s+{gap}{alternation(sorted(ends))}"


def _build(lex: Lexicons) -> dict[str, re.Pattern]:
    """The cue patterns of this module, from ``assignment_cues.csv`` (over folded text)."""

    def g(kind: str) -> str:
        return kind_group(lex, kind)

    filler = rf"(?:{g('aspect_filler')}\s+)*"
    title = rf"(?:\s+{g('head_title')})?\s*$"  # "giao Giám đốc Sở ...": the title, then the body
    return {
        "before_lead": re.compile(rf"(?<!\w){g('before_lead')}(?:\s+\d+)?{title}|{_split_lead(lex)}"),
        # a heading that gives the bodies after it the tasks below: "Giao Sở Tài chính:"
        "lead_head": re.compile(rf"{g('before_lead')}\s+"),
        "subject_of": re.compile(rf"(?<!\w){g('subject_of')}\s+$"),
        # a text's aim, a few words before the lead cue: "Mục tiêu của kế hoạch là nhằm xác định và phân công ..."
        "document_aim": re.compile(rf"(?<!\w){g('document_aim')}(?:\s+[^\W\d_]+){{0,4}}\s+$"),
        # tasks counted or described, not given: "nhiệm vụ UBND tỉnh giao cho ..." (the givers
        # between), "được giao thực hiện 51 nhiệm vụ" (a count of tasks after the passive)
        "tally_noun": re.compile(rf"(?<!\w){g('tally')}\s+"),
        "tally_count": re.compile(rf"\s*(?:\w+\s+){{0,2}}?\d[\d.]*\s+(?:\w+\s+)?{g('tally')}(?!\w)"),
        "before_support": re.compile(rf"(?<!\w){g('before_support')}{title}"),
        "owner": re.compile(rf"(?<!\w){g('before_object')}{title}"),
        "before_object": re.compile(rf"(?<!\w)(?:{g('before_recipient')}|{g('before_object')}){title}"),
        "before_request": re.compile(rf"(?<!\w){g('before_request')}{title}"),
        # a request cue anywhere: "được giao lãnh đạo" holds the lead cue "giao" and the title after it
        "request_cue": re.compile(rf"(?<!\w){g('before_request')}\s+"),
        # the same words, then a person's name and the dash or comma of an apposition before the
        # run of their title: "theo ông Nguyễn Văn A - Bí thư Tỉnh ủy"
        "named_object": re.compile(
            rf"(?<!\w)(?:{g('before_recipient')}|{g('before_object')})\s+{g('name_title')}(?:\s+\w+){{1,4}}\s*[-,]\s*$"
        ),
        "purpose": re.compile(rf"(?<!\w){g('purpose')}\s*$"),
        "request_end": re.compile(rf"(?<!\w){g('before_request')}\s*$"),
        "object_gap": re.compile(rf"^\s*(?:{g('object_gap')}\s+)?$"),
        "after_compile": re.compile(
            rf"\s*(?:{g('deadline')}\s+ngay\s+[\d/]+(?:\s+{g('opening')})?\s*,?\s*)?{g('after_compile')}(?!\w)"
        ),
        "after_lead": re.compile(rf"\s*{g('after_lead')}(?!\w)"),
        "name": re.compile(rf"\s*(?:[-–—]\s*|,?\s*{g('name_title')}\s+)?(?:{g('name_title')}\s+)?(\w+)"),
        # the closing dash of an apposition may come first: "Bà ... – Phó Chủ tịch UBND tỉnh – đã ..."
        # lower-case list members with no code, then a narrating marker: ", doanh nghiệp đã"
        "member_aspect": re.compile(
            rf"(?:[ \t]*(?:,|{g('join')})[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}}?){{1,3}}[ \t]+{g('aspect_narrated')}(?!\w)"
        ),
        "aspect": re.compile(rf"\s*(?:[-–—]\s*)?{filler}(?:({g('aspect_narrated')})\s+)?{filler}"),
        # "HĐND tỉnh tin tưởng và đề nghị ...": a stance, then the request
        "after_requester": re.compile(rf"\s*(?:{g('stance')}\s*(?:,|{g('join')})\s*)?{g('after_requester')}(?!\w)"),
        "opening": re.compile(rf"\s*(?:{g('opening')}\s*,?\s*)*"),
        "join": re.compile(rf"^\s*(?:,|,?\s*{g('join')}|;|,\s*cac\s+\w+(?:\s+\w+){{0,2}}\s+{g('join')})?\s*$"),
        "cue_join": re.compile(rf"^\s*(?:,|,?\s*{g('join')})?\s*$"),
        # a stressed predicate opened by a comma or a join word, right before a cue: ", đẩy mạnh "
        "stressed": re.compile(rf"(?:,|(?<!\w){g('join')})\s*{g('stress')}\s+$"),
        "proposal": re.compile(rf"\W*(?:{g('proposal')}|{_attached_proposal(lex)})(?!\w)"),
        # a proposal named inside a clause, its owner next: "... theo đề xuất của Sở ..."
        "proposed_by": re.compile(
            rf"(?<!\w){g('proposal')}\s+{cue_group(lex, 'document_cues.csv', 'issuer_lead')}{title}"
        ),
        # a preamble clause that weighs documents: "Xét Báo cáo số ... và Tờ trình số ... của UBND tỉnh"
        # the agent of a passive after a short setting: "vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua"
        "passive_agent": re.compile(rf"(?<!\w){g('passive')}\s+([^\W\d][^,;:.\n]{{0,30}}),\s*$"),
        "municipal_tail": re.compile(rf"(?<!\w){g('municipal_tail')}\s*$"),
        # a lower unit's noun right after a provincial body's name: "Ủy ban MTTQ Việt Nam phường"
        "lower_unit": re.compile(rf"[ \t]+{g('lower_unit')}(?!\w)"),
        # a level-less collective right before, in one list: "các cấp ủy, chính quyền, MTTQ"
        "levelless_before": re.compile(rf"(?<!\w){g('levelless_collective')}\s*(?:,|{g('join')})\s*$"),
        # collectives that share one "các" before bare lower-level words: "các sở, ngành, quận, huyện"
        "shared_before": re.compile(
            rf"(?<!\w)cac\s+{g('shared_collective')}(?:\s*,\s*(?:cac\s+)?{g('shared_collective')})*\s*,\s*$"
        ),
        "level_tail": re.compile(rf"(?<!\w){g('body_tail')}(?!\w)"),
        "consider": re.compile(rf"\W*{g('consider')}(?!\w)"),
        # a document's subject starts right before: "... về tờ trình của UBND tỉnh"
        "about": re.compile(rf"(?<!\w){cue_group(lex, 'document_cues.csv', 'title')}\s*$"),
        # a line that ends on a word that needs a body after it goes on in the next line
        "dangling": re.compile(
            rf"(?<!\w)(?:{g('join')}|{g('before_object')}|{g('before_recipient')}|{g('before_lead')}"
            rf"|{g('before_support')})\s*\Z"
        ),
        # a legal text's article heading at a paragraph's start: "Điều 3."
        "article_heading": re.compile(rf"[ \t]*{g('article_heading')}[ \t]+\d{{1,3}}[ \t]*[.:][ \t]*"),
        # the same at a line's start, its number maybe wrapped to the next line: "Điều\n3."
        "split_article_heading": re.compile(rf"(?m)^[ \t]*{g('article_heading')}\s+\d{{1,3}}[ \t]*[.:]"),
        # a legal text's closing formula: "... chịu trách nhiệm thi hành Quyết định này"
        "closing": re.compile(rf"(?<!\w){g('closing')}(?!\w)"),
        "list_head": re.compile(rf"(?<!\w){_list_heads(lex)}\s*:\s*"),
        "list_head_end": re.compile(rf"(?<!\w){_list_heads(lex)}\s*:\s*$"),
        "only_joins": re.compile(rf"^(?:[\W\d_]|{g('join')}(?!\w))*$"),
        "recipients": re.compile(rf"\W*{g('recipients')}\s*:"),
        "report_to": re.compile(_report_to(lex)),
        # "báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ)": the office a report goes through compiles it
        "via": re.compile(rf"(?<!\w){g('before_recipient')}(?!\w)[^;.]{{0,80}}?\(\s*{g('via')}\s*$"),
        # a count ("30 báo cáo"; no year, date or decimal) or a quantifier ("các báo cáo") before a cue
        "past": re.compile(rf"(?<!\w){g('past_opening')}(?!\w)"),
        # a directive told as done, right before the bodies it directed: "tỉnh đã chỉ đạo các sở, ngành"
        "past_directive": re.compile(rf"(?<!\w){g('past_directive')}\s+$"),
        # a speaker telling what will be done: "Chủ tịch UBND tỉnh cho biết, tỉnh sẽ giao ..."
        "speaker_future": re.compile(rf"(?<!\w){g('speaker')}(?!\w)[^.;:\n]*?(?<!\w){g('future')}(?!\w)"),
        # a run that opens with a head's title ("Chủ tịch UBND tỉnh", "Giám đốc Sở ...")
        "titled": re.compile(rf"{g('head_title')}(?!\w)"),
        # "ông" / "bà" and a name after a title: "Chủ tịch UBND tỉnh, ông Nguyễn Văn A"
        "name_first": re.compile(rf"[\W\d]*{g('name_title')}\s+"),
        # the same set off by a comma after an opening phrase: "Phát biểu tại đại hội, ông Nguyễn Văn A, ..."
        "name_set_off": re.compile(rf",[ \t]*{g('name_title')}\s+"),
        "name_title": re.compile(rf"[ \t]*(?:[-–—][ \t]*|,[ \t]*)?{g('name_title')}[ \t]+\w"),
        "event": re.compile(rf"(?<!\w){g('event_opening')}(?!\w)"),
        # a bracket naming the run before it for short: "(sau đây gọi tắt là các sở, ngành)"
        "short_name": re.compile(rf"[ \t]*\(\s*{g('short_name')}(?!\w)[^()\n]{{0,160}}\)"),
        # the time of the event right after a lead cue: "Cuộc họp do ... chủ trì sáng ngày 2/12"
        "chaired_at": re.compile(_chaired_at(lex)),
        "directive": re.compile(rf"(?<!\w){g('directive')}(?!\w)"),
        # the directive named as a noun: "Đó là chỉ đạo của ...", "các chỉ đạo của Trung ương"
        "directive_noun": re.compile(
            rf"(?:(?<!\w){g('directive_noun')}|(?<!\w){g('quantifier')}|(?<!\w){g('nominalizer')})[ \t]+\Z"
        ),
        "hearing": re.compile(rf"(?<!\w){g('hearing')}(?!\w)"),
        # "..., nhờ đó ... đạt được kết quả": the work before it is told by its results
        "result": re.compile(rf"(?<!\w){g('result')}(?!\w)"),
        # the author names its text, then asks the bodies after it: "UBND tỉnh xây dựng Kế hoạch
        # hành động và yêu cầu Giám đốc các sở ..."
        "then_asks": re.compile(rf"(?<!\w){g('join')}\s+{g('after_requester')}\s*$"),
        "announce": re.compile(rf"(?<!\w){g('announce')}\W*$"),
        # a sentence that opens with a year: "Năm 2025, ..."
        "year_before": re.compile(rf"(?<!\w)(?:{alternation(role_cues(lex, 'year_noun'))})\s+({YEAR})\s*,\s*$"),
        "year_opening": re.compile(rf"\W*(?:{alternation(role_cues(lex, 'year_noun'))})\s+({YEAR})(?!\d)"),
        # a sentence that opens with a quarter or a month: "Trong quý I, ...", "Tháng 2/2026, ..."
        "period_opening": re.compile(_period_opening(lex)),
        # a sentence that opens with the day of the event it tells: "Chiều 5/8, ...", "Ngày 9-12-2024, ..."
        "event_day": re.compile(_event_day(lex)),
        # "X phấn đấu ...": a leadership body stating the province's aims
        "aim": re.compile(rf"[ \t]*,?[ \t]*{g('aim')}(?!\w)"),
        # "trình HĐND tỉnh" right before a run: a report cue after that run is the document submitted
        "submit": re.compile(rf"(?<!\w){g('submit')}{title}"),
        "quantifier": re.compile(rf"(?<!\w){g('quantifier')}(?!\w)"),
        # a share right before a run, maybe past uncoded members a quantifier opens: "100% các cơ quan, các xã ..."
        "counted_share": re.compile(
            rf"\d[ \t]*%[ \t]+(?:{g('quantifier')}[ \t]+(?:{_WORDS}[ \t]*,[ \t]*){{1,4}})?(?:{g('quantifier')}[ \t]+)?\Z"
        ),
        "quantified": re.compile(
            rf"(?:(?<![\w./,-])\d{{1,3}}|(?<!\w){g('quantifier')}|(?<!\w){g('nominalizer')})\s+\Z"
        ),
    }


def _period_opening(lex: Lexicons) -> str:
    """A sentence opening that names a quarter (``indicator_cues.csv`` ``year_part`` words ending
    in its number: "quý I", "quý 3") or a month (``month_noun`` and its number), maybe after one
    word and maybe with its year, then a comma ("Trong quý I, ...", "Tháng 2/2026, ..."), over
    folded text: groups ``quarter``, ``month``, ``year``."""
    quarters = [fold(w) for w in role_cues(lex, "year_part") if w.split()[-1].lower() in _QUARTERS]
    month = alternation([fold(w) for w in role_cues(lex, "month_noun")])
    year = alternation([fold(w) for w in role_cues(lex, "year_noun")])
    return (
        rf"\W*(?:[^\W\d]+\s+)?(?:(?P<quarter>{alternation(quarters)})|(?:{month})\s+(?P<month>\d{{1,2}}))"
        rf"(?:\s*/\s*|\s+(?:{year})\s+)?(?P<year>{YEAR})?\s*,"
    )


# the number of a quarter as written after its noun
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def quarter_number(words: str) -> int:
    """The number of a quarter named by ``words`` ("quy iii" -> 3)."""
    return _QUARTERS[words.split()[-1].lower()]


def _event_day(lex: Lexicons) -> str:
    """A sentence opening that dates the event it tells: parts of the day (``date_words.csv``
    ``daypart``) or the day noun, then a day and month, maybe a year, and a comma ("Sáng nay
    (13/11), ...", "Ngày 17.12, ..."), over folded text. A date followed by more words ("Ngày
    15/12 hằng năm, ...") is a schedule, not an event."""
    t = lex.tables["date_words.csv"]
    words = [w for w, k in zip(t["word"], t["kind"]) if k == "daypart"] + role_cues(lex, "day_noun")
    date = r"\(?\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}(?:(?P=sep)\d{4})?\)?"
    # the day may stand after a scraper's "date 2025-11-09" marker (no words of the page) or after
    # one opening phrase of setting ("Trong chuyến công tác tại tỉnh, chiều 8/3, ..."):
    # ``setting`` is that phrase, which must name no body (``is_event_sentence``)
    # a news agency's tag may open the lead: "(QBĐT) - Ngày 24/4, ...", "BBK - Sáng nay (13/11), ..."
    tag = r"(?:\s*\([^()\s]{1,12}\)\s*-?\s*|\s*[^\W\d][^\s,]{0,23}\s+-\s+)?"
    return (
        rf"{tag}\W*(?:date\s+\d{{4}}-\d{{2}}(?:-\d{{2}})?\s+)?(?:(?P<setting>[^\W\d][^,.;:\n]{{0,100}}),\s*)?"
        rf"(?:{alternation([fold(w) for w in words])}\s+){{1,2}}{date}\s*,"
    )


def _chaired_at(lex: Lexicons) -> str:
    """The day of an event right after a lead cue, then the sentence's end or a comma: the body
    chairs the event ("Cuộc họp do ông ... – Chủ tịch UBND tỉnh chủ trì sáng ngày 02/12/2022.")."""
    t = lex.tables["date_words.csv"]
    words = [w for w, k in zip(t["word"], t["kind"]) if k == "daypart"] + role_cues(lex, "day_noun")
    date = r"\(?\d{1,2}\s*(?P<sep>[/.-])\s*\d{1,2}(?:(?P=sep)\d{4})?\)?"
    return rf"[ \t]*,?[ \t]*(?:{alternation([fold(w) for w in words])}\s+){{1,2}}{date}[ \t]*(?:[.,;]|\n|$)"


def _list_heads(lex: Lexicons) -> str:
    return alternation(list(lex.tables["body_list_heads.csv"]["head"]))


def _keys(phrases) -> set[str]:
    return {" ".join(re.findall(r"\w+|[^\w\s]", fold(p))) for p in phrases}


def match_key(text: str, m: Match) -> str:
    return " ".join(re.findall(r"\w+|[^\w\s]", fold(text[m.start : m.end])))


_QUOTES = str.maketrans({q: " " for q in "\u201c\u201d\u201e\u00ab\u00bb"})


@dataclass
class Article:
    """What every step needs about one article: its text, folded text and the lexicons."""

    text: str
    lex: Lexicons
    folded: str = ""
    pats: dict = field(default_factory=dict)
    lower: set = field(default_factory=set)
    narration: set = field(default_factory=set)
    doc_names: re.Pattern = field(default_factory=lambda: re.compile("(?!)"))
    doc_any: re.Pattern = field(default_factory=lambda: re.compile("(?!)"))
    numbers: list = field(default_factory=list)
    prefixes: dict = field(default_factory=dict)
    # where the first directive of the paragraph being read ends ("... chỉ đạo ..."), if any
    directive_from: int | None = None
    # where the first hearing of the paragraph being read ends ("Hội nghị đã nghe ..."), if any
    heard_from: int | None = None
    published_year: int | None = None
    # the page's published date, when known: the year of a deadline written without one
    page_date: dt.date | None = None
    # whether the sentence being read opens with a year before the publication year
    past_sentence: bool = False
    # whether the paragraph being read is the page's headline ("UBND tỉnh triển khai nhiệm vụ năm 2024")
    headline: bool = False
    # whether the sentence being read opens with the day of the event it tells ("Chiều 5/8, ...")
    event_sentence: bool = False
    # the sentence being read (a list of names may hold a ';' before its verb)
    sentence_span: tuple[int, int] = (0, 0)
    # whether the sentence being read is a closing article cut off before its verb (``closing``)
    cut_closing: bool = False
    # whether the paragraph being read is an item of a list after "yêu cầu:" / "đề nghị:"
    request_list: bool = False
    # whether the paragraph before the one being read ends on such a request: its first item may
    # go unmarked ("Thủ tướng Chính phủ có ý kiến như sau:" / "UBND tỉnh ... tổ chức lập ...")
    request_head: bool = False
    # whether the paragraph being read is a bullet of a list after "phối hợp với:"
    support_list: bool = False
    # whether a body was given work in the previous sentence of the paragraph being read
    prev_acted: bool = False
    # the (run, roles) that acted in the last clause of the previous sentence of the paragraph
    last_actors: list = field(default_factory=list)
    # ids of the runs read as narrated subjects ("Sở Tài chính đang phối hợp ...")
    narrated_runs: set = field(default_factory=set)
    # ids of the heading runs that a lead cue gives their tasks ("1. Giao Sở Kế hoạch và Đầu tư:")
    lead_heads: set = field(default_factory=set)
    # whether the page is a municipality's: "Ủy ban nhân dân thành phố" is then its committee
    municipal: bool = False
    # what pure steps found in a span of this article ({(step, start, end): result}): ``mentions_in``
    # is asked of the same clause by several rules
    found_in: dict = field(default_factory=dict)
    # where the report cues of the clause being read that name a submitted document start
    submitted: set = field(default_factory=set)

    def __post_init__(self):
        lex = self.lex
        # quotation marks around a cue ("tỉnh “đặt hàng” từng sở, ngành") do not hide it
        self.folded = fold(self.text).translate(_QUOTES)
        self.pats = compiled(lex, "assignment_cues", _build)
        self.lower = compiled(lex, "assignment_lower_aliases", _lower_aliases)
        self.narration = compiled(lex, "assignment_narration_cues", _narration_cues)
        self.doc_names = compiled(lex, "assignment_doc_names", _doc_names)
        self.doc_any = compiled(
            lex,
            "assignment_doc_any",
            lambda x: re.compile(rf"(?<!\w){alternation(list(x.tables['doc_types.csv']['name_vi']))}(?!\w)"),
        )
        self.numbers = [m.span() for m in _DOC_NUMBER.finditer(self.text)]
        self.prefixes = compiled(lex, "assignment_list_prefixes", _list_prefixes)


def _list_prefixes(lex: Lexicons) -> dict[str, str]:
    """Folded list head ("giam đôc cac sơ") -> the prefix its listed names are read with ("Sở")."""
    t = lex.tables["body_list_heads.csv"]
    return {fold(h): p for h, p in zip(t["head"], t["prefix"])}


def _lower_aliases(lex: Lexicons) -> set[tuple[str, ...]]:
    """Keys of the body aliases curated in lower case ("các sở, ngành"; "các {communes}" as the
    matcher expands it: "các xã, phường"), as the body matcher compares names; the others are
    proper names."""
    names = list(lex.tables["body_aliases.csv"]["alias"]) + list(lex.tables["body_gazetteer.csv"]["name_vi"])
    levels = lex.tables["body_levels.csv"]
    return {lex.bodies.key(x) for n in names if n[:1].islower() for x in level_lists(n, levels)}


def _narration_cues(lex: Lexicons) -> set[str]:
    """Folded ``ignore`` role cues whose notes start with "narration" ("tổ chức hội nghị")."""
    t = lex.tables["role_cues.csv"]
    return _keys(
        r["cue"]
        for r in t.to_dict("records")
        if r["role"] == "ignore" and str(r["notes"] or "").startswith(_NARRATION_NOTE)
    )


def _doc_names(lex: Lexicons) -> re.Pattern:
    """Document nouns ("Nghị quyết", "Chương trình hành động") right before a body, folded."""
    names = sorted((fold(n) for n in lex.tables["doc_types.csv"]["name_vi"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?:\s+cua)?\s*$")


def reference_words(lex: Lexicons) -> frozenset[str]:
    """The folded words a bare reference to documents is made of besides its numbers and dates:
    the document nouns ("Báo cáo", "Tờ trình"), "số" and the quantifiers ("các")."""
    words = list(lex.tables["doc_types.csv"]["name_vi"]) + cue_words(lex, "document_cues.csv", "number_noun")
    words += cue_words(lex, TABLE, "quantifier") + role_cues(lex, "day_noun")
    return frozenset(w for phrase in words for w in fold(phrase).split())


def proposal_nouns(lex: Lexicons) -> re.Pattern:
    """The document nouns ("Báo cáo", "Tờ trình") and proposal nouns ("đề nghị": the last words
    of the ``proposal`` cues), folded; group 1 is a proposal noun."""
    own = {" ".join(fold(c).replace(",", " ").split()[-2:]) for c in cue_words(lex, TABLE, "proposal")}
    docs = {fold(n) for n in lex.tables["doc_types.csv"]["name_vi"]} - own
    return re.compile(rf"(?<!\w)(?:({alternation(sorted(own))})|{alternation(sorted(docs))})(?!\w)")


@dataclass
class Found:
    """Roles read in one clause: the clause span and (run, roles, proposed) triples."""

    clause: Span
    runs: list[tuple[list[Match], list[str], bool]]


def is_municipal(lex: Lexicons, province_code: str | None) -> bool:
    """Whether the province is a municipality (``provinces.csv`` ``unit_type_2024``)."""
    t = lex.tables["provinces.csv"]
    return any(c == province_code and u == "municipality" for c, u in zip(t["province_code"], t["unit_type_2024"]))


def name_forms(lex: Lexicons) -> PhraseMatcher:
    """The curated written forms of name parts that hold a dash (``body_name_forms.csv``: "Lao
    động - Thương binh và Xã hội") and the body aliases that do, as one matcher."""
    forms = [
        f
        for f, c in zip(lex.tables["body_name_forms.csv"]["form"], lex.tables["body_name_forms.csv"]["canonical"])
        if isinstance(c, str) and c
    ]
    aliases = list(lex.tables["body_aliases.csv"]["alias"])
    return PhraseMatcher([(f, True) for f in forms + aliases if re.search(r"\w\s*[-\u2013]\s*\w", f)])
