"""A practitioner as the product shows it: every source's sighting merged, with provenance.

`load_profile` reads one practitioner from the store; `Profile.facts` is what vetting reads.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from crawler.extraction.contacts import is_service_line
from index.normalize import fold
from index.people_names import same_person_words
from index.store import Store
from vetting.model import (
    ClaimFact,
    ListingRating,
    PractitionerFacts,
    ReviewFact,
    SignalFact,
)

# Which kind of source we believe first for a contact detail.
_TRUST = {"own": 0, "directory": 1, "reviews": 2, "clinic": 0, "registry": 3}


@dataclass
class Sourced:
    """A value with the page it came from and when that page was last seen."""

    value: Any
    url: str
    seen: str

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "url": self.url, "seen": self.seen}


@dataclass
class SourceRef:
    url: str
    source: str
    kind: str  # the source's kind, or "own" for the practitioner's own site
    first_seen: str
    last_seen: str


@dataclass
class ReviewRow:
    id: int
    body: str
    url: str
    source: str
    site: str
    independent: bool
    author: str | None
    rating: float | None
    date: str | None
    flags: list[str]
    ease_positive: list[str]
    ease_negative: list[str]
    first_seen: str
    author_review_count: int = 1
    reading: dict | None = None


@dataclass
class Profile:
    id: str
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    clinic: dict[str, str] | None = None  # {"id", "name"} of an artist's clinic
    artists: list[dict[str, str]] = field(default_factory=list)
    website: Sourced | None = None
    telephone: Sourced | None = None
    email: Sourced | None = None
    address: Sourced | None = None  # value: {street, locality, region, postal_code, country}
    geo: Sourced | None = None  # value: {"lat", "lon"}
    services: dict[str, Sourced] = field(default_factory=dict)
    signals: list[SignalFact] = field(default_factory=list)
    listing_ratings: list[ListingRating] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)
    reviews: list[ReviewRow] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_checked: str | None = None
    changed_seq: int = 0

    @property
    def locality(self) -> str | None:
        return self.address.value.get("locality") if self.address else None

    @property
    def region(self) -> str | None:
        return self.address.value.get("region") if self.address else None

    @property
    def facts(self) -> PractitionerFacts:
        """The practitioner as vetting reads it."""
        return PractitionerFacts(
            id=self.id,
            name=self.name,
            kind=self.kind,
            aliases=list(self.aliases),
            people=[a["name"] for a in self.artists],
            locality=self.locality,
            region=self.region,
            coordinates=(self.geo.value["lat"], self.geo.value["lon"]) if self.geo else None,
            services=sorted(self.services),
            service_evidence={k: v.url for k, v in self.services.items()},
            claims=list(self.claims),
            reviews=[
                ReviewFact(
                    body=r.body,
                    url=r.url,
                    independent=r.independent,
                    source=r.source,
                    author=r.author,
                    rating=r.rating,
                    date=r.date or r.first_seen[:10],
                    flags=list(r.flags),
                    ease_positive=list(r.ease_positive),
                    ease_negative=list(r.ease_negative),
                    author_review_count=r.author_review_count,
                    reading=r.reading,
                )
                for r in self.reviews
            ],
            signals=list(self.signals),
            listing_ratings=list(self.listing_ratings),
            last_checked=self.last_checked[:10] if self.last_checked else None,
        )


def resolve_id(store: Store, practitioner_id: str) -> str | None:
    """The current id for an id, following merges; None when unknown."""
    db = store.conn
    for _ in range(10):
        row = db.execute(
            "SELECT id FROM practitioners WHERE id = ? AND gone = 0", (practitioner_id,)
        ).fetchone()
        if row:
            return str(row[0])
        moved = db.execute(
            "SELECT new_id FROM id_redirects WHERE old_id = ?", (practitioner_id,)
        ).fetchone()
        if not moved:
            return None
        practitioner_id = moved[0]
    return None


def live_ids(store: Store, since_seq: int | None = None) -> list[str]:
    """Ids of live practitioners, or of those changed after `since_seq`."""
    if since_seq is None:
        rows = store.conn.execute("SELECT id FROM practitioners WHERE gone = 0 ORDER BY id")
    else:
        rows = store.conn.execute(
            "SELECT id FROM practitioners WHERE gone = 0 AND changed_seq > ? ORDER BY id",
            (since_seq,),
        )
    return [r[0] for r in rows]


def gone_ids(store: Store, since_seq: int) -> list[str]:
    """Ids of practitioners removed (or merged away) after `since_seq`."""
    rows = store.conn.execute(
        "SELECT id FROM practitioners WHERE gone = 1 AND changed_seq > ?", (since_seq,)
    )
    return [r[0] for r in rows]


def load_profile(store: Store, practitioner_id: str) -> Profile | None:
    """Build one practitioner's profile; None when the id is unknown or gone."""
    db = store.conn
    row = db.execute(
        "SELECT * FROM practitioners WHERE id = ? AND gone = 0", (practitioner_id,)
    ).fetchone()
    if row is None:
        return None
    sightings = db.execute(
        "SELECT * FROM sightings WHERE practitioner_id = ? AND gone = 0 ORDER BY id",
        (practitioner_id,),
    ).fetchall()
    profile = Profile(
        id=row["id"], kind=row["kind"], name=row["name"], changed_seq=row["changed_seq"]
    )
    _merge_sightings(profile, sightings)
    _link_people(db, profile, row)
    member_ids = [s["id"] for s in sightings]
    # a claim on the practitioner's own record is theirs, whatever name that page gave them
    own = _one_artist(profile) or profile.name  # a one-person business's claims are its artist's
    if profile.kind == "artist":
        own = next((s["name"] for s in sightings if s["kind"] == "artist"), profile.name)
    people = {s["id"]: s["name"] if s["kind"] == "artist" else own for s in sightings}
    artist_sightings = _artist_sightings(db, profile)
    people.update({s["id"]: s["name"] for s in artist_sightings})
    shared = _shared_pages(db, profile)  # a chain's pages common to its locations
    people.update({sid: profile.name for sid in shared})
    profile.claims = _claims(db, [*member_ids, *people], people, profile)
    profile.reviews = _reviews(db, member_ids, profile.domains, profile.id)
    return profile


