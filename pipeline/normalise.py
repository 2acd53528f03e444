"""Stage 5: turn mentions into normalised entities.

Places become GeoNames records (or are dropped when no record is convincing), countries ISO 3166 codes,
dates ISO 8601 with their year resolved (from the text, the published date, a weekday, else --MM-DD),
sums an amount and an ISO 4217 currency, names their canonical form.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.config import Settings
from pipeline.entities import ArticleMentions
from pipeline.extract.doc import Doc
from pipeline.gazetteer import load as load_gazetteer
from pipeline.geo import MIN_CONFIDENCE, PlaceResolver, Resolution, Support
from pipeline.langdata import is_common_word
from pipeline.names import organisation_name, person_name, same_person, tidy
from pipeline.records import DateParts, DetectedArticle, Entity, Mention
from pipeline.text import fold
from pipeline.timing import timed

# Which crown "kr" is, by the article's language; otherwise by the countries it names.
_CROWNS_BY_LANGUAGE = {"sv": "SEK", "da": "DKK", "nb": "NOK", "nn": "NOK", "is": "ISK"}
_CROWNS_BY_COUNTRY = {"SE": "SEK", "DK": "DKK", "NO": "NOK", "IS": "ISK"}


@dataclass
class NormalisedArticle:
    detected: DetectedArticle
    doc: Doc
    entities: list[Entity]


# -- dates -------------------------------------------------------------------------------------------------

def format_date(year: int | None, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}" if year else ""
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _closest_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts month/day nearest the reference day ("23 December" read in January)."""
    best = reference.year
    best_distance = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = year, distance
    return best


