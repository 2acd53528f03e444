"""Small text helpers shared by the stages: folding for matching, tokens and sentences with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
        "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h",
        "’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
    }
)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Gdańsku' -> 'gdansku', 'ElektrenaÌ' -> 'elektrenai'."""
    text = text.translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_upper(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


# A word: letters/digits with inner hyphens or apostrophes ("Pęcak-Rajca", "Schwerte-Leppävirta").
TOKEN_RE = re.compile(r"\w+(?:[-‐'’]\w+)*", re.UNICODE)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def is_word(token: Token) -> bool:
    return token.text[:1].isalpha()


# Abbreviations after which a full stop does not end a sentence, in any of our languages.
_ABBREVIATIONS = frozenset(
    """
    st dr mr mrs ms prof nr no ul al m in bl a t ex eg e g i e ca approx vs u p s z o.o r tys mln
    mjr gen płk ks inż mgr vyr sen gyd kt pvz pan pani hr fr bzw z b ggf ca usw ing mag dipl
    mob tel tlf fig pkt ks ds jun sr jr sv im ім
    """.split()
)


_POSSESSIVE = re.compile(r"['’]s$")


def without_possessive(word: str) -> str:
    """A word without an English possessive's apostrophe and s: "Galway's" -> "Galway", "EU's" -> "EU"."""
    return _POSSESSIVE.sub("", word)


def is_abbreviation(word: str) -> bool:
    """A word written with a full stop that ends no sentence: "im.", "ul.", "prof."."""
    return word.lower() in _ABBREVIATIONS


_SENTENCE_END = re.compile(r"[.!?…]+[\"'”»)]*\s+|\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split into sentences (and lines: scraped text keeps one paragraph per line)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        boundary = m.end()
        if "\n" not in m.group():
            before = text[start : m.start()].split()
            last = before[-1].lower().rstrip(".") if before else ""
            nxt = text[boundary : boundary + 1]
            if is_abbreviation(last) or len(last) == 1 or "." in last:
                continue
            if last.isdigit() and len(last) <= 2:
                continue  # an ordinal day, "am 12. September", rarely the end of a sentence
            if nxt and not (nxt.isupper() or nxt in "\"'„“«(—–-" or nxt.isdigit()):
                continue
        _append_span(text, start, m.start() + len(m.group().rstrip()), spans)
        start = boundary
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= offset < end:
            return start, end
    return (offset, offset)


def collapse_space(text: str) -> str:
    return " ".join(text.split())


def undo_endings(word: str, pairs: tuple[tuple[str, str], ...]) -> list[str]:
    """The forms a word takes with one of its case endings replaced, longest ending first: ("ом", "")
    turns "Олександром" into "Олександр". At least two letters of the stem stay."""
    lower = word.lower()
    return [word[: len(word) - len(ending)] + base
            for ending, base in sorted(pairs, key=lambda pair: -len(pair[0]))
            if lower.endswith(ending) and len(word) - len(ending) >= 2]
