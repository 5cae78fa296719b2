"""What vetting reads: one practitioner's facts with their provenance, and the registries.

The store builds these from SQLite; vetting never touches the store, Flask or Scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    text: str  # a quote of at most 300 characters
    url: str
    date: str | None  # YYYY-MM-DD
    kind: str  # claim | registry | review | listing | consultation
    found_by: str | None = None  # for a review's label: rules | model | both
    probability: float | None = None  # the model's, when the model found it

    def to_json(self) -> dict[str, str | float | None]:
        out: dict[str, str | float | None] = {
            "text": self.text,
            "url": self.url,
            "date": self.date,
            "kind": self.kind,
        }
        if self.found_by:
            out["found_by"] = self.found_by
            if self.probability is not None:
                out["probability"] = round(self.probability, 2)
        return out


@dataclass
class ClaimFact:
    """A credential claim found on a practitioner's own pages or in a listing."""

    kind: str  # vocabulary.CREDENTIAL_KINDS
    text: str
    url: str
    seen: str | None = None  # YYYY-MM-DD last seen
    person: str | None = None  # whom the claim is about (the clinic or one of its artists)
    issuer: str | None = None
    hours: int | None = None
    years: int | None = None
    licence_number: str | None = None
    year: int | None = None
    locality: str | None = None
    region: str | None = None


@dataclass
class ReviewFact:
    body: str
    url: str
    independent: bool  # False for testimonials hosted on the practitioner's own site
    source: str  # the source name it was crawled from
    author: str | None = None
    rating: float | None = None  # 0-5
    date: str | None = None  # YYYY-MM-DD
    flags: list[str] = field(default_factory=list)
    ease_positive: list[str] = field(default_factory=list)
    ease_negative: list[str] = field(default_factory=list)
    author_review_count: int = 1  # reviews by this author across the same review source
    reading: dict | None = None  # the stored reading (vetting.reader.ReviewReading JSON)


@dataclass
class SignalFact:
    """A listing signal for step 3 (vocabulary.LISTING_SIGNALS) with the words showing it."""

    kind: str
    text: str
    url: str
    seen: str | None = None


@dataclass
class ListingRating:
    """An aggregate rating a listing shows (value on 0-5)."""

    value: float
    count: int
    url: str
    independent: bool


@dataclass
class RegistryFact:
    """One registry row: a licence, a graduate, a member."""

    name: str
    credential: str  # licence | training | certification | membership
    issuer: str
    url: str
    source: str
    complete: bool  # the registry lists everyone the issuer has credentialed
    seen: str | None = None
    status: str | None = None  # active | suspended | expired | revoked
    licence_number: str | None = None
    business: str | None = None
    locality: str | None = None
    region: str | None = None
    hours: int | None = None
    year: int | None = None
    valid_until: str | None = None
    text: str = ""
    coordinates: tuple[float, float] | None = None  # (lat, lon) of its town, where known


@dataclass
class PractitionerFacts:
    id: str
    name: str
    kind: str  # clinic | artist
    aliases: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # a clinic's artists, by name
    locality: str | None = None
    region: str | None = None
    services: list[str] = field(default_factory=list)
    service_evidence: dict[str, str] = field(default_factory=dict)  # service -> source URL
    claims: list[ClaimFact] = field(default_factory=list)
    reviews: list[ReviewFact] = field(default_factory=list)
    signals: list[SignalFact] = field(default_factory=list)
    listing_ratings: list[ListingRating] = field(default_factory=list)
    last_checked: str | None = None  # YYYY-MM-DD
    coordinates: tuple[float, float] | None = None  # (lat, lon) of its address, where known


@dataclass
class ConsultationAnswers:
    """A consumer's answers to the consultation checklist (vetting.checklist keys).

    Values are "yes", "no" or "unsure"; missing keys were not answered.
    """

    answers: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    answered_on: str | None = None  # YYYY-MM-DD
