"""`visits bench` runs and reports every figure it promises; no figure's size is asserted (a benchmark, not a test)."""

import re
from pathlib import Path

from pipeline.bench import bench
from tests.conftest import SETTINGS

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def test_the_benchmark_reports_throughput_memory_and_each_stage():
    report = bench([str(RAW)], 7, 1, SETTINGS)
    assert re.search(r"^articles\s+7 \(5 distinct, 1 worker", report, re.M), report
    for line in ("articles per second", "words per second", "peak memory", "gazetteer index", "errors              0"):
        assert line in report, report
    for stage in ("clean", "language", "entities", "normalise", "visits", "write", "entities.places",
                  "normalise.places", "entities.dates"):
        assert re.search(rf"^\s+{re.escape(stage)}\s+\d+\.\d%", report, re.M), (stage, report)
    assert re.search(r"place resolution \d+\.\d\d ms per article .*with finding the place candidates \d+\.\d\d ms"
                     r".*dates and money \d+\.\d\d ms", report), report
