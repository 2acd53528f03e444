"""Our models' weights: 16-bit floats on disk, 32-bit floats once the pipeline runs (pipeline.ner.weights)."""

import numpy
import spacy

from pipeline.ner.weights import store_half_precision


def _weights(nlp):
    model = nlp.get_pipe("tok2vec").model
    return [node.get_param(name) for node in model.walk() for name in node.param_names if node.has_param(name)]


def test_a_trained_model_is_stored_in_16_bit_and_runs_in_32_bit(tiny_model, tmp_path):
    path, _ = tiny_model
    nlp = spacy.load(path)
    assert {w.dtype for w in _weights(nlp)} == {numpy.dtype("float16")}  # half the disk
    assert nlp.vocab.vectors.data.dtype == numpy.float16  # its static vectors too
    text = "Sara Ek talade med Scania i Södertälje."
    found = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]  # a plain spacy.load runs
    assert {w.dtype for w in _weights(nlp)} == {numpy.dtype("float32")}  # widened before the first text
    assert nlp.vocab.vectors.data.dtype == numpy.float32
    widened = [w.copy() for w in _weights(nlp)]
    # Halved and saved again, every weight keeps its 16-bit value and the same entities are found.
    store_half_precision(nlp)
    nlp.to_disk(tmp_path / "again")
    again = spacy.load(tmp_path / "again")
    assert [(e.start_char, e.end_char, e.label_) for e in again(text).ents] == found
    for old, new in zip(widened, _weights(again), strict=True):
        assert numpy.array_equal(old, new)
    assert numpy.array_equal(nlp.vocab.vectors.data, again.vocab.vectors.data)


def test_halving_keeps_weights_to_16_bit_precision(tiny_model):
    path, _ = tiny_model
    nlp = spacy.load(path)
    nlp("Anna bor i Göteborg.")
    original = [w.copy() for w in _weights(nlp)]
    for w in original:
        w += numpy.float32(1e-5)  # a value 16 bits cannot hold exactly
    model = nlp.get_pipe("tok2vec").model
    params = [(node, name) for node in model.walk() for name in node.param_names if node.has_param(name)]
    for (node, name), value in zip(params, original, strict=True):
        node.set_param(name, value)
    store_half_precision(nlp)
    for (node, name), value in zip(params, original, strict=True):
        assert node.get_param(name).dtype == numpy.float16
        assert numpy.allclose(node.get_param(name).astype(numpy.float32), value, rtol=1e-3, atol=1e-4)
