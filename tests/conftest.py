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


def lt_print_text(pairs: list[tuple[str, str]]) -> str:
    """A dictionary in lttoolbox's `lt-print` layout, as Debian's lt-print writes a compiled Apertium
    analyser: one path per (surface form, analysis), letters read and written, then the tags written with
    no letter read ("ε"); a "--" line before a second section holding the full stop."""
    rows, state = [], 0
    finals = []
    for surface, analysis in pairs:
        lemma, _, tags = analysis.partition("<")
        symbols = [(ch, out) for ch, out in zip(surface, lemma.ljust(len(surface), "\0"), strict=True)]
        symbols = [(ch, "ε" if out == "\0" else out) for ch, out in symbols]
        symbols += [("ε", f"<{tag}") for tag in tags.split("<") if tag] if tags else []
        source = 0
        for read, written in symbols:
            state += 1
            rows.append(f"{source}\t{state}\t{read}\t{written}\t0.000000\t")
            source = state
        finals.append(f"{source}\t0.000000")
    return "\n".join(rows + finals) + "\n--\n0\t1\t.\t.\t0.000000\t\n1\t2\tε\t<sent>\t0.000000\t\n2\t0.000000\n"


def write_apertium_root(cache: Path, package: str, analysers: dict[str, list[tuple[str, str]]],
                        version: str = "1.0-1") -> Path:
    """What `apt-get download` and `dpkg-deb -x` leave in an analyser cache (pipeline/training/apertium.py):
    the packages' files under cache/root - here a stand-in lt-print that prints the text kept beside each
    "compiled" analyser, the analysers, Debian's copyright file - and the downloaded package files."""
    root = cache / "root"
    (root / "usr/bin").mkdir(parents=True)
    lt_print = root / "usr/bin/lt-print"
    lt_print.write_text('#!/bin/sh\ncat "$1.printed"\n', encoding="utf-8")
    lt_print.chmod(0o755)
    for name, pairs in analysers.items():
        compiled = root / "usr/share/apertium" / package / name
        compiled.parent.mkdir(parents=True, exist_ok=True)
        compiled.write_bytes(b"LTTB")
        (compiled.parent / f"{name}.printed").write_text(lt_print_text(pairs), encoding="utf-8")
    doc = root / "usr/share/doc" / package
    doc.mkdir(parents=True)
    (doc / "copyright").write_text("Files: *\nLicense: GPL-2+\n\nFiles: dan/*\nLicense: GPL-3+\n", encoding="utf-8")
    (cache / f"{package}_{version}_all.deb").write_bytes(b"!<arch>\n")
    return root
