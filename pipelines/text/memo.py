"""Results of pure functions of an article text, remembered while the text is in use.

Extraction asks the same questions of one article text many times (the sentences of a
paragraph, the phrases in a clause), each time from a different rule. ``per_text(text)`` is a
dict kept for the last few texts seen (an LRU keyed by the text itself, so an equal text finds
it too); ``remembered`` wraps a function ``f(text, *args)`` so each distinct call is computed
once per text. ``per_table(table, build)`` does the same for what rules derive from a curated
table.
"""

from __future__ import annotations

from functools import lru_cache, wraps
from typing import Any, Callable, TypeVar

T = TypeVar("T")

# Extraction works on one article at a time (plus a few short pieces): a few dozen texts
# never thrash, and the memory held stays small.
TEXTS_REMEMBERED = 64


@lru_cache(maxsize=TEXTS_REMEMBERED)
def per_text(text: str) -> dict[Any, Any]:
    """The memo dict of ``text`` (empty at first; the same dict while ``text`` stays recent)."""
    return {}


def remembered(fn: Callable[..., list]) -> Callable[..., list]:
    """Wrap ``fn(text, *args) -> list`` (positional, hashable arguments; a pure function whose
    items are immutable): each distinct call is computed once per text, and every caller gets
    its own copy of the list.

    >>> calls = []
    >>> @remembered
    ... def words(text, start, end):
    ...     calls.append(start)
    ...     return text[start:end].split()
    >>> words("Sở Y tế", 0, 7), words("Sở Y tế", 0, 7), calls
    (['Sở', 'Y', 'tế'], ['Sở', 'Y', 'tế'], [0])
    """

    @wraps(fn)
    def wrapper(text: str, *args):
        memo = per_text(text)
        key = (fn, args)
        done = memo.get(key)
        if done is None:
            done = memo[key] = tuple(fn(text, *args))
        return list(done)

    return wrapper


_PER_TABLE: dict[tuple[int, Callable], tuple[object, Any]] = {}


def per_table(table: Any, build: Callable[[Any], T]) -> T:
    """``build(table)``, computed once per table object: what a rule derives from a curated
    table (a matcher, an index) is built when the table is first used and reused while the
    same table object is in use (a reloaded table builds anew).

    >>> calls = []
    >>> def index(rows):
    ...     calls.append(1)
    ...     return {r: len(r) for r in rows}
    >>> rows = ("Sở Y tế", "Sở Tài chính")
    >>> per_table(rows, index) is per_table(rows, index), calls
    (True, [1])
    """
    if getattr(build, "__name__", "") == "<lambda>":
        # a lambda written at the call is a new object, so a new key, on every call: the table
        # would be derived again each time and every result kept
        raise TypeError("per_table needs a named function, not a lambda")
    key = (id(table), build)
    hit = _PER_TABLE.get(key)
    if hit is None or hit[0] is not table:
        hit = _PER_TABLE[key] = (table, build(table))
    return hit[1]
