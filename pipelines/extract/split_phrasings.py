"""Curated phrasings found with a word or two written inside them, or with other punctuation.

Texts insert modifiers into the names the lexicon lists: "tỷ lệ dân cư nông thôn được sử dụng
nước sinh hoạt hợp vệ sinh" is the phrasing "dân cư nông thôn được sử dụng nước hợp vệ sinh" with
"sinh hoạt" inside; "kim ngạch xuất khẩu hàng hóa dịch vụ tăng" has "dịch vụ" inside "kim ngạch
xuất khẩu hàng hóa tăng". Listing every such variant is endless; this finder accepts them.

A phrasing's commas and dashes do not matter either: "nông - lâm - thủy sản tăng", "nông, lâm,
thủy sản tăng" and "nông lâm thủy sản tăng" are one phrasing (``_loose``).

Rules (``split_phrasings``):
1. only phrasings of at least ``_MIN_TOKENS`` tokens, split once into a first part of at least
   three tokens (the measure and what it counts stay whole: "tỷ trọng lao động nông nghiệp" is
   no "tỷ trọng nông nghiệp") and a rest of at least two;
2. between the parts, one to ``_MAX_GAP`` words (no number, no punctuation);
3. a phrasing of at least three words also matches when only the dashes between its words
   differ, or a dash or nothing stands where it writes a comma (a comma in the text must be the
   phrasing's own: "công nghiệp, xây dựng và dịch vụ" lists three sectors);
4. a split match never overlaps a regular match (the words written inside may make it another
   indicator: "tỷ lệ dân số nông thôn được sử dụng nước sạch" is the rural phrasing, not the
   general one with "nông thôn" inside), and the longest wins where split matches overlap.
"""

from __future__ import annotations

import re

import pandas as pd

from pipelines.curation.lexicons import Lexicons
from pipelines.text.fold import fold, fold_short
from pipelines.text.matcher import TOKEN, Match
from pipelines.text.segment import Span
from pipelines.text.memo import per_table

_MIN_TOKENS = 5
_MIN_FIRST = 3
_MAX_GAP = 2
_WORD = re.compile(r"[^\W\d_]+")


ByFirst = dict[str, list[tuple[tuple[str, ...], str]]]


def phrasings_by_first(lex: Lexicons) -> ByFirst:
    """The phrasings of three or more tokens by first token, in table order: {token: [(tokens,
    code)]} ("trường đạt chuẩn quốc gia" under "trương")."""
    return per_table(lex.tables["indicator_phrasings.csv"], _by_first_of)


def _by_first_of(df: pd.DataFrame) -> ByFirst:
    index: ByFirst = {}
    for phrasing, code in zip(df["phrasing"], df["indicator_code"]):
        tokens = tuple(TOKEN.findall(fold_short(phrasing)))
        if len(tokens) >= 3:
            index.setdefault(tokens[0], []).append((tokens, code))
    return index


_ByStart = dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]]


def _split_candidates(lex: Lexicons) -> _ByStart:
    """The phrasings that may be found split (``_MIN_TOKENS`` tokens or more) by their first
    ``_MIN_FIRST`` tokens, which a split match writes as the phrasing does, in table order."""
    return per_table(lex.tables["indicator_phrasings.csv"], _split_candidates_of)


def _split_candidates_of(df: pd.DataFrame) -> _ByStart:
    index: _ByStart = {}
    for entries in _by_first_of(df).values():
        for tokens, code in entries:
            if len(tokens) >= _MIN_TOKENS:
                index.setdefault(tokens[:_MIN_FIRST], []).append((tokens, code))
    return index


_LooseIndex = dict[tuple[str, ...], tuple[str, frozenset[int]]]
_SOFT = {",", "-"}  # punctuation that may differ between a phrasing and the text (folded dashes)


def _loose_index(lex: Lexicons) -> tuple[_LooseIndex, frozenset[tuple[str, ...]]]:
    """The phrasings of three or more words by their words alone: {words: (code, the word
    counts after which the phrasing writes a comma)}, and every start of their words (a run of
    words that starts none can grow into none)."""
    return per_table(lex.tables["indicator_phrasings.csv"], _loose_index_of)


