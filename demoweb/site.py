"""What a demo site serves: resources by path, each with its status, bytes and validators."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

UrlFor = Callable[[str, str], str]  # (host, path) -> absolute URL on the live port


@dataclass
class Resource:
    """One response a site gives for a path (with its query)."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None  # for redirects
    slow: bool = False  # the server waits slow_seconds before answering
    modified: datetime = field(default_factory=lambda: datetime(2026, 10, 1, tzinfo=UTC))

    @property
    def etag(self) -> str:
        """A strong validator: a hash of the body."""
        return '"' + hashlib.sha256(self.body).hexdigest()[:24] + '"'

    @property
    def last_modified(self) -> str:
        return format_datetime(self.modified, usegmt=True)


def page(text: str, modified: datetime | None = None, content_type: str | None = None) -> Resource:
    """Return a 200 HTML (or other text) resource encoded as UTF-8."""
    resource = Resource(body=text.encode("utf-8"))
    if modified:
        resource.modified = modified
    if content_type:
        resource.content_type = content_type
    return resource


def redirect(location: str, status: int = 301) -> Resource:
    body = f'<p>Moved to <a href="{location}">{location}</a>.</p>\n'.encode()
    return Resource(body=body, status=status, location=location)


def error(status: int, message: str) -> Resource:
    text = f"<!DOCTYPE html>\n<title>{status} {message}</title>\n<h1>{message}</h1>\n"
    return Resource(body=text.encode(), status=status)


NOT_FOUND = error(404, "Not Found")


@dataclass
class Site:
    host: str
    name: str
    resources: dict[str, Resource] = field(default_factory=dict)

    def add(self, path: str, resource: Resource) -> None:
        self.resources[path] = resource

    def find(self, target: str) -> Resource:
        """Return the resource for a request target; an unknown query falls back to the path."""
        if target in self.resources:
            return self.resources[target]
        path = urlsplit(target).path
        return self.resources.get(path, NOT_FOUND)

    @property
    def pages(self) -> list[str]:
        """Paths of the HTML pages that answer 200."""
        return [
            p
            for p, r in self.resources.items()
            if r.status == 200 and r.content_type.startswith("text/html")
        ]
