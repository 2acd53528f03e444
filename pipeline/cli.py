"""The `visits` command: run, evaluate, bench, models."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pipeline.config import RULES_LAYERS, load_settings


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="TOML settings file (default: ./visits.toml when present)")
    parser.add_argument("--ner", help='NER backend: "embedded", "rules", "spacy:<pkg>", "stanza", '
                                      'or per language "nb=spacy:nb_core_news_md,uk=stanza"')
    parser.add_argument("--rules-layer", choices=RULES_LAYERS,
                        help="how the rule layer joins a model: fill (adds what the model missed), lead (the "
                             "model adds what the rules missed), union, off")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")


def _settings(args: argparse.Namespace):  # noqa: ANN202
    return load_settings(args.config, ner=args.ner, rules_layer=args.rules_layer)


def _cmd_run(args: argparse.Namespace) -> int:
    from pipeline.run import run

    settings = _settings(args)
    summary, _ = run(args.inputs, args.output, settings, workers=args.workers, show_progress=not args.quiet)
    for note in summary.notes:
        print(f"note: {note}", file=sys.stderr)
    print(summary.line())
    print(f"wrote {', '.join(str(p) for p in summary.outputs.values())}", file=sys.stderr)
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate_folder, format_report

    settings = _settings(args)
    report = evaluate_folder(args.gold, args.output, settings, workers=args.workers)
    print(format_report(report))
    if args.by_language:
        from pipeline.evaluate import format_by_language

        print()
        print(format_by_language(report))
    if args.json:
        import json

        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(report.as_dict(), handle, indent=2, ensure_ascii=False)
    if args.floors:
        from pipeline.evaluate import check_floors

        failures = check_floors(report, args.floors)
        for failure in failures:
            print(f"below floor: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


def _cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench import bench

    settings = _settings(args)
    print(bench(args.inputs, args.articles, args.workers, settings))
    return 0


def _cmd_models_train(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline.training.train import RECIPES, train_model, write_index

    names = list(RECIPES) if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in RECIPES]
    if unknown:
        raise ValueError(f"unknown model {', '.join(unknown)}; known: {', '.join(RECIPES)}, all")
    for name in names:
        report = train_model(name, Path(args.corpora), Path(args.models), steps=args.steps)
        micro = {c: round(s["micro"]["f1"], 3) for c, s in report.tests.items()}
        print(f"{name}: {report.size_bytes / 1e6:.1f} MB, {report.words_per_second:,.0f} words/s, micro F1 {micro}")
    print(f"wrote {write_index(Path(args.models))}")
    return 0


def _cmd_models_list(args: argparse.Namespace) -> int:
    import json

    from pipeline.ner.spacy_backend import model_table, models_dir

    folder = models_dir()
    print(f"models in {folder}; languages -> model: {model_table()}")
    for scores in sorted(folder.glob("*/scores.json")):
        data = json.loads(scores.read_text(encoding="utf-8"))
        micro = {c: round(s["micro"]["f1"], 3) for c, s in data["tests"].items()}
        size, speed = data["size_bytes"] / 1e6, data["words_per_second"]
        print(f"  {data['name']:<6} {size:5.1f} MB  {speed:>8,.0f} words/s  {micro}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="visits", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process articles into data/out/*.csv")
    run.add_argument("inputs", nargs="+", help=".txt/.jsonl/.csv files or folders of them")
    run.add_argument("-o", "--output", default="data/out", help="output folder (default data/out)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_common(run)
    run.set_defaults(func=_cmd_run)

    ev = sub.add_parser("evaluate", help="score the pipeline against gold annotations")
    ev.add_argument("gold", help="folder of <id>.txt articles and <id>.json gold files")
    ev.add_argument("-o", "--output", default="data/eval", help="where the pipeline's CSVs go (default data/eval)")
    ev.add_argument("--json", help="also write the scores as JSON to this file")
    ev.add_argument("--floors", help="JSON file of minimum F1 scores; exit 1 when any score is below")
    ev.add_argument("--by-language", action="store_true", help="also print entity F1 per language")
    _add_common(ev)
    ev.set_defaults(func=_cmd_evaluate)

    be = sub.add_parser("bench", help="throughput, memory and time per stage")
    be.add_argument("inputs", nargs="+", help="articles to repeat")
    be.add_argument("-n", "--articles", type=int, default=1000, help="articles to process (default 1000)")
    _add_common(be)
    be.set_defaults(func=_cmd_bench)

    models = sub.add_parser("models", help="our own NER models: train, list")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    train = models_sub.add_parser("train", help="train models into models/ from the NER corpora")
    train.add_argument("names", nargs="+", help="model names (nb sv lv pl da fi multi) or all")
    train.add_argument("--corpora", default="../shared/corpora/ner", help="corpora folder")
    train.add_argument("--models", default="models", help="where models go (default models/)")
    train.add_argument("--steps", type=int, help="override the recipe's number of updates (for quick trials)")
    train.set_defaults(func=_cmd_models_train)
    listing = models_sub.add_parser("list", help="the shipped models and their test scores")
    listing.set_defaults(func=_cmd_models_list)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (FileNotFoundError, ValueError) as exc:
        print(f"visits: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
