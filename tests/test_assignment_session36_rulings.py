"""Bodies and assignments on short texts of our own (round 45): the author announcing its own
text "với những nội dung sau" as it does "như sau" (CONVENTIONS: the author announcing its own
text does no work); a speaker saying the province "sẽ giao nhiệm vụ cho" named bodies narrates
(session 36); a preamble cut off inside the proposing body's name gives it no row (session 36)."""

from __future__ import annotations

from tests.helpers.assignment_roles import cited_roles


def test_the_author_announcing_its_text_with_the_contents_below_does_no_work(lex):
    text = (
        "Thực hiện Công văn số 1021/BTC-NSNN ngày 02/7/2025 của Bộ Tài chính, Ủy ban nhân dân tỉnh Hà Tĩnh xây "
        "dựng kế hoạch tài chính 05 năm giai đoạn 2026 - 2030 với những nội dung sau:"
    )
    assert cited_roles(text, lex, "42") == set()
    several = "Ủy ban nhân dân các huyện xây dựng kế hoạch phát triển nông thôn của địa phương với các nội dung sau:"
    assert cited_roles(several, lex, "42") == {("DISTRICT_PCS", "implement")}


def test_a_preamble_cut_inside_the_proposer_s_name_gives_it_no_row(lex):
    head = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
    # the words left before the cut name a shorter department ("Sở Văn hóa - Thể thao"): no row
    cut = head + "Theo đề nghị của Sở Văn hóa - Thể thao và Du l"
    assert cited_roles(cut, lex, "42") == set()
    whole = head + "Theo đề nghị của Sở Văn hóa - Thể thao tại Tờ trình số 25/TTr-SVHTT ng"
    assert cited_roles(whole, lex, "42") == {("DCS", "advise")}
    after = head + "Theo đề nghị của Sở Văn hóa - Thể thao t"
    assert cited_roles(after, lex, "42") == {("DCS", "advise")}
    ended = head + "Theo đề nghị của Sở Văn hóa - Thể thao"
    assert cited_roles(ended, lex, "42") == {("DCS", "advise")}


def test_a_speaker_saying_the_province_will_assign_bodies_narrates(lex):
    said = "Chủ tịch UBND tỉnh cho biết, tỉnh sẽ giao nhiệm vụ cho Sở Xây dựng, Sở Công Thương để triển khai."
    assert cited_roles(said, lex, "42") == set()
    shared = "Giám đốc Sở Tài chính chia sẻ, thời gian tới tỉnh sẽ giao Sở Xây dựng chủ trì rà soát các dự án."
    assert cited_roles(shared, lex, "42") == set()
    # the assignment itself, with no speaker, stands
    told = "UBND tỉnh giao Sở Xây dựng chủ trì rà soát các dự án."
    assert cited_roles(told, lex, "42") == {("DOC", "lead")}
