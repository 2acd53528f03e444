"""Place resolution: from a place mention to one GeoNames record, or to nothing.

Every candidate record a mention's keys reach is scored on evidence a reader would use: how big the
place is, whether its country is named in the article or is the language's own, whether other places of
the article lie in the same country, how directly the text names it (as written, lemmatised, or with a
case ending undone; by the record's own name or one of its alternate names), whether a model or a
preposition says it is a place, and whether the word is just a common word of the language written with
a capital ("Men", "Dom", "Peer", "Arena").
The best record wins if its score clears the threshold; the margin over it becomes the confidence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

from pipeline.gazetteer import Gazetteer, Place, continents
from pipeline.langdata import LanguageProfile, is_common_word, is_dictionary_noun
from pipeline.records import Mention
from pipeline.text import fold, without_possessive

ACCEPT_SCORE = 2.5
# Below this confidence (two records nearly as likely) a mention stays unresolved rather than risk the
# wrong town: a model's place becomes an entity of type "place" without a record, a bare gazetteer match
# is dropped.
MIN_CONFIDENCE = 0.55
# A common word the text writes as a name may be a town of at least this many people ("Limerick", "Reading",
# "Bath"); smaller towns named like words ("Arena", "Peer", "Men") stay words.
_NAMED_TOWN_POPULATION = 50_000
# How a mention may match a record, best first.
_READINGS = ("exact", "inflected", "misspelt", "foreign")
# Held against a town reached by another name where the text writes a European town's own name: "Verden" is
# Verden's name, and only an old or foreign name of the larger Woerden and Verdun.
_OTHER_NAME = 0.4
# A qualifier GeoNames keeps in a town's name ("Halle (Saale)", "Frankfurt/Oder"): the name before it is its own.
_NAME_QUALIFIER = re.compile(r"\s*\([^()]*\)$|/[^/]*$")
# Below this a town is a village: one whose name, matched by chance, may well be an ordinary word.
_VILLAGE_POPULATION = 10_000
# Held against a town whose country the article never names where the text names another country for it.
_STATED_ELSEWHERE = 1.5


@dataclass(frozen=True)
class Support:
    """What the article's other, confidently resolved places say: their countries and admin regions."""

    countries: frozenset[str] = frozenset()
    regions: frozenset[tuple[str, str]] = frozenset()
    stated: str = ""  # the country named right after the mention: "Łucka na Ukrainie", "Mechelen (Belgium)"
    # The language's word for "city" follows ("Львівської міської ради"): a town's adjective there names the
    # town, though the dictionary knows it as an ordinary adjective.
    town_word: bool = False
    # The text writes the mention's word with a capital inside sentences of ordinary text, and never in lower
    # case ("visited Limerick from 6 to 8 November", "Mayor of Limerick"): a name to this writer, though
    # the dictionary knows a limerick. Set only where a capital says so (not in German, which capitalises
    # every noun).
    written_as_name: bool = False
    # A word for a visiting group follows ("Tarton valtuuskunta", "Rīgas delegācija"): whose group it is - a
    # place's name, more likely than not.
    group_word: bool = False


@dataclass(frozen=True)
class Resolution:
    place: Place
    score: float
    confidence: float


@lru_cache(maxsize=64)
def written_letters(language: str) -> frozenset[str]:
    """The letters beyond ASCII a language writes in its own words: those in at least five of CLDR's names of
    countries and languages in it (fewer are foreign names: "Curaçao", "Réunion"). Finnish: ä, š, ž."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    counts = Counter(ch for name in (*locale.territories.values(), *locale.languages.values())
                     for ch in set(name.lower()) if ch.isalpha() and not ch.isascii())
    return frozenset(ch for ch, n in counts.items() if n >= 5)


# CLDR's data in a language that holds its words: names of countries, languages, scripts, months, days, currencies,
# units and date fields.
_CLDR_WORDS = ("territories", "languages", "scripts", "months", "days", "currency_names", "currency_names_plural",
               "unit_display_names", "unit_patterns", "date_fields")


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _strings(item)
    elif hasattr(data, "values"):
        for item in data.values():
            yield from _strings(item)


@lru_cache(maxsize=64)
def alphabet(language: str) -> frozenset[str]:
    """The letters beyond ASCII a language writes, by CLDR's words in it (`_CLDR_WORDS`; a letter in at least
    five of them): Lithuanian ą č ė ę į š ū ų ž, Polish ó ą ć ę ł ń ś ź ż. Wider than `written_letters`, which
    reads names only. Latin letters only (the units' Greek "μ" is none): a language written in another script
    has none, and then nothing is held against its country's towns (`_letters_foreign_to`)."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    counts = Counter(ch for key in _CLDR_WORDS for text in _strings(locale._data[key])
                     for ch in set(text.lower()) if ch.isalpha() and not ch.isascii())
    return frozenset(ch for ch, n in counts.items() if n >= 5 and unicodedata.name(ch, "").startswith("LATIN"))


