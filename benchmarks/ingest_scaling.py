"""``python -m benchmarks.ingest_scaling``: how ingest's time grows with hostile and large inputs.

1. cleans five hostile texts (unclosed ``<script>``, tags, comments, caption brackets, each
   repeated 20,000 times between two copies of a lead) and prints the seconds each takes;
2. ingests one article of about 250 KB and one of about 2 MB (best of two runs each) and prints
   seconds, MB per second and the ratio of the two times (8 for linear time, 64 for quadratic).

It prints figures and asserts nothing: the tests check what ingest keeps, this measures how fast.
"""

from __future__ import annotations

import time
from pathlib import Path

from pipelines.curation.lexicons import load_lexicons
from pipelines.ingest.articles import article_row
from pipelines.ingest.clean import clean_text

REPO = Path(__file__).resolve().parents[1]
LEAD = (
    "Kế hoạch năm 2025 của tỉnh Long An\n\nTỉnh phấn đấu tăng trưởng kinh tế khoảng 8% và thu ngân sách vượt dự toán.\n"
)
PARAGRAPH = (
    "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế khoảng 8%; thu ngân sách 23.000 tỷ đồng "
    "(Ảnh minh họa: Quang Định) <b>Lượt xem</b>: 12 &amp; Chiều 4/2, Sở Tài chính chủ trì.\n"
)
ATTACKS = {
    "unclosed <script>": "<script>" * 20000,
    "unclosed tags": "<a " * 20000,
    "unclosed comments": "<!--" * 20000,
    "caption with no closing bracket": "<p>" + "(Ảnh: x " * 20000,
    "inline caption cue": "x (ảnh minh họa: " * 20000,
}


def hostile_seconds(rules: list) -> dict[str, float]:
    """Seconds ``clean_text`` takes on each hostile text of ``ATTACKS``, by its name."""
    out = {}
    for name, attack in ATTACKS.items():
        raw = (LEAD + attack + "\n" + LEAD).encode()
        start = time.perf_counter()
        clean_text(raw, "x.txt", rules)
        out[name] = time.perf_counter() - start
    return out


def ingest_seconds(lex, size: int) -> float:
    """Best of two ingests (``article_row``) of one article of about ``size`` bytes, in seconds."""
    raw = (LEAD + PARAGRAPH * (size // len(PARAGRAPH.encode()))).encode()
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        article_row("big", raw, {"source_url": "https://longan.gov.vn/2025/02/04/x"}, lex)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    lex = load_lexicons(REPO / "raw" / "curation")
    print("hostile inputs (clean_text, seconds):")
    for name, secs in hostile_seconds(lex.chrome_rules).items():
        print(f"  {name:<34} {secs:8.3f}")
    small, large = ingest_seconds(lex, 250_000), ingest_seconds(lex, 2_000_000)
    print("one large article (article_row, best of two):")
    print(f"  ~0.25 MB {small:8.3f} s   ({0.25 / small:6.2f} MB/s)")
    print(f"  ~2 MB    {large:8.3f} s   ({2 / large:6.2f} MB/s)")
    print(f"  ratio {large / small:.1f} for 8x the size (8 = linear, 64 = quadratic)")


if __name__ == "__main__":
    main()
