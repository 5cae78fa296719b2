"""Keeping the index current: incremental updates, rebuilds, kills at any point, readers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest
from test_search import CORPUS, Spec, _page, build_corpus, save_scorecard, scorecard

import index
import index.documents as documents_module
from index import identity, parallel
from index.datadir import DataDir
from index.indexfiles import PAUSE_AT_ENV, PAUSE_FILE_ENV, IndexFiles
from index.search import SearchQuery, SearchService
from index.store import Store
from index.update import update

REPO = Path(__file__).resolve().parent.parent
NEWCOMER = Spec(
    "Newcomer Scalp Clinic",
    "Dallas",
    "TX",
    "75202",
    services=["smp"],
    reviews=["Wonderful zebrafish themed waiting room."],
    rating=(4.0, 2),
)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[DataDir, dict[str, str]]:
    return build_corpus(tmp_path / "var")


def add(datadir: DataDir, spec: Spec, n: int) -> None:
    """Crawl one more page (as a crawl would) and resolve identities."""
    with Store(datadir.store) as store:
        store.save_page(_page(spec, n))
        identity.resolve(store)


def found(datadir: DataDir, text: str) -> list[str]:
    svc = SearchService(datadir)
    try:
        return [h.name for h in svc.search(SearchQuery(text=text, per_page=50)).hits]
    finally:
        svc.close()


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents the updater builds (to count what it re-indexes)."""
    ids: list[str] = []
    original = documents_module.build_document

    def counting(profile, card, fingerprint=""):  # type: ignore[no-untyped-def]
        ids.append(profile.id)
        return original(profile, card, fingerprint)

    monkeypatch.setattr(documents_module, "build_document", counting)
    return ids


# -- incremental updates and rebuilds ---------------------------------------------------


def test_only_changed_practitioners_are_reindexed(corpus, built: list[str]) -> None:
    datadir, ids = corpus
    changed = Spec(**{**CORPUS[2].__dict__, "reviews": ["Now with a zebrafish mural."]})
    add(datadir, changed, 2)
    report = update(datadir, score=False)
    assert (report.indexed, report.removed, report.rebuilt) == (1, 0, False)
    assert built == [ids["Plano Hairline Studio"]]
    assert found(datadir, "zebrafish") == ["Plano Hairline Studio"]


def test_nothing_changed_writes_nothing(corpus, built: list[str]) -> None:
    datadir, _ = corpus
    files = IndexFiles(datadir.index)
    before = files.open_best().ix.latest_generation()
    report = update(datadir, score=False)
    assert (report.indexed, report.removed, built) == (0, 0, [])
    assert "up to date" in report.summary()
    assert files.open_best().ix.latest_generation() == before


def test_a_new_scorecard_alone_reindexes_its_practitioner(corpus, built: list[str]) -> None:
    datadir, ids = corpus
    spec = Spec(**{**CORPUS[3].__dict__, "grade": ("A", 99)})
    with Store(datadir.store) as store:
        save_scorecard(store, ids[spec.name], scorecard(spec))
    assert update(datadir, score=False).indexed == 1
    assert built == [ids[spec.name]]
    svc = SearchService(datadir)
    assert svc.search(SearchQuery(text="ember")).hits[0].grade == "A"
    svc.close()


def test_practitioners_gone_from_the_store_are_removed(corpus) -> None:
    datadir, _ = corpus
    with Store(datadir.store) as store:
        for _ in range(3):  # a fact disappears after three fetches without it
            store.save_page(
                _page(CORPUS[3], 3).__class__(
                    source="directory",
                    source_kind="directory",
                    url="http://directory.example/listing/3",
                    status=404,
                    fetched_at="2026-11-02T10:00:00+00:00",
                )
            )
        identity.resolve(store)
    report = update(datadir, score=False)
    assert report.removed == 1
    assert "Ember Scalp Studio" not in found(datadir, "ember")


