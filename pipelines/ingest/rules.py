"""The curated tables ingest reads, compiled once per build.

- ``chrome.csv``: furniture on any site (lines dropped, or the rest of the page cut);
- ``site_chrome.csv``: furniture whose wording belongs to one site, applied only when the
  article's ``source_url`` is on that host (subdomains included);
- ``title_lines.csv``: lines that are never a headline, by kind (see ``title.py``);
- ``date_words.csv``: words that may stand beside a date on a date line or open a lead
  (see ``dates.py``); ``indicator_cues.csv``: the nouns of a date in words (``day_noun``,
  ``month_noun``, ``year_noun``: "ngày 02 tháng 5 năm 2024");
- ``doc_types.csv`` (``name_vi``): the document names that open a legal title;
- ``provinces.csv``: ``successor_code``, the province each old one belongs to from 1 July 2025;
  ``name_ascii``, how a web address writes the name ("dak-nong" in a path, "lmhtxdaknong" in a
  domain).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pandas as pd

from pipelines.ingest.clean import ChromeRule
from pipelines.ingest.dates import DateWords, compile_date_words
from pipelines.ingest.title import TitleRules
from pipelines.text.fold import fold
from pipelines.text.written import as_written
from pipelines.text.years import YEAR

TITLE_KINDS = ("legal_marker", "header", "upper_header", "site", "subject")
DATE_WORD_KINDS = ("weekday", "daypart", "label", "clock", "toolbar")
LEAD_KINDS = ("daypart", "label")


@dataclass(frozen=True)
class IngestRules:
    """Everything ingest knows about page furniture, headlines and date lines."""

    site_chrome: tuple[tuple[str, ChromeRule], ...]  # (host suffix, rule)
    title: TitleRules
    date_words: DateWords
    successors: dict[str, str] = field(default_factory=dict)  # old province code -> code from 1 July 2025
    url_names: tuple[tuple[str, str], ...] = ()  # (folded ascii words "dak nong", province code)
    # words only a page written after the 2025 reorganisation writes ("xếp thứ 2/34 tỉnh, thành phố")
    reorganised: re.Pattern | None = None
    # a province name's bracketed mark of the reorganisation ("Gia Lai (cũ)"): "(cũ)" / "(mới)" at a position
    merged_mark: re.Pattern | None = None
    # spans of a year the page reports on ("9 tháng năm 2025"), groups n (its last month) and y
    reported: tuple[re.Pattern, ...] = ()
    # a whole year reviewed while the next is planned ("kết quả ... năm 2025, mục tiêu ... năm 2026"): y, z
    reviewed: re.Pattern | None = None
    # "sau (cuộc) sáp nhập ..., " right before a province's name (``merger_lead``), over folded text
    merger_lead: re.Pattern | None = None
    # old codes whose name is that of a province formed on 1 July 2025 from two or more ("An Giang", "Lâm Đồng")
    formed: frozenset[str] = frozenset()
    # the page's own event at the end of a year ("kỳ họp thường lệ cuối năm 2025"), group y
    year_end: tuple[re.Pattern, ...] = ()
    # the commune level's committees addressed as a whole ("UBND các xã, phường"), over folded text
    commune_committees: re.Pattern | None = None
    # the district level's words ("huyện", "thị trấn"), over the text as written (case aside):
    # folding would merge "quận" with "quân" (bình quân) and "huyện" with "huyền"
    district_words: re.Pattern | None = None

    def chrome_for(self, general: list[ChromeRule], source_url: str | None) -> list[ChromeRule]:
        """The general chrome rules plus those of the article's own site."""
        host = (urlparse(source_url).hostname or "").lower() if source_url else ""
        if not host:
            return list(general)
        own = [rule for site, rule in self.site_chrome if host == site or host.endswith("." + site)]
        return [*general, *own]


def build_ingest_rules(tables: dict[str, pd.DataFrame]) -> IngestRules:
    """Compile the validated curated tables (by file name) into ``IngestRules``."""
    site = tuple(
        (r["site"].lower(), ChromeRule(re.compile(r["pattern"], re.IGNORECASE), r["action"]))
        for r in tables["site_chrome.csv"].to_dict("records")
    )
    words = tables["date_words.csv"]
    cues = tables["indicator_cues.csv"]
    date_nouns = tuple(list(cues[cues.role == role].cue) for role in ("day_noun", "month_noun", "year_noun"))
    reorganised = _phrases(list(words[words.kind == "reorganised"].word))
    marks = sorted({fold(w) for w in words[words.kind == "merged_mark"].word}, key=len, reverse=True)
    merged_mark = re.compile(rf"\s*\(\s*(?:{'|'.join(map(re.escape, marks))})\s*\)") if marks else None
    reported = _spans(list(words[words.kind == "reported_span"].word))
    merger_lead = _merger_lead(list(words[words.kind == "merger_lead"].word))
    year_end = _spans(list(words[words.kind == "year_end_event"].word))
    reviewed = _reviewed(*(list(cues[cues.role == role].cue) for role in ("year_review", "year_outlook", "year_noun")))
    yesterday = list(words[words.kind == "yesterday"].word)
    communes = _phrases(list(words[words.kind == "commune_committees"].word))
    districts = _words_as_written(list(words[words.kind == "district_word"].word))
    words = words[words.kind.isin(DATE_WORD_KINDS)]
    date_words = compile_date_words(
        list(words.word),
        list(words[words.kind.isin(LEAD_KINDS)].word),
        date_nouns,
        list(words[words.kind == "daypart"].word),
        yesterday,
    )
    lines = tables["title_lines.csv"]
    patterns = {k: [re.compile(p, re.IGNORECASE) for p in lines[lines.kind == k].pattern] for k in TITLE_KINDS}
    nouns = frozenset(fold(n) for n in tables["doc_types.csv"].name_vi)
    prov = tables["provinces.csv"]
    successors = {r["province_code"]: r["successor_code"] or r["province_code"] for r in prov.to_dict("records")}
    url_names = tuple(
        (" ".join(re.findall(r"[a-z]+", fold(r["name_ascii"]))), r["province_code"]) for r in prov.to_dict("records")
    )
    return IngestRules(
        site,
        TitleRules(patterns, nouns, date_words),
        date_words,
        successors,
        url_names,
        reorganised,
        merged_mark,
        reported,
        reviewed,
        merger_lead,
        _formed(prov),
        year_end,
        communes,
        districts,
    )


