"""Lemmatisers behind one small interface, chosen per language by name (registry, not conditionals).

`simplemma` covers 50+ languages from its own dictionaries; `morfeusz2` is the reference analyser for
Polish and also returns the grammatical tags the organisation-name normaliser needs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from itertools import islice, product
from typing import Protocol

import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES


class Lemmatizer(Protocol):
    language: str

    def lemmas(self, word: str) -> tuple[str, ...]:
        """Candidate lemmas, most likely first; the word itself when nothing is known."""
        ...

    def is_known(self, word: str) -> bool:
        """Whether the word (as a common word) is in the lemmatiser's dictionary."""
        ...


# simplemma knows these codes; others fall back to the word itself.
_SIMPLEMMA_ALIASES = {"no": "nb"}


# simplemma's low-memory dictionaries: 210 MB for our twelve languages instead of 1.4 GB, at about
# 0.1 ms per uncached lookup; the caches below absorb the repeats.
@lru_cache(maxsize=200_000)
def simplemma_lemma(word: str, language: str) -> str:
    return simplemma.lemmatize(word, lang=language, low_memory=True)


@lru_cache(maxsize=200_000)
def simplemma_known(word: str, language: str) -> bool:
    return bool(simplemma.is_known(word, lang=language, low_memory=True))


class SimplemmaLemmatizer:
    def __init__(self, language: str) -> None:
        code = _SIMPLEMMA_ALIASES.get(language, language)
        self.language = code if code in SUPPORTED_LANGUAGES else ""

    @lru_cache(maxsize=100_000)  # noqa: B019 - one instance per language, kept for the process
    def lemmas(self, word: str) -> tuple[str, ...]:
        if not self.language:
            return (word,)
        lemma = simplemma_lemma(word, self.language)
        if lemma[:1].islower() and word[:1].isupper():
            lemma_cap = lemma[:1].upper() + lemma[1:]
            return (lemma_cap, word) if lemma_cap != word else (word,)
        return (lemma, word) if lemma != word else (word,)

    @lru_cache(maxsize=100_000)  # noqa: B019
    def is_known(self, word: str) -> bool:
        if not self.language:
            return False
        return simplemma_known(word, self.language)


class MorfeuszLemmatizer:
    """Polish lemmas from Morfeusz 2; the analyser is built once per process on first use."""

    def __init__(self, language: str = "pl") -> None:
        self.language = language
        self._fallback = SimplemmaLemmatizer(language)

    @property
    def analyser(self):  # noqa: ANN201 - morfeusz2 ships no type information
        return _morfeusz()

    @lru_cache(maxsize=100_000)  # noqa: B019
    def analyse(self, word: str) -> tuple[tuple[str, str], ...]:
        """(lemma, tag) pairs of readings of the whole word; lemma suffixes such as ':Sm1' are dropped.

        Morfeusz splits a word at hyphens into a graph of segments ("Iwano", "-", "Frankiwska"); a
        segment's reading is no reading of the word (the hyphen's lemma "-" made "Iwano-Frankiwska" a
        known common word), so only edges from the first node to the last count."""
        out: list[tuple[str, str]] = []
        edges = self.analyser.analyse(word)
        last = max((end for _start, end, _reading in edges), default=0)
        for start, end, (_form, lemma, tag, *_rest) in edges:
            if tag == "ign" or start != 0 or end != last:
                continue
            out.append((lemma.split(":")[0], tag))
        return tuple(out)

    def readings(self, word: str) -> tuple[str, ...]:  # uncached: its one caller, features.word_readings, caches
        """What the dictionary says a word can be, over all its readings, sorted: parts of speech ("subst",
        "adj", "verb"...) and name classes ("imię", "nazwisko", "nazwa_geograficzna", "nazwa_firmy",
        "nazwa_organizacji", "nazwa_pospolita" for a common noun...); () for a word Morfeusz does not know."""
        classes: set[str] = set()
        for _start, _end, (_form, _lemma, tag, names, _qualifiers) in self.analyser.analyse(word):
            if tag != "ign":
                classes.add(tag.split(":")[0])
                classes.update(names)
        return tuple(sorted(classes))

    @lru_cache(maxsize=100_000)  # noqa: B019
    def lemmas(self, word: str) -> tuple[str, ...]:
        parts = word.split("-")
        if len(parts) > 1 and all(parts) and not self.analyse(word):
            # A hyphenated name Morfeusz reads only part by part ("Bielsko-Białej", "Kędzierzyna-Koźla"):
            # each part's lemmas, joined again ("Bielsko-Biała", "Kędzierzyn-Koźle").
            options = [self.lemmas(part)[:3] for part in parts]
            joined = ["-".join(combo) for combo in islice(product(*options), 8)]
            return tuple(dict.fromkeys([*joined, word]))
        seen: list[str] = []
        analyses = self.analyse(word)
        # Prefer a lemma that keeps the word's capitalisation (a proper name) for capitalised words, then a
        # singular reading: "Mirosław" is the man's name, not the genitive plural of "Mirosława".
        ranked = sorted(analyses, key=lambda a: (word[:1].isupper() != a[0][:1].isupper(), ":pl:" in a[1]))
        for lemma, _tag in ranked:
            if word[:1].isupper() and lemma[:1].islower():
                lemma = lemma[:1].upper() + lemma[1:]
            if lemma not in seen:
                seen.append(lemma)
        if not seen:
            return self._fallback.lemmas(word)
        if word not in seen:
            seen.append(word)
        return tuple(seen)

    @lru_cache(maxsize=100_000)  # noqa: B019
    def is_known(self, word: str) -> bool:
        analyses = self.analyse(word)
        parts = word.split("-")
        if not analyses and len(parts) > 1 and all(parts):
            return all(self.is_known(part) for part in parts)  # "polsko-norweskiej", "Biało-Czerwonych"
        return any(not tag.startswith("subst") or lemma[:1].islower() for lemma, tag in analyses)


@lru_cache(maxsize=1)
def _morfeusz():  # noqa: ANN202
    import morfeusz2

    return morfeusz2.Morfeusz(expand_tags=True)


LEMMATIZERS: dict[str, Callable[[str], Lemmatizer]] = {
    "simplemma": SimplemmaLemmatizer,
    "morfeusz2": MorfeuszLemmatizer,
}


@cache
def get_lemmatizer(name: str, language: str) -> Lemmatizer:
    try:
        factory = LEMMATIZERS[name]
    except KeyError as exc:
        raise ValueError(f"unknown lemmatizer {name!r}; known: {', '.join(sorted(LEMMATIZERS))}") from exc
    return factory(language)


class VoikkoAnalysis(Protocol):
    """What we read of one of pyvoikko's analyses of a Finnish word."""

    BASEFORM: str | None
    CLASS: str | None


def voikko_base_form(analysis: VoikkoAnalysis) -> str:
    """Voikko's base form of a word, without the "=" it writes at a compound's seams ("Sjö=holm")."""
    return (analysis.BASEFORM or "").replace("=", "")
