"""The store of record: provenance, page transactions, and facts that vanish only slowly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

from conftest import REPO, PageFactory, clinic

from crawler.items import Credential, Review
from index.datadir import DataDir
from index.store import GONE_AFTER, Store


def live(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE gone = 0").fetchone()[0]  # noqa: S608


def test_a_page_is_stored_with_provenance(store: Store, page: PageFactory) -> None:
    claim = Credential(kind="training", text="Trained at Pinpoint SMP Academy", issuer="Pinpoint")
    item = page(
        "http://a.example/x",
        [clinic("Crown SMP", phone="+12145550134", city="Dallas", claims=[claim])],
        [Review(body="Great work", author="Sam", rating=5.0, date="2026-01-02")],
    )
    assert store.save_page(item, None) == 3
    row = store.conn.execute("SELECT url, first_seen, last_seen FROM sightings").fetchone()
    assert row["url"] == "http://a.example/x"
    assert row["first_seen"] == row["last_seen"] == "2026-11-01T10:00:00+00:00"
    claim_row = store.conn.execute("SELECT url, last_seen FROM claims").fetchone()
    assert claim_row["url"] == "http://a.example/x"
    review_row = store.conn.execute("SELECT url, sighting_id FROM reviews").fetchone()
    assert review_row["sighting_id"] is not None


def test_a_fact_goes_only_after_several_successful_fetches_without_it(
    store: Store, page: PageFactory
) -> None:
    url = "http://a.example/x"
    store.save_page(page(url, [clinic("Crown SMP")], [Review(body="Great")]))
    for n in range(1, GONE_AFTER):
        store.save_page(page(url, [], [], fetched_at=f"2026-11-0{n + 1}T10:00:00+00:00"))
        assert live(store, "sightings") == 1, f"gone after {n} misses"
        assert live(store, "reviews") == 1
    store.save_page(page(url, [], [], fetched_at="2026-11-09T10:00:00+00:00"))
    assert live(store, "sightings") == 0
    assert live(store, "reviews") == 0


def test_failed_fetches_change_nothing(store: Store, page: PageFactory) -> None:
    url = "http://a.example/x"
    store.save_page(page(url, [clinic("Crown SMP")]))
    for _ in range(GONE_AFTER + 2):
        broken = page(url, status=503)
        broken.extraction = None
        broken.error = "HTTP 503"
        store.save_page(broken)
    assert live(store, "sightings") == 1
    assert store.conn.execute("SELECT missing FROM sightings").fetchone()[0] == 0


def test_a_404_counts_as_a_miss(store: Store, page: PageFactory) -> None:
    url = "http://a.example/x"
    store.save_page(page(url, [clinic("Crown SMP")]))
    for _ in range(GONE_AFTER):
        store.save_page(page(url, status=404))
    assert live(store, "sightings") == 0


def test_a_returning_fact_comes_back(store: Store, page: PageFactory) -> None:
    url = "http://a.example/x"
    store.save_page(page(url, [clinic("Crown SMP")]))
    for _ in range(GONE_AFTER):
        store.save_page(page(url, []))
    store.save_page(page(url, [clinic("Crown SMP")]))
    assert live(store, "sightings") == 1


def test_unchanged_pages_do_not_advance_the_change_counter(store: Store, page: PageFactory) -> None:
    item = page("http://a.example/x", [clinic("Crown SMP")])
    store.save_page(item)
    seq = store.current_seq()
    store.save_page(item)
    assert store.current_seq() == seq
    store.save_page(page("http://a.example/x", [clinic("Crown SMP", phone="+12145550134")]))
    assert store.current_seq() > seq


def test_crawl_runs_are_recorded(store: Store) -> None:
    run_id = store.start_run("demo-directory", "manual")
    store.add_error(run_id, "http://x/", "network", "connection refused")
    store.finish_run(run_id, "ok", None, pages=3, items=7, errors=1)
    run = store.run(run_id)
    assert run is not None
    assert (run["status"], run["pages"], run["items"], run["errors"]) == ("ok", 3, 7, 1)
    assert store.run_errors(run_id)[0]["message"] == "connection refused"


def test_runs_of_a_dead_process_are_marked_killed(store: Store) -> None:
    run_id = store.start_run("s", "manual")
    store.conn.execute("UPDATE crawl_runs SET pid = 999999999 WHERE id = ?", (run_id,))
    store.conn.commit()
    assert store.close_dead_runs() == 1
    assert store.run(run_id)["status"] == "killed"


def test_sigkill_mid_write_leaves_a_consistent_store(datadir: DataDir) -> None:
    """A writer killed inside a page transaction loses only that page."""
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from crawler.items import Extraction, PageItem, Practitioner, Review
        from index.store import Store
        store = Store({str(datadir.store)!r})
        n = 0
        while True:
            url = f"http://a.example/{{n}}"
            ext = Extraction(url, [Practitioner(name=f"Clinic {{n}}")],
                             [Review(body=f"review {{i}}") for i in range(50)])
            store.save_page(PageItem("s", "directory", url, 200, "2026-11-01T00:00:00+00:00",
                                     extraction=ext))
            n += 1
            if n == 20:
                print("ready", flush=True)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    db = sqlite3.connect(datadir.store)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    sightings = db.execute("SELECT COUNT(*) FROM sightings").fetchone()[0]
    reviews = db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    assert sightings >= 20
    assert reviews == 50 * sightings  # every stored page is whole


def test_a_review_that_goes_marks_its_practitioner_changed(store: Store, page: PageFactory) -> None:
    url = "http://a.example/x"
    store.save_page(page(url, [clinic("Crown SMP")], [Review(body="Great"), Review(body="Fine")]))
    store.save_page(page(url, [clinic("Crown SMP")], [Review(body="Great")]))
    before = store.conn.execute("SELECT changed_seq FROM sightings").fetchone()[0]
    for n in range(2, GONE_AFTER + 1):  # unchanged page: nothing else moves the counter
        store.save_page(
            page(
                url,
                [clinic("Crown SMP")],
                [Review(body="Great")],
                fetched_at=f"2026-11-0{n + 1}T10:00:00+00:00",
            )
        )
    assert live(store, "reviews") == 1
    assert store.conn.execute("SELECT changed_seq FROM sightings").fetchone()[0] > before
