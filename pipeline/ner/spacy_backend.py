"""spaCy pipelines as NER backends: our own models in models/ (`embedded`) or any pipeline a user installed
(`spacy:<package or folder>`, e.g. `spacy:pl_core_news_lg`).

A pipeline loads lazily, once per process, on the first article that needs it. Long texts are cut at line
breaks into pieces spaCy handles comfortably; offsets are shifted back, so spans index the article text.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path

from pipeline.extract.doc import Doc
from pipeline.ner import BackendUnavailable, NamedSpan, NerBackend, backend, get_backend

# Label names of our models and of common public pipelines (OntoNotes, NorNE, NKJP, WikiNER) -> ours.
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "persName": "PER",
    "ORG": "ORG", "orgName": "ORG", "GPE_ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "GPE_LOC": "LOC", "FAC": "LOC", "placeName": "LOC", "geogName": "LOC",
}
_PIECE = 20_000  # characters per piece of a long text


def models_dir() -> Path:
    """Where our models live: $VISITS_MODELS, else models/ beside the package (the repository)."""
    explicit = os.environ.get("VISITS_MODELS")
    return Path(explicit) if explicit else Path(__file__).resolve().parents[2] / "models"


@cache
def model_table() -> dict[str, str]:
    """models/models.toml: which shipped model serves which language ("default" for the rest)."""
    path = models_dir() / "models.toml"
    if not path.is_file():
        return {}
    return {str(k): str(v) for k, v in tomllib.loads(path.read_text(encoding="utf-8")).get("languages", {}).items()}


def served_model(language: str) -> str | None:
    """The models.toml entry for a language (its own, else `default`): a model name or RULES_ONLY."""
    table = model_table()
    return table.get(language) or table.get("default")


def embedded_model_path(language: str) -> Path:
    name = served_model(language)
    if not name:
        raise BackendUnavailable(f"no embedded NER model for {language!r}: {models_dir() / 'models.toml'} names none")
    path = models_dir() / name
    if not (path / "meta.json").is_file():
        raise BackendUnavailable(f"embedded NER model {name!r} missing at {path}; rebuild it with `make models`")
    return path


@cache
def _load(source: str):  # noqa: ANN202 - a spaCy Language
    import spacy

    import pipeline.ner.features  # noqa: F401 - our models start with the gazetteer features component

    try:
        return spacy.load(source, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
    except OSError as exc:
        raise BackendUnavailable(f"spaCy pipeline {source!r} could not be loaded: {exc}") from exc


def pieces(text: str, size: int = _PIECE) -> list[tuple[int, str]]:
    """(offset, piece) cut at line breaks (or spaces) so no piece exceeds `size` characters."""
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


class SpacyRecogniser:
    def __init__(self, source: str, name: str = "spacy") -> None:
        self.source = source
        self.name = name

    @property
    def nlp(self):  # noqa: ANN201
        return _load(self.source)

    def find(self, doc: Doc) -> list[NamedSpan]:
        spans: list[NamedSpan] = []
        parts = pieces(doc.text)
        for (offset, _text), parsed in zip(parts, self.nlp.pipe(text for _o, text in parts), strict=True):
            for ent in parsed.ents:
                label = LABEL_MAP.get(ent.label_, "MISC")
                text = ent.text
                # spaCy may include trailing punctuation or spaces; keep the span tight.
                start = offset + ent.start_char + (len(text) - len(text.lstrip()))
                end = offset + ent.end_char - (len(text) - len(text.rstrip()))
                if end > start:
                    spans.append(NamedSpan(label, start, end, self.name))  # type: ignore[arg-type]
        return spans


RULES_ONLY = "rules"  # a models.toml entry: no model served this language better than the rule layer alone


@backend("embedded")
def _embedded(language: str, argument: str) -> NerBackend:
    """What we ship for this language (models/models.toml): one of our models, or the rule layer alone
    where measurement found no model better. `embedded:NAME` picks a model in models/ (or a folder)."""
    if not argument and served_model(language) == RULES_ONLY:
        return get_backend("rules", language)
    path = Path(argument) if argument else embedded_model_path(language)
    if argument and not path.exists() and (models_dir() / argument).is_dir():
        path = models_dir() / argument
    return SpacyRecogniser(str(path), name=f"embedded:{path.name}")


@backend("spacy")
def _spacy(language: str, argument: str) -> SpacyRecogniser:
    if not argument:
        raise BackendUnavailable("the spacy backend needs a package or folder: spacy:<name>")
    return SpacyRecogniser(argument, name=f"spacy:{argument}")
