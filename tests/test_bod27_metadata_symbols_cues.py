"""Set28 classes (session 25, round 15, helper bod27), on short texts of our own.

Article metadata: a hard-wrapped law's date is no date line; a portal's date printed into the
lead before its name and a dash; a province named by a folder of the address.
"""

from __future__ import annotations

import datetime as dt

from pipelines.ingest.metadata import province, published_date, rules_of, url_province


def test_a_wrapped_line_with_a_laws_date_is_no_date_line(lex):
    text = (
        "NGHỊ QUYẾT\nVỀ KẾ HOẠCH NĂM NĂM CỦA TỈNH\nHỘI ĐỒNG NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương của Ủy\nban nhân dân ngày 19 tháng 6 năm 2015;\n"
        "Xét Tờ trình của Ủy ban nhân dân tỉnh về kế hoạch năm năm;\n"
    )
    assert published_date(text, None, lex) is None
    # a date line that opens with a curated date word in lower case still dates the page
    dated = (
        "Tỉnh giao kế hoạch năm 2016\nngày 05 tháng 01 năm 2016\n"
        + "Sở Tài chính báo cáo tình hình thu chi ngân sách của tỉnh trong năm qua và năm tới.\n"
    )
    assert published_date(dated, None, lex) == dt.date(2016, 1, 5)


def test_a_portals_date_printed_into_the_lead_before_its_name(lex):
    text = (
        "Tỉnh bổ sung xã nông thôn mới\n\n"
        "14/07/2021 Sở TT&TT XY - Ngày 02 tháng 7 năm 2021, Ủy ban nhân dân tỉnh họp cho ý kiến về danh sách xã bổ sung.\n"
    )
    assert published_date(text, None, lex) == dt.date(2021, 7, 14)
    # a lead that opens with a date and goes on with its sentence has no source's name before a dash
    plain = (
        "Tỉnh bổ sung xã nông thôn mới\n\n"
        "14/07/2021 Ủy ban nhân dân tỉnh họp cho ý kiến về danh sách xã bổ sung - đợt hai của năm.\n"
    )
    assert published_date(plain, None, lex) is None


def test_a_folder_of_the_address_names_the_province(lex):
    names = rules_of(lex).url_names
    assert url_province("https://platform.example.vn/quangninh/hop-ban-can-su-dang", names) == "22"
    assert url_province("https://platform.example.vn/tin/hop-ban-can-su-dang", names) is None
    text = "Ban Cán sự Đảng UBND tỉnh họp cho ý kiến về dự thảo Chương trình hành động năm 2024."
    assert province(text, "https://platform.example.vn/hanam/?p=58", None, lex) == "35"
