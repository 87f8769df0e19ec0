"""Syllables glued by a lost line break: a word holding two vowel groups is two words.

Vietnamese writes each syllable apart, and a syllable has one run of vowel letters. A scraper that
drops a hard line break without a space leaves two syllables as one word ("Kế hoạchvà Đầu tư",
"Giám đốccác Sở", "Khu kinhtế"); such a word is parted at the consonants between its vowel runs:
the longest opening consonant cluster the second syllable may take, provided what stays before it
closes the first syllable. Only words with a letter outside ASCII are parted (a loan word or a
brand written in ASCII, "Internet", keeps its letters), and a run of consonants that splits into
no closing and opening cluster ("UBNDtỉnh") stays as written. The letters below are the spelling
of the language, not cue words.
"""

from __future__ import annotations

import re

# the vowel letters, as a regex character class
_VOWEL_RUN = re.compile(r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")
# the clusters a syllable may open with, and close with (empty: a syllable ending in its vowel)
_ONSET = re.compile(r"[bcdđghklmnpqrstvx]|ch|gh|kh|ngh?|nh|ph|th|tr")
_CODA = re.compile(r"(?:c|ch|m|n|ng|nh|p|t)?")


def _cut(consonants: str) -> int | None:
    """Where a run of consonants between two vowel runs parts: the index after the first
    syllable's closing letters, the second taking the longest opening it may ("ch" in "tổchức")."""
    low = consonants.lower()
    for cut in range(len(low) + 1):
        if _CODA.fullmatch(low[:cut]) and _ONSET.fullmatch(low[cut:]):
            return cut
    return None


def _parted(word: str) -> str:
    runs = list(_VOWEL_RUN.finditer(word))
    if len(runs) < 2 or word.isascii():
        return word
    cuts = []
    for left, right in zip(runs, runs[1:]):
        cut = _cut(word[left.end() : right.start()])
        if cut is None:
            return word
        cuts.append(left.end() + cut)
    return " ".join(word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)]))


def part_syllables(text: str) -> str:
    """``text`` with each word of two glued syllables parted by a space.

    >>> part_syllables("Giám đốccác Sở: Kế hoạchvà Đầu tư; tổchức; Internet, UBNDtỉnh")
    'Giám đốc các Sở: Kế hoạch và Đầu tư; tổ chức; Internet, UBNDtỉnh'
    """
    return _WORD.sub(lambda m: _parted(m.group()), text)