def test_rebuild_writes_a_new_generation_and_cleans_old_ones(corpus) -> None:
    datadir, _ = corpus
    files = IndexFiles(datadir.index)
    for _ in range(3):
        report = update(datadir, rebuild=True, score=False)
        assert report.rebuilt and report.indexed == len(CORPUS)
        assert report.summary().startswith("rebuilt the index: 8 practitioners indexed")
    assert files.current_name() == "gen-000004"
    assert files.generations() == ["gen-000004", "gen-000003"]  # one previous kept


def test_a_service_notices_new_commits_and_generations(corpus) -> None:
    datadir, _ = corpus
    svc = SearchService(datadir)
    assert svc.search(SearchQuery(text="zebrafish")).total == 0
    add(datadir, NEWCOMER, 50)
    update(datadir, score=False)
    assert [h.name for h in svc.search(SearchQuery(text="zebrafish")).hits] == [NEWCOMER.name]
    update(datadir, rebuild=True, score=False)
    assert svc.search(SearchQuery(text="zebrafish")).total == 1
    svc.close()


def test_scores_are_refreshed_for_changed_practitioners_or_all(
    corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    datadir, _ = corpus
    calls: list[list[str] | None] = []
    fake = types.ModuleType("index.scores")
    fake.refresh = lambda store, ids=None: calls.append(ids) or []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "index.scores", fake)
    monkeypatch.setattr(index, "scores", fake, raising=False)
    assert update(datadir).scored == len(CORPUS) and calls == [None]  # first time: everyone
    add(datadir, NEWCOMER, 50)
    update(datadir)
    assert calls[-1] == [i for i in _live(datadir) if i.startswith("newcomer")]
    assert update(datadir).scored == 0 and len(calls) == 2  # nothing changed: nothing scored
    with Store(datadir.store) as store:
        store.set_meta("registry_seq", "999")  # a registry changed: everyone again
    assert update(datadir).scored == len(CORPUS) + 1 and calls[-1] is None


def test_without_vetting_the_index_is_built_without_grades(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "index.scores", None)  # importing it fails
    monkeypatch.delattr(index, "scores", raising=False)
    datadir = DataDir(tmp_path / "var").ensure()
    with Store(datadir.store) as store:
        store.save_page(_page(NEWCOMER, 0))
        identity.resolve(store)
    report = update(datadir)
    assert report.indexed == 1 and report.scored == 0
    assert any("scores not computed" in n for n in report.notes)
    svc = SearchService(datadir)
    hit = svc.search(SearchQuery(text="zebrafish")).hits[0]
    assert hit.name == NEWCOMER.name
    svc.close()


def _live(datadir: DataDir) -> list[str]:
    from index.profiles import live_ids

    with Store(datadir.store) as store:
        return live_ids(store)


# -- crash safety -----------------------------------------------------------------------

RUN_UPDATE = """
import sys
from pathlib import Path
from index.datadir import DataDir
from index.update import update
report = update(DataDir(Path(sys.argv[1])), rebuild=sys.argv[2] == "rebuild", score=False)
print(report.summary())
"""


