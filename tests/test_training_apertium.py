"""Apertium analysers taken from Debian packages into a model (pipeline.training.apertium), with a stand-in
for what `apt-get download` unpacks: the tests need no network."""

from dataclasses import replace

import pytest
from conftest import _write_tiny_corpus, write_apertium_root

from pipeline.training.train import RECIPES, train_model

NORWEGIAN = {"nob-nno.automorf.bin": [("Oslo", "Oslo<np><top>"), ("kommune", "kommune<n><m><sg><ind>")],
             "nno-nob.automorf.bin": [("Kari", "Kari<np><ant><f>"), ("kommune", "kommune<n><f><sg><ind>")]}


def test_analysers_become_one_transducer_with_their_origin(tmp_path):
    from pipeline.ner.apertium import TransducerReadings
    from pipeline.training.apertium import analyser_transducer

    write_apertium_root(tmp_path, "apertium-nno-nob", NORWEGIAN, version="1.5.0-1")
    data, origin = analyser_transducer(("apertium-nno-nob/nob-nno.automorf.bin", "apertium-nno-nob/nno-nob.automorf.bin"),
                                       tmp_path)
    readings = TransducerReadings(data)
    assert readings("Oslo") == "np.top" and readings("Kari") == "np.ant" and readings("Kommune") == "n"
    assert origin == {"analysers": ["apertium-nno-nob/nob-nno.automorf.bin", "apertium-nno-nob/nno-nob.automorf.bin"],
                      "packages": {"apertium-nno-nob": {"version": "1.5.0-1", "licences": ["GPL-2+", "GPL-3+"]}}}


def test_a_failing_lt_print_stops_with_its_message(tmp_path):
    from pipeline.training.apertium import analyser_transducer

    root = write_apertium_root(tmp_path, "apertium-dan-nor", {"dan-nob.automorf.bin": [("Aalborg", "Aalborg<np><top>")]})
    (root / "usr/bin/lt-print").write_text("#!/bin/sh\necho 'bad header' >&2\nexit 1\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"lt-print apertium-dan-nor/dan-nob\.automorf\.bin failed: bad header"):
        analyser_transducer(("apertium-dan-nor/dan-nob.automorf.bin",), tmp_path)


def test_a_recipe_with_a_stored_analyser_must_name_one(tmp_path):
    from pipeline.training.train import stored_analyser

    with pytest.raises(ValueError, match="names none"):
        stored_analyser(replace(RECIPES["da"], readings="apertium", analysers=()), tmp_path)
    assert stored_analyser(replace(RECIPES["pl"]), tmp_path) == (None, {})  # Morfeusz 2 is installed, not stored


def test_training_stores_the_analyser_in_the_model(tmp_path):
    import spacy

    corpora = tmp_path / "corpora"
    _write_tiny_corpus(corpora)
    work = tmp_path / "work"
    write_apertium_root(work / "apertium", "apertium-swe", {"swe.automorf.bin": [
        ("Anna", "Anna<np><ant><f>"), ("Göteborg", "Göteborg<np><top>"), ("bor", "bo<vblex><pres>")]})
    recipe = replace(RECIPES["sv"], name="tinyap", train=(("klintan-sv", "train"),), dev=(("klintan-sv", "dev"),),
                     test=("klintan-sv",), rows=(500, 100, 200, 100), width=32, depth=1, steps=10, lemma=False,
                     readings="apertium", analysers=("apertium-swe/swe.automorf.bin",), readings_rows=50)
    (tmp_path / "models").mkdir()
    report = train_model("tinyap", corpora, tmp_path / "models", work_dir=work, recipe=recipe, log=lambda *_: None)
    model = tmp_path / "models" / "tinyap"
    assert (model / "gazetteer_features" / "readings.kfst").is_file()
    assert report.analysers["packages"]["apertium-swe"]["version"] == "1.0-1"
    card = (model / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Debian package apertium-swe 1.0-1 | sv | GPL-2+ and GPL-3+" in card
    assert "Apertium analysers apertium-swe/swe.automorf.bin" in card
    doc = spacy.load(model)("Anna bor i Göteborg")
    assert [t.dep_ for t in doc] == ["np.ant", "vblex", "Unknown", "np.top"]
