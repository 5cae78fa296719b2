"""The records of the demo web's ground truth (re-exported by `demoweb.world`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CATEGORIES = ("good", "average", "contradicted", "unknown", "red-flagged", "suspicious")
MARKUPS = ("jsonld", "microdata", "rdfa", "plain")


@dataclass(frozen=True)
class ClaimTruth:
    """A credential claim as a clinic's own page states it, and what registries make of it."""

    kind: str  # vetting.vocabulary.CREDENTIAL_KINDS
    person: str  # the artist's name, or the clinic's for clinic-wide claims
    text: str  # the sentence exactly as the page has it
    path: str  # the page on the clinic's site that states it
    expected: str  # verified | claimed | contradicted
    issuer: str | None = None
    hours: int | None = None
    year: int | None = None
    years: int | None = None
    since: int | None = None
    licence_number: str | None = None


@dataclass(frozen=True)
class ArtistTruth:
    key: str
    name: str
    clinic_key: str
    role: str
    pronoun: str
    marked_up: bool  # a schema.org Person (kind artist) on the team page
    claims: tuple[ClaimTruth, ...] = ()


@dataclass
class ClinicTruth:
    key: str
    name: str  # its own spelling
    names: frozenset[str]  # every spelling it appears under anywhere
    host: str
    site_up: bool
    crawlable: bool  # robots.txt allows user agent smpvet
    markup: str  # jsonld | microdata | rdfa | plain
    style: str  # URL layout
    phone: str  # E.164
    street: str
    locality: str
    region: str
    postal_code: str
    lat: float
    lon: float
    services: frozenset[str]
    signals: frozenset[str]  # vetting.vocabulary.LISTING_SIGNALS its own site shows
    artists: tuple[ArtistTruth, ...]
    claims: tuple[ClaimTruth, ...]  # every claim on its site, the artists' included
    category: str
    expected_flags: frozenset[str]
    directories: tuple[str, ...]  # "A", "B"
    on_review_site: bool
    listings: dict[str, str]  # "A" | "B" | "B-old" | "reviews" -> path of its page there
    listed_names: dict[str, str]  # "A" | "B" | "reviews" | "licence" -> spelling there
    pages: dict[str, str]  # page kind -> path on its own site
    business_type: str
    founded: int
    country: str = "US"
    stuffing: bool = False
    sitemap: bool = False
    private_path: str | None = None  # a page robots.txt disallows, linked from the site
    has_robots: bool = True

    @property
    def city_label(self) -> str:
        return f"{self.locality}, {self.region}"


@dataclass(frozen=True)
class ReviewTruth:
    id: str
    clinic_key: str
    source: str  # review-site | own-site
    author: str
    rating: float  # 0-5
    date: str  # YYYY-MM-DD
    body: str
    flags: frozenset[str] = frozenset()
    negated: frozenset[str] = frozenset()  # flags or ease keys mentioned only to deny them
    ease_positive: frozenset[str] = frozenset()
    ease_negative: frozenset[str] = frozenset()
    suspicious: bool = False  # part of a burst of near-duplicate five-star reviews
    regular: bool = False  # the author reviews several practitioners
    path: str = ""  # the page that shows it
    markup: str = ""  # h-review | json-ld | microdata | rdfa | text
    also_on: tuple[str, ...] = ()  # other pages repeating it (a home page's featured quote)

    @property
    def independent(self) -> bool:
        return self.source == "review-site"


@dataclass(frozen=True)
class RegistryRowTruth:
    registry: str  # licence | training | membership
    issuer: str
    name: str
    locality: str
    region: str
    artist_key: str | None = None  # None for people unrelated to any clinic
    business: str | None = None
    status: str | None = None  # Active | Suspended | Expired (licence board)
    licence_number: str | None = None
    expires: str | None = None  # YYYY-MM-DD
    course: str | None = None
    hours: int | None = None
    year: int | None = None  # graduation year, or membership year
    path: str = ""


@dataclass(frozen=True)
class IdentityTrap:
    kind: str  # same-city-shared-word | same-name-different-city | name-variant | ...
    keys: tuple[str, ...]  # clinic keys (or artist keys for registry traps)
    note: str


@dataclass(frozen=True)
class Quirk:
    """Something of the real web placed on purpose: a redirect, an error, a slow page."""

    name: str
    host: str
    path: str
    note: str
    target: str | None = None  # where a redirect points, or the page linking to it


@dataclass(frozen=True)
class SiteTruth:
    host: str
    name: str
    kind: str  # directory | reviews | registry | clinic | hanging
    listening: bool = True
    robots: bool = True
    blocked_for_smpvet: tuple[str, ...] = ()  # path prefixes robots.txt disallows for smpvet


@dataclass
class World:
    today: date
    clinics: list[ClinicTruth]
    reviews: list[ReviewTruth]
    registry: list[RegistryRowTruth]
    traps: list[IdentityTrap]
    quirks: dict[str, Quirk]
    sites: dict[str, SiteTruth]
    _by_key: dict[str, ClinicTruth] = field(default_factory=dict, repr=False)

    def clinic(self, key: str) -> ClinicTruth:
        if not self._by_key:
            self._by_key = {c.key: c for c in self.clinics}
        return self._by_key[key]

    def clinic_at(self, host: str) -> ClinicTruth | None:
        return next((c for c in self.clinics if c.host == host), None)

    def in_category(self, category: str) -> list[ClinicTruth]:
        return [c for c in self.clinics if c.category == category]

    @property
    def artists(self) -> list[ArtistTruth]:
        return [a for c in self.clinics for a in c.artists]

    def reviews_of(self, key: str, source: str | None = None) -> list[ReviewTruth]:
        return [
            r
            for r in self.reviews
            if r.clinic_key == key and (source is None or r.source == source)
        ]

    def rows(self, registry: str) -> list[RegistryRowTruth]:
        return [r for r in self.registry if r.registry == registry]
