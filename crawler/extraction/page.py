"""Put one page's findings together: structured data first, then the plain-HTML heuristics."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

from lxml import etree
from rapidfuzz import fuzz

from crawler.items import Address, Extraction, Geo, NameClue, Practitioner, Review

from . import (
    brand,
    claims,
    contacts,
    dates,
    holders,
    labels,
    listicle,
    merge,
    microformats,
    names,
    offered,
    overrides,
    people,
    records,
    reviews,
    schema_items,
    structured,
)
from .context import Context
from .document import Block, Document, element_text, in_chrome, text_blocks
from .services import services_in
from .text import sentences

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_CLINICS_FOR_MAIN = 2  # more distinct clinics than this: a listing, no page subject
NEAR_ADDRESS = 160  # characters after a street within which its own number is written
LOCATION_LINES_MAX = 12  # lines of one element that may list a chain's locations
LABEL_MAX = 40  # characters of a location card's heading ("Gold Coast")
STALE_NAME_MIN = 85  # how alike (0-100) a markup's name and the page's are for one business
MAX_TEXT = 300_000  # characters of a page's prose read for claims, services and contacts


def safely(step: Callable[[], T], default: T, what: str, url: str) -> T:
    """Run one extraction step; a failure is logged and yields `default`."""
    try:
        return step()
    except Exception:  # one broken step must not cost the page's other findings
        log.warning("extraction step %s failed on %s", what, url, exc_info=True)
        return default


def extract_page(
    doc: Document,
    *,
    country: str | None = None,
    selectors: dict[str, str] | None = None,
    now: datetime | None = None,
    own_site: bool = True,
) -> Extraction:
    ctx = Context(doc, contacts.page_region(doc, country), now or datetime.now())
    selectors = {k: v for k, v in (selectors or {}).items() if isinstance(v, str) and v.strip()}
    url = doc.url
    items = safely(lambda: structured.items(doc), [], "structured data", url)
    found = safely(
        lambda: schema_items.convert(items, ctx), schema_items.Found(), "structured data", url
    )
    mf = safely(
        lambda: microformats.convert(microformats.items(ctx), ctx),
        microformats.MfFound(),
        "microformats",
        url,
    )
    found_reviews = safely(lambda: _plain_reviews(ctx, selectors), [], "reviews", url)
    in_reviews = _subtrees(el for _, el in found_reviews)
    blocks = _capped([b for b in doc.blocks if b.element not in in_reviews])
    practitioners = merge.practitioners([*found.practitioners, *mf.practitioners])
    markup_names = [p.name for p in practitioners if p.kind == "clinic" and _same_site(p.url, doc)]
    clues = safely(lambda: brand.page_clues(doc, markup_names), [], "name clues", url)
    if not own_site:  # the host site's own organisation is not a practitioner it lists
        practitioners = [p for p in practitioners if not _is_host(p, clues)]

    staff: list[people.Person] = []
    posts = [el for _, el in found_reviews]
    thread = not own_site and (  # (a thread is never an own site)
        _discussion(doc, items) or _topic_posts(doc, posts)
    )
    # a forum's list of threads, like a thread, names no business of its own
    index = not own_site and records.previews_threads(posts, urlsplit(url).hostname or "")
    if "listing" in selectors:
        listed = safely(lambda: overrides.listing(ctx, selectors), [], "listing", url)
        practitioners = merge.practitioners([*practitioners, *listed])
        main = None
    else:
        main, artists, staff = safely(
            lambda: _page_practitioner(
                ctx,
                practitioners,
                blocks,
                mf,
                in_reviews,
                clues,
                own_site,
                thread or index,
            ),
            (None, [], []),
            "page practitioner",
            url,
        )
        if main is not None and own_site:
            practitioners = [p for p in practitioners if not _stale_copy(p, main, doc)]
        if main is not None and _NOT_OURS.search(doc.text):
            main = None  # "We do not do SMP ourselves but can recommend local artists."
            practitioners = [p for p in practitioners if p.kind != "clinic"]
        listed = [] if own_site else safely(lambda: listicle.entries(ctx), [], "entries", url)
        if listed:  # a "best of" article's numbered businesses: no one is the page's subject
            listed = listed if listicle.about_the_work(doc) else []  # (the best barbers)
            practitioners = [p for p in practitioners if p is not main] + listed
            main, artists = None, []  # (nor its byline, nor the people it quotes)
        if main is not None and main not in practitioners:
            practitioners.insert(0, main)
        practitioners.extend(artists)
        if main is not None and selectors:
            fields = safely(lambda: overrides.page_fields(ctx, selectors), {}, "selectors", url)
            overrides.apply_fields(main, fields, ctx)
    practitioners = merge.practitioners(practitioners)

    # a post the site badges as the business's own ("Business Owner") answers, reviews nothing
    plain = [r for r, el in found_reviews if not records.by_the_business(el)]
    all_reviews = merge.reviews([*found.reviews, *mf.reviews, *plain])
    # a comment under the name of a business the page lists is that business speaking
    # ("Celtic SMP: Thanks for the mention lads"), no review of it
    listed_names = {people.fold(p.name) for p in practitioners if p.kind == "clinic"}
    all_reviews = [r for r in all_reviews if people.fold(r.author or "") not in listed_names]
    published = _published(doc, in_reviews, ctx) if thread else None
    for review in all_reviews:
        if review.about is None and main is not None:
            review.about = main.name
        review.date = review.date or published  # an article's quotes: its date
        safely(lambda r=review: labels.label_review(r), None, "review labels", url)
    return Extraction(
        url=url,
        practitioners=practitioners,
        reviews=all_reviews,
        clues=clues,
        staff=[p.name for p in staff],
        declined=[p.name for p in staff if people.DECLINES in p.cues],  # "does not perform SMP"
    )


def _plain_reviews(ctx: Context, selectors: dict[str, str]) -> list[tuple[Review, etree._Element]]:
    if "review" in selectors:
        return overrides.reviews(ctx, selectors)
    return [(f.review, f.element) for f in reviews.find_reviews(ctx)]


def _page_practitioner(
    ctx: Context,
    found: list[Practitioner],
    blocks: list[Block],
    mf: microformats.MfFound,
    in_reviews: set[etree._Element],
    clues: list[NameClue],
    own_site: bool,
    thread: bool = False,
) -> tuple[Practitioner | None, list[Practitioner], list[people.Person]]:
    """The practitioner the page is about (with what its plain text says), its artists, and
    the team members it says do not do the work."""
    doc = ctx.doc
    main = _main(found, doc)
    business = [c.text for c in clues if c.kind in (*names.HOST_KINDS, "markup")]
    single = own_site or (
        sum(p.kind == "clinic" for p in found) <= 1
        and (main is not None or names.subject_name(clues) is not None)
    )
    visiting = people.guests([b.text for b in blocks])
    team, staff = people.find_team(doc, in_reviews, business) if single else ([], [])
    team = [p for p in team if not people.is_guest(p.name, visiting)]
    if own_site:
        _full_names(team, doc)
    sections = {d: person for person in team for el in person.elements for d in el.iter()}
    own = _staff_sections(staff, sections)
    # a listing page's navigation, header and footer speak of the host site ("Get
    # Accredited", "Serving Alberta and Yukon"), not of the business it lists
    texts = [
        b.text
        for b in blocks
        if b.element not in sections
        and b.element not in own
        and (own_site or not in_chrome(b.element))
    ]
    found_claims = [
        c
        for c in holders.claims_with_holders(
            [*texts, *_badges(doc, sections)],
            team,
            ctx.now,
            context=[b.text for b in blocks if b.element in sections],
            author=_byline(doc, team),
        )
        if not any(re.search(rf"\b{re.escape(g)}\b", people.fold(c.text)) for g in visiting)
    ]
    for person in staff:  # a trichologist's certificate is hers, not the artists' or the studio's
        mine = [b.text for b in blocks if own.get(b.element) is person]
        found_claims += holders.claims_with_holders(
            mine,
            [person],
            ctx.now,
            section=True,
            business=[*business, *brand.title_parts(doc.title)],
        )
    # a person's section may hold the place's own contacts ("Our Dunedin clinic at 15 Moray
    # Place ... is run by Ngaio Parata. Phone 03 555 0199"): they are the page's, in its order
    shown = [
        b.text for b in blocks if b.element not in own and (own_site or not in_chrome(b.element))
    ]
    plain = _PlainContacts(ctx, shown) if main is None or _own_page(main, found, doc) else None
    if main is None:
        has_content = (
            found_claims
            or in_reviews
            or team
            or mf.addresses
            or mf.geos
            or mf.ratings
            or (plain and (plain.phones or plain.emails or plain.addresses))
        )
        host = urlsplit(doc.url).hostname or ""
        if not own_site and (thread or records.is_listing_index(doc, host, in_reviews)):
            return None, [], []  # an index of many, or a thread whose posts name whom they mean
        name = names.page_name(doc, clues, own_site=own_site) if has_content else None
        if not name and has_content and not own_site and not in_reviews:
            name = _advertiser(doc)  # a classified ad titled by its offer, under its poster
        if not name:
            return None, [], []
        place = None
        if not own_site:
            name, place = names.split_place(name)
            place = place or _title_place(name, clues)
        main = Practitioner(name=name, url=_canonical(doc))
        if not own_site:
            main.website = contacts.listed_website(doc)
        if place:
            main.address = Address(locality=place)
    if not own_site and not (main.address and main.address.locality):
        town = _title_place(main.name, clues)  # "Bex Hartley SMP - Plymouth - ListWise"
        if town:
            main.address = replace(main.address or Address(), locality=town)
    site_names = [main.name, doc.meta.get("og:site_name", ""), doc.host]
    page_texts = [doc.title, doc.meta.get("description", ""), *texts]
    main.services = merge.services(main.services, services_in(page_texts, site_names))
    main.credentials = claims.dedupe([*main.credentials, *found_claims])
    main.signals = main.signals or safely(
        lambda: labels.listing_signals("\n".join(texts)), [], "listing signals", doc.url
    )
    main.address = main.address or next(iter(mf.addresses), None)
    main.geo = main.geo or next(iter(mf.geos), None)
    main.rating = main.rating or next(iter(mf.ratings), None)
    if plain is not None:
        plain.fill(main)
    if not own_site and _on_host(main.website, doc):  # a listing's markup names its own page
        main.website = contacts.listed_website(doc)
    places, headed = _locations(ctx, main) if own_site else ([], {})
    places = _here_first(places, doc)
    if places:
        main.telephone, main.address = places[0].telephone, places[0].address
        main.not_offered = places[0].not_offered
    if own_site and main.address and main.address.locality:  # a location's own page
        here = [main.address.locality, *brand.title_parts(doc.title)[:1]]
        said = offered.not_offered(
            "\n".join(texts), here, elsewhere=not places or _titled_for(places, doc)
        )  # (not what another location's card says of itself: "No SMP at this location")
        if said not in {p.not_offered for p in places[1:]}:
            main.not_offered = main.not_offered or said
        for place in places[1:]:  # a sentence below the cards denying it of one by its town
            if not place.not_offered and place.address and place.address.locality:
                place.not_offered = offered.denied_by_name("\n".join(texts), place.address.locality)
    named = {w for person in team for w in person.name.split()}
    towns = [p.address.locality for p in places if p.address and p.address.locality]
    towns += [label for label in headed if label not in towns]
    artists = [a for p in team for a in _artist(p, blocks, sections, main, ctx, named, towns)]
    _business_voice(artists, main)
    if main.not_offered and main.address:  # a location without the work: its staff do other work
        artists = [a for a in artists if not _same_town(a, main)]
    for artist in artists:  # "Artist · Melbourne": the location so headed, in Richmond
        if artist.address and artist.address.locality in headed:
            artist.address.locality = headed[artist.address.locality]
    return main, [*places[1:], *artists], staff


def _full_names(team: list[people.Person], doc: Document) -> None:
    """A person a site names by her given name alone ("Hi, I'm Renée") whose full name its
    copyright line gives ("© 2026 Renée Okafor"): the one person is the site's owner."""
    holder = brand.copyright_holder(doc)
    found = people.person_name(holder) if holder else None
    if not found or len(found[0].split()) < 2 or found[1]:
        return
    given = [p for p in team if len(p.name.split()) == 1]
    first = people.fold(found[0].split()[0])
    if len(given) == 1 and people.fold(given[0].name) == first:
        given[0].name = found[0]


