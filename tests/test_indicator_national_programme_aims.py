"""A national programme's or strategy's own aims quoted on a provincial page are the country's
targets, not the province's (CONVENTIONS: only the province's targets are rows; a national target
quoted for context is none). The sentences are ours; the layouts follow audit pages of round 51."""

from __future__ import annotations

import pytest

from tests.helpers.indicator_rows import cited_indicator_rows


def _keys(text: str, lex, units) -> set[tuple]:
    return {
        (r["indicator_code"], r["comparator"], r["value_low"], r["unit"], r["target_year"])
        for r in cited_indicator_rows(text, lex, units, 2026)
    }


@pytest.mark.parametrize(
    "text",
    [
        # the national programme is the subject that sets the aims, its list after a colon
        "Tin tức\n\nChương trình mục tiêu quốc gia (MTQG) về nước sạch nông thôn giai đoạn 2026 - 2035 đặt mục "
        "tiêu đến năm 2035: nâng số trạm cấp nước tập trung lên 4.500 trạm; đưa tỷ lệ trường học có nhà vệ "
        "sinh đạt chuẩn lên 96%.",
        # a national strategy's aim, and the next sentence of its paragraph that goes on with it
        "Tin tức\n\nChiến lược quốc gia về thủy lợi, phòng chống thiên tai đặt mục tiêu đến năm 2030 có 70% "
        "diện tích cây trồng cạn được tưới tiết kiệm. 100% hồ chứa nước lớn được kiểm định an toàn.",
        # the aims a decision of the Prime Minister approving a programme sets out
        "Tin tức\n\nTheo Quyết định số 512/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình phát triển "
        "du lịch cộng đồng giai đoạn 2026 - 2030, mục tiêu cụ thể đặt ra là đến năm 2030 có ít nhất 200 "
        "điểm du lịch cộng đồng đạt chuẩn.",
    ],
)
def test_a_national_programmes_own_aims_are_no_rows(lex, units, text):
    assert _keys(text, lex, units) == set()


def test_the_province_aiming_under_a_national_programme_keeps_its_row(lex, units):
    text = (
        "Tin tức\n\nThực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, tỉnh đặt mục tiêu đến "
        "năm 2030 có 85% số xã đạt chuẩn nông thôn mới."
    )
    assert _keys(text, lex, units)


def test_a_programme_named_as_a_heading_of_the_provinces_aims_keeps_its_rows(lex, units):
    text = (
        "Kế hoạch năm 2026\n\nTheo đó, đối với Chương trình mục tiêu quốc gia giảm nghèo bền vững: phấn đấu "
        "năm 2026 giảm tỷ lệ hộ nghèo 1,2%."
    )
    assert _keys(text, lex, units)


def test_the_provinces_own_aim_after_a_national_strategys_stays_a_row(lex, units):
    text = (
        "Tin tức\n\nChiến lược quốc gia về giáo dục nghề nghiệp đặt mục tiêu đến năm 2030 có 45% lao động qua "
        "đào tạo có bằng cấp. Tỉnh phấn đấu đến năm 2030 có 52% lao động qua đào tạo có bằng cấp."
    )
    found = _keys(text, lex, units)
    assert {k[2] for k in found} == {52.0}
