"""Find curated phrases in text, longest first, on word boundaries, ignoring case and tones.

A ``PhraseMatcher`` is built from (phrase, value) pairs taken from a curated table; it reports
each match with its offsets in the original text (folding keeps offsets, see ``fold``).

Speed: extractors search the same article text hundreds of times, each time in a different
range. A text's tokens are indexed once (``_index``, kept in the text's memo, ``memo.per_text``);
each matcher records once per indexed text where a phrase starts and how long it runs (in a weak
dict, gone with the index), so a search only visits those places inside its range, and
remembers what it found for each token range.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable

from pipelines.text.fold import fold, fold_short
from pipelines.text.memo import per_text


@dataclass(frozen=True)
class Match:
    """A curated phrase found in a text: ``text[start:end]`` is the phrase as written."""

    start: int
    end: int
    value: Any
    phrase: str


TOKEN = re.compile(r"\w+|[^\w\s]")  # a token: a word or a single punctuation mark


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(fold_short(phrase.strip())))


class TokenNormaliser:
    """Tolerance for the many ways a name is written, applied to phrases and texts alike: the
    ``skip`` tokens (punctuation, "và") are ignored, and every written form of a name part is
    contracted to one token ("Ủy ban nhân dân", "UBND" -> one token; "Nông nghiệp và PTNT",
    "NN&PTNT" -> one token), so "Sở NN & PTNT tỉnh" matches a phrase curated as "Sở Nông
    nghiệp và Phát triển nông thôn tỉnh"; a part's own short form in brackets right after it is
    dropped ("Bảo hiểm Xã hội (BHXH) tỉnh" = "BHXH tỉnh"). A contracted token keeps the offsets
    of the words it replaces, so matches still cite the text as written.

    >>> n = TokenNormaliser({",", "-", "&", "va"}, [("Ủy ban nhân dân", "UBND"), ("UBND", "UBND")])
    >>> n.words(["uy", "ban", "nhân", "dân", "cac", "huyên", ",", "thi", "xa"])
    ['⟨ubnd⟩', 'cac', 'huyên', 'thi', 'xa']
    >>> n.words(["uy", "ban", "nhân", "dân", "(", "ubnd", ")", "tinh"])
    ['⟨ubnd⟩', 'tinh']
    """

    def __init__(self, skip: Iterable[str], forms: Iterable[tuple[str, str]]):
        self.skip = frozenset(skip)
        self._trie: dict = {}
        self._max = 0
        for form, canonical in forms:
            words = [w for w in _key(form) if w not in self.skip]
            if not words:
                continue
            node = self._trie
            for w in words[:-1]:
                node = node.setdefault(w, ({}, None))[0]
            after, _ = node.get(words[-1], ({}, None))
            node[words[-1]] = (after, "⟨" + " ".join(_key(canonical)) + "⟩")
            self._max = max(self._max, len(words))

    def spans(self, words: list[str], starts: list[int], ends: list[int]):
        """The normalised tokens with their offsets: (words, starts, ends)."""
        kept = [(w, a, b) for w, a, b in zip(words, starts, ends) if w not in self.skip]
        out_w: list[str] = []
        out_s: list[int] = []
        out_e: list[int] = []
        i = 0
        while i < len(kept):
            n, canonical = self._longest(kept, i)
            out_w.append(canonical or kept[i][0])
            out_s.append(kept[i][1])
            out_e.append(kept[i + max(n, 1) - 1][2])
            i += max(n, 1)
        return _own_short_form_dropped(out_w, out_s, out_e)

    def _longest(self, kept: list, i: int) -> tuple[int, str | None]:
        node, best, n = self._trie, (0, None), 0
        while i + n < len(kept) and kept[i + n][0] in node:
            node, canonical = node[kept[i + n][0]]
            n += 1
            if canonical:
                best = (n, canonical)
        return best

    def words(self, words: list[str]) -> list[str]:
        return self.spans(words, list(range(len(words))), list(range(len(words))))[0]

    def key(self, phrase: str) -> tuple[str, ...]:
        """The normalised key of a phrase: two phrases match alike when their keys are equal."""
        return tuple(self.words(list(_key(phrase))))


def _own_short_form_dropped(words: list[str], starts: list[int], ends: list[int]):
    """The normalised tokens less a name part's own short form written in brackets right after
    it ("Bảo hiểm Xã hội (BHXH) tỉnh" reads as "Bảo hiểm xã hội tỉnh"): the part keeps the
    offsets up to the closing bracket."""
    k = 0
    while k + 3 < len(words):
        w = words[k]
        if w.startswith("⟨") and words[k + 1] == "(" and words[k + 2] == w and words[k + 3] == ")":
            ends[k] = ends[k + 3]
            del words[k + 1 : k + 4], starts[k + 1 : k + 4], ends[k + 1 : k + 4]
        k += 1
    return words, starts, ends


_SHORT_FORM = re.compile(r"[^\W\d_]{2,7}")


class InitialsNormaliser:
    """Tolerance for a name's own short form written in brackets inside it: "(X)" right after words
    whose initials spell X ("nông thôn mới (NTM) nâng cao") is dropped, so a phrase written
    without it ("nông thôn mới nâng cao") still matches; other brackets stay ("(GRDP)" after
    "tổng sản phẩm trên địa bàn", "(cũ)"). The tokens kept keep their offsets.

    >>> InitialsNormaliser().words(["nông", "thôn", "mơi", "(", "ntm", ")", "nâng", "cao"])
    ['nông', 'thôn', 'mơi', 'nâng', 'cao']

    With ``forms`` (a ``TokenNormaliser``), the tokens left are then contracted by it, so a
    name and its short form read alike ("nông thôn mới" and "NTM" -> one token):

    >>> n = InitialsNormaliser(TokenNormaliser((), [("nông thôn mới", "ntm"), ("ntm", "ntm")]))
    >>> n.words(["huyên", "ntm", "nâng", "cao"]) == n.words(["huyên", "nông", "thôn", "mơi", "nâng", "cao"])
    True
    """

    def __init__(self, forms: TokenNormaliser | None = None):
        self.forms = forms

    def spans(self, words: list[str], starts: list[int], ends: list[int]):
        """The tokens without the bracketed short forms, contracted by ``forms``: (words, starts, ends)."""
        words, starts, ends = self._dropped(words, starts, ends)
        return self.forms.spans(words, starts, ends) if self.forms else (words, starts, ends)

    @staticmethod
    def _dropped(words: list[str], starts: list[int], ends: list[int]):
        keep = [True] * len(words)
        for k in range(1, len(words) - 2):
            short = words[k + 1]
            if words[k] != "(" or words[k + 2] != ")" or not _SHORT_FORM.fullmatch(short) or len(short) > k:
                continue
            initials = "".join(w[0] for w in words[k - len(short) : k])
            if _plain_d(initials) == _plain_d(short):
                keep[k] = keep[k + 1] = keep[k + 2] = False
        return (
            [w for w, x in zip(words, keep) if x],
            [a for a, x in zip(starts, keep) if x],
            [b for b, x in zip(ends, keep) if x],
        )

    def words(self, words: list[str]) -> list[str]:
        return self.spans(words, list(range(len(words))), list(range(len(words))))[0]

    def key(self, phrase: str) -> tuple[str, ...]:
        """The normalised key of a phrase."""
        return tuple(self.words(list(_key(phrase))))


def _plain_d(word: str) -> str:
    """``word`` with "đ" read as "d": a short form may write either ("DTTS" for "đồng bào ...")."""
    return word.replace("đ", "d")


def _tokenise(folded: str) -> tuple[list[str], list[int], list[int]]:
    """The tokens (words, or single punctuation marks) of a folded text, with their offsets."""
    words, starts, ends = [], [], []
    for m in TOKEN.finditer(folded):
        words.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return words, starts, ends


@dataclass
class _Hits:
    """Where one matcher's phrases start in one text: token positions (ascending) and, for
    each, the (length in tokens, value) of every phrase starting there, longest first; and the
    matches already searched, by token range."""

    positions: list[int]
    options: list[list[tuple[int, Any]]]
    found: dict[tuple[int, int], tuple[Match, ...]] = field(default_factory=dict)


@dataclass(eq=False)
class _TextIndex:
    """One text's tokens and the token positions of each word (compared by identity, so that
    matchers can keep their hits in a weak dict keyed by it)."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    at: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self):
        for i, w in enumerate(self.words):
            self.at.setdefault(w, []).append(i)


