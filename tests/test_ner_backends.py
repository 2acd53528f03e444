"""The NER backends behind the registry: our spaCy pipelines or a user's, and stanza."""

import pytest

from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile
from pipeline.ner import BackendUnavailable, NamedSpan, get_backend
from pipeline.ner.spacy_backend import SpacyRecogniser, pieces
from pipeline.ner.stanza_backend import StanzaRecogniser, spans_from_document


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
