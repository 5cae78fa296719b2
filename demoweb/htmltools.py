"""Small helpers for writing HTML by hand: escaping, documents, JSON-LD, dates, stars, phones."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from typing import Any

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def esc(text: object) -> str:
    """Escape text for HTML content or a double-quoted attribute."""
    return html.escape(str(text), quote=False).replace('"', "&quot;")


def document(
    title: str, body: str, *, head: str = "", charset: str | None = "utf-8", body_attrs: str = ""
) -> str:
    """Return a whole HTML5 document."""
    meta = f'<meta charset="{charset}">\n' if charset else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n'
        f'{meta}<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n"
        f"<body{' ' + body_attrs if body_attrs else ''}>\n{body}\n</body>\n</html>\n"
    )


def json_ld(data: dict[str, Any] | list[Any]) -> str:
    """Return a JSON-LD script element."""
    text = json.dumps(data, indent=2, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def link(href: str, text: str, **attrs: str) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{esc(v)}"' for k, v in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def long_date(d: date) -> str:
    """Return "March 3, 2025"."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def format_date(d: date, style: str) -> str:
    """Format a date the way one site writes dates."""
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "day-month":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "short":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    return long_date(d)


def relative_date(d: date, today: date) -> str:
    """Return "3 weeks ago" style text for recent dates, else a long date."""
    days = (today - d).days
    if days < 1:
        return "today"
    if days < 14:
        return f"{days} day{'s' if days > 1 else ''} ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 365:
        return f"{days // 30} months ago"
    return long_date(d)


def stars(rating: float) -> str:
    """Return five stars for a whole-number rating, e.g. ★★★★☆."""
    full = round(rating)
    return "★" * full + "☆" * (5 - full)


def format_rating(rating: float, style: str) -> str:
    """Write a 0-5 rating the way one site writes ratings."""
    number = f"{rating:g}"
    if style == "stars" and rating == int(rating):
        return stars(rating)
    if style == "out-of":
        return f"{number} out of 5"
    if style == "ten":
        return f"{rating * 2:g}/10"
    if style == "words":
        return f"Rating: {number} stars"
    return f"{number}/5"


def national(e164: str) -> tuple[str, str, str]:
    """Split +12145550134 into ("214", "555", "0134")."""
    digits = e164.removeprefix("+1")
    return digits[:3], digits[3:6], digits[6:]


def format_phone(e164: str, style: str) -> str:
    """Write a US phone number in one of the styles sites use."""
    area, prefix, line = national(e164)
    return {
        "paren": f"({area}) {prefix}-{line}",
        "dots": f"{area}.{prefix}.{line}",
        "dashes": f"{area}-{prefix}-{line}",
        "spaces": f"{area} {prefix} {line}",
        "intl": f"+1 {area}-{prefix}-{line}",
        "schema": f"+1-{area}-{prefix}-{line}",
    }[style]


def slugify(text: str) -> str:
    """Return a lowercase URL slug of words joined by hyphens."""
    text = text.replace("&", " ").replace("é", "e").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
