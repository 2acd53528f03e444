"""Stage 4: find entity mentions in the article's own language.

Recognisers: dates and money (grammars), countries (CLDR names and demonyms), people and organisations
(an NER backend chosen by configuration, plus the rule layer), and place candidates (NER places and
gazetteer matches). Overlaps are settled here; what each mention refers to is decided in normalise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from pipeline.config import Settings
from pipeline.extract.dates import find_dates
from pipeline.extract.doc import Doc
from pipeline.extract.money import find_money
from pipeline.extract.places import (
    MAX_PLACE_TOKENS,
    find_countries,
    find_misspelt_places,
    find_place_candidates,
    find_transliterated_places,
    known_keys,
    preposition_cue,
)
from pipeline.extract.regions import areas_around_places, find_regions, region_index
from pipeline.gazetteer import Gazetteer
from pipeline.gazetteer import load as load_gazetteer
from pipeline.langdata import LanguageProfile, is_common_word, load_profile
from pipeline.names import same_person
from pipeline.ner import NamedSpan, get_backend
from pipeline.ner.rules import first_names, is_cue, is_cue_word, is_first_name, is_title
from pipeline.records import DetectedArticle, Mention
from pipeline.text import Token, fold
from pipeline.timing import timed

_ROMAN = re.compile(r"^[IVXLCDM]+$")

_LABEL_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}


@dataclass
class ArticleMentions:
    detected: DetectedArticle
    doc: Doc
    mentions: list[Mention]


class _Span(Protocol):
    start: int
    end: int


def _overlaps(a: _Span, b: _Span) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(inner: _Span, outer: _Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


_BLOCKED: dict[str, frozenset[str]] = {}


def _blocked_words(doc: Doc) -> frozenset[str]:
    """Folded words that are never place names in this language: stop words, months, cue words, Europe,
    words for visitors."""
    profile = doc.profile
    if profile.code not in _BLOCKED:
        words = set(profile.words("stopwords", "capitalised"))
        words |= set(profile.months) | set(profile.weekdays)
        words |= profile.words("people", "titles") | profile.words("organisations", "cues")
        words |= profile.supranational
        # Words for the people who visit: "zwei Lehrer" are teachers, not the town of Lehre ("Berliner" is
        # Berlin's); nor does a model's span of them alone name anyone ("Schülerinnen", "Gäste").
        words |= profile.words("visits", "participants") | profile.words("visits", "guests")
        _BLOCKED[profile.code] = frozenset(words)
    return _BLOCKED[profile.code]


_VISIT_VERBS: dict[str, frozenset[str]] = {}


def _visit_verbs(profile: LanguageProfile) -> frozenset[str]:
    """The words of the language's verbs of visiting and hosting ("besøkte", "tok imot")."""
    if profile.code not in _VISIT_VERBS:
        phrases = profile.words("visits", "visitor") | profile.words("visits", "host")
        _VISIT_VERBS[profile.code] = frozenset(w for phrase in phrases for w in phrase.split())
    return _VISIT_VERBS[profile.code]


# Quotation marks around names in our languages ("„Ezeru zeme”", "«Nordlys»", "“Trans-Form”"); the
# apostrophes stay out, as they also sit inside names (O’Brien).
_QUOTE_MARKS = frozenset('„“”«»"')