_ADVERTISER = re.compile(r"poster|seller|advertiser|vendor|lister", re.I)


def _advertiser(doc: Document) -> str | None:
    """The person a classified ad's poster card names ("Jordan W. · On Kijilist since
    2024"), where the ad's title names only its offer ("SMP – MOBILE – $899 full head")."""
    cards = [
        el
        for el in doc.body.iter(etree.Element)
        if _ADVERTISER.search(f"{el.get('class', '')} {el.get('id', '')}")
    ]
    outer = [c for c in cards if not any(a in cards for a in c.iterancestors())]
    if len(outer) != 1:
        return None  # (a forum's posts each under their "poster": no ad)
    for node in outer[0].iter(etree.Element):
        if len(node) == 0 and (found := people.person_name(element_text(node))):
            return found[0]
    return None


def _business_voice(artists: list[Practitioner], main: Practitioner) -> None:
    """What a person's own section claims in the business's voice, held by no one ("We are a
    member studio of the Guild", "Every artist in our studios holds a licence", on a founder's
    page): the business's claim, not the founder's."""
    for artist in artists:
        ours = [
            c for c in artist.credentials if c.holder is None and holders.speaks_for_all(c.text)
        ]
        if ours:
            artist.credentials = [c for c in artist.credentials if c not in ours]
            main.credentials = claims.dedupe([*main.credentials, *ours])


