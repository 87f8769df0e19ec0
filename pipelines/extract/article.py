"""One cleaned article -> its rows in documents, objectives, indicators, bodies, assignments.

Steps:
1. documents mentioned (``documents``); the article's main document is the first provincial
   one; the default target year ("horizon") is the period end (or plan year) of the first
   provincial document that has one, else of the first document that has one, else the year
   the text names most often, baselines aside ("so với năm 2020") and, on a page dated (or
   marked by its scraper) in year Y that names a year from Y on, the years before Y;
2. objectives (``objectives``), linked to the document named in their paragraph, else the
   main document;
3. indicator targets (``indicators``), linked to the objective whose item contains them;
4. responsible bodies and their roles (``assignments``, ``bodies``).
"""

from __future__ import annotations

from collections import Counter

from pipelines.curation.lexicons import Lexicons
from pipelines.extract import dates
from pipelines.extract.assignments import assignment_rows
from pipelines.extract.congress_terms import congress_term_end
from pipelines.extract.cue_words import CueWords, cue_words
from pipelines.extract.documents import document_rows
from pipelines.extract.indicators import indicator_rows
from pipelines.extract.numbers import UnitTable
from pipelines.extract.objectives import objective_rows
from pipelines.ingest.dates import marker
from pipelines.text.fold import fold
from pipelines.text.segment import paragraphs, sentences, span_at


def _plan_year(
    text: str, docs: list[dict], lex: Lexicons, written: int | None = None, units: UnitTable | None = None
) -> int | None:
    """The default target year: the main document's period end or plan year, else the year
    the text names most often, baselines aside, and years before the year the page was
    ``written`` aside when it names one from then on ("kết quả năm 2023 ... nhiệm vụ năm 2024"
    on a page dated January 2024 plans 2024: the earlier year is the one reviewed). Given the
    ``units``, a year named only after the page's first figure in sentences stating none is
    aside too (``_after_figures``). A page that names no year falls back on the end of the plan
    period it names (``_named_period_end``)."""
    dated = [d for d in docs if d["period_end"] or d.get("plan_year")]
    main = next((d for d in dated if d["province_code"]), dated[0] if dated else None)
    if main:
        return main["period_end"] or main["plan_year"]
    if term := congress_term_end(text, lex, written):
        return term
    words, folded = cue_words(lex), fold(text)
    stated = dates.find_years(text, words)
    if units is not None:
        stated = [y for y in stated if not _after_figures(text, units, words, y[0])]
    # a baseline ("so với năm 2020") is what figures are compared with, never the plan year
    years = Counter(y for s, _, y, _ in stated if not words.baseline.search(folded, max(0, s - 30), s))
    if written is not None and any(y >= written for y in years):
        years = Counter({y: n for y, n in years.items() if y >= written})
    return years.most_common(1)[0][0] if years else _named_period_end(text, words, written)


def _named_period_end(text: str, words: CueWords, written: int | None) -> int | None:
    """The end of the latest plan period a page that names no year names ("Tỉnh phấn đấu đến hết
    nhiệm kỳ 2026 - 2030 ..." -> 2030), not over before the year it was ``written``; a period
    the figures are compared with ("so với giai đoạn 2021 - 2025"), a standard's period ("chuẩn
    nghèo đa chiều giai đoạn 2026 - 2030") or a council's term ("HĐND tỉnh khóa XI, nhiệm kỳ
    2026 - 2031") is none."""
    folded = fold(text)
    terms = {
        m.start("y1")
        for m in words.named_period.finditer(folded)
        if words.body_term.search(folded, max(0, m.start() - 20), m.start())
    }
    ends = [
        e
        for s, _, _, e in dates.find_periods(text)
        if (written is None or e >= written)
        and s not in terms
        and not words.baseline.search(folded, max(0, s - 30), s)
        and not words.standard_period.search(folded, max(0, s - 50), s)
    ]
    return max(ends) if ends else None


def _after_figures(text: str, units: UnitTable, words: CueWords, pos: int) -> bool:
    """Whether the year at ``pos`` is the deadline of an aim in words after the page's first
    figure, in a sentence that states none ("... chỉ tiêu cụ thể như: đón 3 triệu lượt khách.
    Phấn đấu đến năm 2027, du lịch trở thành ngành kinh tế quan trọng.": 2027 dates the aim in
    words, not the figures before it; CONVENTIONS, session 36: such figures have no target year).
    A year that only names when a plan runs ("kế hoạch ... trong năm 2022") is no such deadline."""
    first = units.find(text, 0, len(text))
    if not first or first[0].start >= pos:
        return False
    para = span_at(paragraphs(text), pos)
    sentence = span_at(sentences(text, para), pos) if para else None
    if sentence is None or units.find(text, *sentence):
        return False
    folded = fold(text)
    return any(m.start("y") >= pos and m.start() <= pos for m in words.deadline_opener.finditer(folded, *sentence))


def extract_article(article: dict, lex: Lexicons, units: UnitTable) -> dict[str, list[dict]]:
    """Rule-extracted rows of one article (a row of the ``articles`` table).

    Returns ``{"documents": [...], "objectives": [...], "indicators": [...], "bodies": [...],
    "assignments": [...]}``; every row carries its quote and offsets into ``article["text"]``.
    """
    aid, text, prov = article["article_id"], article["text"], article["province_code"]
    paras = paragraphs(text)
    published = article.get("published_date")
    docs = document_rows(aid, text, prov, lex, published)
    main_doc = next((d for d in docs if d["province_code"]), None)
    mark = marker(text[:400].splitlines())
    horizon = _plan_year(text, docs, lex, published.year if published else mark[0] if mark else None, units)

    def doc_for(pos: int) -> str | None:
        para = span_at(paras, pos)
        inside = [d for d in docs if para and para[0] <= d["char_start"] < para[1] and d["province_code"]]
        if inside:
            return inside[0]["document_id"]
        return main_doc["document_id"] if main_doc else None

    objectives = objective_rows(aid, text, paras, lex)
    for o in objectives:
        o.update(document_id=doc_for(o["char_start"]), province_code=prov, method="rule")
    indicators = indicator_rows(aid, text, paras, horizon, lex, units, published.year if published else None)
    for i in indicators:
        owner = next((o for o in objectives if o["char_start"] <= i["char_start"] < o["char_end"]), None)
        i.update(
            document_id=doc_for(i["char_start"]),
            objective_id=owner["objective_id"] if owner else None,
            province_code=prov,
            method="rule",
        )
    assignments, bodies = assignment_rows(
        aid,
        text,
        paras,
        prov,
        lex,
        published.year if published else None,
        title=article.get("title"),
        page_date=published,
    )
    for a in assignments:
        owner = next((o for o in objectives if o["char_start"] <= a["char_start"] < o["char_end"]), None)
        ind = next((i for i in indicators if a["char_start"] <= i["char_start"] < a["char_end"]), None)
        a.update(
            document_id=doc_for(a["char_start"]),
            objective_id=owner["objective_id"] if owner else None,
            indicator_id=ind["indicator_id"] if ind else None,
            method="rule",
        )
    return {
        "documents": docs,
        "objectives": objectives,
        "indicators": indicators,
        "bodies": bodies,
        "assignments": assignments,
    }
