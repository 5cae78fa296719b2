"""The `smpvet crawl` command line, for crawls run as child processes.

Kept apart from `crawler.runner` so that the web front end can start a crawl without
importing Scrapy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from index.datadir import DataDir


def smpvet_command(datadir: DataDir) -> list[str]:
    """Arguments that run `smpvet` on this data directory with this interpreter."""
    return [sys.executable, "-m", "cli", "--data-dir", str(datadir.root)]


def crawl_command(
    datadir: DataDir,
    sources_file: Path,
    names: list[str],
    *,
    trigger: str,
    scheduled_for: str | None = None,
    index: bool = True,
) -> list[str]:
    """Arguments that run `smpvet crawl` for these sources with this interpreter."""
    command = [*smpvet_command(datadir), "crawl"]
    command += ["--sources", str(Path(sources_file).resolve()), "--trigger", trigger]
    if scheduled_for:
        command += ["--scheduled-for", scheduled_for]
    if not index:
        command.append("--no-index")
    return [*command, *names]
