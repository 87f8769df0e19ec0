"""Small, realistic sample tables for all seven release tables (tests reuse them).

`sample_tables()` returns {table name: DataFrame} in the canonical representation (object str,
Int64 integers, float64 numbers, datetime.date dates): the 63 provinces, two articles (Long An
QĐ 4192/QĐ-UBND, Trà Vinh), and documents, objectives, indicators, bodies and assignments quoted
from them, e.g. Long An GRDP_GROWTH between 7.0 and 7.5 percent by 2030.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pandas as pd

from pipelines.assemble.documents import citation_id
from schemas.metadata import load_tables
from schemas.pandera_models import PANDAS_DTYPES

# province_code,name_vi,name_ascii,region,successor_code,successor_name_vi (pre-2025 GSO codes)
PROVINCES_CSV = """\
01,Hà Nội,Ha Noi,red_river_delta,01,Hà Nội
02,Hà Giang,Ha Giang,northern_midlands_mountains,08,Tuyên Quang
04,Cao Bằng,Cao Bang,northern_midlands_mountains,04,Cao Bằng
06,Bắc Kạn,Bac Kan,northern_midlands_mountains,19,Thái Nguyên
08,Tuyên Quang,Tuyen Quang,northern_midlands_mountains,08,Tuyên Quang
10,Lào Cai,Lao Cai,northern_midlands_mountains,15,Lào Cai
11,Điện Biên,Dien Bien,northern_midlands_mountains,11,Điện Biên
12,Lai Châu,Lai Chau,northern_midlands_mountains,12,Lai Châu
14,Sơn La,Son La,northern_midlands_mountains,14,Sơn La
15,Yên Bái,Yen Bai,northern_midlands_mountains,15,Lào Cai
17,Hòa Bình,Hoa Binh,northern_midlands_mountains,25,Phú Thọ
19,Thái Nguyên,Thai Nguyen,northern_midlands_mountains,19,Thái Nguyên
20,Lạng Sơn,Lang Son,northern_midlands_mountains,20,Lạng Sơn
22,Quảng Ninh,Quang Ninh,red_river_delta,22,Quảng Ninh
24,Bắc Giang,Bac Giang,northern_midlands_mountains,24,Bắc Ninh
25,Phú Thọ,Phu Tho,northern_midlands_mountains,25,Phú Thọ
26,Vĩnh Phúc,Vinh Phuc,red_river_delta,25,Phú Thọ
27,Bắc Ninh,Bac Ninh,red_river_delta,24,Bắc Ninh
30,Hải Dương,Hai Duong,red_river_delta,31,Hải Phòng
31,Hải Phòng,Hai Phong,red_river_delta,31,Hải Phòng
33,Hưng Yên,Hung Yen,red_river_delta,33,Hưng Yên
34,Thái Bình,Thai Binh,red_river_delta,33,Hưng Yên
35,Hà Nam,Ha Nam,red_river_delta,37,Ninh Bình
36,Nam Định,Nam Dinh,red_river_delta,37,Ninh Bình
37,Ninh Bình,Ninh Binh,red_river_delta,37,Ninh Bình
38,Thanh Hóa,Thanh Hoa,north_central_central_coast,38,Thanh Hóa
40,Nghệ An,Nghe An,north_central_central_coast,40,Nghệ An
42,Hà Tĩnh,Ha Tinh,north_central_central_coast,42,Hà Tĩnh
44,Quảng Bình,Quang Binh,north_central_central_coast,44,Quảng Trị
45,Quảng Trị,Quang Tri,north_central_central_coast,44,Quảng Trị
46,Thừa Thiên Huế,Thua Thien Hue,north_central_central_coast,46,Huế
48,Đà Nẵng,Da Nang,north_central_central_coast,48,Đà Nẵng
49,Quảng Nam,Quang Nam,north_central_central_coast,48,Đà Nẵng
51,Quảng Ngãi,Quang Ngai,north_central_central_coast,51,Quảng Ngãi
52,Bình Định,Binh Dinh,north_central_central_coast,52,Gia Lai
54,Phú Yên,Phu Yen,north_central_central_coast,66,Đắk Lắk
56,Khánh Hòa,Khanh Hoa,north_central_central_coast,56,Khánh Hòa
58,Ninh Thuận,Ninh Thuan,north_central_central_coast,56,Khánh Hòa
60,Bình Thuận,Binh Thuan,north_central_central_coast,68,Lâm Đồng
62,Kon Tum,Kon Tum,central_highlands,51,Quảng Ngãi
64,Gia Lai,Gia Lai,central_highlands,52,Gia Lai
66,Đắk Lắk,Dak Lak,central_highlands,66,Đắk Lắk
67,Đắk Nông,Dak Nong,central_highlands,68,Lâm Đồng
68,Lâm Đồng,Lam Dong,central_highlands,68,Lâm Đồng
70,Bình Phước,Binh Phuoc,southeast,75,Đồng Nai
72,Tây Ninh,Tay Ninh,southeast,80,Tây Ninh
74,Bình Dương,Binh Duong,southeast,79,Hồ Chí Minh
75,Đồng Nai,Dong Nai,southeast,75,Đồng Nai
77,Bà Rịa - Vũng Tàu,Ba Ria - Vung Tau,southeast,79,Hồ Chí Minh
79,Hồ Chí Minh,Ho Chi Minh,southeast,79,Hồ Chí Minh
80,Long An,Long An,mekong_delta,80,Tây Ninh
82,Tiền Giang,Tien Giang,mekong_delta,82,Đồng Tháp
83,Bến Tre,Ben Tre,mekong_delta,86,Vĩnh Long
84,Trà Vinh,Tra Vinh,mekong_delta,86,Vĩnh Long
86,Vĩnh Long,Vinh Long,mekong_delta,86,Vĩnh Long
87,Đồng Tháp,Dong Thap,mekong_delta,82,Đồng Tháp
89,An Giang,An Giang,mekong_delta,91,An Giang
91,Kiên Giang,Kien Giang,mekong_delta,91,An Giang
92,Cần Thơ,Can Tho,mekong_delta,92,Cần Thơ
93,Hậu Giang,Hau Giang,mekong_delta,92,Cần Thơ
94,Sóc Trăng,Soc Trang,mekong_delta,92,Cần Thơ
95,Bạc Liêu,Bac Lieu,mekong_delta,96,Cà Mau
96,Cà Mau,Ca Mau,mekong_delta,96,Cà Mau
"""

LONGAN_TEXT = (
    "Ngày 02/5/2024, Chủ tịch UBND tỉnh Long An đã ký Quyết định số 4192/QĐ-UBND ban hành Chương "
    "trình hành động thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (gọi tắt là "
    '"Chương trình hành động"), nhằm triển khai Quyết định 686/QĐ-TTg ngày 13/6/2023 của Thủ tướng '
    "Chính phủ.\n\n"
    "Mục tiêu tổng quát: Xây dựng Long An trở thành tỉnh phát triển khá của cả nước; phát triển hạ "
    "tầng giao thông kết nối vùng.\n"
    "Phấn đấu tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 đạt từ 7 - 7,5%/năm; đóng góp "
    "của TFP vào tăng trưởng trên 50%.\n\n"
    "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp Sở Tài chính tham mưu UBND tỉnh bố trí vốn thực "
    "hiện các dự án trọng điểm, báo cáo trước ngày 15/01/2025."
)
TRAVINH_TEXT = (
    "Theo Quyết định số 1740/QĐ-UBND, tỉnh Trà Vinh phấn đấu đến năm 2025 đạt chuẩn tỉnh nông thôn "
    "mới. Năm 2020, tăng trưởng kinh tế ước đạt 7,5%.\n"
    "Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ khoa học phục vụ xây dựng nông thôn mới."
)
TEXTS = {"longan-2024-qd4192": LONGAN_TEXT, "travinh-2021-qd1740": TRAVINH_TEXT}


def sha256(text: str) -> str:
    """SHA-256 hex of `text` encoded UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cite(article_id: str, quote: str) -> dict:
    """article_id, quote, char_start, char_end of the first occurrence of `quote` in the article."""
    start = TEXTS[article_id].index(quote)
    return {"article_id": article_id, "quote": quote, "char_start": start, "char_end": start + len(quote)}


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """DataFrame of `rows` (dicts; missing keys are null) with the table's columns and canonical dtypes."""
    t = load_tables()[table]
    data = {}
    for f in t.fields:
        values = [r.get(f.name) for r in rows]
        data[f.name] = (
            pd.Series(pd.array(values, dtype="Int64"))
            if f.type == "integer"
            else pd.Series(values, dtype=PANDAS_DTYPES[f.type])
        )
    return pd.DataFrame(data, columns=t.columns)


