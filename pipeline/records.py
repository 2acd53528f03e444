"""The typed records that flow between the stages.

read -> Article -> clean -> CleanArticle -> language -> DetectedArticle -> entities -> list[Mention]
-> normalise -> list[Entity] -> visits -> list[Visit] -> write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["ok", "empty", "unreadable", "error"]
# "place": a name the text uses as a place that no GeoNames record convincingly matches (kept, unresolved).
EntityType = Literal["person", "organisation", "city", "region", "place", "country", "date", "money"]
MentionType = Literal["person", "organisation", "place", "region", "country", "date", "money"]
Role = Literal["host", "visitor", ""]


@dataclass(frozen=True)
class Article:
    """One input article as read from disk, or a status row for input that could not be read."""

    article_id: str
    source: str
    text: str = ""
    title: str = ""
    url: str = ""
    published: str = ""
    language: str = ""
    status: Status = "ok"
    message: str = ""


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class CleanArticle:
    """The article text repaired for analysis.

    `text` is the repaired text (NFC, mojibake fixed); `masked` has the same length with page
    boilerplate blanked out, so extraction never sees it and offsets stay valid. `to_source`
    maps an offset in `text` back to the offset in the text as read (None when both are equal).
    """

    article: Article
    text: str
    masked: str
    to_source: tuple[int, ...] | None = None
    boilerplate: tuple[Span, ...] = ()

    def source_offset(self, offset: int) -> int:
        if self.to_source is None:
            return offset
        return self.to_source[offset]


@dataclass(frozen=True)
class DetectedArticle:
    clean: CleanArticle
    language: str
    language_score: float
    language_note: str = ""

    @property
    def article(self) -> Article:
        return self.clean.article


@dataclass(frozen=True)
class DateParts:
    """A date or range as written; the year may be missing (resolved in normalise)."""

    day: int | None
    month: int | None
    year: int | None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    weekday: int | None = None  # 0 = Monday, when the text names one

    @property
    def is_range(self) -> bool:
        return self.end_day is not None or self.end_month is not None or self.end_year is not None


@dataclass(frozen=True)
class MoneyParts:
    amount: float
    currency: str  # ISO 4217, or "kr" when the crown's country depends on context


@dataclass(frozen=True)
class Mention:
    """A span the entities stage found, before normalisation."""

    type: MentionType
    start: int
    end: int
    text: str
    source: str  # the recogniser that proposed it
    label_hint: str = ""  # e.g. the country code of a country name, a lemma for a name
    date: DateParts | None = None
    money: MoneyParts | None = None
    keys: tuple[str, ...] = ()  # gazetteer lookup keys (folded, inflection-stripped)
    cue: str = ""  # role cue seen before the mention: "origin" | "destination" | ""


@dataclass
class Entity:
    """One row of entities.csv."""

    article_id: str
    type: EntityType
    text: str
    start: int
    end: int
    value: str = ""
    end_value: str = ""
    country_code: str = ""
    geonameid: str = ""
    latitude: str = ""
    longitude: str = ""
    amount: str = ""
    currency: str = ""
    role: Role = ""
    visit_id: str = ""
    confidence: float = 1.0
    cue: str = ""


@dataclass
class VisitSide:
    countries: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)


@dataclass
class Visit:
    """One row of visits.csv."""

    visit_id: str
    article_id: str
    host: VisitSide
    visitor: VisitSide
    start_date: str = ""
    end_date: str = ""
    duration_days: int | None = None
    participants: int | None = None
    people: list[str] = field(default_factory=list)
    funding_amount: float | None = None
    funding_currency: str = ""
    language: str = ""
    title: str = ""
    evidence: str = ""
    status: str = "reported"


@dataclass
class ArticleResult:
    """Everything the pipeline learned about one article."""

    article: Article
    language: str = ""
    language_score: float = 0.0
    status: Status = "ok"
    message: str = ""
    n_chars: int = 0
    entities: list[Entity] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
