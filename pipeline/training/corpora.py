"""Readers for the NER corpora in ../shared/corpora/ner, all mapped to one label scheme: PER, ORG, LOC, MISC.

Each corpus keeps its own splits; a corpus without one (Polish NKJP) gets a fixed split by document,
seeded by a hash of the document name, so the test part never changes and never leaks into training.
The corpora stay where they are: nothing here copies them into the repository.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")
SCORED_LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over LABELS
    spaces: tuple[bool, ...] | None = None  # whitespace after each word, when the corpus records it

    def entities(self) -> list[tuple[int, int, str]]:
        """(first word, end word, label) spans."""
        spans: list[tuple[int, int, str]] = []
        start, label = -1, ""
        for i, tag in enumerate([*self.tags, "O"]):
            if label and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
                spans.append((start, i, label))
                label = ""
            if tag.startswith("B-") or (tag.startswith("I-") and not label):
                start, label = i, tag[2:]
        return spans


def to_bio(tokens: list[str], labels: list[str], mapping: dict[str, str]) -> Sentence:
    """Map source labels ("B-GPE_LOC", "persName", "LOC") to BIO over our four labels; repair the BIO."""
    tags: list[str] = []
    previous = ""
    for label in labels:
        prefix, name = ("", label)
        if label[:2] in ("B-", "I-"):
            prefix, name = label[:2], label[2:]
        target = mapping.get(name, "") if label not in ("O", "0", "") else ""
        if not target:
            tags.append("O")
            previous = ""
            continue
        begins = prefix == "B-" or previous != target  # IO corpora: a new label run begins an entity
        tags.append(("B-" if begins else "I-") + target)
        previous = target
    return Sentence(tuple(tokens), tuple(tags))


def _column_blocks(path: Path, separator: str | None = "\t") -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of rows; comment and -DOCSTART lines skipped."""
    block: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if block:
                    yield block
                    block = []
                continue
            if line.startswith("#") and separator == "\t" and "\t" not in line:
                continue
            if line.startswith("-DOCSTART"):
                continue
            block.append(line.split(separator) if separator else line.split())
    if block:
        yield block


def read_columns(path: Path, token: int, tag: int, mapping: dict[str, str],
                 separator: str | None = "\t") -> list[Sentence]:
    sentences = []
    for block in _column_blocks(path, separator):
        rows = [r for r in block if len(r) > max(token, tag) and not (len(r) == 1 and r[0].startswith("#"))]
        if rows:
            sentences.append(to_bio([r[token] for r in rows], [r[tag].strip() for r in rows], mapping))
    return sentences


def read_conllu_names(path: Path, mapping: dict[str, str]) -> list[Sentence]:
    """CoNLL-U with `name=B-PER` in the MISC column (NorNE) and SpaceAfter=No for spacing."""
    sentences = []
    for block in _column_blocks(path):
        rows = [r for r in block if len(r) >= 10 and r[0].isdigit()]
        words, labels, spaces = [], [], []
        for r in rows:
            misc = dict(item.split("=", 1) for item in r[9].split("|") if "=" in item)
            words.append(r[1])
            labels.append(misc.get("name", "O"))
            spaces.append(misc.get("SpaceAfter") != "No")
        if words:
            s = to_bio(words, labels, mapping)
            sentences.append(Sentence(s.words, s.tags, tuple(spaces)))
    return sentences


def read_estner(path: Path, mapping: dict[str, str]) -> list[Sentence]:
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = []
    for document in data["documents"]:
        for sentence in document["sentences"]:
            words = [w["word"] for w in sentence["words"]]
            labels = [w.get("ner_1", "O") for w in sentence["words"]]
            if words:
                sentences.append(to_bio(words, labels, mapping))
    return sentences


def read_nkjp(path: Path, mapping: dict[str, str]) -> dict[str, list[Sentence]]:
    """NKJP (PolDeepNer's nested IOB): outer label first in "B-orgName#B-placeName"; split by document."""
    splits: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    document = ""
    words: list[str] = []
    labels: list[str] = []

    def flush() -> None:
        if words:
            splits[_split_of(document)].append(to_bio(list(words), list(labels), mapping))
        words.clear()
        labels.clear()

    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("-DOCSTART FILE"):
                flush()
                document = line.split(maxsplit=2)[-1]
                continue
            if line.startswith("-DOCSTART"):
                continue
            if not line.strip():
                flush()
                continue
            columns = line.split("\t")
            outer = columns[-1].split("#")[0]
            prefix, _, name = outer.partition("-") if outer != "O" else ("", "", "O")
            base = name.split("-")[0]  # placeName-settlement -> placeName
            words.append(columns[0])
            labels.append(f"{prefix}-{base}" if prefix else "O")
    flush()
    return splits


def _split_of(document: str) -> str:
    """80/10/10 by a stable hash of the document name: the same split on every machine, every run."""
    bucket = int(hashlib.sha256(document.encode()).hexdigest(), 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def _split_list(sentences: list[Sentence], name: str) -> dict[str, list[Sentence]]:
    """Hold out every tenth sentence (by a stable hash) as a dev part, for corpora with only train+test."""
    train, dev = [], []
    for i, s in enumerate(sentences):
        (dev if _split_of(f"{name}:{i}") == "test" else train).append(s)
    return {"train": train, "dev": dev}


# -- the corpora -------------------------------------------------------------------------------------------

NORNE = {"PER": "PER", "ORG": "ORG", "GPE_LOC": "LOC", "GPE_ORG": "ORG", "LOC": "LOC", "PROD": "MISC",
         "EVT": "MISC", "MISC": "MISC"}  # DRV (derived adjectives) -> O
PLAIN = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
TURKU = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "PRO": "MISC", "EVENT": "MISC"}  # DATE -> O
NKJP = {"persName": "PER", "orgName": "ORG", "placeName": "LOC", "geogName": "LOC"}  # date, time -> O
ESTNER = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "PROD": "MISC", "EVENT": "MISC"}
GERMEVAL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "OTH": "MISC"}  # *deriv, *part -> O


