"""Run settings: which NER backend serves which language, which language detector, limits.

Settings come from defaults, then a TOML file (`visits.toml` in the working folder, or --config), then
command-line flags. Example file:

    [ner]
    default = "embedded"
    nb = "spacy:nb_core_news_md"      # an installed spaCy pipeline package or a folder
    uk = "stanza"                     # stanza models under [stanza] dir

    [stanza]
    dir = "~/stanza_resources"

    [language]
    detector = "langdetect"

    [ner_layer]
    rules = "lead"                    # fill | lead | union | off
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.read import MAX_BYTES

DEFAULT_CONFIG_FILE = "visits.toml"
RULES_LAYERS = ("fill", "lead", "union", "off")


@dataclass(frozen=True)
class Settings:
    ner_default: str = "embedded"
    ner_by_language: dict[str, str] = field(default_factory=dict)
    stanza_dir: str = ""
    language_detector: str = "langdetect"
    max_bytes: int = MAX_BYTES
    # The reference day for dates whose year only a weekday gives ("w piątek, 13 kwietnia"). Fixed in
    # tests and benchmarks; left empty it is the day of the run.
    today: dt.date | None = None

    # How the rule layer joins a model: "fill" adds rule spans the model did not cover; "lead" keeps every
    # rule span and adds model spans only where the rules found nothing; "union" keeps both (overlaps
    # settled later, the longer name winning); "off" adds nothing from the rules (they still confirm
    # model spans made only of ordinary words).
    rules_layer: str = "lead"

    def ner_for(self, language: str) -> str:
        spec = self.ner_by_language.get(language, self.ner_default)
        if spec == "stanza" and self.stanza_dir:
            return f"stanza:{self.stanza_dir}"
        return spec

    def reference_day(self) -> dt.date:
        return self.today or dt.date.today()


def load_settings(
    path: str | Path | None = None, *, ner: str | None = None, rules_layer: str | None = None
) -> Settings:
    """Defaults, then the TOML file (explicit path, else ./visits.toml when present), then flags.

    `ner` is the --ner flag: "embedded", "rules", "spacy:<pkg>", "stanza", or per language
    "nb=spacy:nb_core_news_md,pl=stanza" (entries without "=" set the default).
    """
    settings = Settings()
    file = Path(path) if path else Path(DEFAULT_CONFIG_FILE)
    if path and not file.is_file():
        raise FileNotFoundError(f"config file {file} not found")
    if file.is_file():
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        ner_table = dict(data.get("ner", {}))
        default = ner_table.pop("default", settings.ner_default)
        settings = replace(
            settings,
            ner_default=str(default),
            ner_by_language={str(k): str(v) for k, v in ner_table.items()},
            stanza_dir=str(data.get("stanza", {}).get("dir", "")),
            language_detector=str(data.get("language", {}).get("detector", settings.language_detector)),
            rules_layer=str(data.get("ner_layer", {}).get("rules", settings.rules_layer)),
            max_bytes=int(data.get("read", {}).get("max_bytes", settings.max_bytes)),
        )
    if ner:
        by_language = dict(settings.ner_by_language)
        default = settings.ner_default
        for entry in ner.split(","):
            entry = entry.strip()
            if "=" in entry and not entry.startswith("spacy:"):
                language, spec = entry.split("=", 1)
                by_language[language.strip()] = spec.strip()
            elif entry:
                default = entry
        settings = replace(settings, ner_default=default, ner_by_language=by_language)
    if rules_layer:
        settings = replace(settings, rules_layer=rules_layer)
    _check_backends(settings)
    if settings.rules_layer not in RULES_LAYERS:
        raise ValueError(f"unknown rules layer {settings.rules_layer!r}; known: {', '.join(RULES_LAYERS)}")
    return settings


def _check_backends(settings: Settings) -> None:
    """Fail at start-up, not once per article, when a configured backend name does not exist."""
    from pipeline.ner import known_backends

    known = known_backends()
    for spec in [settings.ner_default, *settings.ner_by_language.values()]:
        name = spec.partition(":")[0]
        if name not in known:
            raise ValueError(f"unknown NER backend {name!r}; known: {', '.join(sorted(known))}")
