"""The command line end to end, as a user runs it."""

import csv
import shutil

from pipeline.cli import main
from tests.conftest import ROOT


def _rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_run_on_the_example_articles_is_repeatable(tmp_path, capsys):
    out1, out2 = tmp_path / "one", tmp_path / "two"
    assert main(["run", str(ROOT / "data" / "raw"), "-o", str(out1), "-q"]) == 0
    summary = capsys.readouterr().out
    assert "5 articles read, 5 ok, 0 failed" in summary
    assert main(["run", str(ROOT / "data" / "raw"), "-o", str(out2), "-q", "--workers", "2"]) == 0
    for name in ("articles.csv", "entities.csv", "visits.csv"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes()
    articles = _rows(out1 / "articles.csv")
    assert [a["article_id"] for a in articles] == [f"seed-00{i}" for i in range(5)]
    assert {a["language"] for a in articles} == {"sv", "lv", "pl"}
    entities = _rows(out1 / "entities.csv")
    raw = {a["article_id"]: (ROOT / "data" / "raw" / f"{a['article_id']}.txt").read_text(encoding="utf-8")
           for a in articles}
    for e in entities:  # offsets point into the text as read
        assert raw[e["article_id"]][int(e["start"]) : int(e["end"])] == e["text"]
    visits = _rows(out1 / "visits.csv")
    assert len(visits) >= 4


def test_bad_inputs_get_status_rows_and_the_run_goes_on(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ROOT / "data" / "raw" / "seed-003.txt", inputs / "good.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "broken.jsonl").write_text('{"id": "j1", "text": "Delegation from Riga."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "-o", str(out), "-q"]) == 0
    rows = {r["article_id"]: r for r in _rows(out / "articles.csv")}
    assert rows["good"]["status"] == "ok"
    assert rows["empty"]["status"] == "empty"
    assert rows["binary"]["status"] == "unreadable"
    assert rows["broken.jsonl:2"]["status"] == "unreadable"
    assert rows["j1"]["status"] == "ok"
    assert "5 articles read, 2 ok, 3 failed" in capsys.readouterr().out


def test_unknown_backend_is_a_clear_error_before_any_work(tmp_path, capsys):
    code = main(["run", str(ROOT / "data" / "raw"), "-o", str(tmp_path), "-q", "--ner", "nonsense"])
    assert code == 2
    assert "unknown NER backend 'nonsense'" in capsys.readouterr().err
    assert not (tmp_path / "articles.csv").exists()


def test_a_failing_article_becomes_an_error_row(monkeypatch):
    from pipeline import run as run_module
    from pipeline.records import Article
    from tests.conftest import SETTINGS

    def explode(_detected, _settings):
        raise RuntimeError("model crashed")

    monkeypatch.setattr(run_module, "find_entities", explode)
    result = run_module.process_article(Article("x", "t", "Delegacja z Norwegii w Gdańsku."), SETTINGS)
    assert result.status == "error" and "entities stage failed: RuntimeError: model crashed" in result.message


def test_warm_up_articles_change_no_result():
    from pipeline.read import read_inputs
    from pipeline.run import process_articles
    from tests.conftest import SETTINGS

    articles, _ = read_inputs([str(ROOT / "data" / "raw")], SETTINGS.max_bytes)
    plain = [(r.article.article_id, r.entities, r.visits) for r in process_articles(articles, SETTINGS, 2)]
    warmed = [(r.article.article_id, r.entities, r.visits)
              for r in process_articles(articles, SETTINGS, 2, warm_up=articles[:2])]
    assert plain == warmed and len(plain) == len(articles)
