"""CSS or XPath selectors a source gives for sites with no markup (crawler.sources).

A selector starting with "/", "(" or "./" is XPath, anything else CSS (with parsel's
::text and ::attr() extensions). Inside a `listing`, `review` or `row` block, an XPath that
starts with "/" is read relative to the block ("//h3" finds the block's own h3).
"""

from __future__ import annotations

import logging

from lxml import etree
from parsel import Selector

from crawler.items import Address, Practitioner, Rating, Review

from . import claims, contacts, dates, ratings
from .context import Context
from .document import element_text, squash, text_blocks
from .reviews import body_text, clean_body, parse_block
from .services import services_in
from .text import all_sentences

log = logging.getLogger(__name__)

ADDRESS_FIELDS = ("street", "locality", "region", "postal_code")
LINK_FIELDS = ("url", "website")


def is_xpath(selector: str) -> bool:
    return selector.lstrip().startswith(("/", "(", "./"))


def select(scope: Selector, selector: str, *, relative: bool = False) -> list[Selector]:
    """Run one selector; a broken one is logged and selects nothing."""
    selector = selector.strip()
    try:
        if is_xpath(selector):
            if relative and selector.startswith("/"):
                selector = "." + selector
            return list(scope.xpath(selector))
        return list(scope.css(selector))
    except Exception as exc:  # cssselect and lxml raise assorted types on bad selectors
        log.warning("bad selector %r: %s", selector, exc)
        return []


def value(scope: Selector, selector: str | None, field: str, ctx: Context) -> str | None:
    """The text (or link, number, address) a field's selector points at inside `scope`."""
    if not selector:
        return None
    found = select(scope, selector, relative=True)
    if not found:
        return None
    root = found[0].root
    if not isinstance(root, etree._Element):
        joined = squash(" ".join(str(s.root) for s in found))
        return (ctx.doc.absolute(joined) if field in LINK_FIELDS else joined) or None
    if field in LINK_FIELDS:
        href = root.get("href") or root.get("src") or next(iter(root.xpath(".//a/@href")), None)
        return ctx.doc.absolute(href) if href else None
    if field == "telephone" and (root.get("href") or "").startswith("tel:"):
        return root.get("href")[4:]
    if field == "email" and (root.get("href") or "").lower().startswith("mailto:"):
        return root.get("href")[7:]
    if field in ("rating", "review_rating"):
        attrs = ratings.rating_in_attributes(dict(root.attrib))
        if attrs is not None:
            return str(attrs)
    if field == "review_date" and (root.get("datetime") or root.get("content")):
        return root.get("datetime") or root.get("content")
    return (
        squash(" ".join(element_text(s.root) for s in found if isinstance(s.root, etree._Element)))
        or None
    )


def listing(ctx: Context, selectors: dict[str, str]) -> list[Practitioner]:
    """One practitioner for each `listing` block, its fields read by the other selectors."""
    page = Selector(root=ctx.doc.root)
    found: list[Practitioner] = []
    for block in select(page, selectors["listing"]):
        if not isinstance(block.root, etree._Element):
            continue
        practitioner = block_practitioner(block, selectors, ctx)
        if practitioner:
            found.append(practitioner)
    return found


def block_practitioner(
    block: Selector, selectors: dict[str, str], ctx: Context
) -> Practitioner | None:
    fields = {
        f: value(block, selectors.get(f), f, ctx)
        for f in ("name", "url", "website", "telephone", "email", *ADDRESS_FIELDS, "rating")
    }
    texts = [b.text for b in text_blocks(block.root)]
    text = " ".join(texts)
    name = fields["name"] or _first_heading(block.root)
    if not name:
        return None
    address = Address(**{f: fields[f] for f in ADDRESS_FIELDS})
    if address.is_empty():
        address = next(iter(contacts.addresses_in_text(text)), Address())
    rating = None
    if fields["rating"]:
        value_ = ratings.rating_in_text(fields["rating"]) or ratings.scale(fields["rating"])
        if value_ is not None:
            rating = Rating(value=value_, count=ratings.count_in_text(text) or 0)
    phone = fields["telephone"] or next(iter(contacts.phones_in_text(text, ctx.region)), None)
    email = fields["email"] or next(iter(contacts.emails_in_text(text)), None)
    return Practitioner(
        name=name,
        url=fields["url"],
        website=fields["website"],
        telephone=contacts.normalise_phone(phone, ctx.region),
        email=contacts.clean_email(email),
        address=None if address.is_empty() else address,
        rating=rating,
        services=services_in(texts, [name]),
        credentials=claims.dedupe(claims.find_claims(all_sentences(texts), ctx.now)),
    )


def page_fields(ctx: Context, selectors: dict[str, str]) -> dict[str, str]:
    """Field overrides for the page's own practitioner (no `listing` selector)."""
    page = Selector(root=ctx.doc.root)
    fields = {}
    for field in ("name", "url", "website", "telephone", "email", *ADDRESS_FIELDS, "rating"):
        found = value(page, selectors.get(field), field, ctx)
        if found:
            fields[field] = found
    return fields


def apply_fields(practitioner: Practitioner, fields: dict[str, str], ctx: Context) -> None:
    """Overwrite a practitioner's fields with the selected values."""
    if "name" in fields:
        practitioner.name = fields["name"]
    for field in LINK_FIELDS:
        if field in fields:
            setattr(practitioner, field, fields[field])
    if "telephone" in fields:
        practitioner.telephone = contacts.normalise_phone(fields["telephone"], ctx.region)
    if "email" in fields:
        practitioner.email = contacts.clean_email(fields["email"])
    if any(f in fields for f in ADDRESS_FIELDS):
        address = practitioner.address or Address()
        for field in ADDRESS_FIELDS:
            if field in fields:
                setattr(address, field, fields[field])
        practitioner.address = address
    if "rating" in fields:
        value_ = ratings.rating_in_text(fields["rating"]) or ratings.scale(fields["rating"])
        if value_ is not None:
            count = practitioner.rating.count if practitioner.rating else 0
            practitioner.rating = Rating(value=value_, count=count)


def reviews(ctx: Context, selectors: dict[str, str]) -> list[tuple[Review, etree._Element]]:
    """Reviews from `review` blocks; fields without a selector come from the heuristics."""
    page = Selector(root=ctx.doc.root)
    found = []
    for block in select(page, selectors["review"]):
        if not isinstance(block.root, etree._Element):
            continue
        guessed = parse_block(block.root, ctx)
        guess = guessed.review if guessed else Review(body="")
        body = value(block, selectors.get("review_body"), "review_body", ctx)
        author = value(block, selectors.get("review_author"), "review_author", ctx)
        rating = value(block, selectors.get("review_rating"), "review_rating", ctx)
        when = value(block, selectors.get("review_date"), "review_date", ctx)
        if not body:
            chosen = [
                s.root
                for f in ("review_author", "review_rating", "review_date")
                if selectors.get(f)
                for s in select(block, selectors[f], relative=True)
                if isinstance(s.root, etree._Element)
            ]
            body = body_text(block.root, [], chosen) if chosen else guess.body
        review = Review(
            body=clean_body(body or element_text(block.root)),
            author=author or guess.author,
            rating=(ratings.rating_in_text(rating) or ratings.scale(rating))
            if rating
            else guess.rating,
            date=dates.parse_date(when, ctx.now, ctx.date_region, loose=True)
            if when
            else guess.date,
        )
        if review.body:
            found.append((review, block.root))
    return found


def _first_heading(el: etree._Element) -> str | None:
    for heading in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "strong"):
        text = element_text(heading)
        if text:
            return text
    return None
