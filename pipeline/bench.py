"""`visits bench`: throughput, peak memory and each stage's share of the time.

The given articles are repeated until there are N of them (distinct ids), processed with the requested
workers exactly as `visits run` does, and measured. A benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from dataclasses import replace

from pipeline.config import Settings
from pipeline.read import read_inputs
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
    results = list(process_articles(articles, settings, workers))
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
    total_stage = sum(stage_seconds.values()) or 1.0
    own, children = _peak_rss_mb()
    lines = [
        f"articles            {len(results)} ({len(originals)} distinct, {workers} worker(s))",
        f"wall time           {seconds:.1f} s (includes loading models and gazetteer in each worker)",
        f"articles per second {len(results) / seconds:.1f}",
        f"words per second    {words / seconds:.0f}",
        f"peak memory         {own:.0f} MB main process, {children:.0f} MB largest worker",
        f"errors              {sum(r.status == 'error' for r in results)}",
        "time per stage (share of processing time, mean ms per article):",
    ]
    for stage, value in sorted(stage_seconds.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {stage:<12} {100 * value / total_stage:5.1f}%  {1000 * value / len(results):7.2f} ms")
    return "\n".join(lines)
