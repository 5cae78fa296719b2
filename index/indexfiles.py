"""The index on disk: generations of Whoosh indexes and a `CURRENT` pointer.

    index/CURRENT        the name of the generation in service, replaced atomically
    index/gen-000007/    a Whoosh index (its own TOC files and segments)
    index/update.lock    held (flock) by the one process writing

A rebuild writes a new generation and points `CURRENT` at it only after Whoosh has
committed and the result opens; an incremental update commits into the generation in
service, where Whoosh itself is copy-on-write (new segment files, then a new TOC renamed
into place), so a kill at any point leaves the last commit readable. Readers never take
a lock; a generation that does not open is skipped for the newest one that does.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex

from index.documents import META_ID, SCHEMA_VERSION, make_schema, read_meta

INDEX_NAME = "MAIN"
POINTER = "CURRENT"
LOCK = "update.lock"
KEEP_PREVIOUS = 1  # older good generations kept for readers still on them
_GEN = re.compile(r"^gen-(\d{6})$")

PAUSE_AT_ENV = "SMPVET_INDEX_PAUSE_AT"  # tests: a named point at which a writer pauses
PAUSE_FILE_ENV = "SMPVET_INDEX_PAUSE_FILE"  # ... after creating this file


def checkpoint(name: str) -> None:
    """Pause here when a test asks to (so it can kill the writer at a known point)."""
    if os.environ.get(PAUSE_AT_ENV) != name:
        return
    marker = os.environ.get(PAUSE_FILE_ENV)
    if marker:  # written whole, then renamed: the test reads it as soon as it exists
        partial = Path(f"{marker}.partial")
        partial.write_text(str(os.getpid()), encoding="utf-8")
        os.replace(partial, marker)
    time.sleep(float(os.environ.get("SMPVET_INDEX_PAUSE_SECONDS", "60")))


def commit(writer: object, segments: list | None = None) -> None:
    """Commit a Whoosh writer, with `segments` other processes wrote for it.

    (The test pause point "commit:before-toc" sits between the segments and the TOC.)
    """
    if segments:
        # As Whoosh's MpWriter does with multisegment=True: the writer's own segment
        # joins the others in one new TOC, the atomic step.
        final = [*segments, writer._finalize_segment()]  # type: ignore[attr-defined]
        checkpoint("commit:before-toc")
        writer._commit_toc(final)  # type: ignore[attr-defined]
        writer._finish()  # type: ignore[attr-defined]
        return
    if os.environ.get(PAUSE_AT_ENV) == "commit:before-toc":
        write_toc = writer._commit_toc  # type: ignore[attr-defined]

        def paused(segments: list) -> None:
            checkpoint("commit:before-toc")
            write_toc(segments)

        writer._commit_toc = paused  # type: ignore[attr-defined]
    writer.commit()  # type: ignore[attr-defined]


@dataclass
class Opened:
    """A generation that opened, with what its meta document says."""

    name: str
    path: Path
    ix: FileIndex
    meta: dict
    skipped: list[str]  # newer generations that did not open


class IndexFiles:
    def __init__(self, root: Path):
        self.root = Path(root)

    # -- reading ---------------------------------------------------------------------

    def current_name(self) -> str | None:
        try:
            name = (self.root / POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return name if _GEN.match(name) else None

    def generations(self) -> list[str]:
        """Generation directories, newest first."""
        try:
            names = [p.name for p in self.root.iterdir() if _GEN.match(p.name) and p.is_dir()]
        except OSError:
            return []
        return sorted(names, reverse=True)

    def open_best(self) -> Opened | None:
        """The generation in service, else the newest older one that opens; None if none."""
        current = self.current_name()
        candidates = self.generations()
        if current is not None:
            # Generations newer than CURRENT are unfinished rebuilds: never serve them.
            candidates = [current] + [g for g in candidates if g < current]
        skipped: list[str] = []
        for name in candidates:
            opened = self.try_open(name)
            if opened is not None:
                opened.skipped = skipped
                return opened
            skipped.append(name)
        return None

    def try_open(self, name: str) -> Opened | None:
        """Open one generation and check it can be read; None when it cannot."""
        path = self.root / name
        # Whoosh leaves a damaged TOC's file open when it fails to read it: not our warning.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                ix = FileIndex(open_storage(path), indexname=INDEX_NAME)
                with ix.reader() as reader:
                    meta = meta_of(reader)
                    reader.doc_count()
            except Exception:  # (any failure means: not this generation)
                return None
        if meta is None or meta.get("schema") != SCHEMA_VERSION:
            return None
        return Opened(name, path, ix, meta, [])

    # -- writing ---------------------------------------------------------------------

    @contextlib.contextmanager
    def writer_lock(self, timeout: float = 600.0) -> Iterator[None]:
        """Hold the update lock (waiting for another writer); released if the process dies."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / LOCK, "a+b") as f:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise TimeoutError("another index update is still running") from None
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)

    def create_generation(self) -> tuple[str, FileIndex]:
        """A new, empty generation directory numbered after every existing one."""
        existing = [int(_GEN.match(g).group(1)) for g in self.generations()]  # type: ignore[union-attr]
        current = self.current_name()
        if current:
            existing.append(int(current[4:]))
        name = f"gen-{max(existing, default=0) + 1:06d}"
        path = self.root / name
        path.mkdir(parents=True)
        ix = FileIndex.create(open_storage(path), make_schema(), INDEX_NAME)
        return name, ix

    def publish(self, name: str) -> None:
        """Point CURRENT at a committed generation, atomically and durably."""
        tmp = self.root / f"{POINTER}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(name + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.root / POINTER)
        _fsync_dir(self.root)

    def cleanup(self) -> list[str]:
        """Remove generations not in service (keeping KEEP_PREVIOUS older ones); return them."""
        current = self.current_name()
        if current is None:
            return []
        older = [g for g in self.generations() if g < current]
        doomed = [g for g in self.generations() if g > current] + older[KEEP_PREVIOUS:]
        for name in doomed:
            shutil.rmtree(self.root / name, ignore_errors=True)
        with contextlib.suppress(OSError):
            (self.root / f"{POINTER}.tmp").unlink()
        return doomed

    def unfinished(self) -> list[str]:
        """Generations newer than the one in service: rebuilds that never finished."""
        current = self.current_name()
        return [g for g in self.generations() if current is None or g > current]


