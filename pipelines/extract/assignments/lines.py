"""The article's lines as the reading needs them: the recipients of a legal text ("Nơi nhận:")
left out, lines that list bodies with ';' joined to the next, hard wraps rejoined (a name broken
on its dash, prose that goes on), lettered items split from the heading above them.
"""

from __future__ import annotations

from pipelines.extract.cue_patterns import compiled
from pipelines.text.fold import fold
from pipelines.text.segment import Span, clauses, sentences, strip_punct
from pipelines.extract.assignments.article import (
    ITEM_MARK,
    BULLET,
    DASH_LINE,
    LETTERED_LINE,
    WRAP_MIN,
    find_in,
    Article,
    name_forms,
)
from pipelines.extract.assignments.merged import only_bodies


def operative(a: Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs without the recipients of a legal text ("Nơi nhận:" and the bullet lines
    after it: "- Các sở, ban, ngành tỉnh;" receives a copy, it is assigned nothing)."""
    out, skipping = [], False
    for para in paragraph_spans:
        if a.pats["recipients"].match(a.folded, para[0]):
            skipping = True
            continue
        skipping = skipping and bool(BULLET.match(a.text[para[0] : para[1]]))
        if not skipping:
            out.append(para)
    return out


def list_lines(a: Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs, a line that ends listing bodies with ';' joined to the next one: the
    closing article of a decision printed one addressee a line ("Điều 3. Chánh Văn phòng UBND
    tỉnh;" / "Giám đốc các Sở: ...; Chủ tịch UBND các huyện ... chịu trách nhiệm thi hành ...")."""
    out: list[Span] = []
    for para in paragraph_spans:
        if (
            out
            and a.text[out[-1][0] : out[-1][1]].rstrip().endswith(";")
            and not BULLET.match(a.text[para[0] : para[1]])
        ):
            last = clauses(a.text, sentences(a.text, out[-1])[-1])[-1]
            if only_bodies(a, strip_punct(a.text, last)):
                out[-1] = (out[-1][0], para[1])
                continue
        out.append(para)
    return out


def item_lines(a: Article, paragraph_spans: list[Span]) -> list[Span]:
    """The paragraphs split before a line that opens a lettered item ("a) Giám đốc Sở Kế hoạch
    và Đầu tư:"), which the paragraph splitter may have joined to an unpunctuated heading above
    it ("1. Thông báo chỉ tiêu kế hoạch, điều hành thực hiện"): an item is no wrapped line."""
    out: list[Span] = []
    for start, end in paragraph_spans:
        for m in LETTERED_LINE.finditer(a.text, start, end):
            out.append((start, m.start()))
            start = m.start() + 1
        out.append((start, end))
    return out


def rejoined(a: Article, paragraph_spans: list[Span]) -> list[Span]:
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


def _wraps_into(a: Article, prev: Span, span: Span) -> bool:
    line, nxt = a.text[prev[0] : prev[1]], a.text[span[0] : span[1]]
    if a.text[prev[1] : span[0]] != "\n" or len(line) < WRAP_MIN or ITEM_MARK.match(nxt):
        return False
    if line.upper() == line or nxt.upper() == nxt or not nxt[:1].isupper():
        return False
    return bool(a.pats["dangling"].search(a.folded, prev[0], prev[1]))


def _splits_name(a: Article, prev: Span, span: Span) -> bool:
    """Whether a hard wrap falls on the dash inside a body's name, so that the next line opens
    with it ("Theo đề nghị của Sở Lao động" / "- Thương binh và Xã hội tại Tờ trình ..."; "Giám
    đốc các Sở: Lao động" / "- Thương binh và Xã hội, Nội vụ, ..."): the line is no bullet, the
    name goes on in it."""
    if a.text[prev[1] : span[0]] != "\n" or not DASH_LINE.match(a.text, span[0]):
        return False
    forms = compiled(a.lex, "assignment_name_forms", name_forms)
    return any(
        m.start < prev[1] and m.end > span[0] for m in find_in(forms, a.text, max(prev[0], prev[1] - 80), span[1])
    )


def _goes_on(a: Article, prev: Span, span: Span) -> bool:
    """Whether a hard-wrapped line of prose that ends on ';' goes on in the next line, which
    opens in lower case with no item mark: one sentence lists its duties across the wrap
    ("... có trách nhiệm: Tổ chức triển khai thực hiện kế hoạch;" / "theo dõi, đánh giá ...,
    đề xuất ... và báo cáo ..."), so the later duties keep the bodies of the first."""
    line, nxt = a.text[prev[0] : prev[1]], a.text[span[0] : span[1]]
    if a.text[prev[1] : span[0]] != "\n" or len(line) < WRAP_MIN or ITEM_MARK.match(nxt):
        return False
    return line.rstrip().endswith(";") and nxt[:1].isalpha() and nxt[:1].islower()


def line_key(line: str) -> str:
    """A line compared with the headline: folded, its white space collapsed, no end punctuation."""
    return " ".join(fold(line).split()).strip(" .:;")
