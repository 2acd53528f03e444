"""Regions (voivodeships, oblasts, counties, Länder, historical lands) so they are neither lost nor taken
for cities: "w województwie lubelskim", "obwodu czernihowskiego", "Skåne", "Latgalē", "Burgenland".

Names come from ISO 3166-2 (pycountry), in the subdivision's own language and translated into the
article's language by pycountry's iso-codes catalogues, plus the regions ISO does not list (historical
and planning regions such as Latgale or Franken) from the language files. A region name that is also a
town ("Lublin" is also the Swedish name of the voivodeship) is read as the town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise

import pycountry

from pipeline.extract.doc import Doc
from pipeline.extract.places import inflection_variants, preposition_cue
from pipeline.gazetteer import REGION_WORDS, Gazetteer, Place, continents, subdivision_name, subdivision_translator
from pipeline.langdata import LanguageProfile, is_common_word, load_raw_language_file
from pipeline.names import tidy
from pipeline.records import Mention
from pipeline.text import Token, fold

# Countries whose subdivisions are worth knowing for European news (Europe and its neighbours).
_COUNTRIES = frozenset(
    "AL AD AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL "
    "NO PL PT RO RS RU SE SI SK SM TR UA".split()
)


@dataclass(frozen=True)
class Region:
    name: str  # the ISO 3166-2 name in the subdivision's language, or the language file's name
    country_code: str
    code: str  # ISO 3166-2 code ("SE-M"), "SE-" for a region ISO does not list


@dataclass
class RegionIndex:
    phrases: dict[tuple[str, ...], Region]  # folded lemma words -> region
    needs_generic: frozenset[tuple[str, ...]]  # names that are region names only beside a generic word
    generic: frozenset[str]  # folded lemmas of the language's words for region
    area_after: frozenset[str]  # folded lemmas of its words that, after a town's name, name the area around it
    area_before: frozenset[str]  # ... and before it, across borders: "Euroregion Neiße" (a river's and a town's name)
    district_before: frozenset[str]  # ... and before it, in the town's country: "Landkreis Görlitz"

    @cached_property
    def longest_from(self) -> dict[str, int]:
        """The most words of a name opening with each word: no longer run from that word can be a name."""
        longest: dict[str, int] = {}
        for key in self.phrases:
            longest[key[0]] = max(longest.get(key[0], 1), len(key))
        return longest

    @cached_property
    def one_word_openings(self) -> frozenset[str]:
        """The first four letters of the one-word names: no other word needs its case endings undone."""
        return frozenset(key[0][:4] for key in self.phrases if len(key) == 1)

    def one_word_region(self, doc: Doc, token: Token) -> bool:
        """Whether the word alone, by any of its lemmas, is a region's name ("Gotlandi": Gotland)."""
        return any((_region_word(token.text, lemma),) in self.phrases for lemma in doc.lemmas(token))


def _folded_lemmas(profile: LanguageProfile, key: str) -> frozenset[str]:
    """The language file's `[regions] key` words as folded lemmas."""
    return frozenset(fold(profile.lemmas(w)[0]) for w in profile.raw.get("regions", {}).get(key, []))


_WORD = r"\w+(?:[-']\w+)*"


def _lemma_words(text: str, profile: LanguageProfile) -> tuple[str, ...]:
    return tuple(_region_word(w, profile.lemmas(w)[0]) for w in re.findall(_WORD, text))


def _region_word(word: str, lemma: str) -> str:
    """A word of a region's name as the index keeps it: its lemma, folded, unless the lemmatiser cut it to a
    much shorter word ("Viljandimaa" -> "vilja"), which is another word's."""
    return fold(lemma) if len(lemma) >= len(word) - 3 else fold(word)


_INDEXES: dict[str, RegionIndex] = {}