def _same_town(a: Practitioner, b: Practitioner) -> bool:
    town = a.address.locality if a.address else None
    return bool(town) and b.address is not None and town == b.address.locality


def _on_host(url: str | None, doc: Document) -> bool:
    """No address, or one on the page's own host."""
    return not url or (urlsplit(url).hostname or "").removeprefix("www.") == doc.host


_DIGITS = re.compile(r"\d{3}")
_NOT_OURS = re.compile(
    r"\bwe\s+(?:do\s+not|don['’]t|no\s+longer)\s+(?:do|offer|perform|provide)\s+"
    r"(?:smp|scalp\s+micro-?pigmentation)\b"
    r"(?!\s+(?:removal|correction|corrections|repairs?|touch[\s-]?ups?))"  # another service
    # (not "... at this location", "... here": one location of a chain, offered.not_offered)
    r"(?![^.!?\n]*?(?:\bhere\b|\b(?:at|in)\s+(?:this|that)\s+"
    r"(?:location|office|clinic|studio|branch|salon)\b))",
    re.I,
)


def _locations(ctx: Context, main: Practitioner) -> tuple[list[Practitioner], dict[str, str]]:
    """A chain's locations: repeated cards each with its own telephone and town, or lines of
    one element ("West Loop · 1017 W Washington Blvd, Chicago · (312) 555-0163<br>Oak Park
    · ..."); and the headings they give them, where not their towns ("Melbourne" over a
    Richmond address), with the town each heads."""
    for members in ctx.doc.runs:
        if len(members) > 12 or sum(bool(_DIGITS.search(m.text_content())) for m in members) < 2:
            continue  # (a footer's location cards may sit beside an opening-hours card)
        cards = ["\n".join(b.text for b in text_blocks(el)) for el in members]
        found, labels = _located(ctx, main, cards, [_heading(el) for el in members])
        if _distinct(found):
            return found, labels
    lines: dict[etree._Element, list[str]] = {}
    for block in ctx.doc.blocks:
        lines.setdefault(block.element, []).append(block.text)
    for texts in lines.values():
        if 2 <= len(texts) <= LOCATION_LINES_MAX:
            heads = [re.split(r"\s+[·•|–—-]\s+|:\s", t, maxsplit=1)[0].strip() for t in texts]
            found, labels = _located(ctx, main, texts, heads)
            if _distinct(found):
                return found, labels
    return [], {}


