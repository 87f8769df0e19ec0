"""An undated page that addresses the commune level's committees as a whole and names no district
level describes the province after 1 July 2025, when the district level ended (CONVENTIONS,
session 36: a page placed after the change by what it describes takes the successor's code).
Texts of our own."""

from __future__ import annotations

from pipelines.ingest.metadata import province, written

AFTER = (
    "Gia Lai chủ động ứng phó với mưa lớn ở vùng núi\n"
    "UBND tỉnh Gia Lai vừa có văn bản yêu cầu các sở, ngành; UBND các xã, phường chủ động "
    "sơ tán người dân khỏi vùng có nguy cơ sạt lở."
)


def test_commune_committees_with_no_district_place_an_undated_page_after_the_change(lex):
    when = written(AFTER, None, None, lex)
    assert when is not None and when.isoformat() == "2025-07-01"
    assert province(AFTER, None, None, lex, written=when) == "52"


def test_the_towns_or_districts_beside_them_place_nothing(lex):
    towns = AFTER.replace("các xã, phường", "các xã, phường, thị trấn")
    assert written(towns, None, None, lex) is None
    districts = AFTER.replace("các sở, ngành;", "các sở, ngành; UBND các huyện, thị xã;")
    assert written(districts, None, None, lex) is None
    assert province(districts, None, None, lex, written=None) == "64"


def test_an_average_is_no_district(lex):
    # "bình quân" folds like "quận": the district words are read as written
    averaged = AFTER + " Lượng mưa bình quân đạt 120 mm."
    assert written(averaged, None, None, lex) is not None
