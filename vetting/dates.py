"""Dates as the facts give them (YYYY-MM-DD, possibly with a time after)."""

from __future__ import annotations

from datetime import date

ISO_DAY = len("YYYY-MM-DD")


def day(value: str | None) -> date | None:
    """The date a YYYY-MM-DD string starts with, or None."""
    try:
        return date.fromisoformat(value[:ISO_DAY]) if value else None
    except ValueError:
        return None
