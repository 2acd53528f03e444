import csv

import pytest

from pipeline.records import Article, ArticleResult, Entity, Visit, VisitSide
from pipeline.write import ARTICLE_COLUMNS, ENTITY_COLUMNS, VISIT_COLUMNS, write_csv_atomic, write_outputs


def _results():
    article = Article("a1", "in/a1.txt", "Text, with \"quotes\"\nand lines", title="Tytuł, z przecinkiem")
    entity = Entity("a1", "money", "25 000 zł", 0, 9, value="25000", amount="25000", currency="PLN")
    visit = Visit("a1-v1", "a1", VisitSide(["PL"], ["Gdańsk"], []), VisitSide(["NO", "SE"], ["Ålesund"], []),
                  start_date="2019-11-03", end_date="2019-11-09", duration_days=7, participants=27,
                  funding_amount=25000.0, funding_currency="PLN", language="pl", title="Tytuł")
    ok = ArticleResult(article, language="pl", language_score=0.99999, n_chars=20, entities=[entity], visits=[visit])
    failed = ArticleResult(Article("b", "in/b.txt", status="unreadable", message="binary file"), status="unreadable",
                           message="binary file")
    return [ok, failed]


def _read(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_contract_columns_and_values(tmp_path):
    paths = write_outputs(_results(), tmp_path)
    articles, entities, visits = (_read(paths[n]) for n in ("articles", "entities", "visits"))
    assert list(articles[0]) == list(ARTICLE_COLUMNS)
    assert list(entities[0]) == list(ENTITY_COLUMNS)
    assert list(visits[0]) == list(VISIT_COLUMNS)
    assert articles[0]["title"] == "Tytuł, z przecinkiem" and articles[0]["n_visits"] == "1"
    assert articles[1]["status"] == "unreadable" and articles[1]["message"] == "binary file"
    assert visits[0]["visitor_countries"] == "NO; SE" and visits[0]["host_cities"] == "Gdańsk"
    assert visits[0]["funding_amount"] == "25000" and visits[0]["duration_days"] == "7"


def test_rewriting_gives_identical_bytes(tmp_path):
    first = {k: p.read_bytes() for k, p in write_outputs(_results(), tmp_path / "one").items()}
    second = {k: p.read_bytes() for k, p in write_outputs(_results(), tmp_path / "two").items()}
    assert first == second


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path):
    target = tmp_path / "articles.csv"
    write_csv_atomic(target, ["a"], [{"a": "old"}])

    def rows():
        yield {"a": "new"}
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_csv_atomic(target, ["a"], rows())
    assert target.read_text(encoding="utf-8") == "a\nold\n"
    assert [p.name for p in tmp_path.iterdir()] == ["articles.csv"]  # no temporary file left behind


def test_tables_get_the_permissions_of_a_plain_write(tmp_path):
    import os

    previous = os.umask(0o022)
    try:
        paths = write_outputs(_results(), tmp_path)
        assert {oct(p.stat().st_mode & 0o777) for p in paths.values()} == {"0o644"}  # not the temporary file's 0600
        os.chmod(paths["visits"], 0o640)
        write_outputs(_results(), tmp_path)
        assert paths["visits"].stat().st_mode & 0o777 == 0o640  # a rewrite keeps what the user set
    finally:
        os.umask(previous)
