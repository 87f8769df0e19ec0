"""Objectives, solution groups, tasks and visions -> ``objectives`` rows.

Steps:
1. find curated objective cues ("mục tiêu tổng quát", "nhóm giải pháp", "nhiệm vụ chủ yếu",
   "tầm nhìn đến năm"; a plural plan noun, "các giải pháp", "các mục tiêu", only before "như:"
   or "như sau:") in each
   paragraph and keep only those that introduce a list
   (``_list_start``); a cue that is merely mentioned ("chuyển đổi số là nhiệm vụ trọng tâm,
   xuyên suốt", "các chương trình đột phá, công trình trọng điểm.", "Quy hoạch tỉnh ...,
   tầm nhìn đến năm 2050 (gọi tắt ...)", "Quyết định về nhiệm vụ, giải pháp chủ yếu chỉ
   đạo ...") introduces nothing and does not cut the list it stands in;
   A cue in a purpose clause ("Để hoàn thành mục tiêu đến năm 2030, ...") introduces a list
   of tasks for the aim: it ends the list before it and gives no rows (``_in_purpose``);
2. a list runs to the end of its paragraph, and stops earlier at the clause of the next
   introducing cue, at an ellipsis ("...; ....Tại hội nghị, ..."), or at a later sentence
   that reports results (a curated result cue) or starts with a body ("UBND tỉnh giao ...");
   a list whose introduction ends the paragraph ("Mục tiêu tổng quát:") takes the marked
   paragraphs below it ("- ...", "1. ..."), else the next paragraph; a numbered sub-heading
   among them ("5. Về phát triển sản phẩm:") gives no row (``_sub_heading``), and a section
   heading of its own ("I. QUAN ĐIỂM PHÁT TRIỂN:") ends them (``_section_heading``);
3. split the list into items at ';' and sentence ends; when the items mix capitalised and
   lower-case initials, an item that opens with no capital (lower case, a figure) continues the
   previous one;
4. under a cue and its year ("Mục tiêu đến năm 2030, ...") an item that states only figures
   gives no row (``_aims_in_words``); the aims in words stay rows;
5. each item gets a theme (the earliest curated theme keyword in it) and a horizon year (the
   cue's year, "Tầm nhìn đến năm 2050", else a year in the introducing sentence).
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.cue_words import cue_words
from pipelines.extract.documents import find_document_numbers
from pipelines.extract.ids import assign_statement_ids, row_id
from pipelines.text.fold import fold_short
from pipelines.text.segment import Span, sentences, strip_punct
from pipelines.text.years import is_year

_COUNT_BEFORE = re.compile(r"(?<![\d/.,])\d{1,3}\s+[^\d.;:]{0,25}$")
_PERIOD_BEFORE = re.compile(r"\d{4}\s*,\s*$")
_MARKED = re.compile(r"^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s+")
_ELLIPSIS = re.compile(r"\.{3,}|…")
_FIGURE = re.compile(r"(?<![\w.,/])\d+(?:[.,]\d+)*(?:/\d+)?(?![\d/])")
_VISION = "vision"  # the objectives' kind (contract enum) of "tầm nhìn đến năm"
_GENERAL = "general_objective"  # the kind of "mục tiêu tổng quát", "mục tiêu chung"
_CONTENT_WORDS = 6  # a year's content this long before a ':' is the aim itself, the ':' a sub-list
_OPENER_WORDS = 3  # a comma-part this short with no figure opens an item ("Trong đó,", "Đến năm 2030,")
_SECTION_CHARS = 80  # a section heading in capitals is shorter than this ("I. QUAN ĐIỂM PHÁT TRIỂN:")


_LABEL = r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]"  # a heading's number: "1.", "1.2.", "I.", "a)"
_TITLE_PREFIX = re.compile(rf"\s*(?:{_LABEL}\s*)?")
_NUMBERED = re.compile(rf"\s*{_LABEL}")


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _sibling(prefix: str) -> re.Pattern[str] | None:
    """The label of the heading after a numbered title line, which ends that heading's list:
    "1." -> "2.", "1.2." -> "1.3.", "I." -> "II.", "a)" -> "b)"; None for an unnumbered line.

    >>> bool(_sibling("1. ").match("2. Mục tiêu cụ thể"))
    True
    """
    m = re.match(r"\s*(?:(\d{1,2}(?:\.\d{1,2})*)|([IVX]{1,4})|([a-zđ]))([.)])", prefix)
    if not m:
        return None
    if m.group(1):
        parts = m.group(1).split(".")
        label = ".".join(parts[:-1] + [str(int(parts[-1]) + 1)])
    elif m.group(2):
        i = _ROMAN.index(m.group(2)) + 1 if m.group(2) in _ROMAN else len(_ROMAN)
        if i >= len(_ROMAN):
            return None
        label = _ROMAN[i]
    else:
        label = chr(ord(m.group(3)) + 1) if m.group(3) != "đ" else "e"
    return re.compile(rf"{re.escape(label)}{re.escape(m.group(4))}\s")


def _heading_line_end(text: str, para: Span, cue) -> int | None:
    """Where the content starts when the cue ends a title line that the unwrap joined to the lines
    below it ("1. Mục tiêu tổng quát" / "Tiếp tục ..."; "I. Mục tiêu" / "tổng quát" / "Phấn đấu
    ..."), else None: the line holds only a number and the cue, and the next line opens with a
    capital or an item mark (not "Mục tiêu đến năm" / "2030, tỉnh ...", a phrase broken by a wrap)."""
    nl = text.find("\n", cue.end, para[1])
    if nl < 0 or text[cue.end : nl].strip(" :") or not _TITLE_PREFIX.fullmatch(text, para[0], cue.start):
        return None
    nxt = text[nl + 1 : para[1]].lstrip()
    return nl + 1 if nxt[:1].isupper() or _MARKED.match(nxt) else None


def _sentence_of(sents: list[Span], pos: int) -> Span:
    return next(s for s in sents if s[0] <= pos < s[1])


def _list_start(
    text: str, sents: list[Span], cue_start: int, cue_end: int, lex: Lexicons, kind: str | None = None
) -> int | None:
    """Where the list a cue introduces begins, or None when the cue introduces nothing.

    - a ':' later in the cue's sentence, with no ';' before it: "08 nhóm giải pháp trọng tâm
      ..., đó là: Tập trung ..." (may be the paragraph end: "Mục tiêu tổng quát:");
    - a count before the cue and a next sentence that elaborates: "10 định hướng, nhiệm vụ
      chủ yếu. Trong đó, tỉnh thực hiện ..."; or the rest of its own sentence after a comma: "3 khâu
      đột phá, trong đó nhấn mạnh A, B và C" starts at A (CONVENTIONS, Objectives, session 44);
    - a year after the cue, then content: "Mục tiêu đến năm 2030, tỉnh Long An là ...",
      "Mục tiêu tổng quát đến năm 2025 là xây dựng ...", "đặt mục tiêu đến năm 2025 đạt tối
      thiểu ..." — but not a title's "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"; a genitive
      right after the year belongs to the cue ("Mục tiêu đến năm 2030 của tỉnh là trung tâm ..."
      starts at "trung tâm", CONVENTIONS session 43);
    - for a general objective, "là" or "nhằm" and then content, ';' or not: "Mục tiêu tổng quát
      của Kế hoạch là nâng cao ...", "Mục tiêu chung của Đề án nhằm giảm nghèo ..." (CONVENTIONS,
      Objectives, sessions 37 and 39); so for a cue curated to ("nhiệm vụ trọng tâm là ...",
      ``_opens_with_is``, session 44);
    - content right after the cue (or after "là", "gồm") in a sentence that goes on with ';':
      "Cùng với đó là nhóm giải pháp phát triển văn hóa, ...; không ngừng ...", "Mục tiêu chung
      của Kế hoạch là nâng cao ...; giảm tải ...".
    A result cue before the list start rejects it ("Các công trình trọng điểm đã hoàn thành: ...").
    """
    words = cue_words(lex)
    sent_i = next(i for i, s in enumerate(sents) if s[0] <= cue_start < s[1])
    sent = sents[sent_i]
    start: int | None = None
    colon = text.find(":", cue_end, sent[1])
    y = words.year_after.match(fold_short(text[cue_end : sent[1]]))
    if colon >= 0 and ";" not in text[cue_end:colon] and not (y and _content_before(text, cue_end + y.end(), colon)):
        start = colon + 1
    elif _COUNT_BEFORE.search(text[max(sent[0], cue_start - 30) : cue_start]):
        comma = re.match(r"\s*,\s*", text[cue_end : sent[1]])
        own = words.list_elaborate.match(fold_short(text[cue_end + comma.end() : sent[1]])) if comma else None
        nxt = sents[sent_i + 1] if sent_i + 1 < len(sents) else None
        m = words.list_elaborate.match(fold_short(text[nxt[0] : nxt[1]])) if nxt and not own else None
        start = cue_end + comma.end() + own.end() if comma and own else nxt[0] + m.end() if nxt and m else None
    elif y:
        start = cue_end + y.end()
        genitive = None if "," in y.group() else words.list_genitive.match(fold_short(text[start : sent[1]]))
        start += (genitive or words.list_then.match(fold_short(text[start : sent[1]]))).end()
        if start >= sent[1] or not text[start].isalpha() or _PERIOD_BEFORE.search(text[sent[0] : cue_start]):
            start = None
    elif (aim := words.list_aim_is.match(fold_short(text[cue_end : sent[1]]))) and (
        kind == _GENERAL
        or (_opens_with_is(text, sent, cue_start, cue_end, lex) and words.list_copula.search(aim.group()))
    ):
        start = cue_end + aim.end()
        if start >= sent[1] or not text[start].isalpha():
            start = None
    elif _opens_clause(text, sent, cue_start, lex):
        start = cue_end + words.list_lead_in.match(fold_short(text[cue_end : sent[1]])).end()
        if start >= sent[1] or not text[start].isalpha() or ";" not in text[start : sent[1]]:
            start = None
    if start is None or _reports_result(text, sent[0], min(start, sent[1]), lex):
        return None
    return start


def _opens_with_is(text: str, sent: Span, cue_start: int, cue_end: int, lex: Lexicons) -> bool:
    """Whether a cue of another kind opens its list with "là" + content as a general objective does
    (``objective_cues.csv`` opens ``is``): "đặt ra nhiệm vụ trọng tâm là tập trung ..." (CONVENTIONS,
    Objectives, session 44); the caller asks for the copula itself, "nhằm" after such a cue is a
    purpose ("các mục tiêu, nhiệm vụ trọng tâm nhằm phát huy ...")."""
    return any(c.start == cue_start and c.end == cue_end for c in lex.objective_is_cues.find(text, *sent))


def _reports_result(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Whether a curated result cue stands in ``text[start:end]`` outside a purpose clause: in
    "Để thực hiện được mục tiêu này, huyện tập trung vào các giải pháp như: ..." the result words
    "thực hiện được" follow a purpose word (``list_purpose``: "để", "nhằm") in their comma segment
    and name the aim the list serves, not a result reached (CONVENTIONS, Objectives, session 43);
    "Huyện đã thực hiện được các giải pháp như: ..." reports."""
    purpose = cue_words(lex).list_purpose
    for hit in lex.result_cues.find(text, start, end):
        seg = max(text.rfind(",", start, hit.start), text.rfind(";", start, hit.start)) + 1 or start
        if not purpose.search(text[max(seg, start) : hit.start].lower().lstrip(" -–•+*") + " "):
            return True
    return False


