"""schema.org items (any syntax, normalised by `structured`) to practitioners and reviews."""

from __future__ import annotations

import html
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from crawler.items import Address, Credential, Geo, Practitioner, Rating, Review

from . import claims, contacts, dates, people, ratings, schema_types
from .context import Context
from .services import services_in
from .text import clean_author, quote, sentences, words

Item = dict[str, Any]

# Roles in which an organisation is somebody else's credential or maker, not a practitioner.
ORG_NOT_PRACTITIONER = words(
    """memberOf alumniOf recognizedBy issuedBy publisher brand manufacturer creator author
    copyrightHolder funder sponsor sourceOrganization affiliation hiringOrganization
    educationalCredentialAwarded credentialCategory producer productionCompany
    accountablePerson musicBy byArtist recordLabel"""
)
# Roles in which a person is an author, a correspondent or a character rather than an artist.
PERSON_NOT_PRACTITIONER = ORG_NOT_PRACTITIONER | words(
    """reviewer editor contributor actor actors director directors sender recipient
    toRecipient ccRecipient bccRecipient character translator illustrator composer lyricist
    parent parents children spouse sibling siblings relatedTo knows follows colleague colleagues
    attendee attendees organizer participant underName agent customer buyer"""
)
PERSON_DETAILS = ("telephone", "address", "hasCredential", "jobTitle", "worksFor", "knowsAbout")
WORKS_FOR_ROLES = frozenset({"employee", "employees", "member", "members", "founder", "founders"})
SERVICE_TEXT_KEYS = (
    "name",
    "description",
    "slogan",
    "serviceType",
    "keywords",
    "disambiguatingDescription",
)
COUNTRIES = {
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "america": "US",
    "united kingdom": "GB",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "canada": "CA",
    "australia": "AU",
    "ireland": "IE",
    "new zealand": "NZ",
    "india": "IN",
    "germany": "DE",
    "france": "FR",
    "switzerland": "CH",
    "netherlands": "NL",
    "spain": "ES",
    "italy": "IT",
    "south africa": "ZA",
    "mexico": "MX",
    "belgium": "BE",
    "austria": "AT",
    "sweden": "SE",
    "norway": "NO",
    "denmark": "DK",
    "poland": "PL",
    "portugal": "PT",
    "brazil": "BR",
    "united arab emirates": "AE",
    "uae": "AE",
    "singapore": "SG",
}


@dataclass
class Found:
    practitioners: list[Practitioner] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)


def convert(items: list[Item], ctx: Context) -> Found:
    """Walk every item breadth-first: top-level things are met before what they mention."""
    return _Walker(ctx).run(items)


