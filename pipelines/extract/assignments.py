"""Who must do what: body mentions and their roles -> ``bodies`` and ``assignments`` rows.

Steps, clause by clause (``docs/CONVENTIONS.md``: roles are clause-level; the one carry-over
is a subjectless clause that opens with a report / monitor / communicate cue). The cue words
are curated in ``raw/curation/assignment_cues.csv`` (read through ``cue_patterns``):
1. find curated body names and abbreviations ("Sở KH&ĐT", "UBND các huyện, thị xã, thành
   phố", "Báo Trà Vinh"), skipping lower-case look-alikes of proper names ("các cơ sở y tế" is
   not "Sở Y tế") and codes inside document numbers ("Tờ trình số 96/TTr-SCT"); a list head
   ("Giám đốc các Sở: Công Thương, Tài chính", ``body_list_heads.csv``) names each listed
   department; group adjacent bodies joined by ',', ';' or 'và' into runs;
2. a clause that holds nothing but bodies ("Chánh Văn phòng UBND tỉnh;" in "Điều 3. Chánh
   Văn phòng UBND tỉnh; Giám đốc các sở, ngành; Chủ tịch UBND các huyện ... chịu trách nhiệm
   thi hành Quyết định này") is read together with the clause after it;
3. read each run from the words before it: "giao (cho) X" -> lead; "phối hợp (với) X" ->
   support (only when another body is named earlier in the clause); "Nghị quyết (của) X" -> X
   names a document, no row; "báo cáo X", "gửi về X", "tham mưu X", "của X" -> X receives or is
   an object (a ``report`` row only when X compiles: "để tổng hợp");
4. otherwise X is the subject of its clause and is read from the words after it, up to the
   next subject: "X yêu cầu / giao / ban hành ..." -> X only asks, no row; a narration cue
   ("tổ chức hội nghị", "nhấn mạnh") -> X is reported on, no row; "X chủ trì" -> lead; else
   the curated role cues ("là cơ quan đầu mối theo dõi" monitor, "tuyên truyền" communicate,
   "tham mưu" advise, "báo cáo" report, "tổ chức thực hiện", "thi hành" implement).
   ``implement`` is the residual role: it is dropped when the subject is narrated ("UBND tỉnh
   đang xây dựng ...") or when its cue is only coordinated with a more specific one ("hoàn
   thành, báo cáo"); a body asked with "yêu cầu / đề nghị X" and no cue implements; a lead
   also takes the monitor, report and communicate cues of its clause;
5. a preamble clause that opens with a proposal ("Xét đề nghị của Giám đốc Sở ... tại Tờ trình
   số ...", "Xét Tờ trình ... của UBND tỉnh") makes its bodies ``advise``, also when the body
   leads elsewhere in the article (CONVENTIONS: the proposer advises; "when X does not lead"
   qualifies only "X tham mưu / đề xuất");
6. a body that stands alone on a heading line of a "Tổ chức thực hiện" section ("1. Sở Nông
   nghiệp và Môi trường", "3. Sở Khoa học và Công nghệ: Hướng dẫn ...") is the subject of the
   subjectless task lines under it (bullets, or the first line); a task with no cue gives it
   ``implement`` when it has no role yet in that section; a heading that gives the tasks ("1.
   Giao Sở Kế hoạch và Đầu tư:") makes the body lead each item below it (with the lead's
   monitor / report / communicate cues), and a lettered item line ("a) Giám đốc Sở ...:") is
   never a wrapped line of the heading above it;
7. the deadline is the date after "trước ngày" in the clause; a clause with no acting body that
   opens with a specific cue ("...; hằng năm báo cáo HĐND tỉnh ...") gives that role to the
   bodies that acted in the previous clause of its sentence (not to those that only support;
   an advise cue not to a lead, a report cue not to a narrated subject, whose advice stays:
   "Sở Tài chính đang phối hợp ...; tham mưu phương án ..." -> advise);
8. one row per (body, role, deadline) per clause, quoting the clause.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipelines.curation.lexicons import Lexicons, cue_words, level_lists
from pipelines.extract.cue_patterns import alternation, compiled, cue_group
from pipelines.extract.cue_words import cue_words as connectives
from pipelines.extract.cue_words import role_cues
from pipelines.extract.dates import find_dates, find_day_months, find_deadline
from pipelines.extract.ids import assign_statement_ids, slug
from pipelines.extract.task_tables import task_cells
from pipelines.ingest.dates import marker
from pipelines.text.fold import fold
from pipelines.text.matcher import Match, PhraseMatcher
from pipelines.text.segment import Span, clauses, sentences, strip_punct

_TABLE = "assignment_cues.csv"
_SPECIFIC = ("monitor", "report", "communicate", "advise")
# What a lead also does when its clause says so ("X chủ trì, phối hợp với Y theo dõi, đôn đốc"
# -> lead, monitor); advising is part of leading ("X chủ trì ... tham mưu" is lead only), and
# the cues after "tham mưu" say what is advised.
_LEAD_ALSO = ("monitor", "report", "communicate")
# Roles that are duties: a narrated subject ("đã báo cáo tình hình ...") did it, it is not asked to.
_DUTIES = ("report",)
_ACTING = ("subject", "requester", "narration", "lead")
_NARRATION_NOTE = "narration"
_WORD = re.compile(r"\w+\W*")
# Document numbers: "96/TTr-SCT", "12 /KH-UBND", "23-CTr/TU"; issuer codes inside them are no bodies.
_DOC_NUMBER = re.compile(r"\d+\s?[/-]\s?[\w&.]+(?:[/-][\w&.]+)*")
# A section heading line starts with a number or letter ("1.", "2)", "a)", "II.") or a bullet.
# a list member with no code, set off by commas: a few words, the first capitalised (``_uncoded``)
_UNCODED_MEMBER = re.compile(r"[ \t]*,[ \t]*((?:[^\W\d_]+[ \t]+){0,4}[^\W\d_]+)[ \t]*,[ \t]*")
_ITEM_MARK = re.compile(r"^(?:[-+•*–]\s*|(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+)")
_BULLET = re.compile(r"^[-+•*–]")
# a line that opens with a dash and a capitalised word: a bullet, or a name's part after a wrap
_DASH_LINE = re.compile(r"[-–][ \t]*[^\W\d_]")
_LETTERED_LINE = re.compile(r"\n(?=[a-zđ]\)\s)")
# Words that may name the text a submission carries: "xét Đề án kèm theo Tờ trình".
_ATTACHED_WORDS = 6
# A line shorter than this is a heading or a table cell, not prose broken by a hard wrap.
_WRAP_MIN = 30
# Body types (contract enum values) of the province's leadership, which directs and is not directed.
_LEADERSHIP = frozenset({"peoples_committee", "peoples_council", "party_committee"})
# Body types (contract enum values) whose members compile the reports they receive.
_COMPILING = frozenset({"department", "office"})
# "chủ trì" that ends its sentence leads no task: the body's head chairs the event reported.
_CHAIRS = re.compile(r"[ \t]*(?:\.(?!\w)|\n|$)")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+")
# A word (letters or digits) right before, maybe with a comma, on the same line: a capitalised
# cue there continues a name ("Cục Thi hành án", "..., Thi hành án dân sự tỉnh").
_AFTER_WORD = re.compile(r"\w,?[ \t]*\Z")


def _find(matcher, text: str, start: int, end: int) -> list[Match]:
    """``matcher.find`` on ``text[start:end]`` only (a word cut by the bounds is searched as
    the piece inside), with offsets into ``text``."""
    return matcher.find_in_slice(text, start, end)


def _g(lex: Lexicons, kind: str) -> str:
    return cue_group(lex, _TABLE, kind)


def _split_lead(lex: Lexicons) -> str:
    """The split form of the curated "giao ... cho" lead cues: a ``before_lead`` cue of several
    words whose last word is an ``object_gap`` word, with the assigned task between them and a
    few non-body items before the body ("Giao chỉ tiêu kế hoạch năm 2022 cho các cơ quan, đơn
    vị, UBND các huyện" -> the district committees lead), over folded text."""
    gaps = {fold(w) for w in cue_words(lex, _TABLE, "object_gap")}
    pairs = set()
    for cue in cue_words(lex, _TABLE, "before_lead"):
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
    gaps = {fold(w) for w in cue_words(lex, _TABLE, "object_gap")}
    cues = [c for c in cue_words(lex, _TABLE, "before_recipient") if fold(c) not in gaps]
    return rf"(?<!\w){alternation(cues)}(?:\s+\w+){{0,3}}?(?:\s+{_g(lex, 'object_gap')})?\s*$"


def _attached_proposal(lex: Lexicons) -> str:
    """A ``proposal`` cue that ends on a document noun ("sau khi xem xét tờ trình") with the text
    the submission carries named between its verb and its noun ("Sau khi xem xét Đề án kèm theo
    Tờ trình số ...", "Xét dự thảo Nghị quyết kèm theo Tờ trình ..."): a few words, none of
    them the word that leads to a document's owner (``document_cues.csv`` ``issuer_lead``,
    "của": "Xét Báo cáo thẩm tra của Ban ... về tờ trình" is no proposal), over folded text."""
    nouns = {" ".join(fold(n).split()) for n in lex.tables["doc_types.csv"]["name_vi"]}
    heads, ends = set(), set()
    for cue in cue_words(lex, _TABLE, "proposal"):
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
        return _g(lex, kind)

    filler = rf"(?:{g('aspect_filler')}\s+)*"
    title = rf"(?:\s+{g('head_title')})?\s*$"  # "giao Giám đốc Sở ...": the title, then the body
    return {
        "before_lead": re.compile(rf"(?<!\w){g('before_lead')}(?:\s+\d+)?{title}|{_split_lead(lex)}"),
        # a heading that gives the bodies after it the tasks below: "Giao Sở Tài chính:"
        "lead_head": re.compile(rf"{g('before_lead')}\s+"),
        "subject_of": re.compile(rf"(?<!\w){g('subject_of')}\s+$"),
        # tasks counted or described, not given: "nhiệm vụ UBND tỉnh giao cho ..." (the givers
        # between), "được giao thực hiện 51 nhiệm vụ" (a count of tasks after the passive)
        "tally_noun": re.compile(rf"(?<!\w){g('tally')}\s+"),
        "tally_count": re.compile(rf"\s*(?:\w+\s+){{0,2}}?\d[\d.]*\s+(?:\w+\s+)?{g('tally')}(?!\w)"),
        "before_support": re.compile(rf"(?<!\w){g('before_support')}{title}"),
        "owner": re.compile(rf"(?<!\w){g('before_object')}{title}"),
        "before_object": re.compile(rf"(?<!\w)(?:{g('before_recipient')}|{g('before_object')}){title}"),
        "before_request": re.compile(rf"(?<!\w){g('before_request')}{title}"),
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
        "proposal": re.compile(rf"\W*(?:{g('proposal')}|{_attached_proposal(lex)})(?!\w)"),
        # a preamble clause that weighs documents: "Xét Báo cáo số ... và Tờ trình số ... của UBND tỉnh"
        # the agent of a passive after a short setting: "vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua"
        "passive_agent": re.compile(rf"(?<!\w){g('passive')}\s+([^\W\d][^,;:.\n]{{0,30}}),\s*$"),
        "municipal_tail": re.compile(rf"(?<!\w){g('municipal_tail')}\s*$"),
        "consider": re.compile(rf"\W*{g('consider')}(?!\w)"),
        # a document's subject starts right before: "... về tờ trình của UBND tỉnh"
        "about": re.compile(rf"(?<!\w){cue_group(lex, 'document_cues.csv', 'title')}\s*$"),
        # a line that ends on a word that needs a body after it goes on in the next line
        "dangling": re.compile(
            rf"(?<!\w)(?:{g('join')}|{g('before_object')}|{g('before_recipient')}|{g('before_lead')}"
            rf"|{g('before_support')})\s*\Z"
        ),
        "list_head": re.compile(rf"(?<!\w){_list_heads(lex)}\s*:\s*"),
        "list_head_end": re.compile(rf"(?<!\w){_list_heads(lex)}\s*:\s*$"),
        "only_joins": re.compile(rf"^(?:[\W\d_]|{g('join')}(?!\w))*$"),
        "recipients": re.compile(rf"\W*{g('recipients')}\s*:"),
        "report_to": re.compile(_report_to(lex)),
        # "báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ)": the office a report goes through compiles it
        "via": re.compile(rf"(?<!\w){g('before_recipient')}(?!\w)[^;.]{{0,80}}?\(\s*{g('via')}\s*$"),
        # a count ("30 báo cáo"; no year, date or decimal) or a quantifier ("các báo cáo") before a cue
        "past": re.compile(rf"(?<!\w){g('past_opening')}(?!\w)"),
        # a run that opens with a head's title ("Chủ tịch UBND tỉnh", "Giám đốc Sở ...")
        "titled": re.compile(rf"{g('head_title')}(?!\w)"),
        # "ông" / "bà" and a name after a title: "Chủ tịch UBND tỉnh, ông Nguyễn Văn A"
        "name_first": re.compile(rf"[\W\d]*{g('name_title')}\s+"),
        "name_title": re.compile(rf"[ \t]*(?:[-–—][ \t]*|,[ \t]*)?{g('name_title')}[ \t]+\w"),
        "event": re.compile(rf"(?<!\w){g('event_opening')}(?!\w)"),
        # a bracket naming the run before it for short: "(sau đây gọi tắt là các sở, ngành)"
        "short_name": re.compile(rf"[ \t]*\(\s*{g('short_name')}(?!\w)[^()\n]{{0,160}}\)"),
        # the time of the event right after a lead cue: "Cuộc họp do ... chủ trì sáng ngày 2/12"
        "chaired_at": re.compile(_chaired_at(lex)),
        "directive": re.compile(rf"(?<!\w){g('directive')}(?!\w)"),
        "hearing": re.compile(rf"(?<!\w){g('hearing')}(?!\w)"),
        # "..., nhờ đó ... đạt được kết quả": the work before it is told by its results
        "result": re.compile(rf"(?<!\w){g('result')}(?!\w)"),
        # the author names its text, then asks the bodies after it: "UBND tỉnh xây dựng Kế hoạch
        # hành động và yêu cầu Giám đốc các sở ..."
        "then_asks": re.compile(rf"(?<!\w){g('join')}\s+{g('after_requester')}\s*$"),
        "announce": re.compile(rf"(?<!\w){g('announce')}\W*$"),
        # a sentence that opens with a year: "Năm 2025, ..."
        "year_before": re.compile(
            rf"(?<!\w)(?:{alternation(role_cues(lex, 'year_noun'))})\s+((?:19|20)\d{{2}})\s*,\s*$"
        ),
        "year_opening": re.compile(rf"\W*(?:{alternation(role_cues(lex, 'year_noun'))})\s+((?:19|20)\d{{2}})(?!\d)"),
        # a sentence that opens with the day of the event it tells: "Chiều 5/8, ...", "Ngày 9-12-2024, ..."
        "event_day": re.compile(_event_day(lex)),
        # "X phấn đấu ...": a leadership body stating the province's aims
        "aim": re.compile(rf"[ \t]*,?[ \t]*{g('aim')}(?!\w)"),
        # "trình HĐND tỉnh" right before a run: a report cue after that run is the document submitted
        "submit": re.compile(rf"(?<!\w){g('submit')}{title}"),
        "quantifier": re.compile(rf"(?<!\w){g('quantifier')}(?!\w)"),
        "quantified": re.compile(rf"(?:(?<![\w./,-])\d{{1,3}}|(?<!\w){g('quantifier')})\s+\Z"),
    }


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
    # ``setting`` is that phrase, which must name no body (``_event_sentence``)
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


def _key(text: str, m: Match) -> str:
    return " ".join(re.findall(r"\w+|[^\w\s]", fold(text[m.start : m.end])))


@dataclass
class _Article:
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
    # whether the paragraph being read is an item of a list after "yêu cầu:" / "đề nghị:"
    request_list: bool = False
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
    # what pure steps found in a span of this article ({(step, start, end): result}): ``_mentions``
    # is asked of the same clause by several rules
    found_in: dict = field(default_factory=dict)
    # where the report cues of the clause being read that name a submitted document start
    submitted: set = field(default_factory=set)

    def __post_init__(self):
        lex = self.lex
        self.folded = fold(self.text)
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


# --- step 1: body mentions -------------------------------------------------------------------


def _in_number(a: _Article, m: Match) -> bool:
    return any(s < m.end and m.start < e for s, e in a.numbers)


def _dress_words(lex: Lexicons) -> tuple:
    """Matchers of the head titles ("Giám đốc", "Thủ trưởng": ``head_title``), the tails written
    right after a name ("tỉnh", "thành phố": ``body_tail``) and the scopes that may also follow
    it after a comma ("cấp tỉnh", "có liên quan", "cơ quan, đơn vị": ``body_scope``)."""
    return (
        PhraseMatcher((c, "title") for c in cue_words(lex, _TABLE, "head_title")),
        PhraseMatcher(
            [(c, "tail") for c in cue_words(lex, _TABLE, "body_tail")]
            + [(c, "scope") for c in cue_words(lex, _TABLE, "body_scope")]
        ),
    )


def _tail_end(a: _Article, tails: PhraseMatcher, end: int, ceiling: int) -> int:
    """Where the tails and scopes after a name end ("Thủ trưởng các sở, ban, ngành, thuộc
    tỉnh", "Sở Tài chính tỉnh Hưng Yên"); a scope may follow a comma, a tail may not."""
    for _ in range(3):
        found = [m for matcher in (tails, a.lex.provinces) for m in _find(matcher, a.text, end, min(ceiling, end + 60))]
        nxt = min(found, key=lambda m: m.start, default=None)
        gap = a.text[end : nxt.start].strip() if nxt else "x"
        if nxt is None or not (gap == "" or (gap == "," and nxt.value == "scope")):
            return end
        end = nxt.end
    return end


def _dressed(a: _Article, found: list[Match], span: Span) -> list[Match]:
    """The names with the words written around them: a head's title before ("Giám đốc Công an
    tỉnh", "Chủ tịch UBND các huyện") and a level or scope after ("Thủ trưởng các ban, ngành
    cấp tỉnh", "các sở, ngành liên quan", "Sở Nội vụ tỉnh Quảng Nam"), so that a list of
    bodies reads as one run whatever their dress."""
    titles, tails = compiled(a.lex, "assignment_dress", _dress_words)
    out: list[Match] = []
    for k, m in enumerate(found):
        floor = out[-1].end if out else span[0]
        ceiling = found[k + 1].start if k + 1 < len(found) else span[1]
        before = _find(titles, a.text, max(floor, m.start - 40), m.start)
        start = next((t.start for t in reversed(before) if not a.text[t.end : m.start].strip()), m.start)
        end = _tail_end(a, tails, m.end, ceiling)
        short = a.pats["short_name"].match(a.folded, end)
        end = short.end() if short and short.end() <= ceiling else end  # read on past its short name
        out.append(m if (start, end) == (m.start, m.end) else Match(start, end, m.value, a.text[start:end]))
    return out


def _named(a: _Article, span: Span) -> list[Match]:
    """Curated body names in ``span``, dressed (``_dressed``). A lower-case match of a
    capitalised alias is not a name ("tại các cơ sở y tế" is no "Sở Y tế", "chính phủ điện tử"
    no "Chính phủ"), so the search resumes after its first word ("thủ trưởng các sở, ngành"
    still gives "các sở, ngành")."""
    out: list[Match] = []
    pos, text = span[0], a.text
    while True:
        found = [m for m in _find(a.lex.bodies, text, pos, span[1]) if not _other_city(a, m)]
        bad = next((m for m in found if text[m.start].islower() and a.lex.bodies.key(m.phrase) not in a.lower), None)
        if bad is None:
            return _dressed(a, _outside_short_names(a, _outside_scopes(a, out + found, span), span), span)
        out += [m for m in found if m.start < bad.start]
        word = _WORD.match(text, bad.start)
        pos = word.end() if word else bad.end


def _other_city(a: _Article, m: Match) -> bool:
    """Whether a provincial body's name that ends on a ``municipal_tail`` word ("Ủy ban nhân dân
    thành phố", "Cục Thống kê thành phố") names no municipality's body: on a province's page,
    or with a city's name after it ("UBND thành phố Vinh", "UBND Thành phố Thủ Đức")."""
    if a.lex.body_info[m.value[0]]["level"] != "province" or not a.pats["municipal_tail"].search(fold(m.phrase)):
        return False
    return not a.municipal or a.text[m.end : m.end + 2].strip()[:1].isupper()


def _outside_scopes(a: _Article, found: list[Match], span: Span) -> list[Match]:
    """The names that stand inside no scope written after another name ("các sở, ban ngành, đơn
    vị trực thuộc UBND tỉnh": the committee only says whose units are meant, it is no body of
    the run)."""
    _, tails = compiled(a.lex, "assignment_dress", _dress_words)
    scopes = [s for s in _find(tails, a.text, *span) if s.value == "scope"]
    return [m for m in found if not any(s.start < m.start and m.end <= s.end for s in scopes)]


def _outside_short_names(a: _Article, found: list[Match], span: Span) -> list[Match]:
    """The names outside a bracket that gives the run before it a short name ("Chủ tịch UBND các
    xã, phường (sau đây gọi tắt là các Sở, ban, ngành, địa phương) tập trung ..."): the bodies
    are the ones named before it."""
    if a.text.find("(", *span) < 0:
        return found
    shorts = [m.span() for m in a.pats["short_name"].finditer(a.folded, *span)]
    return [m for m in found if not any(s < m.start and m.end <= e for s, e in shorts)]


def _list_items(a: _Article, head: re.Match, end: int) -> list[Match]:
    """The departments listed after a list head, each read with the head's prefix: "Giám đốc
    các Sở: Công Thương, Tài chính, Kế hoạch và Đầu tư" -> DOIT, DOF, DPI."""
    prefix = a.prefixes[re.sub(r"\s+", " ", fold(a.text[head.start() : head.end()]).rstrip(": \t"))]
    out: list[Match] = []
    pos = head.end()
    while pos < end:
        piece = f"{prefix} {a.text[pos:end]}"
        m = next(iter(a.lex.bodies.find(piece, 0, len(piece))), None)
        if m is None or m.start != 0:
            break
        stop = pos + m.end - len(prefix) - 1
        out.append(Match(pos, stop, m.value, a.text[pos:stop]))
        gap = re.match(rf"\s*(?:,|;)?\s*(?:{_g(a.lex, 'join')}\s+)?", a.folded[stop:end])
        pos = stop + (gap.end() if gap else 0)
    return out


def _mentions(a: _Article, span: Span) -> tuple[list[Match], list[Span]]:
    """Body mentions in ``span`` and the list heads among them (whose place the listed
    departments take); found once per span of the article (``_Article.found_in``)."""
    key = ("mentions", span[0], span[1], a.municipal)
    done = a.found_in.get(key)
    if done is None:
        found, heads = _find_mentions(a, span)
        done = a.found_in[key] = (tuple(found), tuple(heads))
    return list(done[0]), list(done[1])


def _find_mentions(a: _Article, span: Span) -> tuple[list[Match], list[Span]]:
    found = [m for m in _named(a, span) if not _in_number(a, m)]
    heads = []
    for h in a.pats["list_head"].finditer(a.folded, *span):
        items = _list_items(a, h, span[1])
        if items:
            heads.append(h.span())
            found = [m for m in found if m.end <= h.start() or m.start >= items[-1].end] + items
    return sorted(found, key=lambda m: m.start), heads


def _gaps(a: _Article, heads: list[Span]) -> str:
    """The folded text with list heads blanked, so that a run reads across them."""
    folded = a.folded
    for s, e in heads:
        folded = folded[:s] + " " * (e - s) + folded[e:]
    return folded


def _runs(a: _Article, mentions: list[Match], folded: str) -> list[list[Match]]:
    runs: list[list[Match]] = []
    for m in mentions:
        if runs and (
            a.pats["join"].match(folded[runs[-1][-1].end : m.start]) or _uncoded(a, runs[-1][-1].end, m.start)
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _uncoded(a: _Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a member of a list of bodies that has no code of its own,
    set off by commas: a capitalised name of a few words ("Tỉnh ủy, Hội đồng nhân dân, UBND tỉnh
    và UBND các huyện", the council's "tỉnh" shared with the committee): the run reads across it."""
    m = _UNCODED_MEMBER.fullmatch(a.text, start, end)
    return m is not None and m.group(1)[0].isupper()


# --- step 2: clauses that only list bodies ---------------------------------------------------


def _only_bodies(a: _Article, span: Span) -> bool:
    """Whether a clause names bodies and nothing else ("Chánh Văn phòng UBND tỉnh;")."""
    mentions, heads = _mentions(a, span)
    if not mentions and not heads:
        return False
    rest = list(_gaps(a, heads)[span[0] : span[1]])
    for m in mentions:
        rest[m.start - span[0] : m.end - span[0]] = " " * (m.end - m.start)
    return bool(a.pats["only_joins"].match("".join(rest)))


def _assigns_only(a: _Article, span: Span) -> bool:
    """Whether a clause is a lead cue and bodies, nothing else ("Giao các sở, ban, ngành;" before
    "UBND các huyện ... xây dựng kế hoạch"), or bodies after an opening phrase set off by a comma
    ("Căn cứ chỉ tiêu được giao, các sở, ban, ngành tỉnh;"): the bodies after the ';' are
    assigned with them, or act with them."""
    start = strip_punct(a.text, span)[0]
    m = a.pats["lead_head"].match(a.folded, start)
    if m is not None:
        return _only_bodies(a, (m.end(), span[1]))
    mentions = _mentions(a, span)[0]
    comma = a.text.rfind(",", start, mentions[0].start) if mentions else -1
    return comma > start and not a.text[comma + 1 : mentions[0].start].strip() and _only_bodies(a, (comma + 1, span[1]))


def _introduces(a: _Article, clause: Span) -> bool:
    """Whether a clause ends in ':' after a body that is no list head ("2. Sở Nội vụ:
    Hướng dẫn ...": the body heads what follows; "Giám đốc các Sở: Y tế, ..." lists)."""
    if a.text[clause[1] - 1] != ":":
        return False
    head = a.pats["list_head"].search(a.folded, clause[0], clause[1])
    return head is None or head.end() < clause[1]


def _opens_list(a: _Article, clause: Span) -> bool:
    """Whether a clause ends on a list head and its ':' ("Các Sở: Tài chính, Xây dựng ... chủ
    động triển khai", "Giao các Sở: Tài chính, ..."): the list and its verb follow."""
    head = None
    for head in a.pats["list_head"].finditer(a.folded, clause[0], clause[1]):
        pass
    return head is not None and not a.text[head.end() : clause[1]].strip()


def _merged_clauses(a: _Article, sent: Span) -> list[Span]:
    """The clauses of a sentence; clauses that only list bodies (maybe after a lead cue) are
    joined to the next one."""
    out: list[Span] = []
    pending: int | None = None
    for clause in clauses(a.text, sent):
        start = clause[0] if pending is None else pending
        listed = _only_bodies(a, (start, clause[1])) or _assigns_only(a, (start, clause[1]))
        if _opens_list(a, clause) or (listed and not _introduces(a, clause)):
            pending = start
            continue
        out.append((start, clause[1]))
        pending = None
    if pending is not None:
        out.append((pending, sent[1]))
    return _proposal_runs(a, out)


def _reference_words(lex: Lexicons) -> frozenset[str]:
    """The folded words a bare reference to documents is made of besides its numbers and dates:
    the document nouns ("Báo cáo", "Tờ trình"), "số" and the quantifiers ("các")."""
    words = list(lex.tables["doc_types.csv"]["name_vi"]) + cue_words(lex, "document_cues.csv", "number_noun")
    words += cue_words(lex, _TABLE, "quantifier") + role_cues(lex, "day_noun")
    return frozenset(w for phrase in words for w in fold(phrase).split())


def _references(a: _Article, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing but references to documents ("Báo cáo số
    309/BC-UBND ngày 22 tháng 11 năm 2023, số 325/BC-UBND"), with at least one number."""
    rest = list(a.folded[start:end])
    spans = [s for s in a.numbers if start <= s[0] and s[1] <= end]
    spans += [(d.start, d.end) for d in find_dates(a.text, connectives(a.lex), start, end)]
    for s, e in spans:
        rest[s - start : e - start] = " " * (e - s)
    allowed = compiled(a.lex, "assignment_reference_words", _reference_words)
    words = re.findall(r"\w+", "".join(rest))
    return bool(spans) and all(w in allowed or w.isdigit() for w in words)


def _proposal_runs(a: _Article, spans: list[Span]) -> list[Span]:
    """Clauses joined when a proposal names its owner only after a run of documents set off by
    ';' ("Xét Tờ trình số ... ngày ...; các Báo cáo số ..., số ... của UBND tỉnh; ..."): the
    owner closing the run owns the submission too. Only bare references stand between the
    proposal cue and the owner; anything else ("Báo cáo thẩm tra ...") keeps the clauses apart."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        j = _run_end(a, spans, i)
        out.append((spans[i][0], spans[j][1]))
        i = j + 1
    return out


def _run_end(a: _Article, spans: list[Span], i: int) -> int:
    """The index of the clause that names the owner of the proposal opening clause ``i``, or
    ``i`` when there is none (see ``_proposal_runs``)."""
    start = strip_punct(a.text, spans[i])[0]
    cue = a.pats["proposal"].match(a.folded, start)
    if cue is None or _mentions(a, spans[i])[0] or not _references(a, cue.end(), spans[i][1]):
        return i
    owner = a.pats["owner"]
    for j in range(i + 1, len(spans)):
        mentions = _mentions(a, spans[j])[0]
        if not mentions:
            if not _references(a, *spans[j]):
                return i
            continue
        lead = owner.search(a.folded, spans[j][0], mentions[0].start)
        if lead is None or not _references(a, spans[j][0], lead.start()):
            return i
        return j if len(_issuer_codes(a, cue.end(), lead.start())) == 1 else i
    return i


def _issuer_codes(a: _Article, start: int, end: int) -> set[str]:
    """The issuer codes that close the document numbers in ``text[start:end]`` ("309/BC-UBND" ->
    "UBND"): one code says the documents of a run are one body's; a committee's report
    ("652/BC-KTNS") among them is another's."""
    numbers = [a.text[s:e] for s, e in a.numbers if start <= s and e <= end]
    return {re.split(r"[/-]", n)[-1].upper() for n in numbers if re.search(r"[^\W\d]", n)}


# --- steps 3 and 4: how a run reads ----------------------------------------------------------


def _role_cues(a: _Article, start: int, end: int) -> list[Match]:
    """The curated role cues in ``text[start:end]`` that are verbs. A cue written with a capital
    after a word is part of a proper name ("Cục Thi hành án dân sự tỉnh"); a cue after a count
    or a quantifier is a noun ("cho ý kiến đối với 30 báo cáo", "trong các báo cáo của UBND
    tỉnh")."""
    text = a.text
    return [
        c
        for c in _find(a.lex.role_cues, text, start, end)
        if not (text[c.start].isupper() and _AFTER_WORD.search(text, max(0, c.start - 12), c.start))
        and not _quantified(a, c.start)
    ]


def _quantified(a: _Article, pos: int) -> bool:
    """Whether a count or a quantifier stands right before ``pos`` ("30 báo cáo", "các báo cáo")."""
    return bool(a.pats["quantified"].search(a.folded, max(0, pos - 20), pos))


def _after_subject(a: _Article, end: int, virtual: bool = False) -> tuple[int, bool]:
    """Position after the province, name and aspect markers that follow a subject, and whether
    an aspect marker narrates ("Chủ tịch UBND tỉnh - Nguyễn Văn Út đã ký" -> at "ký", True).
    Words in capitals ("TỈNH ỦY ... BAN HÀNH" in a headline) are no person's name."""
    text = a.text
    prov = _find(a.lex.provinces, text, end, min(len(text), end + 40))
    if prov and not text[end : prov[0].start].strip():
        end = prov[0].end
    for _ in range(0 if virtual else 6):
        m = a.pats["name"].match(a.folded, end)
        word = text[m.start(1) : m.end(1)] if m else ""
        if not word or not word[0].isupper() or (len(word) > 1 and word.isupper()):
            break
        end = m.end()
    asp = a.pats["aspect"].match(a.folded, end)
    return asp.end(), bool(asp.group(1))


def _before_kind(a: _Article, run: list[Match], clause: Span, earlier: bool) -> str | None:
    """How the words before a run read it: ``lead`` ("giao cho 16 sở, ngành"), ``support``
    ("phối hợp với Sở Tài chính", when a body is named earlier), ``doc`` ("Nghị quyết Tỉnh
    ủy"), ``object`` ("tham mưu UBND tỉnh", "gửi về Văn phòng UBND tỉnh", "của HĐND tỉnh"), or
    None: the run is a subject, read from the words after it."""
    start = run[0].start
    before = a.folded[clause[0] : start]
    head = a.pats["list_head_end"].search(before)  # "giao các Sở: Tài chính, ...": read before the head
    before = before[: head.start()] if head else before
    d = a.doc_names.search(before)
    if d and a.text[clause[0] + d.start(1)].isupper():
        return "doc"
    lead = a.pats["before_lead"].search(before)
    if lead and a.pats["subject_of"].search(before, 0, lead.start()):
        return "doc"  # "quyết định của UBND tỉnh về giao chỉ tiêu ... cho các sở": a document's subject
    if lead and _tasks_given(a, clause[0], clause[0] + lead.start()):
        return "doc"  # "các nhiệm vụ UBND tỉnh giao cho các sở, ngành ...": the tasks described
    if lead and not _named(a, (clause[0] + lead.start(), start)):
        return "lead"  # not "Giao UBND tỉnh ... báo cáo kết quả cho HĐND tỉnh": the task was given
    if a.pats["via"].search(before):
        return "via"
    if a.pats["before_support"].search(before):
        return "support" if earlier or _opens_on_support(a, clause, start) else "object"
    if a.pats["before_object"].search(before) or _passive_agent(a, clause[0], before):
        return "object"
    if a.pats["purpose"].search(before) and _leadership(a, start):
        return "object"  # "báo cáo khó khăn để UBND tỉnh định hướng ...": the purpose of the one reported to
    if a.pats["titled"].match(a.folded, start) and a.pats["named_object"].search(before):
        return "object"  # "theo ông Nguyễn Văn A - Bí thư Tỉnh ủy, ...": the person's title, a source
    return _cue_before(a, clause, start)


def _tasks_given(a: _Article, start: int, cue: int) -> bool:
    """Whether a lead cue at ``cue`` closes a relative clause on a task noun (``tally``) whose
    givers stand between them ("Đối với nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao cho các sở,
    ngành ..., đã hoàn thành ..."): the tasks are told, the bodies after the cue are given none."""
    nouns = list(a.pats["tally_noun"].finditer(a.folded, start, cue))
    return bool(nouns) and _only_bodies(a, (nouns[-1].end(), cue))


def _passive_agent(a: _Article, start: int, before: str) -> bool:
    """Whether a run is the agent of a passive after a named setting ("... vừa được Kỳ họp thứ
    16, HĐND tỉnh thông qua": the setting is capitalised, "được ban hành, Sở ..." is no setting)."""
    m = a.pats["passive_agent"].search(before)
    return bool(m) and a.text[start + m.start(1)].isupper()


def _opens_on_support(a: _Article, clause: Span, start: int) -> bool:
    """Whether a sentence opens on "Phối hợp với" right after a sentence that gave a body work:
    its subject is that body ("Sở Xây dựng chủ trì ... . Phối hợp với UBND các huyện tổ chức
    ..." -> the districts support)."""
    pos = a.pats["opening"].match(a.folded, clause[0]).end()
    if not a.prev_acted or pos >= start or not a.text[pos].isupper():
        return False
    return bool(a.pats["before_support"].fullmatch(a.folded, pos, start))


def _cue_before(a: _Article, clause: Span, start: int) -> str | None:
    """``lead`` or ``object`` when a role cue stands right before the run ("tham mưu (cho) UBND
    tỉnh": its object; "chịu trách nhiệm" ... "giao"), else None."""
    cues = _role_cues(a, clause[0], start)
    if not cues or not a.pats["object_gap"].match(a.folded[cues[-1].end : start]):
        return None
    role = cues[-1].value
    if role == "lead":
        return "lead"
    return "object" if role in _SPECIFIC else None


def _after_kind(a: _Article, end: int, stop: int, virtual: bool = False, single: bool = False) -> tuple[str, bool]:
    """How the words after a subject, up to ``stop`` (the next run), read it: ``requester``
    ("UBND tỉnh yêu cầu"), ``narration`` ("UBND TP.HCM tổ chức hội nghị"), ``lead`` ("Sở Y tế
    chủ trì") or ``subject``; and whether an aspect marker narrates it. ``single``: the subject
    is one body (a text has one author), see ``_announces``."""
    pos, aspect = _after_subject(a, end, virtual)
    if not aspect:
        aspect = _narrated_after_members(a, end, stop)
    if a.pats["after_requester"].match(a.folded, pos) or _announces(a, pos, stop, single):
        return "requester", aspect
    first = next(iter(_role_cues(a, end, stop)), None)
    if first is not None and first.value == "ignore" and _key(a.text, first) in a.narration:
        return "narration", aspect
    lead = a.pats["after_lead"].match(a.folded, pos)
    if lead and first is not None and first.value == "ignore" and first.start <= lead.end() < first.end:
        lead = None  # a longer curated phrase holds the cue: "được giao đầu mối" describes, "được giao" assigns
    if lead and (_CHAIRS.match(a.text, lead.end()) or a.pats["chaired_at"].match(a.folded, lead.end())):
        return "narration", aspect  # "Đồng chí ..., Chủ tịch UBND tỉnh chủ trì (sáng 2/12).": chairs the event
    if lead and a.pats["tally_count"].match(a.folded, lead.end()):
        return "narration", aspect  # "UBND tỉnh được giao thực hiện 51 nhiệm vụ ...": a count of tasks
    if lead:
        return "lead", aspect
    return "subject", aspect


def _narrated_after_members(a: _Article, end: int, stop: int) -> bool:
    """Whether a narrating aspect marker follows the run's members that have no code, written in
    lower case after it ("các sở, ban, ngành, đơn vị, doanh nghiệp đã hoàn thành ..."): the
    whole list is narrated."""
    m = a.pats["member_aspect"].match(a.folded, end, stop)
    return m is not None and a.text[end : m.end()] == a.text[end : m.end()].lower()


def _announces(a: _Article, start: int, stop: int, single: bool = False) -> bool:
    """Whether the words after a subject announce the text that follows, naming a document: the
    author speaks ("UBND tỉnh xây dựng Kế hoạch phát triển ... năm 2026 như sau:", "UBND tỉnh
    đánh giá ước thực hiện Kế hoạch năm 2024 ..., cụ thể như sau:", or "... Kế hoạch hành động
    và yêu cầu" the bodies after it), it is assigned nothing.
    The document's name is capitalised, or the subject is one body (``single``): a text has one
    author, so "UBND tỉnh xây dựng kế hoạch ... như sau:" is the author too, while several
    bodies told to draw up their own ("UBND các huyện xây dựng kế hoạch ... như sau:") act."""
    asks = a.pats["then_asks"].search(a.folded, start, stop)
    if not (asks or a.pats["announce"].search(a.folded, start, stop)):
        return False
    docs = list(a.doc_any.finditer(a.folded[start:stop]))
    return (single and bool(docs) and not asks) or any(a.text[start + m.start()].isupper() for m in docs)


def _single(a: _Article, run: list[Match]) -> bool:
    """Whether a run names one body, not several ("UBND tỉnh", not "UBND các huyện" or "Sở Y tế,
    Sở Tài chính")."""
    return len(run) == 1 and not a.pats["quantifier"].search(a.folded, run[0].start, run[0].end)


def _cue_roles(a: _Article, cues: list[Match], narrated: bool) -> list[str]:
    """Roles of a subject from the cues after it (masks already removed).

    ``implement`` only when nothing specific is said, or when its cue stands as a predicate of
    its own before the specific one ("tổ chức thực hiện Kế hoạch ..., định kỳ báo cáo"), not
    when coordinated with it ("phải hoàn thành, báo cáo"); never for a narrated subject, which
    keeps no duty either ("Phó Chủ tịch UBND tỉnh đã báo cáo tình hình ..." presented a report
    at the meeting; "Sở ... đã tham mưu" still advised).
    """
    roles = list(dict.fromkeys(c.value for c in cues if c.value in _SPECIFIC))
    if narrated:
        return [r for r in roles if r not in _DUTIES]
    for i, c in enumerate(cues):
        if c.value in _SPECIFIC:
            break
        if c.value == "implement":
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            if nxt is None or nxt.value not in _SPECIFIC or not a.pats["cue_join"].match(a.folded[c.end : nxt.start]):
                return ["implement", *roles]
    return roles


def _past(a: _Article, clause: Span, end: int) -> bool:
    """Whether what follows is past work: a past time before ``end`` in the clause ("Năm qua,
    UBND tỉnh triển khai ..."), a sentence that opens with a year before the publication year
    ("Năm 2025, Sở ... chủ động phối hợp với các sở, ngành ..." in a 2026 article), or such a
    year set off by commas right before ``end`` ("Theo báo cáo ..., ngay từ đầu năm 2023, Tỉnh
    ủy tập trung xây dựng ...")."""
    if a.past_sentence or a.pats["past"].search(a.folded, clause[0], end):
        return True
    # a time of an earlier year set off right before the subject: "..., ngay từ đầu năm 2023, Tỉnh ủy ..."
    m = a.pats["year_before"].search(a.folded, clause[0], end)
    return bool(m and a.published_year and int(m.group(1)) < a.published_year)


def _at_event(a: _Article, clause: Span, end: int) -> bool:
    """Whether what follows is told of an event: its setting before ``end`` in the clause ("Tại
    phiên họp, lãnh đạo Sở Tài chính báo cáo kết quả ..."), a sentence that opens with the
    event's day ("Sáng 2/7, ..."), or a meeting's hearing earlier in the paragraph ("Hội nghị đã
    nghe lãnh đạo Sở ... báo cáo ... . Sở Tài chính báo cáo một số giải pháp ...": those heard
    present). A body asked there ("Tại hội nghị, ... yêu cầu Sở ... báo cáo") is still asked
    (the caller's concern)."""
    heard = a.heard_from is not None and a.heard_from <= end
    return heard or a.event_sentence or bool(a.pats["event"].search(a.folded, clause[0], end))


def _event_sentence(a: _Article, sent: Span) -> bool:
    """Whether a sentence opens with the day of the event it tells ("Sáng 2/7, ..."), maybe after
    a scraper's date marker or one phrase of setting that names no body ("Trong chuyến công tác
    tại tỉnh, chiều 8/3, Bộ trưởng ..."; "Giao Sở Y tế, ngày 20/5, ..." is a schedule)."""
    m = a.pats["event_day"].match(a.folded, sent[0], sent[1])
    if m is None:
        return False
    return m["setting"] is None or not _find(a.lex.bodies, a.text, m.start("setting"), m.end("setting"))


def _opens_earlier_year(a: _Article, sent: Span) -> bool:
    """Whether a sentence opens with a year before the article's publication year."""
    m = a.pats["year_opening"].match(a.folded, sent[0])
    return bool(m and a.published_year and int(m.group(1)) < a.published_year)


def _requested(a: _Article, clause: Span, start: int) -> bool:
    """Whether the body at ``start`` is asked: "yêu cầu / đề nghị X ..." before it in its
    clause, or it opens an item of a list that a request introduces ("Văn bản yêu cầu:" / "1.
    UBND các huyện chỉ đạo các đơn vị tăng cường tuyên truyền ...")."""
    if a.pats["before_request"].search(a.folded[clause[0] : start]):
        return True
    return a.request_list and a.pats["opening"].fullmatch(a.folded, strip_punct(a.text, clause)[0], start) is not None


def _kinds(a: _Article, runs: list[list[Match]], clause: Span, earlier: bool) -> list[tuple[str, bool]]:
    """(kind, narrated) of every run of a clause; ``earlier``: a body acts before the first run
    (a section heading). A subject after a past time ("Năm qua, UBND tỉnh triển khai ...") is
    narrated as after "đã"."""
    kinds: list[tuple[str, bool]] = []
    for i, run in enumerate(runs):
        seen = earlier or any(k != "doc" for k, _ in kinds)
        kind = _before_kind(a, run, clause, seen)
        aspect = False
        if kind is None:
            stop = runs[i + 1][0].start if i + 1 < len(runs) else clause[1]
            kind, aspect = _subject_kind(a, run, clause, stop)
        kinds.append((kind, aspect))
    return kinds


def _subject_kind(a: _Article, run: list[Match], clause: Span, stop: int) -> tuple[str, bool]:
    """(kind, narrated) of a run read from the words after it (``_after_kind``), told apart from
    what a page only reports: the leadership stating aims, a line in capitals, the headline, an
    official named with their person's name, a subject after a past time or at an event, or one
    whose work its clause goes on to credit with a result ("..., nhờ đó ... đạt được kết quả"); a
    body asked ("yêu cầu X ...") acts whatever the setting."""
    kind, aspect = _after_kind(a, run[-1].end, stop, single=_single(a, run))
    asked = _requested(a, clause, run[0].start)
    kind = "narration" if kind == "subject" and ((_states_aims(a, run) and not asked) or _shouted(a, run)) else kind
    if kind in ("subject", "lead") and (a.headline or (_person(a, run) and not asked)):
        kind = "narration"
    aspect = aspect or _past(a, clause, run[0].start) or (_at_event(a, clause, run[0].start) and not asked)
    aspect = aspect or bool(a.pats["result"].search(a.folded, run[-1].end, clause[1]))
    if kind == "requester" and asked:
        kind = "subject"  # asked to direct others ("đề nghị UBND các huyện chỉ đạo ..."): it acts
    return kind, aspect


def _person(a: _Article, run: list[Match]) -> bool:
    """Whether a run is an official named with their person's name ("Chủ tịch UBND tỉnh An Giang
    Hồ Văn Mừng quán triệt ...", "Giám đốc Sở Tài chính, ông Lê Văn A, chủ trì ..."): a news
    page reports what they did (CONVENTIONS: a body only reported on does no work). A title is
    needed (``head_title``), and a name of two capitalised words or more followed by a word in
    lower case, or a name after "ông" / "bà" ("UBND các huyện Tuy Phước, Phù Cát" names places)."""
    m = run[-1]
    if _named_first(a, run):
        return True
    if not a.pats["titled"].match(a.folded, run[0].start):
        return False
    end = m.end
    prov = _find(a.lex.provinces, a.text, end, min(len(a.text), end + 40))
    if prov and not a.text[end : prov[0].start].strip():
        end = prov[0].end
    if a.pats["name_title"].match(a.folded, end):
        return True
    line = a.text[end : a.text.find("\n", end) if "\n" in a.text[end:] else len(a.text)]
    words = line.lstrip(" \t-–—").split()
    names = 0
    for w in words[:5]:
        if not (w[:1].isupper() and w.rstrip(",").isalpha() and not (len(w) > 1 and w.isupper())):
            break
        names += 1
        if w.endswith(","):
            break
    rest = words[names] if names < len(words) else ""
    return 2 <= names <= 4 and rest[:1].islower()


def _named_first(a: _Article, run: list[Match]) -> bool:
    """Whether the line of a run opens with a person's name before their titles ("Đồng chí
    Trần Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh báo cáo": a caption or a
    speaker; ``name_title`` then two to four capitalised words and a comma)."""
    line = a.text.rfind("\n", 0, run[0].start) + 1
    m = a.pats["name_first"].match(a.folded, line, run[0].start)
    if m is None:
        return False
    name, comma, titles = a.text[m.end() : run[0].start].partition(",")
    words = name.split()
    if not comma or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    # titles only up to the run: "Đồng chí ..., Bí thư Tỉnh ủy yêu cầu Sở ..." asks the department
    start = run[0].start - len(titles)
    return not _role_cues(a, start, run[0].start) and not a.pats["directive"].search(a.folded, start, run[0].start)


def _shouted(a: _Article, run: list[Match]) -> bool:
    """Whether a run stands in a line written in capitals up to its end, with a name of several
    words in capitals: a byline or headline quoting its speaker ("ÔNG ..., BÍ THƯ TỈNH ỦY, CHỦ
    TỊCH HĐND TỈNH Xác định rõ ..."), reported on (CONVENTIONS), never assigned."""
    start = a.text.rfind("\n", 0, run[0].start) + 1
    first = a.text[run[0].start : run[0].end]
    letters = [c for c in a.text[start : run[-1].start] + first if c.isalpha()]
    return all(c.isupper() for c in letters) and len(first.split()) > 1


def _states_aims(a: _Article, run: list[Match]) -> bool:
    """Whether a run is the province's leadership or a national body stating its aims ("Năm
    2026, Ban Chấp hành Đảng bộ tỉnh phấn đấu thực hiện đạt ...", "Chính phủ đặt mục tiêu
    ..."): it sets targets, it is assigned nothing. Departments that strive still act ("Thủ trưởng các sở, ngành ... phấn
    đấu hoàn thành các công việc")."""
    pos, _ = _after_subject(a, run[-1].end)
    return bool(a.pats["aim"].match(a.folded, pos)) and (_leadership(a, run[0].start) or _national(a, run))


def _national(a: _Article, run: list[Match]) -> bool:
    """Whether a run names national bodies only ("Chính phủ đặt mục tiêu ..." states the
    country's aims)."""
    return all(a.lex.body_info[m.value[0]]["level"] == "national" for m in run)


def _submitted_cues(a: _Article, runs: list[list[Match]], clause: Span) -> set[int]:
    """Where the report cues that name a submitted document start: right after the recipient
    of "trình" ("UBND tỉnh trình HĐND tỉnh báo cáo tình hình ..." presents a report, it has
    no duty)."""
    out = set()
    for run in runs:
        if a.pats["submit"].search(a.folded[clause[0] : run[0].start]):
            nxt = re.match(r"\s*", a.text[run[-1].end : clause[1]])
            out.add(run[-1].end + (nxt.end() if nxt else 0))
    return out


def _roles_of(a: _Article, kind: str, aspect: bool, end: int, stop: int, clause: Span, first: int) -> list[str]:
    """The roles of a run of ``kind`` whose own words run from ``end`` to ``stop``."""
    found = _role_cues(a, end, stop)
    cues = [c for c in found if c.value != "ignore" and c.start not in a.submitted]
    if kind == "object":
        return ["report"] if a.pats["after_compile"].match(a.folded, end) else []
    if kind == "via":
        return ["report"]
    if kind == "support":
        return ["support"]
    if kind == "lead":
        own = [c.value for c in cues]
        own = own[: own.index("advise")] if "advise" in own else own  # after it: what is advised
        return ["lead"] + [r for r in dict.fromkeys(own) if r in _LEAD_ALSO]
    if kind == "subject":
        events = any(c.value == "ignore" and _key(a.text, c) in a.narration for c in found)
        return _subject_roles(a, cues, aspect, clause, first, events)
    return []


def _subject_roles(a: _Article, cues: list[Match], aspect: bool, clause: Span, first: int, events: bool) -> list[str]:
    """The roles of a subject from its cues; with none, ``implement`` when it works with others
    or answers for the work ("Sở Tài chính phối hợp với Sở Nội vụ hướng dẫn ...", "Chủ tịch UBND
    các xã, phường chịu trách nhiệm chỉ đạo ...", unless narrated or an event follows:
    "UBND tỉnh phối hợp với Bộ ... tổ chức hội nghị"), when it is asked ("yêu cầu X ..."), or when it opens its clause after a directive earlier in the paragraph and is not
    narrated ("Ông ... chỉ đạo sớm triển khai các quy hoạch. Sở Xây dựng đẩy nhanh tiến độ lập
    quy hoạch chung." -> the department implements)."""
    roles = _cue_roles(a, cues, aspect)
    if roles:
        return roles
    if cues and (cues[0].value == "support" or _answers(a, cues[0])) and not aspect and not events:
        return ["implement"]
    if _requested(a, clause, first):
        return ["implement"]
    directed = a.directive_from is not None and a.directive_from < clause[0]
    if directed and not aspect and a.pats["opening"].fullmatch(a.folded, strip_punct(a.text, clause)[0], first):
        return [] if _leadership(a, first) else ["implement"]
    return []


def _answers(a: _Article, cue: Match) -> bool:
    """Whether a subject answers for a task: its first role cue is an ``answers`` cue ("Chủ tịch
    UBND các xã, phường chịu trách nhiệm chỉ đạo ...", "Thủ trưởng các sở ... và các cá nhân có
    liên quan chịu trách nhiệm ...") whose object is no body."""
    said = " ".join(fold(a.text[cue.start : cue.end]).split())
    if said not in {" ".join(fold(c).split()) for c in cue_words(a.lex, _TABLE, "answers")}:
        return False
    return not _find(a.lex.bodies, a.text, cue.end, min(len(a.text), cue.end + 12))


def _leadership(a: _Article, pos: int) -> bool:
    """Whether the body named at ``pos`` leads the province (its people's committee or council,
    or a Party committee): the one who directs, not directed ("UBND tỉnh cũng thống nhất ...")."""
    m = next(iter(_find(a.lex.bodies, a.text, pos, min(len(a.text), pos + 120))), None)
    if m is None:
        return False
    info = a.lex.body_info[m.value[0]]
    return info["level"] == "province" and info["body_type"] in _LEADERSHIP


def _clause_roles(
    a: _Article, runs: list[list[Match]], clause: Span, earlier: bool = False
) -> list[tuple[list[Match], list[str], str]]:
    """(run, roles, kind) for every run of one clause. A subject or lead reads the cues after it
    up to the next run that acts itself, so in "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí"
    the cue belongs to Sở Tài chính and UBND tỉnh, its object, gets nothing."""
    kinds = _kinds(a, runs, clause, earlier)
    a.submitted = _submitted_cues(a, runs, clause)
    out = []
    for i, (run, (kind, aspect)) in enumerate(zip(runs, kinds)):
        stop = next((runs[j][0].start for j in range(i + 1, len(runs)) if kinds[j][0] in _ACTING), clause[1])
        roles = _roles_of(a, kind, aspect, run[-1].end, stop, clause, run[0].start)
        if kind == "subject" and aspect:
            a.narrated_runs.add(id(run))
        if kind == "support" and _past(a, clause, run[0].start):
            roles = []  # helped in past work ("Năm qua, Sở ... phối hợp với các sở, ngành ...")
        if kind == "object" and not roles:
            run, roles = _compilers(a, run, clause)
        out.append((run, roles, kind))
    return out


def _compilers(a: _Article, run: list[Match], clause: Span) -> tuple[list[Match], list[str]]:
    """The departments and offices that receive a report ("báo cáo về Ủy ban nhân dân tỉnh, Sở
    Tài chính trước ngày ...": Sở Tài chính compiles, report) with ``report``; superiors that
    merely receive (UBND tỉnh, HĐND, Tỉnh ủy, ministries) get nothing, and so do the authors
    of reports named as nouns ("Theo báo cáo của Sở Y tế", "các báo cáo của Sở Y tế")."""
    to = a.pats["report_to"].search(a.folded, clause[0], run[0].start)
    if not to or a.pats["owner"].search(a.folded, clause[0], run[0].start) or _quantified(a, to.start()):
        return run, []
    kept = [m for m in run if a.lex.body_info[m.value[0]]["body_type"] in _COMPILING]
    return (kept, ["report"]) if kept else (run, [])


# --- step 5: the proposer of a legal text ----------------------------------------------------


def _proposal_roles(a: _Article, runs: list[list[Match]], clause: Span) -> list[tuple] | None:
    """``advise`` for every body of a clause that opens with a proposal ("Xét đề nghị của Giám
    đốc Sở Công Thương tại Tờ trình số ..."), or that weighs documents ("Xét Báo cáo số ... của
    UBND tỉnh ... và Tờ trình số ... của UBND tỉnh") and names the owner of a submission; None
    for any other clause. A later body proposes only when its item names a proposal again ("...
    và Tờ trình số ... của X", "... và đề nghị của X") or is only joined to a proposer ("của
    Sở A và Sở B"): the subject of the submission ("... về việc trình HĐND tỉnh thông qua ...")
    and the owners of other documents ("Báo cáo thẩm tra của Ban ...") propose nothing."""
    start = strip_punct(a.text, clause)[0]
    opens = bool(a.pats["proposal"].match(a.folded, start))
    if not opens and not a.pats["consider"].match(a.folded, start):
        return None
    out, prev = [], False
    for i, run in enumerate(runs):
        item = a.folded[runs[i - 1][-1].end if i else start : run[0].start]
        if i and a.pats["only_joins"].match(item):
            proposes = prev
        elif opens:
            proposes = _proposer(a, run, clause) and not (i and _not_proposing(a, item))
        else:
            proposes = _proposer(a, run, clause) and _names_proposal(a, item)
        if proposes:
            out.append((run, ["advise"], "proposer"))
        prev = proposes
    return out if opens or out else None


def _not_proposing(a: _Article, item: str) -> bool:
    """Whether a later body of a proposal clause is named for something else than a proposal:
    the item it closes (after its last ',' or 'và') holds words, and they name no proposal of
    the body ("... và ý kiến của thành viên UBND tỉnh", "... về việc trình HĐND tỉnh thông qua
    ..."), while "... và Giám đốc Sở ..." and "... và đề nghị của Sở ..." propose too."""
    joins = list(re.finditer(rf"[,;]|(?<!\w){_g(a.lex, 'join')}(?!\w)", item))
    piece = item[joins[-1].end() :] if joins else item
    if not piece.strip() or a.pats["titled"].fullmatch(piece.strip()):
        return False
    return not _names_proposal(a, piece)


def _proposal_nouns(lex: Lexicons) -> re.Pattern:
    """The document nouns ("Báo cáo", "Tờ trình") and proposal nouns ("đề nghị": the last words
    of the ``proposal`` cues), folded; group 1 is a proposal noun."""
    own = {" ".join(fold(c).replace(",", " ").split()[-2:]) for c in cue_words(lex, _TABLE, "proposal")}
    docs = {fold(n) for n in lex.tables["doc_types.csv"]["name_vi"]} - own
    return re.compile(rf"(?<!\w)(?:({alternation(sorted(own))})|{alternation(sorted(docs))})(?!\w)")


def _names_proposal(a: _Article, item: str) -> bool:
    """Whether the last document named in ``item`` before its owner (with the nouns joined to it:
    "Tờ trình và Báo cáo của ...", "các báo cáo, tờ trình của ...") is a proposal."""
    nouns = list(compiled(a.lex, "assignment_proposal_nouns", _proposal_nouns).finditer(item))
    group = nouns[-1:]
    for m in reversed(nouns[:-1]):
        if not a.pats["only_joins"].match(item[m.end() : group[0].start()]):
            break
        group.insert(0, m)
    if not any(m.group(1) for m in group) or a.pats["about"].search(item, 0, group[0].start()):
        return False  # "Báo cáo thẩm tra của Ban ... về tờ trình của UBND tỉnh": the subject of a report
    return a.pats["owner"].search(item, group[-1].end()) is not None


def _proposer(a: _Article, run: list[Match], clause: Span) -> bool:
    """Whether a body of a proposal clause proposed: not a document's name ("Nghị quyết Tỉnh
    ủy"), nor the author that the clause goes on to name ("Theo đề nghị của Sở ... tại Tờ trình
    số ..., UBND tỉnh ban hành Kế hoạch ...": UBND tỉnh issues the text)."""
    kind = _before_kind(a, run, clause, False)
    if kind == "doc":
        return _submitted(a, clause, run[0].start)
    return kind is not None or _after_kind(a, run[-1].end, clause[1])[0] != "requester"


def _submitted(a: _Article, clause: Span, start: int) -> bool:
    """Whether the document named right before a body is the proposal itself ("Sau khi xem xét
    Báo cáo, Tờ trình của UBND tỉnh": the noun ends a ``proposal`` cue), not a report about it
    ("Báo cáo thẩm tra của Ban Kinh tế - Ngân sách")."""
    d = a.doc_names.search(a.folded[clause[0] : start])
    noun = d.group(1) if d else ""
    if noun and any(" ".join(fold(c).split()).endswith(noun) for c in cue_words(a.lex, _TABLE, "proposal")):
        return True
    return _names_proposal(a, a.folded[clause[0] : start])  # "Xét Tờ trình và Báo cáo của UBND tỉnh"


# --- step 6: section headings ----------------------------------------------------------------


def _heading(a: _Article, para: Span) -> list[Match] | None:
    """The run of bodies a heading line names ("1. Sở Nông nghiệp và Môi trường", "3. Sở Khoa
    học và Công nghệ: Hướng dẫn ...", "- Sở Nội vụ: ..."), or None when the line is no such
    heading. A heading is numbered or marked: an unmarked "Phó Thủ tướng: Lâm Đồng cần ..."
    is a news headline quoting a speaker, whose words assign nothing. A heading that gives the
    bodies their tasks ("1. Giao Sở Kế hoạch và Đầu tư:", ending in ':') makes them lead the
    tasks below it (``lead_heads``)."""
    start = strip_punct(a.text, para)[0]
    colon = a.text.find(":", start, para[1])
    end = colon if colon >= 0 else para[1]
    span = strip_punct(a.text, (start, end))
    lead = a.pats["lead_head"].match(a.folded, span[0]) if colon >= 0 else None
    span = (lead.end(), span[1]) if lead else span
    mentions, heads = _mentions(a, span)
    runs = _runs(a, mentions, _gaps(a, heads))
    marked = _NUMBERED if colon < 0 else _ITEM_MARK
    if len(runs) != 1 or not _only_bodies(a, span) or not (lead or marked.match(a.text[para[0] : para[1]])):
        return None
    if lead:
        a.lead_heads.add(id(runs[0]))
    return runs[0]


def _operative(a: _Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs without the recipients of a legal text ("Nơi nhận:" and the bullet lines
    after it: "- Các sở, ban, ngành tỉnh;" receives a copy, it is assigned nothing)."""
    out, skipping = [], False
    for para in paragraph_spans:
        if a.pats["recipients"].match(a.folded, para[0]):
            skipping = True
            continue
        skipping = skipping and bool(_BULLET.match(a.text[para[0] : para[1]]))
        if not skipping:
            out.append(para)
    return out


def _list_lines(a: _Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs, a line that ends listing bodies with ';' joined to the next one: the
    closing article of a decision printed one addressee a line ("Điều 3. Chánh Văn phòng UBND
    tỉnh;" / "Giám đốc các Sở: ...; Chủ tịch UBND các huyện ... chịu trách nhiệm thi hành ...")."""
    out: list[Span] = []
    for para in paragraph_spans:
        if (
            out
            and a.text[out[-1][0] : out[-1][1]].rstrip().endswith(";")
            and not _BULLET.match(a.text[para[0] : para[1]])
        ):
            last = clauses(a.text, sentences(a.text, out[-1])[-1])[-1]
            if _only_bodies(a, strip_punct(a.text, last)):
                out[-1] = (out[-1][0], para[1])
                continue
        out.append(para)
    return out


def _sections(a: _Article, paragraph_spans: list[Span]) -> list[tuple[Span, list[Match] | None]]:
    """Each paragraph with the heading run whose task it is (None outside a heading's reach):
    the heading's own line after ':', the first line after it, and the bullet lines after that."""
    out: list[tuple[Span, list[Match] | None]] = []
    current, first = None, False
    for para in _operative(a, _list_lines(a, paragraph_spans)):
        head = _heading(a, para)
        line = a.text[para[0] : para[1]]
        if head is not None:
            current, first = head, True
            out.append((para, head))
            continue
        if current is not None and not (first and not _ITEM_MARK.match(line)) and not _BULLET.match(line):
            current = None
        if current is not None and first and _sibling(a, out[-1][0], line):
            current = None
        out.append((para, current))
        first = False
    return out


def _sibling(a: _Article, head_line: Span, line: str) -> bool:
    """Whether the line right after a heading is one more heading of its list, marked as it is
    and ending on ':' with nothing after ("• Báo ...:" / "• Truyền hình ...:", a site's menu of
    its channels): it names the next item, it is no task of the heading's body."""
    mark = _BULLET.match(a.text[head_line[0] : head_line[1]])
    return bool(mark) and line.startswith(mark.group()) and line.rstrip().endswith(":")


def _heading_roles(a: _Article, clause: Span, found: list, first_task: bool, head: list[Match]) -> list[str]:
    """Roles of a section's heading body from a subjectless task clause: "Chủ trì, ..." lead
    (with the lead's monitor / report / communicate cues), else the role cues, else
    ``implement`` when it is the body's first task in this section. Under a heading that gives
    the tasks ("Giao Sở ...:") the body leads each item (in the clause that opens it) with the
    lead's cues."""
    acting = [run[0].start for run, _, kind in found if kind in _ACTING]
    if acting and acting[0] <= strip_punct(a.text, clause)[0] + 1:
        return []
    start = strip_punct(a.text, clause)[0]
    stop = min(acting, default=clause[1])
    kind, aspect = _after_kind(a, start, stop, virtual=True)
    if id(head) in a.lead_heads:
        roles = _roles_of(a, "lead", aspect, start, stop, clause, start)
        return roles if _opens_item(a, clause) else roles[1:]
    if kind in ("requester", "narration"):
        return []
    roles = _roles_of(a, kind, aspect, start, stop, clause, start)
    return roles or (["implement"] if first_task else [])


def _opens_item(a: _Article, clause: Span) -> bool:
    """Whether a clause opens its line, after an item mark ("- Chủ trì, ...")."""
    if a.text[: clause[0]].rstrip().endswith(":"):  # "Giao Sở Tài chính: chủ trì ..."
        return True
    line = a.text.rfind("\n", 0, clause[0]) + 1
    return bool(re.fullmatch(r"\s*(?:[-+•*–]\s*|(?:\d{1,2}|[a-zđ])[.)]\s*)?", a.text[line : clause[0]]))


# --- step 7: carry-over and rows -------------------------------------------------------------


def _opening_roles(a: _Article, clause: Span) -> list[str] | None:
    """The specific roles of a subjectless clause that opens with a task verb, or None when it
    opens with none: "hằng năm báo cáo ..." -> report, "tham mưu phương án ..." -> advise, "theo
    dõi, đánh giá tình hình ..., đề xuất giải pháp và báo cáo tổng kết" -> monitor, advise,
    report. A clause that opens with a plain task ("tổ chức triển khai thực hiện kế hoạch;")
    gives no role, whatever cue-like words its object holds, but goes on with the same actors,
    so the next item of a list of duties still carries theirs."""
    pos = a.pats["opening"].match(a.folded, clause[0]).end()
    cues = _role_cues(a, pos, clause[1])
    if not cues or cues[0].start != pos or cues[0].value not in (*_SPECIFIC, "implement"):
        return None
    if cues[0].value == "implement":
        return []  # a plain task: its later words are its object ("phấn đấu đóng góp của ... tổng hợp ...")
    return list(dict.fromkeys(c.value for c in cues if c.value in _SPECIFIC))


@dataclass
class _Found:
    """Roles read in one clause: the clause span and (run, roles, proposed) triples."""

    clause: Span
    runs: list[tuple[list[Match], list[str], bool]]


def _clause(a: _Article, clause: Span, head: list[Match] | None, served: set) -> tuple[list, bool]:
    """(run, roles) read in one clause, and whether they come from a proposal."""
    mentions, heads = _mentions(a, clause)
    runs = _runs(a, mentions, _gaps(a, heads))
    proposed = _proposal_roles(a, runs, clause) if runs else None
    if proposed is not None:
        return [(run, roles) for run, roles, _ in proposed], True
    found = _clause_roles(a, runs, clause, earlier=head is not None) if runs else []
    if (
        a.support_list
        and found
        and a.pats["opening"].fullmatch(a.folded, strip_punct(a.text, clause)[0], runs[0][0].start)
    ):
        found[0] = (found[0][0], ["support"], "support")  # "- Sở Nội vụ;" under "... phối hợp với:"
    if head is not None and id(head) in a.lead_heads and clause[0] <= head[0].start < clause[1]:
        return [], False  # "1. Giao Sở Kế hoạch và Đầu tư:": its items carry the lead
    if head is not None and head[0].start < clause[0]:
        roles = _heading_roles(a, clause, found, id(head) not in served, head)
        if roles:
            served.add(id(head))
            found = [(head, roles, "subject")] + found
    return [(run, roles) for run, roles, _ in found], False


def _sentence(a: _Article, sent: Span, head: list[Match] | None, served: set) -> list[_Found]:
    """Roles read in the clauses of one sentence, with the report / monitor / advise carry-over."""
    out: list[_Found] = []
    actors: list[tuple] = _carried_in(a, sent)  # (run, roles) that acted in the previous clause
    tail = False  # the previous clause ended on bodies given work ("giao ... cho các sở, ngành;")
    for clause in _merged_clauses(a, sent):
        found, proposed = _clause(a, clause, head, served)
        found = _lead_continued(a, clause, found) if tail else found
        tail = _ends_on_lead(a, clause, found)
        acting = [] if proposed else [(run, roles) for run, roles in found if _acts(a, run, roles)]
        opening = _opening_roles(a, clause) if actors and not acting else None
        carried = [(run, [r for r in opening or [] if run in _carried(a, actors, r)]) for run, _ in actors]
        found = [(run, roles) for run, roles in carried if roles] + found
        actors = acting or (actors if opening is not None else [])
        if found:
            out.append(_Found(clause, [(run, roles, proposed) for run, roles in found]))
    a.last_actors = actors
    return out


def _carried_in(a: _Article, sent: Span) -> list[tuple]:
    """The actors of the previous sentence of the paragraph when this one opens with an
    ``opening`` adverb and no body ("... triển khai ... và báo cáo kết quả về UBND tỉnh. Định kỳ
    báo cáo tình hình thực hiện ...": the same bodies report), else none."""
    m = a.pats["opening"].match(a.folded, sent[0])
    return list(a.last_actors) if m and a.folded[sent[0] : m.end()].strip() else []


def _acts(a: _Article, run: list[Match], roles: list[str]) -> bool:
    """Whether a run of a clause acts, so that a subjectless clause after it may go on with its
    predicates: it has a role besides receiving or helping, or it is a narrated subject ("Sở
    Tài chính đang phối hợp với các đơn vị ...; tham mưu phương án ...": its advice stays)."""
    return (bool(roles) and roles not in (["report"], ["support"])) or (not roles and id(run) in a.narrated_runs)


def _carried(a: _Article, actors: list[tuple], role: str) -> list[list[Match]]:
    """The actors of the previous clause that take the role a subjectless clause opens with: a
    lead takes no advice (advising is part of leading: "X chủ trì ... tham mưu" is lead only),
    a narrated subject no duty ("đã ...; báo cáo ..." reports nothing)."""
    out = []
    for run, roles in actors:
        if role == "advise" and "lead" in roles:
            continue
        if role in _DUTIES and id(run) in a.narrated_runs:
            continue
        out.append(run)
    return out


def _ends_on_lead(a: _Article, clause: Span, found: list) -> bool:
    """Whether a clause ends on a run that leads ("Giao kế hoạch năm 2021 cho các sở, ban,
    ngành;")."""
    end = strip_punct(a.text, clause)[1]
    return any("lead" in roles and run[-1].end >= end for run, roles in found)


def _lead_continued(a: _Article, clause: Span, found: list) -> list:
    """The found runs of a clause that continues a list of assignees across ';': its opening run
    leads too ("Giao kế hoạch ... cho các sở, ban, ngành; Ủy ban nhân dân các huyện ... thực
    hiện" -> the district committees lead, and implement)."""
    if not found:
        return found
    run, roles = found[0]
    start = strip_punct(a.text, clause)[0]
    if "lead" in roles or not a.pats["opening"].fullmatch(a.folded, start, run[0].start):
        return found
    return [(run, ["lead", *roles])] + found[1:]


def body_id(code: str, province_code: str | None) -> str:
    """``<province>-<code>``, e.g. ``80-dost``; ``vn-`` for national bodies."""
    return f"{province_code or 'vn'}-{slug(code)}"


def _body(lex: Lexicons, m: Match, province_code: str | None) -> dict:
    code, prov = m.value
    info = lex.body_info[code]
    prov = None if info["level"] == "national" else (prov or province_code)
    bid = body_id(code, prov)
    return {
        "body_id": bid,
        "body_code": code,
        "province_code": prov,
        "name_vi": info["name_vi"],
        "name_en": info["name_en"],
        "body_type": info["body_type"],
        "successor_2025_code": info["successor_2025_code"],
    }


# A deadline written without its year this many days before the page's date is next year's
# ("trước ngày 15/01" on a page of 20 December); a nearer one is the page's year (a page put up
# a little after the day it names).
YEARLESS_DEADLINE_LAG = 60


def _deadline(a: _Article, clause: Span) -> dt.date | None:
    """The deadline of a clause: the date after a ``deadline`` cue ("trước ngày 15/01/2023"), or a
    day and month there without a year ("gửi về Sở Tài chính trước ngày 10/5") in the year of the
    page, read forward from its date (``YEARLESS_DEADLINE_LAG``), unless it recurs ("trước ngày
    15/12 hằng năm": ``recurring``)."""
    cues, words = _g(a.lex, "deadline"), connectives(a.lex)
    found = find_deadline(a.text, *clause, cues=cues, words=words)
    if found or a.published_year is None:
        return found.value if found else None
    cue = compiled(a.lex, "asg_deadline_end", lambda x: re.compile(rf"{cues}\s+(?:{words.day_noun}\s+)?$"))
    every = compiled(a.lex, "asg_recurring", lambda x: re.compile(rf"\s*,?\s*{_g(x, 'recurring')}(?!\w)"))
    found_days = find_day_months(a.text, *clause)
    for k, (start, end, day, month) in enumerate(found_days):
        if cue.search(a.folded, max(clause[0], start - 25), start):
            # "trước ngày 15/12 hằng năm" (or "trước ngày 10/6 và ngày 10/12 hằng năm") recurs every
            # year: no one date
            last = _last_joined(a, found_days, k)
            return None if every.match(a.folded, last) else _ahead(day, month, a.page_date, a.published_year)
    return None


def _last_joined(a: _Article, days: list[tuple[int, int, int, int]], k: int) -> int:
    """Where the days and months joined to ``days[k]`` ("10/6 và ngày 10/12") end."""
    end = days[k][1]
    gap = compiled(
        a.lex, "asg_day_join", lambda x: re.compile(rf"\s*(?:,|{_g(x, 'join')})\s*(?:{connectives(x).day_noun}\s+)?")
    )
    for start, nxt_end, _, _ in days[k + 1 :]:
        m = gap.match(a.folded, end)
        if m is None or m.end() != start:
            break
        end = nxt_end
    return end


def _ahead(day: int, month: int, page: dt.date | None, year: int) -> dt.date | None:
    try:
        value = dt.date(page.year if page else year, month, day)
        if page and (page - value).days > YEARLESS_DEADLINE_LAG:
            value = dt.date(page.year + 1, month, day)
    except ValueError:
        return None
    return value


def _rows(
    article_id: str, a: _Article, found: list[_Found], province_code: str | None
) -> tuple[list[dict], list[dict]]:
    """One assignment per (body, role, deadline, clause); the bodies they name."""
    text = a.text
    rows: dict[tuple, dict] = {}
    bodies: dict[str, dict] = {}
    for f in found:
        deadline = _deadline(a, f.clause)
        quote = strip_punct(text, f.clause)
        for run, roles, _proposed in f.runs:
            task = strip_punct(text, (max(run[-1].end, quote[0]), quote[1]))
            for role in roles:
                for m in run:
                    body = bodies.setdefault(_body(a.lex, m, province_code)["body_id"], _body(a.lex, m, province_code))
                    key = (body["body_id"], role, deadline, quote[0])
                    rows.setdefault(
                        key,
                        {
                            "assignment_id": None,
                            "body_id": body["body_id"],  # set by assign_statement_ids
                            "article_id": article_id,
                            "role": role,
                            "task_vi": text[task[0] : task[1]] if task[1] - task[0] > 8 else text[quote[0] : quote[1]],
                            "deadline": key[2],
                            "quote": text[quote[0] : quote[1]],
                            "char_start": quote[0],
                            "char_end": quote[1],
                        },
                    )
    return assign_statement_ids(list(rows.values()), "asg", "assignment_id", ("body_id", "role")), list(bodies.values())


def assignment_rows(
    article_id: str,
    text: str,
    paragraph_spans: list[Span],
    province_code: str | None,
    lex: Lexicons,
    published_year: int | None = None,
    title: str | None = None,
    page_date: dt.date | None = None,
) -> tuple[list[dict], list[dict]]:
    """Rows of ``assignments`` and the ``bodies`` they name, for one article.

    Example: "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch." gives DOH
    lead and DOF support. The page's headline (``title``, as ingest read it) tells what the
    page reports: the bodies it names as subjects are reported on (CONVENTIONS), they are
    assigned nothing there.
    """
    mark = marker(text.splitlines()) if published_year is None else None  # "date 2024-01": a month placed
    a = _Article(text, lex, published_year=published_year or (mark[0] if mark else None), page_date=page_date)
    a.municipal = _municipal(lex, province_code)
    found: list[_Found] = []
    served: set = set()
    headline = _line_key(title or "")
    for para, head in _sections(a, _rejoined(a, _item_lines(a, paragraph_spans))):
        line = text[para[0] : para[1]].rstrip()
        # a lead taken for the headline (a page without one) ends as a sentence does
        a.headline = bool(headline) and not line.endswith((".", ";", ":")) and _line_key(line) == headline
        directive = a.pats["directive"].search(a.folded, *para)
        a.directive_from = directive.end() if directive else None
        heard = a.pats["hearing"].search(a.folded, *para)
        a.heard_from = heard.end() if heard else None
        a.support_list = a.support_list and bool(_BULLET.match(text[para[0] : para[1]]))
        a.request_list = a.request_list and bool(_ITEM_MARK.match(text[para[0] : para[1]]))
        before = len(found)
        a.prev_acted = False
        a.last_actors = []
        for sent in sentences(text, para):
            a.past_sentence = _opens_earlier_year(a, sent)
            a.event_sentence = _event_sentence(a, sent)
            new = _sentence(a, sent, head, served)
            a.prev_acted = any(roles for f in new for _, roles, _ in f.runs)
            found += new
        a.support_list = a.support_list or _opens_support_list(a, para, found[before:])
        a.request_list = a.request_list or _opens_request_list(a, para)
    return _rows(article_id, a, found + _table_found(a, paragraph_spans), province_code)


def _municipal(lex: Lexicons, province_code: str | None) -> bool:
    """Whether the province is a municipality (``provinces.csv`` ``unit_type_2024``)."""
    t = lex.tables["provinces.csv"]
    return any(c == province_code and u == "municipality" for c, u in zip(t["province_code"], t["unit_type_2024"]))


def _item_lines(a: _Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs split before a line that opens a lettered item ("a) Giám đốc Sở Kế hoạch
    và Đầu tư:"), which the paragraph splitter may have joined to an unpunctuated heading above
    it ("1. Thông báo chỉ tiêu kế hoạch, điều hành thực hiện"): an item is no wrapped line."""
    out: list[Span] = []
    for start, end in paragraph_spans:
        for m in _LETTERED_LINE.finditer(a.text, start, end):
            out.append((start, m.start()))
            start = m.start() + 1
        out.append((start, end))
    return out


def _rejoined(a: _Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs with a hard wrap before a capitalised name joined: a line of prose that
    ends on a word wanting a body after it ("của", "và", "giao", "phối hợp với": the words
    curated to stand right before a body) goes on in the next line ("Căn cứ Nghị quyết số ...
    của" / "Chính phủ và Chương trình ..."; "Theo đề nghị của Chánh Văn phòng UBND tỉnh và" /
    "Giám đốc Sở ..."), unless that line opens an item or either is an upper-case heading."""
    out: list[Span] = []
    for span in paragraph_spans:
        if out and (_wraps_into(a, out[-1], span) or _goes_on(a, out[-1], span) or _splits_name(a, out[-1], span)):
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
    return out


def _wraps_into(a: _Article, prev: Span, span: Span) -> bool:
    line, nxt = a.text[prev[0] : prev[1]], a.text[span[0] : span[1]]
    if a.text[prev[1] : span[0]] != "\n" or len(line) < _WRAP_MIN or _ITEM_MARK.match(nxt):
        return False
    if line.upper() == line or nxt.upper() == nxt or not nxt[:1].isupper():
        return False
    return bool(a.pats["dangling"].search(a.folded, prev[0], prev[1]))


def _name_forms(lex: Lexicons) -> PhraseMatcher:
    """The curated written forms of name parts that hold a dash (``body_name_forms.csv``: "Lao
    động - Thương binh và Xã hội") and the body aliases that do, as one matcher."""
    forms = [
        f
        for f, c in zip(lex.tables["body_name_forms.csv"]["form"], lex.tables["body_name_forms.csv"]["canonical"])
        if isinstance(c, str) and c
    ]
    aliases = list(lex.tables["body_aliases.csv"]["alias"])
    return PhraseMatcher([(f, True) for f in forms + aliases if re.search(r"\w\s*[-\u2013]\s*\w", f)])


def _splits_name(a: _Article, prev: Span, span: Span) -> bool:
    """Whether a hard wrap falls on the dash inside a body's name, so that the next line opens
    with it ("Theo đề nghị của Sở Lao động" / "- Thương binh và Xã hội tại Tờ trình ..."; "Giám
    đốc các Sở: Lao động" / "- Thương binh và Xã hội, Nội vụ, ..."): the line is no bullet, the
    name goes on in it."""
    if a.text[prev[1] : span[0]] != "\n" or not _DASH_LINE.match(a.text, span[0]):
        return False
    forms = compiled(a.lex, "assignment_name_forms", _name_forms)
    return any(m.start < prev[1] and m.end > span[0] for m in _find(forms, a.text, max(prev[0], prev[1] - 80), span[1]))


def _goes_on(a: _Article, prev: Span, span: Span) -> bool:
    """Whether a hard-wrapped line of prose that ends on ';' goes on in the next line, which
    opens in lower case with no item mark: one sentence lists its duties across the wrap
    ("... có trách nhiệm: Tổ chức triển khai thực hiện kế hoạch;" / "theo dõi, đánh giá ...,
    đề xuất ... và báo cáo ..."), so the later duties keep the bodies of the first."""
    line, nxt = a.text[prev[0] : prev[1]], a.text[span[0] : span[1]]
    if a.text[prev[1] : span[0]] != "\n" or len(line) < _WRAP_MIN or _ITEM_MARK.match(nxt):
        return False
    return line.rstrip().endswith(";") and nxt[:1].isalpha() and nxt[:1].islower()


def _line_key(line: str) -> str:
    """A line compared with the headline: folded, its white space collapsed, no end punctuation."""
    return " ".join(fold(line).split()).strip(" .:;")


def _opens_support_list(a: _Article, para: Span, found: list[_Found]) -> bool:
    """Whether a paragraph in which a body acts ends on "phối hợp (với):": the bullet lines
    after it name the bodies that support ("Giao Sở Tài chính chủ trì, phối hợp với:" / "- Sở
    Nội vụ;" / "- UBND các xã, phường.")."""
    end = strip_punct(a.text, para)[1]
    if a.text[end : para[1]].strip()[:1] != ":":
        return False
    acted = any(roles for f in found for _, roles, _ in f.runs)
    return acted and bool(a.pats["before_support"].search(a.folded, para[0], end))


def _opens_request_list(a: _Article, para: Span) -> bool:
    """Whether a paragraph ends on a request and ':' ("Văn bản yêu cầu:", "UBND tỉnh đề
    nghị:"): the bodies that open the items after it are asked."""
    end = strip_punct(a.text, para)[1]
    if a.text[end : para[1]].strip()[:1] != ":":
        return False
    return bool(a.pats["request_end"].search(a.folded, para[0], end))


def _table_found(a: _Article, paragraph_spans: list[Span]) -> list[_Found]:
    """The bodies named in the role columns of a table of tasks ("Cơ quan chủ trì" | "Sở Nông
    nghiệp và Môi trường" -> lead), one clause per cell."""
    out = []
    for cell, role in task_cells(a.text, paragraph_spans, a.lex):
        span = strip_punct(a.text, cell)
        mentions, heads = _mentions(a, span)
        runs = _runs(a, mentions, _gaps(a, heads))
        if runs:
            out.append(_Found(span, [(run, [role], False) for run in runs]))
    return out
