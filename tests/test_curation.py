"""The curated tables in raw/curation/: broad enough for the whole country, and validated.

The lexicons are the extractor's knowledge; these tests pin what issue 3 asks of them (40+
indicator codes across the SEDP families, every provincial department before and after the
2025 mergers, the 63 provinces as articles write them) and that a broken table fails with
the file and line named.
"""

from __future__ import annotations

import csv
import shutil

import pytest

from pipelines.curation.lexicons import load_lexicons
from pipelines.curation.tables import CurationError
from tests.conftest import RAW


def _codes(lex, matcher, text):
    return [m.value for m in matcher.find(text, 0, len(text))]


def test_indicator_lexicon_is_broad(lex):
    lexicon = lex.tables["indicator_lexicon.csv"]
    assert len(lexicon) >= 40
    themes = set(lexicon.theme)
    assert {"economy", "society", "environment", "health", "governance", "agriculture"} <= themes
    phrased = set(lex.tables["indicator_phrasings.csv"].indicator_code)
    switched = set(lex.tables["unit_switches.csv"].switch_to)  # "PCI tăng 5 bậc": PCI_RANK -> PCI_RANK_GAIN
    assert set(lexicon.indicator_code) <= phrased | switched, "every code needs a phrasing or a unit switch to it"


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("tốc độ tăng trưởng tổng sản phẩm trên địa bàn", "GRDP_GROWTH"),
        ("GRDP bình quân đầu người", "GRDP_PER_CAPITA"),
        ("đóng góp của TFP", "TFP_CONTRIBUTION"),
        ("tổng vốn đầu tư toàn xã hội", "TOTAL_SOCIAL_INVESTMENT"),
        ("tỷ lệ hộ nghèo", "POVERTY_RATE"),
        ("tỷ lệ lao động qua đào tạo", "TRAINED_LABOUR_SHARE"),
        ("tỷ lệ thất nghiệp khu vực thành thị", "UNEMPLOYMENT_RATE_URBAN"),
        ("tỷ lệ bao phủ bảo hiểm y tế", "HEALTH_INSURANCE_COVERAGE"),
        ("tỷ lệ đô thị hóa", "URBANISATION_RATE"),
        ("tỷ lệ che phủ rừng", "FOREST_COVER"),
        ("tỷ lệ xã đạt chuẩn nông thôn mới", "NEW_RURAL_COMMUNES_SHARE"),
        ("chỉ số năng lực cạnh tranh cấp tỉnh", "PCI_RANK"),
        ("tỷ trọng kinh tế số", "DIGITAL_ECONOMY_SHARE"),
    ],
)
def test_indicator_phrasings_resolve(lex, phrase, code):
    found = _codes(lex, lex.indicators, phrase)
    assert found == [code], (phrase, found)


def test_tone_placement_does_not_matter(lex):
    # old and new tone placement ("hoá" / "hóa") must resolve alike
    assert _codes(lex, lex.indicators, "tỷ lệ đô thị hoá") == _codes(lex, lex.indicators, "tỷ lệ đô thị hóa")


@pytest.mark.parametrize(
    "name, code",
    [
        ("Sở Kế hoạch và Đầu tư", "DPI"),
        ("Sở KH&ĐT", "DPI"),
        ("SKHĐT", "DPI"),
        ("Sở Tài chính", "DOF"),
        ("Sở Khoa học và Công nghệ", "DOST"),
        ("Sở Nông nghiệp và Môi trường", "DAE"),
        ("Sở Nội vụ", "DOHA"),
        ("Sở Xây dựng", "DOC"),
        ("Văn phòng UBND tỉnh", "PPC_OFFICE"),
        ("UBND tỉnh", "PPC"),
        ("HĐND tỉnh", "PCOUNCIL"),
        ("UBND các huyện, thị xã, thành phố", "DISTRICT_PCS"),
    ],
)
def test_body_names_and_abbreviations_resolve(lex, name, code):
    found = [m.value[0] for m in lex.bodies.find(name, 0, len(name))]
    assert found == [code], (name, found)