def _merge_sightings(profile: Profile, sightings: list[sqlite3.Row]) -> None:
    ordered = sorted(sightings, key=_rank)
    profile.telephone = _telephone(ordered)
    names = Counter(s["name"] for s in sightings)
    profile.aliases = [n for n, _ in names.most_common() if fold(n) != fold(profile.name)]
    kept_without_work = False  # the address kept is of a location without the work
    for s in ordered:
        src = SourceRef(
            url=s["url"],
            source=s["source"],
            kind="own" if s["own_site"] else s["source_kind"],
            first_seen=s["first_seen"],
            last_seen=s["last_seen"],
        )
        profile.sources.append(src)
        seen = s["last_seen"]
        if s["domain"] and s["domain"] not in profile.domains:
            profile.domains.append(s["domain"])
        if profile.website is None and s["website"]:
            profile.website = Sourced(s["website"], s["url"], seen)
        if profile.email is None and s["email"]:
            profile.email = Sourced(s["email"], s["url"], seen)
        address = {
            k: s[k] for k in ("street", "locality", "region", "postal_code", "country") if s[k]
        }
        # a location that says it does not do the work gives its address last
        usable = address and (not s["not_offered"] or profile.address is None)
        if usable and (
            profile.address is None
            or (not s["not_offered"] and kept_without_work)
            or (len(address) > len(profile.address.value) and "street" in address)
        ):
            profile.address = Sourced(address, s["url"], seen)
            kept_without_work = bool(s["not_offered"])
        if profile.geo is None and s["lat"] is not None and s["lon"] is not None:
            profile.geo = Sourced({"lat": s["lat"], "lon": s["lon"]}, s["url"], seen)
        for service in json.loads(s["services"]):
            profile.services.setdefault(service, Sourced(service, s["url"], seen))
        for signal in json.loads(s["signals"]):
            profile.signals.append(
                SignalFact(kind=signal["kind"], text=signal["text"], url=s["url"], seen=seen[:10])
            )
        if s["rating_value"] is not None:
            profile.listing_ratings.append(
                ListingRating(
                    value=float(s["rating_value"]),
                    count=int(s["rating_count"] or 0),
                    url=s["url"],
                    independent=not s["own_site"],
                )
            )
        profile.first_seen = min(filter(None, [profile.first_seen, s["first_seen"]]))
        profile.last_checked = max(filter(None, [profile.last_checked, s["last_seen"]]))
    profile.signals = _unique_signals(profile.signals)
    if profile.geo is None and profile.address is not None:
        profile.geo = _geocode(profile.address)


