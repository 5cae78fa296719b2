"""The practitioner's name on a page with no markup: site name, title, heading, footer."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .document import Document
from .text import normal_key

_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•:»~]\s+|\s+-\s+|\s*\|\s*|\s+::\s+")
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:(?:19|20)?\d{2}))?\s*)?"
    r"[,.]?\s*(?P<name>[A-Z0-9][^|•·©\n]{1,60}?)\s*(?:[.,|•·]|\s-\s|all rights|$)",
    re.I,
)
_GENERIC = re.compile(
    r"^(?:home(?:\s*page)?|welcome|index|about(?:\s+us)?|contact(?:\s+us)?|services|blog|"
    r"untitled|page|default|main|news|faq|gallery|reviews?|testimonials?|book\s+now|"
    r"all\s+rights\s+reserved|wordpress|website)$",
    re.I,
)
_HAS_PHONE = re.compile(r"\d[\d\s().-]{6,}\d")


def page_name(doc: Document) -> str | None:
    """The best guess at whose page this is."""
    site = _usable(doc.meta.get("og:site_name")) or _usable(doc.meta.get("application-name"))
    if site:
        return site
    segments = [s for s in (_usable(p) for p in _TITLE_SEPARATORS.split(doc.title)) if s]
    copyright_name = _copyright(doc)
    headings = [_usable(h.text_content()) for h in doc.root.xpath("//h1")[:2]]
    candidates = [c for c in [*segments, copyright_name, *headings] if c]
    if doc.host and candidates:
        host = normal_key(doc.host.rsplit(".", 1)[0])
        scored = [
            (fuzz.partial_ratio(normal_key(c), host), -i, c) for i, c in enumerate(candidates)
        ]
        score, _, best = max(scored)
        if score >= 80:
            return best
    if copyright_name:
        return copyright_name
    if len(segments) > 1:
        return segments[-1] if len(segments[-1]) <= len(segments[0]) else segments[0]
    return segments[0] if segments else next((h for h in headings if h), None) or (doc.host or None)


def _usable(text: str | None) -> str | None:
    text = " ".join((text or "").split()).strip(" -|–—·•:")
    if not text or len(text) > 70 or _GENERIC.match(text) or _HAS_PHONE.search(text):
        return None
    return text


def _copyright(doc: Document) -> str | None:
    for block in reversed(doc.blocks[-40:]):
        if "©" in block.text or "opyright" in block.text or "(c)" in block.text.lower():
            match = _COPYRIGHT.search(block.text)
            if match:
                name = _usable(
                    re.sub(r"\s*(?:,?\s*(?:Inc|LLC|Ltd|Limited)\.?)$", "", match.group("name"))
                )
                if name and not re.fullmatch(r"[\d\s-]+", name):
                    return name
    return None
