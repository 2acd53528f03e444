"""Stage 6: assemble the visits an article reports: who hosted, who visited from where, when, how many.

Roles come from the language itself, as data in the language files:
- prepositions and case endings of origin ("från Litauen", "z Norwegii", "iš Lenkijos", "aus Ahaus",
  "no Latvijas", Finnish -sta) and of destination ("i Båstad", "w Gdańsku", "Zviedrijā", "in Eisenstadt");
- verbs and phrases of hosting ("tar emot", "gościliśmy", "uzņēma", "priėmė", "empfing", "hosted"): what
  comes before is the host, what comes after the visitor; verbs of visiting ("besökte", "odwiedzili",
  "külastas", "apmeklēja", "visited"): what comes before is the visitor, what comes after the host;
- nationality adjectives on the visiting group ("lettiska kollegor", "Poolse delegatie", "ukraińskich hromad").
Only sentences that speak of a visit (and the title, which counts double) give evidence. Places vote for
their country, organisations take the side of the place in their name, and a country decides for the
places in it that have no evidence of their own. When one side is still empty, the article's own country
(the publisher's side) fills it. A sentence that clearly reports the opposite direction at another time
("Tidligere på året besøgte en delegation fra Paide ...") becomes a visit of its own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise

from pipeline.extract.doc import Doc
from pipeline.langdata import is_common_word, is_dictionary_noun
from pipeline.normalise import NormalisedArticle, parse_iso_day
from pipeline.records import Entity, Visit, VisitSide
from pipeline.text import Token, fold, tokenize

HOST, VISITOR = "host", "visitor"
_SIDE_TYPES = frozenset({"city", "region", "country", "organisation"})
_PLACE_TYPES = frozenset({"city", "region", "country"})
_WORD_ORDER_WINDOW = 6
# A count of a thousand or more right before what it counts (one word may stand between): "45,000 visitors",
# "30 000 people", "12000 foreign tourists"; four bare digits are rather a year ("2023 року делегація").
_CROWD = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d{5,})\s+(?:\w+\s+)?$")
# Words a sentence after a visit's may open with before its length of stay: "Under två dagar fick de".
_DURATION_OPENING = 4
_HEADLINE_WORDS = 14  # words between a verb and the subject or object it decides


@dataclass
class VisitCues:
    """A language's visit vocabulary, folded, as (multi-word) phrases."""

    visit: tuple[tuple[str, ...], ...]
    host: tuple[tuple[str, ...], ...]
    visitor: tuple[tuple[str, ...], ...]
    guests: frozenset[str]
    planned: tuple[tuple[str, ...], ...]
    participants: frozenset[str]
    participant_compounds: tuple[str, ...]
    approximate_suffixes: frozenset[str]  # a number made round: "ett 30-tal elever" (some thirty pupils)
    together: tuple[tuple[str, ...], ...]  # "together with": what follows shares the side of what precedes
    more: frozenset[str]  # "dar trys", "three other": a count on top of the people named before it
    together_after: frozenset[str]  # postpositions of company after a count: "kahden virkamiehen kanssa"
    # Whether the language writes compound nouns as one word, so that what is counted may end in a word
    # for people ("linnaametnikku", "kommunpolitiker", "Verwaltungsmitarbeiter").
    compound_participants: bool
    combining_numbers: dict[str, int]
    multipliers: frozenset[str]  # "million", "tys.": "2 million people" counts no visitors
    origin_suffixes: tuple[str, ...]
    destination_suffixes: tuple[str, ...]
    number_words: dict[str, int]
    duration_units: dict[str, int]
    duration_words: dict[str, int]
    duration_numbers: dict[str, int]  # numbers giving a length before a unit, one included ("vienos dienos")
    demonyms: frozenset[str]
    conjunctions: frozenset[str]
    earlier: tuple[tuple[str, ...], ...]
    articles: frozenset[str]  # set only for verb-second languages: what may stand between verb and subject
    since: frozenset[str]  # words before a year that say something began then ("siden 2015")
    until: tuple[tuple[str, ...], ...]  # words before a single date that make it a stay's end ("bis zum 15. März")
    until_after: tuple[tuple[str, ...], ...]  # ... and after it, in languages with postpositions ("asti")
    host_passive: tuple[tuple[str, ...], ...]  # passive verbs of hosting, the host after them ("hosted by")
    guest_verbs: frozenset[str]  # verbs of hosting that are a guest's before "in" and a place ("gościła w")
    cancelled: tuple[tuple[str, ...], ...]  # words that call a visit off ("aflyst", "cancelled")
    other_senses: tuple[tuple[str, ...], ...]  # a visit word in another sense ("delegation of powers")
    several_groups: tuple[tuple[str, ...], ...]  # groups of guests: "Delegationen", "divas delegācijas"
    meeting: frozenset[str]  # verbs of meeting: whom the guests met "from" a place are the hosts
    return_visit: tuple[tuple[str, ...], ...]  # a return visit by its name ("Gegenbesuch", "rewizyta")
    count_after: tuple[tuple[str, ...], ...]  # between a group word and its number: "Külalisi oli kaksteist"
    object_pronouns: frozenset[str]  # "them" for the guests: "viņus uzņēma direktors" (the director received them)
    split_host: tuple[tuple[str, ...], ...]  # verbs of hosting whose last word may stand apart ("tog ... emot")
    # Verbs of travelling whose preposition stands apart, the subject between: "fahren die Schüler nach Gniezno"
    split_visitor: tuple[tuple[str, ...], ...]
    twin_towns: tuple[tuple[str, ...], ...]  # words for twin towns ("venskabsbyer", "Partnerstädte")
    each: frozenset[str]  # "each": "five from each town" counts one delegation, not all the guests
    photo: frozenset[str]  # words for a photograph: the people in a picture are no count of the guests
    towards: frozenset[str]  # words for "to" among the destination prepositions
    visit_heads: tuple[str, ...]  # words for a visit that may end a compound: "Schüleraustausch", "skolbesök"

    def compound_visit_at(self, words: list[str]) -> list[int]:
        """Where a word is a compound ending in a word for a visit: "Arbeitsbesuch", "elevutbytet"."""
        heads = self.visit_heads
        if not heads:
            return []
        # endswith over the whole tuple first: one C call rules out nearly every word
        return [k for k, w in enumerate(words)
                if w.endswith(heads) and any(w.endswith(h) and len(w) >= len(h) + 3 for h in heads)]

    @cached_property
    def people(self) -> frozenset[str]:
        """Words for the people a count or a name's genitive speaks of: the participants' and the guests'."""
        return self.participants | self.guests

    @classmethod
    def for_doc(cls, doc: Doc) -> VisitCues:
        p = doc.profile
        return cls(
            visit=p.phrases("visits", "visit"),
            host=p.phrases("visits", "host"),
            visitor=p.phrases("visits", "visitor"),
            guests=p.words("visits", "guests"),
            planned=p.phrases("visits", "planned"),
            participants=p.words("visits", "participants"),
            participant_compounds=tuple(sorted(p.words("visits", "participant_compounds"))),
            approximate_suffixes=p.words("visits", "approximate_suffixes"),
            together=p.phrases("visits", "together"),
            more=p.words("visits", "more"),
            together_after=p.words("visits", "together_after"),
            compound_participants=bool(p.setting("visits", "compound_participants", False)),
            combining_numbers={k: int(v) for k, v in p.table("numbers", "combining").items()},
            multipliers=frozenset(p.table("money", "multipliers")),
            # Case endings compare as written: folding would make Latvian "ā" (locative) an "a".
            origin_suffixes=tuple(s.lower() for s in p.setting("places", "origin_suffixes", [])),
            destination_suffixes=tuple(s.lower() for s in p.setting("places", "destination_suffixes", [])),
            number_words=p.number_words,
            duration_units={k: int(v) for k, v in p.table("dates", "duration_units").items()},
            duration_words={k: int(v) for k, v in p.table("dates", "duration_words").items()},
            duration_numbers={k: int(v) for k, v in p.table("dates", "duration_numbers").items()},
            demonyms=frozenset(p.demonyms),
            conjunctions=p.words("visits", "conjunctions"),
            earlier=p.phrases("visits", "earlier"),
            articles=p.words("visits", "verb_second_articles"),
            since=p.words("dates", "since"),
            until=p.phrases("dates", "until"),
            until_after=p.phrases("dates", "until_after"),
            host_passive=p.phrases("visits", "host_passive"),
            guest_verbs=p.words("visits", "guest_verbs"),
            cancelled=p.phrases("visits", "cancelled"),
            other_senses=p.phrases("visits", "other_senses"),
            several_groups=p.phrases("visits", "several_groups"),
            meeting=p.words("visits", "meeting"),
            return_visit=p.phrases("visits", "return_visit"),
            count_after=p.phrases("visits", "count_after"),
            object_pronouns=p.words("visits", "object_pronouns"),
            split_host=p.phrases("visits", "split_host"),
            split_visitor=p.phrases("visits", "split_visitor"),
            twin_towns=p.phrases("visits", "twin_towns"),
            each=p.words("visits", "each"),
            photo=p.words("visits", "photo"),
            towards=p.words("places", "towards"),
            visit_heads=tuple(sorted(fold(w) for w in p.setting("visits", "compound_visit_heads", []))),
        )


def find_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[int]:
    """Word positions where any of the phrases starts, in order."""
    if () in phrases:
        return list(range(len(words) + 1))  # an empty phrase starts everywhere, after the last word too
    by_first_word = _phrases_by_first_word(phrases)
    return [i for i, word in enumerate(words)
            if any(tuple(words[i : i + len(phrase)]) == phrase for phrase in by_first_word.get(word, ()))]


@cache
def _phrases_by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A cue list's phrases by their first word: sentences are searched for dozens of lists, word by word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in index.items()}


def find_split_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...],
                       gap: int = 6) -> list[tuple[int, int]]:
    """Where a phrase starts whose last word stands apart, up to `gap` words later, and where that word is: a
    verb and its particle with the subject between ("tog Region Jönköpings län och Värnamo kommun emot").
    The phrase written whole is `find_phrases`' to find."""
    hits = []
    for *head, last in phrases:
        n = len(head)
        for i in range(len(words) - n):
            window = words[i + n + 1 : i + n + 1 + gap]
            if tuple(words[i : i + n]) == tuple(head) and words[i + n] != last and last in window:
                hits.append((i, i + n + 1 + window.index(last)))
    return sorted(set(hits))


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    words: list[str]
    is_title: bool

    def offset_of(self, word_index: int) -> int:
        return self.tokens[word_index].start if word_index < len(self.tokens) else self.end


@dataclass
class Votes:
    host: float = 0.0
    visitor: float = 0.0

    def add(self, role: str, weight: float) -> None:
        if role == HOST:
            self.host += weight
        elif role == VISITOR:
            self.visitor += weight

    @property
    def role(self) -> str:
        if self.host > self.visitor:
            return HOST
        if self.visitor > self.host:
            return VISITOR
        return ""


@dataclass
class Frame:
    """The evidence some sentences give: votes per entity (all mentions of one name together) and country."""

    entity_votes: dict[tuple[str, str], Votes] = field(default_factory=lambda: defaultdict(Votes))
    country_votes: dict[str, Votes] = field(default_factory=lambda: defaultdict(Votes))
    sentences: list[Sentence] = field(default_factory=list)


