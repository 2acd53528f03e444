"""Gazetteer features for our NER models: what lists already know about a word, as a token attribute.

A model trained on a few thousand sentences has met few of the world's countries, towns and first names;
"Kroatia" or "Emélia" may be new to it. A small spaCy component, run before tok2vec both in training and
in use, writes the word's gazetteer classes into `token.lemma_` (unused otherwise in these pipelines):
COUNTRY (CLDR country names in our languages), TOWN (GeoNames places of 5,000 people or more), FIRST (a
first name), ORGCUE (an organisation cue word such as "kommune" or "Stiftung"), joined when several apply,
"_" otherwise. The tok2vec layer embeds that attribute beside the word's own features, so the model learns
how far to trust each list. The lists are built from the same packages on every machine, so a model
trained here sees the same features wherever it runs.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry

from pipeline.lemmas import voikko_base_form
from pipeline.ner.apertium import TRANSDUCER_FILE, TransducerReadings
from pipeline.ner.weights import widen_weights
from pipeline.text import fold
from pipeline.training.corpora import SCORED_LABELS

FACTORY = "gazetteer_features"
NONE = "_"
_MIN_TOWN = 5000
_LANGUAGES = ("sv", "nb", "da", "fi", "et", "lv", "lt", "pl", "de", "en", "uk", "nl")


def _stems(key: str) -> set[str]:
    """A folded word and the word without its last one or two letters: "kroatii" and "kroatia" meet at
    "kroat", as inflected names meet their dictionary forms."""
    return {key} | {key[:-n] for n in (1, 2) if len(key) - n >= 4}


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    from babel import Locale

    from pipeline.gazetteer import load as load_gazetteer
    from pipeline.langdata import load_raw_language_file
    from pipeline.ner.rules import first_names

    def stemmed(keys: object) -> frozenset[str]:
        out: set[str] = set()
        for key in keys:  # type: ignore[attr-defined]
            if " " not in key:
                out |= _stems(key)
        return frozenset(out)

    countries: set[str] = set()
    for code in _LANGUAGES:
        for iso, name in Locale.parse(code).territories.items():
            if len(iso) == 2 and iso.isalpha():
                countries.add(fold(name))
    gazetteer = load_gazetteer()
    towns = {key for key, ids in gazetteer._index.items()
             if any(gazetteer._places[i][5] >= _MIN_TOWN for i in ids)}
    cues: set[str] = set()
    for code in _LANGUAGES:
        cues.update(fold(w) for w in load_raw_language_file(code).get("organisations", {}).get("cues", []))
    return {"COUNTRY": stemmed(countries), "TOWN": stemmed(towns), "FIRST": stemmed(first_names()),
            "ORGCUE": frozenset(cues)}


@lru_cache(maxsize=200_000)
def word_classes(word: str) -> str:
    if not word[:1].isalpha():
        return NONE
    lists = _lists()
    key = fold(word)
    classes = []
    if word[:1].isupper():
        stems = _stems(key)
        classes = [name for name in ("COUNTRY", "TOWN", "FIRST") if stems & lists[name]]
    if key in lists["ORGCUE"]:
        classes.append("ORGCUE")
    return "|".join(classes) or NONE


@lru_cache(maxsize=200_000)
def word_lemma(word: str, language: str) -> str:
    """What simplemma's dictionary of the language says of a word, as one morph string: its folded lemma
    ("Helsingissä" -> helsinki, "Virtaselle" -> virtanen), Proper=Yes when the dictionary writes the
    lemma with a capital (a known name), or Known=No for a word the dictionary lacks - most names of
    people and organisations are exactly those, and unlike the four-letter stem the lemma brings a
    dictionary's knowledge of inflection ("Turkuun" -> turku) to the model."""
    from pipeline.lemmas import simplemma_known, simplemma_lemma

    if not word[:1].isalpha() or not (simplemma_known(word, language) or simplemma_known(word.lower(), language)):
        return "Known=No"
    lemma = simplemma_lemma(word, language)
    key = "".join(ch for ch in fold(lemma) if ch.isalnum()) or "_"
    return f"Lemma={key}" + ("|Proper=Yes" if lemma[:1].isupper() else "")


