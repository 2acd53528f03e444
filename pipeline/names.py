"""Canonical forms of names found in inflected text.

"Miejskiego Ośrodka Pomocy Rodzinie w Gdańsku" -> "Miejski Ośrodek Pomocy Rodzinie w Gdańsku",
"Daugavpils novada pašvaldībā" -> "Daugavpils novada pašvaldība", "Joannę Pęcak-Rajca" -> "Joanna Pęcak-Rajca".
Inflection engines are chosen by the language's lemmatiser (a registry): Morfeusz for Polish can agree
adjectives with their head noun; elsewhere the head word (a cue noun such as "pašvaldībā") is lemmatised.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.langdata import LanguageProfile
from pipeline.lemmas import MorfeuszLemmatizer, _morfeusz, voikko_base_form
from pipeline.ner.rules import first_names, is_first_name
from pipeline.text import fold, undo_endings

# Quotation marks, and single ones only at a word's edge: an apostrophe inside a word is part of the name
# ("O’Brien", "Kask’iga").
_QUOTES = re.compile(r"[„“”\"«»‚]|(?<!\w)[‘’']|[‘’'](?!\w)")
# A case ending written after an apostrophe, where the language writes one on a name it cannot inflect as
# written (Estonian "Mari Kask'iga", Finnish "Bordeaux'ssa"): what follows the apostrophe is no part of it.
_APOSTROPHE_ENDING = re.compile(r"['’][^\W\d_A-ZÀ-Þ]+$")
_CASE_PREFERENCE = ("nom", "gen", "loc", "dat", "inst", "acc", "voc")


def tidy(text: str) -> str:
    return " ".join(_QUOTES.sub("", text).split()).strip(" ,.;:–-")


def _keep_case(original: str, form: str) -> str:
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _polish_nominative(words: list[str], profile: LanguageProfile) -> list[str]:
    """Put the head noun phrase of a Polish name into the nominative, adjectives agreeing with it."""
    lemmatizer = profile.lemmatizer
    assert isinstance(lemmatizer, MorfeuszLemmatizer)
    analyses = [lemmatizer.analyse(w) for w in words]
    cues = profile.words("organisations", "cues")
    # The head is the first cue noun ("Ośrodka"), else the first common noun; "Miejskiego" can also be
    # read as the surname Miejski, so proper-noun readings do not count.
    head = next((i for i, a in enumerate(analyses) if any(tag.startswith("subst") and fold(lemma) in cues
                                                             for lemma, tag in a)), None)
    if head is None:
        head = next((i for i, a in enumerate(analyses)
                     if any(tag.startswith("subst") and lemma[:1].islower() for lemma, tag in a)), None)
    if head is None:
        return words
    # The grammatical reading shared by the head and the adjectives before it.
    readings = []
    for lemma, tag in analyses[head]:
        parts = tag.split(":")
        if parts[0] == "subst" and len(parts) >= 4 and lemma[:1].islower():
            readings.append((lemma, parts[1], parts[2], parts[3]))
    agreeing = []
    for lemma, number, case, gender in readings:
        if all(_has_adj(analyses[i], number, case, gender) for i in range(head)):
            agreeing.append((lemma, number, case, gender))
    if not agreeing:
        return words
    # The reading the adjective after the head agrees with wins ("Lasy Państwowe" is plural); otherwise
    # organisation names are nearly always singular: "Ministerstwa Spraw" is read as the genitive
    # singular, not the nominative plural, and put back into "Ministerstwo".
    # A cue word's own lemma beats a rarer noun spelt alike ("gminie": gmina, not "gmin", the common folk).
    def preference(reading: tuple[str, str, str, str]) -> tuple[bool, bool, bool, int]:
        lemma, number, case, gender = reading
        followed = head + 1 < len(words) and _has_adj(analyses[head + 1], number, case, gender)
        return (not followed, fold(lemma) not in cues, number != "sg",
                _CASE_PREFERENCE.index(case) if case in _CASE_PREFERENCE else 99)

    agreeing.sort(key=preference)
    lemma, number, case, gender = agreeing[0]
    if case == "nom":
        return words
    out = list(words)
    noun = _generate(lemma, f"subst:{number}:nom:{gender}")
    if noun:
        out[head] = _keep_case(words[head], noun)
    end = head + 1
    while end < len(words) and _has_adj(analyses[end], number, case, gender):
        end += 1
    for i in [*range(head), *range(head + 1, end)]:
        adj_lemma = next(lem for lem, tag in analyses[i] if tag.startswith("adj"))
        form = _generate(adj_lemma, f"adj:{number}:nom:{gender}:pos")
        if form:
            out[i] = _keep_case(words[i], form)
    return out


def _has_adj(analysis: tuple[tuple[str, str], ...], number: str, case: str, gender: str) -> bool:
    for _lemma, tag in analysis:
        parts = tag.split(":")
        if parts[0] == "adj" and len(parts) >= 4 and parts[1] == number and parts[2] == case and parts[3] == gender:
            return True
    return False


def _generate(lemma: str, tag_prefix: str) -> str | None:
    for form, _lemma, tag, *_rest in _morfeusz().generate(lemma):
        if tag.startswith(tag_prefix):
            return form
    return None


def _compound_head(word: str) -> tuple[str, str]:
    """A hyphenated compound's lead and head: "EU-kommissionens" -> ("EU-", "kommissionens")."""
    head = word.rpartition("-")[2]
    return word[: len(word) - len(head)], head