class _Walker:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.found = Found()
        self.made: dict[int, Practitioner] = {}
        self.roles: dict[int, set[str]] = {}
        self.ratings: list[tuple[Item, Item]] = []

    def run(self, items: list[Item]) -> Found:
        self._index_roles(items)
        queue: deque[tuple[Item, str | None, Practitioner | None, Item | None]] = deque(
            (item, None, None, None) for item in items if isinstance(item, dict)
        )
        seen: set[int] = set()
        while queue:
            node, role, owner, parent = queue.popleft()
            if id(node) in seen:
                continue
            seen.add(id(node))
            current = self._visit(node, role, owner, parent)
            for key, value in node.items():
                if key.startswith("@"):
                    continue
                for child in value if isinstance(value, list) else [value]:
                    if isinstance(child, dict):
                        queue.append((child, key, current, node))
        for rating_node, target in self.ratings:
            practitioner = self.made.get(id(target))
            if practitioner and practitioner.rating is None:
                practitioner.rating = aggregate_rating(rating_node)
        return self.found

    def _index_roles(self, items: list[Item]) -> None:
        stack: list[Any] = list(items)
        seen: set[int] = set()
        while stack:
            node = stack.pop()
            if not isinstance(node, dict) or id(node) in seen:
                continue
            seen.add(id(node))
            for key, value in node.items():
                for child in value if isinstance(value, list) else [value]:
                    if isinstance(child, dict):
                        self.roles.setdefault(id(child), set()).add(key)
                        stack.append(child)

    def _visit(
        self, node: Item, role: str | None, owner: Practitioner | None, parent: Item | None
    ) -> Practitioner | None:
        types = node.get("@type") or []
        if schema_types.is_review(types):
            review = self._review(node, role, owner, parent)
            if review:
                self.found.reviews.append(review)
            return owner
        if schema_types.is_aggregate_rating(types) or role == "aggregateRating":
            if role != "aggregateRating" and isinstance(node.get("itemReviewed"), dict):
                self.ratings.append((node, node["itemReviewed"]))
            return owner
        if not self._is_practitioner(node, types, role):
            for name in (
                texts(node.get("offeredBy"))
                + texts(node.get("provider"))
                + texts(node.get("seller"))
            ):
                self.found.practitioners.append(Practitioner(name=name))
            return owner
        practitioner = self._practitioner(node, types, role, owner)
        if practitioner is None:
            return owner
        self.made[id(node)] = practitioner
        self.found.practitioners.append(practitioner)
        return practitioner

    def _is_practitioner(self, node: Item, types: list[str], role: str | None) -> bool:
        if schema_types.is_person(types):
            # a job title makes an author a practitioner only where it names the work
            # ("Lifestyle Reporter" writes about it)
            title = node.get("jobTitle")
            detailed = any(node.get(k) for k in PERSON_DETAILS if k != "jobTitle") or bool(
                isinstance(title, str) and people.ROLES.search(title)
            )
            if role in PERSON_NOT_PRACTITIONER and not detailed:
                return False
            roles = self.roles.get(id(node), set())
            return detailed or not roles or not roles <= PERSON_NOT_PRACTITIONER
        if schema_types.is_organization(types):
            return role not in ORG_NOT_PRACTITIONER
        return (
            schema_types.is_unknown(types)
            and role not in ORG_NOT_PRACTITIONER
            and bool(node.get("address") or node.get("telephone"))
        )

    def _practitioner(
        self, node: Item, types: list[str], role: str | None, owner: Practitioner | None
    ) -> Practitioner | None:
        person = schema_types.is_person(types)
        name = text(node.get("name")) or text(node.get("legalName"))
        if not name and person:
            parts = (text(node.get("givenName")), text(node.get("familyName")))
            name = " ".join(p for p in parts if p)
        name = name or text(node.get("alternateName")) or text(node.get("@text"))
        if not name:
            return None
        address = postal_address(node.get("address")) or _location_address(node)
        region = country_region(address.country if address else None) or self.ctx.region
        contact = node.get("contactPoint")
        contact = contact[0] if isinstance(contact, list) and contact else contact
        contact = contact if isinstance(contact, dict) else {}
        telephone = text(node.get("telephone")) or text(contact.get("telephone"))
        works_for = _name_of(node.get("worksFor"))
        if not works_for and owner and role in WORKS_FOR_ROLES and owner.kind == "clinic":
            works_for = owner.name
        practitioner = Practitioner(
            name=name,
            kind="artist" if person else "clinic",
            url=self.ctx.doc.absolute(text(node.get("url"))),
            telephone=contacts.normalise_phone(telephone, region),
            email=contacts.clean_email(text(node.get("email")) or text(contact.get("email"))),
            address=address,
            geo=geo(node.get("geo")) or _location_geo(node) or geo(node),
            rating=aggregate_rating(node.get("aggregateRating")),
            services=services_in(service_texts(node), [name]),
            credentials=self._credentials(node),
            works_for=works_for,
            same_as=[s for s in texts(node.get("sameAs")) if s.startswith("http")],
        )
        return practitioner

    def _credentials(self, node: Item) -> list[Credential]:
        found: list[Credential] = []
        for credential in _as_list(node.get("hasCredential")):
            made = structured_credential(credential, self.ctx)
            if made:
                found.append(made)
        for org in _as_list(node.get("memberOf")):
            name = _name_of(org)
            if name:
                found.append(Credential(kind="membership", issuer=name, text=f"Member of {name}"))
        for org in _as_list(node.get("alumniOf")):
            name = _name_of(org)
            if name:
                found.append(Credential(kind="training", issuer=name, text=f"Studied at {name}"))
        description = " ".join(texts(node.get("description")))
        if description:
            found.extend(claims.find_claims(sentences(description), self.ctx.now))
        return claims.dedupe(found)

    def _review(
        self, node: Item, role: str | None, owner: Practitioner | None, parent: Item | None
    ) -> Review | None:
        body = (
            text(node.get("reviewBody"))
            or text(node.get("description"))
            or text(node.get("text"))
            or text(node.get("articleBody"))
            or text(node.get("summary"))
            or text(node.get("name"))
            or ""
        )
        rating_value = node.get("reviewRating", node.get("rating"))
        rating = (
            ratings.scale(
                rating_value.get("ratingValue", rating_value.get("value")),
                rating_value.get("bestRating"),
                rating_value.get("worstRating"),
            )
            if isinstance(rating_value, dict)
            else ratings.scale(rating_value)
        )
        if not body and rating is None:
            return None
        about = _name_of(node.get("itemReviewed")) or _name_of(node.get("itemreviewed"))
        if not about and role in ("review", "reviews") and parent is not None:
            about = owner.name if owner and self.made.get(id(parent)) is owner else None
            about = about or _name_of(parent)
        date = next(
            (
                dates.parse_date(node.get(k), self.ctx.now, self.ctx.date_region, loose=True)
                for k in ("datePublished", "dateCreated", "dtreviewed", "dateModified")
                if node.get(k)
            ),
            None,
        )
        return Review(
            body=body,
            author=clean_author(_name_of(node.get("author")) or _name_of(node.get("reviewer"))),
            rating=rating,
            date=date,
            about=about or (owner.name if owner else None),
        )