# Words a merger lead may take before its comma ("sau cuộc sáp nhập lịch sử, tỉnh ...").
MERGER_GAP_WORDS = 4


def _merger_lead(words: list[str]) -> re.Pattern | None:
    """A merger lead ending right before a province's name, over folded text: "sau sáp nhập, " or
    "sau cuộc sáp nhập lịch sử, " (a few words may qualify it before its comma)."""
    leads = sorted({fold(w) for w in words}, key=len, reverse=True)
    if not leads:
        return None
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in leads)
    return re.compile(rf"(?<!\w)(?:{body})(?:\s+[^\W\d][^\s,;.:()]*){{0,{MERGER_GAP_WORDS}}}\s*,\s*$")


def _formed(prov: pd.DataFrame) -> frozenset[str]:
    """Old codes that bear the name of a province formed on 1 July 2025 by merging two or more:
    "An Giang" (89) names the new An Giang (91, with Kiên Giang); Cao Bằng, left alone, is none."""
    members = Counter(prov["successor_code"])
    return frozenset(
        r["province_code"]
        for r in prov.to_dict("records")
        if members[r["successor_code"]] > 1 and fold(r["name_vi"]) == fold(r["successor_name_vi"])
    )


def _spans(templates: list[str]) -> tuple[re.Pattern, ...]:
    """Patterns over folded text for curated spans of a year, ``{n}`` its last month and ``{y}``
    its year ("{n} tháng năm {y}" reads "9 tháng năm 2025" as n 9, y 2025; "kỳ họp cuối năm {y}"
    has a year alone); spaces stand for any white space, a slash may have spaces around it."""
    out = []
    for t in sorted({fold(t) for t in templates}, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in t.split()).replace("/", r"\s*/\s*")
        body = body.replace(r"\{n\}", r"(?P<n>\d{1,2})").replace(r"\{y\}", rf"(?P<y>{YEAR})(?!\d)")
        out.append(re.compile(rf"(?<![\w/.,]){body}"))
    return tuple(out)


def _reviewed(review: list[str], outlook: list[str], year: list[str]) -> re.Pattern | None:
    """A whole year reviewed and the next planned in one sentence, over folded text ("kết quả
    thực hiện nhiệm vụ năm 2025, mục tiêu, nhiệm vụ năm 2026": groups y and z), as the indicators'
    ``reviewed_year`` reads it."""
    if not (review and outlook and year):
        return None
    r, o, n = (
        "|".join(re.escape(fold(w)) for w in sorted(ws, key=len, reverse=True)) for ws in (review, outlook, year)
    )
    return re.compile(
        rf"(?<!\w)(?:{r})(?!\w)[^.;\n]{{0,150}}?(?<!\w)(?:{n})\s+(?P<y>{YEAR})(?!\d)"
        rf"[^.;\n]{{0,40}}?(?<!\w)(?:{o})(?!\w)[^.;\n]{{0,40}}?(?<!\w)(?:{n})\s+(?P<z>{YEAR})(?!\d)"
    )


def _words_as_written(words: list[str]) -> re.Pattern | None:
    """One pattern for curated whole words matched as written but for case ("huyện" is no
    "huyền"; :func:`pipelines.text.written.as_written`); None when there are none."""
    if not words:
        return None
    return re.compile(rf"(?<!\w){as_written(words)}(?!\w)", re.IGNORECASE)


def _phrases(words: list[str]) -> re.Pattern | None:
    """One pattern over folded text for curated phrases: spaces stand for any white space, a
    comma may be left out, and a phrase that opens on a letter or digit opens a word."""
    if not words:
        return None
    parts = []
    for w in sorted({fold(w) for w in words}, key=len, reverse=True):
        body = r"\s*".join(re.escape(p) for p in w.replace(",", " , ").split())
        body = body.replace(r"\s*,", r"\s*,?")
        parts.append((r"(?<!\w)" if w[:1].isalnum() else "") + body + r"(?!\w)")
    return re.compile("|".join(parts))
