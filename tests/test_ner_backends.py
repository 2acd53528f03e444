"""The NER backends behind the registry: spaCy pipelines (ours or a user's), stanza, and the training recipe."""

from dataclasses import replace

import pytest

from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile
from pipeline.ner import BackendUnavailable, NamedSpan, get_backend
from pipeline.ner.spacy_backend import SpacyRecogniser, pieces
from pipeline.ner.stanza_backend import StanzaRecogniser, spans_from_document
from pipeline.training.corpora import Sentence, count_entities
from pipeline.training.train import RECIPES, train_model, write_index

TINY = [
    ("Anna Berg bor i Göteborg och arbetar på Volvo .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "B-ORG", "O"]),
    ("Erik Lund besökte Malmö med Ikea .", ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"]),
    ("Lisa Holm flyttade till Uppsala från Lund .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-LOC", "O"]),
    ("Sara Ek talade med Scania i Södertälje .", ["B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "O"]),
]


def _write_tiny_corpus(root):
    """A few Swedish sentences in the klintan layout (token, tab, IO tag)."""
    folder = root / "sv" / "klintan-swedish-ner-corpus"
    folder.mkdir(parents=True)
    lines = []
    for text, tags in TINY * 3:
        for word, tag in zip(text.split(), tags, strict=True):
            lines.append(f"{word}\t{tag[2:] if tag != 'O' else '0'}")
        lines.append("")
    (folder / "train_corpus.txt").write_text("\n".join(lines), encoding="utf-8")
    (folder / "test_corpus.txt").write_text("\n".join(lines[:22]), encoding="utf-8")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpora")
    _write_tiny_corpus(root)
    models = tmp_path_factory.mktemp("models")
    recipe = replace(RECIPES["sv"], name="tiny", train=(("klintan-sv", "train"),), dev=(("klintan-sv", "dev"),),
                     test=("klintan-sv",), rows=(500, 100, 200, 100), width=32, depth=1, steps=20,
                     stem=4, stem_rows=100, lemma=True, lemma_rows=100, readings="voikko", readings_rows=50)
    report = train_model("tiny", root, models, recipe=recipe, log=lambda *_: None)
    return models / "tiny", report


def test_training_command_ships_a_model_with_its_card(tiny_model):
    path, report = tiny_model
    assert (path / "meta.json").is_file() and (path / "MODEL_CARD.md").is_file() and (path / "scores.json").is_file()
    card = (path / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "klintan-sv" in card and "CC BY 4.0" in card and "words per second" in card
    assert set(report.tests["klintan-sv"]) >= {"PER", "ORG", "LOC", "micro"}
    assert report.size_bytes > 0 and report.words_per_second > 0


def test_the_models_index_compares_models_and_cards_name_their_languages(tiny_model):
    path, _ = tiny_model
    (path.parent / "models.toml").write_text('[languages]\nsv = "tiny"\n', encoding="utf-8")
    index = write_index(path.parent).read_text(encoding="utf-8")
    assert "| sv | tiny |" in index and "klintan-sv" in index
    card = (path / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert card.rstrip().endswith("sv.") and card.count("Languages this model serves") == 1
    write_index(path.parent)  # rewriting keeps one such section
    assert (path / "MODEL_CARD.md").read_text(encoding="utf-8").count("Languages this model serves") == 1


def test_a_users_spacy_pipeline_folder_is_a_backend(tiny_model):
    path, _ = tiny_model
    backend = get_backend(f"spacy:{path}", "sv")
    text = "Anna Berg bor i Göteborg."
    spans = backend.find(Doc(text, "sv", load_profile("sv")))
    assert all(isinstance(s, NamedSpan) and 0 <= s.start < s.end <= len(text) for s in spans)
    assert all(s.label in {"PER", "ORG", "LOC", "MISC"} for s in spans)


def test_missing_spacy_pipeline_is_a_clear_error(tmp_path):
    backend = SpacyRecogniser(str(tmp_path / "nowhere"))
    with pytest.raises(BackendUnavailable, match="nowhere"):
        backend.find(Doc("Text.", "sv", load_profile("sv")))


def test_long_texts_are_cut_at_line_breaks():
    text = ("Rad ett.\n" * 3000) + "slut"
    parts = pieces(text, size=1000)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 1000 for _, p in parts)
    assert all(text[o : o + len(p)] == p for o, p in parts)


def test_stanza_documents_become_our_spans():
    from stanza.models.common.doc import Document

    text = "Jan Kowalski odwiedził Gdańsk i Urząd Miasta."
    words = [("Jan", "B-PER", 0, 3), ("Kowalski", "E-PER", 4, 12), ("odwiedził", "O", 13, 22),
             ("Gdańsk", "S-LOC", 23, 29), ("i", "O", 30, 31), ("Urząd", "B-ORG", 32, 37), ("Miasta", "E-ORG", 38, 44),
             (".", "O", 44, 45)]
    document = Document([[{"id": i + 1, "text": w, "ner": tag, "misc": f"start_char={s}|end_char={e}"}
                          for i, (w, tag, s, e) in enumerate(words)]], text=text)
    document.build_ents()
    spans = spans_from_document(document, offset=100)
    assert [(s.label, s.start - 100, s.end - 100) for s in spans] == [("PER", 0, 12), ("LOC", 23, 29), ("ORG", 32, 44)]


def test_stanza_without_models_names_the_missing_folder(tmp_path):
    backend = StanzaRecogniser("lt", str(tmp_path / "stanza_resources"))
    with pytest.raises(BackendUnavailable, match="stanza_resources"):
        backend.find(Doc("Vilniaus meras.", "lt", load_profile("lt")))


def test_corpus_sentences_give_entity_spans():
    sentence = Sentence(("Anna", "Berg", "i", "Göteborg"), ("B-PER", "I-PER", "O", "B-LOC"))
    assert sentence.entities() == [(0, 2, "PER"), (3, 4, "LOC")]
    assert count_entities([sentence]) == {"PER": 1, "ORG": 0, "LOC": 1, "MISC": 0}


def test_gazetteer_features_give_words_their_classes():
    from pipeline.ner.features import word_classes

    assert word_classes("Kroatia") == "COUNTRY"
    assert word_classes("Kroatii") == "COUNTRY"  # an inflected form meets its dictionary form
    assert "TOWN" in word_classes("Oslo")
    assert "FIRST" in word_classes("Emélia")
    assert word_classes("kommune") == "ORGCUE"
    assert word_classes("og") == "_"


def test_trained_pipelines_start_with_the_features(tiny_model):
    import spacy

    path, _ = tiny_model
    nlp = spacy.load(path)
    assert nlp.pipe_names[0] == "gazetteer_features"
    doc = nlp("Anna bor i Göteborg.")
    assert "FIRST" in doc[0].lemma_ and "TOWN" in doc[3].lemma_
    assert doc[3].tag_ == "gote"  # the recipe's stem feature travels with the saved pipeline
    assert nlp.get_pipe("gazetteer_features").stem_length == 4
    assert str(doc[1].morph) == "Lemma=bo" and "Proper=Yes" in str(doc[3].morph)  # and its dictionary lemma
    assert "MORPH" in nlp.config["components"]["tok2vec"]["model"]["embed"]["attrs"]
    assert "etunimi" in doc[0].dep_  # and the analyser's readings (Voikko knows "Anna" as a first name)
    assert "DEP" in nlp.config["components"]["tok2vec"]["model"]["embed"]["attrs"]


def test_word_lemmas_come_from_the_languages_dictionary():
    from pipeline.ner.features import word_lemma

    assert word_lemma("Helsingissä", "fi") == word_lemma("Helsinki", "fi") == "Lemma=helsinki|Proper=Yes"
    assert word_lemma("Virtaselle", "fi") == "Lemma=virtanen|Proper=Yes"  # a surname the dictionary knows
    assert word_lemma("teatteriin", "fi") == "Lemma=teatteri"  # a common word: no Proper flag
    assert word_lemma("Krakowie", "pl") == "Lemma=krakow|Proper=Yes"
    assert word_lemma("Zviedrijā", "lv") == "Lemma=zviedrija|Proper=Yes"
    assert word_lemma("Suxessiin", "fi") == word_lemma("2019", "fi") == "Known=No"  # unknown words share one class


def test_word_readings_tell_names_from_common_words():
    from pipeline.ner.features import word_readings

    assert "imię" in word_readings("Zbigniew", "morfeusz2")
    assert "nazwisko" in word_readings("Kowalskiego", "morfeusz2")  # inflected surnames too
    assert "nazwa_geograficzna" in word_readings("Tczewie", "morfeusz2")
    assert "nazwa_pospolita" in word_readings("Urzędu", "morfeusz2")  # capitalised, yet a common noun
    assert word_readings("Qwxzbor", "morfeusz2") == "Unknown"
    assert word_readings("Pirkko", "voikko") == "etunimi"  # Finnish: a first name
    assert "sukunimi" in word_readings("Virtaselle", "voikko")  # an inflected surname
    assert "paikannimi" in word_readings("Helsingissä", "voikko")
    assert word_readings("kaupungissa", "voikko") == "nimisana"  # a common noun
    assert word_readings("Qwxzbor", "voikko") == "Unknown"
    from pipeline.ner.features import GazetteerFeatures

    with pytest.raises(ValueError, match="unknown reading analyser 'no-such-analyser'"):
        GazetteerFeatures(readings="no-such-analyser")


def test_a_recipe_with_readings_embeds_them():
    from pipeline.training.train import render_config

    config = render_config(replace(RECIPES["pl"], readings="morfeusz2", readings_rows=400))
    assert 'readings = "morfeusz2"' in config
    attrs = next(line for line in config.splitlines() if line.startswith("attrs"))
    rows = next(line for line in config.splitlines() if line.startswith("rows"))
    assert attrs.endswith('"DEP"]') and rows.endswith(",400]")


def test_slices_of_a_split_share_no_sentence():
    from pipeline.training.train import split_part

    splits = {"dev": [f"s{i}" for i in range(10)], "train": ["t"]}
    head, rest = split_part(splits, "dev[:3]"), split_part(splits, "dev[3:]")  # type: ignore[arg-type]
    assert head == ["s0", "s1", "s2"] and rest == [f"s{i}" for i in range(3, 10)]
    assert split_part(splits, "train") == ["t"] and split_part(splits, "test") == []  # type: ignore[arg-type]


def test_word_stems_meet_across_case_endings():
    from pipeline.ner.features import word_stem

    assert word_stem("Helsinki", 4) == word_stem("Helsingissä", 4) == "hels"
    assert word_stem("Kraków", 4) == word_stem("Krakowie", 4)
    assert word_stem("Rīga", 4) == word_stem("Rīgā", 4) == word_stem("Rīgas", 4)
    assert word_stem("Oslo", 4) != word_stem("Odense", 4)