def _located(
    ctx: Context, main: Practitioner, texts: list[str], heads: list[str | None]
) -> tuple[list[Practitioner], dict[str, str]]:
    """The locations these texts give, each with a number and a town, and the headings that
    name them otherwise than by their towns."""
    found: list[Practitioner] = []
    labels: dict[str, str] = {}
    for text, head in zip(texts, heads, strict=True):
        phones = contacts.phones_in_text(text, ctx.region)
        addresses = [a for a in contacts.addresses_in_text(text) if a.locality]
        if not (phones and addresses):
            continue
        town = addresses[0].locality or ""
        found.append(
            Practitioner(
                name=main.name,
                telephone=phones[0],
                address=addresses[0],
                not_offered=offered.not_offered(text, [town, head or ""]),
            )
        )
        if head and len(head) <= LABEL_MAX and not re.search(r"\d", head) and head != town:
            labels[head] = town
    return found, labels


def _distinct(found: list[Practitioner]) -> bool:
    """Two locations or more, each in a town and with a number of its own."""
    towns = {brand.key_of(p.address.locality or "") for p in found if p.address}
    phones = {p.telephone for p in found}
    return len(found) >= 2 and len(towns) == len(found) and len(phones) == len(found)


def _heading(el: etree._Element) -> str | None:
    """A card's own short heading: a place's name, with no digits."""
    for node in el.iter("h2", "h3", "h4", "h5", "h6", "strong", "b"):
        text = element_text(node).strip(" :")
        if text and len(text) <= LABEL_MAX and not re.search(r"\d", text):
            return text
    return None


def _staff_sections(
    staff: list[people.Person], sections: dict[etree._Element, people.Person]
) -> dict[etree._Element, people.Person]:
    """The sections of team members who do not do the work, where they hold no practitioner's."""
    out: dict[etree._Element, people.Person] = {}
    for person in staff:
        for el in person.elements:
            inside = list(el.iter())
            if not any(d in sections for d in inside):
                out.update((d, person) for d in inside)
    return out


def _badges(doc: Document, sections: dict[etree._Element, people.Person]) -> list[str]:
    """What the business's badges and seals say in their alt text ("Licensed Tattoo Studio –
    Texas DSHS License No. TS-30944"): a claim made in an image, outside any person's card
    and the site's navigation."""
    return _alt_texts(
        img
        for img in doc.body.iter("img")
        if img not in sections
        and not any(a.tag in ("nav", "header", "a") or a in sections for a in img.iterancestors())
    )


def _alt_texts(elements: Iterable[etree._Element]) -> list[str]:
    """The alt texts of these images long enough to make a claim, each as a sentence (a
    person's own badge in their card: "New Mexico Licensed Body Artist - License BA-2291")."""
    out = []
    for img in elements:
        if img.tag != "img":
            continue  # (a person's section holds all their card's elements)
        alt = " ".join((img.get("alt") or "").split())
        if len(alt.split()) >= 4:
            out.append(alt if alt.endswith((".", "!", "?")) else f"{alt}.")
    return list(dict.fromkeys(out))


def _title_place(name: str, clues: list[NameClue]) -> str | None:
    """The place a listing's title gives beside the name, as a segment of its own
    ("Moreton Scalp Co – Fortitude Valley, Brisbane - reviews - <site>")."""
    titles = [c.text for c in clues if c.kind == "title"]
    if name not in titles or titles.index(name) + 1 >= len(titles):
        return None
    after = titles[titles.index(name) + 1]
    if after in {c.text for c in clues if c.kind in names.HOST_KINDS}:
        return None  # the site's own name ("Kent & Cornwall Approved Trader Scheme")
    return names.split_place(f"{name} – {after}")[1]