def region_index(profile: LanguageProfile, gazetteer: Gazetteer) -> RegionIndex:
    if profile.code in _INDEXES:
        return _INDEXES[profile.code]
    translator = subdivision_translator(profile.code)
    phrases: dict[tuple[str, ...], Region] = {}
    needs_generic: set[tuple[str, ...]] = set()

    def town_named(lemma: str, written: str, adjective: bool, region: Region) -> bool:
        """"Daugavpils", "Lublin": the town is what news means, "Daugavpils novads" too, by the name as written
        or with a case ending undone ("Tarton maakunta") - but "Sachsen" is Saxony, not the village Sachsen
        bei Ansbach (one of its other names). An adjective ("lubelskie", "Львівська") is its town's adjective,
        not the town's name."""
        forms = [lemma] if adjective else [lemma, written, *inflection_variants(profile, written, adjectives=False)]
        return any(gazetteer.names_a_town(form, region.name, region.country_code) for form in forms)

    def add(names: list[str], region: Region, municipality: bool = False) -> None:
        # A region whose name the language's own catalogue spells in lower case ("lubelskie") is an
        # adjective: alone it names nothing, beside "województwo" or another word for region it does.
        adjective = any(not w[:1].isupper() for name in names for w in re.findall(r"\w+", name)
                        if fold(w) not in REGION_WORDS)
        for name in names:
            words = _lemma_words(name, profile)
            written = tuple(fold(w) for w in re.findall(_WORD, name))
            distinctive = tuple(w for w in words if w not in REGION_WORDS)
            distinctive_written = tuple(w for w, lemma in zip(written, words, strict=True) if lemma not in REGION_WORDS)
            if municipality and len(distinctive) == 1 and town_named(
                    distinctive[0], distinctive_written[0], adjective, region):
                continue  # "Jēkabpils novads": a municipality named after its town is its town in the news
            for key, as_written in ((words, written), (distinctive, distinctive_written)):
                if not key or (len(key) == 1 and town_named(key[0], as_written[0], adjective, region)):
                    continue
                phrases.setdefault(key, region)
                if len(key) == 1 and adjective:
                    needs_generic.add(key)

    for subdivision in pycountry.subdivisions:
        if subdivision.country_code not in _COUNTRIES or subdivision.parent_code is not None:
            continue
        native = subdivision_name(subdivision.name)
        translated = subdivision_name(subdivision.name, translator)
        add(list(dict.fromkeys([native, translated])), Region(native, subdivision.country_code, subdivision.code),
            municipality="municipality" in subdivision.type.lower())
    for code in {profile.code, "en"}:
        for name, where in load_raw_language_file(code).get("regions", {}).get("names", {}).items():
            country, _, iso = str(where).partition("-")
            add([name], Region(name, country, f"{country}-{iso}" if iso else ""))
    generic = _folded_lemmas(profile, "generic")
    index = RegionIndex(phrases, frozenset(needs_generic), generic | REGION_WORDS,
                        _folded_lemmas(profile, "area_after"), _folded_lemmas(profile, "area_before"),
                        _folded_lemmas(profile, "district_before"))
    _INDEXES[profile.code] = index
    return index


def find_regions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    index = region_index(doc.profile, gazetteer)
    tokens = doc.tokens
    lemmas = [_region_word(t.text, doc.lemmas(t)[0]) for t in tokens]
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        matched = 0
        for n in range(min(index.longest_from.get(lemmas[i], 1), len(tokens) - i), 0, -1):
            key = tuple(lemmas[i : i + n])
            region = index.phrases.get(key)
            if region is None and n == 1 and tokens[i].text[:1].isupper() \
                    and fold(tokens[i].text)[:4] in index.one_word_openings:
                # A foreign region's name the lemmatiser does not know, with a case ending ("Brandenburgissa",
                # "Brandenburgii"): undone by the language's rules for places' names.
                key, region = next(((k, index.phrases[k]) for k in
                                    ((v,) for v in inflection_variants(doc.profile, fold(tokens[i].text), False))
                                    if k in index.phrases), (key, None))
            if region is None:
                continue
            start, end = tokens[i].start, tokens[i + n - 1].end
            if key in index.needs_generic:
                before = lemmas[i - 1] if i > 0 else ""
                after = lemmas[i + n] if i + n < len(tokens) else ""
                if before in index.generic:
                    start = tokens[i - 1].start
                elif after in index.generic:
                    end = tokens[i + n].end
                else:
                    continue
            elif not tokens[i].text[:1].isupper():
                continue
            elif n == 1 and key[0] != fold(tokens[i].text) \
                    and gazetteer.names_a_town(fold(tokens[i].text), region.name, region.country_code):
                # The lemmatiser read a town's name as another word ("Tartu" -> "tarti", a key of Tartumaa in
                # Lithuanian): as written, the word names the town, and a town's name is the town.
                continue
            if i + n < len(tokens) and fold(tokens[i + n].text) in doc.profile.words("regions", "not_before"):
                continue  # "Житомирська міська рада": the region's adjective before "city" is the town's
            first = doc.token_index(start)
            found.append(Mention("region", start, end, doc.text[start:end], "regions",
                                 label_hint=f"{region.country_code}|{region.name}|{region.code}",
                                 cue=preposition_cue(doc, first if first is not None else i)))
            matched = n
            break
        i += max(matched, 1)
    return found


