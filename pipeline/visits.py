"""Stage 6: assemble the visit an article reports: who hosted, who visited from where, when, how many.

Roles come from the language itself, as data in the language files: prepositions and case endings of
origin ("från Litauen", "z Norwegii", "iš Lenkijos", "aus Ahaus", "no Latvijas", Finnish -sta) and of
destination ("i Båstad", "w Gdańsku", "Zviedrijā", "in Eisenstadt", "до Польщі"), and the words for a
visit, for hosting and for visitors. An organisation takes the side of the place in its name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.extract.doc import Doc
from pipeline.normalise import NormalisedArticle
from pipeline.records import Entity, Visit, VisitSide
from pipeline.text import fold, tokenize

HOST, VISITOR = "host", "visitor"


@dataclass
class VisitCues:
    """A language's visit vocabulary, folded, as (multi-word) phrases."""

    visit: tuple[tuple[str, ...], ...]
    host: tuple[tuple[str, ...], ...]
    planned: tuple[tuple[str, ...], ...]
    participants: frozenset[str]
    origin_suffixes: tuple[str, ...]
    destination_suffixes: tuple[str, ...]
    number_words: dict[str, int]
    duration_units: dict[str, int]
    duration_words: dict[str, int]

    @classmethod
    def for_doc(cls, doc: Doc) -> VisitCues:
        p = doc.profile
        return cls(
            visit=p.phrases("visits", "visit"),
            host=p.phrases("visits", "host"),
            planned=p.phrases("visits", "planned"),
            participants=p.words("visits", "participants"),
            origin_suffixes=tuple(fold(s) for s in p.setting("places", "origin_suffixes", [])),
            destination_suffixes=tuple(fold(s) for s in p.setting("places", "destination_suffixes", [])),
            number_words={k: int(v) for k, v in p.table("numbers", "words").items()},
            duration_units={k: int(v) for k, v in p.table("dates", "duration_units").items()},
            duration_words={k: int(v) for k, v in p.table("dates", "duration_words").items()},
        )


def _has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                return phrase
    return None


@dataclass
class SideVotes:
    votes: Counter = field(default_factory=Counter)

    def add(self, key: str, role: str, weight: float = 1.0) -> None:
        self.votes[(key, role)] += weight

    def role(self, key: str) -> str:
        host, visitor = self.votes[(key, HOST)], self.votes[(key, VISITOR)]
        if host > visitor:
            return HOST
        if visitor > host:
            return VISITOR
        return ""