def _byline(doc: Document, team: list[people.Person]) -> str | None:
    """The page's writer as its byline names them (rel="author", class="author-name",
    itemprop="author"): a blog post's "I", one of its team or a person's full name."""
    for el in doc.body.xpath(_AUTHOR_NODES):
        marks = f"{el.get('rel', '')} {el.get('class', '')} {el.get('itemprop', '')}"
        if _AUTHOR_MARK.search(marks):
            text = element_text(el).strip()
            named = next((p.name for p in team if people.same_person(p.name, text)), None)
            words = text.split()
            if named or (2 <= len(words) <= 3 and people.is_given_name(words[0])):
                return named or text
    return None


_AUTHOR_NODES = (
    ".//*[contains(@rel, 'author') or contains(@class, 'author') or contains(@itemprop, 'author')]"
)
_AUTHOR_MARK = re.compile(r"(?:^|[\s_-])author(?:[-_]?name)?(?:$|\s)", re.I)


def _stale_copy(marked: Practitioner, main: Practitioner, doc: Document) -> bool:
    """A site's own business in its markup under a name like the page's, with a number and a
    street the page's text never shows, where the page shows its own: a plugin's schema left
    from before a move or a rename, not another business."""
    if marked is main or marked.kind != "clinic" or not main.telephone or not marked.telephone:
        return False
    ours, theirs = brand.key_of(main.name), brand.key_of(marked.name)
    if max(fuzz.ratio(ours, theirs), fuzz.token_set_ratio(ours, theirs)) < STALE_NAME_MIN:
        return False  # (token set: "Restora Hair Clinics – Brisbane" of Restora Hair Clinics)
    digits = re.sub(r"\D", "", doc.text)
    street = marked.address.street if marked.address else None
    return marked.telephone[-8:] not in digits and not (street and street in doc.text)


# (not a FAQ's Question, which a business's own listing may carry)
def _titled_for(places: list[Practitioner], doc: Document) -> bool:
    """Whether the page's title names the first of these locations' towns and no other's
    ("San Antonio Consultation Office | Lonestar ...", whose footer lists all three)."""
    named = [_in_title(p, doc) for p in places]
    return bool(named) and named[0] and not any(named[1:])


def _in_title(place: Practitioner, doc: Document) -> bool:
    """Whether the first part of the page's title names this location's town."""
    town = brand.key_of(place.address.locality or "") if place.address else ""
    head = brand.key_of(next(iter(brand.title_parts(doc.title)), ""))
    return bool(town) and re.search(rf"\b{re.escape(town)}\b", head) is not None


# a forum's posts, and an article's quotes (a newspaper's readers' awards): about whom
# they name, not about the page
_DISCUSSION_TYPES = {
    "DiscussionForumPosting", "SocialMediaPosting", "Article", "NewsArticle", "BlogPosting"
}  # fmt: skip
_FORUMS = (
    r"(?:discourse|phpbb|vbulletin|xenforo|invision|mybb|smf|simple\s+machines|flarum|nodebb|"
    r"vanilla)"
)
_FORUM_SOFTWARE = re.compile(rf"^{_FORUMS}\b", re.I)  # a page's generator
_FORUM_ID = re.compile(rf"{_FORUMS}[-_]", re.I)
# a forum's footer names its software, on every page of a thread ("Powered by Invision
# Community", "Powered by phpBB® Forum Software"), where its markup may be on the first only
_POWERED_BY_FORUM = re.compile(rf"\bPowered\s+by\s+{_FORUMS}\b", re.I)


_ASKS = re.compile(r"\?\s*(?:[|·•:–—-]\s|$)")  # a question, then the site's name or the end
_POST_MARK = re.compile(r"(?:^|[\s_-])post(?:s|\d|[A-Z_-]|\s|$)")
_COMMENT_MARK = re.compile(r"(?:^|[\s_-])comment(?:\d|[A-Z_-]|\s|$)")
_COMMENTS_MARK = re.compile(r"comments?[-_]?(?:page|area|tree|thread|section)", re.I)
_TOPIC_MARK = re.compile(r"(?:^|[\s_-])(?:topic|thread)(?:s|[A-Z_-]|$)", re.I)


