"""`visits evaluate`: run the pipeline over gold-annotated articles and score it.

Matching follows ../shared/devset/SCHEMA.md: `A|B` alternatives are one item, a trailing `?` marks an
optional item (finding it is no false positive, missing it no false negative), a gold date `--MM-DD`
matches that day in any year. Strings match case-, accent- and punctuation-insensitively. Several
predicted spellings of one gold item count once. Predicted visits are aligned to gold visits per article
by how many places and countries they share; unaligned visits count all their items as errors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

from pipeline.config import Settings
from pipeline.language import normalise_code
from pipeline.records import ArticleResult, Visit
from pipeline.text import fold

ENTITY_TYPES = ("people", "organisations", "cities", "countries", "dates", "money")
LIST_FIELDS = ("host_countries", "host_cities", "host_organisations", "visitor_countries", "visitor_cities",
               "visitor_organisations")
SCALAR_FIELDS = ("start_date", "end_date", "duration_days", "participants")
VISIT_FIELDS = LIST_FIELDS + SCALAR_FIELDS
_ENTITY_OF = {"people": "person", "organisations": "organisation", "cities": "city", "countries": "country"}


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    @property
    def scored(self) -> bool:
        return self.tp + self.fp + self.fn > 0


@dataclass
class GoldItem:
    alternatives: tuple[str, ...]
    optional: bool


def parse_gold_item(value: object) -> GoldItem:
    if isinstance(value, dict):  # money
        text = f"{float(value.get('amount', 0)):.2f} {str(value.get('currency', '')).upper()}"
        return GoldItem((text,), False)
    text = str(value).strip()
    optional = text.endswith("?")
    text = text.rstrip("?").strip()
    return GoldItem(tuple(a.strip() for a in text.split("|") if a.strip()), optional)


def text_key(value: str) -> str:
    return re.sub(r"[\W_]+", " ", fold(value)).strip()


def date_matches(predicted: str, gold: str) -> bool:
    if gold.startswith("--"):
        return predicted[-len(gold) + 2 :] == gold[2:] and len(predicted) in (len(gold), len(gold) + 3)
    return predicted == gold


def _matcher(kind: str) -> Callable[[str, str], bool]:
    if kind in {"dates", "start_date", "end_date"}:
        return date_matches
    if kind in {"money", "countries", "host_countries", "visitor_countries"}:
        return lambda p, g: p.strip().upper() == g.strip().upper()
    return lambda p, g: text_key(p) == text_key(g)


def score_items(predicted: Iterable[str], gold: list[GoldItem], kind: str) -> tuple[Count, list[str], list[str]]:
    """Counts plus the false positives and false negatives (for the report)."""
    match = _matcher(kind)
    count = Count()
    matched_gold: set[int] = set()
    false_positives: list[str] = []
    for value in dict.fromkeys(p for p in predicted if p):
        hits = [i for i, g in enumerate(gold) if any(match(value, alt) for alt in g.alternatives)]
        if not hits:
            count.fp += 1
            false_positives.append(value)
            continue
        matched_gold.update(hits)
    false_negatives = []
    for i, g in enumerate(gold):
        if g.optional:
            continue
        if i in matched_gold:
            count.tp += 1
        else:
            count.fn += 1
            false_negatives.append(g.alternatives[0])
    return count, false_positives, false_negatives


def predicted_entities(result: ArticleResult) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {kind: [] for kind in ENTITY_TYPES}
    for entity in result.entities:
        if entity.type == "date":
            out["dates"].extend(v for v in (entity.value, entity.end_value) if v)
        elif entity.type == "money":
            out["money"].append(f"{float(entity.amount):.2f} {entity.currency}")
        else:
            for kind, entity_type in _ENTITY_OF.items():
                if entity.type == entity_type:
                    out[kind].append(entity.value)
    return out


def _visit_values(visit: Visit) -> dict[str, object]:
    return {
        "host_countries": visit.host.countries, "host_cities": visit.host.cities,
        "host_organisations": visit.host.organisations, "visitor_countries": visit.visitor.countries,
        "visitor_cities": visit.visitor.cities, "visitor_organisations": visit.visitor.organisations,
        "start_date": visit.start_date or None, "end_date": visit.end_date or None,
        "duration_days": visit.duration_days, "participants": visit.participants,
    }


def _gold_visit_values(gold: dict) -> dict[str, object]:
    host, visitors = gold.get("host") or {}, gold.get("visitors") or {}
    return {
        "host_countries": host.get("countries", []), "host_cities": host.get("cities", []),
        "host_organisations": host.get("organisations", []), "visitor_countries": visitors.get("countries", []),
        "visitor_cities": visitors.get("cities", []), "visitor_organisations": visitors.get("organisations", []),
        "start_date": gold.get("start_date"), "end_date": gold.get("end_date"),
        "duration_days": gold.get("duration_days"), "participants": gold.get("participants"),
    }


def _score_scalar(predicted: object, gold: object, kind: str) -> Count:
    if gold is None:
        return Count(fp=1) if predicted is not None else Count()
    if predicted is None:
        return Count(fn=1)
    if kind in {"start_date", "end_date"}:
        ok = date_matches(str(predicted), str(gold))
    else:
        ok = int(predicted) == int(gold)  # type: ignore[call-overload]
    return Count(tp=1) if ok else Count(fp=1, fn=1)


def score_visit_pair(predicted: dict[str, object] | None, gold: dict[str, object] | None) -> dict[str, Count]:
    counts: dict[str, Count] = {}
    for kind in LIST_FIELDS:
        p = list(predicted[kind]) if predicted else []  # type: ignore[call-overload]
        g = [parse_gold_item(v) for v in (gold[kind] if gold else [])]  # type: ignore[union-attr]
        counts[kind] = score_items(p, g, kind)[0]
    for kind in SCALAR_FIELDS:
        counts[kind] = _score_scalar(predicted[kind] if predicted else None, gold[kind] if gold else None, kind)
    return counts


def _similarity(predicted: dict[str, object], gold: dict[str, object]) -> float:
    counts = score_visit_pair(predicted, gold)
    return sum(counts[k].tp for k in LIST_FIELDS) + 0.5 * (counts["start_date"].tp + counts["participants"].tp)


def align_visits(
    predicted: list[dict[str, object]], gold: list[dict[str, object]]
) -> list[tuple[int | None, int | None]]:
    """Pairs (predicted index, gold index) maximising shared items; leftovers pair with None."""
    small, large, flipped = (predicted, gold, False) if len(predicted) <= len(gold) else (gold, predicted, True)
    best: tuple[float, tuple[int, ...]] = (-1.0, ())
    if len(large) <= 7:
        for chosen in permutations(range(len(large)), len(small)):
            total = sum(
                _similarity(small[i], large[j]) if not flipped else _similarity(large[j], small[i])
                for i, j in enumerate(chosen)
            )
            if total > best[0]:
                best = (total, chosen)
    else:
        best = (0.0, tuple(range(len(small))))
    pairs: list[tuple[int | None, int | None]] = []
    used = set(best[1])
    for i, j in enumerate(best[1]):
        pairs.append((j, i) if flipped else (i, j))
    for j in range(len(large)):
        if j not in used:
            pairs.append((None, j) if not flipped else (j, None))
    return pairs


@dataclass
class Report:
    entities: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in ENTITY_TYPES})
    visit_fields: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in VISIT_FIELDS})
    visit_count: Count = field(default_factory=Count)
    language_correct: int = 0
    language_total: int = 0
    articles: dict[str, dict] = field(default_factory=dict)
    # Entity counts per gold language, to see how each language (and the model serving it) does.
    by_language: dict[str, dict[str, Count]] = field(default_factory=dict)

    @property
    def language_accuracy(self) -> float:
        return self.language_correct / self.language_total if self.language_total else 0.0

    def macro_f1(self, counts: dict[str, Count]) -> float:
        values = [c.f1 for c in counts.values() if c.f1 is not None]
        return sum(values) / len(values) if values else 0.0

    def as_dict(self) -> dict:
        def row(c: Count) -> dict:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}

        return {
            "entities": {k: row(c) for k, c in self.entities.items()},
            "visit_fields": {k: row(c) for k, c in self.visit_fields.items()},
            "visit_count": row(self.visit_count),
            "language_accuracy": self.language_accuracy,
            "macro_f1_visit_fields": self.macro_f1(self.visit_fields),
            "macro_f1_entities": self.macro_f1(self.entities),
            "by_language": {lang: {k: row(c) for k, c in counts.items()} for lang, counts in self.by_language.items()},
            "articles": self.articles,
        }

    def scores(self) -> dict[str, float]:
        """Flat name -> score, as the floors file names them."""
        flat: dict[str, float] = {}
        for k, c in self.entities.items():
            flat[k] = c.f1 or 0.0
        for k, c in self.visit_fields.items():
            flat[k] = c.f1 or 0.0
        flat["visit_count"] = self.visit_count.f1 or 0.0
        flat["language_accuracy"] = self.language_accuracy
        flat["macro_f1_visit_fields"] = self.macro_f1(self.visit_fields)
        flat["macro_f1_entities"] = self.macro_f1(self.entities)
        return flat


def score_article(result: ArticleResult, gold: dict, report: Report) -> None:
    detail: dict[str, object] = {"language": [result.language, gold.get("language")]}
    report.language_total += 1
    if normalise_code(result.language or "") == normalise_code(str(gold.get("language") or "")):
        report.language_correct += 1
    predicted = predicted_entities(result)
    gold_entities = gold.get("entities") or {}
    for kind in ENTITY_TYPES:
        items = [parse_gold_item(v) for v in gold_entities.get(kind, [])]
        count, fps, fns = score_items(predicted[kind], items, kind)
        report.entities[kind].add(count)
        language = normalise_code(str(gold.get("language") or "")) or "?"
        report.by_language.setdefault(language, {k: Count() for k in ENTITY_TYPES})[kind].add(count)
        if fps or fns:
            detail[kind] = {"false_positives": fps, "false_negatives": fns}
    predicted_visits = [_visit_values(v) for v in result.visits]
    gold_visits = [_gold_visit_values(v) for v in gold.get("visits") or []]
    matched = min(len(predicted_visits), len(gold_visits))
    report.visit_count.add(Count(tp=matched, fp=len(predicted_visits) - matched, fn=len(gold_visits) - matched))
    visit_errors = []
    for p, g in align_visits(predicted_visits, gold_visits):
        counts = score_visit_pair(predicted_visits[p] if p is not None else None,
                                  gold_visits[g] if g is not None else None)
        for kind, count in counts.items():
            report.visit_fields[kind].add(count)
        wrong = {k: [predicted_visits[p][k] if p is not None else None, gold_visits[g][k] if g is not None else None]
                 for k, c in counts.items() if c.fp or c.fn}
        if wrong:
            visit_errors.append(wrong)
    if visit_errors:
        detail["visits"] = visit_errors
    report.articles[result.article.article_id] = detail


def evaluate_results(results: list[ArticleResult], gold_dir: str | Path) -> Report:
    report = Report()
    for result in results:
        gold_path = Path(gold_dir) / f"{result.article.article_id}.json"
        if not gold_path.is_file():
            continue
        score_article(result, json.loads(gold_path.read_text(encoding="utf-8")), report)
    return report


def evaluate_folder(gold_dir: str | Path, out_dir: str | Path, settings: Settings, workers: int = 1) -> Report:
    from pipeline.run import run

    folder = Path(gold_dir)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder {folder} not found")
    texts = sorted(str(p) for p in folder.glob("*.txt") if (folder / f"{p.stem}.json").is_file())
    if not texts:
        raise FileNotFoundError(f"no <id>.txt with <id>.json gold in {folder}")
    _, results = run(texts, out_dir, settings, workers=workers, show_progress=False)
    return evaluate_results(results, folder)


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def format_report(report: Report) -> str:
    lines = [f"{'field':<24} {'tp':>4} {'fp':>4} {'fn':>4}  {'prec':>5}  {'rec':>5}  {'f1':>5}"]

    def add(name: str, c: Count) -> None:
        lines.append(f"{name:<24} {c.tp:>4} {c.fp:>4} {c.fn:>4}  {_fmt(c.precision)}  {_fmt(c.recall)}  {_fmt(c.f1)}")

    lines.append("-- entities")
    for name, c in report.entities.items():
        add(name, c)
    lines.append("-- visits")
    add("visit_count", report.visit_count)
    for name, c in report.visit_fields.items():
        add(name, c)
    lines.append("--")
    lines.append(f"language accuracy        {report.language_correct}/{report.language_total} = "
                 f"{report.language_accuracy:.3f}")
    lines.append(f"macro F1, entity types   {report.macro_f1(report.entities):.3f}")
    lines.append(f"macro F1, visit fields   {report.macro_f1(report.visit_fields):.3f}")
    return "\n".join(lines)


def format_by_language(report: Report) -> str:
    """F1 per entity type for each gold language (counts in brackets: true positives/gold items)."""
    kinds = ("people", "organisations", "cities", "countries", "dates", "money")
    lines = [f"{'language':<9}" + "".join(f"{k[:13]:>16}" for k in kinds)]
    for language in sorted(report.by_language):
        counts = report.by_language[language]
        cells = []
        for kind in kinds:
            c = counts[kind]
            cells.append(f"{_fmt(c.f1)} ({c.tp}/{c.tp + c.fn})".rjust(16) if c.scored else "-".rjust(16))
        lines.append(f"{language:<9}" + "".join(cells))
    return "\n".join(lines)


def check_floors(report: Report, floors_path: str | Path) -> list[str]:
    floors = json.loads(Path(floors_path).read_text(encoding="utf-8"))
    scores = report.scores()
    failures = []
    for name, floor in floors.items():
        if name.startswith("_"):
            continue
        if name not in scores:
            failures.append(f"{name}: unknown score name")
        elif scores[name] + 1e-9 < float(floor):
            failures.append(f"{name}: {scores[name]:.3f} < floor {float(floor):.3f}")
    return failures
