"""Stage 7: write articles.csv, entities.csv and visits.csv (UTF-8, header row, comma-separated).

Each file is written to a temporary file beside it and renamed into place, so a reader never sees half a
file and an interrupted run leaves the previous output intact. Rows are in input order and values are
formatted deterministically, so re-running on the same input gives byte-identical files.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.records import ArticleResult, Entity, Visit

ARTICLE_COLUMNS = ("article_id", "source", "title", "url", "published", "language", "language_score", "n_chars",
                   "n_entities", "n_visits", "status", "message")
ENTITY_COLUMNS = ("article_id", "type", "text", "start", "end", "value", "end_value", "country_code", "geonameid",
                  "latitude", "longitude", "amount", "currency", "role", "visit_id", "confidence")
VISIT_COLUMNS = ("visit_id", "article_id", "host_countries", "host_cities", "host_organisations",
                 "visitor_countries", "visitor_cities", "visitor_organisations", "start_date", "end_date",
                 "duration_days", "participants", "people", "funding_amount", "funding_currency", "language",
                 "title", "evidence", "status")
JOIN = "; "


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)


def article_row(result: ArticleResult) -> dict[str, str]:
    a = result.article
    return {
        "article_id": a.article_id, "source": a.source, "title": a.title, "url": a.url, "published": a.published,
        "language": result.language, "language_score": f"{result.language_score:.4f}" if result.language else "",
        "n_chars": str(result.n_chars), "n_entities": str(len(result.entities)), "n_visits": str(len(result.visits)),
        "status": result.status, "message": result.message,
    }


def entity_row(entity: Entity) -> dict[str, str]:
    row = {column: _cell(getattr(entity, column)) for column in ENTITY_COLUMNS if column != "confidence"}
    row["confidence"] = f"{entity.confidence:.3f}"
    return row


def visit_row(visit: Visit) -> dict[str, str]:
    return {
        "visit_id": visit.visit_id, "article_id": visit.article_id,
        "host_countries": JOIN.join(visit.host.countries), "host_cities": JOIN.join(visit.host.cities),
        "host_organisations": JOIN.join(visit.host.organisations),
        "visitor_countries": JOIN.join(visit.visitor.countries), "visitor_cities": JOIN.join(visit.visitor.cities),
        "visitor_organisations": JOIN.join(visit.visitor.organisations),
        "start_date": visit.start_date, "end_date": visit.end_date, "duration_days": _cell(visit.duration_days),
        "participants": _cell(visit.participants), "people": JOIN.join(visit.people),
        "funding_amount": _cell(visit.funding_amount), "funding_currency": visit.funding_currency,
        "language": visit.language, "title": visit.title, "evidence": visit.evidence, "status": visit.status,
    }


def _umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask


def write_csv_atomic(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
        # A temporary file is private (0600); the table gets the permissions a plain open() would give it,
        # or keeps those of the file it replaces, so that others who may read the folder can read it.
        os.chmod(handle.name, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_outputs(results: list[ArticleResult], out_dir: str | Path) -> dict[str, Path]:
    out = Path(out_dir)
    paths = {name: out / f"{name}.csv" for name in ("articles", "entities", "visits")}
    write_csv_atomic(paths["articles"], ARTICLE_COLUMNS, (article_row(r) for r in results))
    write_csv_atomic(paths["entities"], ENTITY_COLUMNS, (entity_row(e) for r in results for e in r.entities))
    write_csv_atomic(paths["visits"], VISIT_COLUMNS, (visit_row(v) for r in results for v in r.visits))
    return paths
