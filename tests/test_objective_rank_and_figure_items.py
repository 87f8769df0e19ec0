"""A list item whose head is a standing in a group of provinces gives indicator rows and no
objective row, in any list; under an aims noun before "như:" ("các mục tiêu ... như:") an item
that states only figures gives none either (CONVENTIONS, Objectives, sessions 37-39). Sentences
of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _quotes(text: str, lex) -> list[str]:
    return [r["quote"] for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_rank_aim_after_an_aim_is_no_objective(lex):
    text = (
        "Mục tiêu trọng tâm của chương trình là đến năm 2027, Hà Giang phấn đấu thuộc nhóm 15 địa phương "
        "dẫn đầu cả nước về chỉ số hiệu quả quản trị; xây dựng nền hành chính phục vụ người dân."
    )
    assert _quotes(text, lex) == ["xây dựng nền hành chính phục vụ người dân"]


def test_a_rank_aim_with_no_number_by_a_year_is_no_objective(lex):
    text = "Tỉnh hướng tới mục tiêu đến năm 2030 Lào Cai nằm trong nhóm địa phương dẫn đầu cả nước về kinh tế số."
    assert _quotes(text, lex) == []


def test_a_rank_item_among_breakthroughs_is_no_objective(lex):
    text = (
        "Hai nhiệm vụ đột phá gồm: Tập trung phát triển hạ tầng giao thông kết nối vùng. "
        "Phấn đấu đưa chỉ số năng lực cạnh tranh vào nhóm 15 cả nước."
    )
    assert _quotes(text, lex) == ["Tập trung phát triển hạ tầng giao thông kết nối vùng"]


def test_a_rank_later_in_an_aim_in_words_keeps_the_aim(lex):
    text = (
        "Mục tiêu đến năm 2030, xây dựng tỉnh thành trung tâm dịch vụ của vùng, nằm trong nhóm 20 tỉnh dẫn đầu cả nước."
    )
    assert len(_quotes(text, lex)) == 1


def test_figure_items_of_a_list_of_aims_are_no_objectives(lex):
    text = (
        "Đại hội thông qua các mục tiêu chủ yếu nhiệm kỳ 2025-2030 như: tổng thu ngân sách trên địa bàn "
        "đạt 2.500 tỷ đồng; tỷ lệ hộ nghèo giảm còn 1,5%; hằng năm, có 85% chi bộ hoàn thành tốt nhiệm vụ; "
        "giữ vững an ninh trật tự trên địa bàn xã."
    )
    assert _quotes(text, lex) == ["giữ vững an ninh trật tự trên địa bàn xã"]


def test_a_continued_item_of_a_list_of_aims_with_words_stays(lex):
    text = (
        "Đại hội đề ra các mục tiêu, nhiệm vụ trọng tâm như: Phấn đấu thu nhập bình quân đạt 50 triệu "
        "đồng/người/năm; duy trì chuẩn phổ cập giáo dục tiểu học; nâng cao chất lượng khám chữa bệnh."
    )
    assert len(_quotes(text, lex)) == 1
