"""A rebuild on every core: each process writes its share of the documents as one segment.

Whoosh's MpWriter pickles every document to its workers through temporary files and
leaves them blocked forever if the parent is killed. Here each worker reads its share of
practitioners from the store itself, writes one segment into the new generation, and
dies with its parent; the parent commits one TOC naming every segment, so the
generation is complete only once that commit succeeds (the same atomic step as a
serial rebuild).
"""

from __future__ import annotations

import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from whoosh.codec.base import Segment
from whoosh.index import FileIndex
from whoosh.writing import SegmentWriter

from index.documents import documents_for
from index.indexfiles import INDEX_NAME, checkpoint, open_storage
from index.store import Store

# Below this many practitioners, starting a second interpreter costs more than it saves.
PARALLEL_MIN = int(os.environ.get("SMPVET_INDEX_PARALLEL_MIN", "2000"))


def processes(count: int) -> int:
    """How many processes to write `count` documents with."""
    if count < PARALLEL_MIN:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def write_segments(
    store: Store, generation: Path, ids: list[str], parts: int, writer_options: dict[str, Any]
) -> tuple[list[Segment], int]:
    """Write the documents of `ids` as `parts` segments (this process writes one)."""
    shares = [ids[i::parts] for i in range(parts)]  # interleaved: similar sizes
    context = get_context("spawn")  # no inherited SQLite connections or threads
    with ProcessPoolExecutor(
        parts - 1, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        futures = [
            pool.submit(_write_share, str(store.path), str(generation), share, writer_options)
            for share in shares[1:]
        ]
        results = [write_share(store, generation, shares[0], writer_options)]
        results += [f.result() for f in futures]
    segments = [segment for segment, _ in results if segment is not None]
    return segments, sum(count for _, count in results)


def write_share(
    store: Store, generation: Path, ids: list[str], writer_options: dict[str, Any]
) -> tuple[Segment | None, int]:
    """Write one segment of these practitioners' documents (not yet committed)."""
    ix = FileIndex(open_storage(generation), indexname=INDEX_NAME)
    # _lk=False: the parent holds the index lock; the segment joins its commit.
    writer = SegmentWriter(ix, _lk=False, **writer_options)
    count = 0
    for doc in documents_for(store, ids):
        if doc is not None:
            writer.add_document(**doc)
            count += 1
    if not count:
        writer._close_segment()
        return None, 0
    return writer._finalize_segment(), count


def _write_share(
    store_path: str, generation: str, ids: list[str], writer_options: dict[str, Any]
) -> tuple[Segment | None, int]:
    checkpoint("rebuild:worker")
    with Store(store_path, readonly=True) as store:
        return write_share(store, Path(generation), ids, writer_options)


def _die_with_parent(parent: int) -> None:
    """Make a worker die when the process that started it dies (Linux), e.g. on SIGKILL."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)
