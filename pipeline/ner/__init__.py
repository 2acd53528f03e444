"""Named-entity recognition backends for people, organisations and places, behind one interface.

A backend takes the shared Doc and returns labelled spans (PER, ORG, LOC, MISC). Backends are registered
by name and chosen per language by configuration (see pipeline.config):

- `rules`: cue words and a first-name lexicon, no model (pipeline.ner.rules);
- `embedded`: our own spaCy pipelines in models/ (pipeline.ner.spacy_backend);
- `spacy:<package or folder>`: any installed spaCy pipeline a user has;
- `stanza`: stanza pipelines a user downloaded (pipeline.ner.stanza_backend).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from pipeline.extract.doc import Doc

Label = Literal["PER", "ORG", "LOC", "MISC"]


@dataclass(frozen=True)
class NamedSpan:
    label: Label
    start: int
    end: int
    source: str


class NerBackend(Protocol):
    name: str

    def find(self, doc: Doc) -> list[NamedSpan]: ...


BackendFactory = Callable[[str, str], NerBackend]  # (language, argument after the colon) -> backend
BACKENDS: dict[str, BackendFactory] = {}


def backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    def register(factory: BackendFactory) -> BackendFactory:
        BACKENDS[name] = factory
        return factory

    return register


class BackendUnavailable(RuntimeError):
    """A configured backend cannot run here (model folder missing, package not installed)."""


def _ensure_registered() -> None:
    # Importing the modules registers their backends; kept lazy so spaCy/stanza load only when used.
    from pipeline.ner import rules, spacy_backend, stanza_backend  # noqa: F401


def known_backends() -> frozenset[str]:
    _ensure_registered()
    return frozenset(BACKENDS)


@cache
def get_backend(spec: str, language: str) -> NerBackend:
    """A backend from a spec such as "rules", "embedded", "spacy:nb_core_news_sm", "stanza"."""
    _ensure_registered()
    name, _, argument = spec.partition(":")
    try:
        factory = BACKENDS[name]
    except KeyError as exc:
        raise ValueError(f"unknown NER backend {name!r}; known: {', '.join(sorted(BACKENDS))}") from exc
    return factory(language, argument)
