"""The per-article view the recognisers share: masked text, tokens, sentences and the language profile."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.langdata import LanguageProfile
from pipeline.text import Token, fold, sentence_spans, tokenize


def fold_same_length(text: str) -> str:
    """Lower-case, accent-free copy of `text` with exactly one character per input character,
    so that regular expressions can run on it and report offsets valid in the original."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch.lower())
        else:
            folded = fold(ch)
            out.append(folded[0] if folded else ch)
    return "".join(out)


@dataclass
class Doc:
    text: str  # the masked text: boilerplate blanked, same length as the article text
    language: str
    profile: LanguageProfile
    published: str = ""
    tokens: list[Token] = field(init=False)
    sentences: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = tokenize(self.text)
        self.sentences = sentence_spans(self.text)
        self._token_starts = [t.start for t in self.tokens]
        self._sentence_starts = [start for start, _end in self.sentences]

    @cached_property
    def folded(self) -> str:
        return fold_same_length(self.text)

    @cached_property
    def sentence_first_tokens(self) -> frozenset[int]:
        """Indices of tokens that open a sentence (capitalised by grammar, not by being a name)."""
        firsts = set()
        for start, _end in self.sentences:
            i = self.token_at_or_after(start)
            if i is not None:
                firsts.add(i)
        return frozenset(firsts)

    def token_at_or_after(self, offset: int) -> int | None:
        i = bisect.bisect_left(self._token_starts, offset)
        return i if i < len(self.tokens) else None

    def token_index(self, offset: int) -> int | None:
        """The token that starts at or contains `offset`."""
        i = bisect.bisect_right(self._token_starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return i
        return None

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return self.sentences[i]
        return (offset, offset)

    def previous_words(self, token_index: int, count: int = 2) -> list[str]:
        """Folded words before a token, nearest last, stopping at a sentence boundary."""
        words: list[str] = []
        sentence_start = self.sentence_of(self.tokens[token_index].start)[0]
        j = token_index - 1
        while j >= 0 and len(words) < count and self.tokens[j].start >= sentence_start:
            words.insert(0, fold(self.tokens[j].text))
            j -= 1
        return words

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside [start, end): a run from the first starting at `start` or after, as
        tokens neither overlap nor come out of order."""
        first = bisect.bisect_left(self._token_starts, start)
        last = first
        while last < len(self.tokens) and self.tokens[last].end <= end:
            last += 1
        return self.tokens[first:last]

    def lemmas(self, token: Token) -> tuple[str, ...]:
        return self.profile.lemmas(token.text)
