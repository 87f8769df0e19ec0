"""Filters over a page's rows once it is read.

A target restated in a headline, in words or beside its coded twin is one row; a row whose
target year lies before the publication year reports the past and is dropped.
"""

from __future__ import annotations

import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.text.fold import fold_short
from pipelines.extract.indicators.page import Page, value_words
from pipelines.extract.indicators.phrasings import same_counted
from pipelines.extract.indicators.quantities import is_whole_share
from pipelines.extract.indicators.years import marked_year, stated_years
from pipelines.text.years import YEAR
from pipelines.text.segment import sentence_end


def _values(row: dict) -> tuple:
    return row["comparator"], row["value_low"], row["value_high"], row["unit"], row["target_year"]


def restates_coded(row: dict, page: Page) -> bool:
    """Whether an uncoded row restates another row of the article in other words (a headline
    "đặt mục tiêu tăng trưởng năm 2025 trên 13%"): same values as a coded row, or as an
    uncoded row quoted at more length (the first such row is kept on a tie), in another
    paragraph, whose label shares at least half the words of the shorter label (a value such as
    100% is shared by targets of unrelated things). An ``achieve`` row states no value another row could share: two checkable
    states due the same year are two aims ("trở thành thành phố trực thuộc Trung ương" and "nằm
    trong nhóm dẫn đầu cả nước")."""
    if row["indicator_code"] is not None or row["comparator"] == "achieve":
        return False
    for r in page.found.values():
        if r is row or _values(r) != _values(row) or _same_paragraph(page.text, r, row):
            continue
        if not _labels_overlap(r["label_vi"], row["label_vi"]):
            continue  # "100% hồ sơ công việc ..." and "100% các sự kiện văn hóa ...": two shares
        if r["indicator_code"] is not None or len(r["quote"]) > len(row["quote"]):
            return True
        if len(r["quote"]) == len(row["quote"]) and r["char_start"] < row["char_start"]:
            return True
    return False


def _labels_overlap(a: str, b: str) -> bool:
    """Whether two uncoded labels share at least half the words of the shorter one: they may
    name the same thing; labels that share less name two things that happen to share a value."""
    wa, wb = set(fold_short(a).lower().split()), set(fold_short(b).lower().split())
    return 2 * len(wa & wb) >= min(len(wa), len(wb))


def said_in_words(row: dict, page: Page) -> bool:
    """Whether a value written in words ("tăng trưởng hai con số", "2 con số": ``value_words.csv``;
    its digits are no figure) only heralds a figure the page states for the same indicator and
    year ("kịch bản tăng trưởng hai con số, đặt mục tiêu GRDP bình quân trên 10,5%/năm", or the
    term's growth "từ 11% trở lên" in a later paragraph): the figure is the target; only standing
    alone, with no such figure anywhere on the page, is it a row (CONVENTIONS). A figure of its unit that follows in its sentence, with no other
    indicator named between ("kinh tế vẫn tăng ở mức hai con số, ước đạt 11,2%"), is
    the figure the words herald, whether it is a target or an estimate."""
    if row["indicator_code"] is None or row["comparator"] == "achieve" or _figure(row["quote"], page.lex):
        return False  # uncoded rows name different things ("gấp đôi" beside "gấp 1,5 lần")
    if is_whole_share(page, row):
        return False  # "tất cả xã đạt chuẩn ..., 50% xã ...": the whole is a figure of its own
    if _figure_follows(row, page):
        return True
    return any(
        r is not row
        and r["indicator_code"] == row["indicator_code"]
        and r["target_year"] == row["target_year"]
        and r["comparator"] != "achieve"
        and _figure(r["quote"], page.lex)
        for r in page.found.values()
    )


