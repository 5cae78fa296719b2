"""Rows of the three registries: the licence board, the academy's graduates, the guild's members.

Rows follow the artists' real standing (which may contradict what they claim), plus
people unrelated to any clinic and a few near-namesakes to trip careless matching.
"""

from __future__ import annotations

import random
from dataclasses import replace

from demoweb.names import REGISTRY_NOISE
from demoweb.places import CITIES
from demoweb.roster import GUILD, LICENCE_BOARD, PINPOINT, PINPOINT_COURSES, ArtistSpec
from demoweb.truth import ArtistTruth, ClinicTruth, RegistryRowTruth

LICENCES_PER_PAGE = 15
LICENCE_PATH = "/licensees"
GRADUATES_PATH = "/graduates/"
MEMBERS_PATH = "/members/"

NOISE_BUSINESSES = (
    "Ink & Dot Studio",
    "Stipple House",
    "Fine Line Collective",
    "Blackthorn Tattoo",
    "Prairie Permanent Makeup",
    "Bright Brow Bar",
    "Iron Anchor Tattoo",
    "Northern Needle",
    "Velvet Brow Studio",
    "Salt & Pepper SMP",
    "Copperhead Tattoo Co.",
    "Hollow Pine Ink",
    "Lumen Cosmetic Tattoo",
    "Birchwood Body Art",
)

# Near-namesakes of artists: same first and similar last name, other city, other facts.
NEAR_NAMES = (
    RegistryRowTruth(
        "training",
        PINPOINT,
        "Jasmine Coles",
        "Sacramento",
        "CA",
        course=PINPOINT_COURSES[60],
        hours=60,
        year=2017,
    ),
    RegistryRowTruth(
        "training",
        PINPOINT,
        "Tyler Brookes",
        "Tampa",
        "FL",
        course=PINPOINT_COURSES[120],
        hours=120,
        year=2016,
    ),
    RegistryRowTruth(
        "licence",
        LICENCE_BOARD,
        "Marc Bell",
        "Columbus",
        "OH",
        business="Bell Tattoo Co.",
        status="Suspended",
        licence_number="NBL-37002",
        expires="2027-04-30",
    ),
)


def artist_rows(
    spec: ArtistSpec, artist: ArtistTruth, clinic: ClinicTruth, rng: random.Random
) -> list[RegistryRowTruth]:
    """Return the registry rows that exist for one artist, whatever the artist claims."""
    rows = []
    common = {"locality": clinic.locality, "region": clinic.region, "artist_key": artist.key}
    for claim in spec.claims:
        if claim.kind == "licence":
            rows.append(
                RegistryRowTruth(
                    "licence",
                    LICENCE_BOARD,
                    artist.name,
                    business=clinic.listed_names["licence"],
                    status=claim.status,
                    licence_number=claim.licence_number,
                    expires=_expiry(claim.status or "Active", rng),
                    **common,
                )
            )
        elif claim.kind == "training" and claim.issuer == PINPOINT and claim.listed:
            rows.append(
                RegistryRowTruth(
                    "training",
                    PINPOINT,
                    artist.name,
                    course=PINPOINT_COURSES[claim.hours or 60],
                    hours=claim.hours,
                    year=claim.year,
                    **common,
                )
            )
        elif claim.kind == "membership" and claim.issuer == GUILD and claim.listed:
            rows.append(
                RegistryRowTruth(
                    "membership",
                    GUILD,
                    artist.name,
                    business=clinic.name,
                    year=claim.since,
                    **common,
                )
            )
    return rows


def noise_rows(rng: random.Random) -> list[RegistryRowTruth]:
    """Return rows for people who have nothing to do with any clinic of the demo."""
    cities = list(CITIES.values())
    rows: list[RegistryRowTruth] = list(NEAR_NAMES)
    numbers = iter(rng.sample(range(30000, 46000), len(REGISTRY_NOISE)))
    for i, name in enumerate(REGISTRY_NOISE):
        city = rng.choice(cities)
        where = {"locality": city.name, "region": city.region}
        business = NOISE_BUSINESSES[i % len(NOISE_BUSINESSES)]
        if i < 24:
            status = rng.choices(["Active", "Expired", "Suspended"], [7, 2, 1])[0]
            rows.append(
                RegistryRowTruth(
                    "licence",
                    LICENCE_BOARD,
                    name,
                    business=business,
                    status=status,
                    licence_number=f"NBL-{next(numbers)}",
                    expires=_expiry(status, rng),
                    **where,
                )
            )
        if 10 <= i < 26:
            hours = rng.choice(sorted(PINPOINT_COURSES))
            rows.append(
                RegistryRowTruth(
                    "training",
                    PINPOINT,
                    name,
                    course=PINPOINT_COURSES[hours],
                    hours=hours,
                    year=rng.randint(2014, 2025),
                    **where,
                )
            )
        if i >= 20:
            rows.append(
                RegistryRowTruth(
                    "membership",
                    GUILD,
                    name,
                    business=business,
                    year=rng.randint(2015, 2025),
                    **where,
                )
            )
    return rows


def with_paths(rows: list[RegistryRowTruth]) -> list[RegistryRowTruth]:
    """Sort each registry as its site lists it and record the page each row is on."""
    out = []
    licences = sorted((r for r in rows if r.registry == "licence"), key=_surname_first)
    for i, row in enumerate(licences):
        out.append(replace(row, path=f"{LICENCE_PATH}?page={i // LICENCES_PER_PAGE + 1}"))
    graduates = sorted(
        (r for r in rows if r.registry == "training"), key=lambda r: (-(r.year or 0), r.name)
    )
    out += [replace(r, path=GRADUATES_PATH) for r in graduates]
    members = sorted((r for r in rows if r.registry == "membership"), key=_surname_first)
    out += [replace(r, path=MEMBERS_PATH) for r in members]
    return out


def _surname_first(row: RegistryRowTruth) -> tuple[str, str]:
    first, _, last = row.name.rpartition(" ")
    return last, first


def _expiry(status: str, rng: random.Random) -> str:
    if status == "Expired":
        return f"{rng.choice([2024, 2025, 2025])}-{rng.choice(['03-31', '06-30', '09-30'])}"
    return f"{rng.choice([2027, 2027, 2028])}-{rng.choice(['01-31', '04-30', '07-31', '10-31'])}"