def _content_before(text: str, start: int, colon: int) -> bool:
    """Whether a year's content runs on before a later ':' in its sentence, so that the ':' opens
    only a sub-list inside the aim ("mục tiêu cụ thể đến năm 2026 sẽ nâng cấp các làng nghề và mở
    các tuyến tham quan chuyên đề: làng gốm, ..."), not the list ("Mục tiêu đến năm 2030, cụ thể như sau:")."""
    return text[start : start + 1].isalpha() and len(text[start:colon].split()) >= _CONTENT_WORDS


def _opens_clause(text: str, sent: Span, cue_start: int, lex: Lexicons) -> bool:
    """Whether a cue opens its clause, where ';'-separated content right after it is its list: at
    most one word before it (a count or a determiner: "Ba đột phá được xác định là ..."), a copula
    ("Cùng với đó là nhóm giải pháp ...") or a target cue that sets it out ("Năm 2026, tỉnh đề ra
    mục tiêu tổng quát tập trung ...; ..."). A cue that another verb takes as its object in running
    text ("thực hiện các nhiệm vụ đột phá có lúc chưa quyết liệt; ...", "có khả năng tạo đột phá
    cho ...; ...") is only mentioned and introduces nothing (CONVENTIONS, Objectives)."""
    clause = _clause_start(text, sent, cue_start)
    before = _MARKED.sub("", text[clause:cue_start].strip())
    if len(before.split()) <= 1 or cue_words(lex).list_copula.search(fold_short(before)):
        return True
    return any(not text[c.end : cue_start].strip() for c in lex.target_cues.find(text, clause, cue_start))