def _topic_posts(doc: Document, reviews: list[etree._Element]) -> bool:
    """A topic's posts, as any forum marks them up: the reviews found are elements marked
    as posts ("postRow", "talk-post", id "post1004"), under a page part marked as the topic
    or thread ("id_Topic", "topicTitle", "thread-view")."""
    marks = [f"{el.get('class', '')} {el.get('id', '')}" for el in reviews]
    if len(reviews) < 2:
        return False
    page = [f"{el.get('class', '')} {el.get('id', '')}" for el in doc.body.iter(etree.Element)]
    if sum(bool(_POST_MARK.search(m)) for m in marks) * 2 >= len(marks):
        return any(_TOPIC_MARK.search(m) for m in page)
    # comments in a comment area, on a page giving no business's telephone: a discussion's
    # page (a forum's "comments-page"), not a review site's page about one business
    if sum(bool(_COMMENT_MARK.search(m)) for m in marks) * 2 < len(marks):
        return False
    return any(_COMMENTS_MARK.search(m) for m in page) and not contacts.phones_in_text(doc.text)


def _discussion(doc: Document, items: list[dict[str, Any]]) -> bool:
    """A forum's thread: marked up as a discussion (Discourse's crawler view says so) or
    made by forum software; its posts are about whom they name, not about the thread."""
    if _FORUM_SOFTWARE.match(doc.meta.get("generator", "")) or _POWERED_BY_FORUM.search(doc.text):
        return True
    if any(_DISCUSSION_TYPES & set(item.get("@type") or ()) for item in items):
        return True
    # the software's own element ids ("flarum-content", Vanilla's "vanilla_discussion_index")
    if any(_FORUM_ID.match(i) for i in doc.root.xpath("//@id")):
        return True
    # a heading or title that asks ("Crown & Follicle on Mills – worth it?", "Ask HH: Has
    # anyone here had scalp micropigmentation done? | Hacker Hub"): a question, no business
    if any(element_text(h).strip().endswith("?") for h in doc.body.iter("h1")):
        return True
    if _ASKS.search(doc.title or ""):  # ("... worth travelling? : ScalpMicro")
        return True
    # a post badged as the thread's opener ("OP", "Original Poster"), as forums mark it
    return any(
        _OPENER.fullmatch((el.text or "").strip()) and not len(el)
        for el in doc.body.iter("span", "em", "b", "strong", "small", "abbr", "div", "label")
    )


def _published(doc: Document, reviews: set[etree._Element], ctx: Context) -> str | None:
    """The date an article or thread was published: its metadata's, else the first dated
    <time> before its first quote or post."""
    meta = doc.meta.get("article:published_time")
    if meta:
        return dates.parse_date(meta, ctx.now, ctx.date_region)
    for node in doc.body.iter(etree.Element):
        if node in reviews:
            return None
        if node.tag == "time" and node.get("datetime"):
            return dates.parse_date(node.get("datetime"), ctx.now, ctx.date_region)
    return None


_OPENER = re.compile(r"OP|Original\s+[Pp]oster|Thread\s+starter|Topic\s+starter")


def _here_first(places: list[Practitioner], doc: Document) -> list[Practitioner]:
    """A chain's locations, the page's own first: a location's page gives its own telephone
    more often than the others' (its page body and the footer that lists them all)."""
    digits = re.sub(r"\D", "", doc.text)  # (a tie: the one the page's title names)
    return sorted(
        places, key=lambda p: (-digits.count((p.telephone or "+")[-9:]), not _in_title(p, doc))
    )


def _main(found: list[Practitioner], doc: Document) -> Practitioner | None:
    clinics = [p for p in found if p.kind == "clinic"]
    for clinic in clinics:
        if _same_site(clinic.url, doc):
            return clinic
    if clinics:
        return clinics[0] if len(clinics) <= MAX_CLINICS_FOR_MAIN else None
    artists = [p for p in found if p.kind == "artist"]
    return artists[0] if len(artists) == 1 else None


def _is_host(practitioner: Practitioner, clues: list[NameClue]) -> bool:
    """A record that is the site it appears on: named as the page names its host."""
    key = brand.key_of(practitioner.name)
    return bool(key) and any(
        c.kind in names.HOST_KINDS and brand.key_of(c.text) == key for c in clues
    )


def _own_page(main: Practitioner, found: list[Practitioner], doc: Document) -> bool:
    """True when the page's plain contacts are the main practitioner's own.

    Not on a directory (several clinics) nor on a page about a practitioner whose own
    site is elsewhere: there the telephone in the footer is the directory's.
    """
    if sum(1 for p in found if p.kind == "clinic") > 1:
        return False
    return main.url is None or _same_site(main.url, doc)


def _same_site(url: str | None, doc: Document) -> bool:
    host = urlsplit(url).hostname if url else None
    return bool(host and doc.host and host.removeprefix("www.") == doc.host)


def _artist(
    person: people.Person,
    blocks: list[Block],
    sections: dict[etree._Element, people.Person],
    main: Practitioner,
    ctx: Context,
    named: set[str],
    towns: list[str],
) -> list[Practitioner]:
    """The person as an artist of the business: one for each of its locations they work at."""
    texts = [b.text for b in blocks if sections.get(b.element) is person]
    working = [s for t in texts for s in sentences(t) if _WORKS.search(s) or not _TRAINED.search(s)]
    town = _town(" ".join([person.role or "", *working]), named, towns)
    if town is None and main.address is not None:  # on a location's page: that location's
        town = main.address.locality
    return [
        Practitioner(
            name=person.name,
            kind="artist",
            address=Address(locality=place) if place else None,
            works_for=main.name if main.kind == "clinic" else main.works_for,
            services=services_in(texts),
            credentials=claims.dedupe(
                holders.claims_with_holders(
                    [*texts, *_alt_texts(el for el, p in sections.items() if p is person)],
                    [person],
                    ctx.now,
                    section=True,
                )
            ),
        )
        for place in _every_town([person.role or "", *texts], towns) or [town]
    ]


