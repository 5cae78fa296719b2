"""Extraction speed over the real third-party pages in ../shared/realdata.

    python bench/extract_bench.py [REALDATA]

Each page is extracted three times (the median counts); the time spent in structured-data
parsing (extruct's JSON-LD, microdata, RDFa and microformats) is measured separately
from the rest: the plain-HTML and prose heuristics.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from common import REPO, Row, emit, peak_rss_mb

from crawler.extraction import extract, microformats, structured

_spent = {"structured": 0.0}


def timed(fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent["structured"] += time.perf_counter() - start

    return wrapper


def pages(root: Path) -> list[Path]:
    found = [p for p in root.rglob("*") if p.suffix.lower() in (".html", ".htm")]
    return sorted(p for p in found if p.stat().st_size > 0)


def main() -> None:
    default = REPO.parent / "shared" / "realdata"
    root = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SMPVET_REALDATA", default))
    if not root.is_dir():
        emit([Row("extraction", f"skipped: no real pages at {root}", 0, "")])
        return
    structured.items = timed(structured.items)
    microformats.items = timed(microformats.items)
    times, structured_share, total = [], 0.0, 0.0
    for path in pages(root):
        body = path.read_bytes()
        runs = []
        for _ in range(3):
            _spent["structured"] = 0.0
            start = time.perf_counter()
            extract(body, f"https://example.com/{path.name}")
            runs.append((time.perf_counter() - start, _spent["structured"]))
        elapsed, in_structured = sorted(runs)[1]
        times.append(elapsed * 1000)
        total += elapsed
        structured_share += in_structured
    times.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    emit(
        [
            Row(
                "extraction",
                f"ms/page p50 ({len(times)} real pages)",
                round(statistics.median(times), 2),
                "ms",
                rss_mb=round(peak_rss_mb()),
            ),
            Row("extraction", "ms/page p95", round(p95, 2), "ms", target="<= 50 ms", ok=p95 <= 50),
            Row("extraction", "ms/page max", round(times[-1], 1), "ms"),
            Row(
                "extraction",
                "share in structured-data parsing",
                round(100 * structured_share / total, 1),
                "%",
            ),
            Row(
                "extraction",
                "share in plain-HTML and prose heuristics",
                round(100 * (total - structured_share) / total, 1),
                "%",
            ),
        ]
    )


if __name__ == "__main__":
    main()
