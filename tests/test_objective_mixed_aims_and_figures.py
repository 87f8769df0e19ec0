"""A list under "Mục tiêu (Tầm nhìn) đến năm Y, ..." that mixes aims in words with items that
state only figures gives an objective row for each aim in words and none for the figures (they
are indicator rows) (CONVENTIONS, Objectives, session 37). An item states figures when its head
(its first part after a short opener) holds one; a lower-case item joins the capitalised one
before it as in any list. Sentences of our own."""

from __future__ import annotations

from pipelines.extract.objectives import objective_rows
from pipelines.text.segment import paragraphs


def _quotes(text: str, lex) -> list[str]:
    return [r["quote"] for r in objective_rows("t", text, paragraphs(text), lex)]


def test_an_item_of_figures_only_under_an_aim_by_a_year_gives_no_row(lex):
    text = (
        "Mục tiêu đến năm 2030, xây dựng Quảng Ngãi thành trung tâm lọc hóa dầu của miền Trung, nằm trong "
        "nhóm 25 tỉnh dẫn đầu; có 15 khu công nghiệp được lấp đầy trên 70%; đời sống vật chất và tinh thần "
        "của Nhân dân được nâng lên rõ rệt."
    )
    assert _quotes(text, lex) == [
        "xây dựng Quảng Ngãi thành trung tâm lọc hóa dầu của miền Trung, nằm trong nhóm 25 tỉnh dẫn đầu",
        "đời sống vật chất và tinh thần của Nhân dân được nâng lên rõ rệt",
    ]


def test_an_opener_before_the_figures_does_not_make_an_aim_in_words(lex):
    text = (
        "Mục tiêu đến năm 2025, phát triển du lịch sinh thái gắn với bảo tồn di sản; trong đó, có ít nhất "
        "3 khu du lịch đạt chuẩn quốc gia."
    )
    assert _quotes(text, lex) == ["phát triển du lịch sinh thái gắn với bảo tồn di sản"]


def test_a_vision_whose_aim_in_words_leads_its_figures_gives_a_row(lex):
    text = (
        "Tầm nhìn đến năm 2045, Phú Yên phấn đấu đưa kinh tế biển phát triển nhanh, bền vững; có 40.000 "
        "doanh nghiệp hoạt động, đóng góp khoảng 60% GRDP của tỉnh."
    )
    assert _quotes(text, lex) == [
        "Phú Yên phấn đấu đưa kinh tế biển phát triển nhanh, bền vững; có 40.000 doanh nghiệp hoạt động, "
        "đóng góp khoảng 60% GRDP của tỉnh"
    ]


def test_a_mixed_case_list_led_by_figures_under_a_year_gives_no_row(lex):
    text = (
        "Với mục tiêu đến năm 2025, 12 thôn của 3 xã: Ea Tul, Cư Né (huyện Krông Búk) và Ea Sin (huyện Krông "
        "Năng): Tỷ lệ hộ nghèo giảm 2%/năm; thu nhập tăng 1,5 lần; "
        "100% thôn có nhà văn hóa; cơ bản hoàn thành các công trình hạ tầng thiết yếu."
    )
    assert _quotes(text, lex) == []


def test_a_figure_followed_by_an_aim_opened_by_a_target_cue_stays_a_row(lex):
    text = (
        "Kế hoạch đặt mục tiêu đến năm 2030 tỷ lệ hộ dùng nước sạch đạt trên 90%, hướng tới cấp nước an toàn "
        "cho mọi người dân; 100% trường học có công trình vệ sinh đạt chuẩn."
    )
    assert _quotes(text, lex) == ["tỷ lệ hộ dùng nước sạch đạt trên 90%, hướng tới cấp nước an toàn cho mọi người dân"]


def test_a_scope_before_the_figures_makes_a_figure_item(lex):
    # CONVENTIONS, Objectives, session 41: an item opening with a scope whose content is figures
    text = (
        "Mục tiêu đến năm 2030, tỉnh có 85% trường mầm non đạt chuẩn quốc gia. Đối với giáo dục nghề nghiệp, "
        "phấn đấu đến năm 2030 có 70% lao động qua đào tạo được cấp chứng chỉ. Nâng cao chất lượng đội ngũ nhà "
        "giáo và cán bộ quản lý giáo dục các cấp."
    )
    assert _quotes(text, lex) == ["Nâng cao chất lượng đội ngũ nhà giáo và cán bộ quản lý giáo dục các cấp"]


def test_a_target_cue_and_its_year_before_the_figures_make_a_figure_item(lex):
    text = (
        "Huyện đề ra mục tiêu cụ thể đến năm 2026, mỗi xã xây dựng một chuỗi liên kết tiêu thụ nông sản bền "
        "vững. Phấn đấu đến cuối năm 2026, toàn huyện có 45 sản phẩm OCOP đạt từ 3 sao trở lên."
    )
    assert _quotes(text, lex) == ["mỗi xã xây dựng một chuỗi liên kết tiêu thụ nông sản bền vững"]
