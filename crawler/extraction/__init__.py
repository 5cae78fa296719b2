"""Extract practitioners, reviews and credential claims from one web page.

Structured data first (JSON-LD, microdata, RDFa, microformats, Open Graph), then plain-HTML
heuristics for what markup does not give. Used by the spiders and by `smpvet extract`.
Never raises on bad input: broken parts are skipped with a logged warning.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from crawler.items import Extraction, RegistryEntry

from .document import Document, element_text
from .page import extract_page
from .registry import published_register, registry_entries

log = logging.getLogger(__name__)

__all__ = ["extract", "extract_registry", "read_page", "read_register"]


def extract(
    body: bytes | str,
    url: str,
    *,
    encoding: str | None = None,
    country: str | None = None,
    selectors: dict[str, str] | None = None,
    now: datetime | None = None,
    own_site: bool = True,
) -> Extraction:
    """Everything one page says about practitioners and their reviews.

    `country` is the default region for national-format telephone numbers, `selectors` the
    source's CSS/XPath overrides (crawler.sources.SELECTOR_FIELDS), `now` the date relative
    dates ("3 weeks ago", "since 2015") are read against, `own_site` False for a page of a
    directory or review site (whose own name is then never the page's practitioner).
    """
    return read_page(
        body,
        url,
        encoding=encoding,
        country=country,
        selectors=selectors,
        now=now,
        own_site=own_site,
    )[0]


def read_page(
    body: bytes | str,
    url: str,
    *,
    encoding: str | None = None,
    country: str | None = None,
    selectors: dict[str, str] | None = None,
    now: datetime | None = None,
    own_site: bool = True,
) -> tuple[Extraction, list[RegistryEntry]]:
    """What `extract` gives, and, on a practitioner's own site, the rows of a register the
    page publishes where its heading or title names the body (an academy's graduate list):
    the page is parsed once. A register's words are about its graduates, so the page then
    holds no claims of the site's."""
    try:
        doc = Document(body, url, encoding)
        found = extract_page(doc, country=country, selectors=selectors, now=now, own_site=own_site)
    except Exception:  # the contract: a bad page yields an empty extraction, not an error
        log.warning("extraction failed on %s", url, exc_info=True)
        return Extraction(url=url), []
    try:
        rows = _published_rows(doc, now) if own_site else []
    except Exception:
        log.warning("register extraction failed on %s", url, exc_info=True)
        rows = []
    if rows:
        for practitioner in found.practitioners:
            practitioner.credentials = []
    return found, rows


def _published_rows(doc: Document, now: datetime | None) -> list[RegistryEntry]:
    heading = next(doc.body.iter("h1"), None)
    named = published_register([element_text(heading) if heading is not None else "", doc.title])
    if named is None:
        return []
    issuer, credential = named
    return registry_entries(doc, issuer=issuer, credential=credential, now=now)


def read_register(
    body: bytes | str,
    url: str,
    *,
    issuer: str,
    credential: str,
    encoding: str | None = None,
    country: str | None = None,
    selectors: dict[str, str] | None = None,
    now: datetime | None = None,
) -> tuple[list[RegistryEntry], Extraction | None]:
    """A register's page: its rows, and where it is the page of one member that carries its
    customers' feedback (a trading standards scheme's "Score: 9/10 ... Work: SMP hairline"),
    that member's listing with its reviews. The page is parsed once."""
    doc = _document(body, url, encoding)
    if doc is None:
        return [], None
    rows = _rows(doc, issuer=issuer, credential=credential, selectors=selectors, now=now)
    if len(rows) > 1:
        return rows, None  # a list of members: no one's page
    try:
        listing = extract_page(doc, country=country, now=now, own_site=False)
    except Exception:
        log.warning("extraction failed on %s", url, exc_info=True)
        return rows, None
    one = bool(listing.reviews) and len(listing.practitioners) == 1
    return rows, listing if one else None


def extract_registry(
    body: bytes | str,
    url: str,
    *,
    issuer: str,
    credential: str,
    encoding: str | None = None,
    selectors: dict[str, str] | None = None,
    now: datetime | None = None,
) -> list[RegistryEntry]:
    """The rows of a credential registry page (tables or simple lists)."""
    doc = _document(body, url, encoding)
    if doc is None:
        return []
    return _rows(doc, issuer=issuer, credential=credential, selectors=selectors, now=now)


def _document(body: bytes | str, url: str, encoding: str | None) -> Document | None:
    try:
        return Document(body, url, encoding)
    except Exception:
        log.warning("registry extraction failed on %s", url, exc_info=True)
        return None


def _rows(doc: Document, **register: Any) -> list[RegistryEntry]:
    try:
        return registry_entries(doc, **register)
    except Exception:
        log.warning("registry extraction failed on %s", doc.url, exc_info=True)
        return []
