"""A result measured against a target (issue 8, round 22), written in our own words: a share or a
multiple written right before the target it measures ("đạt 12,5% mục tiêu", "bằng 1,3 lần mục
tiêu") tells how far a result has gone; the target word sets no aim for the figures beside it."""

from __future__ import annotations

import pytest

from tests.helpers.indicator_rows import cited_row_keys


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong quý đầu năm, tỉnh có 5 dự án đầu tư mới với tổng vốn 42 triệu USD, đạt 12,5% mục tiêu cả năm.",
        "Năm nay, toàn tỉnh có 52 xã đạt chuẩn nông thôn mới, bằng 1,3 lần mục tiêu Nghị quyết đề ra.",
    ],
)
def test_a_share_or_multiple_of_a_target_reached_is_a_result(lex, units, sentence):
    text = f"Kinh tế của tỉnh chuyển biến tích cực\n\nTheo số liệu của tỉnh, kinh tế tiếp tục phục hồi. {sentence}"
    assert cited_row_keys(text, lex, units, 2024) == []


def test_a_share_of_a_target_set_as_an_aim_is_still_a_target(lex, units):
    text = (
        "Kế hoạch giải ngân năm 2025\n\nNăm 2025, tỉnh phấn đấu có 60 xã đạt chuẩn nông thôn mới, "
        "hoàn thành 100% mục tiêu Nghị quyết."
    )
    assert ("NEW_RURAL_COMMUNES", "eq", 60.0, None, 2025) in cited_row_keys(text, lex, units, 2024)


def test_sentences_after_a_result_measured_against_its_target_go_on_reporting(lex, units):
    text = (
        "Tỉnh tổng kết kinh tế năm\n\n"
        "Theo báo cáo, quý IV GRDP tăng 7,1% so với cùng kỳ; tính chung năm 2023 tăng 6,05%, thấp hơn chỉ "
        "tiêu đề ra (khoảng 7 - 7,5%) nhưng vẫn khá. Tổng sản phẩm trên địa bàn theo giá hiện hành là "
        "95.400 tỷ đồng. Thu nhập bình quân đầu người năm 2023 đạt 71,2 triệu đồng, tăng 4,1 triệu đồng so "
        "với năm 2022."
    )
    assert cited_row_keys(text, lex, units, None) == []
