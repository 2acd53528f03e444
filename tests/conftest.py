"""Shared test helpers. Tests need no network; devset tests run only when ../shared/devset exists."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.records import Article, ArticleResult
from pipeline.run import process_article
from pipeline.training.train import RECIPES, train_model

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


# A tiny Swedish corpus and the model the training command makes of it, shared by the training, feature
# and backend tests (one training run per test session).
TINY = [
    ("Anna Berg bor i Göteborg och arbetar på Volvo .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O", "B-ORG", "O"]),
    ("Erik Lund besökte Malmö med Ikea .", ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"]),
    ("Lisa Holm flyttade till Uppsala från Lund .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-LOC", "O"]),
    ("Sara Ek talade med Scania i Södertälje .", ["B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "O"]),
]


def _write_tiny_corpus(root):
    """A few Swedish sentences in the klintan layout (token, tab, IO tag)."""
    folder = root / "sv" / "klintan-swedish-ner-corpus"
    folder.mkdir(parents=True)
    lines = []
    for text, tags in TINY * 3:
        for word, tag in zip(text.split(), tags, strict=True):
            lines.append(f"{word}\t{tag[2:] if tag != 'O' else '0'}")
        lines.append("")
    (folder / "train_corpus.txt").write_text("\n".join(lines), encoding="utf-8")
    (folder / "test_corpus.txt").write_text("\n".join(lines[:22]), encoding="utf-8")


def write_floret_vectors(folder: Path, rows: int = 500, width: int = 24, rank: int = 0) -> Path:
    """A pipeline folder with seeded random floret vectors, standing in for a package's word vectors; with
    `rank`, every row lies in a plane of that many dimensions."""
    import numpy
    import spacy
    from spacy.vectors import Vectors

    rng = numpy.random.default_rng(3)
    data = rng.normal(size=(rows, width))
    if rank:
        data = rng.normal(size=(rows, rank)) @ rng.normal(size=(rank, width)) + rng.normal(size=width)
    nlp = spacy.blank("sv")
    nlp.vocab.vectors = Vectors(data=data.astype("float32"), mode="floret", minn=3, maxn=4, hash_count=2)
    nlp.to_disk(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpora")
    _write_tiny_corpus(root)
    models = tmp_path_factory.mktemp("models")
    vectors = write_floret_vectors(tmp_path_factory.mktemp("vectors") / "floret")
    recipe = replace(RECIPES["sv"], name="tiny", train=(("klintan-sv", "train"),), dev=(("klintan-sv", "dev"),),
                     test=("klintan-sv",), rows=(500, 100, 200, 100), width=32, depth=1, steps=20,
                     stem=4, stem_rows=100, lemma=True, lemma_rows=100, readings="voikko", readings_rows=50,
                     vectors=str(vectors), vector_width=8)
    report = train_model("tiny", root, models, recipe=recipe, log=lambda *_: None)
    return models / "tiny", report