class VisitAssembler:
    def __init__(self, normalised: NormalisedArticle) -> None:
        self.article = normalised.detected.article
        self.language = normalised.detected.language
        self.doc = normalised.doc
        self.entities = normalised.entities
        self.cues = VisitCues.for_doc(self.doc)
        self.visit_words = frozenset(phrase[0] for phrase in self.cues.visit if len(phrase) == 1)
        self.verb_words = frozenset(w for phrase in (*self.cues.visitor, *self.cues.host) for w in phrase)
        self.home = self.doc.profile.country
        # Where dates and sums stand: numbers there count no people and state no length.
        self.date_spans = [(e.start, e.end) for e in self.entities if e.type == "date"]
        self.sum_spans = [(e.start, e.end) for e in self.entities if e.type == "money"]
        self.organisation_spans = [(e.start, e.end) for e in self.entities if e.type == "organisation"]
        self.sentences = self._sentences()
        self.links = self._appositions()
        self.after_unknown_place = self._countries_after_unknown_places()

    # -- reading the text ----------------------------------------------------------------------------------

    def _sentences(self) -> list[Sentence]:
        """The text's sentences; the headlines (short whole lines without a full stop, before the body's
        first long sentence) count as titles: scraped pages put a dateline or the site's name first."""
        text = self.doc.text
        out = []
        in_header = True
        for start, end in self.doc.sentences:
            tokens = tokenize(text, start, end)
            whole_line = text[start - 1 : start] in ("", "\n") and text[end : end + 1] in ("", "\n")
            headline = in_header and whole_line and len(tokens) <= _HEADLINE_WORDS and text[end - 1] not in ".!?"
            if len(tokens) > _HEADLINE_WORDS:
                in_header = False
            out.append(Sentence(start, end, tokens, [fold(t.text) for t in tokens], headline))
        return out

    def _is_visit_sentence(self, sentence: Sentence) -> bool:
        """A sentence with a word of visiting or hosting, and none saying the visit was called off
        ("Den planlagte udveksling med venskabsbyen Pskov er aflyst") or using the word in another sense
        ("the delegation of planning powers to officers", "Visit our website")."""
        if find_phrases(sentence.words, self.cues.cancelled) or find_phrases(sentence.words, self.cues.other_senses):
            return False
        # A word of visiting inside an organisation's name is part of the name: "the Galway Twinning
        # Association" reports no visit.
        visit_words = [k for k in find_phrases(sentence.words, self.cues.visit)
                       if not _inside(sentence.tokens[k], self.organisation_spans)] + self._compound_visits(sentence)
        return bool(visit_words or find_phrases(sentence.words, self.cues.host)
                    or find_split_phrases(sentence.words, self.cues.split_host)
                    or find_phrases(sentence.words, self.cues.visitor)
                    or find_split_phrases(sentence.words, self.cues.split_visitor)
                    or find_phrases(sentence.words, self.cues.return_visit))

    def _entities_in(self, sentence: Sentence) -> list[int]:
        return [i for i, e in enumerate(self.entities)
                if e.type in _SIDE_TYPES and sentence.start <= e.start < sentence.end]

    def _appositions(self) -> dict[int, int]:
        """A country right after a city describes the city ("Elektrenaì i Litauen", "Elverum (Norway)"), and so
        it does after a place name no record was found for ("Kristianssand i Norge")."""
        links: dict[int, int] = {}
        places = [i for i, e in enumerate(self.entities) if e.type in _PLACE_TYPES or e.type == "place"]
        for i, j in pairwise(places):
            a, b = self.entities[i], self.entities[j]
            gap = self.doc.text[a.end : b.start]
            if b.type == "country" and len(gap) <= 5 and (
                    (a.type == "city" and b.value == a.country_code) or a.type == "place"):
                links[j] = i
        return links

    def _countries_after_unknown_places(self) -> set[int]:
        """Countries after a capitalised word no entity covers and a preposition: "Kerava i Finland,
        Fjellvik i Norge og Trollhättan i Sverige" - the "i" says where a village lies, as after a known
        town (`_appositions`), not where anyone went."""
        found = set()
        tokens = self.doc.tokens
        for i, entity in enumerate(self.entities):
            if entity.type != "country":
                continue
            k = self.doc.token_index(entity.start)
            if k is None or k < 2 or tokens[k].start != entity.start:
                continue
            name, preposition = tokens[k - 2], tokens[k - 1]
            # ... a name, not a capitalised common noun: "Gegenbesuch in Frankreich" is a return visit to France.
            if (fold(preposition.text) in self.doc.profile.words("places", "destination") and name.text[:1].isupper()
                    and name.text[:1].isalpha() and "\n" not in self.doc.text[name.start : entity.start]
                    and not is_common_word(name.text, self.doc.profile)
                    and not is_dictionary_noun(name.text, self.doc.profile)
                    and not any(e.start <= name.start < e.end for e in self.entities)):
                found.add(i)
        return found

    def _own_cue(self, entity: Entity) -> str:
        org = self._organisation_around(entity) if entity.type in _PLACE_TYPES else None
        if org is not None and org.start < entity.start and self._whose_people(org):
            # A place inside the name of the organisation whose people are counted is where that organisation
            # is, whatever preposition the name holds: "pracowników Urzędu Miejskiego w Lidzbarku Warmińskim
            # odbyło staż w Norwegii" (employees of that town's office went abroad).
            return self._own_cue(org)
        if entity.cue == "origin":
            return VISITOR
        if entity.cue == "destination":
            return HOST
        word = entity.text.split()[-1].lower() if entity.text.split() else ""
        if any(self._case_ending(entity, word, s) for s in self.cues.origin_suffixes):
            return VISITOR
        if any(self._case_ending(entity, word, s) for s in self.cues.destination_suffixes):
            return HOST  # a locative: "Zviedrijā", "Vilkaviškio rajone", "Tukholmassa"
        if org is not None:
            return self._own_cue(org)  # a place inside an organisation's name is where it is: "Vilkaviškio rajone"
        return ""

    def _organisation_around(self, entity: Entity) -> Entity | None:
        """The organisation whose name holds the entity (names do not overlap, so there is one at most)."""
        return next((o for o in self.entities if o.type == "organisation" and o is not entity
                     and o.start <= entity.start and entity.end <= o.end), None)

    def _whose_people(self, organisation: Entity) -> bool:
        """Whether the organisation's name follows right after a word for the people counted ("pracowników")."""
        start, _end = self.doc.sentence_of(organisation.start)
        before = tokenize(self.doc.text, start, organisation.start)
        return bool(before) and fold(before[-1].text) in self.cues.people

    @staticmethod
    def _case_ending(entity: Entity, word: str, suffix: str) -> bool:
        """Whether the entity's last word ends in this case ending, not in letters of its own base form: Estonian
        "Pärnu linnavalitsust" is the partitive of "linnavalitsus" (visited the city government), not an
        elative in "-st" (from it), and "linnavalitsus" itself is no inessive in "-s"."""
        if not word.endswith(suffix) or len(word) <= len(suffix) + 2:
            return False
        base = entity.value.split()[-1].lower() if entity.type != "country" and entity.value.split() else ""
        # One letter at most beyond the base form: a Finnish illative doubles the stem's vowel ("koulu" ->
        # "kouluun"), still the case its ending says.
        return not (base and word.startswith(base) and len(word) - len(base) < min(len(suffix), 2))

    def _is_demonym(self, entity: Entity) -> bool:
        return entity.type == "country" and fold(entity.text) in self.cues.demonyms

    def _list_continues(self, previous: Entity, entity: Entity) -> bool:
        """Whether `entity` continues a list or phrase begun by `previous`: "Finland, Letland og Tjekkiet",
        "iš Vokietijos, Ahaus miesto", "fra kommuner i Finland" (a place inside a "from" phrase)."""
        gap = self.doc.text[previous.end : entity.start]
        words = [fold(w) for w in re.findall(r"\w+", gap)]
        if "\n" in gap or len(words) > 1 or not all(w in self.cues.conjunctions for w in words):
            return False
        return bool(words) or "," in gap  # "Paide Fredensborg Kommune" is no list: one ends, one begins

    def _narrows(self, previous: Entity, previous_index: int, i: int) -> bool:
        """A place or organisation right after a country, in that country, says where in it: "iš Švedijos
        Tranås savivaldybės" (from Sweden's Tranås municipality) - the "from" covers both. Two names of
        different countries side by side are not one phrase ("Paide Fredensborg Kommune")."""
        entity = self.entities[i]
        gap = self.doc.text[previous.end : entity.start]
        return (previous.type == "country" and not self._is_demonym(previous) and gap.strip() == ""
                and "\n" not in gap and entity.type != "country"
                and self._country_of(i) == self._country_of(previous_index) != "")

    def _lists(self, sentence: Sentence) -> dict[int, int]:
        """Entity index -> the size of the enumeration of same-type places it belongs to (3 or more)."""
        sizes: dict[int, int] = {}
        group: list[int] = []
        places = [i for i in self._entities_in(sentence) if self.entities[i].type in _PLACE_TYPES]
        for i in places:
            if group and (self.entities[group[-1]].type != self.entities[i].type
                          or not self._list_continues(self.entities[group[-1]], self.entities[i])):
                if len(group) >= 3:
                    sizes.update(dict.fromkeys(group, len(group)))
                group = []
            group.append(i)
        if len(group) >= 3:
            sizes.update(dict.fromkeys(group, len(group)))
        return sizes

    @staticmethod
    def _positions_before(sentence: Sentence, entity: Entity) -> list[int]:
        """The sentence's word positions before the entity."""
        return [k for k, t in enumerate(sentence.tokens) if t.end <= entity.start]

    def _origin_scope(self, sentence: Sentence, entity: Entity) -> bool:
        """A place after "in" that only says where the "from" noun is: "fra kommuner i Finland",
        "från kommunen Elektrenaì i Litauen", "fra Zespół Szkół Ekonomicznych i Kalisz" (from + a common noun,
        a few small words or an organisation's name + in + the place). A
        country after a name no entity covers ("fra Kristianssand i Norge") has no cue at all
        (`_countries_after_unknown_places`)."""
        before = self._positions_before(sentence, entity)
        if before and sentence.words[before[-1]] in self.cues.towards:
            return False  # "från socialtjänsten i Hudiksvalls kommun till Gdańsk": where they went
        origin = self.doc.profile.words("places", "origin")
        exceptions = self.doc.profile.setting("places", "origin_not_before", [])
        # The noun may be a phrase of small words: "fra helse- og omsorgssektoren i Alta kommune".
        for n in range(3, min(len(before), 6) + 1):
            origin_word, phrase = before[-n], before[-n + 1 : -1]
            if sentence.words[origin_word] in origin:
                in_name = [_inside(sentence.tokens[k], self.organisation_spans) for k in phrase]
                # More than one word only as one noun phrase: nouns joined ("helse- og omsorgssektoren") or an
                # organisation's name - not a noun and a verb ("från vänorterna samlas i Umeå").
                joined = len(phrase) == 1 or all(in_name) or any(sentence.words[k] in self.cues.conjunctions
                                                                  for k in phrase)
                return joined and all(sentence.tokens[k].text[:1].islower() or inside
                                      for k, inside in zip(phrase, in_name, strict=True)) and not any(
                    sentence.tokens[phrase[0]].text.lower().endswith(x) for x in exceptions)
        return False

    def _met_from(self, sentence: Sentence, entity: Entity) -> bool:
        """"From" after a verb of meeting and the people met: those are the hosts' ("the group met officials
        from Stirling Council", "träffade representanter från Region Gotland"), unless the people met are
        the guests ("met the delegation from Tartu")."""
        before = self._positions_before(sentence, entity)[-6:]
        origin = self.doc.profile.words("places", "origin")
        at = next((k for k in reversed(before) if sentence.words[k] in origin), None)
        if at is None:
            return False
        # "møtte blant annet representanter fra" (met, among others, representatives from): a few words between.
        window = range(max(0, at - 5), at)
        verb = next((k for k in reversed(window) if sentence.words[k] in self.cues.meeting), None)
        if verb is not None and any(w in self.cues.guests for w in sentence.words[:verb]):
            return True  # the guests met them: "Delegasjonen møtte representanter fra EU-kommisjonen"
        return self._meets_other_than_guests(sentence.words[window.start : at])

    def _met(self, sentence: Sentence, entity: Entity) -> bool:
        """Named right after a verb of meeting: whom the guests met, the hosts ("delegācija tikās ar Latvijas
        Pašvaldību savienības priekšsēdi", "spotkali się z prezydentem Rzeszowa"), unless the guests are the
        ones met ("the mayor met the delegation of Tartu")."""
        return self._meets_other_than_guests([sentence.words[k] for k in self._positions_before(sentence, entity)[-4:]])

    def _meets_other_than_guests(self, words: list[str]) -> bool:
        """A verb of meeting among the words, and no word for the guests after its last one."""
        met = [n for n, w in enumerate(words) if w in self.cues.meeting]
        return bool(met) and not any(w in self.cues.guests for w in words[met[-1] + 1 :])

    def _members_of(self, sentence: Sentence, entity: Entity) -> bool:
        """A place after "in" right after who the people are says whose they are, not where they went:
        "Tjue ansatte i Stavanger kommune var på studietur til Aberdeen" (twenty employees of Stavanger
        municipality). The language file lists such prepositions (`members_in`). Guests are no members of
        where they are: "Polske gjester i Kongsberg" (a word of visiting: `visit_words`); nor are people in a
        headline, which drops its verb: "Elever i Gdynia" (our pupils are in Gdynia)."""
        return not sentence.is_title and self._after_members_in(sentence, entity, self.cues.people - self.visit_words)

    def _official_of(self, sentence: Sentence, entity: Entity) -> bool:
        """A place after "in" right after a title says whose official it is, on whichever side: "Borgmästaren i
        Šiauliai på besök i Jönköping" (the mayor of Šiauliai), "kommunstyrelsens ordförande i Finspång"."""
        return self._after_members_in(sentence, entity, self.doc.profile.words("people", "titles"))

    def _after_members_in(self, sentence: Sentence, entity: Entity, nouns: frozenset[str]) -> bool:
        before = self._positions_before(sentence, entity)
        return (len(before) >= 2 and sentence.words[before[-1]] in self.doc.profile.words("places", "members_in")
                and sentence.words[before[-2]] in nouns)

    def _sentence_votes(self, sentence: Sentence, in_visit: bool) -> dict[int, Votes]:
        """Evidence a single sentence gives about the entities in it.

        Cue words count everywhere (less outside visit sentences); word order around verbs of hosting and
        visiting counts only in sentences about the visit.
        """
        votes: dict[int, Votes] = defaultdict(Votes)
        hosting, visiting = self._verbs(sentence)
        host_at = [sentence.offset_of(k) for k in hosting]
        visit_at = [sentence.offset_of(k) for k in visiting]
        previous: tuple[Entity, str, int] | None = None
        ordered_role = ""  # the side word order last gave an entity of this sentence
        together = {sentence.offset_of(k + len(p)) for p in self.cues.together
                    for k in find_phrases(sentence.words, (p,))}
        lists = self._lists(sentence)
        inverted = self._object_first(sentence, hosting, visit_at)
        split = self._split_verbs(sentence)
        cues: dict[int, str] = {}
        for i in self._entities_in(sentence):
            entity = self.entities[i]
            if self.links.get(i) in cues:
                # A country in apposition says where its town is ("Ogre in Lettland"): it shares the town's
                # side, whatever the town's side came from (its own preposition or the list it is in). Said with
                # "from", it says so of a town without a word of its own: "delegacje z partnerskich miast:
                # Kaliningradu z Rosji, Rovaniemi z Finlandii oraz Offenburga z Niemiec".
                cue = cues[self.links[i]]
                if not cue and entity.cue == "origin":
                    cue = cues[self.links[i]] = VISITOR
                    _add_cue_vote(votes, self.links[i], cue, self._weight(sentence, in_visit, lists, self.links[i]))
            else:
                source = self.entities[self.links[i]] if i in self.links else entity
                cue = "" if i in self.after_unknown_place else self._own_cue(source)
                if cue == HOST and (self._origin_scope(sentence, entity) or self._members_of(sentence, entity)):
                    cue = VISITOR
                elif cue == HOST and self._official_of(sentence, entity):
                    cue = ""
                elif cue == VISITOR and self._met_from(sentence, entity):
                    cue = HOST
                if not cue and previous and previous[1] and (self._list_continues(previous[0], entity)
                                                              or self._narrows(previous[0], previous[2], i)):
                    cue = previous[1]
            cues[i] = cue
            previous = (entity, cue, i)
            weight = self._weight(sentence, in_visit, lists, i)
            _add_cue_vote(votes, i, cue, weight)
            if self._nationality_of_guests(sentence, entity, cue):
                votes[i].add(VISITOR, 1.5 * weight)
                continue
            if cue or not in_visit:
                continue
            if self._met(sentence, entity):
                votes[i].add(HOST, 0.8 * weight)
                continue
            role = self._around_split_verb(entity, split) or self._by_word_order(sentence, entity, host_at, visit_at)
            if role and inverted:
                role = HOST if role == VISITOR else VISITOR
            if entity.start in together and ordered_role:
                # "X is hosting the visitors together with Mary Immaculate College": the college is on X's side,
                # whatever its place after the verb says.
                role = ordered_role
            if role:
                votes[i].add(role, (0.8 if host_at else 0.6) * weight)
                ordered_role = role
        # Genitives listed before one head noun share the case its ending gives: "Tarton, Klaipėdan ja Gdynian
        # kaupungeista" (from the cities of Tartu, Klaipėda and Gdynia) - the head holds the last one's cue.
        # The head is plural ("from the cities"), so each member weighs what the head's name weighs.
        places = [i for i in self._entities_in(sentence) if self.entities[i].type in _PLACE_TYPES]
        head_weight = 0.0  # of the head whose case the members read so far share
        for before, after in reversed(list(pairwise(places))):
            first, last = self.entities[before], self.entities[after]
            if not head_weight and (head := self._organisation_around(last)) is not None \
                    and head.start == last.start:
                head_weight = self._weight(sentence, in_visit, lists, self.entities.index(head))
            if not (cues.get(after) and head_weight and not cues.get(before) and first.type == last.type
                    and self._list_continues(first, last)):
                head_weight = 0.0
                continue
            cues[before] = cues[after]
            _add_cue_vote(votes, before, cues[before], head_weight)
        return votes

    @staticmethod
    def _weight(sentence: Sentence, in_visit: bool, lists: dict[int, int], i: int) -> float:
        """How much a sentence's word on an entity counts: a title doubly, a sentence beside the visit's by
        half. A long enumeration ("kommuner i Finland, Letland, Sverige, Tyskland ...") is background: a
        visit's side is one or two places, so each member of a list of three or more counts less."""
        return (2.0 if sentence.is_title else 1.0) * (1.0 if in_visit else 0.5) / lists.get(i, 1)

    def _split_verbs(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Offsets of each verb of hosting whose particle stands apart, and of its particle."""
        return [(sentence.offset_of(k), sentence.offset_of(particle))
                for k, particle in find_split_phrases(sentence.words, self.cues.split_host)]

    @staticmethod
    def _around_split_verb(entity: Entity, spans: list[tuple[int, int]]) -> str:
        """Between a verb of hosting and its particle stands the subject, the host ("tog Region Jönköpings län
        och Värnamo kommun emot åtta kommunchefer"); after the particle, the guests."""
        for verb, particle in spans:
            if verb < entity.start < particle:
                return HOST
            if entity.start > particle:
                return VISITOR
        return ""

    def _verbs(self, sentence: Sentence) -> tuple[list[int], list[int]]:
        """Word positions of the sentence's verbs of hosting and of visiting. Some verbs of hosting are also
        a guest's (`guest_verbs`): before a place preposition and a place they visit ("delegacja gościła w
        Norwegii": was a guest in Norway), while "gościła w ratuszu delegację" still hosts."""
        hosting = []
        visiting = [*find_phrases(sentence.words, self.cues.visitor),
                    *(k for k, _to in find_split_phrases(sentence.words, self.cues.split_visitor))]
        prepositions = self.doc.profile.words("places", "destination")
        places = {e.start for e in self.entities if e.type in _PLACE_TYPES}
        for k in sorted({*find_phrases(sentence.words, self.cues.host + self.cues.host_passive),
                         *(k for k, _particle in find_split_phrases(sentence.words, self.cues.split_host))}):
            as_guest = False
            if sentence.words[k] in self.cues.guest_verbs and k + 2 < len(sentence.words) \
                    and sentence.words[k + 1] in prepositions:
                # the place, perhaps after words that describe it: "w partnerskiej gminie Sauda"
                for token in sentence.tokens[k + 2 : k + 5]:
                    if token.start in places:
                        as_guest = True
                    if as_guest or not token.text[:1].islower():
                        break
            (visiting if as_guest else hosting).append(k)
        return hosting, sorted(visiting)

    def _object_first(self, sentence: Sentence, hosting: list[int], visit_at: list[int]) -> bool:
        """Whether the sentence names its object before its verb: the visitors before a verb of hosting
        ("Gości przyjął prezydent Olsztyna", "Delegatsiooni võttis vastu Tampere linnapea": the guests were
        received by the mayor), or the visited place before a verb of visiting ("Rakvere külastasid Soome
        sõbrad": Rakvere was visited by Finnish friends; "Båstad besökte en grupp från Litauen"). Free word
        order allows both; the guests' noun right before the hosting verb, or a "from" or the group's
        nationality after the visiting verb, tells (or a pronoun for the guests before the hosting verb: "viņus
        uzņēma Ščecinas ... direktors"). `hosting` holds the word positions of the verbs of
        hosting (`_verbs`), `visit_at` the offsets of the verbs of visiting."""
        if hosting:
            verb = hosting[0]
            # ... or the verb is a passive one, its agent after it: "The event was hosted by the City of Lublin".
            passive = any(tuple(sentence.words[verb : verb + len(p)]) == p for p in self.cues.host_passive)
            return passive or (verb > 0 and sentence.words[verb - 1] in self.cues.guests | self.cues.object_pronouns)
        if not visit_at:
            return False
        verb = visit_at[0]
        if self.doc.profile.setting("visits", "place_first_inverts", False) and any(
                self.entities[i].end <= verb and self._own_cue(self.entities[i]) == HOST
                for i in self._entities_in(sentence)) and not any(
                self._counts_people(w) or w in self.cues.guests
                for t, w in zip(sentence.tokens, sentence.words, strict=True) if t.start < verb):
            # Where word order is free, the place visited opening the sentence in its locative puts the visitors
            # after the verb: "Druskininkų savivaldybėje lankėsi Lenkijos Augustavo miesto burmistras" - unless
            # they stand before it, their noun the verb's subject: "Šauļu skolēni Valmierā ieradīsies".
            return True
        for i in self._entities_in(sentence):
            entity = self.entities[i]
            if entity.start <= verb:
                continue
            own = self._own_cue(entity)
            if own == VISITOR or (not own and self._nationality_of_guests(sentence, entity, own)):
                return any(self.entities[j].start < verb for j in self._entities_in(sentence))
        return False

    def _nationality_of_guests(self, sentence: Sentence, entity: Entity, cue: str) -> bool:
        """A country that says where the visiting group is from: a nationality word on it ("lettiska
        kollegor", "Poolse delegatie") or, without a cue of its own, a country's name right before the
        group's noun ("Švedijos delegacija")."""
        if self._is_demonym(entity) and self._near_guests(sentence, entity):
            return True
        if cue or entity.type not in ("country", "city", "organisation"):
            return False
        # A town's or organisation's name says whose group it is only before a word for a visiting group
        # ("Rakvere linnavalitsuse delegatsioon"), not before any word for people: "Borlänge pašvaldības
        # pārstāvji" (the host municipality's representatives) presented.
        nouns = self.cues.guests if entity.type == "country" else self.cues.guests & self.visit_words
        return self._names_the_guests(sentence, entity, nouns)

    def _by_word_order(self, sentence: Sentence, entity: Entity, host_at: list[int], visit_at: list[int]) -> str:
        """Subject and object of a verb of hosting or visiting, by position, near the verb only: what precedes
        "tar emot" hosts, what follows "besökte" is visited. Long sentences list much else besides."""
        verbs, before, after = (host_at, HOST, VISITOR) if host_at else (visit_at, VISITOR, HOST)
        if not verbs:
            return ""
        verb = verbs[0]
        distance = len(tokenize(self.doc.text, min(entity.end, verb), max(entity.start, verb)))
        if distance > _WORD_ORDER_WINDOW:
            return ""
        if entity.start > verb and self._subject_after_fronted_date(sentence, entity, verb):
            return before
        return before if entity.start < verb else after

    def _subject_after_fronted_date(self, sentence: Sentence, entity: Entity, verb: int) -> bool:
        """In verb-second languages a date opening the sentence puts the subject right after the verb:
        "Op dinsdag 4 juni ontving de gemeente Oss een delegatie", "Am Montag empfing die Stadt Kiel ...";
        the first name after the verb, with at most an article between, is then the subject - or the name
        of whose people they are, where a counted group opens the subject: "Den 3-4 april besökte sju
        ledamöter av Ålands lagting Region Gotland" (seven members of Åland's parliament visited Gotland)."""
        if not self.cues.articles:
            return False
        fronted = [e for e in self.entities if sentence.start <= e.start < verb and e.type in _SIDE_TYPES | {"date"}]
        if not fronted or any(e.type != "date" for e in fronted):
            return False
        first = next((e for e in self.entities if verb < e.start < sentence.end and e.type in _SIDE_TYPES), None)
        if first is None or first.start != entity.start:
            return False
        between = [w for t, w in zip(sentence.tokens, sentence.words, strict=True) if verb < t.start < entity.start]
        return (len(between) <= 2 and all(w in self.cues.articles for w in between)) or self._whose_group(between)

    def _whose_group(self, words: list[str]) -> bool:
        """Whether the words are a group of people and a preposition saying whose they are: "sju ledamöter
        av", "die zwölf Schüler des" ... (articles and a count before the word for the people)."""
        rest = list(itertools.dropwhile(lambda w: w in self.cues.articles or self._number(w) is not None, words))
        members_in = self.doc.profile.words("places", "members_in")
        return len(rest) == 2 and rest[0] in self.cues.people and rest[1] in members_in

    @staticmethod
    def _words_around(sentence: Sentence, entity: Entity, before: int, after: int) -> list[str]:
        """The sentence's `before` words before the entity and `after` words after it."""
        following = [w for t, w in zip(sentence.tokens, sentence.words, strict=True) if t.start >= entity.end]
        preceding = [w for t, w in zip(sentence.tokens, sentence.words, strict=True) if t.end <= entity.start]
        return following[:after] + (preceding[-before:] if before else [])

    def _near_guests(self, sentence: Sentence, entity: Entity) -> bool:
        """A nationality word on the visiting group or people counted as visitors: "lettiska kollegor",
        "przedstawicieli ukraińskich hromad", "Polske lærere på besøg".
        A verb between them parts them: in "Tartu linna delegatsioon külastas Soome sõpruslinna" (visited a
        Finnish twin town) "Soome" says what was visited."""
        following = [w for t, w in zip(sentence.tokens, sentence.words, strict=True) if t.start >= entity.end][:2]
        near = list(itertools.takewhile(lambda w: w not in self.verb_words, following))
        if self.doc.profile.setting("visits", "nationality_after_noun", False):
            # Where a nationality may follow its noun, only the noun right before it ("delegacja litewska"):
            # two words back is another phrase. Elsewhere a noun before it is no noun it describes: "koos kahe
            # ametnikuga Soome sõpruslinna" (with two officials, Finland's twin town).
            preceding = [w for t, w in zip(sentence.tokens, sentence.words, strict=True) if t.end <= entity.start]
            near += list(itertools.takewhile(lambda w: w not in self.verb_words, preceding[-1:]))
        return any(w in self.cues.guests or w in self.cues.participants for w in near)

    def _names_the_guests(self, sentence: Sentence, entity: Entity, nouns: frozenset[str]) -> bool:
        """A name right before the visiting group's noun says whose group it is: "Švedijos delegacija"
        (Sweden's delegation), "Soome sõbrad", "Igaunijas delegācija", "Rakvere linnavalitsuse kuueliikmeline
        delegatsioon" (the city government's six-member delegation: a count may stand between). Where a
        possessor follows the noun (`[visits] possessor_after_group`: Czech, Slovak, Polish, Ukrainian), a town
        or organisation before it is the sentence's object or subject: "navštívila Frýdek-Místek sedmičlenná
        delegace" (a delegation of seven visited Frýdek-Místek)."""
        if entity.type != "country" and self.doc.profile.setting("visits", "possessor_after_group", False):
            return False
        following = self._words_around(sentence, entity, 0, 2)
        if following[:1] and following[0] in nouns:
            return True
        count = self._compound_count(following[0]) or self._number(following[0]) if len(following) == 2 else None
        if count and count > 1 and following[1] in nouns:
            return True  # "een delegatie": "een" is an article
        if entity.type != "country":
            return False
        # A country, then the place in it whose group it is: "Estijos Viljandžio valsčiaus delegacija" (the
        # delegation of Estonia's Viljandi parish) - names and the words for a place's kind between.
        # Several places may be listed ("Läti Smiltene, Valka ja Alūksne omavalitsusjuhtide delegatsioon":
        # the delegation of the municipal heads of Latvia's Smiltene, Valka and Alūksne), and one word of
        # who they are may stand right before the noun.
        tokens = [t for t in sentence.tokens if t.start >= entity.end][:8]
        kinds = self.doc.profile.words("places", "place_nouns") | self.doc.profile.words("regions", "generic") \
            | self.doc.profile.words("organisations", "settlement_cues")
        for n, token in enumerate(tokens):
            key = fold(token.text)
            if key in nouns:
                return n > 0
            if n > 0 and key in self.cues.conjunctions:
                continue
            if n + 1 < len(tokens) and fold(tokens[n + 1].text) in nouns and token.text[:1].islower():
                continue  # "Norvēģijas pašvaldības delegācija": the delegation of a Norwegian municipality
            if not (token.text[:1].isupper() or key in kinds
                    or any(fold(lemma) in kinds for lemma in self.doc.lemmas(token))):
                return False
        return False

    # -- deciding sides ------------------------------------------------------------------------------------

    def _country_of(self, i: int) -> str:
        entity = self.entities[i]
        if entity.type == "country":
            return entity.value
        if entity.type in {"city", "region"}:
            return entity.country_code
        return self._org_country(i)

    def _places_inside(self, i: int) -> list[int]:
        org = self.entities[i]
        return [j for j, e in enumerate(self.entities)
                if e.type in {"city", "region"} and org.start <= e.start and e.end <= org.end]

    def _org_country(self, i: int) -> str:
        inside = self._places_inside(i)
        return self.entities[inside[0]].country_code if inside else ""

    def key(self, i: int) -> tuple[str, str]:
        entity = self.entities[i]
        return (entity.type, entity.value)

    def frame(self, sentences: list[Sentence], context: list[Sentence] | None = None) -> Frame:
        """Votes from the visit sentences, plus the cue words of the `context` sentences."""
        frame = Frame(sentences=sentences)
        chosen = {id(s) for s in sentences}
        for sentence in [*sentences, *[c for c in context or [] if id(c) not in chosen]]:
            for i, vote in self._sentence_votes(sentence, id(sentence) in chosen).items():
                frame.entity_votes[self.key(i)].host += vote.host
                frame.entity_votes[self.key(i)].visitor += vote.visitor
                country = self._country_of(i)
                if country:
                    frame.country_votes[country].host += vote.host
                    frame.country_votes[country].visitor += vote.visitor
        return frame

    def sides(self, frame: Frame, fill_home: bool = True) -> tuple[list[str], list[str]]:
        """Host and visitor countries, strongest first."""
        def net(c: str) -> float:
            return frame.country_votes[c].host - frame.country_votes[c].visitor

        hosts = sorted((c for c, v in frame.country_votes.items() if v.role == HOST), key=lambda c: -net(c))
        visitors = sorted((c for c, v in frame.country_votes.items() if v.role == VISITOR), key=net)
        # A visit is hosted in one country, as a rule: others qualify only with nearly as much evidence.
        if hosts:
            hosts = [c for c in hosts if net(c) >= 0.6 * net(hosts[0])]
        if visitors:
            visitors = [c for c in visitors if -net(c) >= 0.3 * -net(visitors[0])]
        # One side from the text, the other from the publisher: a local article about foreign guests hosts
        # them at home; one about a trip abroad sends its own people.
        if fill_home and not hosts and visitors:
            # Places named in the visit sentences without a cue of their own, outside the visitors' countries:
            # "Eisenstadt hatte ... Besuch aus der Partnerstadt Bad Kissingen".
            hosts = self._uncued_countries(frame, exclude=set(visitors))
        if fill_home and self.home:
            if not hosts and self.home not in visitors and (visitors or frame.entity_votes):
                hosts = [self.home]
            elif not visitors and hosts and self.home not in hosts:
                visitors = [self.home]
        if len(frame.country_votes) == 1 and (hosts or visitors) and not (hosts and visitors):
            country = (hosts or visitors)[0]
            if self._domestic(frame, country):
                hosts, visitors = [country], [country]  # a visit between two places of one country
        if fill_home and not visitors and hosts and self.home in hosts and self._placeless_visitors(frame):
            # Visiting organisations without a place in their names ("Järva vallavalitsuse delegatsioon
            # külastas ..."): a local paper's neighbours, of the same country.
            visitors = [self.home]
        if fill_home:
            # Delegations often come from two countries together; a visit is hosted in one, as a rule.
            visitors += self._coordinated(frame, visitors, exclude=set(hosts))
        return hosts, visitors

    def _coordinated(self, frame: Frame, side: list[str], exclude: set[str]) -> list[str]:
        """Countries joined by "and" to a country of the side in a visit sentence and not on the other
        side: "dalījās ar Latvijas un Lietuvas pieredzi" adds Lithuania to Latvia's side."""
        added: list[str] = []
        for sentence in frame.sentences:
            countries = [self.entities[i] for i in self._entities_in(sentence) if self.entities[i].type == "country"]
            for a, b in itertools.pairwise(countries):
                gap = [fold(w) for w in re.findall(r"\w+", self.doc.text[a.end : b.start])]
                if len(gap) != 1 or gap[0] not in self.cues.conjunctions:
                    continue
                for known, other in ((a.value, b.value), (b.value, a.value)):
                    if known in side and other not in side and other not in exclude and other not in added:
                        added.append(other)
        return added

    def _placeless_visitors(self, frame: Frame) -> bool:
        return any(kind == "organisation" and v.role == VISITOR and not self._country_of_key(kind, value)
                   for (kind, value), v in frame.entity_votes.items())

    def _uncued_countries(self, frame: Frame, exclude: set[str]) -> list[str]:
        counts: dict[str, int] = defaultdict(int)
        for sentence in frame.sentences:
            for i in self._entities_in(sentence):
                country = self._country_of(i)
                if country and country not in exclude and self.entities[i].type in {"city", "region"}:
                    counts[country] += 1
        return sorted(counts, key=lambda c: -counts[c])[:1]

    def entity_roles(self, frame: Frame, hosts: list[str], visitors: list[str]) -> dict[int, str]:
        roles: dict[int, str] = {}
        for i, entity in enumerate(self.entities):
            if entity.type not in _SIDE_TYPES:
                continue
            votes = frame.entity_votes.get(self.key(i))
            own = votes.role if votes else ""
            country = self._country_of(i)
            on_host, on_visitor = country in hosts, country in visitors
            if on_host != on_visitor and entity.type in {"city", "region"}:
                # A place is on its country's side; "i Mechelen" in a later paragraph does not move it.
                roles[i] = HOST if on_host else VISITOR
            elif own:
                # Where the country is on both sides (or unknown) the place's own evidence decides.
                if not country or (own == HOST and on_host) or (own == VISITOR and on_visitor):
                    roles[i] = own
            elif on_host != on_visitor and entity.type == "country" and not self._is_demonym(entity):
                roles[i] = HOST if on_host else VISITOR
        # Organisations stand where the places in their names stand.
        for i, entity in enumerate(self.entities):
            if entity.type == "organisation" and i not in roles:
                inside = [roles[j] for j in self._places_inside(i) if j in roles]
                if inside:
                    roles[i] = inside[0]
        return roles

    def _domestic(self, frame: Frame, country: str) -> bool:
        """Both sides in one country: places of that country with opposite evidence of their own."""
        roles = {v.role for (kind, value), v in frame.entity_votes.items()
                 if v.role and kind != "country" and self._country_of_key(kind, value) == country}
        return roles == {HOST, VISITOR}

    def _country_of_key(self, kind: str, value: str) -> str:
        for i, entity in enumerate(self.entities):
            if (entity.type, entity.value) == (kind, value):
                return self._country_of(i)
        return ""

    # -- fields --------------------------------------------------------------------------------------------

    def _in(self, entity: Entity, sentences: list[Sentence]) -> bool:
        return any(s.start <= entity.start < s.end for s in sentences)

    def _dateline(self, entity: Entity) -> bool:
        """The publication date printed at the top of the page ("15.09.2014, 15:20 Uhr", "date 2025-10-13")
        is not the visit's: a single date opening the text, or alone on a line of its own."""
        if entity.end_value:
            return False
        line_start = self.doc.text.rfind("\n", 0, entity.start) + 1
        line_end = self.doc.text.find("\n", entity.end)
        line = self.doc.text[line_start : line_end if line_end != -1 else len(self.doc.text)]
        opening = len(tokenize(self.doc.text, 0, entity.start)) <= 1
        return opening or len(tokenize(line)) - len(tokenize(entity.text)) <= 2

    def _dates(self, sentences: list[Sentence]) -> tuple[str, str, bool]:
        """Start, end, and whether the end was stated (rather than copied from a single day)."""
        dates = [e for e in self.entities if e.type == "date" and e.value and not self._dateline(e)]
        dated = [e for e in dates if len(e.value) >= 7]
        if not dated:
            # A year a plan gives dates no visit already made: "Bereits im Mai hatte eine Delegation ...
            # besucht. Die Oberbürgermeisterin will im Frühjahr 2026 nach Lettland reisen".
            years = [e for e in dates if len(e.value) == 4 and self._in(e, sentences) and not self._since(e)]
            if any(self._told_as_plan(e, sentences) for e in years) and not self._planned(sentences):
                years = [e for e in years if not self._told_as_plan(e, sentences)]
            return (years[0].value, "", False) if years else ("", "", False)

        def rank(e: Entity) -> tuple[int, int, int]:
            return (0 if self._in(e, sentences) else 1, 0 if e.end_value else 1, e.start)

        best = min(dated, key=rank)
        if best.end_value:
            return best.value, best.end_value, True
        if self._until(best):
            return "", best.value, True  # "bleiben bis zum 15. März": when they came, the text does not say
        # A later day the stay lasted until, told apart: "kom mandag den 7. oktober ... besøget, der varede til
        # og med torsdag den 10. oktober".
        ends = [e for e in dated if e is not best and not e.end_value and self._in(e, sentences) and self._until(e)
                and len(e.value) == len(best.value) and e.value > best.value]
        if ends:
            return best.value, ends[0].value, True
        last = self._until_weekday(best, sentences)
        if last:
            return best.value, last, True
        # A single day ("2019-11-03", "--11-03") is the stay's end too; a month ("2019-11") says no day.
        return best.value, (best.value if re.fullmatch(r"(\d{4}|-)-\d{2}-\d{2}", best.value) else ""), False

    def _until_weekday(self, start: Entity, sentences: list[Sentence]) -> str:
        """The day a stay that began on a known date lasted until, told by its weekday: "W czwartek 12
        września burmistrz przyjął delegację ... Goście przebywali w Głogówku do niedzieli" (until Sunday the
        15th) - the first such day after the start, within a week."""
        first = _day(start.value, 0) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", start.value) else None
        if first is None:
            return ""
        weekdays = self.doc.profile.weekdays
        for sentence in sentences:
            # Every "until" phrase counts, the longer ones too: "bis zum Sonntag" as well as "bis Sonntag".
            for phrase in self.cues.until:
                for k in find_phrases(sentence.words, (phrase,)):
                    after = k + len(phrase)
                    if after < len(sentence.words) and sentence.words[after] in weekdays:
                        ahead = (weekdays[sentence.words[after]] - first.weekday()) % 7 or 7
                        return (first + dt.timedelta(days=ahead)).isoformat()
        return ""

    def _told_as_plan(self, entity: Entity, sentences: list[Sentence]) -> bool:
        """Whether the sentence that holds the entity speaks of a plan."""
        return any(s.start <= entity.start < s.end and find_phrases(s.words, self.cues.planned) for s in sentences)

    def _until(self, entity: Entity) -> bool:
        """A single date the stay lasts until: an "until" word right before it ("bis zum 15. März", "do 5
        maja") or right after it ("15. maaliskuuta asti")."""
        first, last = self.doc.token_index(entity.start), self.doc.token_index(max(entity.start, entity.end - 1))
        if first is None or last is None:
            return False
        tokens = self.doc.tokens
        return (any(tuple(fold(t.text) for t in tokens[max(0, first - len(p)) : first]) == p for p in self.cues.until)
                or any(tuple(fold(t.text) for t in tokens[last + 1 : last + 1 + len(p)]) == p
                       for p in self.cues.until_after))

    def _since(self, entity: Entity) -> bool:
        """A year after "since" ("første gang siden 2015", "od 2015 roku") dates a beginning, not a visit."""
        first = self.doc.token_index(entity.start)
        return bool(first) and fold(self.doc.tokens[first - 1].text) in self.cues.since

    def _stated_duration(self, sentences: list[Sentence]) -> int | None:
        """A length of stay the visit sentences state, else one in the sentence right after one of them: at
        its opening ("Under två dagar fick de ta del av ...": the same guests, the same stay), or anywhere
        in it when it names a town of the visit sentences again ("Lærerne kom fra Olsztyn og var i Vejle i
        fem dage": the same stay)."""
        found = self._duration_in(sentences or self.sentences)
        if found is None and sentences:
            chosen = {id(s) for s in sentences}
            towns = {e.value for s in sentences for i in self._entities_in(s)
                     if (e := self.entities[i]).type == "city"}
            for a, b in pairwise(self.sentences):
                if id(a) in chosen and id(b) not in chosen:
                    again = any(self.entities[i].type == "city" and self.entities[i].value in towns
                                for i in self._entities_in(b))
                    found = self._duration_in([b], opening=None if again else _DURATION_OPENING)
                    if found is not None:
                        break
        return found

    def _duration_in(self, sentences: list[Sentence], opening: int | None = None) -> int | None:
        for sentence in sentences:
            for k, word in enumerate(sentence.words[:opening]):
                if _inside(sentence.tokens[k], self.date_spans):
                    continue  # a day's number inside a date is no length: "Spalio 24 dieną" is 24 October
                # By the word or its lemma: the list holds base forms ("tygodniowy" for "tygodniowego stażu").
                length = next((self.cues.duration_words[w] for w in (word, *self.doc.profile.lemmas(word))
                               if w in self.cues.duration_words), None)
                if length:
                    return length
                compact = re.match(r"^(\w+)-(\w+)$", word)  # "three-day", "2-day"
                if compact and compact.group(2) in self.cues.duration_units:
                    number = self._number(compact.group(1))
                    if number:
                        return number * self.cues.duration_units[compact.group(2)]
                if k + 1 < len(sentence.words) and sentence.words[k + 1] in self.cues.duration_units:
                    unit = self.cues.duration_units[sentence.words[k + 1]]
                    if word in self.cues.duration_numbers:
                        return self.cues.duration_numbers[word] * unit
                    number = self._number(word)
                    # "en dag" is any day as often as one day long; "en uge" (a week) is a length.
                    if number and (1 < number <= 31 or (number == 1 and unit > 1)):
                        return number * unit
        return None

    def _number(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.cues.number_words.get(word)

    def _participants(self, sentences: list[Sentence], anywhere: bool = True) -> int | None:
        """A count of visiting people: "27 pracowników", "åtta personer", "7-osobową", "six-person"; else
        the visitors the text names one by one ("delegacija – meras A, vedėja B ir seniūnas C")."""
        stated = self._stated_participants(sentences if not anywhere else self.sentences, sentences)
        return stated if stated is not None else self._named_visitors(sentences)

    def _named_visitors(self, sentences: list[Sentence]) -> int | None:
        for sentence in sentences:
            if sentence.is_title or find_phrases(sentence.words, self.cues.host):
                continue
            people = [e for e in self.entities if e.type == "person" and sentence.start <= e.start < sentence.end]
            if not people:
                continue
            visit_at = [sentence.offset_of(k) for k in find_phrases(sentence.words, self.cues.visitor)]
            listed = [k for k, w in enumerate(sentence.words) if w in self.cues.guests
                      and re.match(r"\s*[–—:-]", self.doc.text[sentence.tokens[k].end : sentence.tokens[k].end + 3])]
            if listed:
                after = sentence.tokens[listed[0]].end
                names = {e.value for e in people if e.start > after}
            elif visit_at:
                before = [e for e in people if e.end <= visit_at[0]]
                group = [t.start for t, w in zip(sentence.tokens, sentence.words, strict=True) if w in self.cues.guests]
                if before and any(g < before[0].start or before[-1].end <= g < visit_at[0] for g in group):
                    # "delegacija, vadovaujama mero Ramūno Godeliausko, lankėsi", "meras Eugenijus Sabutis su
                    # delegacija lankėsi": the group's leader, not all of it
                    continue
                names = {e.value for e in before}
            else:
                continue
            if names:
                return len(names)
        return None

    def _stated_participants(self, scan: list[Sentence], sentences: list[Sentence]) -> int | None:
        """The first count of people in the visit sentences (else anywhere in `scan`); counts joined by "and"
        add up: "fyra förtroendevalda och två tjänstepersoner" are six, "24 students and three teachers" 27."""
        candidates: list[tuple[int, int, int]] = []
        for sentence in scan:
            in_visit = sentence in sentences
            for k, token in enumerate(sentence.tokens):
                if self._in_date_or_sum(token):
                    continue
                counted = self._count_at(sentence, k) or self._count_after(sentence, k)
                if counted is None:
                    continue
                number, last = counted
                if any(w in self.cues.each for w in sentence.words[last + 1 : last + 4]):
                    continue  # "fem politikere fra hver af kommunernes venskabsbyer": five from each
                if any(w in self.cues.photo for w in sentence.words[max(0, k - 3) : k]):
                    continue  # a caption: "Wspólne zdjęcie ośmiu osób z delegacją" (hosts and guests in a picture)
                if any(w in self.cues.meeting for w in sentence.words[max(0, k - 3) : k]):
                    continue  # whom they met: "The guests met with two officials", "tapasivat kaksi virkamiestä"
                while last + 2 < len(sentence.words) and sentence.words[last + 1] in self.cues.conjunctions:
                    if (more := self._count_at(sentence, last + 2)) is not None:
                        number, last = number + more[0], more[1]
                    elif self._counts_people(sentence.words[last + 2]):
                        last += 2  # one count for both: "Zwölf Schülerinnen und Schüler sowie zwei Lehrkräfte"
                    else:
                        break
                if (k > 0 and sentence.words[k - 1] in self.cues.more) or (
                        k + 1 < len(sentence.words) and sentence.words[k + 1] in self.cues.more) or any(
                        tuple(sentence.words[k - len(p) : k]) == p for p in self.cues.together if k >= len(p)) or (
                        last + 1 < len(sentence.words) and sentence.words[last + 1] in self.cues.together_after):
                    # "meras Tadas Bartkus ir dar trys atstovai", "the mayor and three other councillors", "Mayor
                    # Anna Berg visited Tartu together with two officials", "vieraili Tartossa kahden virkamiehen
                    # kanssa" (with two officials): the people named before the count come on top of it.
                    number += len({e.value for e in self.entities if e.type == "person"
                                   and sentence.start <= e.start < token.start})
                else:
                    number += self._people_joined_before(sentence, k)
                if 1 < number < 1000 or (number == 1 and sentence.words[k].isdigit()):
                    candidates.append((0 if in_visit else 1, token.start, number))
        return min(candidates)[2] if candidates else None

    def _people_joined_before(self, sentence: Sentence, k: int) -> int:
        """How many named people a count is joined to by "and": "puheenjohtaja Joakim Strand ja neljä
        viranhaltijaa" (the chair and four officials) are five. Only people standing right before the
        conjunction, one after another with commas, conjunctions and titles between them ("Mayor Anna Berg,
        Councillor John Smith and three officials"), count."""
        if k < 1 or sentence.words[k - 1] not in self.cues.conjunctions:
            return 0
        edge = sentence.tokens[k - 1].start
        people = sorted((e for e in self.entities if e.type == "person" and sentence.start <= e.start < edge),
                        key=lambda e: e.start, reverse=True)
        titles = self.doc.profile.words("people", "titles")
        joined: set[str] = set()
        for person in people:
            gap = [fold(w) for w in self.doc.text[person.end : edge].replace(",", " , ").split()]
            if gap and not (joined and all(w == "," or w in self.cues.conjunctions or w in titles
                                           for w in gap)):
                break
            joined.add(person.value)
            edge = person.start
        return len(joined)

    def _in_date_or_sum(self, token: Token) -> bool:
        return _inside(token, self.date_spans) or _inside(token, self.sum_spans)

    def _count_at(self, sentence: Sentence, k: int) -> tuple[int, int] | None:
        """A count of people starting at word k, and the position of its last word: "27 pracowników",
        "7-osobową", "dwunastoosobowa", "five social workers"."""
        word = sentence.words[k]
        compact = re.match(r"^(\w+)-(\w+)$", word)
        if compact and self._number(compact.group(1)) and any(
            compact.group(2).startswith(p[:5]) for p in self.cues.participants
        ):
            return self._number(compact.group(1)), k  # type: ignore[return-value]
        if (counted := self._compound_count(word)) is not None:
            return counted, k
        if compact and compact.group(2) in self.cues.approximate_suffixes and k + 1 < len(sentence.words) \
                and self._counts_people(sentence.words[k + 1]) and (value := self._number(compact.group(1))):
            return value, k + 1
        value = self._number(word)
        nxt = sentence.words[k + 1 : k + 6]
        if not value or not nxt or self._ordinal(sentence, k):
            return None  # "4. vidusskolas skolēni": the pupils of School No. 4, not four of them
        if self._counts_people(nxt[0]):
            return value, k + 1
        for gap in (1, 2, 3, 4):
            # Up to four words describing who is counted: "27 pracowników", "five social workers", "8
            # socialinių paslaugų specialistai", "11 Bergenas un Stavangeras pašvaldību pārstāvjus"
            # (representatives of two towns' municipalities), "aštuoni Rokiškio rajono savivaldybės
            # administracijos specialistai" - but only one after "one", which is also the article ("en svensk
            # delegation").
            if (len(nxt) > gap and self._counts_people(nxt[gap])
                    and (word.isdigit() or gap == 1 or value > 1)
                    and all((w.isalpha() or self._ordinal(sentence, k + 1 + n)) and w not in self.cues.multipliers
                            and w not in self.cues.duration_units and w not in self._group_words
                            for n, w in enumerate(nxt[:gap]))):
                return value, k + 1 + gap
        return None

    @cached_property
    def _group_words(self) -> frozenset[str]:
        """Words for several groups: "dwie delegacje: przedstawiciele ..." counts delegations, not people."""
        return frozenset(p[0] for p in self.cues.several_groups if len(p) == 1)

    def _ordinal(self, sentence: Sentence, k: int) -> bool:
        """A number written with a full stop inside the sentence: an ordinal ("Ventspils 4. vidusskola")."""
        token = sentence.tokens[k]
        return token.text.isdigit() and self.doc.text[token.end : token.end + 1] == "." \
            and k + 1 < len(sentence.tokens)

    def _count_after(self, sentence: Sentence, k: int) -> tuple[int, int] | None:
        """A count told after who is counted: "Külalisi oli kaksteist", "Gości było 14" (a group word, words
        the language file lists, the number)."""
        if sentence.words[k] not in self.cues.people:
            return None
        for link in self.cues.count_after:
            at = k + 1 + len(link)
            if tuple(sentence.words[k + 1 : at]) == link and at < len(sentence.words):
                value = self._number(sentence.words[at])
                if value and self._count_ends_here(sentence, at + 1):
                    return value, at
        return None

    def _count_ends_here(self, sentence: Sentence, k: int) -> bool:
        """Whether a number told after its group ends the phrase at word k: the sentence ends, or a place's
        preposition, a conjunction or a verb of visiting follows ("A group of 30 from Gdynia", "en gruppe på 12
        fra Gdynia") - not a word for what else is counted ("a group of 5 municipalities"), nor one for people,
        which `_count_at` reads."""
        if k >= len(sentence.words):
            return True
        places = self.doc.profile.words("places", "origin") | self.doc.profile.words("places", "destination")
        word = sentence.words[k]
        return (word in places or word in self.cues.conjunctions or not word.isalpha()
                or k in find_phrases(sentence.words, self.cues.visitor + self.cues.visit))

    def _counts_people(self, word: str) -> bool:
        """A word for who is counted ("pracowników", "politiker"); in a language that writes compounds as
        one word, also a compound ending in one, with at least three letters before it ("linnaametnikku",
        "kommunpolitiker"): listing every compound is hopeless."""
        if word in self.cues.participants:
            return True
        return self.cues.compound_participants and any(
            word.endswith(p) and len(word) - len(p) >= 3 for p in self.cues.participants if len(p) >= 5)

    def _compound_count(self, word: str) -> int | None:
        """A count written into one word with what it counts: "zwanzigköpfige", "kümneliikmeline",
        "dwunastoosobowa", "kahdeksanhenkinen" (the language file lists the counted parts and the forms
        numbers take inside compounds)."""
        for part in self.cues.participant_compounds:
            at = word.find(part)
            if at > 0:
                head = word[:at].rstrip("-")
                number = self.cues.combining_numbers.get(head) or self._number(head)
                if number:
                    return number
        return None

    def _principal_organisations(self, values: list[str], sentences: list[Sentence]) -> list[str]:
        """The organisations that host or visit, not every museum, school or company on the programme:
        those named where the visit is stated (the title, the first sentence that reports it, and those
        saying by whom the guests were received) or named more than once.
        A side with a single organisation keeps it."""
        if len(values) <= 1:
            return values
        stating = [s for s in sentences if s.is_title][:1] + [s for s in sentences if not s.is_title][:1]
        # ... and those that say who hosted ("The twelve visitors were hosted by Cardiff Council and Swansea
        # Council")
        stating += [s for s in sentences if find_phrases(s.words, self.cues.host_passive)]
        mentions = [e for e in self.entities if e.type == "organisation"]
        return [v for v in values
                if sum(e.value == v for e in mentions) > 1
                or any(e.value == v and self._in(e, stating) for e in mentions)] or values[:1]

    def _belongs(self, entity: Entity, scope: list[Sentence] | None, elsewhere: list[Sentence]) -> bool:
        """Whether an article-wide detail (a person, a sum) belongs to a visit: inside its own sentences when
        it has some (`scope`: a return visit's), else anywhere but in the sentences of other visits."""
        if scope is not None:
            return self._in(entity, scope)
        return not self._in(entity, elsewhere)

    def _funding(self, scope: list[Sentence] | None, elsewhere: list[Sentence]) -> tuple[float | None, str]:
        """The sum tied to the visit: one in a sentence that speaks of the visit or trip, the nearest to those
        words ("The NOK 150,000 trip was funded by grants that have given €126 million since 2014"; "koszt
        samego wyjazdu wyniósł 56 tys. zł"), before a sum elsewhere (a town's budget); the largest among
        equals (a project's value beside its parts)."""
        sums = [e for e in self.entities if e.type == "money" and self._belongs(e, scope, elsewhere)]
        if not sums:
            return None, ""

        def rank(e: Entity) -> tuple[int, int, float]:
            sentence = next((s for s in self.sentences if s.start <= e.start < s.end), None)
            if sentence is None:
                return 1, 0, -float(e.amount)
            visit_at = [sentence.offset_of(k) for k in find_phrases(sentence.words, self.cues.visit)]
            if not visit_at:
                return 1, 0, -float(e.amount)
            words_apart = min(len(self.doc.text[min(e.start, v) : max(e.start, v)].split()) for v in visit_at)
            return 0, words_apart, -float(e.amount)

        best = min(sums, key=rank)
        return float(best.amount), best.currency

    def _planned(self, sentences: list[Sentence]) -> bool:
        """Planned, by the first sentences that report the visit; a title speaks only where no other
        sentence does (it may announce a planned return visit beside the one reported: "... och
        återbesök planerat")."""
        body = [s for s in sentences if not s.is_title]
        return any(find_phrases(s.words, self.cues.planned) for s in (body[:2] or sentences[:1]))

    def build(self, visit_id: str, frame: Frame, hosts: list[str], visitors: list[str], roles: dict[int, str],
              dates: tuple[str, str, bool] | None = None, elsewhere: list[Sentence] | None = None) -> Visit:
        """One visit from the evidence of its frame. A visit with dates of its own (a return visit, told in
        its own sentence) takes people and funding from that sentence only; the main visit takes them from
        anywhere but the sentences (`elsewhere`) that tell other visits alone."""
        host, visitor = VisitSide(countries=list(hosts)), VisitSide(countries=list(visitors))
        scope = frame.sentences if dates is not None else None
        others = elsewhere or []
        sentences = frame.sentences
        organisations = {HOST: [], VISITOR: []}
        for i in sorted(roles, key=lambda i: self.entities[i].start):
            entity = self.entities[i]
            side = host if roles[i] == HOST else visitor
            if entity.type == "city" and entity.value not in side.cities:
                side.cities.append(entity.value)
            elif entity.type == "organisation" and entity.value not in organisations[roles[i]]:
                organisations[roles[i]].append(entity.value)
        for role, side in ((HOST, host), (VISITOR, visitor)):
            side.organisations = self._principal_organisations(organisations[role], sentences)
        start, end, end_stated = dates if dates is not None else self._dates(sentences)
        days = _days_between(start, end) if end_stated else None
        stated = self._stated_duration(sentences)
        if days is None and stated:
            days = stated
            if not end_stated and end == start:
                end = ""  # one day of a longer stay was named, not its end
        elif days is None and start and end == start:
            days = 1
        evidence = next((s for s in sentences if not s.is_title), sentences[0] if sentences else None)
        funding, currency = self._funding(scope, others)
        people = sorted({e.value for e in self.entities if e.type == "person" and self._belongs(e, scope, others)})
        return Visit(
            visit_id=visit_id, article_id=self.article.article_id, host=host, visitor=visitor,
            start_date=start, end_date=end, duration_days=days,
            participants=self._participants(sentences, anywhere=dates is None),
            people=people, funding_amount=funding,
            funding_currency=currency, language=self.language, title=self.article.title,
            evidence=" ".join(self.doc.text[evidence.start : evidence.end].split())[:500] if evidence else "",
            status="planned" if self._planned(sentences) or self._after_publication(start) else "reported",
        )

    def _after_publication(self, start: str) -> bool:
        """A visit that starts after the article was published is still to come, whatever the verbs say
        ("Wizyta odbędzie się 12-14 maja" in an article of April). Compared at the precision the start is
        known to: "2019-11" is after a publication on 2019-10-15; a start with no year ("--05-12") says
        nothing."""
        published = parse_iso_day(self.article.published)
        if published is None or not start[:4].isdigit():
            return False
        return start > published.isoformat()[: len(start)]

    # -- visits --------------------------------------------------------------------------------------------

    def _dates_in(self, sentence: Sentence) -> list[Entity]:
        return [e for e in self.entities if e.type == "date" and sentence.start <= e.start < sentence.end]

    def _own_time(self, sentence: Sentence, main_start: str) -> bool:
        """Whether a sentence dates what it tells apart from the main visit: its own date, or "earlier",
        "last year", "a return visit"."""
        if any(e.value != main_start for e in self._dates_in(sentence)):
            return True
        return bool(find_phrases(sentence.words, self.cues.earlier)
                    or find_phrases(sentence.words, self.cues.return_visit))

    def _separate_visits(self, sentences: list[Sentence], hosts: list[str], visitors: list[str],
                         ) -> tuple[list[tuple[Sentence, list[str], list[str], bool]], list[Sentence]]:
        """Visit sentences that report another visit at a time of their own: the return visit (the
        direction reversed: "In 1990 vond een tegenbezoek plaats aan Swietochlowice") or the same visitors
        elsewhere ("för några veckor sedan var vi i Danmark"). Each with its hosts and visitors, and
        whether the whole sentence belongs to it (rather than also to the main visit). Then the sentences
        that only announce one of those visits again, which belong to no other."""
        main_start = self._dates(sentences)[0]
        separate = []
        by_plan: list[bool] = []  # whether each was told apart only by its words of a plan
        for sentence in sentences:
            if sentence.is_title:
                continue
            own_time = self._own_time(sentence, main_start)
            planned = not own_time and self._plan_after_report(sentence, sentences)
            if not (own_time or planned):
                continue
            before = len(separate)
            s_hosts, s_visitors = self.sides(self.frame([sentence]), fill_home=False)
            reverse = (bool(s_hosts) and set(s_hosts) <= set(visitors)) or (
                bool(s_visitors) and set(s_visitors) <= set(hosts) and not set(s_hosts) & set(hosts))
            elsewhere = [c for c in s_hosts if c not in hosts and c not in visitors]
            if reverse:
                own_visitors = s_visitors or [c for c in hosts if c not in s_hosts]
                separate.append((sentence, s_hosts or [c for c in visitors if c not in own_visitors],
                                 own_visitors, not self._dated_in_another_clause(sentence)))
            elif elsewhere and not set(s_visitors) & set(hosts):
                separate.append((sentence, elsewhere, s_visitors or visitors, len(elsewhere) == len(s_hosts)))
            elif not s_hosts and not s_visitors and hosts and visitors and self._return_visit_then(sentence):
                # "Ein Gegenbesuch ist für das Frühjahr 2025 geplant": the main visit the other way round.
                separate.append((sentence, list(visitors), list(hosts), True))
            by_plan += [planned] * (len(separate) - before)
        # A plan told beside a visit the same way that has a time of its own is that visit: "ihr kommendes
        # Treffen ... erwarten die Schwerter wieder finnische Musiker" announces the November visit.
        dated = {(tuple(h), tuple(v)) for (_s, h, v, _o), p in zip(separate, by_plan, strict=True) if not p}
        again = [p and (tuple(visit[1]), tuple(visit[2])) in dated for visit, p in zip(separate, by_plan, strict=True)]
        return ([visit for visit, a in zip(separate, again, strict=True) if not a],
                [visit[0] for visit, a in zip(separate, again, strict=True) if a])

    def _plan_after_report(self, sentence: Sentence, sentences: list[Sentence]) -> bool:
        """Whether the sentence tells a plan after the first of the visit's sentences reported a visit made:
        another time, whatever its month ("In October, Galway students will travel to Lorient")."""
        first = next((s for s in sentences if not s.is_title), None)
        return first is not None and sentence is not first and not find_phrases(first.words, self.cues.planned) \
            and bool(find_phrases(sentence.words, self.cues.planned))

    def _dated_in_another_clause(self, sentence: Sentence) -> bool:
        """Whether the sentence's dates stand in a clause apart from its words for another time: "Nachdem im
        vergangenen Jahr eine Delegation aus Châtellerault in Velbert zu Gast war, reist Bürgermeister ... vom
        5. bis 8. Oktober in die Partnerstadt" dates the main visit, and tells the earlier one in passing."""
        dates = self._dates_in(sentence)
        other_time = find_phrases(sentence.words, self.cues.earlier)
        if not dates or not other_time:
            return False

        def clause(offset: int) -> int:
            return self.doc.text.count(",", sentence.start, offset)

        earlier = {clause(sentence.offset_of(k)) for k in other_time}
        return all(clause(d.start) not in earlier for d in dates)

    def _return_visit_then(self, sentence: Sentence) -> bool:
        """A return visit named, at a time of its own: a date, a plan, "earlier" ("Ein Gegenbesuch ist für
        das Frühjahr 2025 geplant"), not "it was a return visit", which is the main visit itself."""
        named = find_phrases(sentence.words, self.cues.return_visit)
        other_time = set(find_phrases(sentence.words, self.cues.earlier)) - set(named)
        return bool(named) and bool(self._dates_in(sentence) or find_phrases(sentence.words, self.cues.planned)
                                    or other_time)

    def _twin_towns(self, frame: Frame, hosts: list[str]) -> list[str]:
        """The countries of the twin towns a visit sentence lists, where nothing else says who the guests are:
        "Hjørring Kommunes venskabsbyer er Kerava i Finland, Reykjanesbær på Island ..." before "Repræsentanter
        for de fire venskabsbyer kommer til Hjørring": the places after the word for twin towns, up to the next
        place of the hosts' country, that no cue or word order placed on a side."""
        countries: list[str] = []
        for sentence in frame.sentences:
            named = find_phrases(sentence.words, self.cues.twin_towns)
            if not named:
                continue
            after, listed = sentence.offset_of(named[0]), False
            for i in self._entities_in(sentence):
                entity, country = self.entities[i], self._country_of(i)
                if entity.start < after or entity.type not in ("city", "country") or not country:
                    continue
                if country in hosts:
                    if listed:
                        break  # the list has ended: the text is back at home ("Hjørring Kommune har desuden ...")
                    continue  # whose twin towns they are: "Die Partnerstädte von Kiel sind ..."
                listed = True
                if self.key(i) not in frame.entity_votes and country not in countries:
                    countries.append(country)
        return countries

    def _organisers_abroad(self, frame: Frame, hosts: list[str]) -> list[str]:
        """Where nothing else says who the guests are, the country of an organisation of another country that
        opens the sentence reporting the visit: "Latgale Planning Region invites local municipalities of the
        region to participate in experience exchange visit to Lithuanian municipalities"."""
        body = [s for s in frame.sentences if not s.is_title][:1]
        if not body:
            return []
        sentence = body[0]
        visit_at = find_phrases(sentence.words, self.cues.visit)
        if not visit_at:
            return []
        before = sentence.offset_of(visit_at[0])
        countries: list[str] = []
        for i in self._entities_in(sentence):
            entity, country = self.entities[i], self._org_country(i)
            if entity.type == "organisation" and entity.end <= before and country and country not in hosts \
                    and country not in countries:
                countries.append(country)
        return countries

    def _reports_guests(self, sentences: list[Sentence]) -> bool:
        """Whether the visit sentences speak of guests at all: a visit noun or verb of visiting, a word for
        the group, or a place someone came from. A verb of receiving alone is not enough - "przyjęli
        budżet", "priėmė sprendimą": councils receive (adopt) budgets too. Nor is a word for twin towns: "styrke
        samarbeidet med vennskapsbyen Inari" (to strengthen ties with the twin town) brings no one."""
        not_guests = set(self.cues.host) | set(self.cues.twin_towns)
        visiting = tuple(p for p in self.cues.visit if p not in not_guests)
        for sentence in sentences:
            if find_phrases(sentence.words, visiting) or find_phrases(sentence.words, self.cues.visitor) \
                    or self._travellers_between(sentence) or self._compound_visits(sentence):
                return True
            if any(w in self.cues.guests for w in sentence.words) or self._someone_comes_from(sentence):
                return True
        return False

    def _travellers_between(self, sentence: Sentence) -> bool:
        """A verb of coming and its "to" with the travellers between ("Nu kommer 18 polska elever och två
        lärare till Karlskrona"), not any words ("Vi kom fram till att ...": we concluded that)."""
        return any(w in self.cues.people for k, to in find_split_phrases(sentence.words, self.cues.split_visitor)
                   for w in sentence.words[k + 1 : to])

    def _compound_visits(self, sentence: Sentence) -> list[int]:
        """Where the sentence has a compound ending in a word for a visit, outside an organisation's name (a
        word of visiting there is part of the name: "the Galway Twinning Association")."""
        return [k for k in self.cues.compound_visit_at(sentence.words)
                if not _inside(sentence.tokens[k], self.organisation_spans)]

    def _guests_named(self, frame: Frame, hosts: list[str]) -> bool:
        """Whether the visit sentences name who visits, when no side of theirs is known: a word for the
        group ("delegacja", "Gäste"), a count of people, or a person or organisation not on the hosts' side
        ("Latgale Planning Region invites ... to an experience exchange visit"), but not the hosts' town's
        own official."""
        if any(w in self.cues.guests for s in frame.sentences for w in s.words):
            return True
        if self._stated_participants(frame.sentences, frame.sentences) is not None:
            return True
        votes = frame.entity_votes
        return any(e.type in ("person", "organisation") and self._in(e, frame.sentences)
                   and (self.key(i) not in votes or votes[self.key(i)].role != HOST)
                   and not self._hosts_own_official(i, votes, hosts)
                   for i, e in enumerate(self.entities))

    def _hosts_own_official(self, i: int, votes: dict[tuple[str, str], Votes], hosts: list[str]) -> bool:
        """A person named right after a town of the hosts' country that nothing places on the guests' side, as
        in a title ("Prezydent Olsztyna Robert Szewczyk odwiedził szpital w Olsztynie"): the town's own
        official at home, no guest."""
        person = self.entities[i]
        if person.type != "person":
            return False
        towns = [k for k, e in enumerate(self.entities) if e.type == "city" and e.end <= person.start
                 and self.doc.text[e.end : person.start].isspace()]
        return any(self._country_of(k) in hosts and (self.key(k) not in votes or votes[self.key(k)].role != VISITOR)
                   for k in towns)

    def _someone_comes_from(self, sentence: Sentence) -> bool:
        """A place or organisation in the sentence marked as where someone comes from ("z Norwegii")."""
        return any(self._own_cue(self.entities[i]) == VISITOR for i in self._entities_in(sentence))

    def _crowd_only(self, sentences: list[Sentence]) -> bool:
        """Whether the only guests are a crowd: thousands of people counted ("welcomed 45,000 visitors",
        "odwiedziło ponad 30 tysięcy osób") and no one said to come from anywhere but in the crowd's own
        sentence ("400 tysięcy turystów, w tym wielu gości z Niemiec") - a visitor count, not a visit."""
        people = self.cues.people
        thousands = {w for w, v in self.doc.profile.table("money", "multipliers").items() if float(v) >= 1000}
        crowd = False
        for sentence in sentences:
            counted = False
            for k, word in enumerate(sentence.words):
                if word not in people:
                    continue
                before = self.doc.text[sentence.tokens[max(0, k - 4)].start : sentence.tokens[k].start]
                if _CROWD.search(before) or (k >= 1 and sentence.words[k - 1] in thousands):
                    counted = True  # "45,000 visitors", "30 tysięcy osób"
            if not counted and self._someone_comes_from(sentence):
                return False
            crowd = crowd or counted
        return crowd

    def assemble(self) -> list[Visit]:
        sentences = [s for s in self.sentences if self._is_visit_sentence(s)]
        if not sentences or not self._reports_guests(sentences) or self._crowd_only(sentences):
            return []
        main = self.frame(sentences, context=self.sentences)
        hosts, visitors = self.sides(main)
        other_time = [s for s in sentences if not s.is_title
                      and (find_phrases(s.words, self.cues.earlier) or self._plan_after_report(s, sentences))]
        if other_time and (not hosts or not visitors or len(hosts) > 1):
            # Sides left open or doubled, with a sentence about another time ("a return visit is planned
            # next year") among the evidence: a reversed return visit can blur the main one. Without those
            # sentences, if that settles both sides.
            rest = [s for s in sentences if s not in other_time]
            narrowed = self.frame(rest, context=[s for s in self.sentences if s not in other_time])
            narrowed_hosts, narrowed_visitors = self.sides(narrowed)
            if rest and narrowed_hosts and narrowed_visitors:
                main, hosts, visitors = narrowed, narrowed_hosts, narrowed_visitors
        if hosts and not visitors:
            visitors = self._twin_towns(main, hosts) or self._organisers_abroad(main, hosts)
        if not (hosts or visitors):
            return []
        if not visitors and not self._guests_named(main, hosts):
            return []  # a place and a verb of visiting, but no one who visits: "Välkommen att besöka oss!"
        separate, announced_again = self._separate_visits(sentences, hosts, visitors)
        whole = [s for s, _h, _v, only in separate if only] + announced_again
        if whole:
            main = self.frame([s for s in sentences if s not in whole], context=self.sentences)
            hosts, visitors = self.sides(main)
        roles = self.entity_roles(main, hosts, visitors)
        delegations = self._delegations(main, visitors, roles)
        visits = []
        for k, country in enumerate(delegations or [""], start=1):
            own = {i: r for i, r in roles.items() if not country or r == HOST or self._country_of(i) == country}
            visit = self.build(f"{self.article.article_id}-v{k}", main, hosts, [country] if country else visitors,
                               own, elsewhere=whole)
            if country:
                self._delegation_details(visit, country, roles)
            visits.append(visit)
            for i, role in own.items():
                self.entities[i].role = role  # type: ignore[assignment]
                self.entities[i].visit_id = visit.visit_id
        for k, (sentence, s_hosts, s_visitors, only) in enumerate(separate, start=len(visits) + 1):
            frame = self.frame([sentence])
            s_roles = {i: r for i, r in self.entity_roles(frame, s_hosts, s_visitors).items()
                       if sentence.start <= self.entities[i].start < sentence.end}
            own_dates = self._dates_in(sentence)
            if not only:
                # A sentence that tells the main visit too ("Nachdem im vergangenen Jahr eine Delegation aus
                # Châtellerault in Velbert zu Gast war, reist ... vom 5. bis 8. Oktober"): its date and count
                # are the main visit's.
                own_dates = [d for d in own_dates if d.value != visits[0].start_date]
            first = own_dates[0] if own_dates else None
            dates = (first.value, first.end_value, bool(first.end_value)) if first else ("", "", False)
            visit = self.build(f"{self.article.article_id}-v{k}", frame, s_hosts, s_visitors, s_roles, dates)
            if not only and visit.participants == visits[0].participants:
                visit.participants = None
            _home_towns_of_a_return_visit(visit, visits[0])
            visits.append(visit)
            for i, role in s_roles.items():
                if i not in roles:
                    self.entities[i].role = role  # type: ignore[assignment]
                    self.entities[i].visit_id = visits[-1].visit_id
        return visits

    def _delegation_details(self, visit: Visit, country: str, roles: dict[int, str]) -> None:
        """One delegation's own count and dates, from the sentence that names its town: the count nearest
        to its town rather than another delegation's ("Från Klaipėda kom sex tjänstepersoner ..., och från
        Gdynia kom fyra politiker"), and the sentence's date when no other delegation's town shares it ("On
        Monday, 14 October, eight officials from Karlskrona ..."). A count of all the guests together
        belongs to no one delegation."""
        towns = self._visitor_towns(roles)
        own = sorted((i for i, c in towns.items() if c == country), key=lambda i: self.entities[i].start)
        visit.participants = None
        naming = [s for s in self.sentences if not s.is_title
                  and any(s.start <= self.entities[i].start < s.end for i in own)]
        if not naming:
            return
        # The first sentence naming the town with a count nearest to it: "Delegacja z Łucka liczyła sześć
        # osób" may come after the sentence that names both delegations.
        visit.participants = next((n for s in naming if (n := self._delegation_count(s, towns, country)) is not None),
                                  None)
        sentence = naming[0]
        at = self._town_positions(sentence, towns)
        if any(c != country for i, c in towns.items() if i in at):
            return  # the sentence tells of several delegations: its date is all of theirs
        dates = [e for e in self._dates_in(sentence) if e.value]
        if dates and dates[0].value != visit.start_date:
            visit.start_date, visit.end_date = dates[0].value, dates[0].end_value or dates[0].value
            visit.duration_days = _days_between(visit.start_date, visit.end_date)

    def _delegation_count(self, sentence: Sentence, towns: dict[int, str], country: str) -> int | None:
        """The count in the sentence whose nearest visitor town is of `country`."""
        at = self._town_positions(sentence, towns)
        if not at:
            return None
        for k, token in enumerate(sentence.tokens):
            if self._in_date_or_sum(token):
                continue  # "14 October 2024, eight officials": the year counts no one
            counted = self._count_at(sentence, k)
            if counted is None or counted[0] >= 1000:
                continue
            nearest = min(at, key=lambda i: min(abs(at[i] - k), abs(at[i] - counted[1])))
            if towns[nearest] == country:
                return counted[0]
        return None

    def _town_positions(self, sentence: Sentence, towns: dict[int, str]) -> dict[int, int]:
        """The towns (entity positions) the sentence names -> their word positions in it."""
        return {i: k for i in towns for k, t in enumerate(sentence.tokens) if t.start == self.entities[i].start}

    def _delegations(self, frame: Frame, visitors: list[str], roles: dict[int, str]) -> list[str]:
        """The visitor countries, when the visit sentences speak of several groups of guests ("Delegationen
        aus der französischen Partnerstadt Vire und aus dem polnischen Krotoszyn") and each country sends
        a town of its own: one visit per delegation. One group from two countries (a euroregion's, "a
        delegation from Latvia and Lithuania") stays one visit."""
        if len(visitors) < 2 or not any(find_phrases(s.words, self.cues.several_groups) for s in frame.sentences):
            return []
        countries = set(self._visitor_towns(roles).values())
        return list(visitors) if all(c in countries for c in visitors) else []

    def _visitor_towns(self, roles: dict[int, str]) -> dict[int, str]:
        """The visitors' towns (entity positions) and their countries."""
        return {i: self._country_of(i) for i, role in roles.items()
                if role == VISITOR and self.entities[i].type == "city"}


def _add_cue_vote(votes: dict[int, Votes], i: int, cue: str, weight: float) -> None:
    """A preposition's or case ending's vote for entity `i`: destination words are also the everyday "in",
    weaker evidence than "from". An entity without a cue gets no entry: having one means the sentence spoke
    of its side."""
    if cue == VISITOR:
        votes[i].add(VISITOR, weight)
    elif cue == HOST:
        votes[i].add(HOST, 0.6 * weight)


def _inside(token: Token, spans: list[tuple[int, int]]) -> bool:
    return any(start <= token.start < end for start, end in spans)


def _home_towns_of_a_return_visit(visit: Visit, main: Visit) -> None:
    """A return visit whose sentence names no town of one side: that side's people come from (or receive
    in) the main visit's principal town of the same country ("aus Finnland ... nach Schwerte gekommen"
    after a visit to Leppävirta). Where the main visit's side had several towns, which one is not known."""
    for side, main_side in ((visit.visitor, main.host), (visit.host, main.visitor)):
        if not side.cities and side.countries and set(side.countries) <= set(main_side.countries) \
                and len(main_side.cities) == 1:
            side.cities = list(main_side.cities)


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
