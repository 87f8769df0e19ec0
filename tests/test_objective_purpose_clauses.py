"""A purpose clause with an objective cue ("Để hoàn thành mục tiêu đến năm 2030, ...", "Nhằm đạt
mục tiêu chung ..., cần: ...") opens no objectives list: what follows are tasks for the aim
(CONVENTIONS, Objectives, session 42; the purpose-clause ruling of session 30 extended). An
objective's text starts after the copula ("Mục tiêu đến năm 2030 là trung tâm ..." gives
"trung tâm ..."). Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _rows(text: str, lex) -> list[tuple[str, str]]:
    return [(r["kind"], r["quote"]) for r in objective_rows("t", text, paragraphs(text), lex)]


def test_a_purpose_clause_with_an_aim_and_its_year_opens_no_list(lex):
    text = (
        "Để hoàn thành mục tiêu đến năm 2030, huyện tập trung nâng cấp bến cá ven sông; mở rộng vùng "
        "trồng cây ăn quả; đào tạo nghề cho thanh niên nông thôn."
    )
    assert _rows(text, lex) == []


def test_a_purpose_clause_before_a_colon_opens_no_list(lex):
    text = (
        "Để đạt mục tiêu chung của năm 2026, cần: Rà soát quỹ đất cho khu dân cư mới; Hoàn thiện hạ tầng "
        "chợ đầu mối; Nâng chất lượng dịch vụ công trực tuyến."
    )
    assert _rows(text, lex) == []


def test_a_purpose_clause_led_by_nham_opens_no_list(lex):
    text = (
        "Nhằm thực hiện thắng lợi mục tiêu tổng quát đến năm 2030, huyện đề ra các việc: Xây dựng đường "
        "liên xã ven đồi; Cải tạo hệ thống kênh tưới tiêu."
    )
    assert _rows(text, lex) == []


def test_a_purpose_clause_after_a_year_heading_the_lines_below_opens_no_list(lex):
    text = (
        "Năm 2026, để đạt được mục tiêu chung:\n\n"
        "- Rà soát quỹ đất cho khu dân cư mới ven thị trấn.\n\n"
        "- Hoàn thiện hạ tầng chợ đầu mối của huyện."
    )
    assert _rows(text, lex) == []


def test_a_purpose_clause_ends_the_list_before_it(lex):
    text = (
        "Mục tiêu tổng quát: Xây dựng huyện thành vùng rau sạch của tỉnh; Phát triển du lịch sinh thái "
        "ven hồ. Để đạt mục tiêu tổng quát trên, huyện cần: Mở rộng hợp tác xã rau; Nâng cấp đường ven hồ."
    )
    assert _rows(text, lex) == [
        ("general_objective", "Xây dựng huyện thành vùng rau sạch của tỉnh"),
        ("general_objective", "Phát triển du lịch sinh thái ven hồ"),
    ]


def test_an_aim_stated_without_a_purpose_word_still_opens_its_list(lex):
    text = (
        "Mục tiêu đến năm 2030, huyện trở thành vùng rau sạch của tỉnh; phát triển du lịch sinh thái "
        "ven hồ gắn với làng nghề."
    )
    assert _rows(text, lex) == [
        ("general_objective", "huyện trở thành vùng rau sạch của tỉnh"),
        ("general_objective", "phát triển du lịch sinh thái ven hồ gắn với làng nghề"),
    ]


def test_an_objectives_text_starts_after_the_copula(lex):
    text = "Mục tiêu đến năm 2030 là trung tâm chế biến nông sản của vùng đồng bằng phía tây."
    assert _rows(text, lex) == [("general_objective", "trung tâm chế biến nông sản của vùng đồng bằng phía tây")]


def test_a_purpose_word_inside_the_sentence_makes_the_cue_a_purpose_clause(lex):
    # CONVENTIONS session 43: the purpose word before the verb that governs the cue, with no comma
    # before it, still makes the cue a purpose clause; what follows are tasks for the aim
    text = (
        "Huyện dồn sức để hoàn thành mục tiêu đến năm 2030, nâng cấp bến cá ven sông; mở rộng vùng trồng "
        "cây ăn quả; đào tạo nghề cho thanh niên nông thôn."
    )
    assert _rows(text, lex) == []


def test_a_purpose_word_after_a_comma_inside_the_sentence_opens_no_list(lex):
    text = (
        "Trong năm 2026, huyện huy động mọi nguồn lực nhằm đạt mục tiêu tổng quát: Xây dựng đường liên xã "
        "ven đồi; Cải tạo hệ thống kênh tưới tiêu."
    )
    assert _rows(text, lex) == []


def test_a_purpose_clause_that_does_not_govern_the_cue_leaves_it_its_list(lex):
    # "nhằm" governs "phát triển du lịch bền vững", closed by its comma, not the cue after it
    text = (
        "Nhằm phát triển du lịch bền vững, mục tiêu đến năm 2030, huyện trở thành vùng rau sạch của tỉnh; "
        "phát triển du lịch sinh thái ven hồ gắn với làng nghề."
    )
    assert _rows(text, lex) == [
        ("general_objective", "huyện trở thành vùng rau sạch của tỉnh"),
        ("general_objective", "phát triển du lịch sinh thái ven hồ gắn với làng nghề"),
    ]


def test_a_genitive_between_the_cues_year_and_its_copula_belongs_to_the_cue(lex):
    # CONVENTIONS session 43: "Mục tiêu đến năm 2030 của tỉnh là ..." reads as "Mục tiêu tổng quát
    # của Đề án là ...": the text starts after "là"
    text = "Mục tiêu đến năm 2030 của huyện Đông Sơn là trung tâm chế biến nông sản của vùng đồng bằng phía tây."
    assert _rows(text, lex) == [("general_objective", "trung tâm chế biến nông sản của vùng đồng bằng phía tây")]


def test_after_a_comma_the_content_keeps_its_own_subject(lex):
    text = "Mục tiêu đến năm 2030, huyện Đông Sơn là trung tâm chế biến nông sản của vùng đồng bằng phía tây."
    assert _rows(text, lex) == [
        ("general_objective", "huyện Đông Sơn là trung tâm chế biến nông sản của vùng đồng bằng phía tây")
    ]


def test_a_result_word_inside_the_purpose_clause_before_a_list_cue_is_no_result(lex):
    # "để thực hiện được" / "để đạt được" names the aim the list serves, not a result reached
    # (CONVENTIONS, Objectives, session 43: a cue with its own colon after a purpose clause opens)
    text = (
        "Để thực hiện được mục tiêu trên, huyện sẽ tập trung vào các giải pháp như: Mở rộng vùng chè "
        "sạch; nâng cấp đường lên đồi chè. Đào tạo nghề chế biến cho thanh niên."
    )
    assert _rows(text, lex) == [
        ("solution_group", "Mở rộng vùng chè sạch; nâng cấp đường lên đồi chè"),
        ("solution_group", "Đào tạo nghề chế biến cho thanh niên"),
    ]


def test_a_result_word_outside_a_purpose_clause_still_rejects_the_list(lex):
    text = "Huyện đã thực hiện được các giải pháp như: Mở rộng vùng chè sạch; nâng cấp đường lên đồi chè."
    assert _rows(text, lex) == []