def _plausible_model_span(doc: Doc, span: NamedSpan, confirmed: list[NamedSpan],
                          countries: tuple[Mention, ...] | list[Mention] = (),
                          full_names: tuple[str, ...] = ()) -> bool:
    """Whether to keep a span a model proposed. The small models guess names at capitalised sentence
    starts and in headings, and take towns for people or organisations; the rule layer and the
    gazetteer overrule them:

    - a span the rule layer also found (overlapping) stays;
    - a span made only of ordinary words ("Forfatter", "En kommune", "PLAN") or of words for people
      ("Schülerinnen") goes;
    - a person or organisation whose capitalised words are all known towns, regions or countries, without an
      organisation cue word ("Kerava", "Vilkaviškio rajone", "Norway", but not "Tromsø kommune"), goes:
      the place finders read it as the place it is; a lone first name that is also a town ("Riga") is
      the town unless the article names a person in full with it (`full_names`: the names given in full);
    - a heading in capitals ("TUKHOLMAN OPINTOMATKA"), a Roman numeral and a bare title go;
    - a person whose name opens with an ordinary word that is no first name ("Arena Grosvad") goes, and so
      does a one-word person that is neither a first name nor a word of a name the article gives in full
      (`full_names`): "Gastgeber", "Kaheksaliikmelist" are words the model did not know, "Grundowi" is
      Andreas Grund again;
    - a span across a line break (a title and the text below it) goes, and so does a person with a slash;
    - a span holding a lower-case verb of visiting or hosting ("De besøkte Hamar") goes;
    - a span with an odd number of quotation marks (half a quoted name) goes, and so does a person with
      a quotation mark or a digit (a project: "LLI-341 „Aging in Comfort").
    """
    if any(_overlaps(c, span) for c in confirmed):
        return True
    text = doc.text[span.start : span.end]
    if "\n" in text or (span.label == "PER" and "/" in text):
        return False  # a name does not run across a line break, and a person's has no slash ("Werder/Havel")
    quotes = sum(ch in _QUOTE_MARKS for ch in text)
    if quotes % 2 or (span.label == "PER" and (quotes or any(ch.isdigit() for ch in text))):
        return False  # half a quoted name ("LLI-386 “Trans-Form"), or a project taken for a person
    blocked = _blocked_words(doc)
    words = [t for t in doc.tokens_in(span.start, span.end) if t.text[:1].isalnum()]
    if not any(ch.isalpha() for ch in text):
        return False  # a number or a sign ("6", the rest of a heading cut at its full stop) names no one
    if not words or all(
        fold(t.text) in blocked or is_common_word(t.text, doc.profile) or is_common_word(t.text.title(), doc.profile)
        for t in words
    ):
        return False
    if len(words) == 1 and _ROMAN.match(words[0].text):
        return False
    if any(t.text[:1].islower() and fold(t.text) in _visit_verbs(doc.profile) for t in words):
        return False  # a verb of visiting or hosting is in no name: "De besøkte Hamar" (they visited Hamar)
    titles = doc.profile.words("people", "titles")
    if all(is_title(fold(t.text), titles) for t in words):
        return False  # a title names no one: "Arbeitskreisleiterin", "Vizebürgermeister"
    lettered = [t for t in words if t.text[:1].isalpha()]
    spelt_out = [t for t in lettered if len(t.text) > 1]  # initials ("H.C. Østerby") are capitals in any name
    if len(spelt_out) > 1 and 3 * sum(t.text.isupper() for t in spelt_out) >= 2 * len(spelt_out):
        return False  # mostly capitals: a heading
    capitalised = [t for t in words if t.text[:1].isupper()]
    # A first name is written with a capital: "de Gdańsks ordfører" (they ... Gdańsk's mayor) opens with none.
    opens_with_first_name = (bool(lettered) and lettered[0].text[:1].isupper()
                             and fold(lettered[0].text) in first_names()
                             and fold(lettered[0].text) not in doc.profile.words("people", "not_first_names"))
    if (span.label == "PER" and lettered and len(lettered[0].text) > 1 and not opens_with_first_name
            and any(len(t.text) > 1 and is_common_word(t.text, doc.profile) for t in lettered)):
        # A name that opens with no first name holds no ordinary word: "Arena Grosvad", "Bjalistokas
        # Tehnoloģiju" (of Białystok's technology park)
        return False
    if (span.label == "PER" and len(words) == 1 and not opens_with_first_name
            and not any(same_person(words[0].text, full) for full in full_names)):
        return False
    if span.label in ("PER", "ORG") and capitalised:
        gazetteer = load_gazetteer()

        regions = region_index(doc.profile, gazetteer)

        def known_place(token: Token) -> bool:
            # A country's, a town's or a region's name ("Rootsi Gotlandi": Sweden's Gotland)
            return (any(_inside(token, c) for c in countries) or bool(known_keys(doc, [token], gazetteer))
                    or regions.one_word_region(doc, token))

        cues = doc.profile.words("organisations", "cues")
        has_cue = any(is_cue_word(doc, t, cues) for t in words)
        # A first name saves "Rose Lindberg": many surnames are also towns somewhere.
        named_person = span.label == "PER" and opens_with_first_name and (
            len(lettered) > 1 or any(fold(lettered[0].text) == fold(full.split()[0]) for full in full_names))
        if all(known_place(t) for t in capitalised) and not has_cue and not named_person:
            return False
        if not has_cue and not named_person and _places_side_by_side(doc, words, gazetteer):
            return False  # two towns' names in a row: "aus Zielona Góra Landau besucht"
        if (fold(text) in gazetteer or (len(words) <= MAX_PLACE_TOKENS and known_keys(doc, words, gazetteer))) \
                and not has_cue and not named_person:
            # A town's whole name, words that are no towns on their own included: "Osterode am Harz", and in a
            # case form: "Zielona Góran varapormestari" (Zielona Góra's deputy mayor).
            return False
    return True