def _morfeusz_readings(word: str) -> str:
    from pipeline.lemmas import MorfeuszLemmatizer, get_lemmatizer

    morfeusz = get_lemmatizer("morfeusz2", "pl")
    assert isinstance(morfeusz, MorfeuszLemmatizer)
    return "|".join(morfeusz.readings(word)) or "Unknown"


@lru_cache(maxsize=1)
def _finnish_compound_heads() -> tuple[str, ...]:
    from pipeline.langdata import load_raw_language_file

    heads = load_raw_language_file("fi").get("organisations", {}).get("compound_heads", [])
    return tuple(sorted(heads, key=len, reverse=True))  # "seurakunta" before "kunta"


def _voikko_readings(word: str) -> str:
    import pyvoikko  # loads its Finnish transducer (about 1 s) on first use

    # Voikko's transducer is written in lower case; its classes keep names apart (etunimi, sukunimi,
    # paikannimi, nimi) from common nouns (nimisana), verbs (teonsana) and the rest. Finnish writes
    # most organisations' names as a genitive and a lower-case compound ("työ- ja elinkeinoministeriön",
    # "Kenian anglikaanisen kirkon"), so a base form that ends in an organisation's head word says so too
    # ("head=ministeriö"): on the development part 0.801 -> 0.830, on the test part 0.792 -> 0.798.
    classes = set()
    for analysis in pyvoikko.analyse(word.lower()):
        if analysis.CLASS:
            classes.add(analysis.CLASS)
        base = voikko_base_form(analysis).lower()
        head = next((h for h in _finnish_compound_heads() if base.endswith(h)), None)
        if head:
            classes.add(f"head={head}")
    return "|".join(sorted(classes)) or "Unknown"


# Morphological dictionaries that know which words are names, and of what, for inflected forms too -
# knowledge a model trained on one corpus cannot gather itself: Morfeusz 2 (SGJP) tells a first name
# ("imię") from a surname, a place, a company or a common noun ("Gdańsku" -> nazwa_geograficzna);
# Voikko does the same for Finnish ("Virtaselle" -> sukunimi, "Helsingissä" -> paikannimi).
READING_ANALYSERS: dict[str, Callable[[str], str]] = {"morfeusz2": _morfeusz_readings, "voikko": _voikko_readings}
# Or an analyser the pipeline stores itself, for languages whose dictionaries no PyPI package holds:
# Apertium's Danish, Norwegian and Swedish ones (pipeline/ner/apertium.py).
STORED_ANALYSER = "apertium"


@lru_cache(maxsize=200_000)
def word_readings(word: str, analyser: str) -> str:
    """The analyser's parts of speech and name classes of a word as one string ("imię|subst")."""
    return READING_ANALYSERS[analyser](word)


@lru_cache(maxsize=200_000)
def word_stem(word: str, length: int) -> str:
    """The folded word's first letters: a crude stem that meets across case endings and consonant
    gradation ("Helsinki"/"Helsingissä", "Kraków"/"Krakowie", "Rīga"/"Rīgā") in every language, with no
    dictionary - names are exactly the words lemmatisers do not know."""
    return fold(word)[:length]


# The token attributes the component writes each feature into (none is set otherwise in these
# pipelines: no tagger, lemmatiser, morphologiser or parser runs); training embeds exactly these.
CLASSES_ATTR, STEM_ATTR, LEMMA_ATTR, READINGS_ATTR = "LEMMA", "TAG", "MORPH", "DEP"


