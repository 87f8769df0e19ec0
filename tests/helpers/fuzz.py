"""Hypothesis settings and text strategies shared by the fuzz tests (tests/test_fuzz_*.py).

Profiles: ``ci`` (default, 60 examples per test) and ``thorough`` (10,000), chosen with
``HYPOTHESIS_PROFILE=thorough``. Texts are random Unicode, random bytes, or the fixture articles
mutated: a slice cut, a slice duplicated, two lines swapped, control characters or markup inserted.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=10_000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FIXTURE_TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted(
        [*(REPO / "tests" / "fixtures" / "articles").glob("*.txt"), *(REPO / "raw" / "articles").glob("*.txt")]
    )
]
CONTROL = [chr(c) for c in [*range(9), 11, 12, *range(14, 32), 127, 0x85, 0x200B, 0xFEFF, 0x2028]]
MARKUP = [
    "<script>alert('x')</script>",
    "<p>",
    "</p>",
    "<b>",
    "<br/>",
    "&nbsp;",
    "&amp;",
    "<!-- c -->",
    '<a href="http://x">',
    "</div>",
    "<style>p{}</style>",
]
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
PIECES = st.sampled_from(
    [
        *CONTROL,
        *MARKUP,
        "\r\n",
        "\n\n",
        "%",
        "7,5%",
        "2030",
        "năm 2025",
        "Sở",
        "UBND",
        "Quyết định số 12/QĐ-UBND",
        "phấn đấu",
        "đến năm 2030 đạt",
        "trên 50%",
        "-",
        "–",
    ]
)


@st.composite
def mutated_fixture(draw) -> str:
    """A fixture article with 1-6 mutations (cut, duplicate, swap lines, insert a piece)."""
    text = draw(st.sampled_from(FIXTURE_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["cut", "duplicate", "swap", "insert", "insert"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        if kind == "cut":
            text = text[:i] + text[j:]
        elif kind == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif kind == "swap":
            lines = text.split("\n")
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        else:
            text = text[:i] + draw(PIECES) + text[i:]
    return text


RANDOM_TEXT = st.lists(
    st.one_of(st.text(alphabet=VIETNAMESE + " \n0123456789,.%-/", max_size=40), PIECES, st.text(max_size=5)),
    max_size=120,
).map("".join)
TEXTS = st.one_of(mutated_fixture(), mutated_fixture(), RANDOM_TEXT)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "latin-1"])
