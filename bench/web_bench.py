"""Web speed: search requests/s and latency of `smpvet serve` under wrk, against a static file.

    python bench/web_bench.py DATA_DIR

Serves DATA_DIR (an indexed demo crawl) with `smpvet serve` (gunicorn, 2 workers x 4
threads) on loopback, with rate limits off for the load generator, and drives it with wrk
from Debian's packages: a fixed mix of eight searches, then a static file served by the
same server as its ceiling.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from common import REPO, Row, emit, free_port, process_hwm_mb

DURATION = "15s"


def wrk(url: str, script: Path | None = None) -> tuple[float, float, float]:
    """Requests/s, p50 ms and p99 ms from one wrk run."""
    command = ["wrk", "-t2", "-c8", f"-d{DURATION}", "--latency", url]
    if script:
        command[1:1] = ["-s", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def percentile(p: str) -> float:
        value, unit = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", out, re.M).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw errors:\n{out}")
    return rate, percentile("50"), percentile("99")


def workers_of(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(c) for c in children.read_text().split()]
    except OSError:
        return []


def main() -> None:
    datadir = Path(sys.argv[1])
    if shutil.which("wrk") is None:
        emit([Row("web", "skipped: wrk is not installed (apt-get install wrk)", 0, "")])
        return
    port = free_port()
    env = {**os.environ, "SMPVET_RATELIMIT_ENABLED": "false", "PYTHONPATH": str(REPO)}
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "--data-dir", str(datadir), "serve", "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/search?q=smp", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        wrk(f"{base}/", REPO / "bench" / "search.lua")  # warm up every worker
        rate, p50, p99 = wrk(base, REPO / "bench" / "search.lua")
        static_rate, static_p50, static_p99 = wrk(f"{base}/static/style.css")
        rss = max(filter(None, [process_hwm_mb(p) for p in [server.pid, *workers_of(server.pid)]]))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    emit(
        [
            Row(
                "web",
                "search requests/s (wrk -c8, 8-search mix)",
                round(rate),
                "req/s",
                "static file, same server",
                round(static_rate),
                ">= 100 req/s",
                rate >= 100,
                round(rss),
            ),
            Row(
                "web",
                "search latency p50",
                round(p50, 1),
                "ms",
                "static file",
                round(static_p50, 1),
            ),
            Row(
                "web",
                "search latency p99",
                round(p99, 1),
                "ms",
                "static file",
                round(static_p99, 1),
                "<= 250 ms",
                p99 <= 250,
            ),
        ]
    )


if __name__ == "__main__":
    main()
