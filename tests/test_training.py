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
