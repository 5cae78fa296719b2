"""Search practitioners: words, place and radius, filters, facets, sorts and pages.

`SearchService` is the long-lived reader a web worker keeps: it reopens when a newer
index is committed, never takes the writers' lock, and serialises its own threads
(Whoosh searchers are not thread-safe; searches are CPU-bound anyway). The only
exception a search raises is `SearchError`, for a place it cannot find.

One search: the text is parsed into clauses (index.query), matched and scored over the
posting lists (index.ranking); filters, facets and sorts run over the in-memory
document table (index.facets); the page's hits read their stored fields and the
passages that match (index.highlight).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from whoosh.index import FileIndex
from whoosh.searching import Searcher

from index import facets
from index.datadir import DataDir
from index.doctable import DocTable, DocTableCache
from index.geo import Place, gazetteer
from index.highlight import Fragments, highlights, plain
from index.indexfiles import IndexFiles
from index.query import ParsedQuery, parse
from index.ranking import rank
from index.request import DEFAULT_RADIUS_KM, SORTS, Request, SearchError, check
from index.spelling import IndexSpeller

__all__ = [
    "DEFAULT_RADIUS_KM",
    "SORTS",
    "SearchError",
    "SearchHit",
    "SearchQuery",
    "SearchResults",
    "SearchService",
    "search_index",
]

log = logging.getLogger(__name__)
RETRY_BROKEN_AFTER = 5.0  # seconds before a generation that failed to open is tried again


@dataclass
class SearchQuery:
    """What to search for; an empty text lists everyone who passes the filters.

    "relevance" orders by how well the words match; without words, by distance near a
    place, else best grade first. Removal methods: "removal-laser" or just "laser".
    """

    text: str = ""
    near: str | None = None
    radius_km: float | None = None  # default DEFAULT_RADIUS_KM when near is given
    services: list[str] = field(default_factory=list)
    removal: list[str] = field(default_factory=list)
    verified_training: bool = False
    min_grade: str | None = None
    min_rating: float | None = None
    sort: str = "relevance"  # relevance | grade | rating | distance | reviews
    page: int = 1
    per_page: int = 10


@dataclass
class SearchHit:
    id: str
    name: str
    kind: str
    grade: str | None
    score: int | None
    rating: float | None
    review_count: int
    locality: str | None
    region: str | None
    distance_km: float | None
    services: list[str]
    highlights: list[str]  # plain text passages
    fragments: list[Fragments] = field(default_factory=list)  # each highlight as (text, is_match)
    steps: dict[str, str] = field(default_factory=dict)
    removal: list[str] = field(default_factory=list)
    verified_training: bool = False
    last_checked: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "grade": self.grade,
            "score": self.score,
            "rating": self.rating,
            "review_count": self.review_count,
            "locality": self.locality,
            "region": self.region,
            "distance_km": self.distance_km,
            "services": list(self.services),
            "highlights": list(self.highlights),
            "fragments": [[[t, m] for t, m in f] for f in self.fragments],
            "steps": dict(self.steps),
            "removal": list(self.removal),
            "verified_training": self.verified_training,
            "last_checked": self.last_checked,
        }


@dataclass
class SearchResults:
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]
    page: int = 1
    per_page: int = 10
    notes: list[str] = field(default_factory=list)
    place: Place | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's `smpvet search --json` shape, plus page, notes and place."""
        return {
            "total": self.total,
            "results": [h.to_json() for h in self.hits],
            "facets": {k: dict(v) for k, v in self.facets.items()},
            "page": self.page,
            "per_page": self.per_page,
            "notes": list(self.notes),
            "place": self.place.to_json() if self.place else None,
        }


@dataclass
class _Snapshot:
    """One opened generation at one commit, with its derived tables."""

    name: str
    toc_generation: int
    ix: FileIndex
    searcher: Searcher
    table: DocTable
    live: list[int]
    speller: IndexSpeller