def _in_title(text: str, sent: Span, cue, lex: Lexicons) -> bool:
    """Whether a cue stands inside a document's name, where it introduces nothing whatever follows:
    a vision after a period's end and a comma ("Quy hoạch ... đến năm 2020, tầm nhìn đến năm 2030
    với những nội dung sau:", a plan's name going on to its vision), or a cue right after the title
    word of a numbered document in its clause (``title_about``: "Nghị quyết số 01/NQ-CP ... về
    những giải pháp chủ yếu điều hành ...; ...")."""
    if cue.value == _VISION and _PERIOD_BEFORE.search(text[sent[0] : cue.start]):
        return True
    clause = _clause_start(text, sent, cue.start)
    if not cue_words(lex).title_about.search(fold_short(text[clause : cue.start])):
        return False
    return bool(find_document_numbers(text[clause : cue.start], lex))


def _in_purpose(text: str, sent: Span, cue, lex: Lexicons) -> bool:
    """Whether a cue stands in a purpose clause: a curated purpose word (``list_purpose``: "để",
    "nhằm", as written: "Đề án đặt mục tiêu ..." is none) stands a few words ahead of it in its
    clause, before the verb that governs it, wherever in the sentence and with or without a comma
    before it ("Để hoàn thành mục tiêu đến năm 2030, ...", "Năm 2026, để đạt mục tiêu chung ...,
    cần: ...", "tỉnh dồn sức để hoàn thành mục tiêu đến năm 2030, ..."). Such a cue opens no
    objectives list, since what follows are tasks for the aim, though it still ends the list
    before it (CONVENTIONS, Objectives, sessions 42 and 43)."""
    before = _MARKED.sub("", text[_clause_start(text, sent, cue.start) : cue.start].strip())
    return bool(cue_words(lex).cue_purpose.search(before.lower() + " "))


