"""Filters, facet counts, distances and sort orders over the in-memory document table.

Every filter is a set of documents held as a bit mask (a Python int), so filtering and
counting are a few big-integer ANDs and popcounts, not a loop over documents.

Facet counts are disjunctive: each facet counts the documents that pass every *other*
filter, so choosing a service still shows how many offer each other service.
Several services must all be offered; several removal methods: any of them. Facet
names and values: services and removal (service keys, e.g. "removal-laser"),
verified_training ("true"/"false"), credentials ("training:verified"), grade (A-F),
rating ("4.5+", "4+", "3+"), kind (clinic/artist).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from index.doctable import RATING_BUCKETS, DocTable, bit_mask
from index.documents import GRADES
from index.geo import bounding_box, distance_km

FACETS = ("services", "removal", "verified_training", "credentials", "grade", "rating", "kind")


@dataclass
class Filters:
    services: list[str] = field(default_factory=list)
    removal: list[str] = field(default_factory=list)
    verified_training: bool = False
    min_grade: str | None = None
    min_rating: float | None = None
    centre: tuple[float, float] | None = None
    radius_km: float | None = None

    def masks(self, table: DocTable) -> dict[str, int]:
        """The documents passing each facet's filter (only the facets filtered on)."""
        by_facet = table.facet_masks()
        out: dict[str, int] = {}
        if self.services:
            services = by_facet.get("services", {})
            out["services"] = reduce(and_, (services.get(s, 0) for s in self.services))
        if self.removal:
            removal = by_facet.get("removal", {})
            out["removal"] = reduce(or_, (removal.get(m, 0) for m in self.removal))
        if self.verified_training:
            out["verified_training"] = by_facet.get("verified_training", {}).get("true", 0)
        if self.min_grade:
            grades = by_facet.get("grade", {})
            out["grade"] = reduce(or_, (grades.get(g, 0) for g in GRADES if g <= self.min_grade))
        if self.min_rating is not None:
            out["rating"] = table.rating_at_least(round(self.min_rating * 100))
        return out


@dataclass
class Filtered:
    docnums: list[int]  # in the order the candidates came
    facets: dict[str, dict[str, int]]
    distances: dict[int, float]


def apply(table: DocTable, candidates: list[int], filters: Filters) -> Filtered:
    """Keep the candidates that pass every filter; count facets; measure distances."""
    chosen = bit_mask(candidates, len(table.facts)) & table.live_mask()
    distances: dict[int, float] = {}
    if filters.centre is not None:
        distances = _within(table, filters.centre, filters.radius_km)
        chosen &= bit_mask(list(distances), len(table.facts))
    masks = filters.masks(table)
    passing = reduce(and_, masks.values(), chosen)
    counts: dict[str, dict[str, int]] = {}
    for name, values in table.facet_masks().items():
        others = [m for facet, m in masks.items() if facet != name]
        base = reduce(and_, others, chosen) if name in masks else passing
        counts[name] = {v: c for v, mask in values.items() if (c := (mask & base).bit_count())}
    kept = _members(candidates, passing, len(table.facts))
    return Filtered(kept, _ordered(counts), distances)


def _members(candidates: list[int], mask: int, size: int) -> list[int]:
    """The candidates in the mask, in the candidates' order."""
    bits = mask.to_bytes(size // 8 + 1, "little")
    return [n for n in candidates if bits[n >> 3] >> (n & 7) & 1]


def _ordered(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    out = {name: {} for name in FACETS}
    for name, values in counts.items():
        out[name] = dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
    out["grade"] = {g: out["grade"][g] for g in GRADES if g in out["grade"]}
    buckets = [f"{b:g}+" for b in RATING_BUCKETS]
    out["rating"] = {b: out["rating"][b] for b in buckets if b in out["rating"]}
    return out


def _within(
    table: DocTable, centre: tuple[float, float], radius_km: float | None
) -> dict[int, float]:
    """Documents within the radius, with their distances.

    A bounding box on the integer coordinates first; the haversine only inside it.
    """
    radius = radius_km if radius_km is not None else math.inf
    min_lat, max_lat, min_lon, max_lon = bounding_box(centre, min(radius, 20100.0))
    lat_lo, lat_hi = round(min_lat * 1e5), round(max_lat * 1e5)
    lon_lo, lon_hi = round(min_lon * 1e5), round(max_lon * 1e5)
    out: dict[int, float] = {}
    for n, lat, lon in table.points():
        if lat_lo <= lat <= lat_hi and lon_lo <= lon <= lon_hi:
            d = distance_km(centre, (lat / 1e5, lon / 1e5))
            if d <= radius:
                out[n] = d
    return out


def order(
    table: DocTable,
    sort: str,
    filtered: Filtered,
    ranked: list[int] | None,
    start: int,
    end: int,
) -> list[int]:
    """Document numbers start:end in a sort order.

    `ranked` is the documents by relevance (best first) when words were searched; the
    kept documents are already in that order. Ties in distance go to the better grade.
    """
    if sort == "relevance" and ranked is not None:
        return filtered.docnums[start:end]
    if sort == "distance":
        grade = table.rank("grade")
        distances = filtered.distances
        return sorted(filtered.docnums, key=lambda n: (distances.get(n, math.inf), grade[n]))[
            start:end
        ]
    rank = table.rank(sort if sort in ("grade", "rating", "reviews") else "grade")
    return sorted(filtered.docnums, key=rank.__getitem__)[start:end]