def structured_credential(node: Any, ctx: Context) -> Credential | None:
    """An EducationalOccupationalCredential (or its name alone) as a claim."""
    if isinstance(node, str):
        found = claims.find_claims([node], ctx.now)
        return found[0] if found else Credential(kind="certification", text=quote(node))
    if not isinstance(node, dict):
        return None
    name = text(node.get("name"))
    description = text(node.get("description"))
    category = " ".join(texts(node.get("credentialCategory")))
    issuer = _name_of(node.get("recognizedBy")) or _name_of(node.get("issuedBy"))
    words = " ".join(filter(None, (name, description, category)))
    body = words or (f"Credential recognised by {issuer}" if issuer else "")
    if not body:
        return None
    kind = credential_kind(f"{category} {name or ''} {description or ''}")
    identifier = node.get("identifier")
    if isinstance(identifier, dict):
        identifier = identifier.get("value")
    year = dates.parse_date(node.get("dateCreated") or node.get("validFrom"), ctx.now)
    hints = claims.find_claims([words], ctx.now) if words else []
    return Credential(
        kind=kind,
        text=quote(body),
        issuer=issuer or next((h.issuer for h in hints if h.issuer), None),
        hours=next((h.hours for h in hints if h.hours), None),
        licence_number=text(identifier) if kind == "licence" else None,
        year=int(year[:4]) if year else next((h.year for h in hints if h.year), None),
    )


def credential_kind(words: str) -> str:
    words = words.lower()
    for kind, keys in (
        ("licence", ("licen", "permit")),
        ("membership", ("member",)),
        ("training", ("degree", "diploma", "course", "training", "apprentice", "graduat")),
    ):
        if any(k in words for k in keys):
            return kind
    return "certification"


def aggregate_rating(node: Any) -> Rating | None:
    node = node[0] if isinstance(node, list) and node else node
    if not isinstance(node, dict):
        return None
    value = ratings.scale(
        node.get("ratingValue", node.get("average", node.get("value"))),
        node.get("bestRating", node.get("best")),
        node.get("worstRating", node.get("worst")),
    )
    if value is None:
        return None
    counted = next(
        (
            ratings.count(node.get(k))
            for k in ("ratingCount", "reviewCount", "count", "votes")
            if ratings.count(node.get(k)) is not None
        ),
        0,
    )
    return Rating(value=value, count=counted)


