"""Run crawls: every chosen source as its own Scrapy crawler in one process.

Scrapy's reactor cannot be restarted in a process, so callers that crawl more than once
(the scheduler, the demo) run `run_crawl` in a child process with `crawl_in_child`.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawler.command import crawl_command
from crawler.early_stop import EarlyStop, blocked_stop_signal
from crawler.sources import Source, SourcesConfig
from crawler.spiders.clinic import ClinicSpider
from crawler.spiders.directory import DirectorySpider
from crawler.spiders.registry import RegistrySpider
from crawler.spiders.reviews import ReviewsSpider
from index.datadir import DataDir
from index.store import Store

SPIDERS = {
    "directory": DirectorySpider,
    "clinic": ClinicSpider,
    "reviews": ReviewsSpider,
    "registry": RegistrySpider,
}


def crawl_settings(
    config: SourcesConfig,
    datadir: DataDir,
    *,
    trigger: str = "manual",
    overrides: dict[str, object] | None = None,
) -> Settings:
    """The project's settings, pointed at this data directory and contact."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.set("SMPVET_DATA_DIR", str(datadir.root), priority="cmdline")
    settings.set("HTTPCACHE_DIR", str(datadir.httpcache), priority="cmdline")
    settings.set("SMPVET_TRIGGER", trigger, priority="cmdline")
    settings.set("SMPVET_CONTACT", config.contact, priority="cmdline")
    settings.set("USER_AGENT", f"smpvet/0.1 (+{config.contact})", priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(
    config: SourcesConfig,
    sources: list[Source],
    datadir: DataDir,
    *,
    trigger: str = "manual",
    overrides: dict[str, object] | None = None,
    early_stop: EarlyStop | None = None,
) -> None:
    """Crawl the sources in this process, each with its own crawler; blocks until done.

    A stop signal that `early_stop` caught before Scrapy could listen either prevents
    the crawl (recorded as stopped before it started) or is sent again to Scrapy.
    """
    settings = crawl_settings(config, datadir, trigger=trigger, overrides=overrides)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # ours is installed
    process = CrawlerProcess(settings)  # installs the reactor
    if early_stop is not None and early_stop.requested is not None:
        record_not_started(datadir, sources, trigger, settings.get("SMPVET_SCHEDULED_FOR"))
        return
    for source in sources:
        crawler = process.create_crawler(SPIDERS[source.kind])
        if source.delay is not None:  # settings freeze only when the crawl starts
            crawler.settings.set("DOWNLOAD_DELAY", source.delay, priority="cmdline")
            crawler.settings.set(
                "AUTOTHROTTLE_START_DELAY", max(source.delay, 0.1), priority="cmdline"
            )
        process.crawl(crawler, source=source, sources=config)
    if early_stop is not None:
        from twisted.internet import reactor

        # Scrapy takes the signals over as the reactor starts: on the loop's first turn
        # after that, pass on one that came in between, for Scrapy's own clean stop.
        reactor.callWhenRunning(reactor.callLater, 0, early_stop.resend)
    process.start()
    # A signal early in a crawl can stop Scrapy before it reports the spider closed.
    with Store(datadir.store) as store:
        store.close_own_runs("partial", "stopped early: interrupted before the crawl could close")


def record_not_started(
    datadir: DataDir, sources: list[Source], trigger: str, scheduled_for: str | None
) -> None:
    """A run per source, ended before it began: asked to stop while starting up."""
    with Store(datadir.store) as store:
        for source in sources:
            run_id = store.start_run(source.name, trigger, scheduled_for)
            store.finish_run(run_id, "partial", "stopped before it started: asked to stop")


_children: set[subprocess.Popen[bytes]] = set()
_children_lock = threading.Lock()


def crawl_in_child(
    sources_file: Path,
    names: list[str],
    datadir: DataDir,
    *,
    trigger: str = "schedule",
    scheduled_for: str | None = None,
    timeout: float | None = None,
    quiet: bool = False,
) -> tuple[int, int]:
    """Run `smpvet crawl` in a child process, killed at `timeout`: (exit code, pid).

    At the limit the child gets SIGTERM (Scrapy then closes its spiders and records
    the runs), and SIGKILL if it has not ended 15 seconds later.
    """
    command = crawl_command(
        datadir, sources_file, names, trigger=trigger, scheduled_for=scheduled_for, index=False
    )
    output = subprocess.DEVNULL if quiet else None
    env = {**os.environ, PARENT_ENV: str(os.getpid())}
    with blocked_stop_signal():  # until the child can handle it (crawler.early_stop)
        child = subprocess.Popen(
            command, stdout=output, stderr=output, start_new_session=True, env=env
        )
    with _children_lock:
        _children.add(child)
    try:
        return child.wait(timeout=timeout), child.pid
    except subprocess.TimeoutExpired:
        _end(child)
        return TIMED_OUT, child.pid
    except BaseException:
        _end(child)
        raise
    finally:
        with _children_lock:
            _children.discard(child)


TIMED_OUT = -signal.SIGKILL


PARENT_ENV = "SMPVET_CRAWL_PARENT"
PR_SET_PDEATHSIG = 1


def stop_with_parent() -> None:
    """In a child crawl: get SIGTERM when the parent dies, even by SIGKILL (Linux).

    Scrapy then stops cleanly and records the run, so a killed scheduler leaves no
    orphan crawl behind.
    """
    parent = os.environ.get(PARENT_ENV)
    if not parent:
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return  # elsewhere a killed parent leaves the crawl to finish on its own
    if str(os.getppid()) != parent:
        os.kill(os.getpid(), signal.SIGTERM)  # the parent died before we asked


def stop_children() -> None:
    """Ask every running child crawl to stop cleanly (SIGTERM)."""
    with _children_lock:
        children = list(_children)
    for child in children:
        if child.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGTERM)


def _end(child: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(child.pid, signal.SIGTERM)
        child.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    except ProcessLookupError:
        child.wait()


def quiet_scrapy_logging(verbose: bool = False) -> None:
    """Scrapy's own log to stderr at WARNING (INFO when verbose); progress lines to stdout."""
    root = logging.getLogger()
    root.handlers.clear()
    err = logging.StreamHandler(sys.stderr)
    err.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    # Scrapy's loggers are set to DEBUG, so the handler's level is what filters.
    err.setLevel(logging.INFO if verbose else logging.WARNING)
    if not verbose:
        # Per-page failures are counted and recorded with the run; their tracebacks
        # belong in --verbose, not in front of the user.
        err.addFilter(lambda r: not r.name.startswith(("scrapy", "twisted", "py.warnings")))
    root.addHandler(err)
    progress = logging.getLogger("smpvet.progress")
    progress.handlers.clear()
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("  %(message)s"))
    progress.addHandler(out)
    progress.setLevel(logging.INFO)
    progress.propagate = False