def _head_last_nominative(words: list[str], profile: LanguageProfile) -> list[str]:
    """Lemmatise an inflected head noun at the end: "pašvaldībā" -> "pašvaldība" (a capitalised head
    keeps its capital)."""
    if not words:
        return words
    lead, head = _compound_head(words[-1])
    if len(words) < 2 and not head[:1].islower():  # a lone capitalised word is a name, not a head noun
        return words
    cues = profile.words("organisations", "cues")
    # Head nouns the lemmatiser misses ("ради", which simplemma leaves as it is) are listed by hand.
    listed = profile.setting("organisations", "head_nominative", {})
    assert isinstance(listed, dict)
    lemmas = (listed[head.lower()],) if head.lower() in listed else profile.lemmas(head.lower())
    for lemma in lemmas:
        if fold(lemma) in cues and lemma != head.lower():
            return [*_agreeing_adjectives(words[:-1], lemma, profile), lead + _keep_case(head, lemma)]
    if not any(fold(lemma) in cues for lemma in lemmas):
        # A closed compound the lemmatiser does not know ends in a head noun it does: "Kultuuriakadeemiat" is
        # kultuuri + akadeemiat, whose lemma akadeemia is a cue (Estonian partitive).
        for k in range(3, len(head) - 3):
            tail = head[k:].lower()
            lemma = next((lemma for lemma in profile.lemmas(tail) if fold(lemma) in cues and lemma != tail), None)
            if lemma:
                return [*_agreeing_adjectives(words[:-1], lemma, profile), lead + head[:k] + lemma]
    return words


def _cue_lemma(word: str, profile: LanguageProfile) -> str | None:
    """The first of a word's lemmas that is one of the language's organisation cues ("Fundacji" -> fundacja)."""
    cues = profile.words("organisations", "cues")
    return next((lemma for lemma in profile.lemmas(word.lower()) if fold(lemma) in cues), None)


def _head_first_nominative(words: list[str], profile: LanguageProfile) -> list[str]:
    """Where the head noun comes first and only the adjectives before it agree with it, put those back in
    the nominative with the head, and leave the genitives and names after it as written: "Městského úřadu
    Tábor" -> "Městský úřad Tábor" (Czech). Languages without adjective endings keep the name as written."""
    if not profile.setting("organisations", "adjective_nominative", {}):
        return words
    cues = profile.words("organisations", "cues")
    for k, word in enumerate(words):
        cue_lemma = _cue_lemma(word, profile)
        lemma = cue_lemma.lower() if cue_lemma else None
        if fold(word) in cues or lemma:
            if lemma is None or lemma == word.lower():
                return words
            return [*_agreeing_adjectives(words[:k], lemma, profile), _keep_case(word, lemma), *words[k + 1 :]]
    return words


def _agreeing_adjectives(words: list[str], head_lemma: str, profile: LanguageProfile) -> list[str]:
    """The adjectives right before a head noun put back into the nominative with it, by the case endings
    the language file lists for the head's gender (`adjective_nominative`, keyed by the ending of the
    head's lemma): "Тульчинської міської громади" -> "Тульчинська міська громада". The nearest word
    first; the first word that takes no listed ending (a genitive noun) ends the adjectives."""
    table = profile.setting("organisations", "adjective_nominative", {})
    assert isinstance(table, dict)
    endings = next((pairs for key, pairs in sorted(table.items(), key=lambda kv: -len(kv[0]))
                    if head_lemma.endswith(key)), None)
    if not endings:
        return words
    longest_first = sorted(endings, key=lambda pair: -len(pair[0]))
    # Where a place's genitive takes the same ending as an adjective (Lithuanian "Vilkaviškio" beside
    # "nacionalinio"), only lower-case words count as adjectives.
    lower_only = bool(profile.setting("organisations", "lowercase_adjectives", False))
    out = list(words)
    for k in range(len(out) - 1, -1, -1):
        word = out[k]
        match = next(((old, new) for old, new in longest_first
                      if word.lower().endswith(old) and len(word) > len(old) + 2), None)
        if match is None or (lower_only and not word[:1].islower()):
            break
        out[k] = word[: len(word) - len(match[0])] + match[1]
    return out


