"""The rule-based recogniser: organisations from cue words, people from first names and titles.

It needs no model, so it runs everywhere, and it stays as a layer beside a trained model: cue words
("kommun", "gmina", "pašvaldība", "savivaldybė", "Stiftung", "association") confirm or add organisations
that a model misses, a first-name lexicon confirms people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property, lru_cache
from importlib import resources

from pipeline.extract.doc import Doc
from pipeline.extract.places import MAX_PLACE_TOKENS, find_countries, known_keys
from pipeline.gazetteer import continents
from pipeline.gazetteer import load as load_gazetteer
from pipeline.langdata import LanguageProfile, is_common_word, is_dictionary_noun, load_profile
from pipeline.ner import NamedSpan, backend
from pipeline.text import Token, fold, is_abbreviation, undo_endings, without_possessive

_QUOTE_OPEN = "„“\"«‚'”"
_QUOTE_CLOSE = "”“\"»’'"
_ROMAN = re.compile(r"^[IVXLCDM]+$")
# A town this large is no surname in a run of names: "Andris Rāviņš Magdeburg" (had visited Magdeburg).
_CITY_POPULATION = 20_000
# Capitalised abbreviations that are not organisations.
_NOT_ACRONYMS = frozenset({"EUR", "USD", "PLN", "SEK", "NOK", "DKK", "UAH", "GBP", "CHF", "PDF", "FAQ", "HTML", "URL",
                           "CEO", "ATP", "NB", "PS", "TV", "OK", "MATKAKERTOMUS", "AM", "PM"})


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded first names of Europe and beyond, from gender-guesser's name dictionary (GFDL data)."""
    path = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        name = parts[1]
        for joined in (name.replace("+", "-"), name.replace("+", " ")):
            names.add(fold(joined))
    return frozenset(names)


# Ukrainian (and Russian) letters in the Latin spelling first-name lists use ("Олександр" -> "oleksandr").
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "e", "ъ": "", "'": "", "’": "",
})


def latin(word: str) -> str:
    """A Cyrillic word in Latin letters, for lists spelt in Latin; other words unchanged."""
    lower = word.lower()
    return lower.translate(_CYRILLIC) if any("\u0400" <= ch <= "\u04ff" for ch in lower) else lower


def is_first_name(word: str) -> bool:
    """A first name of the lexicon, as written or in Latin letters. Ukrainian г is an h, but name lists
    spell the Russian g: Галина -> halyna, galyna (Galina)."""
    names = first_names()
    spelt = fold(latin(word))
    return fold(word) in names or spelt in names or (spelt != fold(word) and spelt.replace("h", "g") in names)


def is_cue_word(doc: Doc, token: Token, cues: frozenset[str]) -> bool:
    """The word, or one of its lemmas, is a cue word itself ("Rathauses", "kommunen")."""
    return _cue_or_its_lemma(doc, token.text, cues)


def _cue_or_its_lemma(doc: Doc, word: str, cues: frozenset[str]) -> bool:
    return fold(word) in cues or any(fold(lemma) in cues for lemma in doc.profile.lemmas(word))


def is_cue(doc: Doc, token: Token, cues: frozenset[str], capitalises_nouns: bool) -> bool:
    """A cue word, or a capitalised compound ending in one: Germanic compounds end in their head noun
    ("Kommunförbundet", "Venskabsbykomiteen", "Erhvervsakademi"). German capitalises every noun, so
    there a capital says nothing and compounds do not count."""
    if is_cue_word(doc, token, cues):
        return True
    key = fold(token.text)
    if "-" in key.strip("-") and token.text[:1].isupper():
        # A hyphen marks the head even where nouns are capitalised: "Goethe-Gymnasiums", "EU-kommissionen".
        if _cue_or_its_lemma(doc, token.text.rsplit("-", 1)[1].lower(), cues):
            return True
    if not capitalises_nouns and token.text[:1].isupper() and not token.text.isupper():
        return ends_in_cue(key, cues)
    return False


def ends_in_cue(key: str, cues: frozenset[str]) -> bool:
    """Whether a folded word is a compound whose head is a cue of five letters or more ("erhvervsakademi")."""
    return any(len(cue) >= 5 and key.endswith(cue) and len(key) > len(cue) + 2 for cue in cues)


def is_title(word: str, titles: frozenset[str]) -> bool:
    """A folded word that is a title, or a compound ending in one ("vizeburgermeisterin",
    "arbeitskreisleiterin"): our languages but English and the Slavic and Baltic ones build titles by
    compounding, and a first name the lexicon lacks ("Kadri") is still a person's after one."""
    return word in titles or any(len(title) >= 6 and len(word) > len(title) + 2 and word.endswith(title)
                                 for title in titles)


