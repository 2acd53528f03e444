"""Per-language knowledge, as data.

Each language has one hand-written file, pipeline/lang/<code>.toml, holding only what the libraries lack
(inflected month forms CLDR does not list, cue words for organisations and visits, prepositions that mark
origin and destination, money words). Everything CLDR knows (month and weekday names, country names, the
names of languages that double as nationality adjectives, number symbols) is generated here from babel, and
dateparser's per-locale translation data adds further inflected month forms.
"""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError

from pipeline.lemmas import Lemmatizer, get_lemmatizer, simplemma_known, simplemma_lemma
from pipeline.text import fold

GENERIC = "xx"
# Codes served by another language's profile (Nynorsk reads well enough with the Bokmål cues).
PROFILE_ALIASES = {"nn": "nb", "no": "nb"}
# Languages whose name doubles as the adjective or demonym of one country ("norweski", "lettiska",
# "Lithuanian"): the language code -> that country.
NATIONAL_LANGUAGES: dict[str, str] = {
    "sv": "SE", "nb": "NO", "nn": "NO", "no": "NO", "da": "DK", "fi": "FI", "et": "EE", "lv": "LV",
    "lt": "LT", "pl": "PL", "de": "DE", "uk": "UA", "ru": "RU", "be": "BY", "cs": "CZ", "sk": "SK",
    "hu": "HU", "ro": "RO", "bg": "BG", "el": "GR", "it": "IT", "es": "ES", "pt": "PT", "fr": "FR",
    "nl": "NL", "is": "IS", "ka": "GE", "hr": "HR", "sr": "RS", "sl": "SI", "tr": "TR", "sq": "AL",
    "mk": "MK", "hy": "AM", "az": "AZ", "ga": "IE", "mt": "MT", "lb": "LU", "fo": "FO", "kk": "KZ",
    "ja": "JP", "zh": "CN", "ko": "KR", "he": "IL", "ar": "SA", "fa": "IR", "hi": "IN", "vi": "VN",
    "th": "TH", "id": "ID",
}
# CLDR territory codes that are not countries (EU, UN, continents, "Unknown region", pseudo-codes).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"})


@dataclass(frozen=True)
class LanguageProfile:
    """What the pipeline knows about one language. All word keys are folded (see text.fold)."""

    code: str
    name: str
    country: str
    lemmatizer: Lemmatizer
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    written_months: frozenset[str]  # month forms as spelt (lower-case, with diacritics)
    written_month_abbreviations: frozenset[str]
    weekdays: dict[str, int]
    country_names: dict[tuple[str, ...], str]
    demonyms: dict[str, str]
    supranational: frozenset[str]  # folded names and lemmas of continents and unions ("Europa", "EU")
    decimal: str
    group: str
    number_words: dict[str, int]  # folded number words: num2words' cardinals and the file's inflected forms
    raw: dict = field(repr=False, compare=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)  # derived views, built once

    def _derived(self, kind: str, section: str, key: str, build: Callable[[object], object]) -> object:
        memo_key = (kind, section, key)
        if memo_key not in self._memo:
            self._memo[memo_key] = build(self.raw.get(section, {}).get(key, {} if kind == "table" else []))
        return self._memo[memo_key]

    def words(self, section: str, key: str) -> frozenset[str]:
        """A word list from the language file, folded."""
        return self._derived("words", section, key, lambda items: frozenset(fold(w) for w in items))  # type: ignore[return-value]

    def phrases(self, section: str, key: str) -> tuple[tuple[str, ...], ...]:
        """A list of (possibly multi-word) phrases from the language file, folded into token tuples."""
        return self._derived(  # type: ignore[return-value]
            "phrases", section, key,
            lambda items: tuple(sorted({tuple(fold(p).split()) for p in items}, key=len, reverse=True)),
        )

    def table(self, section: str, key: str) -> dict[str, object]:
        return self._derived("table", section, key, lambda items: {fold(k): v for k, v in items.items()})  # type: ignore[return-value]

    def pairs(self, section: str, key: str) -> tuple[tuple[str, str], ...]:
        return self._derived("pairs", section, key, lambda items: tuple((a, b) for a, b in items))  # type: ignore[return-value]

    def derived(self, name: str, build: Callable[[LanguageProfile], object]) -> object:
        """A view of the profile that `build` makes, built once per profile: for views that combine several of
        the file's lists, which `words`, `pairs` and the like cannot."""
        memo_key = ("derived", name, "")
        if memo_key not in self._memo:
            self._memo[memo_key] = build(self)
        return self._memo[memo_key]

    def setting(self, section: str, key: str, default: object = None) -> object:
        return self.raw.get(section, {}).get(key, default)

    def lemmas(self, word: str) -> tuple[str, ...]:
        return self.lemmatizer.lemmas(word)