def _without_genitive(words: list[str], profile: LanguageProfile) -> list[str]:
    """Undo a genitive suffix on the name's head noun: "Båstads kommuns" -> "Båstads kommun",
    "EU-kommissionens" -> "EU-kommissionen", "Arbeitskreises Schwerte" -> "Arbeitskreis Schwerte". The head
    is the last word, or where the head comes first the first cue word; a genitive before the head stays
    ("Fredensborg Kommunes Venskabsbykomite"), and so does a Scandinavian definite ending, which belongs
    to the name ("Europeiska kommissionen")."""
    cues = profile.words("organisations", "cues")
    suffixes = profile.setting("organisations", "genitive_suffixes", [])

    def base(word: str) -> str | None:
        lead, head = _compound_head(word)
        for suffix in suffixes:
            stem = head[: -len(suffix)]
            if head.lower().endswith(suffix) and len(stem) > 2 and fold(stem) in cues:
                return lead + stem
        return None

    if not words:
        return words
    if profile.setting("organisations", "head", "last") == "first":
        index = next((i for i, w in enumerate(words) if fold(w) in cues or base(w)), None)
    else:
        index = len(words) - 1
    stem = base(words[index]) if index is not None else None
    if index is not None:
        # Adjectives before the head agree with it: "der Technischen Universität" -> "Technische Universität".
        head = stem or words[index]
        words = [*_agreeing_adjectives(words[:index], _compound_head(head)[1].lower(), profile), *words[index:]]
    return words if stem is None else [*words[:index], stem, *words[index + 1 :]]


NOMINATIVE_ENGINES: dict[str, Callable[[list[str], LanguageProfile], list[str]]] = {
    "morfeusz2": _polish_nominative,
    "simplemma": _head_last_nominative,
}


_QUOTED_TAIL = re.compile(r"\s[„“\"«‚‘][^„“”\"«»]+[”“\"»’‘]\s*$")


def organisation_name(text: str, profile: LanguageProfile) -> str:
    quoted = _QUOTED_TAIL.search(text)
    if quoted and profile.setting("organisations", "head", "last") == "last" \
            and not profile.setting("organisations", "genitive_suffixes"):
        # A quoted name after the head noun is the head's name, as written; the head before it takes the
        # case: "jauniešu centra „Kalnciems”" -> "jauniešu centrs Kalnciems" (the quoted name is no head).
        lead = tidy(text[: quoted.start()]).split()
        if len(lead) == 1:
            lead = _lone_head(lead[0], profile)
        elif lead:
            lead = organisation_name(" ".join(lead), profile).split()
        return " ".join([*lead, *tidy(quoted.group()).split()])
    words = tidy(text).split()
    if not profile.setting("organisations", "head_inflects", True):
        return " ".join(words)  # no case to undo: "Department of Social Services" is plural as named
    if profile.setting("organisations", "genitive_suffixes"):
        # Languages that mark the genitive with a suffix and no other case (Scandinavian, German).
        return " ".join(_without_genitive(words, profile))
    engine_name = profile.raw.get("lemmatizer", "simplemma")
    engine = NOMINATIVE_ENGINES.get(engine_name, _head_last_nominative)
    if profile.setting("organisations", "head", "last") == "first" and engine_name != "morfeusz2":
        return " ".join(_head_first_nominative(words, profile))
    return " ".join(engine(words, profile))


def _lone_head(word: str, profile: LanguageProfile) -> list[str]:
    """A head noun alone before a quoted name, in its nominative when its lemma is a cue ("Fundacji", "biedrības")."""
    lemma = _cue_lemma(word, profile)
    return [_keep_case(word, lemma) if lemma and not word.isupper() else word]  # "UAB" stays as written


