"""Read and check query parameters; anything malformed is a friendly 400."""

from __future__ import annotations

import math
import re
from collections.abc import Collection

from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from index.search import DEFAULT_RADIUS_KM, SearchQuery
from vetting.vocabulary import REMOVAL_METHODS, SERVICES

SORTS = {
    "relevance": "Best match",
    "grade": "Grade",
    "rating": "Rating",
    "distance": "Distance",
    "reviews": "Number of reviews",
}
GRADES = ("A", "B", "C", "D", "E", "F")
RADII = (10, 25, 50, 100, 250)
ANYWHERE_KM = 20000  # the "Any distance" choice: every place on earth is closer than this
MAX_QUERY = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,127}")


class BadParameter(BadRequest):
    """A parameter a person can fix; the description says how."""


def text(args: MultiDict[str, str], name: str, limit: int = 200) -> str | None:
    value = args.get(name, "")
    value = _CONTROL.sub(" ", value).strip()
    if len(value) > limit:
        raise BadParameter(f"“{name}” is too long: keep it under {limit} characters.")
    return value or None


def number(args: MultiDict[str, str], name: str, low: float, high: float) -> float | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and low <= value <= high):
        raise BadParameter(f"“{name}” must be a number from {low:g} to {high:g}.")
    return value


def integer(args: MultiDict[str, str], name: str, low: int, high: int) -> int | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise BadParameter(f"“{name}” must be a whole number from {low} to {high}.")
    return int(raw)


def choice(args: MultiDict[str, str], name: str, allowed: Collection[str]) -> str | None:
    value = (args.get(name) or "").strip()
    if value and value not in allowed:
        raise BadParameter(
            f"“{value[:40]}” is not a valid {name}; use one of {', '.join(allowed)}."
        )
    return value or None


def choices(args: MultiDict[str, str], name: str, allowed: Collection[str]) -> list[str]:
    values = [v.strip() for v in args.getlist(name) if v.strip()]
    for value in values:
        if value not in allowed:
            raise BadParameter(f"“{value[:40]}” is not a known {name}.")
    return list(dict.fromkeys(values))


def flag(args: MultiDict[str, str], name: str) -> bool:
    value = (args.get(name) or "").strip().lower()
    if value not in ("", "0", "1", "on", "true", "false"):
        raise BadParameter(f"“{name}” must be on or off.")
    return value in ("1", "on", "true")


def search_query(args: MultiDict[str, str], per_page: int) -> SearchQuery:
    """The search a page or API request asks for."""
    return SearchQuery(
        text=text(args, "q", MAX_QUERY) or "",
        near=text(args, "near", 120),
        radius_km=number(args, "radius_km", 1, ANYWHERE_KM),
        services=choices(args, "service", SERVICES),
        removal=choices(args, "removal", REMOVAL_METHODS),
        verified_training=flag(args, "verified_training"),
        min_grade=choice(args, "min_grade", GRADES),
        min_rating=number(args, "min_rating", 0, 5),
        sort=choice(args, "sort", SORTS) or "relevance",
        page=integer(args, "page", 1, 1000) or 1,
        per_page=integer(args, "per_page", 1, 50) or per_page,
    )


def radius_choices(radius: float | None) -> list[tuple[str, str, bool]]:
    """The "Within" choices as (value, label, selected): the default radius is sent as no
    value, so a search without a place carries no radius; "Any distance" means everywhere."""
    chosen = radius or DEFAULT_RADIUS_KM
    rows = [
        ("" if r == DEFAULT_RADIUS_KM else str(r), f"{r} km", chosen == r and chosen < ANYWHERE_KM)
        for r in RADII
    ]
    rows.append((str(ANYWHERE_KM), "Any distance", chosen >= ANYWHERE_KM))
    return rows


def practitioner_id(value: str) -> bool:
    """Whether a string can be a practitioner id at all (others are 404 without a lookup)."""
    return bool(ID_RE.fullmatch(value))