def _figure_follows(row: dict, page: Page) -> bool:
    """Whether the next figure after a value in words, in its sentence, is of the row's unit with
    no indicator phrasing between them (``said_in_words``)."""
    end = row["char_end"]
    stop = sentence_end(semicolon=True, line=True).search(page.text, end)
    figures = page.units.find(page.text, end, stop.start() if stop else len(page.text))
    if not figures or figures[0].unit != row["unit"]:
        return False
    return not page.lex.indicators.find(page.text, end, figures[0].start)


def _headline(page: Page, pos: int) -> bool:
    """Whether ``pos`` stands in a headline: a short line that ends with no punctuation, and
    heads some text after it (a page cut off inside its last sentence ends with no headline)."""
    start = page.text.rfind("\n", 0, pos) + 1
    end = page.text.find("\n", pos)
    if not page.text[end if end >= 0 else len(page.text) :].strip():
        return False
    line = page.text[start : end if end >= 0 else len(page.text)].rstrip()
    return len(line) <= _HEADLINE and not line.endswith((".", ";", ":", "!", "?", "…"))


_HEADLINE = 200  # characters: a longer line is a paragraph of the body


def _yearless_line(page: Page, pos: int) -> bool:
    """Whether the line at ``pos`` names no year and no period: a headline's year is then only
    the page's default ("Tỉnh đặt mục tiêu tăng trưởng bình quân 9 - 9,5%/năm" over the body's
    "nhiệm kỳ 2025 - 2030, ... 9 - 9,5%/năm"), not one it states."""
    start = page.text.rfind("\n", 0, pos) + 1
    end = page.text.find("\n", pos)
    end = end if end >= 0 else len(page.text)
    return not stated_years(page, start, end) and not dates.find_periods(page.text, start, end)


def headline_restates(row: dict, page: Page) -> bool:
    """Whether a headline's row only restates in short a target the body states ("đặt mục
    tiêu tăng trưởng GRDP 8,5% năm 2025" over "mục tiêu tăng trưởng đạt 8,5% trở lên trong năm
    2025"; "phấn đấu tăng trưởng đạt hai con số" over "tăng 10 - 10,5%"): a row of the same code
    and year (or a headline line naming no year or period) in a body line, whatever the
    comparator, with a figure the body's rounds to ("phấn đấu tăng trưởng GRDP năm 2024 đạt trên
    7%" over "7 - 7,5%"; "đặt mục tiêu tăng trưởng trên 10,5%" over "mục tiêu tăng trưởng là
    10,5%": session 27) or, for a value in words, with a figure."""
    if not _headline(page, row["char_start"]):
        return False
    if row["indicator_code"] is None and row["comparator"] == "achieve":
        return _headline_standing(row, page)
    if row["indicator_code"] is None:
        return _uncoded_headline_restates(row, page)
    in_words = not _figure(row["quote"])
    return any(
        r["indicator_code"] == row["indicator_code"]
        and (row["target_year"] in (r["target_year"], None) or _yearless_line(page, row["char_start"]))
        and r["comparator"] != "achieve"
        and not _headline(page, r["char_start"])
        and ((in_words and _figure(r["quote"])) or (not in_words and _rounds_to(row, r)))
        for r in page.found.values()
    )


def lead_restates(row: dict, page: Page) -> bool:
    """Whether a row of the lead (the page's first paragraph that is no headline) restates a
    target a later paragraph states with the same figure, unit and year but another comparator
    word ("tăng trưởng GRDP trên 10%" in the lead over "tốc độ tăng trưởng GRDP năm 2025 đạt từ
    10%" in the body): one target, the body's row (CONVENTIONS, session 29). The same code, or
    for an uncoded row a label sharing half its words; a checkable state has no figure."""
    if row["comparator"] == "achieve" or not _in_lead(page, row["char_start"]):
        return False
    return any(
        r is not row
        and r["comparator"] not in ("achieve", row["comparator"])
        and _values(r)[1:] == _values(row)[1:]
        and r["char_start"] > row["char_start"]
        and not _in_lead(page, r["char_start"])
        and not _headline(page, r["char_start"])
        and (
            r["indicator_code"] == row["indicator_code"]
            if row["indicator_code"] is not None
            else r["indicator_code"] is None and _labels_overlap(r["label_vi"], row["label_vi"])
        )
        for r in page.found.values()
    )


