"""Shared test helpers. Tests need no network; devset tests run only when ../shared/devset exists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.records import Article, ArticleResult
from pipeline.run import process_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset"
CORPORA = SHARED / "corpora" / "ner"

needs_devset = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset not present")

# A fixed reference day, so a weekday-only year ("w piątek, 13 kwietnia") resolves the same every year.
SETTINGS = Settings(ner_default="rules", today=dt.date(2026, 11, 23))


def analyse(text: str, language: str = "", published: str = "", settings: Settings = SETTINGS,
            article_id: str = "t1") -> ArticleResult:
    """Run one article through every stage, as `visits run` does."""
    article = Article(article_id=article_id, source="test", text=text, title=text.splitlines()[0] if text else "",
                      language=language, published=published)
    return process_article(article, settings)


def values(result: ArticleResult, entity_type: str) -> list[str]:
    return [e.value for e in result.entities if e.type == entity_type]
