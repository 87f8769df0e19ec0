"""List openers and list ends the conventions ruled in sessions 41-44 (CONVENTIONS, Objectives):
a solution noun before a plain ':' ("các giải pháp:", with a relative clause "mà ... đề ra là:")
opens a list; "nhiệm vụ trọng tâm là <content>" opens a list of tasks; a counted cue elaborated by
"trong đó" in its own sentence gives its items; an item stating a standing and then a role is an
objective row; a later sentence with its own deadline past the cue's year is no item. Sentences of
our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_bare_solutions_noun_before_a_colon_opens_a_list(lex):
    text = (
        "Để hoàn thành mục tiêu trên, đề án nêu các giải pháp: nâng cấp hạ tầng các bến cảng cá, "
        "hỗ trợ ngư dân đóng tàu vỏ thép; mở rộng thị trường tiêu thụ hải sản."
    )
    assert _rows(text, lex) == [
        ("solution_group", "nâng cấp hạ tầng các bến cảng cá, hỗ trợ ngư dân đóng tàu vỏ thép"),
        ("solution_group", "mở rộng thị trường tiêu thụ hải sản"),
    ]


def test_a_solutions_noun_with_a_relative_clause_before_its_colon_opens_a_list(lex):
    text = "Các giải pháp mà xã đã đề ra là: tiếp tục chỉnh trang đường làng; mở thêm lớp dạy nghề."
    assert _rows(text, lex) == [
        ("solution_group", "tiếp tục chỉnh trang đường làng"),
        ("solution_group", "mở thêm lớp dạy nghề"),
    ]


def test_solutions_carried_out_before_a_colon_open_nothing(lex):
    text = "Năm qua, huyện đã triển khai các giải pháp: tiêm phòng cho đàn gia súc; nạo vét kênh mương."
    assert _rows(text, lex) == []


def test_focal_tasks_named_by_is_open_a_list(lex):
    text = (
        "Chương trình đặt ra nhiệm vụ trọng tâm là mở rộng cảng biển nước sâu và hoàn thiện đường ven "
        "biển; phát triển các trung tâm dịch vụ hậu cần nghề cá."
    )
    assert _rows(text, lex) == [
        ("task", "mở rộng cảng biển nước sâu và hoàn thiện đường ven biển"),
        ("task", "phát triển các trung tâm dịch vụ hậu cần nghề cá"),
    ]


def test_focal_tasks_as_a_predicate_open_nothing(lex):
    text = "Xây dựng nông thôn mới là nhiệm vụ trọng tâm, xuyên suốt của cả hệ thống chính trị."
    assert _rows(text, lex) == []


def test_counted_breakthroughs_elaborated_by_within_in_their_own_sentence(lex):
    text = (
        "Hội nghị thống nhất 3 khâu đột phá, trong đó nhấn mạnh cải cách thủ tục hành chính, phát "
        "triển hạ tầng giao thông và đào tạo nhân lực."
    )
    assert _rows(text, lex) == [
        (
            "breakthrough",
            "cải cách thủ tục hành chính, phát triển hạ tầng giao thông và đào tạo nhân lực",
        ),
    ]


def test_a_standing_then_a_role_is_an_objective_row(lex):
    text = (
        "Mục tiêu đến năm 2030, Hòa Sơn trở thành tỉnh khá thuộc nhóm dẫn đầu vùng Tây Bắc, là "
        "trung tâm chế biến nông sản của vùng; đầu mối giao thương với các nước láng giềng."
    )
    assert _rows(text, lex) == [
        (
            "general_objective",
            "Hòa Sơn trở thành tỉnh khá thuộc nhóm dẫn đầu vùng Tây Bắc, là trung tâm chế biến nông "
            "sản của vùng; đầu mối giao thương với các nước láng giềng",
        ),
    ]


def test_a_standing_alone_is_no_objective_row(lex):
    text = "Mục tiêu đến năm 2030, tỉnh Hòa Sơn thuộc nhóm 20 tỉnh dẫn đầu cả nước về chỉ số PCI, PAPI."
    assert _rows(text, lex) == []


def test_a_later_sentence_with_a_later_deadline_is_no_item(lex):
    text = (
        "Sở cho biết, huyện đặt mục tiêu đến năm 2025 sẽ trở thành điểm đến nghỉ dưỡng của miền núi phía "
        "Bắc. Phấn đấu đến năm 2035, khu du lịch hồ Thác Mây trở thành điểm đến hàng đầu cả nước."
    )
    assert _rows(text, lex) == [
        ("general_objective", "sẽ trở thành điểm đến nghỉ dưỡng của miền núi phía Bắc"),
    ]


def test_focal_tasks_followed_by_a_purpose_open_nothing(lex):
    text = "Đại hội thông qua các mục tiêu, nhiệm vụ trọng tâm nhằm phát huy tiềm năng, thế mạnh của xã."
    assert _rows(text, lex) == []
