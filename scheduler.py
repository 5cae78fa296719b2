"""Keep every source fresh: one APScheduler job per source, on the source's cron schedule.

Run it as its own process (`python scheduler.py` or `smpvet schedule`), never inside the
web workers: APScheduler's job store cannot be shared between processes. Jobs persist in
a SQLAlchemy job store in the data directory, so a restart neither loses nor duplicates
them, and a machine that was off runs each missed source once when it comes back. Each
crawl runs in a child process with a time limit; only one scheduler runs per data
directory.
"""

from __future__ import annotations

import argparse
import fcntl
import logging
import os
import signal
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from apscheduler.events import EVENT_SCHEDULER_STARTED
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from crawler.sources import Source, SourcesConfig, default_sources, load_sources
from index.datadir import DataDir

logger = logging.getLogger("smpvet.scheduler")

JOB_PREFIX = "crawl:"
MISFIRE_GRACE_SECONDS = 24 * 3600  # a source missed while the machine was off runs once
DEFAULT_CRAWL_TIMEOUT = 3600.0
_DOW_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_stopping = threading.Event()  # set when a signal asks the scheduler to stop


class SchedulerLocked(RuntimeError):
    """Another scheduler already runs on this data directory."""


@dataclass
class SchedulerLock:
    """An exclusive lock on the data directory, released by the kernel if we die."""

    path: Path
    handle: IO[str] | None = None

    def acquire(self) -> SchedulerLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise SchedulerLocked(
                f"another scheduler (pid {holder}) is already running on {self.path.parent}"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.handle = handle
        return self

    def release(self) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None


def cron_trigger(expression: str) -> CronTrigger:
    """A trigger for a crontab expression, in UTC, with cron's weekday numbering.

    Five fields are standard cron; a sixth, leading field gives seconds (for tests and
    short intervals). APScheduler 3 numbers weekdays from Monday = 0, unlike cron, so
    numeric weekdays are translated to names here.
    """
    fields = expression.split()
    if len(fields) not in (5, 6):
        raise ValueError(f"schedule {expression!r} must have five cron fields")
    second = fields.pop(0) if len(fields) == 6 else "0"
    minute, hour, day, month, dow = fields
    return CronTrigger(
        second=second,
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=_cron_weekdays(dow),
        timezone=UTC,
    )


def _cron_weekdays(field: str) -> str:
    if field in ("*", "?"):
        return "*"
    days: list[str] = []
    for part in field.lower().split(","):
        base, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if base == "*":
            numbers = list(range(0, 7))
        elif "-" in base:
            lo, hi = (_day_number(x) for x in base.split("-", 1))
            numbers = list(range(lo, hi + 1)) if lo <= hi else [*range(lo, 7), *range(0, hi + 1)]
        else:
            numbers = [_day_number(base)]
        for n in numbers[::step]:
            name = _DOW_NAMES[n]
            if name not in days:
                days.append(name)
    return ",".join(days)


def _day_number(token: str) -> int:
    if token.isdigit():
        n = int(token)
        if not 0 <= n <= 7:
            raise ValueError(f"weekday {token} is out of range 0-7")
        return n
    if token[:3] in _DOW_NAMES:
        return _DOW_NAMES.index(token[:3])
    raise ValueError(f"unknown weekday {token!r}")


def last_fire_time(schedule: str, now: datetime) -> datetime:
    """The latest time at or before `now` that the schedule fires (the run being made)."""
    trigger = cron_trigger(schedule)
    for window in (
        timedelta(minutes=2),
        timedelta(hours=2),
        timedelta(seconds=MISFIRE_GRACE_SECONDS),
    ):
        fire, latest = trigger.get_next_fire_time(None, now - window), None
        while fire is not None and fire <= now:
            latest = fire
            fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
        if latest is not None:
            return latest
    return now.replace(microsecond=0)


def crawl_source(
    data_dir: str, sources_file: str, name: str, timeout: float, schedule: str = ""
) -> str:
    """The scheduled job: crawl one source in a child process, then re-index and re-score."""
    from crawler.runner import TIMED_OUT, crawl_in_child
    from index.store import Store
    from index.update import update

    datadir = DataDir.resolve(data_dir).ensure()
    now = datetime.now(UTC)
    fired = last_fire_time(schedule, now) if schedule else now.replace(microsecond=0)
    scheduled_for = fired.astimezone(UTC).isoformat()
    logger.info("crawling %s (scheduled for %s)", name, scheduled_for)
    code, pid = crawl_in_child(
        Path(sources_file),
        [name],
        datadir,
        trigger="schedule",
        scheduled_for=scheduled_for,
        timeout=timeout,
        quiet=True,
    )
    with Store(datadir.store) as store:
        if code != 0 and _stopping.is_set():
            # Stopped by our own shutdown: keep what the crawl recorded, close the rest.
            _record_end(
                store,
                name,
                pid,
                scheduled_for,
                "killed",
                "stopped when the scheduler shut down",
                only_running=True,
            )
            return "stopped"
        if code != 0:
            reason = (
                f"killed at its time limit of {timeout:.0f} s"
                if code == TIMED_OUT
                else f"the crawl process exited with code {code}"
            )
            _record_end(store, name, pid, scheduled_for, "failed", reason)
            logger.warning("crawl of %s failed: %s", name, reason)
            return "failed"
    report = update(datadir)
    logger.info("crawled %s; index: %s", name, report.summary())
    return "ok"


def _record_end(
    store: Any,
    name: str,
    pid: int,
    scheduled_for: str,
    status: str,
    reason: str,
    *,
    only_running: bool = False,
) -> None:
    """Give the child's runs this ending, or record one if the child made none."""
    sql = "SELECT id, status FROM crawl_runs WHERE source = ? AND pid = ?"
    rows = store.conn.execute(sql, (name, pid)).fetchall()
    if not rows:
        rows = [{"id": store.start_run(name, "schedule", scheduled_for), "status": "running"}]
    for row in rows:
        if not only_running or row["status"] == "running":
            store.finish_run(row["id"], status, reason)


def sources_file_for(datadir: DataDir, sources_file: str | None) -> tuple[Path, SourcesConfig]:
    """The sources file the jobs read: the given one, ./sources.toml, or the demo's."""
    if sources_file:
        return Path(sources_file).resolve(), load_sources(sources_file)
    local = Path("sources.toml")
    if local.is_file():
        return local.resolve(), load_sources(local)
    config = default_sources()  # starts the demo web in this process
    from demoweb.service import ensure_demo_web

    path = datadir.ensure().root / "demo-sources.toml"
    path.write_text(ensure_demo_web().sources_toml(), encoding="utf-8")
    return path, config


def build_scheduler(datadir: DataDir) -> BlockingScheduler:
    """A blocking scheduler with its jobs persisted in the data directory."""
    datadir.ensure()
    scheduler = BlockingScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{datadir.jobs}")},
        executors={"default": {"type": "threadpool", "max_workers": 4}},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": MISFIRE_GRACE_SECONDS,
        },
        timezone=UTC,
    )
    return scheduler


