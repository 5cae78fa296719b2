"""Crawl speed against `scrapy bench`, and what a recrawl of an unchanged web costs.

    python bench/crawl_bench.py DATA_DIR

Crawls the bundled demo web with politeness off (no delays, no AutoThrottle, no retry
back-off, eight requests per site: benchmark settings only) into DATA_DIR, then crawls it again,
unchanged, and compares the bytes the demo web served each time. `scrapy bench` runs in
the same process tree for Scrapy's own ceiling without extraction.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, Row, emit, peak_rss_mb, smpvet

from demoweb.server import DemoWeb

FAST = [
    "AUTOTHROTTLE_ENABLED=False",
    "DOWNLOAD_DELAY=0",
    "CONCURRENT_REQUESTS=32",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "SMPVET_PROGRESS_INTERVAL=0",
    "SMPVET_BACKOFF_BASE=0",  # retry back-off is a politeness delay too
]


def crawl_figures(store: Path) -> tuple[int, int]:
    """Pages and stored facts of every run so far."""
    db = sqlite3.connect(store)
    pages, items = db.execute("SELECT SUM(pages), SUM(items) FROM crawl_runs").fetchone()
    db.close()
    return pages, items


def crawling_seconds(requests: list) -> float:
    """From the first request the demo web received to the last, by its own clock.

    Process start-up (imports, opening the store) is left out, as `scrapy bench`'s steady
    rate leaves out its start-up; the runs' own timestamps are whole seconds, too coarse
    for a crawl of a few seconds.
    """
    times = [r.time for r in requests]
    return max(times) - min(times)


def scrapy_bench() -> float:
    """Scrapy's own pages/s on this machine (`scrapy bench`, ten seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-m", "scrapy", "bench", "-s", "CLOSESPIDER_TIMEOUT=10"],
            capture_output=True,
            text=True,
            cwd=tmp,
            check=False,
        )
    rates = [int(m) for m in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", done.stderr)]
    if not rates:
        raise RuntimeError(f"scrapy bench printed no rate: {done.stderr[-500:]}")
    steady = rates[1:] or rates  # the first minute-rate includes start-up
    return sum(steady) / len(steady) / 60


def main() -> None:
    datadir = Path(sys.argv[1])
    sources = datadir / "bench-sources.toml"
    datadir.mkdir(parents=True, exist_ok=True)
    with DemoWeb(port=0, slow_seconds=0.0) as web:
        sources.write_text(web.sources_toml().replace("delay = 0.05", "delay = 0"))
        settings = [arg for pair in FAST for arg in ("--set", pair)]
        started = time.monotonic()
        smpvet(datadir, "crawl", "--sources", str(sources), "--no-index", *settings)
        wall = time.monotonic() - started
        first_bytes = sum(r.bytes for r in web.requests)
        crawling = crawling_seconds(web.requests)
        pages, items = crawl_figures(datadir / "store.sqlite3")
        web.reset_log()
        smpvet(datadir, "crawl", "--sources", str(sources), "--no-index", *settings)
        second_bytes = sum(r.bytes for r in web.requests)
    crawl_rss = peak_rss_mb(children=True)
    ceiling = scrapy_bench()
    rate = pages / crawling
    emit(
        [
            Row(
                "crawl",
                "pages/s, demo web, politeness off (first to last request)",
                round(rate, 1),
                "pages/s",
                "scrapy bench",
                round(ceiling, 1),
                ">= 50% of scrapy bench",
                rate >= 0.5 * ceiling,
                round(crawl_rss),
            ),
            Row(
                "crawl",
                "facts stored/s",
                round(items / crawling, 1),
                "items/s",
                rss_mb=round(crawl_rss),
            ),
            Row("crawl", f"whole crawl incl. start-up ({pages} pages)", round(wall, 1), "s"),
            Row(
                "scheduler",
                f"recrawl of the unchanged demo web ({second_bytes:,} bytes)",
                round(100 * second_bytes / first_bytes, 2),
                "% of first crawl",
                "first crawl, bytes",
                float(first_bytes),
                "<= 20%",
                second_bytes <= 0.2 * first_bytes,
            ),
        ]
    )


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    main()
