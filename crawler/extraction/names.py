"""The practitioner's name on a page with no markup.

On the practitioner's own site it is the site's name (crawler.extraction.brand). On a page
of a directory or review site the site's name is the host's, so the page's subject is what
its title and heading add to it: "Brightline SMP – Reviews | ScalpScore" is about
Brightline SMP.
"""

from __future__ import annotations

import re

from crawler.items import NameClue

from . import brand
from .document import Document

HOST_KINDS = ("og", "logo", "home", "copyright")  # clues that name the site itself
_LISTING_WORDS = re.compile(
    r"^(?:(?:customer\s+|client\s+)?reviews?\s+(?:of|for)|ratings?\s+(?:of|for)|about)\s+"
    r"|\s*[-–(]?\s*(?:\d+\s+)?(?:customer\s+|client\s+|verified\s+)?(?:reviews?|ratings?|"
    r"profile|listing|details?)\)?$",
    re.I,
)


def page_name(doc: Document, clues: list[NameClue], *, own_site: bool = True) -> str | None:
    """Whose page this is: the site's name on its own site, else the page's subject."""
    if not own_site:
        return subject_name(clues)
    choice = brand.choose([clues], doc.host)
    return choice.name if choice else (doc.host or None)


def subject_name(clues: list[NameClue]) -> str | None:
    """What a listing page's title and main heading name, besides the site it is on."""
    host = [c.text for c in clues if c.kind in HOST_KINDS]
    own = [
        NameClue(c.kind, name)
        for c in clues
        if c.kind in ("title", "h1")
        and (name := brand.tidy(_LISTING_WORDS.sub("", c.text)))
        and not _names_host(name, host)
    ]
    choice = brand.choose([own], exclude=host)
    return choice.name if choice else None


def _names_host(name: str, host: list[str]) -> bool:
    key = brand.key_of(name)
    return any(brand.key_of(h) and brand.key_of(h) in key for h in host)
