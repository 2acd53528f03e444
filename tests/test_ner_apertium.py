"""Apertium analysers as word readings (pipeline.ner.apertium), on small transducers the tests write."""

import pytest
from conftest import lt_print_text

WORDS = [("Oslo", "Oslo<np><top>"), ("Kari", "Kari<np><ant><f>"), ("kommune", "kommune<n><m><sg><ind>"),
         ("kommunen", "kommune<n><m><sg><def>"), ("Statoil", "Statoil<np><org>"), ("Bergens", "Bergen<np><cog><gen>"),
         ("Bergens", "Bergen<np><top><gen>"), ("besøkte", "besøke<vblex><pret>"), ("Oslo-politiet", "Oslo<np><top>+politi<n><nt><sg><def>"),
         ("Xyz", "Xyz<np><ukjent>")]


def _readings(pairs):
    import kfst_rs

    from pipeline.ner.apertium import TransducerReadings
    from pipeline.training.apertium import lttoolbox_to_att

    return TransducerReadings(bytes(kfst_rs.FST.from_att_code(lttoolbox_to_att([lt_print_text(pairs)])).to_kfst_bytes()))


def test_readings_give_name_classes_and_parts_of_speech():
    readings = _readings(WORDS)
    assert readings("Oslo") == "np.top"
    assert readings("Kari") == "np.ant"
    assert readings("Statoil") == "np.org"
    assert readings("Bergens") == "np.cog|np.top"  # a genitive that is a surname or a town
    assert readings("kommunen") == "n" and readings("besøkte") == "vblex"
    assert readings("Oslo-politiet") == "n"  # a compound is what its last part is
    assert readings("Xyz") == "np.x"  # a proper noun of a class we do not name
    assert readings("Qwerty") == "Unknown"


def test_capitalised_words_are_looked_up_in_lower_case_too():
    readings = _readings(WORDS)
    assert readings("Kommune") == readings("KOMMUNE") == "n"  # a noun that starts a sentence or a heading
    assert readings.analyses("Kommunen") == ["kommune<n><m><sg><def>"]


def test_every_section_of_every_analyser_is_read():
    import kfst_rs

    from pipeline.ner.apertium import TransducerReadings
    from pipeline.training.apertium import lttoolbox_to_att

    att = lttoolbox_to_att([lt_print_text([("Oslo", "Oslo<np><top>")]), lt_print_text([("Kari", "Kari<np><ant>")])])
    readings = TransducerReadings(bytes(kfst_rs.FST.from_att_code(att).to_kfst_bytes()))
    assert readings("Oslo") == "np.top" and readings("Kari") == "np.ant"  # one from each analyser
    assert readings(".") == "sent"  # from the second section of each


def test_a_stored_analyser_travels_with_the_saved_pipeline(tmp_path):
    import spacy

    import pipeline.ner.features  # noqa: F401 - registers the component
    from pipeline.ner.apertium import TRANSDUCER_FILE

    transducer = tmp_path / "readings.kfst"
    transducer.write_bytes(_readings(WORDS).data)
    nlp = spacy.blank("nb")
    nlp.add_pipe("gazetteer_features", config={"readings": "apertium"})
    nlp.get_pipe("gazetteer_features").initialize(transducer=str(transducer))
    nlp.to_disk(tmp_path / "model")
    assert (tmp_path / "model" / "gazetteer_features" / TRANSDUCER_FILE).is_file()
    doc = spacy.load(tmp_path / "model")("Kari besøkte Oslo")
    assert [t.dep_ for t in doc] == ["np.ant", "vblex", "np.top"]


def test_a_pipeline_without_its_stored_analyser_says_so():
    import spacy

    import pipeline.ner.features  # noqa: F401

    nlp = spacy.blank("nb")
    nlp.add_pipe("gazetteer_features", config={"readings": "apertium"})
    with pytest.raises(RuntimeError, match=r"holds no readings\.kfst"):
        nlp("Kari besøkte Oslo")
