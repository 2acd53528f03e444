import json

import pytest

from pipeline.read import decode, read_inputs


def _by_id(articles):
    return {a.article_id: a for a in articles}


def test_txt_title_is_first_line_and_id_is_stem(tmp_path):
    (tmp_path / "visit-1.txt").write_text("Delegacja z Norwegii\n\nTreść artykułu.", encoding="utf-8")
    articles, notes = read_inputs([tmp_path])
    assert [a.article_id for a in articles] == ["visit-1"]
    assert articles[0].title == "Delegacja z Norwegii"
    assert articles[0].status == "ok"
    assert notes == []


def test_jsonl_records_and_bad_lines_become_status_rows(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Besök från Litauen.", "title": "Besök", "published": "2020-01-02",
                    "language": "SV", "url": "https://example.org/a"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "c"}),
        json.dumps({"text": "No id given here."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    articles, _ = read_inputs([path])
    rows = _by_id(articles)
    assert rows["a"].status == "ok"
    assert rows["a"].language == "sv" and rows["a"].published == "2020-01-02"
    assert rows["a"].text.startswith("Besök\n\nBesök från")  # title, blank line, body
    assert rows["batch.jsonl:2"].status == "unreadable" and "invalid JSON" in rows["batch.jsonl:2"].message
    assert "expected a JSON object" in rows["batch.jsonl:3"].message
    assert rows["c"].status == "unreadable" and "no 'text' field" in rows["c"].message
    assert rows["batch.jsonl:5"].status == "ok" and "no 'id'" in rows["batch.jsonl:5"].message
    assert len(articles) == 5


def test_csv_records_rows_that_do_not_fit_and_missing_columns(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text('id,text,title\nc1,"Visit of a delegation, from Riga",Visit\nc2,too,many,fields\n', encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\nx,y\n", encoding="utf-8")
    articles, _ = read_inputs([good, bad])
    rows = _by_id(articles)
    assert rows["c1"].text.startswith("Visit\n\nVisit of a delegation, from Riga")
    assert rows["good.csv:3"].status == "unreadable" and "4 fields" in rows["good.csv:3"].message
    assert rows["bad"].status == "unreadable" and "no 'text' column" in rows["bad"].message


def test_empty_binary_legacy_encoding_huge_missing_and_unsupported(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 3)
    (tmp_path / "polish.txt").write_bytes("Wizyta w Gdańsku\nGoście z Łodzi.".encode("cp1250"))
    (tmp_path / "huge.txt").write_text("x" * 2000, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    articles, notes = read_inputs([tmp_path, tmp_path / "missing.txt", tmp_path / "notes.md"], max_bytes=1000)
    rows = _by_id(articles)
    assert rows["empty"].status == "empty" and rows["blank"].status == "empty"
    assert rows["binary"].status == "unreadable" and "binary" in rows["binary"].message
    assert rows["polish"].status == "ok" and rows["polish"].title == "Wizyta w Gdańsku"
    assert "not valid UTF-8" in rows["polish"].message
    assert rows["huge"].status == "unreadable" and "limit" in rows["huge"].message
    assert rows["missing"].status == "unreadable" and "no such file" in rows["missing"].message
    assert rows["notes"].status == "unreadable" and "unsupported file type" in rows["notes"].message
    assert any("skipped 1 file" in n for n in notes)  # notes.md inside the folder is reported, not silent


def test_duplicate_ids_are_kept_and_renamed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("One\ntext", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Two\ntext", encoding="utf-8")
    articles, _ = read_inputs([tmp_path])
    assert [a.article_id for a in articles] == ["same", "same#2"]
    assert "duplicate id" in articles[1].message


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Besök i Malmö\nEn delegation från Åbo besökte Malmö den 3 maj 2024.", "latin-1"),  # not cp1250's "Ĺbo"
        ("Besøg fra Ærø i Aalborg, 3. maj.", "cp1252"),
        ("Delegācija no Rīgas apmeklēja Šiauliai un Kauną.", "cp1257"),  # not Turkish cp1254
        ("Wizyta w Gdańsku\nGoście z Łodzi.", "cp1250"),
        ("Делегація з Литви відвідала Житомир.", "cp1251"),
    ],
)
def test_legacy_encodings_decode_to_the_letters_our_languages_write(text, encoding):
    decoded, note = decode(text.encode(encoding))
    assert decoded == text and "not valid UTF-8" in note
