"""The pipeline end to end: read -> clean -> language -> entities -> normalise -> visits -> write.

Articles are processed independently, so `--workers N` spreads them over N processes; each worker
loads the models and the gazetteer it needs once, on first use. Results come back in input order.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import clean
from pipeline.config import Settings
from pipeline.entities import find_entities
from pipeline.language import detect_language
from pipeline.normalise import normalise
from pipeline.read import read_inputs
from pipeline.records import Article, ArticleResult
from pipeline.timing import recording, timed
from pipeline.visits import assemble_visits
from pipeline.write import write_outputs

STAGES = ("clean", "language", "entities", "normalise", "visits")


def process_article(article: Article, settings: Settings) -> ArticleResult:
    """One article through every stage; an exception becomes an error row, never a crash of the run."""
    result = ArticleResult(article=article, status=article.status, message=article.message,
                           n_chars=len(article.text))
    if article.status != "ok":
        return result
    timings: dict[str, float] = {}
    stage = "clean"
    try:
        with recording(timings):
            with timed("clean"):
                cleaned = clean(article)
            stage = "language"
            with timed("language"):
                detected = detect_language(cleaned, settings.language_detector)
            result.language, result.language_score = detected.language, detected.language_score
            stage = "entities"
            with timed("entities"):
                mentions = find_entities(detected, settings)
            stage = "normalise"
            with timed("normalise"):
                normalised = normalise(mentions, settings)
            stage = "visits"
            with timed("visits"):
                visits = assemble_visits(normalised)
    except Exception as exc:
        result.status = "error"
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        result.message = "; ".join(m for m in (article.message, f"{stage} stage failed: {detail}") if m)
        result.timings = timings
        return result
    for entity in normalised.entities:
        entity.start = cleaned.source_offset(entity.start)
        entity.end = cleaned.source_offset(entity.end)
        entity.text = article.text[entity.start : entity.end]
    result.entities = normalised.entities
    result.visits = visits
    result.message = "; ".join(m for m in (article.message, detected.language_note) if m)
    result.timings = timings
    return result


def _process_chunk(args: tuple[list[Article], Settings]) -> list[ArticleResult]:
    articles, settings = args
    return [process_article(a, settings) for a in articles]


def _warm_up(articles: list[Article], settings: Settings) -> None:
    """Process articles once and forget the results: loads each language's word lists and models."""
    for article in articles:
        process_article(article, settings)


def process_articles(
    articles: list[Article], settings: Settings, workers: int = 1, progress: Callable[[int], None] | None = None,
    warm_up: list[Article] | None = None,
) -> Iterator[ArticleResult]:
    """Results in input order; `progress` is called with the number of articles just finished.

    `warm_up` articles are processed once in every worker before the work starts (the benchmark uses
    it so that stage timings show steady-state costs, not first-use loading)."""
    if workers <= 1 or len(articles) < 2:
        if warm_up:
            _warm_up(warm_up, settings)
        for article in articles:
            result = process_article(article, settings)
            if progress:
                progress(1)
            yield result
        return
    chunk = max(1, min(20, len(articles) // (workers * 4) or 1))
    chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up if warm_up else None,
                             initargs=(warm_up, settings) if warm_up else ()) as pool:
        for results in pool.map(_process_chunk, [(c, settings) for c in chunks]):
            if progress:
                progress(len(results))
            yield from results


@dataclass
class RunSummary:
    read: int = 0
    ok: int = 0
    failed: int = 0
    entities: int = 0
    visits: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        return (f"{self.read} articles read, {self.ok} ok, {self.failed} failed, {self.entities} entities, "
                f"{self.visits} visits, {self.seconds:.1f} s")


def run(inputs: list[str], out_dir: str | Path, settings: Settings, workers: int = 1,
        show_progress: bool = True) -> tuple[RunSummary, list[ArticleResult]]:
    started = time.perf_counter()
    articles, notes = read_inputs(inputs, settings.max_bytes)
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=len(articles), unit="article", desc="visits", leave=False, disable=None)
    results = list(process_articles(articles, settings, workers, progress=bar.update if bar else None))
    if bar is not None:
        bar.close()
    summary = RunSummary(notes=notes)
    summary.outputs = write_outputs(results, out_dir)
    summary.read = len(results)
    summary.ok = sum(r.status == "ok" for r in results)
    summary.failed = summary.read - summary.ok
    summary.entities = sum(len(r.entities) for r in results)
    summary.visits = sum(len(r.visits) for r in results)
    for r in results:
        for stage, seconds in r.timings.items():
            summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + seconds
    summary.seconds = time.perf_counter() - started
    return summary, results
