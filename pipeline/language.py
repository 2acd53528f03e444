"""Stage 3: the article's language, from the input's `language` field or detected (seeded, repeatable).

Detectors are registered by name; `langdetect` is the default, `lingua` is the alternative for short texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.langdata import has_profile
from pipeline.records import CleanArticle, DetectedArticle

# ISO 639-1 codes the detectors or inputs use for languages our profiles file under another code.
ALIASES = {"no": "nb", "nob": "nb", "nno": "nn", "iw": "he", "in": "id", "ua": "uk"}
_MIN_LETTERS = 20
_MAX_CHARS = 2500  # enough for a confident answer; langdetect's time grows with the text

Detector = Callable[[str], tuple[str, float]]
DETECTORS: dict[str, Callable[[], Detector]] = {}


def detector(name: str) -> Callable[[Callable[[], Detector]], Callable[[], Detector]]:
    def register(factory: Callable[[], Detector]) -> Callable[[], Detector]:
        DETECTORS[name] = factory
        return factory

    return register


@detector("langdetect")
def _langdetect() -> Detector:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is random unless seeded; we want the same answer every run

    def detect(text: str) -> tuple[str, float]:
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return "", 0.0
        return best.lang, float(best.prob)

    return detect


@detector("lingua")
def _lingua() -> Detector:
    from lingua import LanguageDetectorBuilder

    model = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> tuple[str, float]:
        values = model.compute_language_confidence_values(text)
        if not values:
            return "", 0.0
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), float(best.value)

    return detect


@cache
def get_detector(name: str) -> Detector:
    try:
        return DETECTORS[name]()
    except KeyError as exc:
        raise ValueError(f"unknown language detector {name!r}; known: {', '.join(sorted(DETECTORS))}") from exc


def normalise_code(code: str) -> str:
    code = code.strip().lower().replace("_", "-").split("-")[0]
    return ALIASES.get(code, code)


def detect_language(clean: CleanArticle, detector_name: str = "langdetect") -> DetectedArticle:
    given = normalise_code(clean.article.language) if clean.article.language else ""
    if given:
        return DetectedArticle(clean, given, 1.0, _support_note(given, "given"))
    sample = " ".join(clean.masked.split())[:_MAX_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < _MIN_LETTERS:
        return DetectedArticle(clean, "", 0.0, "too little text to detect the language; generic rules used")
    code, score = get_detector(detector_name)(sample)
    if not code:
        return DetectedArticle(clean, "", 0.0, "language not detected; generic rules used")
    code = normalise_code(code)
    return DetectedArticle(clean, code, round(score, 4), _support_note(code, "detected"))


def _support_note(code: str, how: str) -> str:
    if has_profile(code):
        return ""
    return f"language {code!r} ({how}) has no profile of its own; generic rules used"