def _places_side_by_side(doc: Doc, words: list[Token], gazetteer: Gazetteer) -> bool:
    """Whether the words are two or more places' names one after another, each of one to three words
    ("Zielona Góra" + "Landau"): read greedily, longest name first."""
    i, names = 0, 0
    while i < len(words):
        length = next((n for n in (3, 2, 1) if i + n <= len(words) and known_keys(doc, words[i : i + n], gazetteer)), 0)
        if not length:
            return False
        i, names = i + length, names + 1
    return names >= 2


def split_at_sentences(doc: Doc, span: NamedSpan) -> list[NamedSpan]:
    """The parts of a model span in each sentence it touches. A model reading the whole article can run
    a name on past a full stop ("Eesti Rahva Muuseumiga. Koostööprojekti"); a name never crosses a
    sentence boundary, so each part stands alone (the plausibility check then judges it), without the
    full stop or other punctuation at its edges."""
    first, last = doc.sentence_of(span.start), doc.sentence_of(max(span.start, span.end - 1))
    if first == last:
        return [_without_full_stop(doc, span)]
    parts = []
    for start, end in doc.sentences:
        start, end = max(start, span.start), min(end, span.end)
        while start < end and not doc.text[start].isalnum():
            start += 1
        while end > start and not doc.text[end - 1].isalnum():
            end -= 1
        if start < end:
            parts.append(replace(span, start=start, end=end))
    # A single word opening the next sentence was only carried along ("Muuseumiga. Koostööprojekti").
    return [part for k, part in enumerate(parts) if k == 0 or len(doc.tokens_in(part.start, part.end)) > 1]


def _without_full_stop(doc: Doc, span: NamedSpan) -> NamedSpan:
    """A span without the full stop that ends its sentence ("w Olicie."), which a model may take along; an
    abbreviation's stop stays ("e.V.", "Sp. z o.o.", "Inc.")."""
    text = doc.text[span.start : span.end]
    last = re.split(r"[\s.]+", text.rstrip("."))[-1] if text.endswith(".") else ""
    if len(last) > 3 and last.isalpha() and not text.endswith(".."):
        return replace(span, end=span.end - 1)
    return span


def without_closing_preposition(doc: Doc, span: NamedSpan) -> NamedSpan:
    """A span without a preposition of place it ends in ("Liceum Ogólnokształcące aus" before "Gniezno"):
    a model may run a foreign name on into the word after it, but no name ends in "from" or "in"."""
    tokens = doc.tokens_in(span.start, span.end)
    prepositions = doc.profile.words("places", "origin") | doc.profile.words("places", "destination")
    if len(tokens) > 1 and tokens[-1].text[:1].islower() and fold(tokens[-1].text) in prepositions:
        return replace(span, end=tokens[-2].end)
    return span


def trim_sentence_opening(doc: Doc, span: NamedSpan) -> NamedSpan | None:
    """A model span without the ordinary word that opens its sentence ("Viesus uzņēma domes": "Guests
    were received by the council"), capitalised only because it comes first. If what is left opens with
    a small letter, the span was no name at all."""
    tokens = doc.tokens_in(span.start, span.end)
    first = doc.token_index(span.start)
    if len(tokens) < 2 or first not in doc.sentence_first_tokens or not is_common_word(tokens[0].text, doc.profile):
        return span
    if is_cue_word(doc, tokens[0], doc.profile.words("organisations", "cues")) or fold(tokens[0].text) in first_names():
        return span  # "Gemeente Heiloo", "Rose Lindberg": the opening word belongs to the name
    if not tokens[1].text[:1].isupper():
        return None
    return replace(span, start=tokens[1].start)


def person_or_organisation(doc: Doc, span: NamedSpan) -> NamedSpan:
    """A model's person holding an organisation cue word is an organisation: "Erhvervsakademi Lillebælt"
    (an academy), "Vejle Sygehus"."""
    if span.label != "PER":
        return span
    cues = doc.profile.words("organisations", "cues")
    capitalises_nouns = bool(doc.profile.setting("organisations", "capitalises_nouns", False))
    if any(is_cue(doc, t, cues, capitalises_nouns) for t in doc.tokens_in(span.start, span.end)):
        return replace(span, label="ORG")
    return span


