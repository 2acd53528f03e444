"""The per-article view the recognisers share (pipeline/extract/doc.py)."""

import pytest

from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile

TEXT = "Delegacja z Gdańska. Goście odwiedzili Bergen 3 maja."


def _doc() -> Doc:
    return Doc(TEXT, "pl", load_profile("pl"))


@pytest.mark.parametrize(("start", "end"), [
    (0, len(TEXT)), (12, 19), (11, 19), (13, 19), (12, 18), (12, 12), (30, 10), (0, 1), (40, 100), (len(TEXT), len(TEXT)),
])
def test_tokens_in_are_those_wholly_inside_the_range(start, end):
    doc = _doc()
    assert doc.tokens_in(start, end) == [t for t in doc.tokens if start <= t.start and t.end <= end]


def test_a_word_cut_by_either_end_of_the_range_is_left_out():
    doc = _doc()
    start = TEXT.index("Gdańska")
    assert [t.text for t in doc.tokens_in(start, start + len("Gdańska"))] == ["Gdańska"]
    assert doc.tokens_in(start + 1, start + len("Gdańska")) == []
    assert doc.tokens_in(start, start + 3) == []


def test_sentence_of_an_offset_and_of_a_gap():
    doc = _doc()
    second = TEXT.index("Goście")
    assert doc.sentence_of(second + 3)[0] == second
    assert doc.sentence_of(0)[0] == 0
    assert doc.sentence_of(len(TEXT) + 5) == (len(TEXT) + 5, len(TEXT) + 5)