def _aims_in_words(text: str, cue, items: list[Span], lex: Lexicons) -> list[Span]:
    """The items of a list that state an aim in words (CONVENTIONS, Objectives, sessions 35 and
    37-39). An item whose head is a standing in a group of provinces ("tỉnh thuộc nhóm 15 địa
    phương dẫn đầu cả nước về ...") gives indicator rows and no objective row, in any list. Under a
    cue and its year ("Mục tiêu đến năm 2025, ...", "Tầm nhìn đến năm 2045, ...") or an aims noun
    before "như:" ("các mục tiêu ... như: ...") an item that states only figures ("toàn tỉnh có
    40 - 45 xã đạt chuẩn ...; tổng thu ngân sách đạt 2.500 tỷ đồng") gives none either; other
    lists keep such items. Under an aims noun, an item that continues past ';' (a capitalised first
    item, lower-case ones after it) is dropped only when each of its parts states figures. Example: "Mục tiêu đến năm 2030, xây dựng tỉnh thành trung tâm của vùng;
    có 15 khu công nghiệp ..." keeps only its first item."""
    items = [item for item in items if not _states_rank(text[item[0] : item[1]], lex)]
    if cue_words(lex).year_after.match(fold_short(text[cue.end : cue.end + 12])):
        return [item for item in items if not _states_figures(text[item[0] : item[1]], lex)]
    if _aims_such_as(text, cue, lex):
        return [item for item in items if not all(_states_figures(p, lex) for p in text[item[0] : item[1]].split(";"))]
    return items


def _aims_such_as(text: str, cue, lex: Lexicons) -> bool:
    """Whether a cue is a plural aims noun that opens a list before "như:" ("các mục tiêu")."""
    return cue.value == _GENERAL and any(
        c.start == cue.start and c.end == cue.end for c in lex.objective_such_as_cues.find(text, cue.start, cue.end)
    )


def _head(item: str, lex: Lexicons) -> str:
    """The head of an item: its first comma-separated part after openers with no figure (``_opener``)
    and after a scope closed by a colon."""
    parts = [p for p in item[item.rfind(":") + 1 :].split(",") if p.strip()]
    return next((p for p in parts if _holds_figure(p) or not _opener(p, lex)), "")