def _weekday_year(month: int, day: int, weekday: int, today: dt.date) -> int | None:
    """The latest year, up to next year, in which month/day falls on the weekday.

    News reports what happened or is about to, so the search runs back from next year.
    """
    for year in range(today.year + 1, today.year - 40, -1):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def parse_iso_day(value: str) -> dt.date | None:
    """The day of an ISO date or timestamp ("2024-05-01", "2024-05-01T10:00:00Z"), or None."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


@dataclass
class DateContext:
    """What a date without a year can borrow one from: dated mentions in the text, then the published day."""

    anchors: list[tuple[int, dt.date]]  # (offset, date) of mentions that state day, month and year
    published: dt.date | None
    today: dt.date

    def reference(self, offset: int) -> dt.date | None:
        if self.anchors:
            return min(self.anchors, key=lambda a: abs(a[0] - offset))[1]
        return self.published


def date_context(mentions: list[Mention], published: str, today: dt.date) -> DateContext:
    anchors = []
    for m in mentions:
        parts = m.date
        if m.type == "date" and parts and parts.year and parts.month:
            anchors.append((m.start, dt.date(parts.year, parts.month, parts.day or 1)))
    return DateContext(anchors, parse_iso_day(published), today)


def resolve_date(parts: DateParts, offset: int, context: DateContext) -> tuple[str, str]:
    """ISO value and end value of a date mention."""
    year, end_year = parts.year, parts.end_year
    if year is None and parts.month is not None and parts.day is not None:
        reference = context.reference(offset)
        if reference is not None:
            year = _closest_year(parts.month, parts.day, reference)
        elif parts.weekday is not None:
            year = _weekday_year(parts.month, parts.day, parts.weekday, context.today)
        if year is not None and parts.is_range and end_year is None:
            end_year = year + (1 if (parts.end_month or 0) < parts.month else 0)
    value = format_date(year, parts.month, parts.day)
    end_value = format_date(end_year, parts.end_month, parts.end_day) if parts.is_range else ""
    return value, end_value


# -- money -------------------------------------------------------------------------------------------------

def resolve_currency(currency: str, language: str, countries: set[str]) -> str:
    if currency != "kr":
        return currency
    if language in _CROWNS_BY_LANGUAGE:
        return _CROWNS_BY_LANGUAGE[language]
    named = sorted({_CROWNS_BY_COUNTRY[c] for c in countries if c in _CROWNS_BY_COUNTRY})
    return named[0] if len(named) == 1 else "SEK"


def _amount(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


# -- the stage ---------------------------------------------------------------------------------------------

def _place_entity(article_id: str, mention: Mention, resolution: Resolution) -> Entity:
    place = resolution.place
    return Entity(
        article_id=article_id, type="city", text=mention.text, start=mention.start, end=mention.end,
        value=place.name, country_code=place.country_code, geonameid=str(place.geonameid),
        latitude=f"{place.latitude:.5f}", longitude=f"{place.longitude:.5f}", confidence=resolution.confidence,
        cue=mention.cue,
    )


def _region_entity(mention: Mention, base: dict) -> Entity:
    """A region with its GeoNames record when its ISO 3166-2 subdivision links to one (no coordinates:
    the region records carry none); otherwise the name the region finder knows it by."""
    country_code, name, iso = mention.label_hint.split("|")  # as pipeline/extract/regions.py writes it
    record = load_gazetteer().region(iso) if iso else None
    if record is None:
        return Entity(type="region", value=name, country_code=country_code, **base)
    return Entity(type="region", value=record.name, country_code=record.country_code,
                  geonameid=str(record.geonameid), confidence=1.0, **base)


# What may stand between a town and the country that says where it is: "Łucka na Ukrainie", "Mechelen,
# Belgien", "Elverum (Norway)", "Ogre in Lettland" - punctuation and one short word.
_APPOSITION_GAP = re.compile(r"\s*[,(]?\s*(\w{1,3}\s+)?")


def _stated_country(doc: Doc, mention: Mention, mentions: list[Mention]) -> str:
    """The country named right after a place mention, if any: "Lier w Norwegii", "Mechelen (Belgium)", but
    not "Vilnius and Latvia", a list of two places, nor a country opening the next sentence ("Polish guests in
    Tartu" as a title, then "A Polish delegation ...")."""
    conjunctions = doc.profile.words("visits", "conjunctions")
    for other in mentions:
        if other.type == "country" and 0 <= other.start - mention.end <= 6 \
                and (gap := _APPOSITION_GAP.fullmatch(doc.text[mention.end : other.start])) \
                and fold((gap.group(1) or "").strip()) not in conjunctions \
                and doc.sentence_of(other.start) == doc.sentence_of(mention.start):
            return other.label_hint
    return ""


def _written_as_names(doc: Doc) -> frozenset[str]:
    """Words the text writes with a capital inside a sentence of ordinary text (a third of its words or more
    in lower case: no Title Case heading) and nowhere in lower case: "Limerick" in "visited Limerick from 6 to 8
    November". Nothing in a language that capitalises every noun, where a capital says nothing."""
    if doc.profile.setting("organisations", "capitalises_nouns", False):
        return frozenset()
    lower = {t.text for t in doc.tokens if t.text[:1].islower()}
    capital_inside: set[str] = set()
    for start, end in doc.sentences:
        first = doc.token_at_or_after(start)  # the sentence's first token, capitalised by grammar
        if first is None:
            break
        stop = doc.token_at_or_after(end)
        inside = [t.text for t in doc.tokens[first + 1 : stop] if t.text[:1].isalpha()]
        capitalised = [w for w in inside if w[:1].isupper()]
        if 3 * len(capitalised) < 2 * len(inside):  # a Title Case Heading capitalises nearly every word
            # ... and so does a title quoted inside a sentence: a capital beside a capitalised ordinary word
            # ("Democracy and Human Rights 2023") says nothing of either.
            title_case = {inside[k] for k in range(len(inside)) if inside[k][:1].isupper() and any(
                inside[n][:1].isupper() and is_common_word(inside[n], doc.profile)
                for n in (k - 1, k + 1) if 0 <= n < len(inside))}
            capital_inside.update(w for w in capitalised if w not in title_case)
    return frozenset(w for w in capital_inside if w.lower() not in lower)


def _resolve_places(am: ArticleMentions, countries: set[str]) -> dict[int, Resolution | None]:
    """Resolution of every place mention (None: no convincing record)."""
    doc = am.doc
    # A region named supports its country's towns, and its own towns more ("Schwedtissä Brandenburgissa":
    # Schwedt in Brandenburg, Germany).
    regions = [m.label_hint.split("|") for m in am.mentions if m.type == "region"]
    region_records = [load_gazetteer().region(iso) for _, _, iso in regions if iso]
    named_regions = frozenset((r.country_code, r.admin1) for r in region_records if r is not None)
    region_countries = frozenset(country for country, _, _ in regions if country)
    resolver = PlaceResolver(load_gazetteer(), doc.profile, countries)
    places = [(i, m) for i, m in enumerate(am.mentions) if m.type == "place"]
    firsts = doc.sentence_first_tokens

    def initial(m: Mention) -> bool:
        return doc.token_index(m.start) in firsts

    town_words = doc.profile.words("regions", "not_before")
    group_words = doc.profile.words("visits", "guests")

    def before(m: Mention, words: frozenset[str]) -> bool:
        after = doc.token_at_or_after(m.end)
        return after is not None and fold(doc.tokens[after].text) in words

    stated = {i: _stated_country(doc, m, am.mentions) for i, m in places}
    # A country stated once holds for the name's other mentions: "w gminie Lier w Norwegii ... burmistrz Lier".
    stated_for_key = {key: stated[i] for i, m in reversed(places) if stated[i] for key in m.keys}
    stated = {i: stated[i] or next((stated_for_key[k] for k in m.keys if k in stated_for_key), "")
              for i, m in places}
    town_word = {i: before(m, town_words) for i, m in places}
    group_word = {i: before(m, group_words) for i, m in places}
    names = _written_as_names(doc)
    as_name = {i: m.text in names for i, m in places}
    first = {i: resolver.resolve(m, initial(m), Support(region_countries, named_regions, stated[i], town_word[i],
                                                        as_name[i], group_word[i])) for i, m in places}
    # Second pass: the article's places support each other (three Józefów: the one near Lublin).
    sure = [r.place for r in first.values() if r and r.confidence >= 0.7]
    resolved: dict[int, Resolution | None] = {}
    for i, m in places:
        others = [p for p in sure if first[i] is None or p.geonameid != first[i].place.geonameid]
        support = Support(frozenset(p.country_code for p in others) | region_countries,
                          frozenset((p.country_code, p.admin1) for p in others) | named_regions,
                          stated[i], town_word[i], as_name[i], group_word[i])
        resolved[i] = resolver.resolve(m, initial(m), support)
    return resolved


def normalise(am: ArticleMentions, settings: Settings) -> NormalisedArticle:
    article = am.detected.article
    article_id = article.article_id
    profile = am.doc.profile
    countries = {m.label_hint for m in am.mentions if m.type == "country"}
    with timed("normalise.places"):
        resolved = _resolve_places(am, countries)
    context = date_context(am.mentions, article.published, settings.reference_day())
    entities: list[Entity] = []
    for i, m in enumerate(am.mentions):
        base = {"article_id": article_id, "text": m.text, "start": m.start, "end": m.end, "cue": m.cue}
        if m.type == "country":
            country = load_gazetteer().country(m.label_hint)
            entities.append(Entity(type="country", value=m.label_hint, country_code=m.label_hint,
                                   geonameid=str(country.geonameid) if country else "", **base))
        elif m.type == "place":
            resolution = resolved.get(i)
            if resolution is not None and resolution.confidence >= MIN_CONFIDENCE:
                entities.append(_place_entity(article_id, m, resolution))
            elif m.source != "gazetteer":
                # A model or rule says it is a place, but no record convinces: keep it, unresolved.
                confidence = resolution.confidence if resolution else 0.0
                entities.append(Entity(type="place", value=tidy(m.text), confidence=confidence, **base))
        elif m.type == "region":
            entities.append(_region_entity(m, base))
        elif m.type == "date" and m.date:
            value, end_value = resolve_date(m.date, m.start, context)
            if value:
                entities.append(Entity(type="date", value=value, end_value=end_value, **base))
        elif m.type == "money" and m.money:
            currency = resolve_currency(m.money.currency, am.detected.language, countries)
            amount = _amount(m.money.amount)
            entities.append(Entity(type="money", value=amount, amount=amount, currency=currency, **base))
        elif m.type == "person":
            entities.append(Entity(type="person", value=person_name(m.text, profile), **base))
        elif m.type == "organisation":
            name = organisation_name(m.text, profile)
            if name:
                entities.append(Entity(type="organisation", value=name, **base))
    _merge_people(entities)
    return NormalisedArticle(am.detected, am.doc, entities)


def _merge_people(entities: list[Entity]) -> None:
    """Give short or inflected mentions of a person the fullest name the article uses for them."""
    people = [e for e in entities if e.type == "person"]
    first_seen: dict[str, int] = {}
    for e in people:
        first_seen.setdefault(e.value, e.start)
    # Longest names first; among equals the one the article uses first (news introduce people in full,
    # in the nominative, before they inflect or shorten the name).
    names = sorted(first_seen, key=lambda n: (-len(n.split()), first_seen[n]))
    for entity in people:
        for name in names:
            if name == entity.value:
                break  # the names after it are shorter, or the article uses them later
            if len(name.split()) >= len(entity.value.split()) and same_person(entity.value, name):
                entity.value = name
                break
