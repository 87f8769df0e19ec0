"""What rules derive from a curated table is built once per table, not once per article."""

from __future__ import annotations

import pytest

from pipelines.extract import frame
from pipelines.text.memo import per_table


def test_a_lambda_is_refused_since_it_would_be_a_new_key_on_every_call():
    rows = ("Sở Y tế", "Sở Tài chính")
    with pytest.raises(TypeError, match="named function"):
        per_table(rows, lambda r: len(r))


def test_the_frame_matchers_are_built_once_for_every_article(lex):
    # they were built, and kept, once per article: a batch step grew by about 140 KiB an article
    assert frame._matchers(lex) is frame._matchers(lex)