@lru_cache(maxsize=256)
def country_letters(iso: str) -> frozenset[str]:
    """The letters beyond ASCII the official languages of a country write (`alphabet`)."""
    return frozenset().union(*(alphabet(code) for code in (get_official_languages(iso) if iso else ())))


def _letters_foreign_to(written: str, place: Place) -> bool:
    """Whether a mention puts a diacritic where the record's name has a plain letter, one its country's
    languages do not write ("Frýdek" for the Polish Frydek). A diacritic for another ("Gižycko" in Lithuanian
    for Giżycko) is a writer's own spelling of that very name; and a country whose letters babel does not know
    holds nothing against its towns."""
    letters = country_letters(place.country_code)
    name = place.name.lower()
    if not letters or len(name) != len(written):
        return False
    pairs = list(zip(written, name, strict=True))
    if any(not n.isascii() and n != w for w, n in pairs):
        return False  # the name's own diacritics lost or changed: a text garbled ("Elektrenaì") or transcribed
    return any(not w.isascii() and w.isalpha() and n.isascii() and w not in letters for w, n in pairs)


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer, profile: LanguageProfile, article_countries: set[str]) -> None:
        self.gazetteer = gazetteer
        self.profile = profile
        self.article_countries = article_countries
        self.home = profile.country
        # A mention's candidates depend on its text and keys alone; the article's places are resolved twice.
        self._candidates: dict[tuple[str, tuple[str, ...]], list[tuple[Place, str]]] = {}

    def candidates(self, mention: Mention) -> list[tuple[Place, str]]:
        memo_key = (mention.text, mention.keys)
        if memo_key not in self._candidates:
            self._candidates[memo_key] = self._find_candidates(mention)
        return self._candidates[memo_key]

    def _find_candidates(self, mention: Mention) -> list[tuple[Place, str]]:
        # A possessive written with an apostrophe names the town as it is ("Galway's"): no case ending to guess.
        written = without_possessive(mention.text.strip()).lower()
        surface = fold(written)
        seen: dict[int, tuple[Place, str]] = {}
        for key in mention.keys:
            for place in self.gazetteer.lookup(key):
                how = "exact" if key == surface else "inflected"
                if how == "exact" and fold(place.name) == surface \
                        and set(place.name.lower()) - set(written) & written_letters(self.profile.code):
                    # The town's own name but for letters the language writes: folding made Finnish "Lahden"
                    # (Lahti's genitive) the German village Lähden; a Finnish text would have written its "ä".
                    # An English one writing "Malmo" for Malmö has no "ö" to write.
                    how = "misspelt"
                elif how == "exact" and fold(place.name) == surface and _letters_foreign_to(written, place):
                    # ... and, the other way, letters the town's country does not write: "zámek Frýdek" in a
                    # Czech text is no Polish village Frydek, whose name no Pole writes with "ý".
                    how = "foreign"
                # The best reading of a record counts: "Kauņas" is Kaunas written with a letter Lithuanian does
                # not write, but also the Latvian name Kauņa in the genitive.
                if place.geonameid not in seen or _READINGS.index(how) < _READINGS.index(seen[place.geonameid][1]):
                    seen[place.geonameid] = (place, how)
        if any(place.name.lower() == written for place, _how in seen.values()) and _own_letters(written):
            # The text writes one record's name letter for letter: "Tarnów" names the Polish town, not the
            # German village Tarnow that folding makes of it.
            for key, (place, how) in seen.items():
                if how == "exact" and place.name.lower() != written:
                    seen[key] = (place, "misspelt")
        return list(seen.values())

    def score(self, mention: Mention, place: Place, how: str, sentence_initial: bool, support: Support,
              home_named: bool = False) -> float:
        score = 0.35 * math.log10(max(place.population, 10))
        # Neither named in the article, nor where its other places are, nor the language's own country.
        unnamed_country = place.country_code not in self.article_countries | support.countries | {self.home}
        if place.country_code in self.article_countries:
            score += 2.0
        if place.country_code == self.home:
            score += 1.0
        if place.country_code in support.countries:
            score += 0.5
        if place.country_code == support.stated:
            score += 2.5  # the text says which country: stronger than any country merely named in the article
        if (place.country_code, place.admin1) in support.regions:
            score += 0.6  # the same voivodeship or county as the article's other places
        if continents().get(place.country_code) == "EU":
            score += 0.7
        elif (place.country_code not in self.article_countries and place.country_code not in support.countries
              and place.population < 1_000_000):
            # A town outside Europe whose country the article never names is more likely a word or a name
            # ("Erasmus", a South African town's other name) - unless it is a city everyone knows.
            score -= 1.0
        score += {"exact": 0.6, "inflected": 0.3, "misspelt": -0.7, "foreign": -2.0}[how]
        if how == "inflected" and unnamed_country:
            score -= 0.5  # a case ending undone to reach a country the article never names: "Łuckiej" is no Lucka
        if home_named and place.country_code == self.home and (
                how == "exact" or self._own_name(mention, place, how, fold(mention.text))):
            # The text writes the own name of a town of the language's country (`home_named`): that is how its
            # towns are written, so the towns of that country called so come first. "Neustadt" in a German
            # article is a German Neustadt, not Wejherowo (whose German name it once was) because Poland is
            # named too; among the German ones population still decides ("Halle" is Halle (Saale)). So too
            # in a case form: Swedish "Sandvikens" is Sandviken, not Hietalahti (in Swedish, Sandviken).
            score += 2.5
        if unnamed_country and len(fold(mention.text)) <= 4 and fold(place.name) != fold(mention.text) \
                and not (support.town_word or support.group_word):
            # A short other name of a town in a country nothing names: "Hor" (of Zlatých Hor) is no Khor. Unless
            # the word after it says a place is meant: "Riia delegatsioon" is Riga's delegation.
            score -= 1.5
        if "gazetteer" not in mention.source or "+" in mention.source:
            score += 1.0  # a model or rule called it a place
        if mention.cue:
            score += 0.5
        if support.town_word:
            score += 0.5  # "Pärnun kaupungin": the word after it says a town is meant
        if support.group_word:
            score += 0.5  # "Tarton valtuuskunta": the delegation of a place
        if " " in mention.text.strip() or "-" in mention.text:
            score += 0.3  # multi-word names are rarely accidental
        words = mention.text.split()
        common = not support.town_word and all(is_common_word(w, self.profile) for w in words)
        # A word reached only by undoing an ending is the ordinary word its small letters spell, however the
        # lemmatiser reads the capital: opening a sentence, where grammar gives every word its capital
        # ("Łącznie przyjechało 16 osób": in all, not the village Łączna) - unless a town of some size is meant
        # ("Porin kaupunki", though "porin" is a Finnish word too); and where nothing but the gazetteer leads to
        # a town of a country the article never names ("Cestu financovaly Fondy EHP": the EEA Funds, not Fondi).
        opening = sentence_initial and not support.town_word and place.population < _VILLAGE_POPULATION
        unplaced = mention.source == "gazetteer" and not mention.cue and unnamed_country
        if how == "inflected" and (opening or unplaced):
            common = common or all(is_common_word(w.lower(), self.profile) for w in words)
        if unplaced and place.population < _VILLAGE_POPULATION:
            # Where every noun has a capital (German) only the dictionary tells "Landes" (of the Land) from
            # Saint-Julien-des-Landes, a village of a country nothing in the article names.
            common = common or all(is_dictionary_noun(w, self.profile) for w in words)
        if common and support.written_as_name and place.population >= _NAMED_TOWN_POPULATION:
            pass  # a word first, but a city this writer names: neither penalty nor bonus
        else:
            score += -2.0 if common else 0.5  # "Eisenstadt" is nothing but a name; "Arena" is a word first
            # A word and nothing but the gazetteer's say-so: "Human" in "Democracy and Human Rights"; nor does a
            # preposition make a word a village's other name ("in Höhe von": Gronowo Górne, once Höhe).
            renamed = place.country_code != self.home and place.population < _VILLAGE_POPULATION \
                and fold(place.name) != fold(mention.text)
            if common and mention.source == "gazetteer" and (not mention.cue or renamed):
                score -= 1.0
        if sentence_initial:
            score -= 1.0 if common else 0.3  # a capital that grammar demands says less
        return score

    def _own_name(self, mention: Mention, place: Place, how: str, surface: str) -> bool:
        """Whether the mention writes the town's own name, as it is or in a case form ("Sandvikens") that keeps
        the letters of the language the name is written with ("Gori" is no case of Polish "Góra")."""
        name = fold(place.name)
        if how == "exact":
            return name == surface
        written = mention.text.lower()
        return how == "inflected" and name in mention.keys \
            and not set(place.name.lower()) - set(written) & written_letters(self.profile.code)

    def resolve(self, mention: Mention, sentence_initial: bool, support: Support) -> Resolution | None:
        candidates = self.candidates(mention)
        surface = fold(mention.text)
        home_named = any(place.country_code == self.home and self._own_name(mention, place, how, surface)
                         for place, how in candidates)
        scored = [
            (self.score(mention, place, how, sentence_initial, support, home_named), place)
            for place, how in candidates
        ]
        if not scored:
            return None
        own = {place.geonameid for place, how in candidates if _written_as_own_name(mention, place, how)}
        if any(place.geonameid in own and place.population >= _VILLAGE_POPULATION
               and continents().get(place.country_code) == "EU" for place, _how in candidates):
            # Only for a European town of some size: a village's or a far town's name is as often a first
            # name ("Andres", "Donald"), and a rival's other name no reason to take it.
            scored = [(score - (0.0 if place.geonameid in own else _OTHER_NAME), place) for score, place in scored]
        if support.stated and all(place.country_code != support.stated for _s, place in scored):
            # The text says which country the town is in, and the gazetteer holds no such town there ("Lier w
            # Norwegii": Norway's Lier is a municipality without a town of that name): a namesake in a country
            # the article never names (Lier in Belgium) would be a wrong town, worse than none. The country
            # after a town may also begin the next phrase ("fra Slagelse i Polen": pupils of Slagelse, now in
            # Poland), so the language's and the article's own countries keep their towns.
            scored = [(score - (_STATED_ELSEWHERE if place.country_code not in self.article_countries | {self.home}
                                else 0.0), place) for score, place in scored]
        scored.sort(key=lambda item: (-item[0], -item[1].population, item[1].geonameid))
        best_score, best = scored[0]
        if best_score < ACCEPT_SCORE:
            return None
        # GeoNames often holds one town twice (the locality and the municipality's seat, a few km apart), or
        # a town and the rural municipality around it under the same alternate name (Jakobstad and Pedersöre,
        # both "Pietarsaari" in Finnish): a runner-up of the same country that near is the same place, no
        # rival, and the bigger one (ranked first on population) stands for it.
        rivals = [score for score, place in scored[1:] if not _same_town(best, place)]
        runner_up = rivals[0] if rivals else ACCEPT_SCORE - 1.0
        margin = min(best_score - ACCEPT_SCORE, best_score - runner_up)
        confidence = round(1.0 / (1.0 + math.exp(-2.0 * margin)), 3)
        return Resolution(best, round(best_score, 3), confidence)


def _written_as_own_name(mention: Mention, place: Place, how: str) -> bool:
    """Whether the mention writes the town's own name, as GeoNames has it but for a qualifier ("Halle")."""
    written = fold(without_possessive(mention.text.strip()))
    return how == "exact" and fold(_NAME_QUALIFIER.sub("", place.name)) == written


def _own_letters(written: str) -> set[str]:
    """The letters beyond ASCII a mention is written with ("ó" in "Tarnów")."""
    return {ch for ch in written if ch.isalpha() and not ch.isascii()}


_SAME_TOWN_KM = 15.0


def _same_town(a: Place, b: Place) -> bool:
    """Two records of one place, reached by the same key: the same country, their points within 15 km."""
    if a.country_code != b.country_code or a.feature != b.feature:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h))) <= _SAME_TOWN_KM