@lru_cache(maxsize=1)
def available_languages() -> list[str]:
    files = resources.files("pipeline.lang")
    return sorted(p.name[:-5] for p in files.iterdir() if p.name.endswith(".toml") and p.name[:-5] != GENERIC)


def has_profile(code: str) -> bool:
    return PROFILE_ALIASES.get(code, code) in available_languages()


@cache
def load_raw_language_file(code: str) -> dict:
    """The hand-written file for a language as a dict; {} when the language has none."""
    path = resources.files("pipeline.lang").joinpath(f"{code}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def _dateparser_info(code: str) -> dict:
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    except ImportError:
        return {}
    return getattr(module, "info", {})


_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass
class _Calendar:
    months: dict[str, int] = field(default_factory=dict)
    abbreviations: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    written_months: set[str] = field(default_factory=set)
    written_abbreviations: set[str] = field(default_factory=set)

    def add_month(self, form: str, number: int, abbreviated: bool) -> None:
        written = form.lower().rstrip(".")
        if abbreviated:
            self.abbreviations.setdefault(fold(written), number)
            self.written_abbreviations.add(written)
        else:
            self.months.setdefault(fold(written), number)
            self.written_months.add(written)


def _calendar_names(codes: list[str], raw: dict) -> _Calendar:
    calendar = _Calendar()
    for form, number in raw.get("dates", {}).get("months", {}).items():
        calendar.add_month(form, int(number), abbreviated=False)
    for code in codes:
        loc = _locale(code)
        if loc is not None:
            for context in ("format", "stand-alone"):
                for number, name in loc.months[context]["wide"].items():
                    calendar.add_month(name, number, abbreviated=False)
                for number, name in loc.months[context]["abbreviated"].items():
                    calendar.add_month(name, number, abbreviated=True)
                for number, name in loc.days[context]["wide"].items():
                    calendar.weekdays[fold(name)] = number
        info = _dateparser_info(code)
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for form in info.get(key, []):
                # dateparser lists abbreviations beside full forms; short ones collide with words
                # ("lis", "sie" in Polish), so they only count where a full stop or a number pins them.
                calendar.add_month(form, number, abbreviated=len(form.rstrip(".")) <= 4)
        for number, key in enumerate(_DAY_KEYS):
            for form in info.get(key, []):
                if len(form) >= 5:
                    calendar.weekdays.setdefault(fold(form), number)
    for form, number in raw.get("dates", {}).get("weekdays", {}).items():
        calendar.weekdays[fold(form)] = int(number)
    for form in list(calendar.abbreviations):
        if form in calendar.months:
            del calendar.abbreviations[form]
    return calendar


def _country_names(codes: list[str], raw: dict, lemmatizer: Lemmatizer) -> dict[tuple[str, ...], str]:
    names: dict[tuple[str, ...], str] = {}

    def add(name: str, iso: str) -> None:
        words = fold(name).replace("-", " ").split()
        if not words:
            return
        names.setdefault(tuple(words), iso)
        lemma_words = tuple(fold(lemmatizer.lemmas(w)[0]) for w in name.replace("-", " ").split())
        names.setdefault(lemma_words, iso)

    for code in codes:
        loc = _locale(code)
        if loc is None:
            continue
        for iso, name in loc.territories.items():
            if len(iso) == 2 and iso.isalpha() and iso not in _NOT_COUNTRIES:
                add(name, iso)
    for name, iso in raw.get("countries", {}).get("names", {}).items():
        add(name, iso)
    for name in raw.get("countries", {}).get("not_countries", []):
        names.pop(tuple(fold(name).split()), None)
    return names


def _supranational(codes: list[str], lemmatizer: Lemmatizer) -> frozenset[str]:
    names: set[str] = set()
    for code in codes:
        loc = _locale(code)
        if loc is None:
            continue
        for iso, name in loc.territories.items():
            if iso.isdigit() or iso in _NOT_COUNTRIES:
                names.add(fold(name))
                names.add(fold(lemmatizer.lemmas(name)[0]))
    return frozenset(names)


def _demonyms(codes: list[str], raw: dict, lemmatizer: Lemmatizer) -> dict[str, str]:
    demonyms: dict[str, str] = {}
    for code in codes:
        loc = _locale(code)
        if loc is None:
            continue
        for language, iso in NATIONAL_LANGUAGES.items():
            name = loc.languages.get(language)
            if name and " " not in name:
                demonyms.setdefault(fold(name), iso)
                demonyms.setdefault(fold(lemmatizer.lemmas(name)[0]), iso)
    for word, iso in raw.get("countries", {}).get("demonyms", {}).items():
        if iso:
            demonyms[fold(word)] = iso
    return demonyms


@cache
def load_profile(code: str) -> LanguageProfile:
    """The profile for a language code; unknown languages get the generic profile (English cues)."""
    raw = load_raw_language_file(PROFILE_ALIASES.get(code, code))
    if not raw:
        raw = {**load_raw_language_file(GENERIC), "code": code}
    lemmatizer = get_lemmatizer(raw.get("lemmatizer", "simplemma"), code)
    # English is always consulted too: articles quote English names ("Norwegian Financial Mechanism").
    codes = [code] if code == "en" else [code, "en"]
    calendar = _calendar_names(codes, raw)
    loc = _locale(code)
    symbols = loc.number_symbols.get("latn", {}) if loc is not None else {}
    return LanguageProfile(
        code=code,
        name=raw.get("name", code),
        country=raw.get("country", ""),
        lemmatizer=lemmatizer,
        months=calendar.months,
        month_abbreviations=calendar.abbreviations,
        written_months=frozenset(calendar.written_months),
        written_month_abbreviations=frozenset(calendar.written_abbreviations),
        weekdays=calendar.weekdays,
        country_names=_country_names(codes, raw, lemmatizer),
        demonyms=_demonyms(codes, raw, lemmatizer),
        supranational=_supranational(codes, lemmatizer),
        decimal=symbols.get("decimal", "."),
        group=symbols.get("group", ","),
        number_words={**_cardinals(code),
                      **{fold(k): int(v) for k, v in raw.get("numbers", {}).get("words", {}).items()}},
        raw=raw,
    )


# num2words' codes where they differ from ours.
_NUM2WORDS_CODES = {"nb": "no", "nn": "no"}


def _cardinals(code: str, up_to: int = 100) -> dict[str, int]:
    """The language's cardinal numbers 1 to `up_to` written as one word ("vijftien", "kaksikymmentä",
    "piecpadsmit", "twenty-two": the tokenizer keeps a hyphenated word whole), from num2words; the language
    files add the inflected forms it does not write ("dwunastu", "keturiolikos"). Empty for a language
    num2words lacks (Estonian)."""
    from num2words import CONVERTER_CLASSES, num2words

    lang = _NUM2WORDS_CODES.get(code, code)
    if lang not in CONVERTER_CLASSES:
        return {}
    words: dict[str, int] = {}
    for n in range(1, up_to + 1):
        word = fold(num2words(n, lang=lang))
        if " " not in word:
            words.setdefault(word, n)
    return words


def is_common_word(word: str, profile: LanguageProfile) -> bool:
    """A word the language (or English, which scraped pages mix in) uses as an ordinary lower-case word.

    "Dom", "Men", "Arena", "Peer" are; "Gdańsku" is not, although "gdańsku" is an adjective form, because
    the capitalised word lemmatises to a proper noun ("Gdańsk"). That second test is skipped for languages
    that capitalise every noun (German), where a capital says nothing.
    """
    capital_nouns = bool(profile.setting("organisations", "capitalises_nouns", False))
    return _is_common_word(word, profile.lemmatizer.language, capital_nouns)


def is_dictionary_noun(word: str, profile: LanguageProfile) -> bool:
    """A word the language's dictionary lists, in a language that capitalises every noun (German): there a
    capital does not tell a name from a noun ("Gegenbesuch"), so that the dictionary knows it must."""
    return bool(profile.setting("organisations", "capitalises_nouns", False)) \
        and simplemma_known(word.lower(), profile.lemmatizer.language)


@lru_cache(maxsize=200_000)
def _is_common_word(word: str, own: str, capital_nouns: bool) -> bool:
    lower = word.lower()
    for code in dict.fromkeys(c for c in (own, "en") if c):
        if not (simplemma_known(lower, code) and simplemma_lemma(lower, code)[:1].islower()):
            continue
        proper = word[:1].isupper() and simplemma_lemma(word, code)[:1].isupper()
        if code == own and not capital_nouns and proper:
            continue  # the capitalised form is a proper noun in its own right
        return True
    return False
