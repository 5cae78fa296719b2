"""Microformats (v2 and v1 via mf2py): h-card, h-review, h-review-aggregate, h-adr, h-geo."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import mf2py

from crawler.items import Address, Geo, Practitioner, Rating, Review

from . import claims, contacts, dates, ratings, records
from .context import Context
from .services import services_in
from .text import clean_author, sentences

log = logging.getLogger(__name__)

_ROOT_CLASS = re.compile(
    r"(?:^|\s)(?:h-(?:card|review|review-aggregate|adr|geo|item|product|entry|event|resume)|"
    r"vcard|hreview|hreview-aggregate|adr|geo|hresume|vevent|hproduct|hentry)(?=\s|$)"
)
_LATLON = re.compile(r"(-?\d{1,3}(?:\.\d+)?)\s*[;,]\s*(-?\d{1,3}(?:\.\d+)?)")
_PERSON_PROPS = ("given-name", "family-name", "honorific-prefix", "job-title", "role", "nickname")
_BUSINESS_ITEMS = frozenset({"h-card", "h-item"})
_BYLINE_PROPS = frozenset({"name", "url", "photo", "uid"})

MfItem = dict[str, Any]
MAX_FRAGMENT = 200_000  # mf2py's v1 back-compatibility is quadratic on big fragments


@dataclass
class MfFound:
    practitioners: list[Practitioner] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)  # h-adr outside any h-card
    geos: list[Geo] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)  # about no h-card


def items(ctx: Context) -> list[MfItem]:
    """Parse only the microformat roots of the page (cheap when there are none)."""
    roots = [
        el for el in ctx.doc.root.xpath("//*[@class]") if _ROOT_CLASS.search(el.get("class", ""))
    ]
    if not roots:
        return []
    chosen = set(roots)
    outermost = [el for el in roots if not any(a in chosen for a in el.iterancestors())]
    fragment = "".join(
        lxml.html.tostring(el, encoding="unicode", with_tail=False) for el in outermost
    )
    if len(fragment) > MAX_FRAGMENT:
        log.warning("skipped %d characters of microformats on %s", len(fragment), ctx.url)
        return []
    try:
        return mf2py.parse(doc=fragment, url=ctx.doc.base_url, html_parser="lxml")["items"]
    except Exception as exc:  # mf2py raises anything on odd markup
        log.warning("skipped microformats on %s: %s", ctx.url, exc)
        return []


def convert(mf_items: list[MfItem], ctx: Context) -> MfFound:
    found = MfFound()
    for item in mf_items:
        _visit(item, ctx, found)
    return found


def _visit(item: MfItem, ctx: Context, found: MfFound, in_entry: bool = False) -> None:
    types = item.get("type") or []
    props = item.get("properties") or {}
    if "h-card" in types:
        card = None if _byline(props, in_entry) else h_card(item, ctx)
        if card:
            found.practitioners.append(card)
    elif "h-review" in types:
        _h_review(item, ctx, found)
    elif "h-review-aggregate" in types:
        _h_review_aggregate(item, ctx, found)
    elif "h-adr" in types:
        address = h_adr(props)
        if address:
            found.addresses.append(address)
        location = h_geo(props)
        if location:
            found.geos.append(location)
    elif "h-geo" in types:
        location = h_geo(props)
        if location:
            found.geos.append(location)
    for child in item.get("children") or []:
        if isinstance(child, dict):
            _visit(child, ctx, found, in_entry or "h-entry" in types)


def h_card(item: MfItem, ctx: Context) -> Practitioner | None:
    props = item.get("properties") or {}
    org = first(props, "org")
    name = first(props, "name") or org
    if not name or _byline(props):
        return None
    adr = props.get("adr") or []
    address = next((h_adr(a.get("properties") or {}) for a in adr if isinstance(a, dict)), None)
    if address is None and adr:
        address = contacts.parse_address(first(props, "adr") or "")
    address = address or h_adr(props)
    if address is None and first(props, "label"):
        address = contacts.parse_address(first(props, "label") or "")
    person = any(props.get(p) for p in _PERSON_PROPS) or bool(org and org != name)
    note = " ".join(all_values(props, "note") + all_values(props, "summary"))
    return Practitioner(
        name=name,
        kind="artist" if person else "clinic",
        url=first(props, "url"),
        telephone=contacts.normalise_phone(first(props, "tel"), ctx.region),
        email=contacts.clean_email(first(props, "email")),
        address=address,
        geo=h_geo(props),
        services=services_in([note, name], [name]),
        credentials=claims.dedupe(claims.find_claims(sentences(note), ctx.now)),
        works_for=org if org and org != name else None,
    )


def _byline(props: dict[str, Any], in_entry: bool = False) -> bool:
    """A post's byline: a card of no more than a name, within a post (WordPress themes put a
    hidden `vcard author` in every page's entry) or linking to the writer's archive ("Posts
    by halden-admin"); it says who wrote the page, not who trades."""
    if not set(props) <= _BYLINE_PROPS:
        return False
    return in_entry or records.profile_path(first(props, "url") or "")


def _h_review(item: MfItem, ctx: Context, found: MfFound) -> None:
    props = item.get("properties") or {}
    body = (
        first(props, "content")
        or first(props, "description")
        or first(props, "summary")
        or first(props, "name")
        or ""
    )
    rating = ratings.scale(first(props, "rating"), first(props, "best"), first(props, "worst"))
    about, reviewed = _item(props, ctx)
    if reviewed:
        found.practitioners.append(reviewed)
    if not body and rating is None:
        return
    when = first(props, "published") or first(props, "reviewed") or first(props, "dtreviewed")
    found.reviews.append(
        Review(
            body=body,
            author=clean_author(first(props, "author") or first(props, "reviewer")),
            rating=rating,
            date=dates.parse_date(when, ctx.now, ctx.date_region, loose=True),
            about=about,
        )
    )


def _h_review_aggregate(item: MfItem, ctx: Context, found: MfFound) -> None:
    props = item.get("properties") or {}
    value = ratings.scale(
        first(props, "average") or first(props, "rating"),
        first(props, "best"),
        first(props, "worst"),
    )
    rating = None
    if value is not None:
        count = ratings.count(first(props, "count")) or ratings.count(first(props, "votes")) or 0
        rating = Rating(value=value, count=count)
    _, reviewed = _item(props, ctx, business_only=False)
    if reviewed:
        reviewed.rating = reviewed.rating or rating
        found.practitioners.append(reviewed)
    elif rating:
        found.ratings.append(rating)


def _item(
    props: dict[str, Any], ctx: Context, business_only: bool = True
) -> tuple[str | None, Practitioner | None]:
    """The name of what a review is about, and a practitioner when it is an h-card."""
    for value in props.get("item") or []:
        if not isinstance(value, dict):
            return (str(value).strip() or None), None
        types = set(value.get("type") or [])
        name = first(value.get("properties") or {}, "name") or value.get("value")
        if "h-card" in types or (not business_only and types & _BUSINESS_ITEMS):
            card = h_card(value, ctx)
            if card:
                card.kind = "clinic" if "h-item" in types else card.kind
            return name, card
        return name, None
    return None, None


def h_adr(props: dict[str, Any]) -> Address | None:
    address = Address(
        street=" ".join(
            filter(None, (first(props, "street-address"), first(props, "extended-address")))
        )
        or None,
        locality=first(props, "locality"),
        region=first(props, "region"),
        postal_code=first(props, "postal-code"),
        country=first(props, "country-name"),
    )
    return None if address.is_empty() else address


def h_geo(props: dict[str, Any]) -> Geo | None:
    lat, lon = first(props, "latitude"), first(props, "longitude")
    if lat and lon:
        return _geo(f"{lat};{lon}")
    for value in props.get("geo") or []:
        if isinstance(value, dict):
            inner = value.get("properties") or {}
            found = h_geo(inner) if inner.get("latitude") else _geo(value.get("value"))
        else:
            found = _geo(value)
        if found:
            return found
    return None


def _geo(text: Any) -> Geo | None:
    match = _LATLON.search(str(text or ""))
    if not match:
        return None
    lat, lon = float(match.group(1)), float(match.group(2))
    return Geo(lat=lat, lon=lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def first(props: dict[str, Any], key: str) -> str | None:
    values = all_values(props, key)
    return values[0] if values else None


def all_values(props: dict[str, Any], key: str) -> list[str]:
    """A property's values as plain text (embedded h-* and e-* values by their text)."""
    out: list[str] = []
    for value in props.get(key) or []:
        if isinstance(value, dict):
            inner = value.get("properties") or {}
            value = (inner.get("name") or [None])[0] or value.get("value")
            if isinstance(value, dict):
                value = value.get("value")
        text = " ".join(str(value).split()) if value is not None else ""
        if text:
            out.append(text)
    return out