def test_gazetteer_maps_2025_mergers(lex):
    info = lex.body_info
    assert info["DPI"]["successor_2025_code"] == "DOF"
    assert info["DOST"]["successor_2025_code"] in (None, "DOST")
    merged = {c for c, r in info.items() if r["successor_2025_code"] == "DAE"}
    assert len(merged) >= 2  # agriculture and natural resources became one department
    for code, row in info.items():
        assert row["name_en"] and row["name_vi"], code


def test_provinces_are_the_63_with_successors(lex):
    prov = lex.tables["provinces.csv"]
    assert len(prov) == 63 and prov.province_code.is_unique
    succ = dict(zip(prov.province_code, prov.successor_name_vi))
    assert (succ["80"], succ["84"], succ["20"]) == ("Tây Ninh", "Vĩnh Long", "Lạng Sơn")
    assert set(prov.successor_code) <= set(prov.province_code)
    assert prov.successor_code.nunique() == 34


def test_published_provinces_are_the_curated_file_row_for_row(seed_build):
    """The in-repository copy of the province facts (raw/curation/provinces.csv, read as plain
    CSV, codes as text) is what a release publishes."""
    with (RAW / "curation" / "provinces.csv").open(encoding="utf-8", newline="") as fh:
        expected = [(r["province_code"], r["name_vi"], r["region"], r["successor_code"]) for r in csv.DictReader(fh)]
    prov = seed_build.tables["provinces"].sort_values("province_code")
    assert list(zip(prov.province_code, prov.name_vi, prov.region, prov.successor_code)) == expected
    assert expected[0][0] == "01" and len(expected) == 63


@pytest.mark.parametrize(
    "written, code",
    [
        ("tỉnh Long An", "80"),
        ("TP. Hồ Chí Minh", "79"),
        ("TP.HCM", "79"),
        ("TPHCM", "79"),
        ("Thành phố Hồ Chí Minh", "79"),
        ("Thừa Thiên Huế", "46"),
        ("Thừa Thiên - Huế", "46"),
        ("Bà Rịa - Vũng Tàu", "77"),
        ("Bà Rịa-Vũng Tàu", "77"),
        ("BR-VT", "77"),
        ("Đăk Lăk", "66"),
        ("Đắk Nông", "67"),
        ("Bắc Cạn", "06"),
        ("Kontum", "62"),
        ("Thanh Hoá", "38"),
        ("Khánh Hoà", "56"),
    ],
)
def test_province_names_as_articles_write_them(lex, written, code):
    found = [m.value for m in lex.provinces.find(written, 0, len(written))]
    assert found == [code], (written, found)


def test_broken_curation_row_names_file_and_line(tmp_path):
    cur = tmp_path / "curation"
    shutil.copytree(RAW / "curation", cur)
    path = cur / "units.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "tấn/ha,tonnes_per_ha,1,,")  # unit not in the enum, on line 4
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CurationError) as err:
        load_lexicons(cur)
    assert "units.csv:4: column unit" in str(err.value)


def test_phrasing_with_unknown_code_fails(tmp_path):
    cur = tmp_path / "curation"
    shutil.copytree(RAW / "curation", cur)
    with (cur / "indicator_phrasings.csv").open("a", encoding="utf-8") as fh:
        fh.write("NO_SUCH_CODE,chỉ số không có,\n")
    with pytest.raises(CurationError, match="NO_SUCH_CODE"):
        load_lexicons(cur)


def test_no_two_phrasings_of_one_code_fold_alike():
    """A phrasing that folds like another of its code ("tỉ lệ hộ nghèo" beside "tỷ lệ hộ nghèo")
    adds nothing to the matcher, only rows to review."""
    from pipelines.text.fold import fold_short

    seen: dict[tuple[str, str], str] = {}
    twins = []
    with (RAW / "curation" / "indicator_phrasings.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["indicator_code"], fold_short(row["phrasing"]).strip())
            if key in seen:
                twins.append((row["phrasing"], seen[key]))
            seen.setdefault(key, row["phrasing"])
    assert twins == []
