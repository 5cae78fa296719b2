"""What templates may call: vocabulary labels, grade and step helpers, and the link rule."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode

from flask import Flask, request, session

from index.normalize import site_of
from vetting import vocabulary as V
from webapp.params import radius_choices
from webapp.security import link_url

STEPS = {
    "training": "Verified training",
    "reputation": "Reputation",
    "ease": "Do they put you at ease?",
}
STATUS = {
    "pass": ("Pass", "✓"),
    "caution": ("Caution", "!"),
    "fail": ("Fail", "✗"),
    "unknown": ("Unknown", "?"),
}
CLAIM_STATUS = {
    "verified": "Verified by a registry",
    "claimed": "Claimed only",
    "contradicted": "Contradicted by a registry",
}
EVIDENCE_KIND = {
    "claim": "Practitioner's claim",
    "registry": "Registry",
    "review": "Review",
    "listing": "Listing",
    "consultation": "Your consultation",
}
_LABELS: dict[str, dict[str, str]] = {
    "service": V.SERVICES,
    "removal": V.REMOVAL_METHODS,
    "credential": V.CREDENTIAL_KINDS,
    "flag": V.FLAGS,
    "ease_positive": V.EASE_POSITIVE,
    "ease_negative": V.EASE_NEGATIVE,
    "signal": V.LISTING_SIGNALS,
    "step": STEPS,
    "claim_status": CLAIM_STATUS,
    "evidence": EVIDENCE_KIND,
}


def label(key: object, vocabulary: str) -> str:
    """The consumer-facing label of a vocabulary key (the key itself when unknown)."""
    text = "" if key is None else str(key)
    return _LABELS.get(vocabulary, {}).get(text, text.replace("-", " ").replace("_", " "))


def status_label(status: object) -> str:
    return STATUS.get(str(status), STATUS["unknown"])[0]


def status_mark(status: object) -> str:
    return STATUS.get(str(status), STATUS["unknown"])[1]


def status_class(status: object) -> str:
    return str(status) if str(status) in STATUS else "unknown"


def grade_class(grade: object) -> str:
    return f"grade-{str(grade).lower()}" if grade in tuple("ABCDEF") else "grade-none"


def short_date(value: object) -> str:
    """YYYY-MM-DD of an ISO date or timestamp, or '' when absent."""
    return str(value)[:10] if value else ""


def days_since(value: object, today: date | None = None) -> int | None:
    try:
        then = date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return ((today or datetime.now(UTC).date()) - then).days


def km(distance: float) -> str:
    return "under 1 km" if distance < 1 else f"{distance:.0f} km"


def url_with(**changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    args = request.args.to_dict(flat=False)
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        else:
            args[key] = value if isinstance(value, list) else [str(value)]
    query = urlencode(args, doseq=True)
    return f"{request.path}?{query}" if query else request.path


def place(locality: object, region: object) -> str:
    return ", ".join(str(p) for p in (locality, region) if p)


def current_shortlist() -> str | None:
    """The shortlist this browser last created or opened (kept in the signed session)."""
    token = session.get("shortlist")
    return token if isinstance(token, str) else None


def host(url: object) -> str:
    """The site a URL belongs to, for short link text."""
    return site_of(str(url)) or str(url)


def init_app(app: Flask) -> None:
    from webapp.facets import facet_groups

    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.add_template_filter(link_url, "link_url")
    app.add_template_filter(label, "label")
    app.add_template_filter(status_label, "status_label")
    app.add_template_filter(status_mark, "status_mark")
    app.add_template_filter(status_class, "status_class")
    app.add_template_filter(grade_class, "grade_class")
    app.add_template_filter(short_date, "short_date")
    app.add_template_filter(days_since, "days_since")
    app.add_template_filter(host, "host")
    app.add_template_filter(km, "km")
    app.add_template_global(facet_groups, "facet_groups")
    app.add_template_global(url_with, "url_with")
    app.add_template_global(radius_choices, "radius_choices")
    app.add_template_global(place, "place")
    app.add_template_global(current_shortlist, "current_shortlist")
    app.add_template_global(STEPS, "STEPS")
    app.add_template_global(V, "vocab")
