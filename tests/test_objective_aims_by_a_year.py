"""An aim for a year written "mục tiêu phấn đấu (thực hiện) đến năm Y, <content>" or "mục tiêu phát
triển đến năm Y, <content>" opens a list as "Mục tiêu đến năm Y, ..." does; one followed only by
figures gives indicator rows and no objective row (CONVENTIONS, Objectives, session 35). Sentences
of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, int | None, str]]:
    return [(r["kind"], r["horizon_year"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_an_aim_to_strive_for_by_a_year_opens_a_list(lex):
    text = (
        "Đề án đặt mục tiêu phấn đấu thực hiện đến năm 2025, nông nghiệp Hà Tĩnh trở thành ngành sản xuất "
        "hàng hóa lớn của vùng. Đến năm 2030, nông nghiệp Hà Tĩnh phát triển theo hướng hữu cơ, bền vững."
    )
    assert _rows(text, lex) == [
        ("general_objective", 2025, "nông nghiệp Hà Tĩnh trở thành ngành sản xuất hàng hóa lớn của vùng"),
        ("general_objective", 2025, "Đến năm 2030, nông nghiệp Hà Tĩnh phát triển theo hướng hữu cơ, bền vững"),
    ]


def test_an_aim_by_a_year_followed_only_by_figures_gives_no_row(lex):
    text = (
        "Mục tiêu đến năm 2025, toàn tỉnh có 40 - 45 xã đạt chuẩn nông thôn mới nâng cao, 10 - 12 xã đạt "
        "chuẩn kiểu mẫu; có ít nhất 1 huyện đạt chuẩn nông thôn mới nâng cao."
    )
    assert _rows(text, lex) == []


def test_an_aim_to_strive_for_followed_only_by_figures_gives_no_row(lex):
    text = "Tỉnh đặt mục tiêu phấn đấu đến năm 2025, toàn tỉnh sẽ có 50 xã đạt chuẩn nông thôn mới nâng cao."
    assert _rows(text, lex) == []


def test_an_aim_by_a_year_with_content_still_gives_rows(lex):
    text = "Mục tiêu đến năm 2030, Hà Tĩnh là tỉnh phát triển khá của vùng; có kinh tế xanh, bền vững."
    assert [k for k, _, _ in _rows(text, lex)] == ["general_objective"]


def test_an_aim_of_development_by_a_year_opens_a_list(lex):
    text = (
        "Đề án nêu mục tiêu phát triển đến năm 2035, đưa Tây Hòa thành điểm đến nghỉ dưỡng biển hàng đầu "
        "miền Trung; có hạ tầng du lịch đồng bộ, hiện đại."
    )
    assert _rows(text, lex) == [
        ("general_objective", 2035, "đưa Tây Hòa thành điểm đến nghỉ dưỡng biển hàng đầu miền Trung"),
        ("general_objective", 2035, "có hạ tầng du lịch đồng bộ, hiện đại"),
    ]


def test_an_aim_of_development_by_a_year_followed_only_by_figures_gives_no_row(lex):
    text = "Huyện đặt mục tiêu phát triển tới năm 2030, toàn huyện có 18 xã đạt chuẩn nông thôn mới nâng cao."
    assert _rows(text, lex) == []
