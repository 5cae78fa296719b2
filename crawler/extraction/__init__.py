"""Extract practitioners, reviews and credential claims from one web page.

Structured data first (JSON-LD, microdata, RDFa, microformats, Open Graph), then plain-HTML
heuristics for what markup does not give. Used by the spiders and by `smpvet extract`.
Never raises on bad input: broken parts are skipped with a logged warning.
"""

from __future__ import annotations

import logging
from datetime import datetime

from crawler.items import Extraction, RegistryEntry

from .document import Document
from .page import extract_page
from .registry import published_register, registry_entries

log = logging.getLogger(__name__)

__all__ = ["extract", "extract_registry", "published_register"]


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
    try:
        doc = Document(body, url, encoding)
        return extract_page(doc, country=country, selectors=selectors, now=now, own_site=own_site)
    except Exception:  # the contract: a bad page yields an empty extraction, not an error
        log.warning("extraction failed on %s", url, exc_info=True)
        return Extraction(url=url)


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
    try:
        doc = Document(body, url, encoding)
        return registry_entries(
            doc, issuer=issuer, credential=credential, selectors=selectors, now=now
        )
    except Exception:
        log.warning("registry extraction failed on %s", url, exc_info=True)
        return []
