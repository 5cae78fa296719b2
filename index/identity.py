"""Identity resolution: group sightings of the same practitioner into one, with a stable id.

Clinics are joined by their website's host, then by phone number when their names agree,
then by a near-identical name in the same locality. Two groups are never joined when
both know a website and the websites differ, nor by name when both know a phone number
and the numbers differ: sharing a city or a word of a name is never enough. Artists are
linked to the clinic whose site or listing names them.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from crawler.extraction.brand import Choice, like_domain
from crawler.extraction.contacts import is_service_line
from index import mentions
from index import people_names as names
from index.normalize import digest, fold, norm_name, slug
from index.sites import page_clues, site_names
from index.store import Store, advance_seq, utcnow
from vetting.names import GENERIC

PHONE_NAME_MIN = 60  # token-set similarity two names sharing a phone number need
NAME_MATCH_MIN = 92  # token-sort similarity for a name match within one locality
WORKS_FOR_MIN = 88  # similarity of an artist's stated clinic to a clinic's name
PUBLISHER_SHARE = 0.3  # a name on this share of a listing source's pages is the site itself

log = logging.getLogger(__name__)
PENDING = "identity_pending"  # meta: a crawl's resolution failed or was cut short; redo it


def resolve_pending(store: Store) -> str | None:
    """Resolve again if the last crawl's resolution did not finish; a failure is logged and
    said in one line (the practitioners stay as the last good resolution left them)."""
    if store.get_meta(PENDING) != "1":
        return None
    try:
        resolve(store)
    except Exception as exc:
        log.error("identity resolution failed again; practitioners are unchanged", exc_info=True)
        return f"identity resolution failed ({type(exc).__name__}: {exc}); see the log"
    store.set_meta(PENDING, "0")
    return None


@dataclass
class Sighting:
    id: int
    kind: str
    name: str
    norm_name: str
    source: str
    source_kind: str
    own_site: bool
    site: str
    url: str
    domain: str | None = None
    telephone: str | None = None
    street: str | None = None
    locality: str | None = None
    postal_code: str | None = None
    works_for: str | None = None
    practitioner_id: str | None = None
    changed_seq: int = 0
    first_seen: str = ""
    joined_by: str | None = None
    website: str | None = None  # the page's link to the practitioner's site (a listing's)
    not_offered: str | None = None  # a chain's location's words: the work is not done here
    former_address: str | None = None  # JSON: the address its site's markup kept after a move
    staff: bool = False  # a team member's own page, counted as the site's, never naming it


@dataclass
class Cluster:
    members: list[Sighting]
    kind: str
    id: str = ""
    clinic: Cluster | None = None
    domains: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    site_name: str | None = None  # what its own site's pages call it, when it has a site
    name_reason: str | None = None
    handles: tuple[str, ...] = ()  # its profile's handles ("scalp.by.tomas"), as posts name it
    holder: str | None = None  # whom its own site's copyright lines name

    @property
    def name(self) -> str:
        return self.site_name or best_name(self.members, person=self.kind == "artist")

    @property
    def key(self) -> str:
        """The strongest identifying key, used to mint a new id."""
        if self.domains:
            return "d:" + min(self.domains)
        if self.phones:
            return "t:" + min(self.phones)
        first = min(self.members, key=lambda s: s.id)
        return f"n:{first.norm_name}|{fold(first.locality or '')}"


class _UnionFind:
    def __init__(self, sightings: list[Sighting]):
        self.parent = {s.id: s.id for s in sightings}
        self.why: dict[int, str] = {}  # why each sighting joined another
        self.domains = {s.id: {s.domain} if s.domain else set() for s in sightings}
        self.phones = {s.id: {s.telephone} if s.telephone else set() for s in sightings}
        self.places = {s.id: {_place(s.locality)} if s.locality else set() for s in sightings}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(
        self,
        a: int,
        b: int,
        *,
        check_phones: bool,
        why: str = "",
        location: bool = False,
        sites: bool = False,
    ) -> bool:
        """Join two groups unless their websites (or, `check_phones`, phones) differ; with
        `location`, unless they are two locations: both phones and places differ; with
        `sites`, even across two websites (one business's two sites, one name and number)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        da, db = self.domains[ra], self.domains[rb]
        if da and db and da.isdisjoint(db) and not sites:
            return False
        pa, pb = self.phones[ra], self.phones[rb]
        if check_phones and pa and pb and pa.isdisjoint(pb):
            return False
        la, lb = self.places[ra], self.places[rb]
        if location and pa and pb and pa.isdisjoint(pb) and la and lb and la.isdisjoint(lb):
            return False
        self.parent[rb] = ra
        self.places[ra] = la | lb
        if why:
            self.why.setdefault(b, why)
        self.domains[ra] = da | db
        self.phones[ra] = pa | pb
        return True


def publishers(sightings: Iterable[Sighting]) -> set[int]:
    """Sightings that are a listing site's own organisation, repeated on its pages."""
    pages: dict[str, set[str]] = defaultdict(set)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for s in sightings:
        if s.own_site or s.source_kind == "clinic":
            continue
        page = s.url.split("?", 1)[0].split("#", 1)[0]  # a page sorted another way is one page
        pages[s.source].add(page)
        names[(s.source, s.norm_name)].add(page)
        by_name[(s.source, s.norm_name)].append(s.id)
    out: set[int] = set()
    for (source, name), urls in names.items():
        total = len(pages[source])
        if len(urls) > 3 and len(urls) >= PUBLISHER_SHARE * total:
            out.update(by_name[(source, name)])
    return out


def site_staff(store: Store) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each site's team members its pages say do not do the work (a dermatologist beside
    the practice's SMP artists), from its live pages; and of them, those they say so of in
    words ("does not perform SMP")."""
    staff: dict[str, list[str]] = defaultdict(list)
    declined: dict[str, list[str]] = defaultdict(list)
    rows = store.conn.execute(
        "SELECT site, staff FROM pages WHERE staff IS NOT NULL AND status BETWEEN 200 AND 299"
    )
    for site, raw in rows:
        try:
            found = json.loads(raw)
        except ValueError:
            log.warning("unreadable staff list of a page of %s skipped", site)
            continue
        said: list[object] = []
        if isinstance(found, dict):  # {"staff": [...], "declined": [...]}, else a list
            found, said = found.get("staff") or [], found.get("declined") or []
        staff[site].extend(n for n in found if isinstance(n, str))
        declined[site].extend(n for n in said if isinstance(n, str))
    return staff, declined


def staff_pages(sightings: list[Sighting], staff: dict[str, list[str]]) -> list[Sighting]:
    """An artist of a site's own page (about them alone, or an about page naming them among
    others), whom another page of the site names among the team members who do not do the
    work: the page of the whole team knows what a page of one biography does not (a medical
    director's own page on a medspa's site, a trichologist an about page introduces)."""
    return [
        s
        for s in sightings
        if s.own_site
        and s.kind == "artist"
        and any(
            names.same_person_words(n, s.name) or names.same_person_words(s.name, n)
            for n in staff.get(s.site, ())
        )
    ]


def listed_staff(sightings: list[Sighting], staff: dict[str, list[str]]) -> list[Sighting]:
    """A person a directory lists with a business ("Owner: Philippe Gauthier") whom a
    business's own site says in words does not do the work (a surgeon who owns the clinic
    and "does not perform SMP"): no artist."""
    named = [n for names_ in staff.values() for n in names_]
    return [
        s
        for s in sightings
        if not s.own_site
        and s.kind == "artist"
        and s.works_for
        and any(
            names.same_person_words(n, s.name) or names.same_person_words(s.name, n) for n in named
        )
    ]


def _by_own_site(clinics: list[Cluster]) -> dict[str, list[Cluster]]:
    """The clinics each website is the own site of (a chain's locations share one)."""
    by_site: dict[str, list[Cluster]] = defaultdict(list)
    for c in clinics:
        for site in {s.site for s in c.members if s.own_site and s.site in c.domains}:
            by_site[site].append(c)
    return by_site


def locations_without_the_work(
    clinics: list[Cluster], artists: list[Cluster]
) -> tuple[list[Cluster], list[Cluster], set[int]]:
    """A chain's location whose card or page says the work is done at its other locations
    ("SMP and laser are at Midtown only", "not currently offered in Melbourne") is no
    practitioner, nor is its team (where another location of the site does the work). The
    clinics and artists less those, and the sightings taken away."""
    dropped: set[int] = set()
    for located in _by_own_site(clinics).values():
        marked = [c for c in located if any(s.not_offered for s in c.members if s.own_site)]
        if len(located) > len(marked):
            dropped |= {id(c) for c in marked}
    for c in clinics:
        if id(c) in dropped:
            why = next(s.not_offered for s in c.members if s.not_offered)
            log.info("a location of %s is no practitioner: %r", c.name, why)
    # the team of a place that does not do the work (its stylists and barbers) are no artists
    gone = {id(a) for a in artists if a.clinic is not None and id(a.clinic) in dropped}
    hidden = {s.id for c in [*clinics, *artists] if id(c) in dropped | gone for s in c.members}
    kept = [c for c in clinics if id(c) not in dropped]
    return kept, [a for a in artists if id(a) not in gone], hidden


def cluster_clinics(
    sightings: list[Sighting], headings: dict[str, set[str]] | None = None
) -> list[Cluster]:
    """Group clinic sightings into clinics; `headings`: the names an own page's title and
    main heading give (by URL), folded."""
    headings = headings or {}
    uf = _UnionFind(sightings)
    for group in _group_by(sightings, lambda s: s.domain):
        # a chain's locations share a website: the pages of one location first
        group.sort(key=lambda s: (s.telephone is None, s.locality is None, s.id))
        own = [s for s in group if s.own_site]
        for i, other in enumerate(own):
            for first in own[:i]:
                why = f"website {other.domain}"
                if uf.union(first.id, other.id, check_phones=False, why=why, location=True):
                    break
        _join_moved(uf, own)
        for listing in (s for s in group if not s.own_site):
            _join_by_website(uf, listing, own or [s for s in group if s is not listing])
    for group in _group_by(sightings, _phone_key):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                # or one's own page gives the other's name ("Dewayne Pruitt | DP Scalp Art"
                # on his link page; "DP Scalp Art" his booking page)
                named = (
                    a.own_site
                    and b.own_site
                    and a.site != b.site
                    and (
                        b.norm_name in headings.get(a.url, ())
                        or a.norm_name in headings.get(b.url, ())
                    )
                )
                if named or fuzz.token_set_ratio(a.norm_name, b.norm_name) >= PHONE_NAME_MIN:
                    how = "name its page gives" if named else "like name"
                    why = f"telephone {b.telephone} and a {how}"
                    # one business's two sites (a link page and a booking profile) give one
                    # number under one name; a chain's sites share only a booking line
                    twins = a.own_site and b.own_site and (named or a.norm_name == b.norm_name)
                    twins = twins and not is_service_line(b.telephone or "")
                    uf.union(a.id, b.id, check_phones=False, why=why, sites=twins)
    place_groups = _group_by(sightings, _postal_key) + _group_by(sightings, _locality_key)
    for group in place_groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if uf.find(a.id) == uf.find(b.id):
                    continue
                if alike_names(_less_town(a), _less_town(b)):  # "... Studio Glasgow" in Glasgow
                    place = b.postal_code or b.locality
                    uf.union(a.id, b.id, check_phones=True, why=f"the same name in {place}")
    _join_former_addresses(sightings, uf)
    _join_unique_names(sightings, uf)
    _join_owner_names(sightings, uf)
    _join_practitioners_at_address(sightings, uf)
    _join_listing_pages(sightings, uf)
    groups: dict[int, list[Sighting]] = defaultdict(list)
    for s in sightings:
        groups[uf.find(s.id)].append(s)
    for s in sightings:
        s.joined_by = uf.why.get(s.id)
    return [
        Cluster(members=m, kind="clinic", domains=uf.domains[root], phones=uf.phones[root])
        for root, m in groups.items()
    ]


def chain_listings(clinics: list[Cluster]) -> tuple[list[Cluster], dict[int, list[Cluster]]]:
    """Listings that link to a chain's website without saying which location they are about
    (a review site's one page for a chain of three): no practitioner of their own. The clinics
    less those, and each such listing's sightings -> the chain's locations."""
    sited: dict[str, list[Cluster]] = defaultdict(list)
    for c in clinics:
        if any(s.own_site for s in c.members):
            for domain in c.domains:
                sited[domain].append(c)
    kept: list[Cluster] = []
    listed: dict[int, list[Cluster]] = {}
    for c in clinics:
        places = {id(p): p for d in c.domains for p in sited.get(d, ())}
        if len(places) > 1 and not any(s.own_site for s in c.members):
            listed.update((s.id, list(places.values())) for s in c.members)
        else:
            kept.append(c)
    return kept, listed


def chain_pages(
    listed: dict[int, list[Cluster]], sightings: list[Sighting], clinics: list[Cluster]
) -> dict[int, list[Cluster]]:
    """The other pages of a chain's listing (`listed`; its page 2 may carry one location's
    number in its markup, and so have joined that location) -> the chain's locations: a
    review there naming a location ("Trey in Houston") is that location's."""
    chained = {_listing_page(s.url): listed[s.id] for s in sightings if s.id in listed}
    return {
        s.id: chained[_listing_page(s.url)]
        for c in clinics
        for s in c.members
        if not s.own_site and _listing_page(s.url) in chained
    }


def _listing_page(url: str) -> str:
    """A listing's address less its page number ("/review/x/page/2/", "?page=2")."""
    url = re.sub(r"[?&]page=\d+", "", url.split("#", 1)[0])
    return re.sub(r"/page/\d+/?$", "/", url)


def chain_families(
    store: Store, clinics: list[Cluster], artists: list[Cluster]
) -> list[dict[str, set[str]]]:
    """Each chain's locations on its own site -> what tells them apart (towns, artists, and
    the label its own page's heading gives it beside the brand: "Tress & Co. West
    Bridgford"), for a forum thread about the chain whose replies name one location."""
    out = []
    for places in _by_own_site(clinics).values():
        if len(places) < 2:
            continue
        names = _location_names(places, artists)
        labels = _page_labels(store, places)
        for place in places:
            names[place.id] |= labels.get(id(place), set())
        out.append(names)
    return out


def _page_labels(store: Store, places: list[Cluster]) -> dict[int, set[str]]:
    """The words a location's own page heading adds to the brand's ("west bridgford"), by
    the location's id()."""
    urls: dict[str, set[int]] = defaultdict(set)
    for place in places:
        for s in place.members:
            if s.own_site:
                urls[s.url].add(id(place))
    brand = set(fold(places[0].name).split()) | {"and", "co", "the"}
    out: dict[int, set[str]] = defaultdict(set)
    own = {url: next(iter(here)) for url, here in urls.items() if len(here) == 1}
    for url, clues in page_clues(store.conn, own).items():
        for clue in clues:
            words = [w for w in re.findall(r"[\w'’]+", fold(clue.text)) if w not in brand]
            if clue.kind == "h1" and 0 < len(words) <= 3:
                out[own[url]].add(" ".join(words))
    return out


def _location_names(places: list[Cluster], artists: list[Cluster]) -> dict[str, set[str]]:
    """What tells each of a chain's locations from the others: its towns and its artists."""
    out: dict[str, set[str]] = {}
    for place in places:
        names = {_place(s.locality) for s in place.members if s.own_site and s.locality}
        for artist in artists:  # among one chain's locations, "Kate" is enough
            if artist.clinic is place:
                names |= mentions.names_of(artist.name) | {fold(artist.name).split()[0]}
        out[place.id] = names
    return out


def _less_town(s: Sighting) -> str:
    """A name without its own town's name ("northline scalp studio glasgow" in Glasgow)."""
    town = fold(s.locality or "")
    if town and s.norm_name.endswith(f" {town}"):
        return s.norm_name.removesuffix(f" {town}")
    return s.norm_name


_POST = re.compile(r"/(?:19|20)\d\d/|/(?:blog|news|posts?|journal|articles?)/", re.I)


def _join_moved(uf: _UnionFind, own: list[Sighting]) -> None:
    """A site's "second location" given only by its blog posts, which no page shows beside
    its first (a post from before a move): the same business at an old address, not a
    chain's location. A post tells history; a chain gives its places pages of their own."""
    pages: dict[int, set[str]] = defaultdict(set)
    for s in own:
        pages[uf.find(s.id)].add(s.url)
    if len(pages) < 2:
        return
    main = max(pages, key=lambda r: (len(pages[r]), -r))
    for root, urls in pages.items():
        posts = all(_POST.search(urlsplit(u).path) for u in urls)
        if root != main and posts and urls.isdisjoint(pages[main]):
            first = next(s for s in own if uf.find(s.id) == root)
            why = "an old address of its site's only current place (no page shows both)"
            uf.union(main, first.id, check_phones=False, why=why)


def _join_former_addresses(sightings: list[Sighting], uf: _UnionFind) -> None:
    """A listing at the address a clinic's own site still gives in its markup after a move
    (a directory or a voucher that kept the old address), under a like name: that clinic."""
    by_street: dict[str, list[Sighting]] = defaultdict(list)
    for s in sightings:
        if not s.own_site and (key := _street_key(s)):
            by_street[key].append(s)
    for s in sightings:
        if not (s.own_site and s.former_address):
            continue
        try:
            old = json.loads(s.former_address)
        except ValueError:
            continue
        key = _address_key(old.get("street"), old.get("postal_code"))
        for other in by_street.get(key or "", []):
            if uf.find(other.id) != uf.find(s.id) and alike_names(_less_town(s), _less_town(other)):
                why = f"the address its site's markup kept after a move, {old.get('street')}"
                uf.union(s.id, other.id, check_phones=True, why=why)


def _join_by_website(uf: _UnionFind, listing: Sighting, site: list[Sighting]) -> None:
    """A listing that links to a website is that website's practitioner; where the site
    holds a chain's locations, the one the listing's telephone or place names, else none."""
    roots = {uf.find(s.id) for s in site}
    if len(roots) > 1:
        place = _place(listing.locality or "")
        named = {
            r
            for r in roots
            if (listing.telephone and listing.telephone in uf.phones[r])
            or (place and place in uf.places[r])
        }
        # or the one whose own page the listing links to (".../locations/brisbane/"): on a
        # chain's page, the location it is about is the one given the site as its website
        page = _page_key(listing.website)
        linked = {uf.find(s.id) for s in site if s.website and page and _page_key(s.url) == page}
        roots = named if len(named) == 1 or len(linked) != 1 else linked
    if len(roots) == 1:
        why = f"website {listing.domain}"
        uf.union(roots.pop(), listing.id, check_phones=False, why=why, location=True)


def _page_key(url: str | None) -> str | None:
    """A page's address without scheme, query or its index file; None for a site's home."""
    if not url:
        return None
    parts = urlsplit(url)
    path = re.sub(r"/(?:index\.html?)?$", "", parts.path)
    return f"{(parts.hostname or '').removeprefix('www.')}{path}" if path else None


def _join_owner_names(sightings: list[Sighting], uf: _UnionFind) -> None:
    """A listing under its owner's name ("Callan Birch") and the business named after them
    ("Birch Scalp Art") in the same town are one practitioner, unless their phones differ."""
    for group in _group_by(sightings, _town_key):
        people = [s for s in group if names.reads_as_person(s.name)]
        for person in people:
            words = set(person.norm_name.split())
            for other in group:
                if other is person or uf.find(other.id) == uf.find(person.id):
                    continue
                own = [w for w in other.norm_name.split() if w not in GENERIC and w not in _LINKS]
                if (
                    own
                    and all(names.has_word(w, words) for w in own)
                    and not names.reads_as_person(other.name)
                ):
                    why = f"named after its owner {person.name!r} in {person.locality}"
                    uf.union(other.id, person.id, check_phones=True, why=why)


def _join_practitioners_at_address(sightings: list[Sighting], uf: _UnionFind) -> None:
    """A doctor's or artist's own listing ("Dr. med. Stefan Huber, Plastischer Chirurg") at
    the street address of a practice whose name holds their full name ("Praxis Dr. med.
    Katharina Vogl & Dr. med. Stefan Huber") is that practice, unless their phones differ."""
    for group in _group_by(sightings, _street_key):
        for person in group:
            words = names.person_words(person.name)
            if len(words) < 2:
                continue
            for other in group:
                if other is person or uf.find(other.id) == uf.find(person.id):
                    continue
                theirs = names.name_words(other.name)
                if len(theirs) > len(words) and all(w in theirs for w in words):
                    why = f"{person.name!r} practises at {other.name!r}, {other.street}"
                    uf.union(other.id, person.id, check_phones=True, why=why)


_LINKS = {"co", "and", "by", "the", "of"}
BIG_CITY = 500_000  # a city whose neighbourhoods are named as places of their own


def _town_key(s: Sighting) -> str | None:
    return fold(s.locality) if s.locality else None


def _squashed(name: str) -> str:
    return name.replace(" ", "")


def _core(name: str) -> str:
    """A business name without the words many businesses share ("Ink & Follicle Scalp Co"
    and "Ink and Follicle" are both "follicle"... unless nothing else is left)."""
    words = [w for w in name.split() if w not in GENERIC and w not in ("co", "and")]
    return "".join(words)


def alike_names(a: str, b: str) -> bool:
    """Two normalised names that are one business's: equal but for spaces, one the other
    with only generic words added, at the end or between its words ("Ink and Follicle" and
    "Ink and Follicle Scalp Co", "Greenway Hair Clinic" and "Greenway Hair & Scalp
    Clinic"), or nearly equal word for word. "Summit Scalp Studio" and "Summit Scalp
    Clinic" are not."""
    if _squashed(a) == _squashed(b):
        return True
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(_core(" ".join(short))) >= 4 and short[:1] == long_[:1]:
        rest = iter(short)
        want = next(rest, None)
        extra = []
        for word in long_:
            if word == want:
                want = next(rest, None)
            else:
                extra.append(word)
        if want is None and all(w in GENERIC or w == "co" for w in extra):
            return True
    return fuzz.token_sort_ratio(a, b) >= NAME_MATCH_MIN


_LISTING_PART = re.compile(
    r"^(?:reviews?|ratings?|photos?|gallery|questions?|answers?|q-?and-?a|complaints?|"
    r"services?|about|info|details|page|p)(?:[-/]|$)",
    re.I,
)


def _join_listing_pages(sightings: list[Sighting], uf: _UnionFind) -> None:
    """A listing's further pages ("/pro/jaylen-brooks-smp/reviews/2/") are that listing,
    whatever name their titles lead with."""
    listings = {
        (s.site, path): s
        for s in sightings
        if not s.own_site and (path := urlsplit(s.url).path.rstrip("/")).count("/") >= 2
    }
    for s in sightings:
        if s.own_site:
            continue
        path = urlsplit(s.url).path.rstrip("/")
        base = path
        while "/" in base.strip("/"):  # each ancestor of its path, nearest first
            base = base.rsplit("/", 1)[0]
            listing = listings.get((s.site, base))
            if listing is None or not _LISTING_PART.match(path[len(base) + 1 :]):
                continue
            if not (listing.domain or s.domain or alike_names(listing.norm_name, s.norm_name)):
                # (else joined as such already, or a chain's listing shared out by place)
                uf.union(listing.id, s.id, check_phones=True, why="a further page of its listing")
            break


def _join_unique_names(sightings: list[Sighting], uf: _UnionFind) -> None:
    """The same name on a review site and on the practitioner's own site, where their
    places agree or one gives none: one practitioner.

    Where the name is known in two places that differ (a chain's locations, namesakes in
    two cities), a record that gives no place is joined to neither; records whose
    websites or phones differ are never joined.
    """
    by_name: dict[str, list[Sighting]] = defaultdict(list)
    root_places: dict[int, set[str]] = defaultdict(set)
    for s in sightings:
        for key in {_squashed(s.norm_name), _core(s.norm_name)}:
            if len(key) >= 6:
                by_name[key].append(s)
        if s.locality:
            root_places[uf.find(s.id)].add(_place(s.locality))
    for group in by_name.values():
        roots: dict[int, list[Sighting]] = defaultdict(list)
        for s in group:
            roots[uf.find(s.id)].append(s)
        if len(roots) < 2:
            continue
        places = _towns_of({r: root_places.get(r, set()) for r in roots})
        known = [p for p in places.values() if p]
        ambiguous = any(a.isdisjoint(b) for i, a in enumerate(known) for b in known[i + 1 :])
        order = sorted(roots)
        for i, a in enumerate(order):
            for b in order[i + 1 :]:
                pa, pb = places[a], places[b]
                if not alike_names(roots[a][0].norm_name, roots[b][0].norm_name):
                    continue
                if (pa and pb and not pa.isdisjoint(pb)) or (not ambiguous and not (pa and pb)):
                    other = roots[b][0]
                    why = f"the same name {other.name!r}" + (
                        f" in {sorted(pa & pb)[0]}" if pa & pb else ""
                    )
                    uf.union(roots[a][0].id, other.id, check_phones=True, why=why)


def _towns_of(places: dict[int, set[str]]) -> dict[int, set[str]]:
    """The places of one name's groups, a village read as the town it is part of, less any
    place no gazetteer knows ("Mile End", "West Loop": a neighbourhood's name) where another
    of the groups is in a big city: a neighbourhood says nothing against the city around it."""
    from crawler.extraction.brand import key_of, population

    towns = {p for known in places.values() for p in known if population(key_of(p))}
    # a place named for the town it is part of ("Newton Centre" of Newton) is that town
    places = {
        root: {next((t for t in towns if p.startswith(f"{t} ")), p) for p in known}
        for root, known in places.items()
    }
    if not any(population(key_of(p)) >= BIG_CITY for p in towns):
        return places
    return {root: {p for p in known if population(key_of(p))} for root, known in places.items()}


def cluster_artists(sightings: list[Sighting], clinics: list[Cluster]) -> list[Cluster]:
    """Group artist sightings by person and link each to a clinic."""
    by_domain: dict[str, list[Cluster]] = defaultdict(list)
    for c in clinics:
        for d in c.domains:
            by_domain[d].append(c)
    groups: dict[tuple[object, ...], list[Sighting]] = defaultdict(list)
    linked: dict[tuple[object, ...], Cluster | None] = {}
    for s in sightings:
        clinic = _location(by_domain.get(s.site, []), s.locality, s.url) if s.own_site else None
        if clinic is None and s.works_for:
            clinic = _clinic_named(s.works_for, s.locality, clinics)
        if clinic is None and not s.own_site and s.domain:  # a listing giving their website
            site = by_domain.get(s.domain, [])
            clinic = site[0] if len(site) == 1 else None
        key: tuple[object, ...] = (
            (id(clinic), s.norm_name) if clinic else (None, s.norm_name, fold(s.locality or ""))
        )
        groups[key].append(s)
        linked[key] = clinic
    return [Cluster(members=m, kind="artist", clinic=linked[k]) for k, m in groups.items()]


def _location(clinics: list[Cluster], town: str | None, url: str = "") -> Cluster | None:
    """Of a website's practitioners (a chain's locations), the one in the artist's town,
    else the one whose own page names them (the only location that page gives), else the
    one most of the site's pages belong to."""
    if not clinics:
        return None
    if town:
        here = [c for c in clinics if any(fold(s.locality or "") == fold(town) for s in c.members)]
        if len(here) == 1:
            return here[0]
    paged = [c for c in clinics if any(s.url == url for s in c.members)]
    if len(paged) == 1:
        return paged[0]
    return max(clinics, key=lambda c: sum(s.own_site for s in c.members))


def join_people(artists: list[Cluster]) -> list[Cluster]:
    """One artist per person of a clinic: "Beth" on one page and "Beth Camilleri" on another
    are one person when no other person of that clinic could be "Beth"."""
    by_clinic: dict[int, list[Cluster]] = defaultdict(list)
    out = []
    for a in artists:
        (by_clinic[id(a.clinic)] if a.clinic is not None else out).append(a)
    for group in by_clinic.values():
        group.sort(key=lambda a: -len(a.name))
        kept: list[Cluster] = []
        for a in group:
            fuller = [k for k in kept if names.same_person_words(a.name, k.name)]
            if len(fuller) == 1:
                fuller[0].members.extend(a.members)
                for s in a.members:
                    s.joined_by = s.joined_by or f"the same person as {fuller[0].name}"
            else:
                kept.append(a)
        out.extend(kept)
    return out


_TRADE_WORDS = re.compile(
    r"(?:\s+(?:smp|scalp|micro-?pigmentation|pigmentation|art|artistry|hairlines?|tattoos?|ink|"
    r"&|and))+\s*$",
    re.I,
)


# a shop with chairs for several, though it bears its owner's name
_SHOP = re.compile(r"\b(?:barbers|barbershop|salon|(?:&|and)\s+(?:sons?|daughters?|co))\b", re.I)


def one_sole_trader(clinics: list[Cluster]) -> list[Cluster]:
    """Two businesses each of one person, by one full name in one town (her newsletter and
    her booking page) are that person's one business."""
    kept: list[Cluster] = []
    seen: dict[tuple[str, str], Cluster] = {}
    for c in clinics:
        person = max((s.name for s in c.members if s.kind == "artist"), key=len, default="")
        if c.kind != "artist" or len(person.split()) < 2:
            kept.append(c)
            continue
        towns = {fold(s.locality) for s in c.members if s.locality}
        first = next(
            (seen[(fold(person), t)] for t in sorted(towns) if (fold(person), t) in seen), None
        )
        if first is None:
            for town in towns:
                seen[(fold(person), town)] = c
            kept.append(c)
            continue
        for s in c.members:
            s.joined_by = s.joined_by or f"{person}'s own business too, in the same town"
        first.members.extend(c.members)
        first.domains |= c.domains
        first.phones |= c.phones
    return kept


def _holds(c: Cluster, person: Cluster) -> bool:
    """Whether the one person of a site is whom its copyright lines name ("© 2026 Renée
    Okafor" on her newsletter "The Hairline Letter"): the site is hers, a sole trader's."""
    return (
        c.holder is not None
        and len(person.name.split()) >= 2
        and names.same_person_words(c.holder, person.name)
    )


def one_person_businesses(clinics: list[Cluster], artists: list[Cluster]) -> list[Cluster]:
    """A business trading under the name of its one practitioner is that artist: "Dana
    Whitfield SMP" with Dana Whitfield alone on its site is one record, of kind artist."""
    by_clinic: dict[int, list[Cluster]] = defaultdict(list)
    for a in artists:
        if a.clinic is not None:
            by_clinic[id(a.clinic)].append(a)
    folded: set[int] = set()
    for c in clinics:
        label = c.site_name or c.name  # its website's name, or the listings' without one
        if not label or names.INSTITUTION.search(label):
            continue
        people = by_clinic.get(id(c), [])
        owner = next((s.name for s in c.members if names.reads_as_person(s.name)), None)
        if not people and owner and names.name_in_business(owner, label):
            c.kind = "artist"  # listed under its owner's name alone: "Callan Birch"
            c.name_reason = f"{c.name_reason}; listed under its practitioner's name {owner}"
            continue
        bare = _TRADE_WORDS.sub("", label).strip()
        whole = len(bare.split()) >= 2  # a full name; "Jim Tattoo" may be a studio's
        if (
            not people
            and bare != label
            and names.reads_as_person(bare)
            and (whole or not c.domains)
        ):
            c.kind = "artist"  # "Gethin Pryce SMP", no one else named on its pages or listings
            c.name_reason = f"{c.name_reason}; a person's name and the trade ({bare})"
            continue
        if (
            len(people) == 1
            and (names.name_in_business(people[0].name, label) or _holds(c, people[0]))
            and not _SHOP.search(label)  # "Dai Morgan Barbers": his shop, with its barbers
        ):
            c.kind = "artist"
            c.members.extend(people[0].members)
            for s in people[0].members:
                s.joined_by = f"the one practitioner of {label}, named in it"
            folded.add(id(people[0]))
            c.name_reason = f"{c.name_reason}; trades under its practitioner's name"
    return [a for a in artists if id(a) not in folded]


def _named_as_profiles(sightings: list[Sighting], chosen: dict[str, Choice]) -> None:
    """A profile's pages on a platform name the platform ("Facepage", "Tapthru") where the
    profile's owner should be: its pages are known, for joining, by the profile's name."""
    for s in sightings:
        choice = chosen.get(s.site)
        if s.own_site and choice and choice.on_platform and like_domain(s.name, s.site):
            s.norm_name = norm_name(choice.name)


def name_from_sites(
    store: Store, clinics: list[Cluster], chosen: dict[str, Choice] | None = None
) -> None:
    """Name each clinic with a website of its own by what its site's pages repeat."""
    own = {s.site for c in clinics for s in c.members if s.own_site and s.site in c.domains}
    chosen = chosen if chosen is not None else site_names(store, own)
    for c in clinics:
        sites = sorted(
            {s.site for s in c.members if s.own_site and s.site in chosen and s.site in c.domains},
            key=lambda site: -sum(s.site == site for s in c.members),
        )
        if sites:
            choice = chosen[sites[0]]
            c.site_name = choice.name
            c.name_reason = f"its website {sites[0]}: {choice.reason}"
            c.handles = choice.handles
            c.holder = choice.holder


def _clinic_named(name: str, locality: str | None, clinics: list[Cluster]) -> Cluster | None:
    target = norm_name(name)
    best: tuple[float, Cluster] | None = None
    for c in clinics:
        for s in c.members:
            score = fuzz.token_sort_ratio(target, s.norm_name)
            if locality and s.locality and fold(locality) == fold(s.locality):
                score += 5
            if score >= WORKS_FOR_MIN and (best is None or score > best[0]):
                best = (score, c)
    return best[1] if best else None


def assign_ids(clusters: list[Cluster], taken: set[str]) -> dict[str, str]:
    """Give each cluster a stable id; return redirects from ids merged away."""
    claimed: set[str] = set()
    redirects: dict[str, str] = {}
    for c in sorted(clusters, key=lambda c: -len(c.members)):
        votes = Counter(s.practitioner_id for s in c.members if s.practitioner_id)
        for pid, _ in votes.most_common():
            if pid not in claimed:
                c.id = pid
                break
        if not c.id:
            base = f"{slug(c.name)}-{digest(c.kind, c.key)[:6]}"
            candidate, n = base, 1
            while candidate in claimed or candidate in taken:
                n += 1
                candidate = f"{base}-{n}"
            c.id = candidate
        claimed.add(c.id)
        for pid in votes:
            if pid != c.id and pid not in claimed:
                redirects[pid] = c.id
    return {old: new for old, new in redirects.items() if old not in claimed}


def best_name(members: list[Sighting], person: bool = False) -> str:
    """The name most sources agree on; the practitioner's own site counts a little more. Of a
    person's names as often given, the fullest ("Brodie Tran", not the "Brodie" of a page
    about his work)."""
    votes: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    members = [s for s in members if not s.staff] or members
    for s in sorted(members, key=lambda s: (not s.own_site, s.id)):
        spelling.setdefault(s.norm_name, s.name)
        if (s.source, s.norm_name) in seen:
            continue
        seen.add((s.source, s.norm_name))
        votes[s.norm_name] += 1.5 if s.own_site else 1.0
    top = max(votes.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]
    if person:
        fuller = [
            n for n, v in votes.items()
            if v == votes[top] and set(top.split()) < set(n.split())
        ]  # fmt: skip
        top = max(fuller, key=len, default=top)
    return spelling[top]


def _person_names(c: Cluster) -> list[str]:
    """The full names of the person an artist's record is ("Dewayne Pruitt" of DP Scalp Art,
    the business that trades under his name)."""
    if c.kind != "artist":
        return []
    return sorted({s.name for s in c.members if s.kind == "artist" and len(s.name.split()) >= 2})


def _listed_as(c: Cluster) -> list[str]:
    """The names directories list a practitioner under ("Jordan W." on a classified ad):
    the names a thread may know it by."""
    return sorted({s.name for s in c.members if not s.own_site and s.source_kind == "directory"})


def _shared_number_headings(store: Store, sightings: list[Sighting]) -> dict[str, set[str]]:
    """The names the title and main heading of each own page give, folded, for the own pages
    whose number another site's own page gives too."""
    own = [(s, key) for s in sightings if s.own_site and (key := _phone_key(s))]
    sites: dict[str, set[str]] = defaultdict(set)
    for s, key in own:
        sites[key].add(s.site)
    urls = {s.url for s, key in own if len(sites[key]) > 1}
    return {
        url: {norm_name(c.text) for c in clues if c.kind in ("title", "h1")}
        for url, clues in page_clues(store.conn, urls).items()
    }


def _phone_key(s: Sighting) -> str | None:
    """A number's last nine digits: the same line as one page writes it in full ("+27 11 555
    0143") and another, of no known country, as dialled at home ("011 555 0143")."""
    digits = re.sub(r"\D", "", s.telephone or "")
    return digits[-9:] if len(digits) >= 9 else None


def _street_key(s: Sighting) -> str | None:
    return _address_key(s.street, s.postal_code)


def _address_key(street: str | None, postal_code: str | None) -> str | None:
    """A street address as compared: its street and postcode, both given."""
    if not street or not postal_code:
        return None
    postcode = re.sub(r"\W", "", postal_code).lower()
    return f"{fold(street)}|{postcode}"


def _postal_key(s: Sighting) -> str | None:
    return s.postal_code[:5] if s.postal_code else None


def _locality_key(s: Sighting) -> str | None:
    return _place(s.locality) if s.locality else None


_DISTRICT = re.compile(r"\s+\d{1,2}(?:e|er|st|nd|rd|th)?$")


def _place(locality: str) -> str:
    """A town as compared: a city's numbered postal district is the city ("Dublin 2")."""
    town = fold(locality)
    city = _DISTRICT.sub("", town)
    if city == town:
        return town
    from crawler.extraction.brand import key_of, population

    return city if population(key_of(city)) else town


def _group_by(
    sightings: list[Sighting], key: Callable[[Sighting], str | None]
) -> list[list[Sighting]]:
    groups: dict[object, list[Sighting]] = defaultdict(list)
    for s in sightings:
        k = key(s)
        if k:
            groups[k].append(s)
    return [g for g in groups.values() if len(g) > 1]


def resolve(store: Store) -> dict[str, int]:
    """Re-group every live sighting into practitioners and record the result in the store."""
    rows = store.conn.execute(
        "SELECT id, kind, name, norm_name, source, source_kind, own_site, site, url, domain,"
        " telephone, street, locality, postal_code, works_for, practitioner_id, changed_seq,"
        " first_seen, joined_by, website, not_offered, former_address FROM sightings"
        " WHERE gone = 0"
    ).fetchall()
    sightings = [Sighting(**{**dict(r), "own_site": bool(r["own_site"])}) for r in rows]
    hidden = publishers(sightings)
    per_page = Counter(s.url for s in sightings if s.own_site and s.kind == "artist")
    staff, declined = site_staff(store)
    hidden |= {s.id for s in listed_staff(sightings, declined)}
    for s in staff_pages(sightings, staff):
        if per_page[s.url] > 1:  # one of several a page introduces: not an artist, that is all
            hidden.add(s.id)
            continue
        s.kind, s.domain, s.staff = "clinic", s.site, True  # their own page's claims: the site's
        s.joined_by = f"{s.name}'s own page; the team page says they do not do the work"
    live = [s for s in sightings if s.id not in hidden]
    live_clinics = [s for s in live if s.kind == "clinic"]
    chosen = site_names(store, {s.site for s in live_clinics if s.own_site})
    _named_as_profiles(live_clinics, chosen)
    clinics, chain_listed = chain_listings(
        cluster_clinics(live_clinics, _shared_number_headings(store, live_clinics))
    )
    hidden |= set(chain_listed)
    name_from_sites(store, clinics, chosen)
    artists = cluster_artists([s for s in live if s.kind == "artist"], clinics)
    clinics, artists, not_here = locations_without_the_work(clinics, artists)
    hidden |= not_here
    artists = one_person_businesses(clinics, join_people(artists))
    clinics = one_sole_trader(clinics)
    clusters = clinics + artists
    existing = {
        r["id"]: dict(r)
        for r in store.conn.execute(
            "SELECT id, changed_seq, members, gone, name, kind FROM practitioners"
        )
    }
    redirects = assign_ids(clusters, taken=set(existing))
    now = utcnow()
    changed = 0
    with store.transaction() as db:
        seq = None
        for c in clusters:
            members = digest(*sorted(s.id for s in c.members))
            latest = max(s.changed_seq for s in c.members)
            old = existing.get(c.id)
            if (
                old is None
                or old["members"] != members
                or old["gone"]
                or (old["name"], old["kind"]) != (c.name, c.kind)
            ):
                seq = seq or advance_seq(db)
                latest = max(latest, seq)
            elif latest <= old["changed_seq"]:
                latest = old["changed_seq"]
            if old is None or latest != old["changed_seq"]:
                changed += 1
            db.execute(
                "INSERT INTO practitioners (id, kind, name, clinic_id, created_at, updated_at,"
                " changed_seq, members, gone, name_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"
                " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
                " clinic_id = excluded.clinic_id, changed_seq = excluded.changed_seq,"
                " members = excluded.members, gone = 0, name_reason = excluded.name_reason,"
                " updated_at = CASE WHEN practitioners.changed_seq = excluded.changed_seq"
                " THEN practitioners.updated_at ELSE excluded.updated_at END",
                (
                    c.id,
                    c.kind,
                    c.name,
                    c.clinic.id if c.clinic else None,
                    now,
                    now,
                    latest,
                    members,
                    c.name_reason,
                ),
            )
            db.executemany(
                "UPDATE sightings SET practitioner_id = ?, joined_by = ? WHERE id = ?"
                " AND (practitioner_id IS NOT ? OR joined_by IS NOT ?)",
                [(c.id, s.joined_by, s.id, c.id, s.joined_by) for s in c.members],
            )
        db.executemany(
            "UPDATE sightings SET practitioner_id = NULL WHERE id = ?", [(i,) for i in hidden]
        )
        live_ids = {c.id for c in clusters}
        vanished = [pid for pid, old in existing.items() if pid not in live_ids and not old["gone"]]
        if vanished:
            seq = seq or advance_seq(db)
            db.executemany(
                "UPDATE practitioners SET gone = 1, changed_seq = ?, updated_at = ? WHERE id = ?",
                [(seq, now, pid) for pid in vanished],
            )
        towns = {c.id: {_place(s.locality) for s in c.members if s.locality} for c in clusters}
        named = mentions.attribute(
            db,
            {
                c.id: mentions.names_of(c.name, [*c.handles, *_person_names(c), *_listed_as(c)])
                or mentions.names_in_town(c.name, towns[c.id])
                for c in clusters
            },
            {c.id: c.clinic.id for c in clusters if c.clinic},
            {
                sid: _location_names(places, artists)
                for sid, places in {
                    **chain_listed,
                    **chain_pages(chain_listed, live, clinics),
                }.items()
            },
            chain_families(store, clinics, artists),
            towns,
        )
        if named:  # reviews in a thread that now name them, or no longer do
            seq = seq or advance_seq(db)
            db.executemany(
                "UPDATE practitioners SET changed_seq = ? WHERE id = ?", [(seq, p) for p in named]
            )
        for old_id, new_id in redirects.items():
            db.execute(
                "INSERT INTO id_redirects (old_id, new_id) VALUES (?, ?)"
                " ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
                (old_id, new_id),
            )
            db.execute("UPDATE id_redirects SET new_id = ? WHERE new_id = ?", (new_id, old_id))
    return {
        "clinics": len(clinics),
        "artists": len(artists),
        "changed": changed + len(vanished),
        "merged_away": len(redirects),
    }
