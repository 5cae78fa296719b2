"""The demo web's ground truth: build it once from the roster, deterministically.

`build_world()` is what the renderers draw and what the tests check the product against.
"""

from __future__ import annotations

import random
from datetime import date
from functools import cache

from demoweb import registries
from demoweb.claims import claim_truth
from demoweb.hosts import (
    ACADEMY_HOST,
    DIRECTORY_A,
    DIRECTORY_B,
    FIRST_CLINIC,
    GUILD_HOST,
    HANGING_HOST,
    LICENCE_BOARD_HOST,
    REVIEW_SITE,
    USER_AGENT,
    clinic_host,
)
from demoweb.htmltools import slugify
from demoweb.layouts import PRIVATE_PATH, pages_for
from demoweb.places import CITIES, STREETS
from demoweb.quirks import place_quirks
from demoweb.reviews import build_reviews
from demoweb.roster import GUILD, LICENCE_BOARD, PINPOINT, ROSTER, ArtistSpec, ClinicSpec
from demoweb.truth import (
    CATEGORIES,
    MARKUPS,
    ArtistTruth,
    ClaimTruth,
    ClinicTruth,
    IdentityTrap,
    Quirk,
    RegistryRowTruth,
    ReviewTruth,
    SiteTruth,
    World,
)

__all__ = [
    "ACADEMY_HOST", "CATEGORIES", "DIRECTORY_A", "DIRECTORY_B", "FIRST_CLINIC", "GUILD_HOST",
    "HANGING_HOST", "LICENCE_BOARD_HOST", "MARKUPS", "REVIEW_SITE", "TODAY", "USER_AGENT",
    "ArtistTruth", "ClaimTruth", "ClinicTruth", "IdentityTrap", "Quirk", "RegistryRowTruth",
    "ReviewTruth", "SiteTruth", "World", "build_world", "slugify",
]  # fmt: skip

TODAY = date(2026, 11, 1)
SEED = 20261101


@cache
def build_world() -> World:
    """Return the demo web's ground truth (built once, then cached)."""
    rng = random.Random(SEED)
    clinics = [_clinic(i, spec, rng) for i, spec in enumerate(ROSTER)]
    rows: list[RegistryRowTruth] = []
    for spec, clinic in zip(ROSTER, clinics, strict=True):
        for artist_spec, artist in zip(spec.artists, clinic.artists, strict=True):
            rows += registries.artist_rows(artist_spec, artist, clinic, rng)
    rows = registries.with_paths(rows + registries.noise_rows(rng))
    by_key = {c.key: c for c in clinics}
    return World(
        today=TODAY,
        clinics=clinics,
        reviews=build_reviews(clinics, TODAY),
        registry=rows,
        traps=_traps(by_key),
        quirks={q.name: q for q in place_quirks(by_key)},
        sites=_sites(clinics),
    )


def _clinic(index: int, spec: ClinicSpec, rng: random.Random) -> ClinicTruth:
    city = CITIES[spec.city]
    pages = pages_for(spec)
    artists = tuple(_artist(spec, a, pages["about"], rng) for a in spec.artists)
    own = tuple(claim_truth(spec, None, c, pages["about"], rng) for c in spec.claims)
    suite = f", Suite {rng.randint(1, 4)}{rng.randint(0, 2)}{rng.randint(1, 9)}"
    street = f"{rng.randint(110, 4980)} {STREETS[index % len(STREETS)]}"
    listed = _listed_names(index, spec)
    return ClinicTruth(
        key=spec.key,
        name=spec.name,
        names=frozenset({spec.name, *listed.values()}),
        host=clinic_host(index),
        site_up=spec.site_up,
        crawlable=spec.crawlable,
        markup=spec.markup,
        style=spec.style,
        phone=f"+1{city.area_code}55501{spec.phone}",
        street=street + (suite if rng.random() < 0.5 else ""),
        locality=city.name,
        region=city.region,
        postal_code=city.postal_code,
        lat=city.lat,
        lon=city.lon,
        services=frozenset(spec.services),
        signals=frozenset(spec.signals),
        artists=artists,
        claims=tuple(c for a in artists for c in a.claims) + own,
        category=spec.category,
        expected_flags=frozenset(spec.flags),
        directories=spec.directories,
        on_review_site=spec.on_review_site,
        listings=_listings(index, spec, listed),
        listed_names=listed,
        pages=pages,
        business_type=spec.business_type,
        founded=spec.founded,
        stuffing=spec.stuffing,
        sitemap=spec.sitemap,
        private_path=PRIVATE_PATH if spec.private else None,
        has_robots=spec.robots,
    )


