"""The sentences that state credentials on clinics' pages, and what registries make of them."""

from __future__ import annotations

import random

from demoweb import texts
from demoweb.roster import (
    GUILD,
    LICENCE_BOARD,
    PINPOINT,
    PINPOINT_COURSES,
    ArtistSpec,
    ClaimSpec,
    ClinicSpec,
)
from demoweb.truth import ClaimTruth


def claim_truth(
    clinic: ClinicSpec, artist: ArtistSpec | None, c: ClaimSpec, path: str, rng: random.Random
) -> ClaimTruth:
    """Write one claim in natural prose and record it with its expected status."""
    template = rng.choice(_templates(c))
    text = template.format(**_words(clinic, artist), **_facts(c))
    return ClaimTruth(
        kind=c.kind,
        person=artist.name if artist else clinic.name,
        text=text,
        path=path,
        expected=expected_status(c),
        issuer=c.issuer,
        hours=c.hours,
        year=c.year,
        years=c.years,
        since=c.since,
        licence_number=c.licence_number,
    )


def expected_status(c: ClaimSpec) -> str:
    """verified, contradicted (by a complete registry) or claimed (nothing to check against)."""
    if c.kind == "licence" and c.issuer == LICENCE_BOARD:
        return "verified" if c.status == "Active" else "contradicted"
    if c.kind == "training" and c.issuer == PINPOINT:
        return "verified" if c.listed else "contradicted"
    if c.kind == "membership" and c.issuer == GUILD and c.listed:
        return "verified"
    return "claimed"


def _templates(c: ClaimSpec) -> tuple[str, ...]:
    if c.kind == "insurance":
        return texts.INSURANCE
    if c.kind == "training" and c.issuer == PINPOINT:
        return texts.CLAIM_TEMPLATES["training-pinpoint"]
    if c.kind == "training" and c.hours is None:
        return texts.CLAIM_TEMPLATES["training-nohours"]
    return texts.CLAIM_TEMPLATES[c.kind]


def _words(clinic: ClinicSpec, artist: ArtistSpec | None) -> dict[str, str]:
    he = artist.pronoun if artist else "they"
    his = {"he": "his", "she": "her"}.get(he, "their")
    return {
        "name": clinic.name,
        "first": artist.name.split()[0] if artist else clinic.name,
        "he": he,
        "He": he.capitalize(),
        "his": his,
        "His": his.capitalize(),
    }


def _facts(c: ClaimSpec) -> dict[str, object]:
    return {
        "hours": c.hours,
        "year": c.year,
        "issuer": c.issuer,
        "number": c.licence_number,
        "since": c.since,
        "years": c.years,
        "course": PINPOINT_COURSES.get(c.hours or 0, "course"),
    }
