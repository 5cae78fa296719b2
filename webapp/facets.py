"""Facet counts from a search, as links that add or drop the matching filter."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import request

from webapp.templating import label, url_with

# facet -> (title, query parameter or None for counts only, several values allowed)
FACETS: dict[str, tuple[str, str | None, bool]] = {
    "services": ("Services", "service", True),
    "removal": ("Removal methods", "removal", True),
    "verified_training": ("Training", "verified_training", False),
    "credentials": ("Credentials", None, False),
    "grade": ("Grades", None, False),
    "rating": ("Rating", "min_rating", False),
    "kind": ("Clinic or artist", None, False),
}
ALIASES = {"service": "services", "credential": "credentials"}
KINDS = {"clinic": "Clinics", "artist": "Artists"}


@dataclass
class FacetValue:
    label: str
    count: int
    url: str | None = None
    active: bool = False


@dataclass
class FacetGroup:
    title: str
    values: list[FacetValue] = field(default_factory=list)


def describe(facet: str, value: str) -> tuple[str, str | None, str | None]:
    """(label, query parameter, parameter value) of one facet value."""
    if facet == "services":
        return label(value, "service"), "service", value
    if facet == "removal":
        key = value if value.startswith("removal-") else f"removal-{value}"
        return label(key, "removal"), "removal", key
    if facet == "verified_training":
        if value.lower() in ("true", "1", "yes"):
            return "Verified training", "verified_training", "1"
        return "Not verified yet", None, None
    if facet == "credentials":
        kind, _, status = value.partition(":")
        return f"{label(kind, 'credential')}: {status or 'claimed'}", None, None
    if facet == "grade":
        return f"Grade {value}", None, None
    if facet == "rating":
        return f"{value.rstrip('+')} stars and up", "min_rating", value.rstrip("+")
    if facet == "kind":
        return KINDS.get(value, value), None, None
    return value, None, None


def _value(facet: str, value: str, count: int) -> FacetValue:
    text, param, param_value = describe(facet, value)
    if param is None or param_value is None:
        return FacetValue(text, count)
    chosen = request.args.getlist(param)
    active = param_value in chosen
    if FACETS.get(facet, ("", None, False))[2]:
        new = [v for v in chosen if v != param_value] if active else [*chosen, param_value]
        return FacetValue(text, count, url_with(**{param: new, "page": None}), active)
    return FacetValue(
        text, count, url_with(**{param: None if active else param_value, "page": None}), active
    )


def facet_groups(facets: dict[str, dict[str, int]]) -> list[FacetGroup]:
    """Known facets in a fixed order, each value with its count and a link to filter."""
    named = {ALIASES.get(k, k): v for k, v in facets.items()}
    groups = []
    for name, (title, _param, _many) in FACETS.items():
        counts = named.get(name) or {}
        if counts:
            groups.append(
                FacetGroup(title, [_value(name, str(v), int(c)) for v, c in counts.items()])
            )
    return groups
