"""The SQLite store of record: pages, sightings, claims, reviews, registry rows and crawl runs.

Each fetched page is saved in one transaction, so a killed crawl leaves the store as it
was after the last whole page. A fact disappears only after `GONE_AFTER` successful
fetches in a row no longer show it; failed fetches change nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from crawler.extraction.contacts import centre_town
from crawler.items import Extraction, PageItem, Practitioner, RegistryEntry, Review
from index.normalize import digest, fold, norm_name, site_of

GONE_AFTER = 3  # successful fetches without a fact before it is hidden
SCHEMA_VERSION = 7  # 2: shortlists and admin_credentials; 3: reviews_author_count;
# 4: page name clues, claim holders, merge and name reasons, review readings;
# 5: the practitioner a review on a page about no one names;
# 6: a page's staff who do not do the work, a chain location's "not offered here";
# 7: the address a site's markup still gives after a move
# Columns added after a table was first made: (table, column, declaration).
ADDED_COLUMNS = (
    ("pages", "clues", "TEXT"),
    ("sightings", "joined_by", "TEXT"),
    ("claims", "holder", "TEXT"),
    ("practitioners", "name_reason", "TEXT"),
    ("reviews", "reading", "TEXT"),
    ("reviews", "reader_version", "TEXT"),
    ("reviews", "mentions", "TEXT"),
    ("reviews", "quoted", "TEXT"),
    ("pages", "staff", "TEXT"),
    ("sightings", "not_offered", "TEXT"),
    ("sightings", "former_address", "TEXT"),
)


def utcnow() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Store:
    """One connection to the store; use one per thread."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False):
        self.path = Path(path)
        if readonly:
            uri = f"file:{self.path}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        self._lock = threading.RLock()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        (version,) = self.conn.execute("PRAGMA user_version").fetchone()
        if version >= SCHEMA_VERSION and self._has_table("meta"):
            return
        for table, column, declaration in ADDED_COLUMNS:
            if self._has_table(table) and column not in self._columns(table):
                self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
        script = resources.files("index").joinpath("schema.sql").read_text("utf-8")
        self.conn.executescript(script)
        self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _columns(self, table: str) -> set[str]:
        return {r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")}

    def _has_table(self, name: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one write transaction (BEGIN IMMEDIATE)."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    # -- meta -------------------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            _set_meta(db, key, value)

    def current_seq(self) -> int:
        return int(self.get_meta("seq", "0") or 0)

    # -- crawl runs -------------------------------------------------------------------

    def start_run(
        self, source: str, trigger: str = "manual", scheduled_for: str | None = None
    ) -> int:
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO crawl_runs (source, trigger, scheduled_for, started_at, pid)"
                " VALUES (?, ?, ?, ?, ?)",
                (source, trigger, scheduled_for, utcnow(), os.getpid()),
            )
            return int(cur.lastrowid or 0)

    def update_run(self, run_id: int, **counts: int) -> None:
        """Set a running crawl's figures (pages, items, errors, bytes, ...)."""
        if not counts:
            return
        cols = ", ".join(f"{k} = ?" for k in counts if k in _RUN_COUNTS)
        values = [v for k, v in counts.items() if k in _RUN_COUNTS]
        with self.transaction() as db:
            db.execute(f"UPDATE crawl_runs SET {cols} WHERE id = ?", (*values, run_id))  # noqa: S608

    def finish_run(
        self, run_id: int, status: str, message: str | None = None, **counts: int
    ) -> None:
        self.update_run(run_id, **counts)
        with self.transaction() as db:
            db.execute(
                "UPDATE crawl_runs SET status = ?, finished_at = ?, message = ? WHERE id = ?",
                (status, utcnow(), message, run_id),
            )

    def add_error(self, run_id: int, url: str | None, kind: str, message: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO crawl_errors (run_id, url, kind, message, at) VALUES (?, ?, ?, ?, ?)",
                (run_id, url, kind, message[:1000], utcnow()),
            )

    def run(self, run_id: int) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM crawl_runs WHERE id = ?", (run_id,)).fetchone()
        return dict(row) if row else None

    def runs(self, limit: int = 50, source: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM crawl_runs"
        args: tuple[Any, ...] = ()
        if source:
            sql += " WHERE source = ?"
            args = (source,)
        sql += " ORDER BY id DESC LIMIT ?"
        return [dict(r) for r in self.conn.execute(sql, (*args, limit))]

    def last_runs(self) -> dict[str, dict[str, Any]]:
        """The latest run of each source."""
        rows = self.conn.execute(
            "SELECT * FROM crawl_runs WHERE id IN (SELECT MAX(id) FROM crawl_runs GROUP BY source)"
        )
        return {r["source"]: dict(r) for r in rows}

    def run_errors(self, run_id: int, limit: int = 200) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT * FROM crawl_errors WHERE run_id = ? ORDER BY id LIMIT ?", (run_id, limit)
        )
        return [dict(r) for r in rows]

    def close_own_runs(self, status: str, message: str) -> int:
        """Finish the runs this process started and left running."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE crawl_runs SET status = ?, finished_at = ?, message = ?"
                " WHERE status = 'running' AND pid = ?",
                (status, utcnow(), message, os.getpid()),
            )
            return cur.rowcount

    def close_dead_runs(self) -> int:
        """Mark runs left 'running' by a process that no longer exists as killed."""
        rows = self.conn.execute(
            "SELECT id, pid FROM crawl_runs WHERE status = 'running'"
        ).fetchall()
        dead = [r["id"] for r in rows if not _alive(r["pid"])]
        if dead:
            with self.transaction() as db:
                db.executemany(
                    "UPDATE crawl_runs SET status = 'killed', finished_at = ?,"
                    " message = 'the crawl process ended without finishing' WHERE id = ?",
                    [(utcnow(), i) for i in dead],
                )
        return len(dead)

    # -- pages ------------------------------------------------------------------------

    def save_page(self, item: PageItem, run_id: int | None = None) -> int:
        """Store one fetched page and what was extracted from it; return facts stored."""
        site = site_of(item.url) or ""
        now = item.fetched_at or utcnow()
        with self.transaction() as db:
            old = db.execute("SELECT content_hash FROM pages WHERE url = ?", (item.url,)).fetchone()
            page_hash = _page_hash(item)
            db.execute(
                "INSERT INTO pages (url, source, site, status, first_seen, fetched_at, run_id,"
                " content_hash, size, error, clues, staff)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET source = excluded.source,"
                " status = excluded.status,"
                " fetched_at = excluded.fetched_at, run_id = excluded.run_id,"
                " content_hash = COALESCE(excluded.content_hash, pages.content_hash),"
                " size = excluded.size, error = excluded.error,"
                " clues = COALESCE(excluded.clues, pages.clues),"
                " staff = CASE WHEN excluded.content_hash IS NULL THEN pages.staff"
                " ELSE excluded.staff END",
                (
                    item.url,
                    item.source,
                    site,
                    item.status,
                    now,
                    now,
                    run_id,
                    page_hash,
                    item.size,
                    item.error,
                    _clues(item),
                    _staff(item),
                ),
            )
            if item.status in (404, 410):
                _miss_all(db, item.url, now)
                return 0
            if not 200 <= item.status < 300 or page_hash is None:
                return 0  # a failed fetch changes nothing
            changed = old is None or old["content_hash"] != page_hash
            seq = advance_seq(db) if changed else None
            stored = 0
            if item.extraction is not None:
                stored += _save_extraction(db, item, site, now, seq)
            if item.source_kind == "registry" or item.own_site:  # (a site's own register)
                stored += _save_registry(db, item, now, seq)
            return stored

    def mark_unvisited(self, source: str, since: str) -> int:
        """After a complete run: count a miss for pages of `source` not fetched since `since`."""
        with self.transaction() as db:
            urls = [
                r[0]
                for r in db.execute(
                    "SELECT url FROM pages WHERE source = ? AND fetched_at < ?", (source, since)
                )
            ]
            for url in urls:
                _miss_all(db, url, since)
            return len(urls)

    def oversized_urls(self, since: str) -> set[str]:
        """Pages that were over the size cap at a fetch since `since`."""
        rows = self.conn.execute(
            "SELECT DISTINCT url FROM crawl_errors WHERE kind = 'size' AND at >= ?", (since,)
        )
        return {r[0] for r in rows}

    def page_hash(self, url: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM pages WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """How many live facts the store holds."""
        q = self.conn.execute
        return {
            "practitioners": q("SELECT COUNT(*) FROM practitioners WHERE gone = 0").fetchone()[0],
            "clinics": q(
                "SELECT COUNT(*) FROM practitioners WHERE gone = 0 AND kind = 'clinic'"
            ).fetchone()[0],
            "artists": q(
                "SELECT COUNT(*) FROM practitioners WHERE gone = 0 AND kind = 'artist'"
            ).fetchone()[0],
            "sightings": q("SELECT COUNT(*) FROM sightings WHERE gone = 0").fetchone()[0],
            # One review shown on two pages of a site (a home page's latest testimonial)
            # counts once.
            "reviews": q(
                "SELECT COUNT(*) FROM (SELECT DISTINCT site, author_key, substr(body, 1, 300)"
                " FROM reviews WHERE gone = 0)"
            ).fetchone()[0],
            "claims": q("SELECT COUNT(*) FROM claims WHERE gone = 0").fetchone()[0],
            "registry_entries": q(
                "SELECT COUNT(*) FROM registry_entries WHERE gone = 0"
            ).fetchone()[0],
            "pages": q("SELECT COUNT(*) FROM pages").fetchone()[0],
        }


_RUN_COUNTS = {"pages", "items", "errors", "bytes", "not_modified", "robots_denied"}


def _set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _page_hash(item: PageItem) -> str | None:
    """A hash of what the page says, or None when nothing was read from it."""
    if item.extraction is None and not item.registry:
        return None
    payload = {
        "x": _extraction_payload(item.extraction) if item.extraction else None,
        "r": [asdict(e) for e in item.registry],
        "k": item.source_kind,
        "o": item.own_site,
    }
    return digest(json.dumps(payload, sort_keys=True, default=str))


def _clues(item: PageItem) -> str | None:
    """A page's name clues as JSON, for the site-level reading of its name."""
    if item.extraction is None or not item.extraction.clues:
        return None
    return json.dumps([[c.kind, c.text] for c in item.extraction.clues], ensure_ascii=False)


def _staff(item: PageItem) -> str | None:
    """The names of the team members a page says do not do the work, as JSON: a list, or
    with those it says so of in words ("she does not perform SMP") {"staff", "declined"}."""
    if item.extraction is None or not item.extraction.staff:
        return None
    staff, declined = item.extraction.staff, item.extraction.declined
    found: Any = {"staff": staff, "declined": declined} if declined else staff
    return json.dumps(found, ensure_ascii=False)


def _extraction_payload(extraction: Extraction) -> dict[str, Any]:
    return {
        "p": [asdict(p) for p in extraction.practitioners],
        "r": [asdict(r) for r in extraction.reviews],
        "c": [[c.kind, c.text] for c in extraction.clues],
        "s": extraction.staff,
        **({"d": extraction.declined} if extraction.declined else {}),
    }


def _miss_all(db: sqlite3.Connection, url: str, now: str) -> None:
    """Count one miss for every fact taken from `url`."""
    for table in ("sightings", "reviews", "registry_entries"):
        _miss(db, table, "url = ?", (url,), keep=())
    _miss(db, "claims", "url = ?", (url,), keep=())


def _miss(
    db: sqlite3.Connection, table: str, where: str, args: tuple[Any, ...], keep: tuple[int, ...]
) -> None:
    """Count a miss for rows matching `where` whose ids are not in `keep`."""
    extra = f" AND id NOT IN ({','.join('?' * len(keep))})" if keep else ""
    ids = [
        r[0]
        for r in db.execute(
            f"SELECT id FROM {table} WHERE {where}{extra} AND gone = 0",  # noqa: S608
            (*args, *keep),
        )
    ]
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    db.execute(
        f"UPDATE {table} SET missing = missing + 1, gone = (missing + 1 >= ?)"  # noqa: S608
        f" WHERE id IN ({marks})",
        (GONE_AFTER, *ids),
    )
    if table == "sightings":
        # A practitioner whose sighting may go away must be re-resolved and re-indexed.
        db.execute(
            f"UPDATE sightings SET changed_seq = ? WHERE id IN ({marks})",  # noqa: S608
            (advance_seq(db), *ids),
        )
        return
    gone = f"id IN ({marks}) AND gone = 1"
    if table == "registry_entries":
        if db.execute(f"SELECT 1 FROM {table} WHERE {gone}", ids).fetchone():  # noqa: S608
            _set_meta(db, "registry_seq", str(advance_seq(db)))  # re-verify everyone
        return
    # A review or claim that just went is no longer its practitioner's: re-index them.
    db.execute(
        f"UPDATE sightings SET changed_seq = ? WHERE id IN"  # noqa: S608
        f" (SELECT sighting_id FROM {table} WHERE {gone} AND missing = ?)",
        (advance_seq(db), *ids, GONE_AFTER),
    )


def _record_key(p: Practitioner) -> str:
    """Which practitioner of a page a record is: two of one name on a page stay two."""
    place = fold(p.address.locality or "") if p.address else ""
    tell = site_of(p.website) or p.telephone or place
    return f"{p.kind}:{norm_name(p.name)}|{tell}"


def _save_extraction(
    db: sqlite3.Connection, item: PageItem, site: str, now: str, seq: int | None
) -> int:
    extraction = item.extraction
    assert extraction is not None
    kept: list[int] = []
    stored = 0
    by_name: dict[str, int] = {}
    listed = 0  # the businesses the page lists
    for p in extraction.practitioners:
        if not p.name or not p.name.strip():
            continue
        sid = _upsert_sighting(db, item, site, p, now, seq)
        kept.append(sid)
        by_name[norm_name(p.name)] = sid
        listed += p.kind == "clinic"
        stored += 1 + _save_claims(db, sid, item.url, p, now)
    _miss(db, "sightings", "url = ?", (item.url,), keep=tuple(kept))
    default_subject = kept[0] if kept else None
    if not item.own_site and listed > 1:
        default_subject = None  # a list of several ("ten clinics worth the trip"): its comments
        # are about whom they name, not about the first it lists
    review_ids: list[int] = []
    for r in extraction.reviews:
        if not r.body or not r.body.strip():
            continue
        subject = by_name.get(norm_name(r.about)) if r.about else None
        review_ids.append(_upsert_review(db, item, site, r, subject or default_subject, now))
        stored += 1
    _miss(db, "reviews", "url = ?", (item.url,), keep=tuple(review_ids))
    return stored


def _upsert_sighting(
    db: sqlite3.Connection, item: PageItem, site: str, p: Practitioner, now: str, seq: int | None
) -> int:
    address = p.address
    website = p.website or (p.url if item.own_site else None)
    if website is None and p.url and site_of(p.url) != site:
        website = p.url  # a listing's link to the practitioner's own site
    domain = site if item.own_site and p.kind == "clinic" else site_of(website)
    values = {
        "source": item.source,
        "source_kind": item.source_kind,
        "own_site": int(item.own_site),
        "site": site,
        "kind": p.kind if p.kind in ("clinic", "artist") else "clinic",
        "name": p.name.strip()[:300],
        "norm_name": norm_name(p.name),
        "website": website,
        "domain": domain,
        "telephone": p.telephone,
        "email": p.email,
        "street": address.street if address else None,
        "locality": centre_town(address.locality) if address else None,
        "region": address.region if address else None,
        "postal_code": address.postal_code if address else None,
        "country": address.country if address else None,
        "lat": p.geo.lat if p.geo else None,
        "lon": p.geo.lon if p.geo else None,
        "rating_value": p.rating.value if p.rating else None,
        "rating_count": p.rating.count if p.rating else None,
        "services": json.dumps(sorted(set(p.services))),
        "signals": json.dumps([asdict(s) for s in p.signals]),
        "works_for": p.works_for,
        "same_as": json.dumps(p.same_as),
        "not_offered": p.not_offered,
        "former_address": json.dumps(asdict(p.former_address)) if p.former_address else None,
    }
    content_hash = digest(
        json.dumps(values, sort_keys=True),
        json.dumps([asdict(c) for c in p.credentials], sort_keys=True),
    )
    key = _record_key(p)
    row = db.execute(
        "SELECT id, content_hash, gone FROM sightings WHERE url = ? AND record_key = ?",
        (item.url, key),
    ).fetchone()
    if row is None:
        cols = ", ".join(values)
        marks = ", ".join("?" * len(values))
        cur = db.execute(
            f"INSERT INTO sightings (url, record_key, {cols}, content_hash, first_seen,"  # noqa: S608
            f" last_seen, changed_seq) VALUES (?, ?, {marks}, ?, ?, ?, ?)",
            (item.url, key, *values.values(), content_hash, now, now, seq or advance_seq(db)),
        )
        return int(cur.lastrowid or 0)
    if seq is None and (row["content_hash"] != content_hash or row["gone"]):
        seq = advance_seq(db)
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(
        f"UPDATE sightings SET {sets}, content_hash = ?, last_seen = ?, missing = 0, gone = 0,"  # noqa: S608
        " changed_seq = COALESCE(?, changed_seq) WHERE id = ?",
        (*values.values(), content_hash, now, seq, row["id"]),
    )
    return int(row["id"])


def advance_seq(db: sqlite3.Connection) -> int:
    """Advance and return the change counter (inside a transaction)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
    seq = int(row[0]) + 1 if row else 1
    _set_meta(db, "seq", str(seq))
    return seq


def _save_claims(
    db: sqlite3.Connection, sighting_id: int, url: str, p: Practitioner, now: str
) -> int:
    kept: list[int] = []
    for c in p.credentials:
        key = digest(
            c.kind, fold(c.issuer or ""), c.licence_number, c.hours, c.year, fold(c.text), c.holder
        )
        row = db.execute(
            "INSERT INTO claims (sighting_id, url, claim_key, kind, issuer, text, hours, years,"
            " licence_number, year, holder, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (sighting_id, claim_key) DO UPDATE SET last_seen = excluded.last_seen,"
            " missing = 0, gone = 0 RETURNING id",
            (
                sighting_id,
                url,
                key,
                c.kind,
                c.issuer,
                c.text[:1000],
                c.hours,
                c.years,
                c.licence_number,
                c.year,
                c.holder,
                now,
                now,
            ),
        ).fetchone()
        kept.append(int(row[0]))
    _miss(db, "claims", "sighting_id = ?", (sighting_id,), keep=tuple(kept))
    return len(kept)


def _upsert_review(
    db: sqlite3.Connection, item: PageItem, site: str, r: Review, subject: int | None, now: str
) -> int:
    key = digest(fold(r.author or ""), r.date, fold(r.body)[:400])
    row = db.execute(
        "INSERT INTO reviews (url, review_key, source, source_kind, site, own_site, sighting_id,"
        " author, author_key, rating, body, date, about, flags, ease_positive, ease_negative,"
        " first_seen, last_seen, quoted)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (url, review_key) DO UPDATE SET sighting_id = excluded.sighting_id,"
        " rating = excluded.rating, flags = excluded.flags,"
        " ease_positive = excluded.ease_positive, ease_negative = excluded.ease_negative,"
        " last_seen = excluded.last_seen, missing = 0, gone = 0 RETURNING id",
        (
            item.url,
            key,
            item.source,
            item.source_kind,
            site,
            int(item.own_site),
            subject,
            (r.author or None) and r.author[:200],
            fold(r.author) if r.author else None,
            r.rating,
            r.body[:20000],
            r.date,
            r.about,
            json.dumps(r.flags),
            json.dumps(r.ease.get("positive", [])),
            json.dumps(r.ease.get("negative", [])),
            now,
            now,
            r.quoted[:5000] if r.quoted else None,
        ),
    ).fetchone()
    return int(row[0])


def _save_registry(db: sqlite3.Connection, item: PageItem, now: str, seq: int | None) -> int:
    kept = [_upsert_registry_entry(db, item, e, now) for e in item.registry]
    _miss(db, "registry_entries", "url = ?", (item.url,), keep=tuple(kept))
    if seq is not None and kept:
        # A registry change can change any practitioner's verification.
        _set_meta(db, "registry_seq", str(seq))
    return len(kept)


def _upsert_registry_entry(
    db: sqlite3.Connection, item: PageItem, e: RegistryEntry, now: str
) -> int:
    key = digest(fold(e.name), e.licence_number, fold(e.business or ""), e.year)
    row = db.execute(
        "INSERT INTO registry_entries (url, entry_key, source, issuer, credential, complete, name,"
        " status, licence_number, business, locality, region, hours, year, valid_until, text,"
        " first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (url, entry_key) DO UPDATE SET status = excluded.status,"
        " issuer = excluded.issuer, credential = excluded.credential,"
        " complete = excluded.complete, locality = excluded.locality, region = excluded.region,"
        " hours = excluded.hours, valid_until = excluded.valid_until, text = excluded.text,"
        " last_seen = excluded.last_seen, missing = 0, gone = 0 RETURNING id",
        (
            item.url,
            key,
            item.source,
            e.issuer,
            e.credential,
            int(item.registry_complete),
            e.name[:300],
            e.status,
            e.licence_number,
            e.business,
            e.locality,
            e.region,
            e.hours,
            e.year,
            e.valid_until,
            e.text[:1000],
            now,
            now,
        ),
    ).fetchone()
    return int(row[0])
