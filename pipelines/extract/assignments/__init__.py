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
   bodies that acted in the previous clause of its sentence (not to those that only support,
   nor a duty to a narrated subject); an advise cue carries nothing ("...; tham mưu phương án
   ...", CONVENTIONS session 43);
8. one row per (body, role, deadline) per clause, quoting the clause.

Modules of this package, in the order they build on each other:
- ``article``: One article being read for bodies and roles (``Article``): its text, folded text, the
  lexicons and the cue patterns of ``assignment_cues.csv`` compiled once per lexicon.
- ``mentions``: Body mentions in a span, and runs of adjacent bodies.
- ``rows``: ``assignments`` and ``bodies`` rows from the roles read: one assignment per (body, role,
  deadline) per clause, quoting the clause; the deadline after "trước ngày"; stable body ids.
- ``merged``: Clauses read together: a clause that names bodies and nothing else ("Chánh Văn phòng
  UBND tỉnh;") joins the clause after it, and a proposal whose owner is named only after a run of
  document references ("Xét Tờ trình số ...; các Báo cáo số ... của UBND tỉnh") is one clause.
- ``lines``: The article's lines as the reading needs them: the recipients of a legal text ("Nơi
  nhận:") left out, lines that list bodies with ';' joined to the next, hard wraps rejoined (a name
  broken on its dash, prose that goes on), lettered items split from the heading above them.
- ``subjects``: How the words around a run read it: before it ("giao cho X" lead, "phối hợp với X"
  support, "Nghị quyết X" a document, "tham mưu X" an object) and after it ("X yêu cầu" asks, "X tổ
  chức hội nghị" narrated, "X chủ trì" lead, else the curated role cues).
- ``narration``: What a page only reports: a subject told of the past ("Năm qua, UBND tỉnh triển
  khai ..."), at an event ("Sáng 2/7, ..."), named with a person's name, in a line of capitals, or
  the province's leadership stating aims: such a body is assigned nothing (CONVENTIONS).
- ``proposals``: The proposer of a legal text advises: "Xét đề nghị của Giám đốc Sở ... tại Tờ trình
  số ...", "Sau khi xem xét Báo cáo, Tờ trình của UBND tỉnh".
- ``roles``: The roles of every run of one clause, from its kind and its cues: ``implement`` only
  when nothing specific is said; the departments that compile reports ("báo cáo về ... Sở Tài chính
  để tổng hợp") report.
- ``sections``: Sections of a "Tổ chức thực hiện" part: a heading that names a body ("1. Sở Nông
  nghiệp và Môi trường", "3. Sở Khoa học và Công nghệ: Hướng dẫn ...") is the subject of the
  subjectless task lines under it; a heading that gives the tasks ("1. Giao Sở Tài chính:") makes it
  lead each one.
- ``closing``: A legal text's closing article cut off before its verb ("Điều 3. Chánh Văn phòng UBND
  tỉnh, Giám đốc các Sở ... ch" at the page's end): its bodies named in full implement; so does
  every body named before its closing formula ("...; Thủ trưởng các sở, ngành, đoàn thể liên quan
  và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này"), across ';'.
- ``clauses``: Roles read clause by clause and sentence by sentence, with the carry-over CONVENTIONS
  allows: a subjectless clause that opens with a report / monitor / communicate cue goes on with the
  bodies that acted before it; a list of assignees across ';' keeps its lead.
"""

from __future__ import annotations

import datetime as dt

from pipelines.curation.lexicons import Lexicons
from pipelines.ingest.dates import marker
from pipelines.text.segment import Span, sentences
from pipelines.extract.assignments.article import ITEM_MARK, BULLET, Article, Found, first_directive, is_municipal
from pipelines.extract.assignments.clauses import sentence, table_found
from pipelines.extract.assignments.closing import is_cut_closing
from pipelines.extract.assignments.lines import item_lines, rejoined, line_key
from pipelines.extract.assignments.narration import is_event_sentence, opens_earlier_year, opens_past_period
from pipelines.extract.assignments.rows import body_id, assignment_and_body_rows
from pipelines.extract.assignments.sections import sections, opens_support_list, opens_request_list

__all__ = ["assignment_rows", "body_id"]


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
    a = Article(text, lex, published_year=published_year or (mark[0] if mark else None), page_date=page_date)
    a.municipal = is_municipal(lex, province_code)
    found: list[Found] = []
    served: set = set()
    headline = line_key(title or "")
    for para, head in sections(a, rejoined(a, item_lines(a, paragraph_spans))):
        line = text[para[0] : para[1]].rstrip()
        # a lead taken for the headline (a page without one) ends as a sentence does
        a.headline = bool(headline) and not line.endswith((".", ";", ":")) and line_key(line) == headline
        directive = first_directive(a, *para)
        a.directive_from = directive.end() if directive else None
        heard = a.pats["hearing"].search(a.folded, *para)
        a.heard_from = heard.end() if heard else None
        a.support_list = a.support_list and bool(BULLET.match(text[para[0] : para[1]]))
        a.request_list = a.request_list and (a.request_head or bool(ITEM_MARK.match(text[para[0] : para[1]])))
        before = len(found)
        a.prev_acted = False
        a.last_actors = []
        for sent in sentences(text, para):
            a.past_sentence = opens_earlier_year(a, sent) or opens_past_period(a, sent)
            a.event_sentence = is_event_sentence(a, sent)
            a.sentence_span = sent
            a.cut_closing = is_cut_closing(a, para, sent)
            new = sentence(a, sent, head, served)
            a.prev_acted = any(roles for f in new for _, roles, _ in f.runs)
            found += new
        a.support_list = a.support_list or opens_support_list(a, para, found[before:])
        a.request_head = opens_request_list(a, para)
        a.request_list = a.request_list or a.request_head
    return assignment_and_body_rows(article_id, a, found + table_found(a, paragraph_spans), province_code)