def _opener(part: str, lex: Lexicons) -> bool:
    """Whether a comma-part with no figure only opens an item: a short one ("Trong đó,", "Đến năm
    2030,"), a scope ("Đối với giáo dục phổ thông,"), or a target cue and its year ("Phấn đấu đến
    cuối năm 2025,") (CONVENTIONS, Objectives, sessions 37 and 41)."""
    words = cue_words(lex)
    if len(part.split()) <= _OPENER_WORDS or words.item_scope.match(fold_short(part)):
        return True
    cues = lex.target_cues.find(part, 0, len(part))
    bounds = [0] + [x for c in cues for x in (c.start, c.end)] + [len(part)]
    rest = " ".join(part[a:b] for a, b in zip(bounds[::2], bounds[1::2]))
    if not cues or not words.year.search(fold_short(part)):
        return False
    return len(words.year.sub(" ", fold_short(rest)).split()) <= _OPENER_WORDS


def _states_rank(item: str, lex: Lexicons) -> bool:
    """Whether an item's head is a standing in a group of provinces and nothing else: "đến năm 2027,
    tỉnh phấn đấu thuộc nhóm 15 tỉnh dẫn đầu cả nước về chỉ số PCI" yes; "xây dựng tỉnh thành
    trung tâm của vùng, nằm trong nhóm 20 tỉnh dẫn đầu" no (its head is an aim in words); nor "tỉnh
    trở thành tỉnh thuộc nhóm dẫn đầu vùng, là trung tâm ..." (a role after the standing, opened by
    a copula: an objective row, CONVENTIONS, Objectives, session 44)."""
    words = cue_words(lex)
    if not words.rank_aim.search(fold_short(_head(item, lex))):
        return False
    parts = item[item.rfind(":") + 1 :].split(";")[0].split(",")[1:]
    return not any(words.list_then.match(fold_short(p.lstrip())).end() for p in parts)


def _states_figures(item: str, lex: Lexicons) -> bool:
    """Whether an item states figures rather than an aim in words: its head (``_head``) holds a
    number that is no year. "có 9.000 doanh nghiệp, đóng góp 60% GRDP" yes; "xây dựng tỉnh thành
    trung tâm của vùng, nằm trong nhóm 20 tỉnh dẫn đầu" no (its figures are indicator rows too);
    nor does one whose later part with no figure opens with a target cue ("đạt trên 95%, hướng tới
    bảo hiểm y tế toàn dân")."""
    parts = [p for p in item[item.rfind(":") + 1 :].split(",") if p.strip()]
    if any(not _holds_figure(p) and not _opener(p, lex) and _opens_with_target_cue(p, lex) for p in parts):
        return False
    return _holds_figure(_head(item, lex)) or _measure_with_figure(item[item.rfind(":") + 1 :].split(";")[0], lex)


def _measure_with_figure(part: str, lex: Lexicons) -> bool:
    """Whether a part opens with the name of a measure in the lexicon and holds a figure, a target
    even when a comma inside the measure's name splits it from its figure: "Tỷ lệ lao động được
    đào tạo có bằng cấp, chứng chỉ đạt tối thiểu 35%" yes; "Ưu tiên phát triển các hợp tác xã,
    phấn đấu có 60% ..." no (an aim in words, its figure an indicator row too)."""
    lead = len(part) - len(part.lstrip(" -+•*–"))
    return _holds_figure(part) and any(h.start == lead for h in lex.indicators.find(part, 0, len(part)))


def _opens_with_target_cue(part: str, lex: Lexicons) -> bool:
    """Whether a part opens with a curated target cue ("hướng tới bảo hiểm y tế toàn dân")."""
    lead = len(part) - len(part.lstrip())
    return any(c.start == lead for c in lex.target_cues.find(part, 0, len(part)))


def _holds_figure(item: str) -> bool:
    """Whether ``item`` holds a number other than a year: "có 12 xã" yes, "Đến năm 2030, ..." no."""
    return any(not is_year(m.group()) for m in _FIGURE.finditer(item))


def _list_end(text: str, start: int, end: int, lex: Lexicons, horizon: int | None = None) -> int:
    """Cut a list span at an ellipsis, or before a later sentence that reports results
    ("Năm 2023, toàn tỉnh đã cung cấp ..."), starts with a body ("UBND tỉnh giao ..."), ends
    with ':', announcing a list of its own ("Một số chỉ tiêu cần đạt như sau:"), or opens with its
    own deadline past the list's year (``_later_deadline``)."""
    m = _ELLIPSIS.search(text, start, end)
    if m:
        end = m.start()
    for s in sentences(text, (start, end))[1:]:
        bodies = lex.bodies.find(text, s[0], s[1])
        if lex.result_cues.find(text, *s) or (bodies and bodies[0].start == s[0]):
            return s[0]
        if text[s[0] : s[1]].rstrip().endswith(":") or _later_deadline(text, s, horizon, lex):
            return s[0]
    return end