def _artist(spec: ClinicSpec, a: ArtistSpec, path: str, rng: random.Random) -> ArtistTruth:
    return ArtistTruth(
        key=f"{spec.key}/{slugify(a.name)}",
        name=a.name,
        clinic_key=spec.key,
        role=a.role,
        pronoun=a.pronoun,
        marked_up=a.marked_up,
        claims=tuple(claim_truth(spec, a, c, path, rng) for c in a.claims),
    )


def _listed_names(index: int, spec: ClinicSpec) -> dict[str, str]:
    names = {"reviews": spec.variants.get("reviews", spec.name)}
    for directory in spec.directories:
        names[directory] = spec.variants.get(directory, spec.name)
    if any(c.kind == "licence" for a in spec.artists for c in a.claims):
        names["licence"] = f"{spec.name} LLC" if index % 3 == 0 else spec.name
    return names


def _listings(index: int, spec: ClinicSpec, listed: dict[str, str]) -> dict[str, str]:
    city = slugify(CITIES[spec.city].name)
    listings = {}
    if "A" in spec.directories:
        listings["A"] = f"/artist/{spec.key}/"
    if "B" in spec.directories:
        listings["B"] = f"/listing/{_with_city(slugify(listed['B']), city)}.html"
        listings["B-old"] = f"/biz.php?id={100 + index}"  # 301s to the new URL
    if spec.on_review_site:
        listings["reviews"] = f"/biz/{_with_city(slugify(listed['reviews']), city)}"
    return listings


def _with_city(slug: str, city: str) -> str:
    return slug if slug.endswith(city) else f"{slug}-{city}"


def _traps(c: dict[str, ClinicTruth]) -> list[IdentityTrap]:
    variants = tuple(k for k, v in c.items() if len(v.names) > 1)
    in_b = tuple(k for k, v in c.items() if "B" in v.directories)
    # fmt: off
    return [
        IdentityTrap("same-city-shared-word", ("dallas-hairline-studio", "dallas-smp-studio"),
                     "two Dallas clinics whose names share 'Dallas' and 'Studio'"),
        IdentityTrap("same-name-different-city",
                     ("precision-scalp-studio-denver", "precision-scalp-studio-tampa"),
                     "one name, two cities, different phones and websites"),
        IdentityTrap("name-variant", variants,
                     "spelled differently in a directory, on the review site or the register"),
        IdentityTrap("phone-format", in_b,
                     "directory B writes phones as 214.555.0134, directory A as (214) 555-0134"),
        IdentityTrap("registry-near-name",
                     ("sunset-scalp-clinic/jasmine-cole", "follicle-forge/tyler-brooks",
                      "dallas-hairline-studio/marcus-bell"),
                     "registers list Jasmine Coles, Tyler Brookes and Marc Bell: other people"),
    ]
    # fmt: on


def _sites(clinics: list[ClinicTruth]) -> dict[str, SiteTruth]:
    # fmt: off
    sites = [
        SiteTruth(DIRECTORY_A, "SMP Artist Finder", "directory",
                  blocked_for_smpvet=("/admin/", "/search")),
        SiteTruth(DIRECTORY_B, "ScalpListings", "directory",
                  blocked_for_smpvet=("/admin/", "/search")),
        SiteTruth(REVIEW_SITE, "ScalpTalk Reviews", "reviews",
                  blocked_for_smpvet=("/login", "/write-review", "/search")),
        SiteTruth(LICENCE_BOARD_HOST, LICENCE_BOARD, "registry", blocked_for_smpvet=("/lookup",)),
        SiteTruth(ACADEMY_HOST, PINPOINT, "registry", blocked_for_smpvet=("/student-portal/",)),
        SiteTruth(GUILD_HOST, GUILD, "registry", blocked_for_smpvet=("/members/login",)),
        SiteTruth(HANGING_HOST, "hanging host", "hanging", robots=False),
    ]
    # fmt: on
    for c in clinics:
        blocked: tuple[str, ...] = ("/",) if not c.crawlable else ()
        if c.private_path:
            blocked += ("/private/",)
        sites.append(
            SiteTruth(c.host, c.name, "clinic", listening=c.site_up, robots=c.has_robots,
                      blocked_for_smpvet=blocked)
        )  # fmt: skip
    return {s.host: s for s in sites}
