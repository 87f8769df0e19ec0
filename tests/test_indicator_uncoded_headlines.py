"""A headline whose target the rules leave uncoded restates the body's target in short, in other
words (CONVENTIONS, session 27: a headline stating a target the body states is no row, whatever
its comparator or rounding), on texts of our own; a headline's target the body does not state,
and a headline's full share, stay rows."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_a_headline_naming_the_product_in_other_words_restates_the_body(lex, units):
    text = (
        "Tỉnh Nam Sơn: Phấn đấu tổng sản phẩm tăng trên 9% năm 2027\n"
        "Năm 2027, tỉnh đề ra kế hoạch tổng sản phẩm trong tỉnh (GRDP) tăng từ 9% trở lên.\n"
    )
    assert cited_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "gte", 9.0, None, 2027)]


def test_a_headline_rounding_the_body_range_restates_it(lex, units):
    text = "Nam Sơn hướng tới mục tiêu 12% năm 2027\nNăm 2027, tỉnh phấn đấu tăng trưởng kinh tế 11,5 - 12%.\n"
    assert cited_row_keys(text, lex, units, 2026) == [("GRDP_GROWTH", "between", 11.5, 12.0, 2027)]


def test_a_headline_target_the_body_does_not_state_stays(lex, units):
    text = (
        "Năm 2027 phấn đấu 45% lao động nông thôn có việc làm phi nông nghiệp\n"
        "Năm 2027, tỉnh phấn đấu tăng trưởng kinh tế 9%, thu ngân sách 9.000 tỷ đồng.\n"
    )
    keys = cited_row_keys(text, lex, units, 2026, uncoded="-")
    assert keys == [
        ("-", "eq", 45.0, None, 2027),
        ("GRDP_GROWTH", "eq", 9.0, None, 2027),
        ("BUDGET_REVENUE", "eq", 9000.0, None, 2027),
    ]


def test_a_headline_full_share_stays_beside_another_full_share(lex, units):
    text = (
        "Năm 2027 phấn đấu 100% thôn bản có nhà sinh hoạt cộng đồng\n"
        "Năm 2027, tỉnh phấn đấu 100% hồ sơ thủ tục hành chính được xử lý trực tuyến.\n"
    )
    # the applications handled online are coded since round 38 (session-34 ruling)
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [
        ("-", "eq", 100.0, None, 2027),
        ("ONLINE_PUBLIC_SERVICES_SHARE", "eq", 100.0, None, 2027),
    ]


def test_a_short_list_item_sharing_a_figure_with_the_body_is_no_headline(lex, units):
    text = (
        "Năm 2027, tỉnh phấn đấu tăng trưởng kinh tế 8%.\n"
        "Các mục tiêu khác:\n"
        "- Phấn đấu giá trị hàng thủ công mỹ nghệ tăng 8% năm 2027\n"
    )
    assert cited_row_keys(text, lex, units, 2026, uncoded="-") == [
        ("GRDP_GROWTH", "eq", 8.0, None, 2027),
        ("-", "eq", 8.0, None, 2027),
    ]
