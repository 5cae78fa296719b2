"""The scheduler: once per trigger, surviving restarts, hangs and a SIGKILL.

Each test runs `python scheduler.py` as its own process against the demo web, with
six-field cron schedules (a leading seconds field) so triggers come seconds apart.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import REPO

from crawler.command import crawl_command
from crawler.early_stop import blocked_stop_signal
from demoweb.hosts import HANGING_HOST as HANGING
from demoweb.server import DemoWeb
from index.datadir import DataDir
from scheduler import SchedulerLock, SchedulerLocked, cron_trigger

pytestmark = pytest.mark.slow

REGISTRY = """
[[source]]
name = "{name}"
kind = "registry"
start_urls = ["{url}"]
schedule = "{schedule}"
issuer = "National Body Art Licensing Board"
credential = "licence"
delay = 0.05
"""


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(port=0, slow_seconds=0.5) as demo:
        yield demo


@pytest.fixture
def datadir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "var").ensure()


def sources_file(tmp_path: Path, *sources: tuple[str, str, str]) -> Path:
    """A sources.toml of registry-shaped sources: (name, url, schedule)."""
    path = tmp_path / "sources.toml"
    path.write_text(
        "".join(REGISTRY.format(name=n, url=u, schedule=s) for n, u, s in sources),
        encoding="utf-8",
    )
    return path


def at(moment: datetime) -> str:
    """A six-field cron expression that fires once a day at this second."""
    return f"{moment.second} {moment.minute} {moment.hour} * * *"


def start(datadir: DataDir, sources: Path, timeout: float = 60) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            str(REPO / "scheduler.py"),
            "--data-dir",
            str(datadir.root),
            "--sources",
            str(sources),
            "--crawl-timeout",
            str(timeout),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def stop(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> str:
    if process.poll() is None:
        process.send_signal(sig)
    _out, err = process.communicate(timeout=60)
    return err


def runs(datadir: DataDir) -> list[sqlite3.Row]:
    if not datadir.store.exists():
        return []
    db = sqlite3.connect(datadir.store, timeout=10)
    db.row_factory = sqlite3.Row
    try:
        return db.execute("SELECT * FROM crawl_runs ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        db.close()


def wait_for(predicate, timeout: float, step: float = 0.5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def test_cron_weekdays_follow_cron_not_apscheduler() -> None:
    monday = cron_trigger("0 4 * * 1").get_next_fire_time(None, datetime(2026, 11, 22, tzinfo=UTC))
    assert monday == datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # 23 Nov 2026 is a Monday
    sunday = cron_trigger("0 4 * * 0").get_next_fire_time(None, datetime(2026, 11, 23, tzinfo=UTC))
    assert sunday is not None and sunday.strftime("%a") == "Sun"
    weekdays = cron_trigger("30 6 * * 1-5")
    fire = weekdays.get_next_fire_time(None, datetime(2026, 11, 28, tzinfo=UTC))  # a Saturday
    assert fire is not None and fire.strftime("%a") == "Mon"
    with pytest.raises(ValueError):
        cron_trigger("daily")


def test_each_job_runs_once_per_trigger(web: DemoWeb, datadir: DataDir, tmp_path: Path) -> None:
    sources = sources_file(
        tmp_path,
        ("licences", web.url("127.0.0.5", "/licensees?page=1"), "*/8 * * * * *"),
        ("graduates", web.url("127.0.0.6", "/graduates/"), "*/8 * * * * *"),
    )
    scheduler = start(datadir, sources)
    time.sleep(30)
    err = stop(scheduler)
    done = [r for r in runs(datadir) if r["trigger"] == "schedule"]
    per_trigger = Counter((r["source"], r["scheduled_for"]) for r in done)
    print(f"\n{len(done)} scheduled runs: {sorted(per_trigger)}")
    assert all(n == 1 for n in per_trigger.values()), per_trigger
    for name in ("licences", "graduates"):
        mine = [r for r in done if r["source"] == name]
        assert len(mine) >= 2, err
        # A crawl still running when the scheduler was stopped ends cleanly, as partial.
        assert all(r["status"] == "ok" for r in mine[:-1]), [dict(r) for r in mine]
        assert mine[-1]["status"] in ("ok", "partial"), dict(mine[-1])


@pytest.mark.parametrize("delay", [0.0, 0.6, 1.0, 1.4, 1.8])  # start-up, crawl, exit
def test_a_crawl_stopped_while_starting_up_ends_cleanly_and_says_so(
    web: DemoWeb, datadir: DataDir, tmp_path: Path, delay: float
) -> None:
    # Before Scrapy listens for signals (its import alone takes a second), SIGTERM used
    # to kill a starting crawl outright, and the scheduler recorded it as killed; one
    # after Scrapy's reactor had stopped could cut the exit short (-SIGTERM).
    sources = sources_file(tmp_path, ("licences", web.url("127.0.0.5", "/licensees"), "0 4 * * 1"))
    command = crawl_command(datadir, sources, [], trigger="schedule", index=False)
    with blocked_stop_signal():  # as the scheduler starts its crawls
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(delay)
    child.send_signal(signal.SIGTERM)
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    (run,) = runs(datadir)
    assert run["status"] in ("partial", "ok"), dict(run)
    if delay == 0.0:
        assert run["status"] == "partial" and "before it started" in run["message"]
        assert run["pages"] == 0


def test_a_restart_keeps_jobs_and_runs_a_missed_trigger_once(
    web: DemoWeb, datadir: DataDir, tmp_path: Path
) -> None:
    fire = (datetime.now(UTC) + timedelta(seconds=12)).replace(microsecond=0)
    sources = sources_file(
        tmp_path, ("licences", web.url("127.0.0.5", "/licensees?page=1"), at(fire))
    )
    first = start(datadir, sources)
    assert wait_for(lambda: datadir.jobs.exists(), 20)
    time.sleep(3)
    stop(first)  # the machine goes off before the trigger
    assert not runs(datadir)
    while datetime.now(UTC) < fire + timedelta(seconds=3):
        time.sleep(0.5)
    second = start(datadir, sources)  # back on, after the trigger
    assert wait_for(lambda: any(r["status"] == "ok" for r in runs(datadir)), 60)
    time.sleep(3)
    err = stop(second)
    done = runs(datadir)
    assert len(done) == 1, err
    assert done[0]["scheduled_for"] == fire.isoformat()


def test_a_hanging_crawl_is_killed_and_the_others_still_run(
    web: DemoWeb, datadir: DataDir, tmp_path: Path
) -> None:
    fire = (datetime.now(UTC) + timedelta(seconds=6)).replace(microsecond=0)
    sources = sources_file(
        tmp_path,
        ("hanging", web.url(HANGING, "/licensees"), at(fire)),
        ("licences", web.url("127.0.0.5", "/licensees?page=1"), at(fire)),
    )
    scheduler = start(datadir, sources, timeout=5)
    finished = wait_for(
        lambda: {r["source"]: r["status"] for r in runs(datadir)}.get("hanging") == "failed", 60
    )
    err = stop(scheduler)
    by_source = {r["source"]: r for r in runs(datadir)}
    assert finished, err
    assert "time limit" in by_source["hanging"]["message"]
    assert by_source["licences"]["status"] == "ok"


def test_a_second_scheduler_refuses_to_start(
    web: DemoWeb, datadir: DataDir, tmp_path: Path
) -> None:
    sources = sources_file(
        tmp_path, ("licences", web.url("127.0.0.5", "/licensees?page=1"), "0 4 * * 1")
    )
    first = start(datadir, sources)
    assert wait_for(lambda: datadir.scheduler_lock.exists(), 20)
    time.sleep(2)
    second = start(datadir, sources)
    _out, err = second.communicate(timeout=60)
    stop(first)
    assert second.returncode == 2
    assert "another scheduler" in err


def test_a_stale_lock_does_not_block(datadir: DataDir) -> None:
    datadir.scheduler_lock.write_text("999999999")  # left by a scheduler that was killed
    lock = SchedulerLock(datadir.scheduler_lock).acquire()
    try:
        with pytest.raises(SchedulerLocked):
            SchedulerLock(datadir.scheduler_lock).acquire()
    finally:
        lock.release()


def test_sigkill_during_a_crawl_leaves_everything_consistent(
    web: DemoWeb, datadir: DataDir, tmp_path: Path
) -> None:
    fire = (datetime.now(UTC) + timedelta(seconds=5)).replace(microsecond=0)
    sources = tmp_path / "sources.toml"
    # The whole demo web, with the crawl slowed down so that the kill lands mid-crawl.
    text = web.sources_toml().replace('schedule = "', f'schedule = "{at(fire)}" #"')
    sources.write_text(text.replace("delay = 0.05", "delay = 0.3"), encoding="utf-8")
    scheduler = start(datadir, sources)
    assert wait_for(lambda: any(r["status"] == "running" for r in runs(datadir)), 60)
    time.sleep(3)
    os.kill(scheduler.pid, signal.SIGKILL)
    scheduler.communicate(timeout=30)
    # Child crawls are told (SIGTERM) that their parent died; they stop cleanly.
    assert wait_for(lambda: not any(r["status"] == "running" for r in runs(datadir)), 90)
    db = sqlite3.connect(datadir.store)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    statuses = Counter(r["status"] for r in runs(datadir))
    assert statuses["partial"] + statuses["killed"] + statuses["ok"] == sum(statuses.values())
    index = subprocess.run(
        [sys.executable, "-m", "cli", "--data-dir", str(datadir.root), "index"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert index.returncode == 0, index.stderr
    again = start(datadir, sources)  # the lock of the killed scheduler is gone
    time.sleep(5)
    assert again.poll() is None
    stop(again)