def _geocode(address: Sourced) -> Sourced | None:
    from index import geo  # offline gazetteer; imported here to keep start-up light

    point = geo.geocode_address(address.value)
    if point is None:
        return None
    return Sourced({"lat": point[0], "lon": point[1]}, address.url, address.seen)


def _rank(s: sqlite3.Row) -> tuple[int, str, str]:
    """The most trusted kind of source first, then the newest day's pages, then by address:
    pages crawled within one run rank alike, whatever order the crawl met them in."""
    return (_trust(s), "~" if not s["last_seen"] else _invert(s["last_seen"][:10]), s["url"])


def _trust(s: sqlite3.Row) -> int:
    return _TRUST.get("own" if s["own_site"] else s["source_kind"], 5)


def _telephone(ordered: list[sqlite3.Row]) -> Sourced | None:
    """The number the most trusted pages give most often: a place's own before a chain's
    booking line, what the site repeats before what one page's markup says."""
    given = [s for s in ordered if s["telephone"]]
    if not given:
        return None
    top = [s for s in given if _trust(s) == _trust(given[0])]
    numbers = [s["telephone"] for s in top]
    counts = Counter(numbers)
    number = min(counts, key=lambda n: (is_service_line(n), -counts[n], numbers.index(n)))
    source = top[numbers.index(number)]
    return Sourced(number, source["url"], source["last_seen"])


def _invert(stamp: str) -> str:
    """Sort key that orders ISO timestamps newest first."""
    return "".join(chr(0x7E - ord(c)) if " " <= c <= "~" else c for c in stamp)


def _unique_signals(signals: list[SignalFact]) -> list[SignalFact]:
    seen: set[tuple[str, str]] = set()
    out: list[SignalFact] = []
    for s in signals:
        key = (s.kind, fold(s.text))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _link_people(db: sqlite3.Connection, profile: Profile, row: sqlite3.Row) -> None:
    if row["clinic_id"]:
        clinic = db.execute(
            "SELECT id, name FROM practitioners WHERE id = ? AND gone = 0", (row["clinic_id"],)
        ).fetchone()
        if clinic:
            profile.clinic = {"id": clinic["id"], "name": clinic["name"]}
    profile.artists = [
        {"id": r["id"], "name": r["name"]}
        for r in db.execute(
            "SELECT id, name FROM practitioners WHERE clinic_id = ? AND gone = 0 ORDER BY name",
            (profile.id,),
        )
    ]


def _holder(holder: str | None, profile: Profile) -> str | None:
    """A claim's holder by the fullest name the practitioner's pages give them: "Devon" on
    one page is "Devon Price" when he is the only Devon among its people."""
    if not holder:
        return None
    if fold(holder) == fold(profile.name):
        return _one_artist(profile) or holder
    names = [a["name"] for a in profile.artists] + (
        [profile.name] if profile.kind == "artist" else []
    )
    fuller = [n for n in names if len(n) > len(holder) and same_person_words(holder, n)]
    return fuller[0] if len(fuller) == 1 else holder


def _one_artist(profile: Profile) -> str | None:
    """What a business with one artist claims, that artist holds."""
    return profile.artists[0]["name"] if len(profile.artists) == 1 else None


def _shared_pages(db: sqlite3.Connection, profile: Profile) -> list[int]:
    """Business records on the practitioner's own website that identity resolution gave to
    another location of the same chain: what those pages claim is this location's too."""
    if not profile.domains:
        return []
    marks = ",".join("?" * len(profile.domains))
    rows = db.execute(
        f"SELECT id FROM sightings WHERE gone = 0 AND own_site = 1 AND kind = 'clinic'"  # noqa: S608
        f" AND site IN ({marks}) AND practitioner_id IS NOT ?",
        (*profile.domains, profile.id),
    )
    return [r[0] for r in rows]


def _artist_sightings(db: sqlite3.Connection, profile: Profile) -> list[sqlite3.Row]:
    if not profile.artists:
        return []
    ids = [a["id"] for a in profile.artists]
    marks = ",".join("?" * len(ids))
    return db.execute(
        f"SELECT id, name FROM sightings WHERE gone = 0 AND practitioner_id IN ({marks})",  # noqa: S608
        ids,
    ).fetchall()