def _later_deadline(text: str, sent: Span, horizon: int | None, lex: Lexicons) -> bool:
    """Whether a sentence opens with its own deadline past the year of the list it follows: after
    "đặt mục tiêu đến năm 2020 sẽ trở thành ...", "Phấn đấu đến năm 2030, khu du lịch ... trở thành
    ..." is no item of that list (CONVENTIONS, Objectives, session 43). The deadline is a target cue
    and a year that open the sentence's first comma-part and are all of it (``_opener``); a bare
    "Đến năm 2030, ..." stays an item (session 35: tests/test_objective_aims_by_a_year.py)."""
    comma = text.find(",", sent[0], sent[1])
    if horizon is None or comma < 0 or not _opener(text[sent[0] : comma], lex):
        return False
    years = dates.find_years(text, cue_words(lex), sent[0], comma)
    if not years or not any(c.start < years[0][0] for c in lex.target_cues.find(text, sent[0], comma)):
        return False  # no target cue of its own before the year ("Phấn đấu"): a bare "Đến năm 2030,"
    return any(y > horizon for _, _, y, _ in years)


def _items(text: str, span: Span) -> list[Span]:
    """Split a list span into items (see step 3).

    >>> t = "Tập trung kiểm soát dịch; đẩy mạnh phát triển kinh tế; Phát triển khu kinh tế."
    >>> [t[a:b] for a, b in _items(t, (0, len(t)))]
    ['Tập trung kiểm soát dịch; đẩy mạnh phát triển kinh tế', 'Phát triển khu kinh tế']
    """
    pieces = []
    for sent in sentences(text, span):
        cur = sent[0]
        for m in re.finditer(";", text[sent[0] : sent[1]]):
            pieces.append((cur, sent[0] + m.start()))
            cur = sent[0] + m.end()
        pieces.append((cur, sent[1]))
    pieces = [strip_punct(text, p) for p in pieces if text[p[0] : p[1]].strip(" .;…")]
    pieces = [p for p in pieces if len(text[p[0] : p[1]].split()) >= 3]
    if not pieces:
        return []
    initials = [text[p[0]] for p in pieces if text[p[0]].isalpha()]
    mixed = any(c.isupper() for c in initials) and any(c.islower() for c in initials)
    if not mixed:
        return pieces
    merged = [pieces[0]]
    for p in pieces[1:]:
        if not text[p[0]].isupper():
            merged[-1] = (merged[-1][0], p[1])
        else:
            merged.append(p)
    return merged


def _paragraphs_below(
    text: str,
    paragraph_spans: list[Span],
    p_i: int,
    after_colon: bool,
    titled: bool = False,
    sibling: re.Pattern[str] | None = None,
) -> list[Span]:
    """The paragraphs a heading introduces: marked ones ("- ...", "1. ...") and ones that end
    with ';' or follow one that does; after a ':' or a bare title line ("1. Mục tiêu tổng
    quát") the first paragraph in any case ("Mục tiêu tổng quát:" / "Xây dựng tỉnh ...; ...").
    Below a title line, a marked paragraph after an unmarked one starts the next section, and so
    does the title's next number (``sibling``: "2. Mục tiêu cụ thể" after "1. Mục tiêu tổng quát:").
    A section heading of its own ends the list in any case (``_section_heading``)."""
    out, prev_semi = [], after_colon or titled
    for nxt in paragraph_spans[p_i + 1 :]:
        para = text[nxt[0] : nxt[1]]
        if (sibling and sibling.match(para)) or _section_heading(para):
            break
        if titled and out and _MARKED.match(para) and not _MARKED.match(text[out[0][0] : out[0][1]]):
            break
        if not (_MARKED.match(para) or prev_semi or para.endswith(";")):
            break
        out.append(nxt)
        prev_semi = para.endswith(";")
    return out


def _section_heading(para: str) -> bool:
    """Whether a paragraph is a section heading of its own: short, ending with ':' and written in
    capitals after its number ("I. QUAN ĐIỂM PHÁT TRIỂN:", "QUYẾT NGHỊ:" yes; "2. Về quảng bá điểm
    đến:" no). What follows it belongs to that section, not to a list opened before it."""
    para = para.strip()
    words = _TITLE_PREFIX.sub("", para, count=1).rstrip(" :")
    return para.endswith(":") and len(para) < _SECTION_CHARS and words.isupper()