def _loose_index_of(df: pd.DataFrame) -> tuple[_LooseIndex, frozenset[tuple[str, ...]]]:
    index: _LooseIndex = {}
    for phrasing, code in zip(df["phrasing"], df["indicator_code"]):
        tokens = TOKEN.findall(fold_short(phrasing))
        words = tuple(t for t in tokens if t not in _SOFT)
        commas = frozenset(len([w for w in tokens[:k] if w not in _SOFT]) for k, t in enumerate(tokens) if t == ",")
        if len(words) >= 3 and all(_WORD.fullmatch(w) for w in words):
            index.setdefault(words, (code, commas))
    return index, frozenset(k[:n] for k in index for n in range(1, len(k) + 1))


def _loose(found: list[tuple[int, int, str]], lex: Lexicons) -> list[tuple[int, int, str]]:
    """Spans (first token, last token + 1, code) where a phrasing's words stand with other dashes
    between them, or with a dash or nothing where it writes a comma ("nông - lâm - thủy sản tăng"
    for "nông, lâm, thủy sản tăng"). A comma in the text must be the phrasing's own: "công nghiệp,
    xây dựng và dịch vụ" lists three sectors and is no "công nghiệp - xây dựng"."""
    index, starts = _loose_index(lex)
    is_word = [bool(_WORD.fullmatch(token)) for _, _, token in found]
    out = []
    for i in range(len(found)):
        if not is_word[i]:
            continue
        words: list[str] = []
        commas: set[int] = set()
        for j in range(i, len(found)):
            token = found[j][2]
            if token in _SOFT:
                commas |= {len(words)} if token == "," else set()
                continue
            if not is_word[j]:
                break
            words.append(token)
            if tuple(words) not in starts:
                break
            hit = index.get(tuple(words))
            if hit is not None and commas <= hit[1]:
                out.append((i, j + 1, hit[0]))
    return out


def _match_at(words: list[str], i: int, tokens: tuple[str, ...]) -> int | None:
    """The index after ``tokens`` matched at ``words[i]`` with one inner gap, else None."""
    for cut in range(_MIN_FIRST, len(tokens) - 1):
        if tuple(words[i : i + cut]) != tokens[:cut]:
            return None  # the first part must match as written
        for gap in range(1, _MAX_GAP + 1):
            inner = words[i + cut : i + cut + gap]
            if len(inner) < gap or not all(_WORD.fullmatch(w) for w in inner):
                break
            rest = i + cut + gap
            if tuple(words[rest : rest + len(tokens) - cut]) == tokens[cut:]:
                return rest + len(tokens) - cut
    return None


def split_phrasings(text: str, span: Span, lex: Lexicons, regular: list[Match]) -> list[Match]:
    """``regular`` (the curated matches in ``span``) plus the split matches, sorted by start.

    Example: "tỷ lệ dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh đạt 98%" gives
    RURAL_CLEAN_WATER for "dân cư ... hợp vệ sinh".
    """
    folded = fold(text)
    found = [(m.start() + span[0], m.end() + span[0], m.group()) for m in TOKEN.finditer(folded[span[0] : span[1]])]
    words = [w for _, _, w in found]
    index = _split_candidates(lex)
    split: list[Match] = []
    for i in range(len(words)):
        for tokens, code in index.get(tuple(words[i : i + _MIN_FIRST]), []):
            end = _match_at(words, i, tokens)
            if end is not None:
                split.append(Match(found[i][0], found[end - 1][1], code, text[found[i][0] : found[end - 1][1]]))
    for i, end, code in _loose(found, lex):
        split.append(Match(found[i][0], found[end - 1][1], code, text[found[i][0] : found[end - 1][1]]))
    kept: list[Match] = []
    for m in sorted(split, key=lambda m: m.start - m.end):
        if not any(r.start < m.end and m.start < r.end for r in regular + kept):
            kept.append(m)
    return sorted(regular + kept, key=lambda m: m.start) if kept else regular