# where a person trained, studied or came from is not where they work ("Hemi trained at the
# Academy in Auckland in 2016"; his clinic is in Wellington)
_TRAINED = re.compile(
    r"\b(?:trained|training|studied|graduated|qualified|apprenticed|apprenticeship|course|"
    r"academy|moved|relocat\w+|born|grew\s+up|raised|originally|previously|formerly)\b",
    re.I,
)

# where someone is from is not where they work ("an SMP artist from Milan now living in Cork")
_FROM = re.compile(r"\bfrom\s+$", re.I)

# ... unless the sentence says where they work too ("Nadia joined the Dublin team in 2022
# after completing her training")
_WORKS = re.compile(r"\b(?:joined|works?|working|based|runs|leads|heads|manages|team)\b", re.I)


def _town_name(words: str, places: frozenset[str]) -> bool:
    """A known place, but not a small one that is also an everyday word ("Summit", "Salt")."""
    key = brand.key_of(words)
    if key not in places:
        return False
    everyday = " " not in words and people.fold(words) in people.common_words()
    return not everyday or brand.population(key) >= people.CITY_NOT_NAME


def _every_town(texts: list[str], towns: list[str]) -> list[str]:
    """The locations a section's tag lists when it lists more than one ("Austin · Houston",
    "Leeds & York"): someone who works at each."""
    if len(towns) < 2:
        return []
    alternatives = "|".join(re.escape(t) for t in sorted(towns, key=len, reverse=True))
    listed = re.compile(
        rf"^(?:{alternatives})(?:\s*(?:[·•/&,|+]|and)\s*(?:{alternatives}))+$", re.I
    )
    for text in texts:
        line = text.strip(" ()")
        if len(line) <= 60 and listed.match(line):
            return [t for t in towns if re.search(rf"\b{re.escape(t)}\b", line)]
    return []


def _town(text: str, named: set[str], towns: list[str]) -> str | None:
    """The town a person's section places them in: the one it names most often ("Lead
    Artist · Calgary ... trained in Toronto ... has led our Calgary studio"), the first on a
    tie. Where the page lists the business's locations, only their towns count; else any
    known place, but not a word of a person's name ("Jordan")."""
    found: Counter[str] = Counter()
    if towns:
        for town in towns:
            hits = len(re.findall(rf"\b{re.escape(town)}\b", text))
            if hits:
                found[town] = hits
        ordered = sorted(found, key=lambda t: (-found[t], text.find(t)))
        return ordered[0] if ordered else None
    places = brand.place_names()
    # the longest run of capitalised words that is a place ("Salt Lake City", "Montréal");
    # a single word that is also an everyday one is not enough for a small place ("Summit"
    # of "Summit Scalp Studio", "Salt"), a city is ("Tampa", "Reading")
    for m in re.finditer(r"\b[A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+){0,2}\b", text):
        words = m.group(0).split()
        runs = (
            " ".join(words[i : i + n])
            for n in range(len(words), 0, -1)
            for i in range(len(words) - n + 1)
        )
        town = next((r for r in runs if r not in named and _town_name(r, places)), None)
        if town and not _FROM.search(text[max(0, m.start() - 12) : m.start()]):
            found[town] += 1
    return max(found, key=found.__getitem__) if found else None