def sync_jobs(
    scheduler: BlockingScheduler,
    datadir: DataDir,
    sources_file: Path,
    sources: list[Source],
    crawl_timeout: float,
) -> None:
    """One job per source; edited schedules replace old jobs, removed sources lose theirs."""
    wanted = {f"{JOB_PREFIX}{s.name}": s for s in sources}
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            logger.info(
                "removing the job of %s (no longer in the sources)", job.id[len(JOB_PREFIX) :]
            )
            job.remove()
    existing = {job.id: job for job in scheduler.get_jobs()}
    for job_id, source in wanted.items():
        try:
            trigger = cron_trigger(source.schedule)
        except ValueError as exc:
            logger.error(
                "source %s: bad schedule %r (%s): not scheduled", source.name, source.schedule, exc
            )
            continue
        args = [str(datadir.root), str(sources_file), source.name, crawl_timeout, source.schedule]
        old = existing.get(job_id)
        if old is not None and str(old.trigger) == str(trigger) and list(old.args) == args:
            continue  # unchanged: keep its next run time, including a missed one
        scheduler.add_job(
            crawl_source,
            trigger=trigger,
            args=args,
            id=job_id,
            name=f"crawl {source.name}",
            replace_existing=True,
        )


def next_run_times(datadir: DataDir, config: SourcesConfig) -> dict[str, datetime | None]:
    """When each source runs next: from the scheduler's job store, else from its cron."""
    out: dict[str, datetime | None] = {}
    stored: dict[str, datetime | None] = {}
    if datadir.jobs.exists():
        store = SQLAlchemyJobStore(url=f"sqlite:///{datadir.jobs}")
        try:
            for job in store.get_all_jobs():
                stored[job.id] = job.next_run_time
        except Exception as exc:  # an unreadable job store only loses the forecast
            logger.warning("cannot read the scheduler's job store: %s", exc)
        finally:
            store.shutdown()
    now = datetime.now(UTC)
    for source in config.sources:
        job_id = f"{JOB_PREFIX}{source.name}"
        if job_id in stored:
            out[source.name] = stored[job_id]
        else:
            out[source.name] = cron_trigger(source.schedule).get_next_fire_time(None, now)
    return out


def run(
    datadir: DataDir,
    sources_file: str | None = None,
    *,
    crawl_timeout: float = DEFAULT_CRAWL_TIMEOUT,
) -> None:
    """Run the scheduler until SIGTERM or Ctrl-C; exits with a message if one already runs."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    lock = SchedulerLock(datadir.scheduler_lock)
    try:
        lock.acquire()
    except SchedulerLocked as exc:
        print(f"smpvet schedule: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    try:
        path, config = sources_file_for(datadir, sources_file)
        from index.store import Store

        with Store(datadir.store) as store:
            store.close_dead_runs()  # crawls a killed scheduler left behind
        scheduler = build_scheduler(datadir)

        def on_started(_event: object) -> None:
            # Jobs are synced once the job store is open and before any job runs, so an
            # unchanged job keeps its stored next run time, a missed one included.
            sync_jobs(scheduler, datadir, path, config.sources, crawl_timeout)
            for job in scheduler.get_jobs():
                logger.info("%s: next run %s", job.name, job.next_run_time)

        def stop(signum: int, _frame: object) -> None:
            logger.info("signal %d: stopping once the running crawls end cleanly", signum)
            _stopping.set()
            from crawler.runner import stop_children

            stop_children()
            threading.Thread(target=scheduler.shutdown, daemon=True).start()

        scheduler.add_listener(on_started, EVENT_SCHEDULER_STARTED)
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        scheduler.start()  # blocks until shutdown
    finally:
        lock.release()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default=None, help="data directory (env SMPVET_DATA_DIR)")
    parser.add_argument("--sources", default=None, help="sources.toml to schedule")
    parser.add_argument("--crawl-timeout", type=float, default=DEFAULT_CRAWL_TIMEOUT)
    args = parser.parse_args(argv)
    run(DataDir.resolve(args.data_dir), args.sources, crawl_timeout=args.crawl_timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