class VisitAssembler:
    def __init__(self, normalised: NormalisedArticle) -> None:
        self.article = normalised.detected.article
        self.language = normalised.detected.language
        self.doc = normalised.doc
        self.entities = normalised.entities
        self.cues = VisitCues.for_doc(self.doc)
        self.home = self.doc.profile.country
        self.title_end = self._title_end()

    def _title_end(self) -> int:
        first = self.doc.text.lstrip()
        offset = len(self.doc.text) - len(first)
        newline = self.doc.text.find("\n", offset)
        return newline if newline != -1 else len(self.doc.text)

    def _sentence_words(self, start: int, end: int) -> list[str]:
        return [fold(t.text) for t in tokenize(self.doc.text, start, end)]

    def visit_sentences(self) -> list[tuple[int, int]]:
        """Sentences that talk about a visit, in text order."""
        found = []
        for start, end in self.doc.sentences:
            words = self._sentence_words(start, end)
            if _has_phrase(words, self.cues.visit) or _has_phrase(words, self.cues.host):
                found.append((start, end))
        return found

    def _role_of(self, entity: Entity) -> str:
        if entity.cue == "origin":
            return VISITOR
        if entity.cue == "destination":
            return HOST
        word = fold(entity.text)
        if any(word.endswith(s) for s in self.cues.origin_suffixes):
            return VISITOR
        if entity.type in {"city", "country"} and any(word.endswith(s) for s in self.cues.destination_suffixes):
            return HOST
        return ""

    def _appositions(self) -> dict[int, int]:
        """A country right after a city describes the city ("Elektrenaì i Litauen", "Elverum (Norway)")."""
        links: dict[int, int] = {}
        places = [(i, e) for i, e in enumerate(self.entities) if e.type in {"city", "country"}]
        for (i, a), (j, b) in pairwise(places):
            gap = self.doc.text[a.end : b.start]
            if a.type == "city" and b.type == "country" and len(gap) <= 5 and b.value == a.country_code:
                links[j] = i
        return links

    def assign_roles(self) -> None:
        votes = SideVotes()
        links = self._appositions()
        hosting = self._hosting_phrases()
        for i, entity in enumerate(self.entities):
            if entity.type not in {"city", "country", "organisation"}:
                continue
            source = self.entities[links[i]] if i in links else entity
            role = self._role_of(source)
            if not role and any(s <= entity.start and entity.end <= at for s, at in hosting):
                role = HOST  # the subject before "tar emot", "hatte Besuch", "gościliśmy"
            if role:
                weight = 2.0 if entity.start < self.title_end else 1.0
                votes.add(self._side_key(entity), role, weight)
        # Organisations are where their places are ("Båstads kommun" hosts when Båstad does).
        for org in (e for e in self.entities if e.type == "organisation"):
            inside = [e for e in self.entities if e.type == "city" and org.start <= e.start and e.end <= org.end]
            for place in inside:
                for role in (HOST, VISITOR):
                    votes.add(self._side_key(org), role, votes.votes[(self._side_key(place), role)] * 0.5)
                    votes.add(self._side_key(place), role, votes.votes[(self._side_key(org), role)] * 0.5)
        for entity in self.entities:
            if entity.type in {"city", "country", "organisation"}:
                entity.role = votes.role(self._side_key(entity))  # type: ignore[assignment]
        self._by_country()

    def _hosting_phrases(self) -> list[tuple[int, int]]:
        """(sentence start, phrase start) for each hosting phrase: what precedes it is the host."""
        found = []
        for start, end in self.doc.sentences:
            tokens = tokenize(self.doc.text, start, end)
            words = [fold(t.text) for t in tokens]
            for phrase in self.cues.host:
                n = len(phrase)
                for k in range(len(words) - n + 1):
                    if tuple(words[k : k + n]) == phrase:
                        found.append((start, tokens[k].start))
        return found

    def _side_key(self, entity: Entity) -> str:
        return f"{entity.type}:{entity.value}"

    def _by_country(self) -> None:
        """Places without a cue take the side their country is on; countries take their cities' side."""
        host_countries = self._countries(HOST)
        visitor_countries = self._countries(VISITOR)
        if not host_countries and visitor_countries and self.home and self.home not in visitor_countries:
            host_countries = {self.home}
        if not visitor_countries and host_countries and self.home and self.home not in host_countries:
            visitor_countries = {self.home}
        for entity in self.entities:
            if entity.role or entity.type not in {"city", "country"}:
                continue
            code = entity.country_code or entity.value
            if code in host_countries and code not in visitor_countries:
                entity.role = HOST
            elif code in visitor_countries and code not in host_countries:
                entity.role = VISITOR
            elif entity.type == "city" and visitor_countries and not host_countries and code not in visitor_countries:
                entity.role = HOST  # a visit has two sides: the place that is not the visitors' is the host's
            elif entity.type == "city" and host_countries and not visitor_countries and code not in host_countries:
                entity.role = VISITOR

    def _countries(self, role: str) -> set[str]:
        codes = set()
        for entity in self.entities:
            if entity.role == role and entity.type in {"city", "country"}:
                codes.add(entity.country_code or entity.value)
        return codes

    # -- fields --------------------------------------------------------------------------------------------

    def _dates(self, sentences: list[tuple[int, int]]) -> tuple[str, str, Entity | None]:
        dates = [e for e in self.entities if e.type == "date" and len(e.value) >= 7]
        if not dates:
            dates = [e for e in self.entities if e.type == "date" and e.value]
            dates = [e for e in dates if len(e.value) == 4 and any(s <= e.start < t for s, t in sentences)]
        if not dates:
            return "", "", None

        def rank(e: Entity) -> tuple[int, int, int]:
            in_visit = any(s <= e.start < t for s, t in sentences)
            return (0 if in_visit else 1, 0 if e.end_value else 1, e.start)

        best = min(dates, key=rank)
        return best.value, best.end_value or (best.value if len(best.value) >= 7 else ""), best

    def _duration(self, start: str, end: str) -> int | None:
        days = _days_between(start, end)
        if days is not None:
            return days
        tokens = self.doc.tokens
        for i, token in enumerate(tokens):
            word = fold(token.text)
            if word in self.cues.duration_words:
                return self.cues.duration_words[word]
            compact = re.match(r"^(\d+)-(\w+)$", word)  # "three-day", "2-day", "3-dniowy"
            if compact and fold(compact.group(2)) in self.cues.duration_units:
                return int(compact.group(1)) * self.cues.duration_units[fold(compact.group(2))]
            if i + 1 < len(tokens) and fold(tokens[i + 1].text) in self.cues.duration_units:
                number = self._number(word)
                if number and number <= 31:
                    return number * self.cues.duration_units[fold(tokens[i + 1].text)]
        return None

    def _number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.cues.number_words.get(word)

    def _participants(self, sentences: list[tuple[int, int]]) -> int | None:
        tokens = self.doc.tokens
        candidates: list[tuple[int, int, int]] = []
        for i, token in enumerate(tokens):
            word = fold(token.text)
            number = None
            compact = re.match(r"^(\d+)-(\w+)$", word)  # "7-osobową", "16-member", "six-person"
            if compact and any(fold(compact.group(2)).startswith(p[:5]) for p in self.cues.participants):
                number = int(compact.group(1))
            elif "-" in word and self._number(word.split("-")[0]) and any(
                word.split("-", 1)[1].startswith(p[:5]) for p in self.cues.participants
            ):
                number = self._number(word.split("-")[0])
            else:
                value = self._number(word)
                if value:
                    nearby = [fold(t.text) for t in tokens[i + 1 : i + 3]]
                    if any(w in self.cues.participants for w in nearby[:1]) or (
                        len(nearby) > 1 and nearby[1] in self.cues.participants and not nearby[0].isdigit()
                    ):
                        number = value
            if number and 0 < number < 10000:
                in_visit = any(s <= token.start < t for s, t in sentences)
                candidates.append((0 if in_visit else 1, token.start, number))
        if not candidates:
            return None
        return min(candidates)[2]

    def _funding(self) -> tuple[float | None, str]:
        sums = [e for e in self.entities if e.type == "money"]
        if not sums:
            return None, ""
        best = max(sums, key=lambda e: float(e.amount))
        return float(best.amount), best.currency

    def _evidence(self, sentences: list[tuple[int, int]]) -> str:
        if not sentences:
            return ""
        start, end = sentences[0]
        return " ".join(self.doc.text[start:end].split())[:500]

    def assemble(self) -> list[Visit]:
        sentences = self.visit_sentences()
        if not sentences:
            return []
        self.assign_roles()
        host, visitor = VisitSide(), VisitSide()
        for entity in self.entities:
            side = host if entity.role == HOST else visitor if entity.role == VISITOR else None
            if side is None:
                continue
            value = entity.country_code if entity.type == "country" else entity.value
            lists = {"country": side.countries, "city": side.cities, "organisation": side.organisations}
            target = lists.get(entity.type)
            if target is not None and value not in target:
                target.append(value)
            if entity.type == "city" and entity.country_code and entity.country_code not in side.countries:
                side.countries.append(entity.country_code)
        if not (host.countries or visitor.countries or host.cities or visitor.cities):
            return []
        start, end, _ = self._dates(sentences)
        people = sorted({e.value for e in self.entities if e.type == "person"})
        funding, currency = self._funding()
        visit_id = f"{self.article.article_id}-v1"
        visit = Visit(
            visit_id=visit_id, article_id=self.article.article_id, host=host, visitor=visitor,
            start_date=start, end_date=end, duration_days=self._duration(start, end),
            participants=self._participants(sentences), people=people, funding_amount=funding,
            funding_currency=currency,
            language=self.language, title=self.article.title, evidence=self._evidence(sentences),
        )
        for entity in self.entities:
            if entity.role:
                entity.visit_id = visit_id
        return [visit]


def _day(value: str, default_year: int) -> dt.date | None:
    """'2019-11-03' or '--11-03' (the default year) as a date; None for other precisions."""
    match = re.fullmatch(r"(\d{4}|-)-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    year = default_year if match.group(1) == "-" else int(match.group(1))
    try:
        return dt.date(year, int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _days_between(start: str, end: str) -> int | None:
    """Inclusive length of a range of full or year-less dates ("--12-02" to "--12-05" is 4 days)."""
    a = _day(start, 2001)
    b = _day(end, a.year if a else 2001)
    if a is None or b is None:
        return None
    if b < a and end.startswith("--"):
        b = b.replace(year=b.year + 1)
    days = (b - a).days + 1
    return days if 0 < days <= 366 else None


def assemble_visits(normalised: NormalisedArticle) -> list[Visit]:
    return VisitAssembler(normalised).assemble()