def _sub_heading(text: str, span: Span) -> bool:
    """Whether a paragraph inside a list is a numbered sub-heading that only groups the items below
    it: a number and a text ending with ':' ("5. Về phát triển sản phẩm:" yes; "- Về phát triển
    sản phẩm:" and "5. Phát triển sản phẩm OCOP." no). It gives no row; its items do."""
    return bool(_NUMBERED.match(text, span[0], span[1])) and text[span[0] : span[1]].rstrip().endswith(":")


def _items_below(text: str, below: list[Span]) -> list[Span]:
    """One item per paragraph below a heading, numbered sub-headings left out (``_sub_heading``);
    a lone unmarked paragraph is split like a list."""
    below = [p for p in below if not _sub_heading(text, p)]
    if len(below) == 1 and not _MARKED.match(text[below[0][0] : below[0][1]]):
        return _items(text, below[0])
    return [strip_punct(text, p) for p in below]


def _theme(text: str, span: Span, lex: Lexicons) -> str:
    hits = lex.themes.find(text, *span)
    return hits[0].value if hits else "other"


def _clause_start(text: str, sent: Span, pos: int) -> int:
    """Start of the ';'-clause of ``sent`` that contains ``pos``."""
    semi = text.rfind(";", sent[0], pos)
    return semi + 1 if semi >= 0 else sent[0]


def _before_such_as(text: str, sents: list[Span], cue, lex: Lexicons) -> bool:
    """Whether the sentence of a plural plan noun goes on to "như:" or "như sau:" before any ';',
    where the noun introduces a list ("Tỉnh xác định các giải pháp phát triển thương mại, như: Nâng
    cấp ...", "tập trung vào các mục tiêu chính như sau: ..."); the solutions noun before a plain
    ':' too ("Các giải pháp mà huyện đề ra là: ...", ``_opens_at_colon``), unless a verb of work
    done governs it ("đã triển khai các giải pháp: ..."); in running text it is only mentioned
    (CONVENTIONS, Objectives, sessions 35, 41, 42 and 43)."""
    sent = _sentence_of(sents, cue.start)
    colon = text.find(":", cue.end, sent[1])
    if colon < 0 or ";" in text[cue.end : colon]:
        return False
    words = cue_words(lex)
    if words.list_such_as.search(fold_short(text[cue.end : colon])):
        return True
    return _opens_at_colon(text, sent, cue, lex) and not words.list_done.search(
        text[_clause_start(text, sent, cue.start) : cue.start].lower()
    )


def _opens_at_colon(text: str, sent: Span, cue, lex: Lexicons) -> bool:
    """Whether a plural plan noun is one that a plain ':' lets open a list (``objective_cues.csv``
    opens ``colon``: "kế hoạch đề ra các giải pháp: ...", "Các giải pháp mà huyện đề ra là: ...";
    CONVENTIONS, Objectives, sessions 41 and 43), unlike "các mục tiêu" ("như:" only)."""
    return any(c.start == cue.start and c.end == cue.end for c in lex.objective_colon_cues.find(text, *sent))


def _cues(text: str, para: Span, sents: list[Span], lex: Lexicons) -> list:
    """The objective cues of a paragraph in text order: the curated list cues, and the plural plan
    nouns ("các giải pháp", "các nhiệm vụ", "các mục tiêu") whose sentence goes on to "như:" or
    "như sau:" ("tập trung vào các mục tiêu chính như sau:")."""
    such_as = [c for c in lex.objective_such_as_cues.find(text, *para) if _before_such_as(text, sents, c, lex)]
    return sorted(lex.objective_cues.find(text, *para) + such_as, key=lambda c: (c.start, -c.end))


def _introductions(text: str, para: Span, sents: list[Span], cues: list, lex: Lexicons) -> list[tuple]:
    """(cue, list start) for the cues of ``para`` that introduce a list; a cue inside the previous
    cue's introduction ("nhóm giải pháp ... đó là:") is skipped."""
    para_text = text[para[0] : para[1]]
    intro: list[tuple] = []
    for cue in cues:
        if (intro and cue.start < intro[-1][1]) or _in_title(text, _sentence_of(sents, cue.start), cue, lex):
            continue
        is_heading = (
            len(para_text) < 120 and not para_text.endswith((".", ";")) and (text[cue.end : para[1]].strip(" :") == "")
        )
        line_end = None if is_heading else _heading_line_end(text, para, cue)
        start = para[1] if is_heading else line_end or _list_start(text, sents, cue.start, cue.end, lex, cue.value)
        if start is not None:
            intro.append((cue, start))
    return intro


