"""The practitioner's name on a page with no markup.

On the practitioner's own site it is the site's name (crawler.extraction.brand). On a page
of a directory or review site the site's name is the host's, so the page's subject is what
its title and heading add to it: "Brightline SMP – Reviews | ScalpScore" is about
Brightline SMP.
"""

from __future__ import annotations

import re

from crawler.items import NameClue

from . import brand, people
from .document import Document
from .text import words

HOST_KINDS = ("og", "logo", "home", "copyright")  # clues that name the site itself
# the parts of a listing a page can be about: its reviews, complaints, photos, questions
_PARTS = (
    r"(?:reviews?|ratings?|complaints?|photos?|"
    r"questions?(?:\s+(?:and|&)\s+answers?)?|q\s*&\s*a)"
)
_LISTING_WORDS = re.compile(
    rf"^(?:(?:customer\s+|client\s+)?{_PARTS}\s+(?:of|for|about)|about)\s+"
    rf"|\s*[-–(]?\s*(?:\d+\s+)?(?:customer\s+|client\s+|verified\s+)?(?:{_PARTS}|"
    r"profile|listing|details?)(?:,?\s+\(?page\s+\d+)?\)?$",
    re.I,
)


def listing_label(text: str) -> bool:
    """A title part that only names the kind of page ("Reviews (page 2)", "Profile")."""
    if re.fullmatch(r"(?i)\s*page\s+\d+(?:\s+of\s+\d+)?\s*", text):
        return True
    return not _LISTING_WORDS.sub("", text).strip(" -–—()|")


def page_name(doc: Document, clues: list[NameClue], *, own_site: bool = True) -> str | None:
    """Whose page this is: the site's name on its own site, else the page's subject."""
    if not own_site:
        return subject_name(clues, doc.host)
    choice = brand.choose([clues], doc.host, profile=brand.subdomain_of(doc.host))
    return choice.name if choice else (doc.host or None)


def subject_name(clues: list[NameClue], site: str = "") -> str | None:
    """What a listing page's title and main heading name, besides the site it is on; with
    the place it adds ("Ink and Follicle, Fort Collins"), which split_place takes apart."""
    host = [c.text for c in clues if c.kind in HOST_KINDS]
    own = [
        NameClue(c.kind, name)
        for c in clues
        if c.kind in ("title", "h1")
        and (
            name := brand.tidy(
                _LISTING_WORDS.sub("", _merchant(c.text)), max_words=brand.MAX_WORDS + 6
            )
        )
        and not _names_host(name, host)
        and not c.text.rstrip().endswith("?")  # a thread's question ("SMP in Halifax?")
        and not (site and brand.like_domain(name, site))  # "ScalpTalk Forums" at scalptalk
    ]
    titles = [c for c in own if c.kind == "title"]
    heads = [c for c in own if c.kind == "h1"]
    if titles and heads:  # a page about one business names it in both
        own = [c for c in own if _agrees(c, titles if c.kind == "h1" else heads)]
        own = [c for c in own if not _HOST_NAME.fullmatch(c.text.strip())] or own  # (its address)
    bare = [
        NameClue(c.kind, name)
        for c in own
        if not _a_place(name := split_place(c.text)[0])
        and not _a_category(name)
        and not _PRICE.search(name)  # an ad's offer ("$899 full head"), not who makes it
    ]
    choice = brand.choose([bare], exclude=host)
    if choice is None:
        return None
    key = brand.key_of(choice.name)
    full = [c.text for c in sorted(own, key=lambda c: c.kind != "h1")]
    return next((t for t in full if brand.key_of(split_place(t)[0]) == key), choice.name)


_PRICE = re.compile(r"[$£€¥₹]\s?\d|\d\s?(?:[$£€]|kr|zł|EUR|USD|GBP|AUD|CAD|NZD)\b")
_DEAL = re.compile(r"\b(?:\d{1,2}%\s+off|\$\d[\d.,]*\s+(?:for|off))\b", re.I)
_DEAL_TAIL = re.compile(r"\s*[(\[–—-]\s*(?:up\s+to\s+)?\d{1,2}%\s+off\b.*$", re.I)


def _merchant(text: str) -> str:
    """A deal's title names its merchant after "at": "Up to 52% Off Scalp Micropigmentation
    at Summit Follicle Studio", "First Session at Adelaide Scalp and Skin (Up to 40% Off)"."""
    if not _DEAL.search(text) or " at " not in text:
        return text
    return _DEAL_TAIL.sub("", text.rsplit(" at ", 1)[1]).strip()


