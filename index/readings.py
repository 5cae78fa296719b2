"""Read every review once: the reader's labels stored with the reader's version.

`smpvet index` reads the reviews that have no reading yet, then rereads those read by an
older reader, in chunks that are each committed, so a killed run loses nothing and the
next one goes on. A rescore never rereads an unchanged review: the scores read the
stored labels. Practitioners whose reviews were (re)read are marked changed, so the index
update that follows rescores them.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from index.store import Store, advance_seq, utcnow

log = logging.getLogger(__name__)

CHUNK = 256  # reviews read and committed at a time


@dataclass
class ReadReport:
    read: int = 0  # reviews with no reading before
    reread: int = 0  # reviews read by an older reader
    left: int = 0  # still to (re)read when the time budget ran out
    seconds: float = 0.0
    version: str = ""


def read_reviews(
    store: Store,
    reader: Callable[[], object] | None = None,
    *,
    budget_seconds: float | None = None,
) -> ReadReport:
    """Give every live review a reading by the current reader (new ones first)."""
    started = time.monotonic()
    if reader is None:
        from vetting.reader.reader import get_reader

        reader = get_reader
    current = reader()
    version = current.version  # type: ignore[attr-defined]
    report = ReadReport(version=version)
    while True:
        rows = store.conn.execute(
            "SELECT id, body, reader_version FROM reviews WHERE gone = 0"
            " AND (reader_version IS NULL OR reader_version != ?)"
            " ORDER BY reader_version IS NOT NULL, id LIMIT ?",
            (version, CHUNK),
        ).fetchall()
        if not rows:
            break
        if budget_seconds is not None and time.monotonic() - started > budget_seconds:
            report.left = _count_unread(store, version)
            break
        readings = current.read_many([r["body"] for r in rows])  # type: ignore[attr-defined]
        with store.transaction() as db:
            seq = advance_seq(db)
            db.executemany(
                "UPDATE reviews SET reading = ?, reader_version = ? WHERE id = ?",
                [
                    (json.dumps(reading.to_json(), ensure_ascii=False), version, row["id"])
                    for row, reading in zip(rows, readings, strict=True)
                ],
            )
            marks = ",".join("?" * len(rows))
            ids = [r["id"] for r in rows]
            db.execute(
                f"UPDATE practitioners SET changed_seq = ?, updated_at = ? WHERE id IN"  # noqa: S608
                f" (SELECT s.practitioner_id FROM reviews r JOIN sightings s"
                f" ON s.id = r.sighting_id WHERE r.id IN ({marks}))",
                (seq, utcnow(), *ids),
            )
            db.execute(
                f"UPDATE practitioners SET changed_seq = ?, updated_at = ? WHERE id IN"  # noqa: S608
                f" (SELECT s.practitioner_id FROM reviews r JOIN sightings s ON s.site = r.site"
                f" AND s.own_site = 1 WHERE r.id IN ({marks})"
                f" AND r.sighting_id IS NULL)",
                (seq, utcnow(), *ids),
            )
            db.execute(  # a thread's (or a chain's listing's) review, given to whom it names
                f"UPDATE practitioners SET changed_seq = ?, updated_at = ? WHERE id IN"  # noqa: S608
                f" (SELECT mentions FROM reviews WHERE id IN ({marks}) AND mentions IS NOT NULL)",
                (seq, utcnow(), *ids),
            )
        for row in rows:
            if row["reader_version"] is None:
                report.read += 1
            else:
                report.reread += 1
    report.seconds = time.monotonic() - started
    if report.read or report.reread:
        log.info("reviews read: %d new, %d again (%s)", report.read, report.reread, version)
    return report


def _count_unread(store: Store, version: str) -> int:
    row = store.conn.execute(
        "SELECT COUNT(*) FROM reviews WHERE gone = 0"
        " AND (reader_version IS NULL OR reader_version != ?)",
        (version,),
    ).fetchone()
    return int(row[0])
