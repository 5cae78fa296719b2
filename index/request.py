"""A search as asked, checked: nonsense values are ignored with a note for people.

Only a place that cannot be found raises (`SearchError`): the search cannot be answered
without it, and the message says which forms of place work.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index import facets
from index.documents import GRADES
from index.geo import Place, resolve_place
from vetting.vocabulary import REMOVAL_METHODS, SERVICES

if TYPE_CHECKING:
    from index.search import SearchQuery

SORTS = ("relevance", "grade", "rating", "distance", "reviews")
DEFAULT_RADIUS_KM = 50.0
MAX_RADIUS_KM = 20100.0  # half way round the earth: everywhere
MAX_PER_PAGE = 100
MAX_PAGE = 1000
PLACE_HELP = (
    'Try a city and state ("Dallas, TX"), a city and country ("London, UK"),'
    ' a US ZIP code ("75201") or coordinates ("32.78,-96.80").'
)


class SearchError(ValueError):
    """A search that cannot be answered; the message is for people."""


@dataclass
class Request:
    """A SearchQuery with every value checked (nonsense ignored with a note)."""

    text: str
    filters: facets.Filters
    sort: str
    page: int
    per_page: int
    place: Place | None
    notes: list[str]


def check(q: SearchQuery) -> Request:
    """The query with every value checked; raises SearchError for an unknown place."""
    notes: list[str] = []
    place = _place(getattr(q, "near", None))
    radius = _radius(getattr(q, "radius_km", None), place, notes)
    filters = facets.Filters(
        services=_services(getattr(q, "services", None), notes),
        removal=_removal(getattr(q, "removal", None), notes),
        verified_training=getattr(q, "verified_training", False) is True,
        min_grade=_grade(getattr(q, "min_grade", None), notes),
        min_rating=_rating(getattr(q, "min_rating", None), notes),
        centre=place.point if place else None,
        radius_km=radius,
    )
    sort = str(getattr(q, "sort", "relevance") or "relevance").strip().lower()
    if sort not in SORTS:
        notes.append(f'Unknown sort "{_short(sort)}": sorted by relevance.')
        sort = "relevance"
    if sort == "distance" and place is None:
        notes.append("Sorting by distance needs a place: sorted by relevance.")
        sort = "relevance"
    page = _int(getattr(q, "page", 1), 1, 1, MAX_PAGE)
    per_page = _int(getattr(q, "per_page", 10), 10, 1, MAX_PER_PAGE)
    text = getattr(q, "text", "")
    return Request(
        text if isinstance(text, str) else "", filters, sort, page, per_page, place, notes
    )


def _place(near: object) -> Place | None:
    if near is None:
        return None
    text = near if isinstance(near, str) else str(near)
    if not text.strip():
        return None
    place = resolve_place(text)
    if place is None:
        raise SearchError(f'We could not find the place "{_short(text)}". {PLACE_HELP}')
    return place


def _radius(value: object, place: Place | None, notes: list[str]) -> float | None:
    if place is None:
        if value is not None:
            notes.append("A radius needs a place to search near: ignored.")
        return None
    if value is None:
        return DEFAULT_RADIUS_KM
    try:
        radius = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        radius = math.nan
    if math.isnan(radius) or radius <= 0:
        notes.append(f"The radius must be a positive number of km: using {DEFAULT_RADIUS_KM:g} km.")
        return DEFAULT_RADIUS_KM
    return min(radius, MAX_RADIUS_KM)


def _services(values: object, notes: list[str]) -> list[str]:
    out: list[str] = []
    for value in _list(values):
        key = "-".join(value.lower().split())
        if key in SERVICES:
            out.append(key)
        else:
            notes.append(
                f'Unknown service "{_short(value)}" ignored; services are: {", ".join(SERVICES)}.'
            )
    return list(dict.fromkeys(out))


def _removal(values: object, notes: list[str]) -> list[str]:
    """Removal-method keys ("removal-laser"); "laser" or "UNDO" are accepted too."""
    out: list[str] = []
    for value in _list(values):
        key = "removal-" + "-".join(value.lower().split()).removeprefix("removal-")
        if key in REMOVAL_METHODS:
            out.append(key)
        else:
            methods = ", ".join(k.removeprefix("removal-") for k in REMOVAL_METHODS)
            notes.append(
                f'Unknown removal method "{_short(value)}" ignored; methods are: {methods}.'
            )
    return list(dict.fromkeys(out))


def _grade(value: object, notes: list[str]) -> str | None:
    if value is None or value == "":
        return None
    grade = str(value).strip().upper()
    if grade in GRADES:
        return grade
    notes.append(f'Unknown grade "{_short(str(value))}" ignored; grades are A (best) to F.')
    return None


def _rating(value: object, notes: list[str]) -> float | None:
    if value is None or value == "":
        return None
    try:
        rating = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        rating = math.nan
    if not (math.isfinite(rating) and 0 <= rating <= 5):
        notes.append(f'The minimum rating "{_short(str(value))}" is not between 0 and 5: ignored.')
        return None
    return rating


def _list(values: object) -> list[str]:
    if values is None:
        return []
    if isinstance(values, str):
        values = values.split(",")
    try:
        items = list(values)  # type: ignore[call-overload]
    except TypeError:
        return []
    return [v.strip() for v in items if isinstance(v, str) and v.strip()]


def _int(value: object, default: int, low: int, high: int) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return default
    return max(low, min(high, number))


def _short(text: str, limit: int = 60) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
