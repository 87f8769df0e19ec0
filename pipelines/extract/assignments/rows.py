"""``assignments`` and ``bodies`` rows from the roles read: one assignment per (body, role,
deadline) per clause, quoting the clause; the deadline after "trước ngày"; stable body ids.
"""

from __future__ import annotations

import datetime as dt
import re

from pipelines.curation.lexicons import Lexicons
from pipelines.extract.cue_patterns import compiled
from pipelines.extract.cue_words import cue_words as connectives
from pipelines.extract.dates import find_day_months, find_deadline
from pipelines.extract.ids import assign_statement_ids
from pipelines.text.fold import ascii_slug as slug
from pipelines.text.matcher import Match
from pipelines.text.segment import Span, strip_punct
from pipelines.extract.assignments.article import kind_group, Article, Found


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


def _deadline(a: Article, clause: Span) -> dt.date | None:
    """The deadline of a clause: the date after a ``deadline`` cue ("trước ngày 15/01/2023"), or a
    day and month there without a year ("gửi về Sở Tài chính trước ngày 10/5") in the year of the
    page, read forward from its date (``YEARLESS_DEADLINE_LAG``), unless it recurs ("trước ngày
    15/12 hằng năm": ``recurring``)."""
    cues, words = kind_group(a.lex, "deadline"), connectives(a.lex)
    found = find_deadline(a.text, *clause, cues=cues, words=words)
    if found or a.published_year is None:
        return found.value if found else None
    cue = compiled(a.lex, "asg_deadline_end", lambda x: re.compile(rf"{cues}\s+(?:{words.day_noun}\s+)?$"))
    every = compiled(a.lex, "asg_recurring", lambda x: re.compile(rf"\s*,?\s*{kind_group(x, 'recurring')}(?!\w)"))
    found_days = find_day_months(a.text, *clause)
    for k, (start, end, day, month) in enumerate(found_days):
        if cue.search(a.folded, max(clause[0], start - 25), start):
            # "trước ngày 15/12 hằng năm" (or "trước ngày 10/6 và ngày 10/12 hằng năm") recurs every
            # year: no one date
            last = _last_joined(a, found_days, k)
            return None if every.match(a.folded, last) else _ahead(day, month, a.page_date, a.published_year)
    return None


def _last_joined(a: Article, days: list[tuple[int, int, int, int]], k: int) -> int:
    """Where the days and months joined to ``days[k]`` ("10/6 và ngày 10/12") end."""
    end = days[k][1]
    gap = compiled(
        a.lex,
        "asg_day_join",
        lambda x: re.compile(rf"\s*(?:,|{kind_group(x, 'join')})\s*(?:{connectives(x).day_noun}\s+)?"),
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


def assignment_and_body_rows(
    article_id: str, a: Article, found: list[Found], province_code: str | None
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