def _polish_surnames(written: list[str], words: list[str], profile: LanguageProfile) -> list[str]:
    """Surnames after an inflected first name back into the nominative, in the first name's case and
    gender: "Tomasza Sadowskiego" -> "Tomasz Sadowski", "Annę Kowalską" -> "Anna Kowalska", "Jana Nowaka" ->
    "Jan Nowak". A foreign surname Morfeusz does not know loses the ending the first name lost ("z merem
    Povilasem Žagunisem" -> Povilas Žagunis, "Tomasza Gustafssona" -> Tomasz Gustafsson); any other surname it
    does not know, or reads in no agreeing case, stays as written."""
    lemmatizer = profile.lemmatizer
    assert isinstance(lemmatizer, MorfeuszLemmatizer)
    # The first name's case ending, where it is one added to the nominative ("Povilasem" = Povilas + -em).
    ending = written[0][len(words[0]):] if written[0].startswith(words[0]) else ""
    out = list(words)
    for k in range(1, len(words)):
        if ending and words[k].isalpha() and words[k].endswith(ending) and len(words[k]) > len(ending) + 2 \
                and not lemmatizer.analyse(words[k]):
            out[k] = words[k][: -len(ending)]
    readings = [tag.split(":") for lemma, tag in lemmatizer.analyse(written[0])
                if lemma == words[0] and tag.startswith("subst:sg:")]
    if not readings or any(parts[2] == "nom" for parts in readings):
        return out
    case, gender = readings[0][2], readings[0][3]
    for k in range(1, len(words)):
        if not words[k].isalpha():
            continue  # Morfeusz reads "Pęcak-Rajca" in parts: a double surname stays as written
        for lemma, tag in lemmatizer.analyse(words[k]):
            parts = tag.split(":")
            if len(parts) < 4 or parts[1:4] != ["sg", case, gender]:
                continue
            if parts[0] == "subst" and lemma[:1].isupper():
                out[k] = lemma
                break
            if parts[0] == "adj":
                form = _generate(lemma, f"adj:sg:nom:{gender}:pos") if gender == "f" else lemma
                if form:
                    out[k] = _keep_case(words[k], form)
                    break
    return out


# Where the lemmatiser can agree a surname with the first name's case (a registry, as for organisations).
SURNAME_ENGINES: dict[str, Callable[[list[str], list[str], LanguageProfile], list[str]]] = {
    "morfeusz2": _polish_surnames,
}


def _first_name_base(word: str, profile: LanguageProfile, native: bool = True) -> str:
    """A first name's dictionary form: the first of its lemmas that is a first name, where the language
    inflects names ("Edytą" -> "Edyta"); else, for a word that is no first name itself, the first form with
    a case ending undone that is one, by the endings the language file lists ("Олександром" -> "Олександр",
    "Rasos" -> "Rasa"); else the word as written ("Олександра" is a name of its own). `native` is False for a
    name whose surname has none of the language's endings, written as at home ("Marco Schröder")."""
    endings = profile.pairs("people", "first_name_endings")
    if profile.setting("people", "inflected", False):
        names = first_names()
        written_is_name = is_first_name(word)
        if written_is_name and word.endswith(tuple(profile.setting("people", "nominative_endings", []))):
            return word  # "Valdas" is a man's name as written, not the woman's "Valda" the lemmatiser makes of it
        if native and profile.setting("people", "endings_before_lemmas", False):
            # Where the language file's case endings know first names better than the lemmatiser: Lithuanian
            # "Valerijaus" is Valerijus (simplemma: the woman's Valerija), "Vilmos" is Vilma (as written, a
            # Hungarian man's name), "Jūratę" is Jūratė.
            base = _first_name_by_endings(word, endings)
            if base:
                return base
        for lemma in profile.lemmas(word):
            # The first lemma that is a first name; the word itself is the last candidate the lemmatiser gives.
            # A word that is a first name itself gives way only to a lemma that changes no more than its
            # case ending ("Jana" -> "Jan"), not to a shorter name the lemmatiser cut it to ("Kalervo" ->
            # "Kale").
            if written_is_name and not fold(lemma).startswith(fold(word)[:-2]):
                continue
            if written_is_name and not native and len(lemma) > len(word):
                continue  # a foreign name as written at home: "Kari Nilsen", not the Lithuanian "Karis"
            if fold(lemma) in names and lemma[:1].isupper():
                return lemma
    if is_first_name(word):
        return word
    return _first_name_by_endings(word, endings) or word


