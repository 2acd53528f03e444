"""The training command (pipeline.training): corpora to our label scheme, recipes to spaCy configs, models
with their cards and the models index."""

from dataclasses import replace

from pipeline.training.corpora import Sentence, count_entities
from pipeline.training.train import RECIPES, write_index


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


def test_a_model_embeds_its_static_vectors_projected_and_in_16_bit(tiny_model):
    import numpy
    import spacy

    path, _ = tiny_model
    assert "include_static_vectors = true" in (path / "config.cfg").read_text(encoding="utf-8")
    nlp = spacy.load(path)
    vectors = nlp.vocab.vectors
    assert vectors.mode == "floret" and vectors.shape == (500, 8)  # 24 dimensions projected onto 8
    assert vectors.data.dtype == numpy.float16  # half the disk
    doc = nlp("Sara Ek talade med Scania i Södertälje.")
    assert vectors.data.dtype == numpy.float32 and doc[0].has_vector and doc[0].vector.shape == (8,)


def test_projected_vectors_keep_the_distances_within_their_plane(tmp_path):
    import numpy
    import spacy
    from conftest import write_floret_vectors

    from pipeline.training.train import static_vectors

    source = write_floret_vectors(tmp_path / "source", rows=200, width=24, rank=5)
    recipe = replace(RECIPES["sv"], vectors=str(source), vector_width=5)
    original = spacy.load(source).vocab.vectors.data
    folder, origin = static_vectors(recipe, tmp_path / "projected")
    projected = spacy.load(folder).vocab.vectors.data
    assert origin["shape"] == [200, 24] and origin["projected"] == [200, 5] and origin["mode"] == "floret"
    assert projected.shape == (200, 5)

    def distances(rows):
        return numpy.linalg.norm(rows[:, None, :] - rows[None, :, :], axis=-1)

    # Rows lying in a plane of five dimensions keep their distances when projected onto its five axes.
    assert numpy.allclose(distances(original), distances(projected), rtol=1e-3, atol=1e-3)
    again = spacy.load(static_vectors(recipe, tmp_path / "again")[0]).vocab.vectors.data
    assert numpy.array_equal(projected, again)  # the same axes, signs included, every time


def test_a_recipe_names_the_vectors_package_it_needs(tmp_path):
    import pytest

    from pipeline.training.train import static_vectors

    with pytest.raises(RuntimeError, match="no_such_vectors_package"):
        static_vectors(replace(RECIPES["fi"], vectors="no_such_vectors_package"), tmp_path / "v")
    (tmp_path / "empty").mkdir()
    with pytest.raises(RuntimeError, match="holds no static vectors"):
        static_vectors(replace(RECIPES["fi"], vectors=str(tmp_path / "empty")), tmp_path / "v")


def test_corpus_sentences_give_entity_spans():
    sentence = Sentence(("Anna", "Berg", "i", "Göteborg"), ("B-PER", "I-PER", "O", "B-LOC"))
    assert sentence.entities() == [(0, 2, "PER"), (3, 4, "LOC")]
    assert count_entities([sentence]) == {"PER": 1, "ORG": 0, "LOC": 1, "MISC": 0}


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


def test_swapped_names_keep_their_labels_and_context():
    from pipeline.training.train import swap_names

    sentences = [
        Sentence(("Anna", "Berg", "bor", "i", "Oslo", "."), ("B-PER", "I-PER", "O", "O", "B-LOC", "O")),
        Sentence(("Ola", "møtte", "Bergen", "kommune", "i", "Tromsø"), ("B-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC")),
        Sentence(("Ingen", "navn", "her", "."), ("O", "O", "O", "O")),
    ]
    copies = swap_names(sentences, 1.0, seed=7)
    assert len(copies) == 2  # every sentence with a name, once; the one without is not copied
    people = {("Anna", "Berg"), ("Ola",)}
    places = {("Oslo",), ("Tromsø",)}
    for copy in copies:
        spans = copy.entities()
        assert [label for *_, label in spans] in (["PER", "LOC"], ["PER", "ORG", "LOC"])
        for start, end, label in spans:
            name = copy.words[start:end]
            assert name in {"PER": people, "LOC": places, "ORG": {("Bergen", "kommune")}}[label]
        assert "bor" in copy.words or "møtte" in copy.words  # the context words stay
    assert swap_names(sentences, 1.0, seed=7) == copies  # seeded: the same copies every time
    assert len(swap_names(sentences, 0.5, seed=7)) == 1


def test_a_recipe_can_leave_labels_out():
    import spacy

    from pipeline.training.train import to_doc

    sentence = Sentence(("Anna", "leser", "Aftenposten", "på", "norsk"), ("B-PER", "O", "B-ORG", "O", "B-MISC"))
    nlp = spacy.blank("nb")
    assert [e.label_ for e in to_doc(nlp, sentence).ents] == ["PER", "ORG", "MISC"]
    assert [e.label_ for e in to_doc(nlp, sentence, ("PER", "ORG", "LOC")).ents] == ["PER", "ORG"]


def test_a_recipe_can_choose_its_best_model_on_the_scored_labels():
    from thinc.api import Config

    from pipeline.training.train import render_config

    chosen = Config().from_str(render_config(replace(RECIPES["fi"], choose_on_scored=True)))
    assert chosen["components"]["ner"]["scorer"] == {"@scorers": "visits.scored_labels_ner_scorer.v1"}
    plain = Config().from_str(render_config(replace(RECIPES["fi"], choose_on_scored=False)))
    assert "scorer" not in plain["components"]["ner"]  # spaCy's own, over every label
