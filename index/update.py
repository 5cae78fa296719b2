"""Bring the scores and the search index up to date with the store (`smpvet index`).

Scores first: practitioners changed since the last scoring, or everyone after a registry
change or on --rebuild. Then the index: a document is rewritten when its practitioner
changed after the change counter the index records, or its scorecard fingerprint
differs from the one indexed; documents of practitioners no longer live are deleted.
The counter is written in the same Whoosh commit as the documents, so a killed update
is simply redone by the next one.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from whoosh.codec.whoosh3 import W3Codec
from whoosh.index import FileIndex
from whoosh.writing import LockError, SegmentWriter

from index import identity
from index.datadir import DataDir
from index.doctable import table_of
from index.documents import documents_for, meta_document
from index.indexfiles import (
    IndexFiles,
    Opened,
    checkpoint,
    commit,
    leftover_files,
    remove_leftovers,
)
from index.parallel import processes, write_segments
from index.profiles import live_ids
from index.readings import read_reviews
from index.store import Store

log = logging.getLogger(__name__)

SCORED_SEQ = "index_scored_seq"  # store meta: the change counter scores reflect
SCORED_REGISTRY = "index_scored_registry_seq"  # ... and the registry change they reflect
WRITER_MB = 128  # Whoosh's in-memory posting pool before it spills to disk
# Uncompressed posting blocks: a larger index, but queries skip zlib on every block read.
CODEC = W3Codec(compression=0)
WRITER_OPTIONS = {"limitmb": WRITER_MB, "codec": CODEC}


@dataclass
class UpdateReport:
    scored: int = 0
    indexed: int = 0
    removed: int = 0
    rebuilt: bool = False
    repaired: bool = False
    seconds: float = 0.0
    score_seconds: float = 0.0
    index_seconds: float = 0.0
    read: int = 0  # reviews read for the first time
    reread: int = 0  # reviews read again by a newer reader
    read_seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people, e.g. "rebuilt the index: 41 practitioners indexed, 41 scored"."""
        if self.rebuilt:
            head = "repaired and rebuilt the index" if self.repaired else "rebuilt the index"
        elif self.indexed or self.removed:
            head = "updated the index" + (" (after repairing it)" if self.repaired else "")
        else:
            head = "the index was up to date" + (" (after repairing it)" if self.repaired else "")
        parts = [f"{self.indexed} practitioners indexed"]
        if self.removed:
            parts.append(f"{self.removed} removed")
        parts.append(f"{self.scored} scored")
        if self.read or self.reread:
            parts.append(f"{self.read + self.reread} reviews read")
        notes = "".join(f"; {note}" for note in self.notes)
        return f"{head}: {', '.join(parts)}{notes}"


def update(datadir: DataDir, *, rebuild: bool = False, score: bool = True) -> UpdateReport:
    """Re-score changed practitioners and re-index them (everything on rebuild).

    `score=False` indexes the scorecards already stored (tests, benchmarks).
    """
    started = time.monotonic()
    report = UpdateReport()
    files = IndexFiles(datadir.index)
    with files.writer_lock(), Store(datadir.store) as store:
        failed = identity.resolve_pending(store)
        if failed:
            report.notes.append(failed)
        if score:
            _read(store, report)
        seq = store.current_seq()
        if score:
            _rescore(store, rebuild, report)
        checkpoint("update:scored")
        index_started = time.monotonic()
        opened = None if rebuild else files.open_best()
        if opened is not None and opened.skipped:
            log.warning("index generations %s did not open; rebuilding", opened.skipped)
            opened = None
            report.repaired = True
        elif opened is None and not rebuild and (files.generations() or files.current_name()):
            report.repaired = True  # CURRENT points at nothing that opens
        if opened is None:
            _rebuild(store, files, seq, report)
        else:
            if files.unfinished():
                report.repaired = True  # a rebuild was interrupted; cleanup removes it
            leftovers = leftover_files(opened)
            if leftovers:
                remove_leftovers(opened, leftovers)
                report.repaired = True
            _incremental(store, opened, seq, report)
        files.cleanup()
        report.index_seconds = time.monotonic() - index_started
    report.seconds = time.monotonic() - started
    return report