def part_of_total(row: dict, page: Page) -> bool:
    """Whether a coded count or amount is a part of a total the page states before it: a
    ``part_lead`` word ("trong đó có", "Trong số đó") stands right before its figure, no other
    figure between, and a row before it has the very code, unit and year and a larger value
    ("phấn đấu đón 5 triệu lượt khách, trong đó có khoảng 300.000 lượt khách quốc tế"): the
    lexicon's code holds the total; the part is no row (CONVENTIONS, session 19). Shares and rates
    are left alone: a part's rate may pass the whole's, and a quarter's growth is read as a part of
    the year (``year_parts``)."""
    if row["indicator_code"] is None or row["unit"] in (None, "percent", "percentage_point"):
        return False
    if row["value_low"] is None or not _after_part_lead(page, row["char_start"]):
        return False
    return _total_before(row, page)


def _total_before(row: dict, page: Page) -> bool:
    """Whether a row before ``row`` has its code, unit and year and a larger value."""
    return any(
        r is not row
        and r["indicator_code"] is not None
        and same_counted(r["indicator_code"], row["indicator_code"], page.lex)
        and r["unit"] == row["unit"]
        and r["target_year"] == row["target_year"]
        and r["value_low"] is not None
        and (r["value_high"] or r["value_low"]) > (row["value_high"] or row["value_low"])
        and r["char_end"] <= row["char_start"]
        for r in page.found.values()
    )


def _after_part_lead(page: Page, pos: int) -> bool:
    """Whether a ``part_lead`` word stands in the few words before ``pos``, in its sentence, with
    no figure between ("(trong đó có 260.000 ...", "Trong số đó, có khoảng 25.000 ...")."""
    lo = max(0, pos - _PART_REACH)
    found = list(page.words.part_lead.finditer(page.folded, lo, pos))
    if not found:
        return False
    between = page.folded[found[-1].end() : pos]
    return not re.search(r"[\d.;!?]", between)


_PART_REACH = 30  # characters before a part's figure in which its part_lead word stands


def _in_lead(page: Page, pos: int) -> bool:
    """Whether ``pos`` stands in the page's lead: its first paragraph that is no headline (the
    title line and any short line before it aside)."""
    lead = next((p for p in page.paras if not _headline(page, p[0])), None)
    return lead is not None and lead[0] <= pos < lead[1]


def _uncoded_headline_restates(row: dict, page: Page) -> bool:
    """Whether a headline's uncoded row says in short, in other words, a target a body line
    states of its unit and year (or the headline names no year), whatever the comparator, with a
    figure the body's rounds to ("Phấn đấu tổng sản phẩm tăng trên 9% năm 2027" over "GRDP tăng từ
    9% trở lên"; "Nửa cuối năm phải tăng tối thiểu 9,6%" over "cần đạt mức tăng tối thiểu 9,6% trong
    6 tháng cuối năm"): CONVENTIONS (session 27), whatever the headline's words. Counts and full
    shares (100%) are said of many unrelated things: a headline's count or 100% is kept; so is a
    short line that is a table row or a list item ("- Dịch vụ (%) | 6,1 | 7,0-7,4"), no headline."""
    if row["unit"] in (None, "count") or (row["unit"] == "percent" and row["value_low"] == 100):
        return False
    start = page.text.rfind("\n", 0, row["char_start"]) + 1
    line = page.text[start : (page.text + "\n").find("\n", row["char_start"])]
    if "|" in line or "|" in row["quote"] or _LIST_ITEM.match(line):
        return False
    return any(
        r is not row
        and r["unit"] == row["unit"]
        and r["comparator"] != "achieve"
        and (row["target_year"] in (r["target_year"], None) or _yearless_line(page, row["char_start"]))
        and not _headline(page, r["char_start"])
        and _rounds_to(row, r)
        for r in page.found.values()
    )


