"""Security headers, CSRF protection, and the rule for which scraped URLs may become links."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import Flask, Response, current_app, request
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()

# No inline script anywhere: the only script is /static/app.js. Inline SVG needs no source.
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Shortlist links are capabilities: never send them (or any page) to another site.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=()",
}
PRIVATE_PREFIXES = ("/s/", "/admin", "/api/shortlists", "/shortlists")
_UNSAFE_CHARS = re.compile(r"[\x00-\x20\x7f]")


def link_url(value: object) -> str | None:
    """The URL itself when it may be a link (plain http or https), else None."""
    if not isinstance(value, str) or len(value) > 2048 or _UNSAFE_CHARS.search(value):
        return None
    if not value.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme in ("http", "https") and parts.hostname else None


def set_headers(response: Response) -> Response:
    """Add the security headers to every response, and keep private pages out of caches."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if current_app.config["SESSION_COOKIE_SECURE"]:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if request.path.startswith(PRIVATE_PREFIXES):
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
    if response.headers.get("Set-Cookie"):
        response.headers.add("Vary", "Cookie")
    return response


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    app.after_request(set_headers)