def leftover_files(opened: Opened) -> list[str]:
    """Files in a generation no commit refers to (from a writer that was killed)."""
    storage = opened.ix.storage
    toc = TOC.read(storage, INDEX_NAME)
    live = {s.segment_id() for s in toc.segments}
    toc_pattern = TOC._pattern(INDEX_NAME)
    seg_pattern = TOC._segment_pattern(INDEX_NAME)
    out: list[str] = []
    for filename in storage.list():
        toc_match = toc_pattern.match(filename)
        seg_match = seg_pattern.match(filename)
        if toc_match:
            if int(toc_match.group(1)) != toc.generation:
                out.append(filename)
        elif (seg_match and seg_match.group(1) not in live) or filename.endswith(".tmp"):
            out.append(filename)
    return out


def remove_leftovers(opened: Opened, names: list[str]) -> None:
    for name in names:
        path = opened.path / name
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()


def meta_of(reader: object) -> dict | None:
    """What the meta document of an open reader says (seq, schema); None without one."""
    docnum = None
    with contextlib.suppress(Exception):
        docnum = reader.first_id("id", META_ID)  # type: ignore[attr-defined]
    if docnum is None:
        return None
    raw = reader.column_reader("facts")[docnum]  # type: ignore[attr-defined]
    return read_meta(raw)


def open_storage(path: Path) -> FileStorage:
    # Without mmap: Whoosh 2.7 copies each mapped segment file into a BytesIO, so a
    # reader would hold the whole postings file in memory; plain reads share the page cache.
    return FileStorage(str(path), supports_mmap=False)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
