"""One documents row per document across the release, one citations row per (article, document)."""

import datetime as dt

from pipelines.assemble.documents import citation_id, release_documents


def _mention(article_id, start, **fields):
    quote = "Quyết định số 4192/QĐ-UBND"
    return {
        "document_id": "80-qd-4192-ubnd-2024",
        "doc_number": "4192/QĐ-UBND",
        "doc_type": "decision",
        "issuer": "provincial_peoples_committee",
        "province_code": "80",
        "signed_date": None,
        "title_vi": None,
        "period_start": None,
        "period_end": None,
        "vision_year": None,
        "article_id": article_id,
        "quote": quote,
        "char_start": start,
        "char_end": start + len(quote),
        **fields,
    }


def test_two_articles_citing_one_decision_give_one_document_and_two_citations():
    mentions = [_mention("tin-b", 40, signed_date=dt.date(2024, 5, 2)), _mention("tin-a", 10), _mention("tin-a", 300)]
    documents, citations = release_documents(mentions)
    assert len(documents) == 1
    doc = documents[0]
    assert (doc["article_id"], doc["char_start"]) == ("tin-a", 10)  # first mention, articles in id order
    assert doc["signed_date"] == dt.date(2024, 5, 2)  # completed from the later mention
    assert sorted((c["article_id"], c["char_start"]) for c in citations) == [("tin-a", 10), ("tin-b", 40)]
    assert {c["citation_id"] for c in citations} == {
        citation_id("tin-a", doc["document_id"]),
        citation_id("tin-b", doc["document_id"]),
    }


def test_statement_ids_ignore_values():
    from pipelines.extract.ids import assign_statement_ids

    row = {"article_id": "tin-a", "char_start": 5, "char_end": 30, "value_low": 7.0}
    corrected = dict(row, value_low=8.0)
    twin = dict(row)
    a, b = assign_statement_ids([row], "ind", "indicator_id"), assign_statement_ids([corrected], "ind", "indicator_id")
    assert a[0]["indicator_id"] == b[0]["indicator_id"]
    pair = assign_statement_ids([dict(row), twin], "ind", "indicator_id")
    assert pair[0]["indicator_id"] != pair[1]["indicator_id"]


def test_a_number_cited_undated_in_one_article_and_dated_in_another_is_one_document():
    from pipelines.assemble.documents import unify_undated

    undated = _mention("tin-a", 10, document_id="80-qd-4192-ubnd")
    dated = _mention("tin-b", 40, signed_date=dt.date(2024, 5, 2))
    target = {"indicator_id": "tin-a-ind-1", "article_id": "tin-a", "document_id": "80-qd-4192-ubnd"}
    rows = unify_undated({"documents": [undated, dated], "indicators": [target]})
    assert target["document_id"] == "80-qd-4192-ubnd-2024"
    documents, citations = release_documents(rows["documents"])
    assert [d["document_id"] for d in documents] == ["80-qd-4192-ubnd-2024"]
    assert documents[0]["signed_date"] == dt.date(2024, 5, 2)
    assert len(citations) == 2


def test_an_undated_number_known_in_two_years_stays_undated():
    from pipelines.assemble.documents import undated_aliases

    ids = {"80-qd-12-ubnd", "80-qd-12-ubnd-2023", "80-qd-12-ubnd-2024", "80-kh-7-ubnd", "80-kh-7-ubnd-2025"}
    assert undated_aliases(ids) == {"80-kh-7-ubnd": "80-kh-7-ubnd-2025"}


def test_an_undated_yearly_number_in_an_article_of_another_year_stays_apart():
    # the Government numbers its first resolution of every year 01: an article of 2024 citing it
    # without a date is not the 2022 text another article dates; one of 2022 is
    from pipelines.assemble.documents import unify_undated

    later = _mention("tin-c", 10, document_id="vn-nq-01-cp", doc_number="01/NQ-CP")
    same = _mention("tin-d", 20, document_id="vn-nq-01-cp", doc_number="01/NQ-CP")
    titled = _mention("tin-f", 15, document_id="vn-nq-01-cp", doc_number="01/NQ-CP")
    dated = _mention("tin-e", 30, document_id="vn-nq-01-cp-2022", doc_number="01/NQ-CP")
    articles = [
        {"article_id": "tin-c", "published_date": dt.date(2024, 10, 3)},
        {"article_id": "tin-d", "published_date": "2022-03-01"},
        {"article_id": "tin-e", "published_date": None},
        {"article_id": "tin-f", "published_date": None, "title": "Thu ngân sách quý III năm 2024 vượt dự toán"},
    ]
    unify_undated({"articles": articles, "documents": [later, same, titled, dated]})
    assert [later["document_id"], same["document_id"]] == ["vn-nq-01-cp", "vn-nq-01-cp-2022"]
    assert titled["document_id"] == "vn-nq-01-cp"  # undated page: the one year its title names