def _provinces() -> pd.DataFrame:
    df = pd.read_csv(io.StringIO(PROVINCES_CSV), header=None, dtype=str, keep_default_na=False)
    cols = load_tables()["provinces"].columns
    return frame("provinces", [dict(zip(cols, row)) for row in df.itertuples(index=False)])


def sample_tables() -> dict[str, pd.DataFrame]:
    """Fresh sample frames for all eight tables, valid against the schemas and each other."""
    la, tv = "longan-2024-qd4192", "travinh-2021-qd1740"
    articles = frame(
        "articles",
        [
            {
                "article_id": la,
                "title": "Quyết định số 4192/QĐ-UBND ban hành Chương trình hành động thực hiện Quy hoạch tỉnh",
                "province_code": "80",
                "published_date": dt.date(2024, 5, 3),
                "byline": "Thanh Hà",
                "source_url": "https://www.longan.gov.vn/tin-tuc/qd-4192",
                "text": LONGAN_TEXT,
                "text_sha256": sha256(LONGAN_TEXT),
                "raw_sha256": sha256("image banner\n" + LONGAN_TEXT),
            },
            {
                "article_id": tv,
                "title": "Trà Vinh phấn đấu đạt chuẩn tỉnh nông thôn mới",
                "province_code": "84",
                "text": TRAVINH_TEXT,
                "text_sha256": sha256(TRAVINH_TEXT),
                "raw_sha256": sha256("Lượt xem: 12\n" + TRAVINH_TEXT),
            },
        ],
    )
    documents = frame(
        "documents",
        [
            {
                "document_id": "80-qd-ubnd-4192-2024",
                "doc_number": "4192/QĐ-UBND",
                "doc_type": "decision",
                "issuer": "provincial_peoples_committee",
                "province_code": "80",
                "signed_date": dt.date(2024, 5, 2),
                "title_vi": "ban hành Chương trình hành động thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
                "period_start": 2021,
                "period_end": 2030,
                "vision_year": 2050,
                **cite(
                    la,
                    "Quyết định số 4192/QĐ-UBND ban hành Chương trình hành động thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
                ),
            },
            {
                "document_id": "vn-qd-ttg-686-2023",
                "doc_number": "686/QĐ-TTg",
                "doc_type": "decision",
                "issuer": "prime_minister",
                "signed_date": dt.date(2023, 6, 13),
                **cite(la, "Quyết định 686/QĐ-TTg ngày 13/6/2023 của Thủ tướng Chính phủ"),
            },
            {
                "document_id": "84-qd-ubnd-1740",
                "doc_number": "1740/QĐ-UBND",
                "doc_type": "decision",
                "issuer": "provincial_peoples_committee",
                "province_code": "84",
                **cite(tv, "Quyết định số 1740/QĐ-UBND"),
            },
        ],
    )
    citations = frame(
        "citations",
        [
            {
                "citation_id": citation_id(r["article_id"], r["document_id"]),
                "article_id": r["article_id"],
                "document_id": r["document_id"],
                "quote": r["quote"],
                "char_start": r["char_start"],
                "char_end": r["char_end"],
            }
            for r in documents.to_dict("records")
        ],
    )
    objectives = frame(
        "objectives",
        [
            {
                "objective_id": "longan-2024-qd4192-obj-01",
                "document_id": "80-qd-ubnd-4192-2024",
                "province_code": "80",
                "kind": "general_objective",
                "theme": "economy",
                "text_vi": "Xây dựng Long An trở thành tỉnh phát triển khá của cả nước",
                "horizon_year": 2030,
                "method": "rule",
                **cite(la, "Xây dựng Long An trở thành tỉnh phát triển khá của cả nước"),
            },
            {
                "objective_id": "longan-2024-qd4192-obj-02",
                "document_id": "80-qd-ubnd-4192-2024",
                "province_code": "80",
                "kind": "general_objective",
                "theme": "infrastructure",
                "text_vi": "phát triển hạ tầng giao thông kết nối vùng",
                "horizon_year": 2030,
                "method": "rule",
                **cite(la, "phát triển hạ tầng giao thông kết nối vùng"),
            },
        ],
    )
    indicators = frame(
        "indicators",
        [
            {
                "indicator_id": "longan-2024-qd4192-ind-01",
                "document_id": "80-qd-ubnd-4192-2024",
                "objective_id": "longan-2024-qd4192-obj-01",
                "province_code": "80",
                "indicator_code": "GRDP_GROWTH",
                "label_vi": "tốc độ tăng trưởng GRDP",
                "label_en": "GRDP growth rate",
                "comparator": "between",
                "value_low": 7.0,
                "value_high": 7.5,
                "unit": "percent",
                "target_year": 2030,
                "method": "rule",
                **cite(la, "tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2030 đạt từ 7 - 7,5%/năm"),
            },
            {
                "indicator_id": "longan-2024-qd4192-ind-02",
                "document_id": "80-qd-ubnd-4192-2024",
                "province_code": "80",
                "indicator_code": "TFP_CONTRIBUTION",
                "label_vi": "đóng góp của TFP vào tăng trưởng",
                "label_en": "Contribution of TFP to growth",
                "comparator": "gt",
                "value_low": 50.0,
                "unit": "percent",
                "target_year": 2030,
                "method": "rule",
                **cite(la, "đóng góp của TFP vào tăng trưởng trên 50%"),
            },
            {
                "indicator_id": "travinh-2021-qd1740-ind-01",
                "document_id": "84-qd-ubnd-1740",
                "province_code": "84",
                "indicator_code": "NEW_RURAL_PROVINCE",
                "label_vi": "đạt chuẩn tỉnh nông thôn mới",
                "label_en": "Province meets the new-rural standard",
                "comparator": "achieve",
                "target_year": 2025,
                "method": "curated",
                **cite(tv, "phấn đấu đến năm 2025 đạt chuẩn tỉnh nông thôn mới"),
            },
        ],
    )
    bodies = frame(
        "bodies",
        [
            {
                "body_id": "80-dpi",
                "body_code": "DPI",
                "province_code": "80",
                "name_vi": "Sở Kế hoạch và Đầu tư",
                "name_en": "Department of Planning and Investment",
                "body_type": "department",
                "successor_2025_code": "DOF",
            },
            {
                "body_id": "80-dof",
                "body_code": "DOF",
                "province_code": "80",
                "name_vi": "Sở Tài chính",
                "name_en": "Department of Finance",
                "body_type": "department",
                "successor_2025_code": "DOF",
            },
            {
                "body_id": "84-dost",
                "body_code": "DOST",
                "province_code": "84",
                "name_vi": "Sở Khoa học và Công nghệ",
                "name_en": "Department of Science and Technology",
                "body_type": "department",
                "successor_2025_code": "DOST",
            },
        ],
    )
    clause = (
        "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp Sở Tài chính tham mưu UBND tỉnh bố trí vốn thực "
        "hiện các dự án trọng điểm, báo cáo trước ngày 15/01/2025"
    )
    task = "tham mưu UBND tỉnh bố trí vốn thực hiện các dự án trọng điểm"
    assignments = frame(
        "assignments",
        [
            {
                "assignment_id": "longan-2024-qd4192-asg-01",
                "body_id": "80-dpi",
                "document_id": "80-qd-ubnd-4192-2024",
                "role": "lead",
                "task_vi": task,
                "deadline": dt.date(2025, 1, 15),
                "method": "rule",
                **cite(la, clause),
            },
            {
                "assignment_id": "longan-2024-qd4192-asg-02",
                "body_id": "80-dof",
                "document_id": "80-qd-ubnd-4192-2024",
                "role": "support",
                "task_vi": task,
                "deadline": dt.date(2025, 1, 15),
                "method": "rule",
                **cite(la, clause),
            },
            {
                "assignment_id": "travinh-2021-qd1740-asg-01",
                "body_id": "84-dost",
                "document_id": "84-qd-ubnd-1740",
                "indicator_id": "travinh-2021-qd1740-ind-01",
                "role": "lead",
                "task_vi": "triển khai các nhiệm vụ khoa học phục vụ xây dựng nông thôn mới",
                "method": "rule",
                **cite(
                    tv,
                    "Sở Khoa học và Công nghệ chủ trì triển khai các nhiệm vụ khoa học phục vụ xây dựng nông thôn mới",
                ),
            },
        ],
    )
    return {
        "provinces": _provinces(),
        "articles": articles,
        "documents": documents,
        "citations": citations,
        "objectives": objectives,
        "indicators": indicators,
        "bodies": bodies,
        "assignments": assignments,
    }
