"""A cue that a verb takes as its object in running text is only mentioned: the ';'-separated
words after it are no list (CONVENTIONS, Objectives: a cue "mentioned inside an item ... is no
row"); a cue that opens its clause, after a count or a copula, still introduces its content.
Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_cue_a_verb_takes_as_its_object_opens_no_list(lex):
    text = (
        "Báo cáo\n\nViệc triển khai các chương trình, nhiệm vụ đột phá có lúc chưa kịp thời, chất lượng chưa "
        "đồng đều; còn 4/40 chỉ tiêu chưa đạt kế hoạch."
    )
    assert _rows(text, lex) == []


def test_a_cue_after_a_verb_and_a_determiner_opens_no_list(lex):
    text = (
        "Tin\n\nHội nghị thống nhất đẩy nhanh các dự án trọng điểm về giao thông và năng lượng trong quý "
        "cuối năm; bố trí đủ vốn đối ứng cho từng công trình."
    )
    assert _rows(text, lex) == []


def test_a_cue_opening_its_clause_after_a_count_or_a_copula_keeps_its_list(lex):
    counted = (
        "Tin\n\nHai đột phá được tỉnh xác định là hoàn thiện hạ tầng giao thông kết nối vùng; phát triển "
        "nguồn nhân lực chất lượng cao."
    )
    assert [k for k, _ in _rows(counted, lex)] == ["breakthrough", "breakthrough"]
    copula = (
        "Tin\n\nCùng với đó là nhóm giải pháp phát triển du lịch biển, đảo; không ngừng nâng cao chất lượng "
        "dịch vụ lưu trú."
    )
    assert [k for k, _ in _rows(copula, lex)] == ["solution_group", "solution_group"]


def test_a_cue_a_target_verb_sets_out_keeps_its_list(lex):
    text = (
        "Tin\n\nNăm 2026, Tây Ninh đề ra mục tiêu tổng quát giữ vững đà tăng trưởng kinh tế; huy động mọi "
        "nguồn lực cho đầu tư hạ tầng."
    )
    assert [k for k, _ in _rows(text, lex)] == ["general_objective", "general_objective"]