def start_update(
    datadir: DataDir,
    mode: str,
    pause_at: str | None = None,
    marker: Path | None = None,
    pause_seconds: float = 60,
    parallel: bool = False,
) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if parallel:
        env["SMPVET_INDEX_PARALLEL_MIN"] = "1"
    if pause_at:
        env.update(
            {
                PAUSE_AT_ENV: pause_at,
                PAUSE_FILE_ENV: str(marker),
                "SMPVET_INDEX_PAUSE_SECONDS": str(pause_seconds),
            }
        )
    return subprocess.Popen(
        [sys.executable, "-c", RUN_UPDATE, str(datadir.root), mode],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def wait_for(marker: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"the update ended before pausing: {proc.stderr.read()!r}")
        assert time.monotonic() < deadline, "the update never reached its pause point"
        time.sleep(0.02)


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()


def answers(datadir: DataDir) -> list[str]:
    """What a fresh reader finds for the newcomer's word (it must answer, old or new)."""
    return found(datadir, "zebrafish")


POINTS = [
    ("rebuild", "rebuild:started"),
    ("rebuild", "rebuild:documents-added"),
    ("rebuild", "commit:before-toc"),
    ("rebuild", "rebuild:committed"),
    ("rebuild", "rebuild:published"),
    ("update", "update:scored"),
    ("update", "update:documents-added"),
    ("update", "commit:before-toc"),
    ("update", "update:committed"),
]


@pytest.mark.parametrize(("mode", "point"), POINTS)
def test_a_kill_at_any_point_leaves_a_working_index(
    corpus, tmp_path: Path, mode: str, point: str
) -> None:
    datadir, _ = corpus
    reader = SearchService(datadir)  # a web worker that was already serving
    assert reader.search(SearchQuery(text="smp")).total > 0
    add(datadir, NEWCOMER, 50)
    marker = tmp_path / "paused"
    proc = start_update(datadir, mode, point, marker)
    wait_for(marker, proc)
    kill(proc)

    committed = point in ("rebuild:published", "update:committed")
    assert answers(datadir) == ([NEWCOMER.name] if committed else [])
    assert reader.search(SearchQuery(text="smp")).total >= len(CORPUS) - 2

    report = update(datadir, score=False)  # the next update repairs by itself
    if mode == "rebuild" and not committed:
        assert report.repaired
    assert answers(datadir) == [NEWCOMER.name]
    files = IndexFiles(datadir.index)
    assert files.unfinished() == [] and len(files.generations()) <= 2
    assert reader.search(SearchQuery(text="zebrafish")).total == 1
    reader.close()


def test_kills_at_random_moments_of_a_large_rebuild(tmp_path: Path) -> None:
    specs = [
        Spec(
            f"Clinic {i} Scalp Studio",
            f"Town {i}",
            "TX",
            None,
            services=["smp"],
            reviews=[
                f"Review {j} of clinic {i}: lovely hairline work, no blue tint." for j in range(6)
            ],
        )
        for i in range(150)
    ]
    datadir, _ = build_corpus(tmp_path / "var", specs)
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6, 2.0, 2.5):
        proc = start_update(datadir, "rebuild")
        time.sleep(delay)
        kill(proc)
        assert len(found(datadir, "hairline")) == 50  # the page size: it still answers
    report = update(datadir, score=False)
    assert report.indexed == 0 or report.rebuilt
    assert IndexFiles(datadir.index).unfinished() == []
    assert SearchService(datadir).search(SearchQuery(text="clinic")).total == 150


def test_a_parallel_rebuild_indexes_the_same(corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    datadir, _ = corpus
    serial = {t: found(datadir, t) for t in ("smp", "ember", '"blue tint"', "")}
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 1)
    report = update(datadir, rebuild=True, score=False)
    assert report.rebuilt and report.indexed == len(CORPUS)
    with IndexFiles(datadir.index).open_best().ix.reader() as reader:
        assert len(reader.leaf_readers()) == 3  # two shares and the meta document
    assert {t: found(datadir, t) for t in serial} == serial


def test_killing_a_parallel_rebuild_kills_its_worker(corpus, tmp_path: Path) -> None:
    datadir, _ = corpus
    marker = tmp_path / "paused"
    proc = start_update(datadir, "rebuild", "rebuild:worker", marker, parallel=True)
    wait_for(marker, proc)
    worker = int(marker.read_text())
    assert worker != proc.pid
    kill(proc)
    deadline = time.monotonic() + 10
    while Path(f"/proc/{worker}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{worker}").exists(), "the worker outlived its parent"
    assert "Crown Scalp Micropigmentation" in found(datadir, "crown")
    report = update(datadir, score=False)
    assert report.repaired and IndexFiles(datadir.index).unfinished() == []