def _read(store: Store, report: UpdateReport) -> None:
    """Reviews not yet read by the current reader: read them, once (index.readings)."""
    read = read_reviews(store)
    report.read, report.reread = read.read, read.reread
    report.read_seconds = read.seconds


def _rescore(store: Store, full: bool, report: UpdateReport) -> None:
    started = time.monotonic()
    try:
        from index import scores
    except ImportError as exc:  # vetting not there yet: index without grades
        report.notes.append(f"scores not computed: {exc}")
        return
    seq = store.current_seq()
    registry = store.get_meta("registry_seq", "0") or "0"
    last = store.get_meta(SCORED_SEQ)
    if full or last is None or store.get_meta(SCORED_REGISTRY) != registry:
        ids = None
        report.scored = len(live_ids(store))
    else:
        ids = live_ids(store, since_seq=int(last))
        report.scored = len(ids)
    if ids is None or ids:
        scores.refresh(store, ids)
    store.set_meta(SCORED_SEQ, str(seq))
    store.set_meta(SCORED_REGISTRY, registry)
    report.score_seconds = time.monotonic() - started


def _rebuild(store: Store, files: IndexFiles, seq: int, report: UpdateReport) -> None:
    name, ix = files.create_generation()
    checkpoint("rebuild:started")
    ids = live_ids(store)
    parts = processes(len(ids))
    writer = _writer(ix)
    try:
        segments = []
        if parts > 1:
            segments, report.indexed = write_segments(
                store, files.root / name, ids, parts, WRITER_OPTIONS
            )
        else:
            for doc in documents_for(store, ids):
                if doc is not None:
                    writer.add_document(**doc)
                    report.indexed += 1
        writer.add_document(**meta_document(seq))
        checkpoint("rebuild:documents-added")
        commit(writer, segments)
    except BaseException:
        writer.cancel()
        raise
    checkpoint("rebuild:committed")
    if files.try_open(name) is None:
        raise RuntimeError(f"the new index {name} does not open")
    files.publish(name)
    report.rebuilt = True
    checkpoint("rebuild:published")


def _incremental(store: Store, opened: Opened, seq: int, report: UpdateReport) -> None:
    indexed_seq = int(opened.meta.get("seq", 0))
    with opened.ix.reader() as reader:
        indexed = {f.id: f.fingerprint for f in table_of(reader).facts if f is not None}
    live = live_ids(store)
    changed = set(live_ids(store, since_seq=indexed_seq))
    fingerprints = _fingerprints(store)
    todo = [pid for pid in live if pid in changed or indexed.get(pid) != fingerprints.get(pid, "")]
    gone = sorted(set(indexed) - set(live))
    if not todo and not gone and indexed_seq == seq:
        return
    writer = _writer(opened.ix)
    try:
        for pid in gone:
            writer.delete_by_term("id", pid)
        for pid, doc in zip(todo, documents_for(store, todo), strict=True):
            if doc is None:
                writer.delete_by_term("id", pid)
                gone.append(pid)
            else:
                writer.update_document(**doc)
                report.indexed += 1
        writer.update_document(**meta_document(seq))
        checkpoint("update:documents-added")
        commit(writer)
    except BaseException:
        writer.cancel()
        raise
    report.removed = len(gone)
    checkpoint("update:committed")


def _writer(ix: FileIndex, wait: float = 60.0) -> SegmentWriter:
    """A Whoosh writer; waits while another process holds the index's write lock."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return ix.writer(**WRITER_OPTIONS)
        except LockError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _fingerprints(store: Store) -> dict[str, str]:
    rows = store.conn.execute("SELECT practitioner_id, fingerprint FROM scorecards")
    return {pid: fp for pid, fp in rows}