def areas_around_places(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A place name followed by the language's word for an area around it ("Ignalina län", "Nordland fylke",
    "Harju maakond"), or after one that goes first ("Landkreis Görlitz", "Euroregion Neiße"), names that area,
    not the town: such a place mention becomes a region, with the country of the most populous town of that
    name (none for a euroregion, which crosses borders) and no record (the region index knows first-level
    regions only; these are mostly second-level). The language files list only words for areas larger than
    the town (`area_after`, `area_before`, `district_before`), not municipality words ("Plungės rajono",
    "Daugavpils novada" still name the town)."""
    index = region_index(doc.profile, gazetteer)
    if not index.area_after and not index.area_before and not index.district_before:
        return mentions
    regions = [m for m in mentions if m.type == "region"]
    named = {m.label_hint for m in mentions if m.type == "country"}
    result: list[Mention] = []
    for mention in mentions:
        if mention.type == "place":
            area = _area_word(doc, mention, index)
            if area is not None and not any(r.start < area.end and area.start < r.end for r in regions) \
                    and not _ordinary_word(doc, mention):
                start, end = min(mention.start, area.start), max(mention.end, area.end)
                if area.start > mention.end and not doc.text[mention.end : area.start].isspace():
                    start, end = mention.start, mention.end  # "Chernihiv" of "the Chernihiv and Sumy regions"
                # A euroregion crosses borders: its town's country is not its own.
                across = area.start < mention.start and fold(doc.lemmas(area)[0]) in index.area_before
                records = [] if across else [p for key in mention.keys for p in gazetteer.lookup(key)]
                country = _country_of_area(() if across else mention.keys, records, named)
                text = doc.text[start:end]
                # By the name as written and by the town's own name: "Tsjernihiv oblast" is Chernihiv's.
                names = (*mention.keys, *(fold(p.name) for p in records if p.country_code == country))
                iso = "" if across else _first_level_named_after(country, names, gazetteer)
                mention = Mention("region", start, end, text, f"{mention.source}+regions",
                                  label_hint=f"{country}|{tidy(text)}|{iso}", cue=mention.cue)
        result.append(mention)
    return result


def _first_level_named_after(country: str, keys: tuple[str, ...], gazetteer: Gazetteer) -> str:
    """The ISO 3166-2 code of the one first-level subdivision of the country named after the town ("Lviv
    oblast", "Oblast Lwiw": Lvivska oblast, UA-46; "Harju maakond": Harjumaa), when its record is known;
    none for an area of a lower level ("Landkreis Görlitz", "Ignalina län"), whose names no first-level
    subdivision shares."""
    if not country:
        return ""
    found = {code for code, first_word in _first_level_words().get(country, ())
             if any(len(key) >= 4 and first_word.startswith(key) for key in keys)}
    if len(found) != 1:
        return ""
    code = next(iter(found))
    return code if gazetteer.region(code) is not None else ""


@cache
def _first_level_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """Country -> (ISO 3166-2 code, folded first word of the name) of its first-level subdivisions."""
    found: dict[str, list[tuple[str, str]]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code in _COUNTRIES and subdivision.parent_code is None:
            words = fold(subdivision_name(subdivision.name)).split()
            if words:
                found.setdefault(subdivision.country_code, []).append((subdivision.code, words[0]))
    return {country: tuple(pairs) for country, pairs in found.items()}


def _ordinary_word(doc: Doc, place: Mention) -> bool:
    """An ordinary word before "Region" is part of a body's name: "Latgale Planning Region" - but a town's
    adjective the dictionary knows names its area ("Czernihowskiej Obwodowej")."""
    word = fold(place.text)
    adjective_of = set(inflection_variants(doc.profile, word)) - set(inflection_variants(doc.profile, word, False))
    return is_common_word(place.text, doc.profile) and not set(place.keys) & adjective_of


def _country_of_area(keys: tuple[str, ...], towns: list[Place], named: set[str]) -> str:
    """The country of an area called after a town or named like a subdivision at any level: that of a
    subdivision of the name in a country the article names ("County Clare" and "Irish": IE-CE), else of the
    most populous town of the name there, else in Europe; none when all are farther (no Australian Clare)."""
    subdivided = {country for key in keys for country in _subdivision_countries().get(key, ())}
    if subdivided & named:
        return sorted(subdivided & named)[0]
    # A town's own name before its other names: "Landkreis Görlitz" is Görlitz's, not Zgorzelec's (once Görlitz).
    towns = [t for t in towns if fold(t.name) in keys] or towns
    near = [t for t in towns if t.country_code in named] \
        or [t for t in towns if continents().get(t.country_code) == "EU"]
    if near:
        return max(near, key=lambda t: t.population).country_code
    return sorted(subdivided)[0] if len(subdivided) == 1 else ""


@cache
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Folded names of the ISO 3166-2 subdivisions of every level in the countries we know -> their countries."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code in _COUNTRIES:
            found.setdefault(fold(subdivision_name(subdivision.name)), set()).add(subdivision.country_code)
    return {name: frozenset(countries) for name, countries in found.items()}


def _area_word(doc: Doc, mention: Mention, index: RegionIndex) -> Token | None:
    """The word for an area right after the place mention (`area_after`) or right before it (`area_before`,
    `district_before`)."""
    after = doc.token_at_or_after(mention.end)
    if after is not None and doc.text[mention.end : doc.tokens[after].start].isspace():
        tokens = doc.tokens
        if fold(tokens[after].text) in doc.profile.words("visits", "conjunctions") and after + 2 < len(tokens) \
                and tokens[after + 1].text[:1].isupper() and _spaced(doc, tokens[after : after + 3]):
            after += 2  # "the Chernihiv and Sumy regions": both name areas
        if fold(doc.lemmas(tokens[after])[0]) in index.area_after:
            return tokens[after]
    first = doc.token_index(mention.start)
    if first:
        before = doc.tokens[first - 1]
        if doc.text[before.end : mention.start].isspace() \
                and fold(doc.lemmas(before)[0]) in index.area_before | index.district_before:
            return before
    return None


def _spaced(doc: Doc, tokens: list[Token]) -> bool:
    """Whether only spaces stand between the tokens, on one line."""
    return all(doc.text[a.end : b.start] == " " for a, b in pairwise(tokens))