# Letters in brackets right after a name: a party's in the Nordic press ("Tinne Borch Jacobsen (V)", "Kari Anne
# Sand (Sp)"), which the language file lists (`party_marks`), or an acronym ("Nordisk Ministerråd (NMR)").
_BRACKETED = re.compile(r"[ \u00a0]?\(([A-ZÆØÅÄÖ][A-Za-zæøåäöÆØÅÄÖ]{0,3})\)")


def _full_stop_between(doc: Doc, left: Token, right: Token) -> bool:
    """Only an abbreviation's full stop (and spaces) between two words on one line: "im. Stanisława"."""
    gap = doc.text[left.end : right.start]
    return gap.strip(" \u00a0") == "." and "\n" not in gap


def _name_shaped(token: Token) -> bool:
    text = token.text
    return (
        len(text) > 1 and text[0].isupper() and text[0].isalpha()
        and not text.isupper() and all(ch.isalpha() or ch in "-'’" for ch in text)
    )


class _ArticlePlaces:
    """The article's countries and regions, for rules that ask whether a word is one: found once per article
    (for organisations and people alike), and only when a rule asks."""

    def __init__(self, doc: Doc, profile: LanguageProfile) -> None:
        self.doc = doc
        self.profile = profile

    @cached_property
    def _countries(self) -> list[tuple[int, int, str]]:
        return [(c.start, c.end, c.text) for c in find_countries(self.doc)]

    @cached_property
    def _region_starts(self) -> frozenset[int]:
        from pipeline.extract.regions import find_regions  # regions -> names -> this module at import

        return frozenset(r.start for r in find_regions(self.doc, load_gazetteer()))

    @cached_property
    def _inflected_country_starts(self) -> frozenset[int]:
        written = {names[0] for names in self.profile.country_names if len(names) == 1}
        return frozenset(start for start, _end, text in self._countries if fold(text) not in written)

    def in_country(self, token: Token) -> bool:
        return any(start <= token.start and token.end <= end for start, end, _text in self._countries)

    def opens_region(self, token: Token) -> bool:
        return token.start in self._region_starts

    def inflected_country(self, token: Token) -> bool:
        """A country's name in a case form, not as the country's own name is written ("Viron", not "Viro")."""
        return token.start in self._inflected_country_starts


