"""Sums of money: amount with local grouping and decimal marks, a multiplier, and a currency.

price-parser reads one price per string and ignores multipliers ("1,5 mln zł" -> 1.5), so sums in running
text are found here: a number next to a currency symbol, ISO code or word of the article's language
("449 029,21 EUR", "25 000 zł", "130 000 kronor", "120.000 €", "1,5 mln zł", "€2.5 million", "25.000 kr.").
The crown ("kr", "kronor", "kroner") is left as "kr": which crown it is depends on the language and the
countries of the article, which normalise knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from pipeline.extract.doc import Doc, fold_same_length
from pipeline.langdata import LanguageProfile, load_raw_language_file
from pipeline.records import Mention, MoneyParts

_NUMBER = r"(?P<num>\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
# Symbols and codes understood in every language.
_UNIVERSAL = {"€": "EUR", "$": "USD", "£": "GBP", "zł": "PLN", "kr": "kr", "грн": "UAH", "₴": "UAH", "kč": "CZK"}


@dataclass(frozen=True)
class MoneyGrammar:
    patterns: tuple[re.Pattern[str], re.Pattern[str]]  # number first ("25 000 zł"), currency first ("€2.5m")
    currencies: dict[str, str]
    multipliers: dict[str, float]


_GRAMMARS: dict[str, MoneyGrammar] = {}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


def grammar(profile: LanguageProfile) -> MoneyGrammar:
    if profile.code in _GRAMMARS:
        return _GRAMMARS[profile.code]
    currencies = {fold_same_length(k): v for k, v in _UNIVERSAL.items()}
    for code in ("en", profile.code):
        for word, iso in load_raw_language_file(code).get("money", {}).get("currencies", {}).items():
            currencies[fold_same_length(word)] = iso
    multipliers = {fold_same_length(k): float(v) for k, v in profile.table("money", "multipliers").items()}
    multipliers.update({fold_same_length(k): float(v) for k, v in
                        load_raw_language_file("en").get("money", {}).get("multipliers", {}).items()
                        if k not in {"m", "k"} or profile.code == "en"})
    iso_codes = [c.alpha_3.lower() for c in pycountry.currencies]
    cur_words = _alternation([*currencies, *iso_codes])
    mult = rf"(?:\s*(?P<mult>{_alternation(list(multipliers))})(?!\w)\.?)?"
    currency = rf"(?P<cur>{cur_words})"
    # ",-" after whole units: "3.500,- Euro", "500,- zł"
    number_first = re.compile(rf"(?<![\w.,]){_NUMBER}(?!\d)(?:[.,][-–])?{mult}\s*{currency}(?!\w)\.?")
    currency_first = re.compile(rf"(?<!\w){currency}\s*{_NUMBER}(?!\d){mult}")
    built = MoneyGrammar(patterns=(number_first, currency_first), currencies=currencies, multipliers=multipliers)
    _GRAMMARS[profile.code] = built
    return built


def parse_amount(number: str) -> float:
    """'449 029,21' -> 449029.21; '120.000' -> 120000; '2.5' -> 2.5; '1,5' -> 1.5."""
    digits = re.sub(r"[ \u00a0\u202f'’]", "", number)
    if "." in digits and "," in digits:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        group = "," if decimal == "." else "."
        return float(digits.replace(group, "").replace(decimal, "."))
    for mark in (".", ","):
        if mark in digits:
            parts = digits.split(mark)
            # One mark followed by exactly three digits groups thousands ("25.000 kr", "120,000 $").
            if len(parts) > 2 or len(parts[-1]) == 3:
                return float("".join(parts))
            return float(".".join(parts))
    return float(digits)


def find_money(doc: Doc) -> list[Mention]:
    g = grammar(doc.profile)
    found: list[Mention] = []
    matches = [m for pattern in g.patterns for m in pattern.finditer(doc.folded)]
    taken: list[tuple[int, int]] = []
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        number = m.group("num")
        currency_word = m.group("cur")
        written = doc.text[m.start("cur") : m.end("cur")]
        currency = g.currencies.get(currency_word)
        if currency is None:
            # A bare three-letter code counts only when written in capitals ("EUR", not "eur" the word).
            if not written.isupper():
                continue
            currency = currency_word.upper()
        multiplier = g.multipliers.get(m.group("mult"), 1.0) if m.group("mult") else 1.0
        if multiplier == 1.0 and currency_word in g.multipliers:  # "3,5 mkr": a million crowns
            multiplier = g.multipliers[currency_word]
        amount = round(parse_amount(number) * multiplier, 2)
        start, end = m.span()
        if doc.text[end - 1] == "." and currency_word != "kr":  # keep "kr.", leave a sentence's full stop
            end -= 1
        while end > start and doc.text[end - 1] in " \u00a0":
            end -= 1
        taken.append((start, end))
        found.append(Mention("money", start, end, doc.text[start:end], "money", money=MoneyParts(amount, currency)))
    return found
