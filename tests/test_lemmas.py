"""Lemmatisers: simplemma for most languages, Morfeusz 2 for Polish."""

from pipeline.lemmas import get_lemmatizer


def test_morfeusz_lemmatises_a_hyphenated_name_part_by_part_and_never_yields_the_hyphen():
    morfeusz = get_lemmatizer("morfeusz2", "pl")
    assert morfeusz.lemmas("Bielsko-Białej")[0] == "Bielsko-Biała"
    assert "Kędzierzyn-Koźle" in morfeusz.lemmas("Kędzierzyna-Koźla")
    for word in ("Iwano-Frankiwska", "Bielsko-Białej", "Kędzierzyna-Koźla"):
        assert "-" not in morfeusz.lemmas(word), word
    assert morfeusz.lemmas("Gdańsku")[0] == "Gdańsk"  # one word: its own readings, as before


def test_morfeusz_knows_a_hyphenated_word_only_when_it_knows_every_part():
    morfeusz = get_lemmatizer("morfeusz2", "pl")
    assert morfeusz.is_known("polsko-norweskiej")  # a compound adjective of two known words
    assert not morfeusz.is_known("Iwano-Frankiwska")  # a foreign town's name, not a common word
