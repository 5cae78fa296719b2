"""Start a crawl from the admin pages: always a detached child process, never in a worker."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

from crawler.command import crawl_command
from index.datadir import DataDir

PROJECT = Path(__file__).resolve().parent.parent


def start_crawl(datadir: DataDir, sources_file: Path, name: str) -> int:
    """Start `smpvet crawl NAME` in its own session, logging to the data dir; return its pid."""
    datadir.logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    with open(datadir.logs / f"crawl-{name}.log", "ab") as log:
        child = subprocess.Popen(
            crawl_command(datadir, sources_file, [name], trigger="admin"),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
    # Reap the child when it ends so no zombie is left behind; the crawl itself records its run.
    threading.Thread(target=child.wait, name=f"reap-crawl-{child.pid}", daemon=True).start()
    return child.pid
