"""The shipped NER models: each loads and finds people, organisations and places in sentences written
for these tests, in its languages; models/ stays within its size budget."""

import json
from dataclasses import replace

import pytest

from pipeline.config import Settings
from pipeline.extract.doc import Doc
from pipeline.langdata import load_profile
from pipeline.ner import get_backend
from pipeline.ner.spacy_backend import RULES_ONLY, model_table, models_dir, served_model
from tests.conftest import SETTINGS, analyse

SENTENCES = {
    "nb": ("Ordfører Kari Nordmann fra Tromsø kommune besøkte Bergen sammen med Jonas Berg.",
           {("PER", "Kari Nordmann"), ("LOC", "Bergen")}),
    "sv": ("Kommunstyrelsens ordförande Anna Lindqvist tog emot gäster från Vilnius i Uppsala.",
           {("PER", "Anna Lindqvist"), ("LOC", "Uppsala")}),
    "da": ("Borgmester Lars Hansen fra Aarhus Kommune tog imod en delegation fra Tallinn.",
           {("PER", "Lars Hansen"), ("LOC", "Tallinn")}),
    "fi": ("Pormestari Matti Virtanen otti vastaan vieraat Tallinnasta Helsingissä.",
           {("PER", "Matti Virtanen")}),
    "lv": ("Rīgas domes priekšsēdētājs Jānis Bērziņš tikās ar delegāciju no Viļņas.",
           {("PER", "Jānis Bērziņš")}),
    "pl": ("Prezydent Gdańska Jan Kowalski przyjął delegację z Oslo w Urzędzie Miejskim.",
           {("PER", "Jan Kowalski")}),
    "de": ("Bürgermeister Thomas Müller empfing die Gäste aus Hamburg im Rathaus von München.",
           {("PER", "Thomas Müller"), ("LOC", "Hamburg")}),
    "en": ("Mayor John Smith welcomed a delegation from Vilnius to Manchester City Council.",
           {("PER", "John Smith"), ("LOC", "Vilnius")}),
    "et": ("Vallavanem Jaan Tamm võttis Tartus vastu delegatsiooni Riiast.",
           {("PER", "Jaan Tamm")}),
    "lt": ("Meras Jonas Petraitis Kaune priėmė delegaciją iš Rygos.",
           {("PER", "Jonas Petraitis")}),
    "uk": ("Міський голова Олександр Коваленко прийняв у Львові делегацію з Варшави.",
           {("PER", "Олександр Коваленко")}),
}



_TYPES = {"PER": {"person"}, "ORG": {"organisation"}, "LOC": {"city", "place", "region", "country"}}
SHIPPED_SETTINGS = replace(SETTINGS, ner_default="embedded", rules_layer=Settings().rules_layer)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_what_we_ship_for_each_language_finds_its_names(language):
    """The shipped configuration (our model for the language, or the rule layer alone where
    models/models.toml says so, with the rule layer and the gazetteer beside it) finds the names."""
    text, expected = SENTENCES[language]
    found = {(e.type, e.text) for e in analyse(text, language, settings=SHIPPED_SETTINGS).entities}
    for label, name in expected:
        assert any((kind, name) in found for kind in _TYPES[label]), (label, name, found)


def test_every_shipped_model_loads_and_finds_a_name():
    models = {name for name in model_table().values() if name != RULES_ONLY}
    assert models
    for name in sorted(models):
        served = sorted(lang for lang, model in model_table().items() if model == name and lang in SENTENCES)
        language = served[0] if served else "de"
        text, expected = SENTENCES[language]
        backend = get_backend(f"embedded:{name}", language)
        found = {(s.label, text[s.start : s.end]) for s in backend.find(Doc(text, language, load_profile(language)))}
        assert found & expected, (name, found)


