"""Apertium's morphological analysers as a reading analyser for our models (pipeline/ner/features.py).

Apertium's Danish, Norwegian and Swedish dictionaries (GPL) know which words are first names (<np><ant>),
surnames (<np><cog>), places (<np><top>), organisations (<np><org>) and other names (<np><al>), in every
inflected form ("Aalborgs"), and which are common nouns, verbs or adjectives - what Morfeusz 2 and Voikko tell the
Polish and Finnish models. No PyPI package holds them, so training (pipeline/training/apertium.py) takes
the compiled analysers from Debian's packages, turns them into one kfst transducer, and the model stores
it: running needs only kfst-rs, already a dependency for Voikko.
"""

from __future__ import annotations

import re
from functools import lru_cache

TRANSDUCER_FILE = "readings.kfst"  # its name inside a saved pipeline's gazetteer_features folder

# The proper-noun classes of Apertium's tag set; any other proper-noun tag counts as "np.x".
_NAME_CLASSES = frozenset({"ant", "cog", "top", "org", "al"})
_TAG = re.compile(r"<([^>]+)>")


def reading_classes(analyses: list[str]) -> str:
    """One string for a word's analyses: each analysis's part of speech ("n", "vblex", "adj"), or for a proper
    noun its class ("np.top"), from the last part of a compound ("Oslo-politiet" is a noun), sorted and
    joined; "Unknown" when the analyser knows the word not at all."""
    classes = set()
    for analysis in analyses:
        tags = _TAG.findall(analysis.split("+")[-1])
        if not tags:
            continue
        if tags[0] == "np":
            classes.add("np." + (tags[1] if len(tags) > 1 and tags[1] in _NAME_CLASSES else "x"))
        else:
            classes.add(tags[0])
    return "|".join(sorted(classes)) or "Unknown"


class TransducerReadings:
    """A compiled analyser (kfst bytes) as a function from a word to its reading classes."""

    def __init__(self, data: bytes) -> None:
        import kfst_rs

        self.data = data
        self._transducer = kfst_rs.FST.from_kfst_bytes(data)
        self.readings = lru_cache(maxsize=200_000)(self._readings)

    def analyses(self, word: str) -> list[str]:
        """The analyses of the word as written and, as Apertium's own lookup does for capitalised words,
        of its lower-case forms: "Kommune" at a sentence's start is the noun "kommune"."""
        forms = dict.fromkeys((word, word[:1].lower() + word[1:], word.lower()))
        return [analysis for form in forms for analysis, _weight in self._transducer.lookup(form)]

    def _readings(self, word: str) -> str:
        return reading_classes(self.analyses(word))

    def __call__(self, word: str) -> str:
        return self.readings(word)
