"""Normal forms of names, hosts and texts, shared by identity resolution and the store."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

_LEGAL = r"\b(llc|l\.l\.c|inc|ltd|limited|co|corp|company|pllc|plc|gmbh)\b\.?"
_SMP = r"\bscalp\s*micro[\s-]*pigmentation\b|\bscalp\s+micro\b"
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text).strip().lower()


def norm_name(name: str) -> str:
    """Normal form of a business or person name for matching."""
    text = fold(name).replace("&", " and ").replace("+", " and ")
    text = re.sub(_SMP, "smp", text)
    text = re.sub(r"\bthe\b", " ", text)
    text = re.sub(_LEGAL, " ", text)
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def site_of(url: str | None) -> str | None:
    """The host a URL belongs to, without port or a leading www."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def digest(*parts: object) -> str:
    """A short stable hash of the parts."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(raw.encode("utf-8", "replace"), digest_size=10).hexdigest()


def slug(text: str, limit: int = 40) -> str:
    """A URL-safe slug."""
    out = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return out[:limit].rstrip("-") or "practitioner"