def _index(text: str, normaliser: TokenNormaliser | InitialsNormaliser | None = None) -> _TextIndex:
    memo = per_text(text)
    idx = memo.get((_TextIndex, normaliser))
    if idx is None:
        tokens = _tokenise(fold(text))
        idx = memo[_TextIndex, normaliser] = _TextIndex(*(normaliser.spans(*tokens) if normaliser else tokens))
    return idx


class PhraseMatcher:
    """Longest-match finder for curated phrases, token by token.

    Both sides are folded (case and tones ignored) and split into words and punctuation marks,
    so white space inside a phrase is flexible and spaces around "&", "-", "." are optional.

    >>> m = PhraseMatcher([("Sở Kế hoạch và Đầu tư", "DPI"), ("Sở KH&ĐT", "DPI")])
    >>> [(x.value, x.start) for x in m.find("giao Sở KH & ĐT và sở kế hoạch và đầu tư")]
    [('DPI', 5), ('DPI', 19)]
    """

    def __init__(
        self, pairs: Iterable[tuple[str, Any]], normaliser: TokenNormaliser | InitialsNormaliser | None = None
    ):
        self.normaliser = normaliser
        self._values: dict[tuple[str, ...], Any] = {}
        for phrase, value in pairs:
            key = self.key(phrase)
            if key:
                self._values.setdefault(key, value)
        self._max = max((len(k) for k in self._values), default=0)
        self._firsts = {k[0] for k in self._values}
        # word -> (whether a phrase ends here, its value, the words that may follow); plain
        # data, so a matcher pickled to a worker process keeps working
        self._trie: dict = {}
        for key, value in self._values.items():
            node = self._trie
            for n, w in enumerate(key, start=1):
                ends, here, after = node.get(w, (False, None, {}))
                node[w] = (True, value, after) if n == len(key) else (ends, here, after)
                node = after
        self._per_text: weakref.WeakKeyDictionary[_TextIndex, _Hits] = weakref.WeakKeyDictionary()

    def key(self, phrase: str) -> tuple[str, ...]:
        """The key ``phrase`` is matched by (folded words, normalised when the matcher is)."""
        return self.normaliser.key(phrase) if self.normaliser else _key(phrase)

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_per_text"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _per_text=weakref.WeakKeyDictionary())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Return non-overlapping matches in ``text[start:end]``, leftmost then longest, made of
        whole tokens of ``text`` (a word cut by ``start`` or ``end`` is not searched)."""
        end = len(text) if end is None else end
        idx = _index(text, self.normaliser)
        i, stop = bisect_left(idx.starts, start), bisect_right(idx.ends, end)
        hits = self._per_text.get(idx) or self._hits(idx)
        done = hits.found.get((i, stop))  # the tokens i .. stop - 1 decide the matches
        if done is None:
            done = hits.found[i, stop] = self._search(idx, hits, text, i, stop)
        return list(done)

    @staticmethod
    def _search(idx: _TextIndex, hits: _Hits, text: str, i: int, stop: int) -> tuple[Match, ...]:
        """The matches made of the tokens ``i`` .. ``stop - 1`` of ``idx``, leftmost then longest."""
        positions, options = hits.positions, hits.options
        k, out = bisect_left(positions, i), []
        while k < len(positions) and positions[k] < stop:
            p, n = positions[k], 0
            for n, value in options[k]:
                if p + n <= stop:
                    break
            else:
                n = 0
            if n:
                a, b = idx.starts[p], idx.ends[p + n - 1]
                out.append(Match(a, b, value, text[a:b]))
                k = bisect_left(positions, p + n, k + 1)
            else:
                k += 1
        return tuple(out)

    def find_in_slice(self, text: str, start: int, end: int) -> list[Match]:
        """``find`` on the string ``text[start:end]`` (where a word cut by ``start`` or ``end``
        is searched as the piece inside), with offsets into ``text``.

        >>> m = PhraseMatcher([("hành", "x")])
        >>> [(x.start, x.phrase) for x in m.find_in_slice("thành phố", 1, 9)], m.find("thành phố", 1, 9)
        ([(1, 'hành')], [])
        """
        idx = _index(text, self.normaliser)
        i, stop = bisect_left(idx.starts, start), bisect_right(idx.ends, end)
        cut = (i > 0 and idx.ends[i - 1] > start) or (stop < len(idx.starts) and idx.starts[stop] < end)
        if not cut:  # the slice has exactly the tokens i .. stop - 1 of the whole text
            return self.find(text, start, end)
        words, starts, ends = _tokenise(fold_short(text[start:end]))
        if self.normaliser:
            words, starts, ends = self.normaliser.spans(words, starts, ends)
        return [
            Match(a + start, b + start, v, text[a + start : b + start]) for a, b, v in self._scan(words, starts, ends)
        ]

    def _hits(self, idx: _TextIndex) -> _Hits:
        """Every place of ``idx`` where one of the phrases starts, with the phrases' lengths."""
        hits = _Hits([], [])
        words = idx.words
        for p in sorted(p for w in self._firsts & idx.at.keys() for p in idx.at[w]):
            found, node, n = [], self._trie, 0
            while p + n < len(words) and words[p + n] in node:
                ends, value, node = node[words[p + n]]
                n += 1
                if ends:
                    found.append((n, value))
            if found:
                hits.positions.append(p)
                hits.options.append(found[::-1])
        self._per_text[idx] = hits
        return hits

    def _scan(self, words: list[str], starts: list[int], ends: list[int]):
        """(start, end, value) of the leftmost-longest matches among the tokens given."""
        i = 0
        while i < len(words):
            top = min(self._max, len(words) - i)
            n = next((n for n in range(top, 0, -1) if tuple(words[i : i + n]) in self._values), 0)
            if n:
                yield starts[i], ends[i + n - 1], self._values[tuple(words[i : i + n])]
            i += n or 1


_SHIELD = "⟨shield⟩"  # the value of a shield phrase, which no curated phrase carries


class ShieldedMatcher(PhraseMatcher):
    """A ``PhraseMatcher`` whose phrases are not found inside a ``shields`` phrase (a place's
    name) that starts at or before them: the cue "cần" is no cue inside "Cần Thơ".

    >>> m = ShieldedMatcher([("cần", "target")], ["Cần Thơ"])
    >>> [(x.start, x.value) for x in m.find("Cần Thơ cần đạt 8%")]
    [(8, 'target')]
    """

    def __init__(
        self,
        pairs: Iterable[tuple[str, Any]],
        shields: Iterable[str],
        normaliser: TokenNormaliser | InitialsNormaliser | None = None,
    ):
        super().__init__([*pairs, *((s, _SHIELD) for s in shields)], normaliser)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        return [m for m in super().find(text, start, end) if m.value != _SHIELD]

    def find_in_slice(self, text: str, start: int, end: int) -> list[Match]:
        return [m for m in super().find_in_slice(text, start, end) if m.value != _SHIELD]
