"""A share written before the applications it counts, "N% hồ sơ thủ tục hành chính được xử lý
(hoàn toàn) trực tuyến", is ONLINE_PUBLIC_SERVICES_SHARE (CONVENTIONS, session 34: the code's
label names the applications handled online), with or without "được" and "hoàn toàn".
Sentences are our own."""

from __future__ import annotations

from tests.helpers.indicator_rows import cited_row_keys


def test_share_of_applications_handled_fully_online(lex, units):
    text = "Đến năm 2027, phấn đấu 85% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến."
    assert cited_row_keys(text, lex, units, 2026) == [("ONLINE_PUBLIC_SERVICES_SHARE", "eq", 85.0, None, 2027)]


def test_share_of_applications_handled_online(lex, units):
    text = "Năm 2028, có ít nhất 70% hồ sơ thủ tục hành chính được xử lý trực tuyến."
    assert cited_row_keys(text, lex, units, 2026) == [("ONLINE_PUBLIC_SERVICES_SHARE", "gte", 70.0, None, 2028)]


def test_share_of_applications_handled_online_without_passive(lex, units):
    text = "Mục tiêu đến năm 2030: 92% hồ sơ thủ tục hành chính xử lý trực tuyến (Trung ương yêu cầu 80%)."
    assert cited_row_keys(text, lex, units, 2026) == [("ONLINE_PUBLIC_SERVICES_SHARE", "eq", 92.0, None, 2030)]
