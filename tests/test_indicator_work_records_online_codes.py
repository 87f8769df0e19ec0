"""The share of official work records processed on the network has one code per level of
government (round 32, issue 8): a code holds one figure a province and year, so the province's,
the districts' and the communes' shares are three indicators. Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_indicator_rows


def codes(text: str, lex, units) -> list[tuple]:
    found = cited_indicator_rows("Mục tiêu đến năm 2027\n\n" + text, lex, units, 2025)
    return [(r["indicator_code"], r["comparator"], r["value_low"], r["unit"]) for r in found]


def test_three_levels_written_before_their_shared_verb(lex, units):
    text = (
        "Đến năm 2027, phấn đấu 95% hồ sơ công việc tại cấp tỉnh, 85% hồ sơ công việc tại cấp huyện "
        "và 65% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng."
    )
    assert sorted(codes(text, lex, units)) == [
        ("ONLINE_WORK_RECORDS_COMMUNE", "eq", 65.0, "percent"),
        ("ONLINE_WORK_RECORDS_DISTRICT", "eq", 85.0, "percent"),
        ("ONLINE_WORK_RECORDS_PROVINCE", "eq", 95.0, "percent"),
    ]


def test_one_level_beside_another_digital_target(lex, units):
    text = (
        "Năm 2027, có ít nhất 75% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng; "
        "100% dịch vụ công trực tuyến toàn trình."
    )
    assert sorted(codes(text, lex, units)) == [
        ("ONLINE_PUBLIC_SERVICES_SHARE", "eq", 100.0, "percent"),
        ("ONLINE_WORK_RECORDS_COMMUNE", "gte", 75.0, "percent"),
    ]


def test_levels_listed_after_the_measure_said_once(lex, units):
    text = (
        "Năm 2027, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật) "
        "tại cấp tỉnh đạt 95%, cấp huyện đạt 85%, cấp xã đạt 70%."
    )
    assert sorted(codes(text, lex, units)) == [
        ("ONLINE_WORK_RECORDS_COMMUNE", "eq", 70.0, "percent"),
        ("ONLINE_WORK_RECORDS_DISTRICT", "eq", 85.0, "percent"),
        ("ONLINE_WORK_RECORDS_PROVINCE", "eq", 95.0, "percent"),
    ]


def test_grassroots_level_is_the_commune_level(lex, units):
    text = (
        "Đến năm 2027, 92% hồ sơ công việc tại cấp tỉnh; 82% hồ sơ công việc tại cấp huyện và "
        "62% hồ sơ công việc tại cấp cơ sở được xử lý trên môi trường mạng."
    )
    assert sorted(codes(text, lex, units)) == [
        ("ONLINE_WORK_RECORDS_COMMUNE", "eq", 62.0, "percent"),
        ("ONLINE_WORK_RECORDS_DISTRICT", "eq", 82.0, "percent"),
        ("ONLINE_WORK_RECORDS_PROVINCE", "eq", 92.0, "percent"),
    ]
