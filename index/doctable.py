"""Every live document's `Facts`, by document number, read once per index segment.

Filters, facets and sorts run over this table in memory; Whoosh is asked only which
documents match the words. Segments never change once written (only which of their
documents are deleted), so their decoded columns are cached across reopenings; the
sort ranks, facet bit masks and points are derived once per table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from index.documents import Facts

RATING_BUCKETS = (4.5, 4.0, 3.0)
_NO_GRADE = "Z"


def quality_key(f: Facts) -> tuple:
    """Best first: grade, then score, rating and review count."""
    return (
        f.grade or _NO_GRADE,
        -(f.score if f.score is not None else -1),
        -(f.rating100 if f.rating100 is not None else -1),
        -f.review_count,
        f.id,
    )


def _rating_key(f: Facts) -> tuple:
    return (-(f.rating100 if f.rating100 is not None else -1), -f.review_count, *quality_key(f))


def _reviews_key(f: Facts) -> tuple:
    return (-f.review_count, -(f.rating100 if f.rating100 is not None else -1), *quality_key(f))


SORT_KEYS: dict[str, Callable[[Facts], tuple]] = {
    "grade": quality_key,
    "rating": _rating_key,
    "reviews": _reviews_key,
}


def facet_tokens(f: Facts) -> tuple[str, ...]:
    """The facet values a document counts for, as "facet=value"."""
    out = [f"services={s}" for s in f.services]
    out += [f"removal={m}" for m in f.removal]
    out.append(f"verified_training={'true' if f.verified_training else 'false'}")
    out += [f"credentials={c}" for c in f.credentials]
    if f.grade:
        out.append(f"grade={f.grade}")
    if f.rating100 is not None:
        out += [f"rating={b:g}+" for b in RATING_BUCKETS if f.rating100 >= b * 100]
    out.append(f"kind={f.kind}")
    return tuple(out)


@dataclass
class DocTable:
    facts: list[Facts | None]  # None: deleted, or the meta document
    _cache: dict[object, object] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def _cached(self, key: object, build: Callable[[], object]) -> object:
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]

    def live(self) -> list[int]:
        return self._cached("live", lambda: [n for n, f in enumerate(self.facts) if f])  # type: ignore[return-value]

    def live_mask(self) -> int:
        return self._cached("live_mask", lambda: bit_mask(self.live(), len(self.facts)))  # type: ignore[return-value]

    def by_id(self) -> dict[str, Facts]:
        return {f.id: f for f in self.facts if f is not None}

    def rank(self, sort: str) -> list[int]:
        """Each document's position in a sort order (grade, rating, reviews)."""

        def build() -> list[int]:
            key = SORT_KEYS[sort]
            order = sorted(self.live(), key=lambda n: key(self.facts[n]))  # type: ignore[arg-type]
            ranks = [len(self.facts)] * len(self.facts)
            for position, n in enumerate(order):
                ranks[n] = position
            return ranks

        return self._cached(("rank", sort), build)  # type: ignore[return-value]

    def facet_masks(self) -> dict[str, dict[str, int]]:
        """facet -> value -> the documents with that value, as a bit mask."""

        def build() -> dict[str, dict[str, int]]:
            size = len(self.facts) // 8 + 1
            bits: dict[str, bytearray] = {}
            for n, f in enumerate(self.facts):
                if f is None:
                    continue
                for token in facet_tokens(f):
                    mask = bits.get(token)
                    if mask is None:
                        mask = bits[token] = bytearray(size)
                    mask[n >> 3] |= 1 << (n & 7)
            out: dict[str, dict[str, int]] = {}
            for token, b in bits.items():
                name, _, value = token.partition("=")
                out.setdefault(name, {})[value] = int.from_bytes(b, "little")
            return out

        return self._cached("facets", build)  # type: ignore[return-value]

    def rating_at_least(self, rating100: int) -> int:
        """The documents rated at least this (x 100), as a bit mask."""

        def build() -> int:
            chosen = [
                n
                for n, f in enumerate(self.facts)
                if f and f.rating100 is not None and f.rating100 >= rating100
            ]
            return bit_mask(chosen, len(self.facts))

        return self._cached(("rating", rating100), build)  # type: ignore[return-value]

    def points(self) -> list[tuple[int, int, int]]:
        """(docnum, latitude x 1e5, longitude x 1e5) of every live document with a place."""
        return self._cached(
            "points",
            lambda: [  # type: ignore[return-value]
                (n, f.lat_e5, f.lon_e5)
                for n, f in enumerate(self.facts)
                if f and f.lat_e5 is not None and f.lon_e5 is not None
            ],
        )


def bit_mask(docnums: list[int], size: int) -> int:
    """A set of document numbers as a bit mask (bit n set for document n)."""
    bits = bytearray(size // 8 + 1)
    for n in docnums:
        bits[n >> 3] |= 1 << (n & 7)
    return int.from_bytes(bits, "little")


class DocTableCache:
    """Builds tables for readers, reusing the decoded columns of segments seen before."""

    def __init__(self) -> None:
        self._segments: dict[str, list[Facts | None]] = {}
        self._lock = threading.Lock()

    def table(self, reader: object) -> DocTable:
        facts: list[Facts | None] = []
        seen: set[str] = set()
        for leaf, offset in reader.leaf_readers():  # type: ignore[attr-defined]
            assert offset == len(facts)
            key = leaf.segment().segment_id()
            seen.add(key)
            with self._lock:
                decoded = self._segments.get(key)
            if decoded is None:
                decoded = _decode(leaf)
                with self._lock:
                    self._segments[key] = decoded
            live = set(leaf.all_doc_ids())
            facts.extend(f if n in live else None for n, f in enumerate(decoded))
        with self._lock:
            for key in set(self._segments) - seen:
                del self._segments[key]
        return DocTable(facts)


def _decode(leaf: object) -> list[Facts | None]:
    column = leaf.column_reader("facts")  # type: ignore[attr-defined]
    out: list[Facts | None] = []
    for raw in column:
        facts = Facts.decode(raw) if raw else None
        out.append(facts if facts is not None and facts.kind != "meta" else None)
    return out


def table_of(reader: object) -> DocTable:
    """A table for one reader, without caching (for the updater)."""
    return DocTableCache().table(reader)
