"""Time spent per stage and per part of a stage, collected for the benchmark (never asserted in tests).

`process_article` opens a record for each article; stages wrap their parts in `timed("dates")` and the
seconds add up under that name.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

_record: dict[str, float] | None = None


@contextmanager
def recording(into: dict[str, float]) -> Iterator[dict[str, float]]:
    global _record
    previous, _record = _record, into
    try:
        yield into
    finally:
        _record = previous


@contextmanager
def timed(name: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        if _record is not None:
            _record[name] = _record.get(name, 0.0) + time.perf_counter() - started
