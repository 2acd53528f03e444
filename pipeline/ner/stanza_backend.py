"""stanza as an NER backend, for users who downloaded stanza models on a connected machine.

Models are never downloaded here (download_method=None): the pipeline loads from a models folder
(`stanza:<folder>`, the [stanza] dir setting, $STANZA_RESOURCES_DIR, else ~/stanza_resources), and a
missing folder is a clear error that names it. stanza is an optional extra: `pip install .[stanza]`.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from pipeline.extract.doc import Doc
from pipeline.ner import BackendUnavailable, NamedSpan, backend
from pipeline.ner.spacy_backend import LABEL_MAP, pieces


def default_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources")


@cache
def _pipeline(language: str, folder: str):  # noqa: ANN202 - a stanza.Pipeline
    path = Path(folder).expanduser()
    if not (path / "resources.json").is_file() or not (path / language).is_dir():
        raise BackendUnavailable(
            f"stanza models for {language!r} not found in {path} (expected {path / 'resources.json'} and "
            f"{path / language}/); download them where there is internet with "
            f"stanza.download({language!r}, model_dir=...) and copy the folder here"
        )
    try:
        import stanza
    except ImportError as exc:
        raise BackendUnavailable("stanza is not installed: pip install '.[stanza]'") from exc
    return stanza.Pipeline(language, dir=str(path), processors="tokenize,ner", download_method=None,
                           use_gpu=False, logging_level="WARN")


def spans_from_document(document, offset: int = 0, source: str = "stanza") -> list[NamedSpan]:  # noqa: ANN001
    """Our spans from a stanza Document's entities (character offsets shifted by `offset`)."""
    spans = []
    for entity in document.ents:
        label = LABEL_MAP.get(entity.type, "MISC")
        spans.append(NamedSpan(label, offset + entity.start_char, offset + entity.end_char, source))  # type: ignore[arg-type]
    return spans


class StanzaRecogniser:
    name = "stanza"

    def __init__(self, language: str, folder: str) -> None:
        self.language = language
        self.folder = folder

    def find(self, doc: Doc) -> list[NamedSpan]:
        pipeline = _pipeline(self.language, self.folder)
        spans: list[NamedSpan] = []
        for offset, text in pieces(doc.text):
            if text.strip():
                spans.extend(spans_from_document(pipeline(text), offset))
        return spans


@backend("stanza")
def _stanza(language: str, argument: str) -> StanzaRecogniser:
    return StanzaRecogniser(language, argument or str(default_dir()))