_LIST_ITEM = re.compile(r"\s*(?:[-+*•–]|\w{1,2}[).])\s")  # a line opening a list item: "- ", "+ ", "a) ", "1. "
_ROUNDING = 0.05  # a headline's figure within 5% of the body's range restates it in short


def _rounds_to(short: dict, full: dict) -> bool:
    """Whether ``short``'s figure lies within the rounding of ``full``'s value or range ("trên
    7%" of "7 - 7,5%"; "8,5%" of "8,47%"): the same target said in short."""
    if short["value_low"] is None or full["value_low"] is None:
        return False
    low, high = full["value_low"], full["value_high"] if full["value_high"] is not None else full["value_low"]
    return all(
        v is None or low * (1 - _ROUNDING) <= v <= high * (1 + _ROUNDING)
        for v in (short["value_low"], short["value_high"])
    )


def _headline_standing(row: dict, page: Page) -> bool:
    """Whether a headline's uncoded ``achieve`` row, in a headline naming no year, restates in
    short a standing the body states ("phấn đấu thuộc nhóm phát triển khá của châu Á" over "Đến
    năm 2045, ... thuộc nhóm thành phố phát triển khá của châu Á"): its label ends with the
    same words (the level and whom it is measured against) as the label of an uncoded achieve
    row of a body line."""
    start = page.text.rfind("\n", 0, row["char_start"]) + 1
    end = page.text.find("\n", row["char_start"])
    if stated_years(page, start, end if end >= 0 else len(page.text)):
        return False
    tail = fold_short(row["label_vi"]).split()[-_STANDING_TAIL:]
    return any(
        r["indicator_code"] is None
        and r["comparator"] == "achieve"
        and not _headline(page, r["char_start"])
        and fold_short(r["label_vi"]).split()[-_STANDING_TAIL:] == tail
        for r in page.found.values()
    )


_STANDING_TAIL = 4  # words: "khá của châu á", "trung bình của cả nước" ends the same way


def _figure(quote: str, lex: Lexicons | None = None) -> bool:
    """Whether a quote writes a figure in digits (years aside: "hai con số năm 2026" has none;
    with ``lex``, the digits of a value in words too: "2 con số" is no figure)."""
    if lex is not None:
        for m in reversed(value_words(lex).find(quote, 0, len(quote))):
            quote = quote[: m.start] + " " + quote[m.end :]
    return bool(re.search(r"\d", re.sub(rf"(?<!\d){YEAR}(?!\d)", "", quote)))


def _same_paragraph(text: str, a: dict, b: dict) -> bool:
    """Whether two rows stand in one paragraph (a paragraph states each of its values once:
    two rows with equal values there are two targets, not a restatement)."""
    lo, hi = sorted((a["char_start"], b["char_start"]))
    return "\n" not in text[lo:hi]


def not_past(page: Page, published_year: int | None) -> list[dict]:
    """Step 10: drop rows due before the first year a target can be due in. A plan figure in
    brackets names its plan ("(kế hoạch tăng 7%)"): due in the publication year, it is a target
    even on a page that plans the year after. A page of no published date that a scraper's month
    marker dates ("date 2024-01") was written in the marker's year: a row due before it is past
    ("Năm 2023, ... vượt mục tiêu đặt ra là giảm từ 2 - 2,5% hộ nghèo" on such a page)."""
    if published_year is None:
        marked = marked_year(page.text, None)
        return [r for r in page.found.values() if marked is None or (r["target_year"] or marked) >= marked]
    first = published_year
    if page.frame.kind in ("target_setting", "mixed") and page.frame.plan_year == published_year + 1:
        first = published_year + 1
    return [
        r
        for k, r in page.found.items()
        if r["target_year"] is None or r["target_year"] >= (published_year if k in page.planned else first)
    ]