class _PlainContacts:
    """Telephone, e-mail, address and coordinates found in the page's own text."""

    def __init__(self, ctx: Context, texts: list[str]):
        doc = ctx.doc
        joined = "\n".join(texts)
        self.text, self.region = joined, ctx.region
        self.addresses = contacts.addresses_in_text(joined)
        phones = contacts.read_page_phones(doc, ctx.region, texts)
        country = next((a.country for a in self.addresses if a.country), None)
        if not phones.numbers and country and country != ctx.region:
            # the page's region came from a template's language tag (en-GB on a page whose
            # address is in Illinois) or its host: its own address says where it is
            phones = contacts.read_page_phones(doc, country, texts)
        self.phones, self.secondary = phones.numbers, phones.secondary
        self.emails = contacts.page_emails(doc, texts)
        meta_address = contacts.meta_address(doc)
        if meta_address:
            self.addresses.insert(0, meta_address)
        self.geo = contacts.meta_geo(doc)

    def fill(self, practitioner: Practitioner) -> None:
        """Fill what the markup left out; where the markup gives a number or an address the
        page's own text never shows and the text shows another, the text wins (a plugin's
        schema keeps the old number after a move; a visitor reads the footer)."""
        self._fill_address(practitioner)
        shown = next((n for n in self.phones if not contacts.is_service_line(n)), None)
        other = (
            practitioner.telephone not in self.phones or practitioner.telephone in self.secondary
        )
        if not practitioner.telephone or (shown and other and shown not in self.secondary):
            practitioner.telephone = shown or next(iter(self.phones), None)
        beside = self._phone_at(practitioner.address)
        if beside and beside != practitioner.telephone:
            practitioner.telephone = beside  # the number shown with its address, not another's
        practitioner.email = practitioner.email or next(iter(self.emails), None)
        if practitioner.geo is None and self.geo:
            practitioner.geo = Geo(lat=self.geo[0], lon=self.geo[1])

    def _fill_address(self, practitioner: Practitioner) -> None:
        address = next(iter(self.addresses), None)
        had = practitioner.address
        if had is None or (address and not any(_same_place(had, a) for a in self.addresses)):
            practitioner.address = address
            if had is not None and had.street and address is not None:
                practitioner.former_address = had  # the markup's, kept after a move
        elif shown := next((a for a in self.addresses if _same_place(had, a, strict=True)), None):
            had.locality = shown.locality or had.locality  # the town shown at that street
        elif not (had.street or had.postal_code) and had.locality:  # a town from the title
            town = had.locality.casefold()
            practitioner.address = next(
                (
                    a
                    for a in self.addresses
                    if a.locality and f"{a.locality.casefold()} ".startswith(f"{town} ")
                ),
                # else the page's one address with its state, where it gives a street or is
                # written beside the title's town: the title's town is the city, the address
                # its suburb ("– Brisbane", "James St, Fortitude Valley QLD"), or the title's
                # is the district ("Mile End, Montréal, QC"); not the town the review site
                # itself is "based in"
                only if (only := self._one_address_beside(had.locality)) else had,
            )  # "Northline Scalp, Newcastle" at "Clayton St, Newcastle upon Tyne"

    def _one_address_beside(self, town: str) -> Address | None:
        """The page's one address with a state or postcode, where it gives a street or a
        line of the page writes it with this town."""
        if len(self.addresses) != 1:
            return None
        address = self.addresses[0]
        if not (address.region or address.postal_code) or not address.locality:
            return None
        beside = any(address.locality in line and town in line for line in self.text.splitlines())
        return address if address.street or beside else None

    def _phone_at(self, address: Address | None) -> str | None:
        """The first number the text shows after this address's street, close by: a chain's
        location page ("1104 Lake St ... Phone (708) 555-0129"), whose markup may carry another
        location's number."""
        street = address.street if address else None
        # (its number and first word: the street may run on to the next line)
        at = self.text.find(" ".join(street.split()[:2])) if street else -1
        if at < 0:
            return None
        near = self.text[at : at + NEAR_ADDRESS]
        found = contacts.phones_in_text(near, self.region)
        return found[0] if found and found[0] in self.phones else None


def _same_place(marked: Address, shown: Address, *, strict: bool = False) -> bool:
    """Whether an address the page's text shows is the markup's: unless both give a postcode
    and a street number and either differs, or the text's full address has a postcode of
    another place (a plugin's schema keeps the old address after a move); `strict`: only if
    both give them and they agree."""

    def number(a: Address) -> str:
        return m.group(0) if a.street and (m := re.search(r"\d+", a.street)) else ""

    def code(a: Address) -> str:
        return re.sub(r"\s", "", a.postal_code or "").upper()

    if not (code(marked) and code(shown) and number(marked) and number(shown)):
        moved = (
            bool(shown.street and code(marked) and code(shown))
            and code(marked)[:3] != code(shown)[:3]
        )
        return not strict and not moved
    return code(marked) == code(shown) and number(marked) == number(shown)


def _capped(blocks: list[Block], limit: int = MAX_TEXT) -> list[Block]:
    """The prose worth reading: all of it, or on huge pages its head and its footer."""
    if sum(len(b.text) for b in blocks) <= limit:
        return blocks
    log.info("reading the first and last %d characters of prose only", limit)
    head = _take(blocks, limit * 5 // 6)
    tail = _take(blocks[len(head) :][::-1], limit // 6)[::-1]
    return head + tail


def _take(blocks: list[Block], limit: int) -> list[Block]:
    taken: list[Block] = []
    for block in blocks:
        if limit <= 0:
            break
        if len(block.text) > limit:
            block = Block(block.text[:limit], block.element)
        taken.append(block)
        limit -= len(block.text) + 1
    return taken


def _subtrees(elements: Iterable[etree._Element]) -> set[etree._Element]:
    """These elements and everything inside them (held, so lxml keeps their identity)."""
    return {d for el in elements for d in el.iter()}


def _canonical(doc: Document) -> str | None:
    links = doc.root.xpath("//link[@rel='canonical']/@href")
    return doc.absolute(links[0]) if links else (doc.url or None)
