"""The whole product on the bundled demo web: crawl, store, identity, index, search.

The demo web runs in this process; crawls run as `smpvet crawl` child processes, the way
the scheduler and `smpvet demo` run them. Everything stays on loopback.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli.serve import GRACEFUL_SECONDS
from demoweb.server import DemoWeb
from demoweb.world import World, build_world
from index.datadir import DataDir

pytestmark = pytest.mark.slow
KEEP_APART = ("same-city-shared-word", "same-name-different-city")


@dataclass
class Crawl:
    datadir: DataDir
    sources: Path
    web: DemoWeb
    first_log: list
    second_log: list
    output: str


def smpvet(datadir: DataDir, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", "--data-dir", str(datadir.root), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(port=0, slow_seconds=1.0) as demo:
        yield demo


@pytest.fixture(scope="module")
def crawl(web: DemoWeb, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    """Two crawls of the unchanged demo web into one data directory."""
    root = tmp_path_factory.mktemp("e2e")
    datadir = DataDir(root / "var").ensure()
    sources = root / "sources.toml"
    sources.write_text(web.sources_toml(), encoding="utf-8")
    web.reset_log()
    first = smpvet(datadir, "crawl", "--sources", str(sources))
    assert first.returncode == 0, first.stderr
    first_log = list(web.requests)
    web.reset_log()
    second = smpvet(datadir, "crawl", "--sources", str(sources))
    assert second.returncode == 0, second.stderr
    return Crawl(datadir, sources, web, first_log, list(web.requests), first.stdout)


def connect(datadir: DataDir) -> sqlite3.Connection:
    db = sqlite3.connect(datadir.store)
    db.row_factory = sqlite3.Row
    return db


def clinic_of(sighting: sqlite3.Row, world: World) -> str | None:
    """The demo clinic a clinic sighting is about, by phone or website host."""
    for clinic in world.clinics:
        if sighting["telephone"] == clinic.phone or sighting["domain"] == clinic.host:
            return clinic.key
    return None


def test_every_demo_clinic_is_stored_once(crawl: Crawl) -> None:
    world = build_world()
    db = connect(crawl.datadir)
    truth_to_ids: dict[str, set[str]] = defaultdict(set)
    id_to_truth: dict[str, set[str]] = defaultdict(set)
    for s in db.execute(
        "SELECT * FROM sightings WHERE gone = 0 AND kind = 'clinic' AND practitioner_id IS NOT NULL"
    ):
        key = clinic_of(s, world)
        assert key is not None, f"a clinic sighting of no demo clinic: {s['name']} {s['url']}"
        truth_to_ids[key].add(s["practitioner_id"])
        id_to_truth[s["practitioner_id"]].add(key)
    missing = [c.key for c in world.clinics if c.key not in truth_to_ids]
    duplicated = {k: v for k, v in truth_to_ids.items() if len(v) > 1}
    wrongly_merged = {k: v for k, v in id_to_truth.items() if len(v) > 1}
    clinics = db.execute(
        "SELECT COUNT(*) FROM practitioners WHERE gone = 0 AND kind = 'clinic'"
    ).fetchone()[0]
    print(f"\n{len(world.clinics)} demo clinics -> {clinics} clinics stored")
    assert not missing
    assert not duplicated
    assert not wrongly_merged
    assert clinics == len(world.clinics)


def test_identity_traps_stay_apart(crawl: Crawl) -> None:
    world = build_world()
    db = connect(crawl.datadir)
    ids = {}
    for s in db.execute("SELECT * FROM sightings WHERE gone = 0 AND kind = 'clinic'"):
        key = clinic_of(s, world)
        if key and s["practitioner_id"]:
            ids[key] = s["practitioner_id"]
    apart = [t for t in world.traps if t.kind in KEEP_APART]
    assert len(apart) >= 2
    for trap in apart:
        assert len({ids[k] for k in trap.keys}) == len(trap.keys), trap


def test_robots_txt_is_obeyed(crawl: Crawl) -> None:
    world = build_world()
    asked = [r for r in crawl.first_log + crawl.second_log if r.path != "/robots.txt"]
    assert asked
    for r in asked:
        site = world.sites.get(r.host)
        if site is None:
            continue
        for prefix in site.blocked_for_smpvet:
            assert not r.path.startswith(prefix), f"requested {r.host}{r.path}, disallowed"
    assert all(r.user_agent.startswith("smpvet/") for r in asked)


def test_a_second_crawl_costs_little(crawl: Crawl) -> None:
    first = sum(r.bytes for r in crawl.first_log)
    second = sum(r.bytes for r in crawl.second_log)
    conditional = sum(r.conditional for r in crawl.second_log)
    print(
        f"\nfirst crawl {first:,} bytes, second {second:,} bytes ({second / first:.1%}),"
        f" {conditional} conditional requests"
    )
    assert second < 0.2 * first


def test_runs_are_recorded_with_their_figures(crawl: Crawl) -> None:
    db = connect(crawl.datadir)
    runs = db.execute("SELECT * FROM crawl_runs ORDER BY id").fetchall()
    names = {r["source"] for r in runs}
    assert len(runs) == 2 * len(names)
    for r in runs:
        assert r["status"] in ("ok", "partial"), dict(r)
        assert r["finished_at"] and r["pages"] > 0
    latest = runs[len(names) :]
    assert sum(r["not_modified"] for r in latest) > 0
    errors = Counter(
        row["kind"]
        for row in db.execute("SELECT kind FROM crawl_errors WHERE run_id = ?", (runs[0]["id"],))
    )
    assert errors  # the demo web's 500, refused site, huge page and robots skips are counted


def test_search_finds_scar_camouflage(crawl: Crawl) -> None:
    result = smpvet(crawl.datadir, "search", "scar camouflage", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["total"] > 0
    assert all("scar-camouflage" in r["services"] for r in payload["results"][:3])


def test_a_killed_crawl_leaves_the_store_consistent(web: DemoWeb, tmp_path: Path) -> None:
    datadir = DataDir(tmp_path / "var").ensure()
    sources = tmp_path / "sources.toml"
    sources.write_text(web.sources_toml(), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "cli",
        "--data-dir",
        str(datadir.root),
        "crawl",
        "--sources",
        str(sources),
        "--no-index",
    ]
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.5)
        if datadir.store.exists():
            try:
                db = sqlite3.connect(datadir.store, timeout=5)
                pages = db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
                db.close()
            except sqlite3.OperationalError:
                continue
            if pages >= 60:
                break
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    db = sqlite3.connect(datadir.store)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*) FROM crawl_runs WHERE status = 'running'").fetchone()[0]
    db.close()
    again = smpvet(datadir, "crawl", "--sources", str(sources))
    assert again.returncode == 0, again.stderr
    db = connect(datadir)
    statuses = Counter(r["status"] for r in db.execute("SELECT status FROM crawl_runs"))
    assert statuses["running"] == 0 and statuses["killed"] > 0
    clinics = db.execute(
        "SELECT COUNT(*) FROM practitioners WHERE gone = 0 AND kind = 'clinic'"
    ).fetchone()[0]
    assert clinics == len(build_world().clinics)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_smpvet_demo_serves_and_stops_cleanly_when_asked(tmp_path: Path) -> None:
    port, demo_port = _free_port(), _free_port()
    command = [sys.executable, "-m", "cli", "--data-dir", str(tmp_path / "var"), "demo"]
    command += ["--port", str(port), "--demo-port", str(demo_port)]
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        lines = []
        for line in child.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if "smpvet is serving at" in line:
                break
        assert f"http://127.0.0.1:{port}/" in "".join(lines), "".join(lines)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q=scar", timeout=30) as r:
            assert r.status == 200 and b"scar" in r.read().lower()
        asked = time.monotonic()
        child.send_signal(signal.SIGTERM)  # what `kill PID` or a service manager sends
        _out, err = child.communicate(timeout=60)
        stopped = time.monotonic() - asked
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    # The workers are forks of the demo process: they must exit without touching the demo
    # web, which lives in the parent (they once hung there until gunicorn killed them).
    assert stopped < GRACEFUL_SECONDS - 1, f"workers were killed, not stopped ({stopped:.1f} s)"
    assert child.returncode == 0, err
    assert "SIGKILL" not in err and "Traceback" not in err, err
    with socket.socket() as s:
        s.bind(("127.0.0.1", demo_port))  # the demo web let go of its port