# What a directory files businesses under ("Scalp Micropigmentation", "Hair Replacement"):
# a category page's title, not a business's
_CATEGORY_WORDS = words(
    """scalp micropigmentation micro pigmentation smp hair replacement restoration loss
    transplant transplants tattoo tattoos tattooing wigs wig hairpieces systems and &
    clinics studios artists practitioners services page pros professionals experts
    specialists providers best top near you me mobile health beauty wellness"""
)
_IN_PLACE = re.compile(
    r"^(?P<what>.+?)\s+(?:in|around|across)\s+(?P<place>[^,]+)(?:,\s*[\w .]{2,30})?$", re.I
)  # ("Scalp micropigmentation in Canberra, ACT": a place with its state)


def _a_category(name: str) -> bool:
    """A directory's category ("Scalp Micropigmentation"), maybe of a place ("Scalp
    micropigmentation near you in Canada", "SMP pros in Tennessee")."""
    held = _IN_PLACE.match(name)
    if held and brand.is_place(brand.key_of(held.group("place"))):
        name = held.group("what")
    words = re.findall(r"[\w&]+", name.lower())
    return bool(words) and all(w in _CATEGORY_WORDS or w.isdigit() for w in words)


def _a_place(name: str) -> bool:
    """A candidate that is itself a place, maybe with its district: "Dallas (Deep Ellum)"."""
    return brand.is_place(brand.key_of(re.sub(r"\s*\(.*", "", name)))


def _agrees(clue: NameClue, others: list[NameClue]) -> bool:
    key = brand.key_of(clue.text)
    return any(
        ((k := brand.key_of(o.text)) and (k in key or key in k))
        or _domain_of(clue.text, o.text)
        or _domain_of(o.text, clue.text)
        for o in others
    )


_HOST_NAME = re.compile(r"(?:[a-z\d-]+\.)+[a-z]{2,}", re.I)


def _domain_of(name: str, text: str) -> bool:
    """Whether a text is a web address standing for the name ("shop.pienaarsmp.test Reviews"
    over a store's reviews, titled "Pienaar SMP Reviews")."""
    return bool(_HOST_NAME.fullmatch(text.strip())) and brand.like_domain(name, text.strip())


_QUALIFIER = re.compile(
    r"^(?P<name>.+?)(?:\s[–—-]\s*(?P<b>[^–—]+)|\s*\((?P<a>[^()]+)\)|\s*,\s*(?P<c>[^,()–—]+))$"
)
_TOWN = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")


def split_place(name: str) -> tuple[str, str | None]:
    """ "Ink and Follicle, Fort Collins" -> ("Ink and Follicle", "Fort Collins"): a listing's
    name with the place it adds (a known city, maybe with its region or street) taken off.
    Of "Fortitude Valley, Brisbane" the place is the first, smaller one, as an address
    writes a suburb before its city."""
    match = _QUALIFIER.match(name)
    if not match:
        return _without_role(name), None
    qualifier = (match.group("a") or match.group("b") or match.group("c") or "").strip()
    places = brand.place_names()
    segments = [seg.strip() for seg in qualifier.split(",") if seg.strip()]
    for i, segment in enumerate(segments):
        words = [w for w in re.split(r"[\s/–—-]+", segment) if w]
        coded = re.fullmatch(r"(?P<town>.+?)\s+[A-Z]{2,3}", segment)  # "Leederville WA"
        town = coded.group("town") if coded else ""
        if _TOWN.match(town) and any(ch.islower() for ch in town) and not _has_digit(segment):
            return _without_role(match.group("name").strip()), town
        for start in range(len(words)):  # the first place named, at its longest
            for size in range(min(3, len(words) - start), 0, -1):
                place = " ".join(words[start : start + size])
                if place[:1].isupper() and brand.key_of(place) in places:
                    first = segments[0]
                    town = first if i and _TOWN.match(first) and not _has_digit(first) else place
                    return _without_role(match.group("name").strip()), town
    if match.group("a") and _OWNER.fullmatch(match.group("a").strip()):
        return _without_role(match.group("name").strip()), None  # "Kernow SMP (J. Penrose)"
    return _without_role(name), None


# an owner written after a listing's name: an initial and a surname ("J. Penrose")
_OWNER = re.compile(r"[A-Z]\.\s*[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?")


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _without_role(name: str) -> str:
    """ "Marisol Vega — SMP artist" -> "Marisol Vega"."""
    parts = re.split(r"\s[–—-]\s", name, maxsplit=1)
    if len(parts) == 2 and people.ROLES.search(parts[1]) and len(parts[1].split()) <= 5:
        return parts[0].strip()
    return name


def _names_host(name: str, host: list[str]) -> bool:
    """Whether a title part names the host site: holds its name as whole words ("Reviews |
    ScalpScore"); a host clue that is one common word (a home link "Scalp") names nothing."""
    key = brand.key_of(name)
    for h in host:
        hk = brand.key_of(h)
        if not hk or (" " not in hk and hk in people.common_words() and hk != key):
            continue
        if re.search(rf"(?:^|\s){re.escape(hk)}(?:\s|$)", key):
            return True
    return False