class SearchService:
    """Answers searches from the newest good index; one per process, shared by threads."""

    def __init__(self, datadir: DataDir, *, warm: bool = True):
        self.files = IndexFiles(datadir.index)
        self._lock = threading.RLock()
        self._snapshot: _Snapshot | None = None
        self._tables = DocTableCache()
        self._broken: dict[str, float] = {}
        if warm:  # load the gazetteer in the background so the first "near" search is quick
            threading.Thread(target=gazetteer, name="smpvet-gazetteer", daemon=True).start()

    def close(self) -> None:
        with self._lock:
            if self._snapshot is not None:
                self._drop(self._snapshot)

    def search(self, query: SearchQuery) -> SearchResults:
        """Run one search; raises SearchError only for a place it cannot find."""
        request = check(query)
        with self._lock:
            for attempt in (1, 2):
                snapshot = self._current()
                if snapshot is None:
                    notes = [*request.notes, "The search index is empty: run `smpvet index`."]
                    return SearchResults(
                        0, [], {}, request.page, request.per_page, notes, request.place
                    )
                try:
                    return _run(snapshot, request)
                except Exception:
                    if attempt == 2:
                        raise
                    # e.g. a reader a failed refresh closed: open the index afresh, once.
                    log.warning("search failed on %s; reopening", snapshot.name, exc_info=True)
                    self._drop(snapshot)
        raise AssertionError("unreachable")

    def _drop(self, snapshot: _Snapshot) -> None:
        with contextlib.suppress(Exception):
            snapshot.searcher.close()
        if self._snapshot is snapshot:
            self._snapshot = None

    # -- keeping current -------------------------------------------------------------

    def _current(self) -> _Snapshot | None:
        """The snapshot to answer from, reopened when a newer commit is in service."""
        snap = self._snapshot
        name = self.files.current_name()
        if snap is not None and (name == snap.name or self._recently_broken(name)):
            try:
                generation = snap.ix.latest_generation()  # a directory listing
            except OSError:
                return snap
            if generation == snap.toc_generation:
                return snap
            with contextlib.suppress(Exception):  # keep answering from what is open
                self._snapshot = self._refresh(snap)
            return self._snapshot
        opened = self.files.open_best()
        if opened is None:
            if name:
                self._broken[name] = time.monotonic()
            return snap
        for skipped in opened.skipped:
            self._broken[skipped] = time.monotonic()
        try:
            fresh = self._open(opened.name, opened.ix, opened.ix.searcher())
        except Exception:  # (it opened a moment ago; keep the old one)
            return snap
        if snap is not None:
            snap.searcher.close()
        self._snapshot = fresh
        return fresh

    def _recently_broken(self, name: str | None) -> bool:
        failed = self._broken.get(name or "")
        return failed is not None and time.monotonic() - failed < RETRY_BROKEN_AFTER

    def _refresh(self, snap: _Snapshot) -> _Snapshot:
        searcher = snap.searcher.refresh()  # reuses the readers of unchanged segments
        return self._open(snap.name, snap.ix, searcher)

    def _open(self, name: str, ix: FileIndex, searcher: Searcher) -> _Snapshot:
        reader = searcher.reader()
        table = self._tables.table(reader)
        return _Snapshot(
            name=name,
            toc_generation=reader.generation(),
            ix=ix,
            searcher=searcher,
            table=table,
            live=table.live(),
            speller=IndexSpeller(reader),
        )


def search_index(datadir: DataDir, query: SearchQuery) -> SearchResults:
    """One search with a service opened for it (the command line's way)."""
    service = SearchService(datadir, warm=False)
    try:
        return service.search(query)
    finally:
        service.close()


# -- one search --------------------------------------------------------------------------


def _run(snap: _Snapshot, request: Request) -> SearchResults:
    notes = list(request.notes)
    parsed = parse(request.text, snap.speller)
    notes.extend(parsed.notes)
    ranked: list[int] | None = None
    if parsed.empty:
        candidates = snap.live
    else:
        ranked = rank(snap.searcher, snap.table, parsed)
        known = [c for c in parsed.clauses if c.known]
        if not ranked and len(known) > 1:
            ranked = rank(snap.searcher, snap.table, parsed, require_all=False)
            if ranked:
                notes.append("No practitioner matches every word; showing those matching some.")
        candidates = ranked
    filtered = facets.apply(snap.table, candidates, request.filters)
    sort = request.sort
    if sort == "relevance" and ranked is None:
        sort = "distance" if request.place is not None else "grade"
    start = (request.page - 1) * request.per_page
    page = facets.order(snap.table, sort, filtered, ranked, start, start + request.per_page)
    hits = [_hit(snap, n, filtered.distances.get(n), parsed) for n in page]
    return SearchResults(
        len(filtered.docnums),
        hits,
        filtered.facets,
        request.page,
        request.per_page,
        notes,
        request.place,
    )


def _hit(snap: _Snapshot, docnum: int, distance: float | None, parsed: ParsedQuery) -> SearchHit:
    facts = snap.table.facts[docnum]
    assert facts is not None
    stored = snap.searcher.stored_fields(docnum).get("doc") or {}
    fragments = (
        highlights(stored.get("passages") or {}, parsed.terms(), parsed.phrases())
        if not parsed.empty
        else []
    )
    return SearchHit(
        id=facts.id,
        name=stored.get("name") or facts.id,
        kind=facts.kind,
        grade=facts.grade,
        score=facts.score,
        rating=None if facts.rating is None else round(facts.rating, 2),
        review_count=facts.review_count,
        locality=stored.get("locality"),
        region=stored.get("region"),
        distance_km=None if distance is None else round(distance, 1),
        services=list(facts.services),
        highlights=[plain(f) for f in fragments],
        fragments=fragments,
        steps=dict(stored.get("steps") or {}),
        removal=list(facts.removal),
        verified_training=facts.verified_training,
        last_checked=stored.get("last_checked"),
    )