def postal_address(value: Any) -> Address | None:
    value = value[0] if isinstance(value, list) and value else value
    if isinstance(value, str):
        address = contacts.parse_address(html.unescape(value))
    elif isinstance(value, dict):
        address = Address(
            street=" ".join(texts(value.get("streetAddress"))) or None,
            locality=text(value.get("addressLocality")),
            region=text(value.get("addressRegion")),
            postal_code=text(value.get("postalCode")),
            country=_name_of(value.get("addressCountry")),
        )
        _split_locality(address)
    else:
        return None
    return None if address.is_empty() else address


def _split_locality(address: Address) -> None:
    """A locality given with its region and postcode in one field ("Bedford NS B4A 2X9",
    "Montréal QC H2W 2M5"), as some listing sites fill addressLocality: taken apart."""
    if not address.locality or address.region or address.postal_code:
        return
    parsed = contacts.addresses_in_text(address.locality)
    if parsed and parsed[0].postal_code and parsed[0].locality:
        address.locality = parsed[0].locality
        address.region = parsed[0].region
        address.postal_code = parsed[0].postal_code
        address.country = address.country or parsed[0].country


def geo(value: Any) -> Geo | None:
    value = value[0] if isinstance(value, list) and value else value
    if not isinstance(value, dict):
        return None
    try:
        lat, lon = float(str(value["latitude"]).strip()), float(str(value["longitude"]).strip())
    except (KeyError, ValueError, TypeError):
        return None
    return Geo(lat=lat, lon=lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def _location_address(node: Item) -> Address | None:
    location = node.get("location")
    return postal_address(location.get("address")) if isinstance(location, dict) else None


def _location_geo(node: Item) -> Geo | None:
    location = node.get("location")
    return geo(location.get("geo")) if isinstance(location, dict) else None


def country_region(country: str | None) -> str | None:
    if not country:
        return None
    code = COUNTRIES.get(country.strip().lower(), country.strip().upper())
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def service_texts(node: Item) -> list[str]:
    """The words a business uses about what it offers, from wherever schema.org puts them."""
    out: list[str] = []
    for key in SERVICE_TEXT_KEYS:
        out.extend(texts(node.get(key)))
    for key in ("knowsAbout", "makesOffer", "hasOfferCatalog", "availableService", "offers"):
        out.extend(_deep_texts(node.get(key), depth=5))
    return out


def _deep_texts(value: Any, depth: int) -> list[str]:
    if depth <= 0 or value is None:
        return []
    if isinstance(value, list):
        return [t for v in value for t in _deep_texts(v, depth)]
    if isinstance(value, dict):
        out = [
            t
            for k in ("name", "description", "serviceType", "category")
            for t in texts(value.get(k))
        ]
        for key in ("itemOffered", "itemListElement", "item", "hasOfferCatalog"):
            out.extend(_deep_texts(value.get(key), depth - 1))
        return out
    return [str(value)] if isinstance(value, str) else []


def text(value: Any) -> str | None:
    """The first non-empty string in a value."""
    for t in texts(value):
        return t
    return None


def texts(value: Any) -> list[str]:
    """Every string of a value (lists flattened, values of dicts like {"@value": ...})."""
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    if isinstance(value, dict):
        inner = value.get("@value", value.get("value"))
        return texts(inner) if inner is not None else []
    cleaned = " ".join(html.unescape(str(value)).split())
    return [cleaned] if cleaned else []


def _name_of(value: Any) -> str | None:
    value = value[0] if isinstance(value, list) and value else value
    if isinstance(value, dict):
        return (
            text(value.get("name"))
            or " ".join(filter(None, (text(value.get("givenName")), text(value.get("familyName")))))
            or None
        )
    return text(value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
