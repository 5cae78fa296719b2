"""The Atom feed of a shortlist: new reviews and new red flags of its practitioners."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from webapp.cards import Entry
from webapp.security import link_url
from webapp.templating import label

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 50
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    child.text = _NOT_XML.sub("\ufffd", text)
    return child


def _stamp(value: str | None) -> str:
    """An RFC 3339 timestamp from an ISO date or timestamp."""
    if not value:
        return datetime.now(UTC).replace(microsecond=0).isoformat()
    return value if "T" in value else f"{value[:10]}T00:00:00+00:00"


def shortlist_feed(entries: Sequence[Entry], self_url: str, page_url: str) -> bytes:
    """Atom XML: the latest reviews, red flags first in each title, newest first."""
    ET.register_namespace("", ATOM)
    found = [
        (review.first_seen, entry, review)
        for entry in entries
        if entry.profile is not None
        for review in entry.profile.reviews
    ]
    found.sort(key=lambda t: t[0], reverse=True)
    root = ET.Element(f"{{{ATOM}}}feed")
    _text(root, "title", "smpvet shortlist: new reviews and red flags")
    _text(root, "id", f"{self_url}")
    _text(root, "updated", _stamp(found[0][0] if found else None))
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "self", "href": self_url})
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "href": page_url})
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", "smpvet")
    for first_seen, entry, review in found[:MAX_ENTRIES]:
        item = ET.SubElement(root, f"{{{ATOM}}}entry")
        if review.flags:
            flags = ", ".join(label(f, "flag") for f in review.flags)
            title = f"Red flag for {entry.name}: {flags}"
        else:
            title = f"New review of {entry.name}"
        _text(item, "title", title)
        _text(item, "id", f"{self_url}#review-{review.id}")
        _text(item, "updated", _stamp(first_seen))
        if review.date:
            _text(item, "published", _stamp(review.date))
        who = ET.SubElement(item, f"{{{ATOM}}}author")
        _text(who, "name", review.author or "Anonymous reviewer")
        href = link_url(review.url)
        if href:
            ET.SubElement(item, f"{{{ATOM}}}link", {"rel": "alternate", "href": href})
        stars = f"Rated {review.rating:g} of 5. " if review.rating is not None else ""
        _text(item, "content", f"{stars}{review.body[:4000]}", type="text")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