class GazetteerFeatures:
    """Writes the gazetteer classes into `token.lemma_`, when `stem_length` is set the word's stem into
    `token.tag_`, when `lemma_language` is set the dictionary's lemma into `token.morph`, and when
    `readings` names an analyser its parts of speech and name classes into `token.dep_` (the *_ATTR
    above); the tok2vec layer embeds them all. An analyser the pipeline stores itself (STORED_ANALYSER)
    is given as a file when training starts and saved in the component's folder."""

    def __init__(self, stem_length: int = 0, lemma_language: str = "", readings: str = "",
                 nlp: Language | None = None) -> None:
        # The pipeline whose 16-bit stored weights to widen before the first text (pipeline.ner.weights);
        # a weak reference, as the pipeline holds this component.
        self._pipeline = weakref.ref(nlp) if nlp is not None else None
        self.stem_length = stem_length
        self.lemma_language = lemma_language
        known = (*READING_ANALYSERS, STORED_ANALYSER)
        if readings and readings not in known:  # a pipeline's config names one we lack
            raise ValueError(f"unknown reading analyser {readings!r}; known: {', '.join(known)}")
        self.readings = readings
        self._transducer: TransducerReadings | None = None  # the stored analyser, when readings = STORED_ANALYSER

    def initialize(self, get_examples: Callable[[], Iterable[Example]] | None = None, *,
                   nlp: Language | None = None, transducer: str = "") -> None:
        """Called once when training starts: `transducer` is the kfst file of the analyser to store with
        the pipeline (pipeline/training/apertium.py makes it)."""
        if transducer:
            self._transducer = TransducerReadings(Path(transducer).read_bytes())

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if self._transducer is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            (Path(path) / TRANSDUCER_FILE).write_bytes(self._transducer.data)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GazetteerFeatures:
        stored = Path(path) / TRANSDUCER_FILE
        if stored.is_file():
            self._transducer = TransducerReadings(stored.read_bytes())
        return self

    def _analyser(self) -> Callable[[str], str]:
        if self.readings != STORED_ANALYSER:
            return lambda word: word_readings(word, self.readings)
        if self._transducer is None:
            raise RuntimeError(f"this pipeline's features read words with its own stored analyser, but its "
                               f"gazetteer_features folder holds no {TRANSDUCER_FILE}: train it again")
        return self._transducer

    def __call__(self, doc: Doc) -> Doc:
        if self._pipeline is not None:
            nlp = self._pipeline()
            if nlp is not None:
                widen_weights(nlp)
            self._pipeline = None
        readings = self._analyser() if self.readings else None
        for token in doc:
            token.lemma_ = word_classes(token.text)
            if self.stem_length:
                token.tag_ = word_stem(token.text, self.stem_length)
            if self.lemma_language:
                token.set_morph(word_lemma(token.text, self.lemma_language))
            if readings is not None:
                token.dep_ = readings(token.text)
        return doc


@Language.factory(FACTORY, default_config={"stem_length": 0, "lemma_language": "", "readings": ""})
def make_gazetteer_features(nlp: Language, name: str, stem_length: int, lemma_language: str,
                            readings: str) -> GazetteerFeatures:
    return GazetteerFeatures(stem_length, lemma_language, readings, nlp)


@registry.scorers("visits.scored_labels_ner_scorer.v1")
def make_scored_labels_scorer() -> Callable[..., dict[str, object]]:
    """spaCy's NER scores, but with ents_p/r/f (which choose the best model in training) counted over
    PER, ORG and LOC only - what the model cards report (SCORED_LABELS) - not over MISC as well."""
    from spacy.scorer import Scorer, get_ner_prf

    def scored_ents(doc: Doc, _attr: str) -> list[Span]:
        return [e for e in doc.ents if e.label_ in SCORED_LABELS]

    def score(examples: Iterable[Example], **kwargs: object) -> dict[str, object]:
        examples = list(examples)
        result = get_ner_prf(examples)  # per-label scores for the training log
        scored = Scorer.score_spans(examples, "ents", getter=scored_ents,
                                    has_annotation=lambda doc: doc.has_annotation("ENT_IOB"))
        # None when the development part has no such name at all: a score of 0 then, not a crash.
        result.update({key: scored[key] or 0.0 for key in ("ents_p", "ents_r", "ents_f")})
        return result

    return score
