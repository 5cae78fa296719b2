"""Records the crawler produces.

`Extraction` is what one page says, in the shape of `smpvet extract --json`
(CONTRACT.md); `PageItem` is what a spider yields for each fetched page and the
pipeline stores in one transaction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Address:
    street: str | None = None
    locality: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None

    def is_empty(self) -> bool:
        return not any(asdict(self).values())


@dataclass
class Geo:
    lat: float
    lon: float


@dataclass
class Rating:
    value: float  # 0-5
    count: int


@dataclass
class Credential:
    kind: str  # vetting.vocabulary.CREDENTIAL_KINDS
    text: str  # the sentence that makes the claim, at most 300 characters
    issuer: str | None = None
    hours: int | None = None
    years: int | None = None  # years of experience, or a credential's duration
    licence_number: str | None = None
    year: int | None = None  # year trained or issued (an addition to the contract)
    holder: str | None = None  # the person it names, when not the record it is on (addition)


@dataclass
class Signal:
    """Something a listing shows about step 3, with the words that show it."""

    kind: str  # vetting.vocabulary.LISTING_SIGNALS
    text: str


@dataclass
class Practitioner:
    name: str
    kind: str = "clinic"  # clinic | artist
    url: str | None = None
    telephone: str | None = None
    email: str | None = None
    address: Address | None = None
    geo: Geo | None = None
    rating: Rating | None = None
    services: list[str] = field(default_factory=list)
    credentials: list[Credential] = field(default_factory=list)
    # Not in the extract JSON:
    website: str | None = None  # the practitioner's own site, as linked from a listing
    works_for: str | None = None  # an artist's clinic, by name
    # a chain's location that does not do the work: the words that say so
    not_offered: str | None = None
    # an address its own site's markup still gives where its text shows another (a move)
    former_address: Address | None = None
    signals: list[Signal] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "url": self.url,
            "telephone": self.telephone,
            "email": self.email,
            "address": asdict(self.address) if self.address else None,
            "geo": asdict(self.geo) if self.geo else None,
            "rating": asdict(self.rating) if self.rating else None,
            "services": list(self.services),
            "credentials": [asdict(c) for c in self.credentials],
        }


@dataclass
class Review:
    body: str
    author: str | None = None
    rating: float | None = None  # 0-5
    date: str | None = None  # YYYY-MM-DD
    about: str | None = None  # the practitioner's name as the page gives it
    quoted: str | None = None  # the post it quotes (a forum reply's context, not its words)
    flags: list[str] = field(default_factory=list)
    ease: dict[str, list[str]] = field(default_factory=lambda: {"positive": [], "negative": []})

    def to_json(self) -> dict[str, Any]:
        return {
            "author": self.author,
            "rating": self.rating,
            "body": self.body,
            "date": self.date,
            "about": self.about,
            "flags": list(self.flags),
            "ease": {
                "positive": list(self.ease.get("positive", [])),
                "negative": list(self.ease.get("negative", [])),
            },
        }


@dataclass
class RegistryEntry:
    """One row of a credential registry: a licence, a graduate, a member."""

    name: str
    credential: str  # licence | training | certification | membership
    issuer: str
    status: str | None = None  # active | suspended | expired | revoked
    licence_number: str | None = None
    business: str | None = None
    locality: str | None = None
    region: str | None = None
    hours: int | None = None
    year: int | None = None
    valid_until: str | None = None  # YYYY-MM-DD
    text: str = ""  # the row as a reader sees it


@dataclass(frozen=True)
class NameClue:
    """One place a page names its site (crawler.extraction.brand): kind and text."""

    kind: str  # og | markup | logo | home | copyright | title | h1
    text: str


@dataclass
class Extraction:
    url: str
    practitioners: list[Practitioner] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    clues: list[NameClue] = field(default_factory=list)  # what the page calls its site
    staff: list[str] = field(default_factory=list)  # people it says do not do the work
    declined: list[str] = field(default_factory=list)  # ... of them, those it says so in words

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "practitioners": [p.to_json() for p in self.practitioners],
            "reviews": [r.to_json() for r in self.reviews],
        }


@dataclass
class PageItem:
    """One fetched page of one source, with everything extracted from it."""

    source: str
    source_kind: str  # directory | clinic | reviews | registry
    url: str
    status: int
    fetched_at: str  # ISO 8601, UTC
    own_site: bool = False  # the page belongs to the practitioner's own website
    extraction: Extraction | None = None
    registry: list[RegistryEntry] = field(default_factory=list)
    registry_complete: bool = False  # the registry lists everyone its issuer credentialed
    size: int = 0
    error: str | None = None