def test_a_broken_generation_is_skipped_and_rebuilt(corpus) -> None:
    datadir, _ = corpus
    update(datadir, rebuild=True, score=False)
    files = IndexFiles(datadir.index)
    current = files.current_name()
    for toc in (datadir.index / current).glob("_MAIN_*.toc"):
        toc.write_bytes(b"garbage")
    assert "Crown Scalp Micropigmentation" in found(datadir, "crown")  # the previous one
    report = update(datadir, score=False)
    assert report.repaired and report.rebuilt
    assert "repaired" in report.summary()
    assert files.current_name() != current
    assert "Crown Scalp Micropigmentation" in found(datadir, "crown")


def test_current_pointing_nowhere_is_repaired(corpus) -> None:
    datadir, _ = corpus
    (datadir.index / "CURRENT").write_text("gen-000099\n")
    report = update(datadir, score=False)
    assert report.repaired and report.rebuilt
    assert "Crown Scalp Micropigmentation" in found(datadir, "crown")


# -- readers and writers together -------------------------------------------------------


def test_readers_answer_and_writers_wait_while_an_update_is_writing(corpus, tmp_path: Path) -> None:
    datadir, _ = corpus
    add(datadir, NEWCOMER, 50)
    marker = tmp_path / "paused"
    proc = start_update(datadir, "update", "update:documents-added", marker, pause_seconds=2)
    wait_for(marker, proc)
    reader = SearchService(datadir)
    assert reader.search(SearchQuery(text="zebrafish")).total == 0  # the last commit
    second: list[object] = []
    waiter = threading.Thread(target=lambda: second.append(update(datadir, score=False)))
    waiter.start()
    time.sleep(0.3)
    assert waiter.is_alive()  # waiting for the writer, not failing
    assert reader.search(SearchQuery(text="crown")).total == 1
    assert proc.wait(timeout=60) == 0
    waiter.join(timeout=60)
    assert second and not isinstance(second[0], BaseException)
    assert reader.search(SearchQuery(text="zebrafish")).total == 1
    proc.stdout.close()
    proc.stderr.close()
    reader.close()


def test_searching_threads_during_updates_and_rebuilds(corpus) -> None:
    datadir, _ = corpus
    svc = SearchService(datadir)
    errors: list[BaseException] = []
    stop = threading.Event()

    def hammer(text: str) -> None:
        while not stop.is_set():
            try:
                results = svc.search(SearchQuery(text=text, near="Dallas, TX", radius_km=500))
                assert results.total >= 1
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=hammer, args=(t,)) for t in ("smp", "crown", "")]
    for t in threads:
        t.start()
    try:
        for n in range(4):
            add(
                datadir,
                Spec(f"Extra Clinic {n}", "Dallas", "TX", "75201", services=["smp"]),
                100 + n,
            )
            update(datadir, rebuild=n % 2 == 1, score=False)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    svc.close()
    assert errors == []


def test_a_crawls_unfinished_identity_resolution_is_done_by_the_next_index(
    corpus: tuple[DataDir, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    datadir, _ = corpus
    update(datadir)
    spec = CORPUS[0]
    with Store(datadir.store) as store:
        store.save_page(_page(spec, 7))  # a page whose crawl's resolution never finished
        store.set_meta(identity.PENDING, "1")

    def broken(store: Store) -> dict[str, int]:
        raise RuntimeError("a bug in resolution")

    with monkeypatch.context() as patched:
        patched.setattr(identity, "resolve", broken)
        report = update(datadir)
    assert "identity resolution failed (RuntimeError: a bug in resolution)" in report.summary()
    with Store(datadir.store) as store:
        assert store.get_meta(identity.PENDING) == "1"
    update(datadir)
    with Store(datadir.store) as store:
        assert store.get_meta(identity.PENDING) == "0"
        page_url = _page(spec, 7).url
        row = store.conn.execute(
            "SELECT practitioner_id FROM sightings WHERE url = ?", (page_url,)
        ).fetchone()
        assert row is not None and row[0] is not None