def _longer_person(span: NamedSpan, rule_spans: list[NamedSpan]) -> NamedSpan:
    """A model's person the rule layer reads on by more words from the same first name: "Marte Mjøs Persen"
    (a name of three words, the model's ending at "Mjøs")."""
    if span.label != "PER":
        return span
    return next((r for r in rule_spans if r.label == "PER" and r.start == span.start and r.end > span.end), span)


def _named_mentions(doc: Doc, spans: list[NamedSpan]) -> list[Mention]:
    gazetteer = load_gazetteer()
    settlement_cues = doc.profile.words("organisations", "settlement_cues")
    mentions = []
    for span in spans:
        kind = _LABEL_TYPES.get(span.label)
        if kind is None:
            continue
        text = doc.text[span.start : span.end]
        # The preposition before a place says which side it is on; before an organisation only "from" does,
        # and only for a town's own body ("fra Alstahaug kommune", "z Urzędu Miasta"): "in" before one names
        # where the guests went ("im Historischen Ratssaal"), as often a venue as the host, and "from" before
        # others whose money or views ("finansowanego z Programu", "Oppositionen från Moderaterna").
        # "From" after a word for people says whose people they are, whatever the body: "students from
        # University College Lillebaelt".
        first = doc.token_index(span.start)
        cue = preposition_cue(doc, first) if first is not None and kind in ("place", "organisation") else ""
        if kind == "organisation" and (cue != "origin" or not (any(
                is_cue_word(doc, t, settlement_cues) for t in doc.tokens_in(span.start, span.end))
                or _after_people_from(doc, first))):
            cue = ""
        if kind == "place":
            keys = known_keys(doc, doc.tokens_in(span.start, span.end), gazetteer)
            mentions.append(Mention("place", span.start, span.end, text, span.source, keys=keys, cue=cue))
        else:
            mentions.append(Mention(kind, span.start, span.end, text, span.source, cue=cue))  # type: ignore[arg-type]
    return mentions


def _after_people_from(doc: Doc, first: int | None) -> bool:
    """Whether the words right before the token are a word for people and a preposition of origin."""
    before = doc.previous_words(first, 2) if first is not None else []
    people = doc.profile.words("visits", "participants") | doc.profile.words("visits", "guests")
    return len(before) == 2 and before[0] in people and before[1] in doc.profile.words("places", "origin")


