"""`visits bench`: throughput, peak memory and each stage's share of the time.

The given articles are repeated until there are N of them (distinct ids), processed with the requested
workers exactly as `visits run` does, and measured. Each worker first processes the distinct articles
once, untimed per stage, so the stage figures are steady-state costs; the wall time and throughput
include that first pass (loading word lists, models and the gazetteer). A benchmark, not a test:
nothing is asserted.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace

from pipeline.config import Settings
from pipeline.read import read_inputs
from pipeline.records import ArticleResult
from pipeline.run import process_articles
from pipeline.write import write_outputs


def _peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, children


def bench(inputs: list[str], count: int, workers: int, settings: Settings) -> str:
    originals, _ = read_inputs(inputs, settings.max_bytes)
    originals = [a for a in originals if a.status == "ok"]
    if not originals:
        raise ValueError("no readable articles to benchmark")
    articles = [
        replace(originals[i % len(originals)], article_id=f"{originals[i % len(originals)].article_id}#{i}")
        for i in range(count)
    ]
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    results = list(process_articles(articles, settings, workers, warm_up=originals))
    with tempfile.TemporaryDirectory() as out:
        write_started = time.perf_counter()
        write_outputs(results, out)
        write_seconds = time.perf_counter() - write_started
    seconds = time.perf_counter() - started
    stage_seconds: dict[str, float] = {}
    for result in results:
        for stage, value in result.timings.items():
            stage_seconds[stage] = stage_seconds.get(stage, 0.0) + value
    stage_seconds["write"] = write_seconds
    own, children = _peak_rss_mb()
    gazetteer = _gazetteer_cost()
    lines = [
        f"articles            {len(results)} ({len(originals)} distinct, {workers} worker(s))",
        f"wall time           {seconds:.1f} s (includes starting the workers and a first pass over the "
        f"{len(originals)} distinct articles in each, which loads word lists, models and the gazetteer)",
        f"articles per second {len(results) / seconds:.1f}",
        f"words per second    {words / seconds:.0f}",
        f"peak memory         {own:.0f} MB main process"
        + (f", {children:.0f} MB largest worker" if workers > 1 else " (no separate workers)"),
        f"errors              {sum(r.status == 'error' for r in results)}",
        f"gazetteer index     {gazetteer['places']:,.0f} records, loaded in {gazetteer['load_seconds']:.2f} s, "
        f"{gazetteer['rss_mb']:.0f} MB resident",
        "time per stage after that first pass (share of processing time; mean and median ms per article):",
    ]
    top = {k: v for k, v in stage_seconds.items() if "." not in k}
    total_stage = sum(top.values()) or 1.0
    for stage, value in sorted(top.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {stage:<20} {100 * value / total_stage:5.1f}%  {1000 * value / len(results):7.2f} ms"
                     f"  {_median_ms(results, stage):7.2f} ms")
        for part, part_value in sorted(stage_seconds.items(), key=lambda kv: -kv[1]):
            if part.startswith(f"{stage}."):
                lines.append(f"    {part:<18} {100 * part_value / total_stage:5.1f}%  "
                             f"{1000 * part_value / len(results):7.2f} ms  {_median_ms(results, part):7.2f} ms")
    def per_article(*parts: str) -> float:
        return 1000 * sum(stage_seconds.get(p, 0.0) for p in parts) / len(results)

    places = per_article("entities.places", "normalise.places")
    dates_money = per_article("entities.dates", "entities.money")
    lines.append(
        f"place resolution {per_article('normalise.places'):.2f} ms per article (median "
        f"{_median_ms(results, 'normalise.places'):.2f}); with finding the place candidates {places:.2f} ms (median "
        f"{_median_ms(results, 'entities.places', 'normalise.places'):.2f}); dates and money {dates_money:.2f} ms "
        f"(median {_median_ms(results, 'entities.dates', 'entities.money'):.2f})"
    )
    return "\n".join(lines)


def _median_ms(results: list[ArticleResult], *parts: str) -> float:
    """Median over articles of the time spent in `parts`, in ms."""
    totals = [sum(r.timings.get(p, 0.0) for p in parts) for r in results]
    return 1000 * statistics.median(totals) if totals else 0.0


def _gazetteer_cost() -> dict[str, float]:
    """Load time and resident memory of the gazetteer index, measured in a fresh process."""
    import json
    import subprocess

    # Resident memory is read from /proc (current size, not the peak): on Linux a child started from a
    # big parent inherits the parent's peak in ru_maxrss, which would hide the index's own cost.
    code = (
        "import json, resource\n"
        "def rss():\n"
        "    try:\n"
        "        with open('/proc/self/status') as f:\n"
        "            return next(int(l.split()[1]) for l in f if l.startswith('VmRSS:')) / 1024\n"
        "    except OSError:\n"
        "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "before = rss()\n"
        "from pipeline import gazetteer\n"
        "stats = gazetteer.load_stats()\n"
        "stats['rss_mb'] = rss() - before\n"
        "print(json.dumps(stats))\n"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])