@dataclass(frozen=True)
class Corpus:
    name: str
    language: str
    folder: str
    licence: str
    mapping: dict[str, str]
    load: Callable[[Path], dict[str, list[Sentence]]] = field(repr=False)

    def splits(self, root: Path) -> dict[str, list[Sentence]]:
        folder = root / self.folder
        if not folder.is_dir():
            raise FileNotFoundError(f"corpus {self.name} not found at {folder}")
        return self.load(folder)


def _norne(variant: str) -> Callable[[Path], dict[str, list[Sentence]]]:
    def load(folder: Path) -> dict[str, list[Sentence]]:
        long = {"nob": "bokmaal", "nno": "nynorsk"}[variant]
        return {
            "train": read_columns(folder / "derived" / f"no_{long}-train.derived-from-ndt.iob", 0, 1, NORNE),
            "dev": read_conllu_names(folder / "ud" / variant / f"no_{long}-ud-dev.conllu", NORNE),
            "test": read_conllu_names(folder / "ud" / variant / f"no_{long}-ud-test.conllu", NORNE),
        }

    return load


def _klintan(folder: Path) -> dict[str, list[Sentence]]:
    # Whitespace-separated (the test file uses runs of spaces); IO tags: a run of one label is one entity.
    train = read_columns(folder / "train_corpus.txt", 0, 1, PLAIN, separator=None)
    test = read_columns(folder / "test_corpus.txt", 0, 1, PLAIN, separator=None)
    return {**_split_list(train, "klintan"), "test": test}


def _uner(prefix: str) -> Callable[[Path], dict[str, list[Sentence]]]:
    def load(folder: Path) -> dict[str, list[Sentence]]:
        out = {}
        for split in ("train", "dev", "test"):
            path = folder / f"{prefix}-ud-{split}.iob2"
            if path.is_file():
                out[split] = read_columns(path, 1, 2, PLAIN)
        return out

    return load


def _tilde(folder: Path) -> dict[str, list[Sentence]]:
    return {split: read_columns(folder / "data" / f"{split}.txt", 0, 1, PLAIN, separator=None)
            for split in ("train", "dev", "test")}


def _danplus(prefix: str) -> Callable[[Path], dict[str, list[Sentence]]]:
    def load(folder: Path) -> dict[str, list[Sentence]]:
        out = {}
        for split in ("train", "dev", "test"):
            path = folder / "data" / f"{prefix}_news_{split}.tsv"
            if path.is_file():
                out[split] = read_columns(path, 0, 1, GERMEVAL)
        return out

    return load


def _turku(folder: Path) -> dict[str, list[Sentence]]:
    return {split: read_columns(folder / "data" / "conll" / f"{split}.tsv", 0, 1, TURKU)
            for split in ("train", "dev", "test")}


def _nkjp(folder: Path) -> dict[str, list[Sentence]]:
    return read_nkjp(folder / "nkjp-nested-simplified-v2.iob", NKJP)


def _estner(folder: Path) -> dict[str, list[Sentence]]:
    return {split: read_estner(folder / f"EstNER_new_{split}.json", ESTNER) for split in ("dev", "test")}


_NDT = "annotations CC0, texts NDT licence (see LICENSE_NDT.txt)"
CORPORA: dict[str, Corpus] = {c.name: c for c in [
    Corpus("norne-nob", "nb", "no/norne", _NDT, NORNE, _norne("nob")),
    Corpus("norne-nno", "nn", "no/norne", _NDT, NORNE, _norne("nno")),
    Corpus("klintan-sv", "sv", "sv/klintan-swedish-ner-corpus", "CC BY 4.0", PLAIN, _klintan),
    Corpus("uner-sv-talbanken", "sv", "sv/uner-swedish-talbanken", "CC BY-SA 4.0", PLAIN, _uner("sv_talbanken")),
    Corpus("tilde-lv", "lv", "lv/tilde-fullstack-4class-split", "CC BY-SA 4.0 (derived from LUMII FullStack)", PLAIN,
           _tilde),
    Corpus("nkjp-pl", "pl", "pl/nkjp-ner-poldeepner", "GPL-3.0 (NKJP 1M NER via PolDeepNer)", NKJP, _nkjp),
    Corpus("danplus-da", "da", "da/danplus", "MIT annotations; texts UD DDT, CC BY-SA 4.0", GERMEVAL, _danplus("da")),
    Corpus("germeval-de", "de", "de/danplus-germeval-de-news", "CC BY 4.0", GERMEVAL, _danplus("de")),
    Corpus("uner-en-ewt", "en", "en/uner-english-ewt", "CC BY-SA 4.0", PLAIN, _uner("en_ewt")),
    Corpus("turku-fi", "fi", "fi/turku-ner-corpus", "CC BY-SA 4.0", TURKU, _turku),
    Corpus("estner-et", "et", "et/estner-new", "CC BY 4.0", ESTNER, _estner),
]}


def corpora_for(language: str) -> list[Corpus]:
    return [c for c in CORPORA.values() if c.language == language]


def count_entities(sentences: Iterable[Sentence]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for s in sentences:
        for _start, _end, label in s.entities():
            counts[label] += 1
    return counts