def settle_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep one reading of each stretch of text.

    Dates and sums win over names; of two overlapping people or organisations the longer wins; a place
    or country inside an organisation's name stays (Båstad in "Båstads kommun" is still a place), one
    inside a person's name does not. A person inside a longer place name is part of the place ("Wielka"
    in "Polanka Wielka"): no person's name holds a town's.
    """
    # A person named inside an organisation's name is part of it, and so is a place inside that person's name:
    # "Stanisława" in "Zespół Szkół im. Stanisława Staszica" is no Stanisławów.
    named_inside = [m for m in mentions if m.type == "person"
                    and any(o.type == "organisation" and _inside(m, o) for o in mentions)]
    mentions = [m for m in mentions if not (m.type in {"place", "region", "country"}
                                            and any(_inside(m, p) for p in named_inside))]
    places = [m for m in mentions if m.type in {"place", "region"}]
    mentions = [m for m in mentions if not (m.type == "person" and any(
        _inside(m, p) and p.end - p.start > m.end - m.start for p in places))]
    # A model's place that is gazetteer towns plus lower-case words ("Saue vald": the parish of Saue) is
    # the town: the common noun only says what kind of place it is. Two towns the model read as one name
    # ("Schwedtissä Brandenburgissa": in Schwedt in Brandenburg) are the two.
    towns = [m for m in mentions if m.type == "place" and m.source == "gazetteer"]
    # A town's longer name holds its region's: "Brandenburg an der Havel" is the town.
    mentions = [m for m in mentions if not (m.type == "region" and any(
        _inside(m, t) and t.end - t.start > m.end - m.start for t in towns))]
    mentions = [m for m in mentions if not (m.type == "place" and m.source != "gazetteer"
                                            and _towns_and_common_nouns(m, towns))]
    by_priority = sorted(mentions, key=lambda m: (_PRIORITY[m.type], -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for mention in by_priority:
        conflict = False
        for other in kept:
            if not _overlaps(mention, other):
                continue
            nested_place = mention.type in {"place", "region", "country"} and other.type == "organisation"
            if nested_place and _inside(mention, other) and not _surname_in(mention, other):
                continue
            if mention.type == "organisation" and other.type in {"date", "money"} and not _inside(mention, other):
                continue  # "Expo 2020" holds a date; "EUR" inside "449 029,21 EUR" is no organisation
            conflict = True
            break
        if not conflict:
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _surname_in(place: Mention, organisation: Mention) -> bool:
    """A one-word place right after a first name inside an organisation's name is that person's surname:
    "Robert Gordon University", "Fundacja im. Stefana Batorego"."""
    before = organisation.text[: place.start - organisation.start].split()
    return (" " not in place.text.strip() and bool(before) and len(before[-1]) > 2 and before[-1][:1].isupper()
            and is_first_name(before[-1]))


def _towns_and_common_nouns(place: Mention, towns: list[Mention]) -> bool:
    """Whether a place's name is shorter towns' names and lower-case words only, the towns' names not
    overlapping and none of them the whole name."""
    inside = sorted((t for t in towns if _inside(t, place) and (t.start, t.end) != (place.start, place.end)),
                    key=lambda t: (t.start, -t.end))
    rest, last_end = [], place.start
    for town in inside:
        if town.start < last_end:
            return False
        rest.append(place.text[last_end - place.start: town.start - place.start])
        last_end = town.end
    rest.append(place.text[last_end - place.start:])
    words = " ".join(rest).split()
    return bool(inside) and (len(inside) > 1 or bool(words)) and all(w[:1].islower() for w in words)


_PRIORITY = {"date": 0, "money": 0, "organisation": 1, "person": 2, "country": 3, "region": 4, "place": 5}


def find_entities(detected: DetectedArticle, settings: Settings) -> ArticleMentions:
    language = detected.language
    profile = load_profile(language or "xx")
    doc = Doc(detected.clean.masked, language, profile, published=detected.article.published)
    mentions: list[Mention] = []
    with timed("entities.dates"):
        mentions += find_dates(doc)
    with timed("entities.money"):
        mentions += find_money(doc)
    with timed("entities.countries"):
        mentions += find_countries(doc)
    with timed("entities.ner"):
        backend = get_backend(settings.ner_for(language or "xx"), language or "xx")
        spans = backend.find(doc)
        if backend.name != "rules":
            spans = [person_or_organisation(doc, trimmed) for span in spans for part in split_at_sentences(doc, span)
                     if (trimmed := trim_sentence_opening(doc, without_closing_preposition(doc, part))) is not None]
            rule_spans = get_backend("rules", language or "xx").find(doc)
            countries = [m for m in mentions if m.type == "country"]
            full_names = tuple(text for s in (*spans, *rule_spans) if s.label == "PER"
                               and len((text := doc.text[s.start : s.end]).split()) > 1)
            spans = [s for s in spans if _plausible_model_span(doc, s, rule_spans, countries, full_names)]
            if settings.rules_layer == "fill":
                spans = [_longer_person(s, rule_spans) for s in spans]
                spans += [r for r in rule_spans if not any(_overlaps(r, s) for s in spans)]
            elif settings.rules_layer == "lead":
                spans = rule_spans + [s for s in spans if not any(_overlaps(s, r) for r in rule_spans)]
            elif settings.rules_layer == "union":
                spans += rule_spans
    with timed("entities.places"):
        mentions += _named_mentions(doc, spans)
        gazetteer = load_gazetteer()
        mentions += find_regions(doc, gazetteer)
        mentions += find_place_candidates(doc, gazetteer, _blocked_words(doc))
        named = {m.label_hint for m in mentions if m.type == "country"} | ({profile.country} - {""})
        mentions += find_misspelt_places(doc, gazetteer, mentions, named)
        mentions += find_transliterated_places(doc, gazetteer, mentions, named)
        mentions = areas_around_places(doc, mentions, gazetteer)
    # A name the NER calls a place but the country list knows is a country: keep the country reading.
    countries = {(m.start, m.end) for m in mentions if m.type == "country"}
    mentions = [m for m in mentions if not (m.type == "place" and (m.start, m.end) in countries)]
    return ArticleMentions(detected, doc, settle_overlaps(_dedupe(mentions)))


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: dict[tuple[str, int, int], Mention] = {}
    for mention in mentions:
        key = (mention.type, mention.start, mention.end)
        if key in seen and mention.type == "place":
            merged = tuple(dict.fromkeys(seen[key].keys + mention.keys))
            seen[key] = replace(mention, keys=merged, source=f"{seen[key].source}+{mention.source}")
        else:
            seen.setdefault(key, mention)
    return list(seen.values())
