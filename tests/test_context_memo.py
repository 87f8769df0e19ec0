"""Target-or-result questions are answered once per text, span and cues (``context._per_span``)."""

from pipelines.extract.context import Cues, _per_span


def test_a_question_is_answered_once_per_span_and_cues():
    calls = []

    @_per_span
    def asks(text, span, cues):
        calls.append((span, cues.published_year))
        return "ước đạt" in text[span[0] : span[1]]

    text = "Năm 2024 GRDP ước đạt 7,2%; năm 2025 phấn đấu tăng 8%."
    lex, other_lex = object(), object()
    cues = Cues(lex=lex, published_year=2024)  # type: ignore[arg-type]
    assert asks(text, (0, 27), cues) is True
    assert asks(text, (0, 27), Cues(lex=lex, published_year=2024)) is True  # an equal Cues: remembered
    assert calls == [((0, 27), 2024)]
    assert asks(text, (28, 54), cues) is False  # another span
    asks(text, (0, 27), Cues(lex=lex, published_year=2025))  # another publication year
    asks(text, (0, 27), Cues(lex=other_lex, published_year=2024))  # other lexicons
    assert calls == [((0, 27), 2024), ((28, 54), 2024), ((0, 27), 2025), ((0, 27), 2024)]