def test_models_stay_within_their_size_budget():
    folder = models_dir()
    sizes = {p.name: sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
             for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")}
    assert sizes, f"no models in {folder}"
    assert all(size <= 15_000_000 for size in sizes.values()), sizes
    assert sum(sizes.values()) <= 80_000_000
    for name in sizes:
        assert (folder / name / "MODEL_CARD.md").is_file()


def test_every_language_we_claim_is_served():
    for language in ("sv", "pl", "lv", "lt", "nb", "da", "fi", "et", "de", "en", "uk"):
        name = served_model(language)
        assert name == RULES_ONLY or (models_dir() / str(name) / "meta.json").is_file(), language


def test_every_shipped_model_is_what_its_recipe_trains():
    """`make models` must reproduce what models/ holds: each model's saved architecture is its recipe's."""
    import spacy

    from pipeline.training.train import RECIPES

    folder = models_dir()
    for path in sorted(p for p in folder.iterdir() if (p / "meta.json").is_file()):
        recipe = RECIPES[path.name]
        config = spacy.util.load_config(path / "config.cfg")
        embed = config["components"]["tok2vec"]["model"]["embed"]
        assert embed["width"] == recipe.width and ("TAG" in embed["attrs"]) == bool(recipe.stem), path.name
        assert config["components"]["gazetteer_features"].get("stem_length", 0) == recipe.stem, path.name
        assert ("MORPH" in embed["attrs"]) == recipe.lemma, path.name
        lemma_language = config["components"]["gazetteer_features"].get("lemma_language", "")
        assert lemma_language == (recipe.spacy_language if recipe.lemma else ""), path.name
        assert list(embed["rows"][:4]) == list(recipe.rows), path.name
        assert config["components"]["gazetteer_features"].get("readings", "") == recipe.readings, path.name
        assert ("DEP" in embed["attrs"]) == bool(recipe.readings), path.name
        stored = path / "gazetteer_features" / "readings.kfst"  # an analyser the model carries itself
        assert stored.is_file() == (recipe.readings == "apertium"), path.name
        if stored.is_file():
            scores = json.loads((path / "scores.json").read_text(encoding="utf-8"))
            assert scores["analysers"]["analysers"] == list(recipe.analysers), path.name
        assert config["training"]["dropout"] == recipe.dropout, path.name
        assert isinstance(config["training"]["optimizer"]["learn_rate"], dict) == recipe.decay, path.name
        assert config["components"]["tok2vec"]["model"]["encode"]["depth"] == recipe.depth, path.name
        chooser = config["components"]["ner"]["scorer"]["@scorers"]
        assert (chooser == "visits.scored_labels_ner_scorer.v1") == recipe.choose_on_scored, path.name


# A sentence per model that stores an Apertium analyser, and what the analyser must say of its words: a first
# name, a surname, a place in the genitive, an organisation, a verb and a common noun.
ANALYSER_SENTENCES = {
    "nb": ("Statsminister Ingrid Haugen fra Lillehammer møtte Statoil og NRK i Trondheims rådhus.",
           {"Ingrid": "np.ant", "Lillehammer": "np.top", "Statoil": "np.org", "Trondheims": "np.top", "møtte": "vblex",
            "rådhus": "n"}),
    "da": ("Borgmester Mette Jensen fra Aalborg mødte Novo Nordisk og DR i Odenses rådhus.",
           {"Mette": "np.ant", "Jensen": "np.cog", "Aalborg": "np.top", "Odenses": "np.top", "mødte": "vblex",
            "rådhus": "n"}),
    "sv": ("Kommunalrådet Anna Lindqvist från Växjö träffade Volvo och SVT i Malmös stadshus.",
           {"Anna": "np.ant", "Lindqvist": "np.cog", "Växjö": "np.top", "SVT": "np.org", "Malmös": "np.top",
            "träffade": "vblex", "stadshus": "n"}),
}


@pytest.mark.parametrize("name", sorted(ANALYSER_SENTENCES))
def test_models_read_words_with_the_analyser_they_store(name):
    import spacy

    import pipeline.ner.features  # noqa: F401 - registers the component the saved pipelines name

    text, expected = ANALYSER_SENTENCES[name]
    doc = spacy.load(models_dir() / name)(text)
    readings = {token.text: token.dep_.split("|") for token in doc}
    for word, reading in expected.items():
        assert reading in readings[word], (name, word, readings[word])
    assert readings["."] == ["sent"]