def _claims(
    db: sqlite3.Connection, sighting_ids: list[int], people: dict[int, str], profile: Profile
) -> list[ClaimFact]:
    if not sighting_ids:
        return []
    marks = ",".join("?" * len(sighting_ids))
    rows = db.execute(
        f"SELECT * FROM claims WHERE gone = 0 AND sighting_id IN ({marks}) ORDER BY id",  # noqa: S608
        sighting_ids,
    ).fetchall()
    return [
        ClaimFact(
            kind=r["kind"],
            text=r["text"],
            url=r["url"],
            seen=r["last_seen"][:10],
            person=_holder(r["holder"], profile) or people.get(r["sighting_id"], profile.name),
            issuer=r["issuer"],
            hours=r["hours"],
            years=r["years"],
            licence_number=r["licence_number"],
            year=r["year"],
            locality=profile.locality,
            region=profile.region,
        )
        for r in rows
    ]


def _reviews(
    db: sqlite3.Connection, sighting_ids: list[int], domains: list[str], practitioner_id: str
) -> list[ReviewRow]:
    # reviews on a page about no one (a forum thread), or on a listing of a whole chain, that
    # name this practitioner
    clauses, args = ["mentions = ?"], [practitioner_id]
    if sighting_ids:  # (less those a chain's listing holds about another of its locations)
        clauses.append(
            f"(sighting_id IN ({','.join('?' * len(sighting_ids))})"
            " AND (mentions IS NULL OR mentions = ?))"
        )
        args.extend([*sighting_ids, practitioner_id])
    if domains:
        # Testimonials on the practitioner's own site that no page record claimed.
        clauses.append(
            f"(sighting_id IS NULL AND own_site = 1 AND site IN ({','.join('?' * len(domains))}))"
        )
        args.extend(domains)
    rows = db.execute(
        f"SELECT * FROM reviews WHERE gone = 0 AND ({' OR '.join(clauses)}) ORDER BY id",  # noqa: S608
        args,
    ).fetchall()
    out: list[ReviewRow] = []
    seen: dict[tuple[str, tuple[str, ...]], list[tuple[tuple[str, ...], str]]] = {}
    for r in rows:
        words = tuple(_WORDS.findall(fold(r["body"][:2000])))
        author = fold(r["author"] or "")
        earlier = seen.setdefault((r["site"], words[:SAME_OPENING_WORDS]), [])
        if any(
            _same_words(words, other)
            and (not a or not author or a.startswith(author) or author.startswith(a))
            for other, a in earlier
        ):
            continue  # the same review on two pages of one site, or its author written twice
        earlier.append((words, author))
        out.append(
            ReviewRow(
                id=r["id"],
                body=r["body"],
                url=r["url"],
                source=r["source"],
                site=r["site"],
                independent=not r["own_site"],
                author=r["author"],
                rating=r["rating"],
                date=r["date"],
                flags=json.loads(r["flags"]),
                ease_positive=json.loads(r["ease_positive"]),
                ease_negative=json.loads(r["ease_negative"]),
                first_seen=r["first_seen"],
                reading=json.loads(r["reading"]) if r["reading"] else None,
            )
        )
    _count_authors(db, out)
    return out


_WORDS = re.compile(r"\w+")
SAME_OPENING_WORDS = 12  # two reviews of one site opening with these many words alike may be one
SAME_WORDS_MAX = 300  # words compared


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same review written twice: the same words whatever the punctuation ("Absolut top –
    makellos" and "Absolut top, makellos"), or one cut short of the other ("... in Milton...")
    but for its last, maybe broken, word."""
    a, b = a[:SAME_WORDS_MAX], b[:SAME_WORDS_MAX]
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short == long[: len(short)] or (
        len(short) > SAME_OPENING_WORDS and short[:-1] == long[: len(short) - 1]
    )


def _count_authors(db: sqlite3.Connection, reviews: list[ReviewRow]) -> None:
    """How many reviews each author has written on the same site."""
    pairs = {(r.site, fold(r.author)) for r in reviews if r.author}
    counts: dict[tuple[str, str], int] = {}
    for site, author in pairs:
        (n,) = db.execute(
            "SELECT COUNT(DISTINCT sighting_id) FROM reviews WHERE gone = 0 AND site = ?"
            " AND author_key = ?",
            (site, author),
        ).fetchone()
        counts[(site, author)] = max(1, int(n))
    for r in reviews:
        if r.author:
            r.author_review_count = counts.get((r.site, fold(r.author)), 1)
