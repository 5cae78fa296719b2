"""Evidence items: a short quote, where it comes from, when, and what kind of source it is."""

from __future__ import annotations

from vetting.context import MAX_QUOTE
from vetting.model import Evidence


def quote(text: str | None, limit: int = MAX_QUOTE) -> str:
    """Text on one line, cut at a word to at most `limit` characters."""
    flat = " ".join((text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return f"{cut}…"


def evidence(text: str | None, url: str | None, date: str | None, kind: str) -> Evidence:
    """An evidence item with its quote cut to size."""
    return Evidence(text=quote(text), url=url or "", date=date or None, kind=kind)


def unique(items: list[Evidence], limit: int | None = None) -> list[Evidence]:
    """Items without repeats (same text and place), in order, at most `limit`."""
    seen: set[tuple[str, str]] = set()
    out: list[Evidence] = []
    for item in items:
        key = (item.text, item.url)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out if limit is None else out[:limit]