def _list_items(
    text: str,
    paragraph_spans: list[Span],
    p_i: int,
    sents: list[Span],
    intro: list[tuple],
    i: int,
    taken: set[Span],
    lex: Lexicons,
) -> list[Span]:
    """The item spans of the ``i``-th introduced list of paragraph ``p_i``: the paragraphs below a
    heading ("Mục tiêu tổng quát:", "1. Mục tiêu tổng quát"), else the items after the cue, up to
    the next cue's clause or the list's end."""
    para = paragraph_spans[p_i]
    para_text = text[para[0] : para[1]]
    cue, start = intro[i]
    title = _TITLE_PREFIX.fullmatch(text, para[0], cue.start)
    sibling = _sibling(text[para[0] : cue.start]) if title else None
    if text[start : para[1]].strip() == "":
        titled = not para_text.endswith(":") and bool(title)
        below = _paragraphs_below(text, paragraph_spans, p_i, para_text.endswith(":"), titled, sibling)
        taken.update(below)
        return _items_below(text, below)
    if start == _heading_line_end(text, para, cue) and _MARKED.match(text[start : para[1]]):
        below = _paragraphs_below(text, paragraph_spans, p_i, False, False, sibling)
        taken.update(below)
        return [strip_punct(text, (start, para[1]))] + [
            strip_punct(text, p) for p in below if not _sub_heading(text, p)
        ]
    end = para[1]
    if i + 1 < len(intro):
        nxt = intro[i + 1][0].start
        end = max(start, _clause_start(text, _sentence_of(sents, nxt), nxt))
    horizon = _horizon(text, cue, _sentence_of(sents, cue.start), lex)
    return _items(text, (start, _list_end(text, start, end, lex, horizon)))


def _horizon(text: str, cue, sent: Span, lex: Lexicons) -> int | None:
    """The year a list looks to: a year right after its cue, else in its sentence, else the end
    of a period in its sentence ("Mục tiêu đến năm 2030, ...")."""
    years = dates.find_years(text, cue_words(lex), cue.start, min(sent[1], cue.end + 20)) or dates.find_years(
        text, cue_words(lex), *sent
    )
    periods = dates.find_periods(text, *sent)
    return years[0][2] if years else (periods[0][3] if periods else None)


def _add_items(
    rows: dict[str, dict], article_id: str, text: str, cue, items: list[Span], horizon: int | None, lex: Lexicons
) -> None:
    for item in items:
        quote = text[item[0] : item[1]]
        oid = row_id(article_id, "obj", cue.value, quote)
        if oid in rows:  # the same item listed again (another programme): its own row
            oid = row_id(article_id, "obj", cue.value, quote, item[0])
        rows[oid] = {
            "objective_id": oid,
            "article_id": article_id,
            "kind": cue.value,
            "theme": _theme(text, item, lex),
            "text_vi": quote,
            "horizon_year": horizon,
            "quote": quote,
            "char_start": item[0],
            "char_end": item[1],
        }


def objective_rows(article_id: str, text: str, paragraph_spans: list[Span], lex: Lexicons) -> list[dict]:
    """Rows of the ``objectives`` table for one article (without document links).

    Steps per paragraph with an objective cue: the cues that introduce a list
    (``_introductions``), each list's items (``_list_items``), its horizon year (``_horizon``),
    one row per item (``_add_items``); ids name the statement (``assign_statement_ids``).
    """
    rows: dict[str, dict] = {}
    taken: set[Span] = set()  # paragraphs already read as a heading's items
    for p_i, para in enumerate(paragraph_spans):
        if para in taken or not (lex.objective_cues.find(text, *para) or lex.objective_such_as_cues.find(text, *para)):
            continue
        sents = sentences(text, para)
        cues = _cues(text, para, sents, lex)
        intro = _introductions(text, para, sents, cues, lex)
        for i, (cue, _) in enumerate(intro):
            items = _list_items(text, paragraph_spans, p_i, sents, intro, i, taken, lex)
            if _in_purpose(text, _sentence_of(sents, cue.start), cue, lex):
                continue  # a purpose's tasks, the paragraphs below it taken too: no objectives
            items = _aims_in_words(text, cue, items, lex)
            if items:
                _add_items(
                    rows, article_id, text, cue, items, _horizon(text, cue, _sentence_of(sents, cue.start), lex), lex
                )
    return assign_statement_ids(list(rows.values()), "obj", "objective_id")