class RuleRecogniser:
    name = "rules"

    def __init__(self, language: str) -> None:
        self.profile: LanguageProfile = load_profile(language)
        self.language = language
        self.cues = self.profile.words("organisations", "cues")
        self.settlement_cues = self.profile.words("organisations", "settlement_cues")
        self.place_nouns = self.profile.words("places", "place_nouns")
        self.area_words = self.profile.words("regions", "area_after")
        self.locative_prepositions = self.profile.words("places", "destination")  # "w", "in", "i", "į"
        # Lower-case town words that describe the town after them rather than name its municipality.
        self.describing_cues = self.profile.words("organisations", "describing_cues")
        self.connectors = self.profile.words("organisations", "connectors")
        self.not_first_names = self.profile.words("people", "not_first_names")
        self.visit_words = frozenset(phrase[0] for key in ("visit", "host", "visitor")
                                     for phrase in self.profile.phrases("visits", key) if len(phrase) == 1)
        self.complement_connectors = self.profile.words("organisations", "complement_connectors")
        # Words after which a person's name is part of an organisation's: "Szkoła im. Jana Pawła II".
        self.named_after = self.profile.words("organisations", "named_after")
        # Words before an organisation's number: "Szkoła Podstawowa nr 3", "Przedszkole Nr 5".
        self.number_signs = self.profile.words("organisations", "number_signs")
        self.titled_things = self.profile.words("organisations", "titled_things")
        self.name_abbreviations = self.profile.words("organisations", "name_abbreviations")
        self.capitalises_first_word = bool(self.profile.setting("organisations", "capitalises_first_word", False))
        self.patron_genitive = bool(self.profile.setting("organisations", "patron_genitive", False))
        self.party_marks = frozenset(self.profile.setting("people", "party_marks", []))
        self.conjunctions = self.profile.words("visits", "conjunctions")
        self.head_first = self.profile.setting("organisations", "head", "last") == "first"
        self.lowercase_modifiers = bool(self.profile.setting("organisations", "lowercase_modifiers", False))
        self.capitalised_head = bool(self.profile.setting("organisations", "capitalised_head", False))
        self.modifier_suffixes = tuple(self.profile.setting("organisations", "modifier_suffixes", [""]))
        self.capitalises_nouns = bool(self.profile.setting("organisations", "capitalises_nouns", False))
        self.titles = self.profile.words("people", "titles")
        self.place_prepositions = self.profile.words("places", "origin") | self.profile.words("places", "destination")
        # Case endings of first names the lemmatiser does not undo ("Олександром" -> "Олександр").
        self.first_name_endings = self.profile.pairs("people", "first_name_endings")
        self.stop = self.profile.words("stopwords", "capitalised")
        # ... of which these may stand inside an organisation's name, before its head ("Fermoy Town Council").
        self.name_nouns = self.profile.words("organisations", "name_nouns")
        # Month and weekday names are never part of a name ("Seit Montag" opens no person's).
        self.months = frozenset(self.profile.months) | frozenset(self.profile.weekdays)
        # A lower-case word whose lemma is a verb's infinitive is no genitive, although it may end like one
        # (Latvian "finansēja" -> "finansēt", Lithuanian "finansavo" -> "finansuoti").
        self.verb_lemma_endings = tuple(self.profile.setting("organisations", "verb_lemma_endings", []))

    # -- organisations ---------------------------------------------------------------------------------

    def _is_cue_word(self, doc: Doc, token: Token) -> bool:
        return is_cue_word(doc, token, self.cues)

    def _is_cue(self, doc: Doc, token: Token) -> bool:
        return is_cue(doc, token, self.cues, self.capitalises_nouns)

    def _compound_before_town(self, doc: Doc, index: int) -> bool:
        """Where every noun has a capital, a compound ending in a cue names a body when a town's name follows
        it: "am Domgymnasium Verden", "die Stadtbibliothek Gniezno" (`is_cue` takes no such compound alone).
        A compound for a kind of town only describes the town: "Partnerstadt Mielec", "Landeshauptstadt Kiel"."""
        token = doc.tokens[index]
        if not self.capitalises_nouns or index + 1 >= len(doc.tokens) or not token.text[:1].isupper():
            return False
        following = doc.tokens[index + 1]
        key = fold(token.text)
        return (ends_in_cue(key, self.cues) and not ends_in_cue(key, self.settlement_cues)
                and self._joined(doc, token, following) and following.text[:1].isupper()
                and self._is_town(doc, following))

    def _joined(self, doc: Doc, left: Token, right: Token) -> bool:
        gap = doc.text[left.end : right.start]
        return gap.strip(" \u00a0") == "" and "\n" not in gap

    def _joined_in_name(self, doc: Doc, left: Token, right: Token) -> bool:
        """Joined, or an abbreviated connector between them: "Zespół Szkół im. Stanisława Staszica" (named
        after), "Школа ім. Тараса Шевченка"."""
        if self._joined(doc, left, right):
            return True
        return fold(left.text) in self.connectors and is_abbreviation(left.text) \
            and _full_stop_between(doc, left, right)

    def _titled_thing(self, doc: Doc, first: int) -> bool:
        """Whether a name opens a quotation after a word for a project, a programme or an event (the language
        file's `titled_things`): its title ("w ramach projektu „Zielone Miasta”", "the project 'Green Towns'"),
        while "biedrība „Ezeru zeme”" and "gości z „Departamentu Dziecka i Rodzin”" name organisations."""
        if first == 0:
            return False
        before = doc.tokens[first - 1]
        gap = doc.text[before.end : doc.tokens[first].start]
        return len(gap.strip()) == 1 and gap.strip() in _QUOTE_OPEN and is_cue_word(doc, before, self.titled_things)

    def _patron(self, doc: Doc, index: int) -> bool:
        """A person's name in a case form right after an institution's head noun is its patron's, part of its
        name (`patron_genitive`): "Gymnázium Ľudovíta Štúra", "Uniwersytet Mikołaja Kopernika" - where the
        institution's name opens with a capital; a name as written ("ředitel školy Jan Novák") is the person who
        follows, and so is one after a common noun ("z dyrektor szkoły Małgorzatą Kowalską")."""
        if not self.patron_genitive:
            return False
        from pipeline.names import person_name  # names reads this module's first-name lexicon: import late

        written = " ".join(t.text for t in doc.tokens[index : index + 2])
        return person_name(written, self.profile) != written

    def _abbreviated_modifier(self, doc: Doc, left: Token, right: Token) -> bool:
        """A genitive the language abbreviates inside names, with its full stop (`name_abbreviations`: Lithuanian
        "r." for "rajono" in "Vilkaviškio r. savivaldybė")."""
        return fold(left.text) in self.name_abbreviations and _full_stop_between(doc, left, right)

    def _extend_quote(self, doc: Doc, end: int) -> int:
        """Take in a quoted name right after the span: biedrība „Ezeru zeme”."""
        rest = doc.text[end : end + 80]
        stripped = rest.lstrip(" ")
        # A mark right after the name's last letter closes a quotation ("„Departamentu Dziecka i Rodzin” wzięli");
        # one opening a quoted name stands after a space.
        if stripped[:1] and stripped[0] in _QUOTE_OPEN and len(stripped) < len(rest):
            close = next((k for k, ch in enumerate(stripped[1:], start=1) if ch in _QUOTE_CLOSE), -1)
            if 1 < close <= 60 and "\n" not in stripped[:close]:
                return end + (len(rest) - len(stripped)) + close + 1
        return end

    def _starts_person(self, doc: Doc, index: int) -> bool:
        tokens = doc.tokens
        return (index + 1 < len(tokens) and _name_shaped(tokens[index]) and _name_shaped(tokens[index + 1])
                and self._joined(doc, tokens[index], tokens[index + 1])
                and (self._first_name(doc, tokens[index]) or self._party_marked(doc, index))
                and not self._is_cue(doc, tokens[index + 1]))

    def _party_marked(self, doc: Doc, index: int, longest: int = 4) -> bool:
        """Whether two to four name-shaped words from this one end right before a party's letters: "Tinne Borch
        Jacobsen (V)"."""
        tokens = doc.tokens
        for end in range(index + 1, min(index + longest, len(tokens))):
            if not (_name_shaped(tokens[end]) and self._joined(doc, tokens[end - 1], tokens[end])):
                return False
            if self._party_mark_after(doc, tokens[end]):
                return True
        return False

    def _party_mark_after(self, doc: Doc, token: Token) -> bool:
        bracketed = _BRACKETED.match(doc.text, token.end)
        return bool(bracketed) and bracketed.group(1) in self.party_marks

    def _is_modifier(self, doc: Doc, token: Token) -> bool:
        """A lower-case word that may stand before an organisation's head noun as a genitive; the verbs and
        nouns of visiting the language file lists are none ("Rīgā viesojās Norvēģijas pašvaldību": in Riga
        stayed the Norwegian municipalities' ...), whatever the lemmatiser makes of them, nor are numbers and
        titles ("Narva linnapea ja neli linnavalitsuse ametnikku": the mayor and four officials of the city
        government)."""
        key = fold(token.text)
        return (len(token.text) > 2 and token.text.lower().endswith(self.modifier_suffixes)
                and key not in self.visit_words and key not in self.profile.number_words
                and not self._is_title(key) and not self._is_verb(doc, token))

    def _is_verb(self, doc: Doc, token: Token) -> bool:
        if not self.verb_lemma_endings:
            return False
        key = fold(token.text)
        return any(fold(lemma) != key and fold(lemma).endswith(self.verb_lemma_endings) for lemma in doc.lemmas(token))

    def _can_open(self, doc: Doc, token: Token, index: int) -> bool:
        """Whether a name may start with this token: a capital, and not just a capitalised common word
        opening the sentence ("Svečius priėmė ...", "Projektet ...")."""
        if not token.text[:1].isupper() or fold(token.text) in self.stop:
            return False
        if index in doc.sentence_first_tokens and is_common_word(token.text, self.profile):
            # ... unless it is a town's name before a capitalised word for a place's kind: "Limerick City and
            # County Council" (a limerick is a poem too).
            following = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
            return following is not None and following.text[:1].isupper() and self._is_town(doc, token) \
                and fold(following.text) in self.place_nouns
        return True

    def _organisations(self, doc: Doc, places: _ArticlePlaces) -> list[NamedSpan]:
        tokens = doc.tokens
        spans: list[NamedSpan] = []
        in_country = places.in_country
        for i, token in enumerate(tokens):
            if not token.text[:1].isalpha() or not (self._is_cue(doc, token) or self._compound_before_town(doc, i)):
                continue
            if token.is_upper and len(token.text) > 4:
                continue  # a cue in capitals is a shouted heading ("VIERAILU SUOMEN SUURLÄHETYSTÖSSÄ")
            left = i
            lowercase_taken = 0
            while left - 1 >= 0 and (self._joined(doc, tokens[left - 1], tokens[left])
                                     or self._abbreviated_modifier(doc, tokens[left - 1], tokens[left])):
                previous = tokens[left - 1]
                key = fold(previous.text)
                if without_possessive(previous.text) != previous.text and tokens[left].text[:1].islower():
                    break  # a possessive before a common noun describes: "Uppsala's schools", "the city's council"
                if self.head_first and left == i and token.text[:1].islower() and in_country(previous):
                    break  # "de Letse gemeente Ogre": a nationality before a lower-case head describes the name
                if previous.text[:1].isupper() and (key not in self.stop or key in self.name_nouns) \
                        and not self._is_title(key) \
                        and (not previous.is_upper or self._opening_initials(previous, left, i, in_country)):
                    # "Burmistrz Miasta Kłodzka": a title heads no organisation
                    if left < i and tokens[left].text[:1].isupper() and self._is_town(doc, tokens[left]) and (
                            in_country(previous) or self._inflected_town(doc, previous)
                            or self._second_town(doc, previous, tokens[left], token)):
                        # "i Polen Kalmar kommun": a country before a town's name says where it is; and an
                        # inflected town before one is a sentence's other place ("külastas Tartut Riia
                        # linnavolikogu": Riga's city council visited Tartu).
                        break
                    if left < i and in_country(previous) and places.opens_region(tokens[left]):
                        break  # "från Haapsalu i Estland Gotlands kommun": Estonia ends one place, Gotland opens one
                    left -= 1
                elif self._abbreviated_modifier(doc, previous, tokens[left]) and lowercase_taken < 3:
                    left -= 1  # "Vilkaviškio r. savivaldybės viešoji biblioteka": "r." is "rajono"
                    lowercase_taken += 1
                elif (self.lowercase_modifiers and previous.text[:1].islower() and lowercase_taken < 3
                      and key not in self.connectors and self._is_modifier(doc, previous)):
                    left -= 1  # Baltic genitives: "Plungės rajono savivaldybė"
                    lowercase_taken += 1
                elif (self.lowercase_modifiers and key in self.connectors and 0 < lowercase_taken < 3
                      and tokens[left].text[:1].islower() and left - 2 >= 0
                      and self._joined(doc, tokens[left - 2], previous)
                      and tokens[left - 2].text[:1].islower() and self._is_modifier(doc, tokens[left - 2])):
                    left -= 2  # two genitives joined: "Vilkaviškio vaikų ir jaunimo centras"
                    lowercase_taken += 1
                elif (key in self.conjunctions and left < i and left - 2 >= 0
                      and self._joined(doc, tokens[left - 2], previous)
                      and all(t.text[:1].isupper() and (fold(t.text) in self.place_nouns or (
                          not self.head_first and not self._is_town(doc, t) and not in_country(t)
                          and fold(t.text) not in self.stop and not self._is_cue(doc, t)))
                              for t in (tokens[left - 2], tokens[left]))):
                    # two place nouns joined before the head: "Limerick City and County Council"; or, where the
                    # head comes last, two words that are no places: "Scottish Fire and Rescue Service"
                    left -= 2
                else:
                    break
            # A name opens with a capital: drop lower-case words and sentence-opening common words in front.
            while left < i and not self._can_open(doc, tokens[left], left):
                left += 1
            right = i
            j = i + 1
            # Where the head noun comes last, a lower-case cue ends the name: the capitalised word after it
            # is another name ("Läti linnast Valmierast": from the Latvian town of Valmiera).
            ends_here = not self.head_first and token.text[:1].islower() and not (
                i + 1 < len(tokens) and fold(tokens[i + 1].text) in self.named_after)
            while not ends_here and j < len(tokens) and self._joined_in_name(doc, tokens[j - 1], tokens[j]):
                nxt = tokens[j]
                key = fold(nxt.text)
                if nxt.text[:1].isupper() and key not in self.stop and key not in self.months:
                    if self._is_title(key) and self._starts_person(doc, j + 1):
                        break  # "Highland Council Provost Bill Lobban": a title, then the person who holds it
                    if self._starts_person(doc, j) and fold(tokens[j - 1].text) not in self.named_after \
                            and not (j == i + 1 and tokens[left].text[:1].isupper() and self._patron(doc, j)):
                        break  # "Venskabsbykomiteen Tinne Borch Jacobsen": the name that follows is a person
                    right = j
                    j += 1
                elif key in self.named_after and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() \
                        and self._joined_in_name(doc, nxt, tokens[j + 1]):
                    j += 1  # "університет імені Івана Франка": the patron's name follows
                elif self._coordinated_complement(doc, i, j):
                    j += 1  # "Congress of Local and Regional Authorities", "Ministry of Education and Science"
                elif key in self.number_signs and j + 1 < len(tokens) and tokens[j + 1].text.isdigit() \
                        and self._joined_in_name(doc, nxt, tokens[j + 1]):
                    right = j + 1  # "Szkoła Podstawowa nr 3"
                    j += 2
                elif key in self.area_words and right == j - 1 > i and tokens[right].text.endswith("s"):
                    right = j  # "Region Jönköpings län": a county's authority, named with the county
                    break
                elif (self._connects(key, token) and j + 1 < len(tokens)
                      and tokens[j + 1].text[:1].isupper() and self._joined_in_name(doc, nxt, tokens[j + 1])
                      and not self._is_cue(doc, tokens[j + 1])
                      and not (key in self.conjunctions and self._opens_town(doc, j + 1))
                      and not (key in self.locative_prepositions and in_country(tokens[j + 1]))
                      and not (key in self.locative_prepositions and right > i
                               and is_cue_word(doc, token, self.settlement_cues))):
                    # "Pomocy Rodzinie w Gdańsku", "Hart voor Polen", "University of Tartu"; but a cue word
                    # after "i" opens a second organisation: "Administracja Państwowa i Asocjacja ... Hromad",
                    # a town after "en" is a second place: "de gemeente Apeldoorn en Zielona Góra", and a
                    # country says where the organisation is: "gminie Sortland w Norwegii"; nor does a named
                    # municipality run on into another town: "przedstawicieli gminy Sigdal w Lidzbarku" (in it).
                    j += 1
                else:
                    break
            if left == i and not self._can_open(doc, token, i):
                # A lower-case cue right before a name: "gminy Dobczyce" names the municipality in Polish,
                # but "samorządów w Niemczech" does not, and "kommunen Elektrenaì" is only an apposition in
                # Swedish.
                if not (self.head_first and right > i and tokens[i + 1].text[:1].isupper()):
                    if right == i or not any(self._is_cue(doc, t) for t in tokens[i + 1 : right + 1]):
                        continue
                    left = i + 1
                    while left < right and not self._can_open(doc, tokens[left], left):
                        left += 1  # "gemeente en Bakkerij de Groot Vereniging": the name opens with a capital
            if self.head_first and token.text[:1].islower() and left < i == right and not (
                    self.capitalises_first_word and tokens[i - 1].text[:1].isupper()):
                # A head-first name does not end in a lower-case cue: "w Niemczech gminy" is no name - unless the
                # language capitalises a name's first word only and a capitalised word stands right before the
                # head ("Slovácké muzeum").
                continue
            if self.capitalised_head and token.text[:1].islower():
                continue  # where names capitalise every main word a lower-case head is generic: "Scottish councils"
            if left >= i and token.text[:1].islower() and is_cue_word(doc, token, self.describing_cues):
                continue  # "partnerskiego miasta Kowno": the partner town of Kaunas, a town described
            if self._describes_a_town(doc, tokens[left : right + 1], token, in_country):
                continue
            start, end = tokens[left].start, self._extend_quote(doc, tokens[right].end)
            if self._titled_thing(doc, left):
                continue  # "projektu „Zielone Miasta”": a project's title, no organisation
            if left == right and end == tokens[right].end and self._is_cue_word(doc, tokens[left]):
                continue  # a bare cue word names no one: "Gmina", "Kommunen"
            spans.append(NamedSpan("ORG", start, end, "rules"))
        return spans

    @staticmethod
    def _opening_initials(token: Token, left: int, cue: int, in_country: Callable[[Token], bool]) -> bool:
        """Capitals open a name already under way as its initials ("ZF Friedrichshafen AG"); a longer word in
        capitals is a shouted heading, a country's code says where ("EU", "USA")."""
        return left < cue and 2 <= len(token.text) <= 4 and token.text.isalpha() and not in_country(token)

    def _coordinated_complement(self, doc: Doc, cue: int, j: int) -> bool:
        """Whether the conjunction at j joins two words of the complement after a capitalised head ("of"):
        ordinary words ("Local and Regional", "Education and Science") are the name's; after a proper
        noun ("Council of Europe and UK Foreign Office") a second name follows."""
        tokens = doc.tokens
        if fold(tokens[j].text) not in self.conjunctions or j + 1 >= len(tokens) or not tokens[cue].text[:1].isupper():
            return False
        linked = any(fold(t.text) in self.complement_connectors for t in tokens[cue + 1 : j])
        return linked and is_common_word(tokens[j - 1].text, self.profile) \
            and tokens[j + 1].text[:1].isupper() and self._joined_in_name(doc, tokens[j], tokens[j + 1])

    def _connects(self, key: str, cue: Token) -> bool:
        """Whether a word after the cue's name may carry it on: any connector where the head comes first,
        a complement's ("of") after a capitalised head elsewhere."""
        return (self.head_first and key in self.connectors) or (
            key in self.complement_connectors and cue.text[:1].isupper())

    def _describes_a_town(self, doc: Doc, run: list[Token], cue: Token, in_country: Callable[[Token], bool]) -> bool:
        """A town word after a country's name describes a town, it names no organisation: "Ruotsin
        kaupungista" (from the Swedish town), "Igaunijas pilsētas", "der litauischen Stadt Marijampolė" - while
        "Tukholman kaupunki" (the City of Stockholm) does name one. The language file lists its town words
        (`settlement_cues`)."""
        if not is_cue_word(doc, cue, self.settlement_cues):
            return False
        first = doc.token_index(run[0].start)
        before = doc.tokens[first - 1] if first else None
        if before is not None and run[0] is cue and before.text[:1].islower() and in_country(before):
            return True  # "aus der litauischen Stadt Marijampolė": a Lithuanian town, described
        names = [t for t in run if t is not cue and t.text[:1].isupper()]
        return bool(names) and all(in_country(t) for t in names)

    def _acronyms(self, doc: Doc) -> list[NamedSpan]:
        spans = []
        for token in doc.tokens:
            text = token.text
            if not (3 <= len(text) <= 5 and text.isupper() and text.isalpha()) or text in _NOT_ACRONYMS:
                continue
            if _ROMAN.match(text):
                continue
            sentence = doc.text[slice(*doc.sentence_of(token.start))]
            letters = [ch for ch in sentence if ch.isalpha()]
            if letters and sum(ch.isupper() for ch in letters) > 0.5 * len(letters):
                continue  # a heading in capitals, not an acronym
            spans.append(NamedSpan("ORG", token.start, token.end, "rules"))
        return spans

    # -- people ----------------------------------------------------------------------------------------

    def _first_name(self, doc: Doc, token: Token) -> bool:
        if fold(token.text) in self.not_first_names:
            return False  # "Im Frühjahr": a preposition some name list holds as a (Korean) first name
        names = first_names()
        return (is_first_name(token.text) or any(fold(lemma) in names for lemma in doc.lemmas(token))
                or any(is_first_name(base) for base in undo_endings(token.text, self.first_name_endings)))

    def _people(self, doc: Doc, places: _ArticlePlaces) -> list[NamedSpan]:
        tokens = doc.tokens
        spans: list[NamedSpan] = []
        i = 0
        while i < len(tokens):
            if not _name_shaped(tokens[i]):
                i += 1
                continue
            j = i
            # A title inside a capitalised run opens the name after it: "Kretinga District Mayor Antanas
            # Kalnius" is a place, a title and then the person.
            while (j + 1 < len(tokens) and j - i < 3 and _name_shaped(tokens[j + 1])
                   and self._joined(doc, tokens[j], tokens[j + 1]) and not self._is_title(fold(tokens[j + 1].text))):
                j += 1
            run = tokens[i : j + 1]
            keys = [fold(t.text) for t in run]
            bad = [k in self.stop or k in self.months or k in self.cues or self._is_title(k) for k in keys]
            # Trim words that cannot be part of a name from both ends of the run.
            while run and bad[0]:
                run, bad = run[1:], bad[1:]
            if run and run[0] is not tokens[i] and j - i == 3:
                # The run was cut at four words and its start was no name ("Burmistrz Miasta Kłodzka Michał
                # Piszko"): read again from the first word kept, so that the name after it is whole.
                i = tokens.index(run[0])
                continue
            # A cue word ending the run ends an organisation's name, not a person's: "Riga City Council" (Riga
            # is a first name too) holds no "Riga City".
            before_cue = len(run) > 1 and fold(run[-1].text) in self.cues
            while run and bad[-1]:
                run, bad = run[:-1], bad[:-1]
            if before_cue:
                run = []
            # "Meras Jonas Petraitis Kaune priėmė", "Prezydent Gdańska Jan Kowalski": a town in a case form
            # beside a full name says where or whose, it is not part of the name (names are written in
            # their base form there). A surname that is also a town's own name stays ("Jacek Kowal").
            # A first name right before it, with none before that, makes the word a surname, whatever town
            # shares it: "prezydenta Lublina Mariusz Banach" (Banach is no case of the village Banie).
            while len(run) > 2 and self._inflected_town(doc, run[-1]) and fold(run[-1].text) not in load_gazetteer() \
                    and not (self._first_name(doc, run[-2]) and not self._first_name(doc, run[-3])):
                run, bad = run[:-1], bad[:-1]
            # So does a city's own name after a full name: "Bürgermeister Andris Rāviņš Magdeburg besucht" (had
            # visited Magdeburg); a surname a village shares stays ("Anna Maria Kowal").
            while len(run) > 2 and not self._first_name(doc, run[-2]) and self._city_named(run[-1]):
                run, bad = run[:-1], bad[:-1]
            # ... but a first name that happens to look like a town's genitive stays ("Jens": Jen + s).
            dropped_town: Token | None = None
            while len(run) > 2 and self._inflected_town(doc, run[0]) and not self._first_name(doc, run[0]):
                dropped_town = run[0]
                run, bad = run[1:], bad[1:]
            # A country's name in a case form opens no person's name, whatever name lists hold it: "Viron
            # Rakveren valtuuskunta" (the delegation of Rakvere, Estonia); "Jordan Peterson" is written as the
            # country's own name.
            while run and places.inflected_country(run[0]):
                run, bad = run[1:], bad[1:]
            # "wiceburmistrz Stavanger Kari Nessa Nordtun": a town written as it is, then a first name; and
            # "мер Шяуляя Артурас Вісоцкас": a word no list knows (a foreign town's genitive), then a first
            # name - a name's first word is its first name.
            # So does an ordinary word opening a longer run with a first name inside it: "starosta Uherského
            # Hradiště Stanislav Blaha" (the mayor of Uherské Hradiště, a town of two words).
            # Once the town's genitive is gone, a word no list knows is a foreign first name ("мер Паневежиса
            # Рітіс Мікас Рачкаускас"), unless it is the town's second word ("Lidzbarka Warmińskiego").
            while len(run) > 2 and not self._first_name(doc, run[0]) and (
                    dropped_town is None or self._is_town(doc, run[0])
                    or known_keys(doc, [dropped_town, run[0]], load_gazetteer())) and (
                    self._first_name(doc, run[1]) or (is_common_word(run[0].text, self.profile)
                                                      and any(self._first_name(doc, t) for t in run[1:-1]))):
                run, bad = run[1:], bad[1:]
            if len(run) >= 2 and not any(bad) and not self._is_cue(doc, run[-1]):
                first = doc.tokens.index(run[0])
                titled = any(self._is_title(w) for w in doc.previous_words(first, 2))
                # After a title, words no list knows before a first name and a surname are whose title it is:
                # "starosta Zlatých Hor Milan Rác" (the mayor of Zlaté Hory, in a case form no rule undoes).
                opening = next((k for k, t in enumerate(run) if self._first_name(doc, t)), 0)
                if titled and 2 <= opening <= len(run) - 2:
                    run, bad = run[opening:], bad[opening:]
                    first = doc.tokens.index(run[0])
                # "In Hagen", "Am Rhein": a sentence-opening preposition that some lexicon lists as a first name
                # (Korean "In", Vietnamese "An"), then a town, is no person.
                preposition = (len(run) == 2 and len(run[0].text) <= 3 and first in doc.sentence_first_tokens
                               and is_common_word(run[0].text, self.profile) and self._is_town(doc, run[1]))
                # "från Riga Växjö": after a preposition of places, a first name that is a town is the town.
                towns = (first > 0 and fold(doc.tokens[first - 1].text) in self.place_prepositions
                         and all(self._is_town(doc, t) for t in run))
                # A whole town's name of several words is the town, though its first word is a first name:
                # "Zlaté Hory", "Santa Cruz".
                preposition = preposition or towns or (len(run) >= 2 and bool(known_keys(doc, run, load_gazetteer())))
                # After a title alone, a name holding an ordinary word before its last is an organisation's or
                # a programme's: "przez Polsko-Niemiecką Współpracę Młodzieży" (by the Polish-German Youth
                # Office); a surname may be one ("Кшиштоф Жук": a beetle). In German, where nouns are
                # capitalised, a noun the dictionary lists: "Bürgermeister besucht Partnerstadt Kolberg".
                titled = titled and not any(is_common_word(t.text, self.profile)
                                            or is_dictionary_noun(t.text, self.profile) for t in run[:-1])
                # A name with no first name that ends in a compound for a body is the body: "der Tallinner
                # Rettungsbehörde" (Tallinn's rescue board), though a title stands before it.
                body = not self._first_name(doc, run[0]) and ends_in_cue(fold(run[-1].text), self.cues)
                if (self._first_name(doc, run[0]) or titled or self._party_mark_after(doc, run[-1])) \
                        and not preposition and not body:
                    spans.append(NamedSpan("PER", run[0].start, run[-1].end, "rules"))
            i = j + 1
        return spans

    def _is_title(self, word: str) -> bool:
        return is_title(word, self.titles)

    def _is_town(self, doc: Doc, token: Token) -> bool:
        return bool(known_keys(doc, [token], load_gazetteer()))

    @staticmethod
    def _city_named(token: Token) -> bool:
        """Whether the word is the own name of a town of 20,000 people or more."""
        key = fold(token.text)
        return any(fold(p.name) == key and p.population >= _CITY_POPULATION for p in load_gazetteer().lookup(key))

    def _second_town(self, doc: Doc, previous: Token, town: Token, cue: Token) -> bool:
        """A town before the town a municipality is named after is another place, unless the two are one
        name: "lærere fra Flensborg Sønderborg Kommune besøgte" (teachers from Flensburg visited Sønderborg
        Municipality), but "Nowy Targ gmina" is one town's."""
        return (is_cue_word(doc, cue, self.settlement_cues) and previous.text[:1].isupper()
                and not known_keys(doc, [previous, town], load_gazetteer()))

    def _opens_town(self, doc: Doc, index: int) -> bool:
        """Whether a town's name of one or more words ("Zielona Góra") starts at this token."""
        tokens = doc.tokens
        run = [tokens[index]]
        for token in tokens[index + 1 : index + MAX_PLACE_TOKENS]:
            if not (token.text[:1].isupper() and self._joined(doc, run[-1], token)):
                break
            run.append(token)
        return any(known_keys(doc, run[:n], load_gazetteer()) for n in range(1, len(run) + 1))

    def _inflected_town(self, doc: Doc, token: Token) -> bool:
        """Whether the word is a European town's name in a case form ("Kaune", "Gdańsks"). Only Europe's: an
        ending undone reaches villages the world over ("Persen": Percé in Canada), and the names beside
        people in our articles are Europe's towns."""
        surface = fold(token.text)
        gazetteer = load_gazetteer()
        return any(k != surface and any(continents().get(p.country_code) == "EU" for p in gazetteer.lookup(k))
                   for k in known_keys(doc, [token], gazetteer))

    def find(self, doc: Doc) -> list[NamedSpan]:
        places = _ArticlePlaces(doc, self.profile)
        return self._organisations(doc, places) + self._acronyms(doc) + self._people(doc, places)


@backend("rules")
def _rules_backend(language: str, argument: str) -> RuleRecogniser:
    return RuleRecogniser(language)