def _first_name_by_endings(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """The first form of the word with a case ending undone that is a first name, if any."""
    return next((base for base in undo_endings(word, endings) if is_first_name(base)), None)


def _surnames_by_endings(written: list[str], words: list[str], profile: LanguageProfile) -> list[str]:
    """Surnames after an inflected first name back by the endings the language file lists: "Петренком" ->
    "Петренко", "Ковальською" -> "Ковальська", "Petraičio" -> "Petraitis"."""
    surnames = profile.pairs("people", "surname_endings")
    if words[0].endswith(tuple(profile.setting("people", "feminine_first_name_endings", []))):
        # Where men's and women's surnames decline apart (Latvian "Kalniņu": Kalniņš's or Kalniņa's), the
        # first name says which.
        surnames = profile.pairs("people", "feminine_surname_endings") or surnames
    return [words[0], *[next(iter(undo_endings(word, surnames)), word) for word in words[1:]]]


def _surname_by_voikko(word: str, profile: LanguageProfile) -> str:
    """A Finnish surname's base form when Voikko knows it as a name ("Niinistön" -> "Niinistö", "Marinille" ->
    "Marin"); a surname it does not know, or a double one, stays as written."""
    import pyvoikko

    if "-" in word:
        return word  # Voikko writes "halla--Aho": its seams, not the name's spelling
    for analysis in pyvoikko.analyse(word.lower()):
        base = voikko_base_form(analysis)
        if analysis.CLASS in ("sukunimi", "etunimi") and base[:1].isupper():
            return base
    return word


def _surname_by_lemma(word: str, profile: LanguageProfile) -> str:
    """A surname's lemma when the lemmatiser's cut is one of the case endings the language file lists
    ("Kaljulaidiga" -> "Kaljulaid": -iga), so that a surname in the nominative is not cut ("Kummola" is
    no "Kumm" + -ola)."""
    endings = tuple(profile.setting("people", "last_word_endings", []))
    for lemma in profile.lemmas(word):
        if lemma[:1].isupper() and word.startswith(lemma) and word[len(lemma):] in endings:
            return lemma
    return word


# Where a name takes its case ending on its last word only ("Timo Koivistolle", "Kersti Kaljulaidiga"),
# what undoes it (the language file names one: `[people] last_word_inflects`).
LAST_WORD_ENGINES: dict[str, Callable[[str, LanguageProfile], str]] = {
    "voikko": _surname_by_voikko,
    "lemma": _surname_by_lemma,
}


def person_name(text: str, profile: LanguageProfile) -> str:
    """First names back to their dictionary form ("Edytą" -> "Edyta", "Олександром" -> "Олександр"), and
    when the first name was inflected its surnames too, by the lemmatiser where it can agree them
    ("Tomasza Sadowskiego" -> "Tomasz Sadowski"), else by the endings the language file lists ("Олександром
    Петренком" -> "Олександр Петренко"). In Finnish and Estonian only a name's last word takes the case
    ending ("Timo Koiviston" -> "Timo Koivisto"). Otherwise a name whose first word is as written stays so."""
    words = tidy(text).split()
    if not words:
        return ""
    if profile.setting("people", "apostrophe_case_endings", False):
        words = [_APOSTROPHE_ENDING.sub("", w) for w in words]
    written = list(words)
    endings = {e for e, _base in profile.pairs("people", "surname_endings")}
    endings |= set(profile.setting("people", "nominative_endings", []))
    native = len(words) == 1 or words[-1].lower().endswith(tuple(endings))
    last_word = LAST_WORD_ENGINES.get(str(profile.setting("people", "last_word_inflects")))
    if len(words) == 1 or not last_word:
        # Where only the last word takes the case ending, a first name before a surname is as written: the
        # Estonian "Oskari Auvinen" is Oskari, not the genitive of Oskar.
        words[0] = _first_name_base(words[0], profile, native)
    if len(words) > 1 and words[0] != written[0]:
        engine = SURNAME_ENGINES.get(str(profile.raw.get("lemmatizer", "simplemma")), _surnames_by_endings)
        words = engine(written, words, profile)
    elif len(words) > 1 and last_word:
        words[-1] = last_word(words[-1], profile)
    return " ".join(words)


def _stem_match(a: str, b: str) -> bool:
    """Two forms of one name word: 'martino'/'martin', 'henco'/'henc', 'wendys'/'wendy'."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short[: max(3, len(short) - 1)]) and len(long) - len(short) <= 3


def same_person(short: str, full: str) -> bool:
    """Whether `short` ("Wendys", "Martino Henčo") can be a mention of `full` ("Wendy Absillis", "Martin Henč")."""
    short_words, full_words = short.split(), full.split()
    if len(short_words) > len(full_words):
        return False
    if len(short_words) == len(full_words):
        return all(_stem_match(a, b) for a, b in zip(short_words, full_words, strict=True))
    return all(any(_stem_match(word, other) for other in full_words) for word in short_words)
