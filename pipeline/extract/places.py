"""Countries and place-name candidates, matched on lemmas so inflected forms count.

Countries: CLDR territory names in the article's language and in English ("z Norwegii" -> Norwegia -> NO,
"Zviedrijā" -> Zviedrija -> SE), and nationality adjectives and demonyms ("norweskiego", "lettiska",
"Lithuanian") from CLDR language names plus the language file.

Places: capitalised words and short runs of them ("Bad Kissingen", "Polanka Wielka") whose surface form,
lemma, or a form with a case ending undone ("Båstads" -> Båstad, "Bruntalį" -> Bruntal) is a GeoNames name.
These are only candidates: the resolver in normalise decides which GeoNames record, if any, they name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise, product

from pipeline.extract.doc import Doc
from pipeline.gazetteer import Gazetteer
from pipeline.langdata import LanguageProfile, is_common_word
from pipeline.records import Mention
from pipeline.text import Token, fold, without_possessive

MAX_PLACE_TOKENS = 4
# Articles and determiners that may stand between a preposition and a name, in our languages.
_ARTICLES = frozenset({"den", "det", "de", "der", "die", "das", "dem", "des", "the", "a", "an", "het", "een", "la",
                       "le", "les", "el", "il", "ta", "to", "tą", "tę", "ten", "tej", "tym", "jo", "ši"})
# Words that join the parts of a place name ("Kleinhöflein im Burgenland", "Frankfurt am Main").
_NAME_JOINERS = frozenset(
    {"am", "im", "an", "der", "nad", "pod", "upon", "on", "de", "la", "le", "sur", "en", "aan", "den"}
)


def _lemma_keys(doc: Doc, tokens: list[Token], limit: int = 8) -> list[str]:
    options = [[fold(t.text), *(fold(lemma) for lemma in doc.lemmas(t))] for t in tokens]
    options = [list(dict.fromkeys(o)) for o in options]
    keys = []
    for combo in product(*options):
        keys.append(" ".join(combo))
        if len(keys) >= limit:
            break
    return list(dict.fromkeys(keys))


def inflection_variants(profile: LanguageProfile, word: str, adjectives: bool = True) -> list[str]:
    """Forms of a folded word with one case ending undone, by the language's rules ("bastads" -> "bastad"),
    and the town a relational adjective is made from ("luckiej" -> "luck", "poznanskiej" -> "poznan"): the
    language file lists the adjective's endings and the stems that turn back into a town's name."""
    table = _inflection_table(profile)
    variants = []
    if word.endswith(table.case_suffixes):
        variants = [word[: len(word) - len(suffix)] + replacement for suffix, replacement in table.cases
                    if word.endswith(suffix) and len(word) - len(suffix) >= 3]
    if adjectives and word.endswith(table.adjective_suffixes):
        variants += [word[: len(word) - len(suffix)] + replacement for suffix, replacement in table.adjectives
                     if word.endswith(suffix) and len(word) - len(suffix) >= 2]
    return list(dict.fromkeys(variants))


@dataclass(frozen=True)
class _InflectionTable:
    cases: tuple[tuple[str, str], ...]  # folded case ending -> what replaces it, in the file's order
    adjectives: tuple[tuple[str, str], ...]  # folded adjective stem + ending -> the town's ending
    case_suffixes: tuple[str, ...]  # the endings alone, for one test of whether any applies
    adjective_suffixes: tuple[str, ...]


def _inflection_table(profile: LanguageProfile) -> _InflectionTable:
    """The language file's `[places]` inflections and adjective stems and endings, folded once: words are
    checked against them by the thousand per article."""
    def build(p: LanguageProfile) -> _InflectionTable:
        cases = tuple((fold(suffix), fold(replacement)) for suffix, replacement in p.pairs("places", "inflections"))
        endings = [fold(e) for e in p.setting("places", "adjective_endings", [])]
        adjectives = tuple((fold(stem) + ending, fold(replacement))
                           for stem, replacement in p.pairs("places", "adjective_stems") for ending in endings)
        return _InflectionTable(cases, adjectives, tuple(s for s, _ in cases), tuple(s for s, _ in adjectives))

    return profile.derived("inflection_table", build)  # type: ignore[return-value]


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return gap in (" ", "\u00a0", "-", " - ")


def preposition_cue(doc: Doc, index: int) -> str:
    """"origin" or "destination" from the preposition before a name ("från", "z", "iš"; "i", "w", "į"),
    looking past articles, possessives, nationality words and nouns such as "city" ("aus der Partnerstadt Bad
    Kissingen", "z norweskiego Aalesund", "från den lettiska staden")."""
    origin = doc.profile.words("places", "origin")
    destination = doc.profile.words("places", "destination")
    skippable = _ARTICLES | doc.profile.words("places", "place_nouns") | doc.profile.words("places", "determiners")
    sentence_start = doc.sentence_of(doc.tokens[index].start)[0]
    if _names_whose_town(doc, index, skippable):
        return ""
    j = index - 1
    word = ""
    while j >= 0 and index - j <= 4 and doc.tokens[j].start >= sentence_start:
        word = fold(doc.tokens[j].text)
        if word in origin or word in destination:
            break
        if j < index - 1 and _names_whose_town(doc, j, skippable):
            j -= 1  # "from Stavanger's sister city Norrköping": the preposition is Norrköping's
            continue
        lemma = fold(doc.lemmas(doc.tokens[j])[0])
        if word not in skippable and lemma not in skippable and lemma not in doc.profile.demonyms \
                and word not in doc.profile.demonyms:
            return ""
        if (word,) in doc.profile.country_names:
            return ""  # a country's name ("Pułtusk in Polen, Ogre"), not a nationality word spelt alike
        j -= 1
    else:
        return ""
    if word in origin:
        # "z" + instrumental is "with" in Polish ("z polskim miastem"), + genitive "from" ("z Norwegii").
        following = doc.tokens[j + 1].text.lower()  # case endings as written: "ą" is not "a"
        if any(following.endswith(s) for s in doc.profile.setting("places", "origin_not_before", [])):
            return ""
        return "origin"
    if word in destination:
        return "destination"
    return ""


def _names_whose_town(doc: Doc, index: int, place_nouns: frozenset[str] | set[str]) -> bool:
    """Whether the token is a possessive before a place noun and a name ("Stavanger's sister city
    Norrköping"): it only says whose twin the named town is, and a preposition before it is the name's."""
    tokens = doc.tokens
    text = tokens[index].text
    # The Scandinavian genitive has no apostrophe: "fra Svendborgs estiske venskabsby Kuressaare".
    # (Not where every noun has a capital: German "Städtepartnerschaftsfonds des Landes" is no town's.)
    suffixes = tuple(doc.profile.setting("organisations", "genitive_suffixes", []))
    genitive = text[:1].isupper() and bool(suffixes) and text.endswith(suffixes) \
        and not doc.profile.setting("organisations", "capitalises_nouns", False)
    if without_possessive(text) == text and not genitive:
        return False
    k = index + 1
    while k < len(tokens) and fold(tokens[k].text) in doc.profile.demonyms:
        k += 1  # ... its nationality
    nouns = k
    # ... but a town's genitive before its municipality word names that body: "från Söderhamns kommun".
    if genitive and nouns < len(tokens) and fold(tokens[nouns].text) in doc.profile.words(
            "organisations", "settlement_cues"):
        return False
    while k < len(tokens) and fold(tokens[k].text) in place_nouns:
        k += 1
    return nouns < k < len(tokens) and tokens[k].text[:1].isupper()


_FIRST_WORDS: dict[str, dict[str, int]] = {}


def _country_first_words(doc: Doc) -> dict[str, int]:
    """First words of the language's country names -> the longest name they open (to skip most tokens)."""
    code = doc.profile.code
    if code not in _FIRST_WORDS:
        table: dict[str, int] = {}
        for words in doc.profile.country_names:
            table[words[0]] = max(table.get(words[0], 0), len(words))
        _FIRST_WORDS[code] = table
    return _FIRST_WORDS[code]


def find_countries(doc: Doc) -> list[Mention]:
    names = doc.profile.country_names
    demonyms = doc.profile.demonyms
    capitalised_demonyms = bool(doc.profile.setting("countries", "demonyms_capitalised", False))
    first_words = _country_first_words(doc)
    found: list[Mention] = []
    tokens = doc.tokens
    i = 0
    while i < len(tokens):
        matched = 0
        token = tokens[i]
        longest = 0
        if token.text[:1].isupper():
            for key in (fold(token.text), *(fold(lemma) for lemma in doc.lemmas(token))):
                longest = max(longest, first_words.get(key, 0))
        for n in range(min(longest, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            if not span[0].text[:1].isupper():
                break
            if any(not _adjacent(doc.text, a, b) for a, b in pairwise(span)):
                continue
            keys = _lemma_keys(doc, span)
            iso = next((names[tuple(k.split())] for k in keys if tuple(k.split()) in names), None)
            if iso:
                start, end = span[0].start, span[-1].end
                found.append(Mention("country", start, end, doc.text[start:end], "countries", label_hint=iso,
                                     cue=preposition_cue(doc, i)))
                matched = n
                break
        if not matched and "-" in token.text:
            pair = _hyphenated_countries(doc, token, preposition_cue(doc, i))
            found += pair
            matched = 1 if pair else 0
        if not matched:
            token = tokens[i]
            if token.text[:1].isalpha() and (token.text[:1].isupper() or not capitalised_demonyms):
                # The lower-case word's lemmas too: a capital opening the sentence makes the lemmatiser read a
                # name ("Українську делегацію" -> the town Українськ, not український).
                keys = [fold(token.text), *(fold(lemma) for lemma in doc.lemmas(token)),
                        *(fold(lemma) for lemma in doc.profile.lemmas(token.text.lower()))]
                iso = next((demonyms[k] for k in keys if k in demonyms), None)
                if iso:
                    found.append(Mention("country", token.start, token.end, token.text, "demonyms", label_hint=iso,
                                         cue=preposition_cue(doc, i)))
        i += max(matched, 1)
    return found


def _hyphenated_countries(doc: Doc, token: Token, cue: str) -> list[Mention]:
    """The countries of a hyphenated pair that names a programme or a border between them ("Latvia-Lithuania",
    "Eesti-Soome", "Latvijas-Lietuvas", "Polska-Ukraina"), each in its own case form. The tokenizer keeps a
    hyphenated word whole, for towns like "Gorzów-Wielkopolski" and "Suure-Jaani"; only a word made wholly of
    countries' names, each capitalised, is read as those countries."""
    names = doc.profile.country_names
    found: list[Mention] = []
    offset = token.start
    for part in token.text.split("-"):
        keys = (fold(part), *(fold(lemma) for lemma in doc.profile.lemmas(part)))
        iso = next((names[(k,)] for k in keys if (k,) in names), None)
        if not part[:1].isupper() or iso is None:
            return []
        found.append(Mention("country", offset, offset + len(part), part, "countries", label_hint=iso, cue=cue))
        offset += len(part) + 1
    return found if len(found) > 1 else []


def place_keys(doc: Doc, tokens: list[Token]) -> list[str]:
    """Every gazetteer key a run of tokens could stand for: as written, lemmatised, case ending undone."""
    keys = _lemma_keys(doc, tokens)
    last = fold(tokens[-1].text)
    head = " ".join(fold(t.text) for t in tokens[:-1])
    for variant in inflection_variants(doc.profile, last):
        keys.append(f"{head} {variant}".strip())
    return list(dict.fromkeys(keys))


def known_keys(doc: Doc, tokens: list[Token], gazetteer: Gazetteer) -> tuple[str, ...]:
    """The keys of `place_keys` the gazetteer holds."""
    return tuple(k for k in place_keys(doc, tokens) if k in gazetteer) if tokens else ()


# A qualifier GeoNames keeps in a town's name: "Frankfurt (Oder)", "Halle (Saale)", "Frankfurt/Oder".
_QUALIFIER = re.compile(r"\s?\([^()\n]{1,30}\)|/\w+")


def _qualified(doc: Doc, end: int, key: str, gazetteer: Gazetteer) -> tuple[int, str] | None:
    """The end and key of a town's name with the qualifier that follows it, when GeoNames knows that name."""
    found = _QUALIFIER.match(doc.text, end)
    if not found:
        return None
    qualified = f"{key}{' ' if found.group().startswith((' ', '(')) else ''}{fold(found.group().strip())}"
    return (found.end(), qualified) if qualified in gazetteer else None


def _is_name_like(token: Token) -> bool:
    """Capitalised, and not a short all-capitals abbreviation ("EU", "AS", "RP", "EU's")."""
    first = token.text[:1]  # a possessive's apostrophe and s end a word: its first letter stays
    if not (first.isupper() and first.isalpha()):
        return False
    text = without_possessive(token.text)
    return not (text.isupper() and len(text) <= 3)


def _heads_a_name(tokens: list[Token], i: int, head_links: frozenset[str]) -> bool:
    """Word i is the head of a longer name: "Port" in "the Port of Aberdeen"."""
    return (i + 2 < len(tokens) and fold(tokens[i + 1].text) in head_links and _is_name_like(tokens[i + 2])
            and (i == 0 or not _is_name_like(tokens[i - 1])))


def _opens_longer_name(doc: Doc, token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a key of more than one word may open with the word, as written or by a lemma (a key of a run is
    its words' forms joined by spaces)."""
    openings = gazetteer.longer_name_openings
    return any(form.split(" ", 1)[0] in openings
               for form in (fold(token.text), *(fold(lemma) for lemma in doc.lemmas(token))))


def find_place_candidates(doc: Doc, gazetteer: Gazetteer, blocked: frozenset[str]) -> list[Mention]:
    """Runs of capitalised tokens that a gazetteer key matches, longest first.

    `blocked` holds folded words that are never place names here (stop words, months, cue words).
    """
    tokens = doc.tokens
    name_like = [_is_name_like(t) for t in tokens]
    head_links = doc.profile.words("places", "head_links")
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not name_like[i] or fold(tokens[i].text) in blocked or _heads_a_name(tokens, i, head_links):
            i += 1
            continue
        matched = 0
        for n in range(MAX_PLACE_TOKENS if _opens_longer_name(doc, tokens[i], gazetteer) else 1, 0, -1):
            span = tokens[i : i + n]
            if len(span) < n or not name_like[i + n - 1]:
                continue
            if any(not _adjacent(doc.text, a, b) for a, b in pairwise(span)):
                continue
            if any(not name_like[i + k] and fold(t.text) not in _NAME_JOINERS for k, t in enumerate(span)):
                continue
            all_keys = place_keys(doc, span)
            if any(k in blocked for k in all_keys):
                continue  # "Europos" is Europe's genitive, whatever town spells itself so
            keys = [k for k in all_keys if k in gazetteer]
            if keys:
                start, end = span[0].start, span[-1].end
                qualified = _qualified(doc, end, keys[0], gazetteer)
                if qualified:
                    end, keys = qualified[0], [qualified[1]]
                    n = sum(1 for t in tokens[i:] if t.start < end)
                found.append(Mention("place", start, end, doc.text[start:end], "gazetteer", keys=tuple(keys),
                                     cue=preposition_cue(doc, i)))
                matched = n
                break
        i += max(matched, 1)
    return found


# A misspelt name is one letter off the town's ("Druskninkai"); only names this long and towns this large
# are worth the guess, which a shorter name or a village would make of ordinary words and surnames.
_MISSPELT_MIN_LENGTH = 8
_MISSPELT_MIN_POPULATION = 10_000


def find_misspelt_places(doc: Doc, gazetteer: Gazetteer, mentions: list[Mention],
                         countries: set[str]) -> list[Mention]:
    """Names one letter off the name of a town of `countries` (those the article names and its language's
    own): a letter missing, added, changed or two swapped ("Druskninkai" for Druskininkai), written where no
    other mention stands. GeoNames lists alternate spellings, not typing errors, which scraped news has."""
    indexes = [_one_letter_off(gazetteer, country) for country in sorted(countries)]
    found = []
    for i, text in _unnamed_words(doc, mentions, _MISSPELT_MIN_LENGTH):
        word = fold(text)
        if word in gazetteer:
            continue
        forms = [word, *(word[:k] + word[k + 1 :] for k in range(len(word)))]
        names = {name for index in indexes for form in forms for name in index.get(form, ())}
        names.discard(word)
        if len(names) == 1 and not is_common_word(text, doc.profile):
            found.append(_guessed_place(doc, i, text, (names.pop(),)))
    return found


def _unnamed_words(doc: Doc, mentions: list[Mention], min_length: int) -> list[tuple[int, str]]:
    """Capitalised words of letters only, at least `min_length` long, where no mention stands but a place a
    model found that no record names (it may be the town guessed): their positions and texts."""
    words = [(i, text) for i, token in enumerate(doc.tokens)
             if len(token.text) >= min_length and token.text[:1].isupper()
             and len(text := without_possessive(token.text)) >= min_length and _is_name_like(token) and text.isalpha()]
    if not words:
        return []
    spans = sorted((m.start, m.end) for m in mentions if m.type != "place" or m.keys)
    starts = [start for start, _end in spans]
    reach = list(accumulate((end for _start, end in spans), max, initial=0))  # farthest end of the first k spans

    def free(token: Token) -> bool:
        return reach[bisect_left(starts, token.end)] <= token.start  # no span starting before its end reaches it

    return [(i, text) for i, text in words if free(doc.tokens[i])]


def _guessed_place(doc: Doc, index: int, text: str, keys: tuple[str, ...]) -> Mention:
    start = doc.tokens[index].start
    return Mention("place", start, start + len(text), text, "gazetteer", keys=keys, cue=preposition_cue(doc, index))


@cache
def _one_letter_off(gazetteer: Gazetteer, country: str) -> dict[str, tuple[str, ...]]:
    """Each folded name of the country's larger towns and each of its forms with one letter left out ->
    the names: a word is one letter off a name when it, or it without one of its letters, is a key here."""
    index: dict[str, set[str]] = {}
    for town in gazetteer.towns(country, _MISSPELT_MIN_POPULATION):
        name = fold(town.name)
        if len(name) < _MISSPELT_MIN_LENGTH - 1 or not name.isalpha():
            continue
        for form in {name, *(name[:k] + name[k + 1 :] for k in range(len(name)))}:
            index.setdefault(form, set()).add(name)
    return {form: tuple(sorted(names)) for form, names in index.items()}


# Countries whose towns' names come from Cyrillic: each language spells them its own way ("Tšernihiv",
# "Čerņihiva", "Tjernihiv", "Tschernihiw"), GeoNames mostly in English only ("Chernihiv").
_CYRILLIC_NAMED = ("UA", "BY", "RU", "MD")
_TRANSLITERATED_MIN_LENGTH = 4
# English digraphs and the letters of other spellings brought to one form each: "shch" and "šč", "ch" and "č",
# "zh" and "ž", "kh" and "h" (х), "ts" and "c"; "y", "j" and "i" alike.
_SKELETON_DIGRAPHS = re.compile(r"shch|sh|ch|zh|kh|ts")
_SKELETON_LETTERS = {"shch": "sc", "sh": "s", "ch": "c", "zh": "z", "kh": "h", "ts": "c"}


def transliteration_skeleton(folded: str) -> str:
    """A folded name reduced to what every Latin spelling of a Cyrillic name shares: "chernihiv",
    "tsernihiv" (Estonian tš, folded) -> "cernihiv"; "zhytomyr", "zitomir" -> "zitomir"."""
    reduced = _SKELETON_DIGRAPHS.sub(lambda m: _SKELETON_LETTERS[m.group()], folded)
    reduced = re.sub(r"[yj]", "i", reduced.replace("'", ""))
    return re.sub(r"(.)\1+", r"\1", reduced)


def find_transliterated_places(doc: Doc, gazetteer: Gazetteer, mentions: list[Mention],
                               countries: set[str]) -> list[Mention]:
    """Towns of a Cyrillic-writing country the article names, spelt the language's way, case ending and
    all ("Trostjanetsi linna", "Žõtomõrist"), where no other mention stands: the word and its forms with a
    case ending undone, in the language's letters for Cyrillic ones (`[places] transliteration`: Estonian
    "õ" for и, Swedish "tj" for ч) and then reduced to a skeleton, match the skeleton of a GeoNames name."""
    named = [c for c in _CYRILLIC_NAMED if c in countries]
    if not named:
        return []
    indexes = [_skeleton_index(gazetteer, country) for country in named]
    letters = doc.profile.pairs("places", "transliteration")
    found = []
    for i, text in _unnamed_words(doc, mentions, _TRANSLITERATED_MIN_LENGTH):
        word = fold(_respell(text.lower(), letters))
        # Two endings may need undoing: the case's and the nominative's a language gives a foreign name
        # (Latvian "Čerņihivas": Čerņihiva, Chernihiv; Lithuanian "Trostianeco": Trostianecas, Trostianets).
        first = inflection_variants(doc.profile, word, adjectives=False)
        forms = [word, *first, *(v for f in first for v in inflection_variants(doc.profile, f, adjectives=False))]
        for form in dict.fromkeys(forms):
            # Several towns may share a skeleton ("Trostyanets", "Trostianets"): the resolver chooses.
            names = sorted({name for index in indexes for name in index.get(transliteration_skeleton(form), ())})
            if names:
                found.append(_guessed_place(doc, i, text, tuple(names)))
                break
    return found


def _respell(word: str, letters: tuple[tuple[str, str], ...]) -> str:
    """The word with the language's letters for Cyrillic ones in English romanisation, each written letter
    read once, longest first (Swedish "tj" is ч, its "ch" х)."""
    if not letters:
        return word
    table = dict(letters)
    return _respelling_pattern(letters).sub(lambda m: table[m.group()], word)


@cache
def _respelling_pattern(letters: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k, _ in sorted(letters, key=lambda kv: -len(kv[0]))))


@cache
def _skeleton_index(gazetteer: Gazetteer, country: str) -> dict[str, tuple[str, ...]]:
    """Skeletons of the folded own names of a country's towns -> the names."""
    index: dict[str, set[str]] = {}
    for town in gazetteer.towns(country, 0):
        name = fold(town.name)
        if name.isalpha():
            index.setdefault(transliteration_skeleton(name), set()).add(name)
    return {skeleton: tuple(sorted(names)) for skeleton, names in index.items()}
