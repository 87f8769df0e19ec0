"""What the issue requires of the five real seed articles, checked on the rules alone.

The rules (not overrides) must find these rows; the release (with overrides) must too.
"""

from __future__ import annotations

import datetime as dt

import pytest


def rows(result, table, **where):
    df = result.tables[table]
    for k, v in where.items():
        df = df[df[k] == v]
    return df


def body_roles(result, article_id):
    a = rows(result, "assignments", article_id=article_id)
    b = result.tables["bodies"].set_index("body_id")
    return {(b.loc[x.body_id, "body_code"], x.role, x.deadline) for x in a.itertuples()}


@pytest.fixture(params=["seed_rules", "seed_build"])
def result(request):
    return request.getfixturevalue(request.param)


def test_langson_grdp_target(result):
    doc = rows(result, "documents", doc_number="166/QĐ-UBND").iloc[0]
    assert doc.province_code == "20" and doc.signed_date == dt.date(2021, 1, 15)
    assert doc.issuer == "provincial_peoples_committee" and doc.doc_type == "decision"
    ind = rows(result, "indicators", article_id="langson-2021-qd166", indicator_code="GRDP_GROWTH")
    assert len(ind) == 1
    i = ind.iloc[0]
    assert (i.comparator, i.value_low, i.value_high, i.unit, i.target_year) == ("between", 7.0, 7.5, "percent", 2021)
    assert i.document_id == doc.document_id


def test_longan_master_plan_programme(result):
    aid = "longan-2024-qd4192"
    d = rows(result, "documents", doc_number="4192/QĐ-UBND").iloc[0]
    assert (d.signed_date, d.province_code, d.period_start, d.period_end, d.vision_year) == (
        dt.date(2024, 5, 2),
        "80",
        2021,
        2030,
        2050,
    )
    ttg = rows(result, "documents", doc_number="686/QĐ-TTg").iloc[0]
    assert (ttg.issuer, ttg.signed_date, ttg.province_code) == ("prime_minister", dt.date(2023, 6, 13), None)
    tfp = rows(result, "indicators", article_id=aid, indicator_code="TFP_CONTRIBUTION")
    assert [(r.comparator, r.value_low, r.unit) for r in tfp.itertuples()] == [("gt", 50.0, "percent")]
    assert ("DOST", "lead", None) in body_roles(result, aid)
    assert rows(result, "bodies", body_id="80-dost").iloc[0].name_en == "Department of Science and Technology"


def test_longan_conference_targets_and_assignments(result):
    aid = "longan-2023-hoi-nghi-ktxh"
    s1 = rows(result, "indicators", article_id=aid, indicator_code="SECTOR_I_GROWTH")
    assert [(r.comparator, r.value_low, r.target_year) for r in s1.itertuples()] == [("gte", 2.5, 2023)]
    roles = body_roles(result, aid)
    assert ("DPI", "lead", None) in roles
    assert ("DOF", "support", None) in roles
    assert ("PPC_OFFICE", "report", dt.date(2023, 1, 15)) in roles


def test_travinh_new_rural_and_roles(result):
    aid = "travinh-2021-qd1740"
    d = rows(result, "documents", doc_number="1740/QĐ-UBND").iloc[0]
    assert d.signed_date == dt.date(2021, 8, 26) and d.province_code == "84"
    nr = rows(result, "indicators", article_id=aid, indicator_code="NEW_RURAL_PROVINCE")
    assert [(r.comparator, r.target_year) for r in nr.itertuples()] == [("achieve", 2025)]
    roles = {(c, r) for c, r, _ in body_roles(result, aid)}
    assert {
        ("DPI", "monitor"),
        ("DPI", "report"),
        ("DIC", "communicate"),
        ("NEWSPAPER", "communicate"),
        ("RADIO_TV", "communicate"),
    } <= roles
    names = set(rows(result, "bodies", province_code="84").name_vi)
    assert "Sở Kế hoạch và Đầu tư" in names


def test_longan_2021_solution_groups(result):
    aid = "longan-2021-qd120"
    groups = rows(result, "objectives", article_id=aid, kind="solution_group")
    texts = list(groups.text_vi)
    for needle in [
        "bầu cử Hội đồng nhân dân",
        "COVID-19",
        "Luật Quy hoạch",
        "tăng tốc phát triển kinh tế",
        "phát triển văn hóa, xã hội",
        "Cải cách hành chính",
    ]:
        assert any(needle in t for t in texts), needle
    assert len(groups) >= 10  # eight for 2021, the five-year programme's stated groups too
    first = groups[groups.text_vi.str.contains("bầu cử")].iloc[0]
    assert first.theme == "governance" and first.horizon_year == 2021
    covid = groups[groups.text_vi.str.contains("COVID-19")].iloc[0]
    assert covid.theme == "epidemic"
    assert rows(result, "indicators", article_id=aid).empty  # "127 đầu việc", "08 nhóm" are not targets


def test_no_row_quotes_page_chrome(result):
    for table in ("documents", "objectives", "indicators", "assignments"):
        for quote in result.tables[table].quote:
            for chrome in ("Tất cả:", "Hôm nay:", "Lượt xem", "Thống kê truy cập", "image advertisement"):
                assert chrome not in quote
    assert not result.tables["indicators"].value_low.isin([420441.0, 420.441, 5365.0, 542.0]).any()


def test_quotes_are_spans(result):
    text = dict(zip(result.tables["articles"].article_id, result.tables["articles"].text))
    for table in ("documents", "objectives", "indicators", "assignments"):
        for r in result.tables[table].itertuples():
            assert text[r.article_id][r.char_start : r.char_end] == r.quote
