"""The word features our models embed (pipeline.ner.features): gazetteer classes, stems, dictionary lemmas
and analysers' readings."""

import pytest


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
    assert word_readings("kadulla", "voikko") == "nimisana"  # a common noun
    assert word_readings("Qwxzbor", "voikko") == "Unknown"
    # Finnish organisations end in a compound whose last part says so, in any case
    assert word_readings("elinkeinoministeriön", "voikko") == "head=ministeriö|nimisana"
    assert "head=kirkko" in word_readings("kirkon", "voikko")
    assert "head=seurakunta" in word_readings("seurakunnassa", "voikko")  # the longest head, not "kunta"
    assert word_readings("talossa", "voikko") == "nimisana"  # a house is no organisation
    from pipeline.ner.features import GazetteerFeatures

    with pytest.raises(ValueError, match="unknown reading analyser 'no-such-analyser'"):
        GazetteerFeatures(readings="no-such-analyser")


def test_word_stems_meet_across_case_endings():
    from pipeline.ner.features import word_stem

    assert word_stem("Helsinki", 4) == word_stem("Helsingissä", 4) == "hels"
    assert word_stem("Kraków", 4) == word_stem("Krakowie", 4)
    assert word_stem("Rīga", 4) == word_stem("Rīgā", 4) == word_stem("Rīgas", 4)
    assert word_stem("Oslo", 4) != word_stem("Odense", 4)


def test_the_score_that_chooses_a_model_counts_people_organisations_and_places():
    import spacy
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    from pipeline.ner.features import make_scored_labels_scorer

    nlp = spacy.blank("nb")
    words = ["Anna", "leser", "Aftenposten", "på", "norsk", "i", "Oslo"]
    gold = Doc(nlp.vocab, words=words)
    gold.ents = [Span(gold, 0, 1, "PER"), Span(gold, 2, 3, "ORG"), Span(gold, 4, 5, "MISC"), Span(gold, 6, 7, "LOC")]
    predicted = Doc(nlp.vocab, words=words)
    predicted.ents = [Span(predicted, 0, 1, "PER"), Span(predicted, 2, 3, "LOC"), Span(predicted, 6, 7, "LOC")]
    scores = make_scored_labels_scorer()([Example(predicted, gold)])
    # Two of three right and two of three found; the MISC name the model missed does not count.
    assert scores["ents_p"] == pytest.approx(2 / 3) and scores["ents_r"] == pytest.approx(2 / 3)
    assert scores["ents_per_type"]["MISC"]["r"] == 0.0  # spaCy's per-label scores stay in the log
