"""Write the sources.toml (CONTRACT.md format) that crawls the demo web on a given port."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from demoweb.hosts import (
    ACADEMY_HOST,
    DIRECTORY_A,
    DIRECTORY_B,
    GUILD_HOST,
    LICENCE_BOARD_HOST,
    REVIEW_SITE,
)
from demoweb.registries import GRADUATES_PATH, LICENCE_PATH, MEMBERS_PATH
from demoweb.roster import GUILD, LICENCE_BOARD, PINPOINT
from demoweb.truth import World
from demoweb.web import base_url

DELAY = 0.05
CLINIC_SOURCES = ("dallas-hairline-studio", "northside-hairline-company")
REGISTRY_ROW = "table.register tbody tr"

# Directory B has no markup: these CSS selectors (Scrapy/parsel syntax) read its listings.
DIRECTORY_B_SELECTORS = {
    "listing": "div.biz",
    "name": ".biz-name ::text",
    "url": ".biz-name a::attr(href)",
    "website": "a.biz-website::attr(href)",
    "telephone": "span.biz-phone::text",
    "street": "span.biz-street::text",
    "locality": "span.biz-city::text",
    "region": "span.biz-state::text",
    "postal_code": "span.biz-zip::text",
    "rating": "span.biz-rating::text",
}


@dataclass
class Entry:
    name: str
    kind: str
    start: list[str]
    schedule: str
    follow: list[str] = field(default_factory=list)
    max_pages: int = 100
    extra: dict[str, object] = field(default_factory=dict)
    selectors: dict[str, str] = field(default_factory=dict)


def sources_toml(world: World, port: int, contact: str | None = None) -> str:
    """Return the demo's sources file: directories, reviews, registries and two clinics."""

    def url(host: str, path: str) -> str:
        return base_url(host, port) + path

    entries = [
        Entry(
            "smp-artist-finder",
            "directory",
            [url(DIRECTORY_A, "/artists/")],
            "0 4 * * 1",
            follow=["/artist/", r"page=\d+"],
            max_pages=120,
        ),
        Entry(
            "scalplistings",
            "directory",
            [url(DIRECTORY_B, "/")],
            "30 4 * * 1",
            follow=["/all/", "/smp/", "/listing/", r"/biz\.php\?id=\d+"],
            max_pages=150,
            selectors=DIRECTORY_B_SELECTORS,
        ),
        Entry(
            "scalptalk-reviews",
            "reviews",
            [url(REVIEW_SITE, "/")],
            "0 5 * * *",
            follow=["/biz/"],
            max_pages=200,
        ),
        Entry(
            "licence-board",
            "registry",
            [url(LICENCE_BOARD_HOST, f"{LICENCE_PATH}?page=1")],
            "0 3 * * 1",
            follow=[r"page=\d+"],
            max_pages=20,
            extra={"issuer": LICENCE_BOARD, "credential": "licence", "complete": True},
            selectors={"row": REGISTRY_ROW},
        ),
        Entry(
            "pinpoint-academy",
            "registry",
            [url(ACADEMY_HOST, GRADUATES_PATH)],
            "0 3 1 * *",
            max_pages=5,
            extra={"issuer": PINPOINT, "credential": "training", "complete": True},
            selectors={"row": REGISTRY_ROW},
        ),
        Entry(
            "guild-members",
            "registry",
            [url(GUILD_HOST, MEMBERS_PATH)],
            "0 3 1 * *",
            max_pages=5,
            extra={"issuer": GUILD, "credential": "membership", "complete": False},
            selectors={"row": REGISTRY_ROW},
        ),
    ]
    for key in CLINIC_SOURCES:
        clinic = world.clinic(key)
        entries.append(
            Entry(f"clinic-{key}", "clinic", [url(clinic.host, "/")], "0 6 * * 3", max_pages=50)
        )
    head = [
        "# Sources for the bundled demo web: fictional sites served on loopback by demoweb.",
        f"# Generated for port {port}.",
        "",
    ]
    if contact:
        head += ["[crawler]", f"contact = {_string(contact)}", ""]
    return "\n".join(head + [_table(e) for e in entries])


def _table(e: Entry) -> str:
    lines = [
        "[[source]]",
        f"name = {_string(e.name)}",
        f"kind = {_string(e.kind)}",
        f"start_urls = {_array(e.start)}",
    ]
    if e.follow:
        lines.append(f"follow = {_array(e.follow)}")
    lines += [
        f"max_pages = {e.max_pages}",
        f"schedule = {_string(e.schedule)}",
        'country = "US"',
        f"delay = {DELAY}",
    ]
    for key, value in e.extra.items():
        lines.append(f"{key} = {_value(value)}")
    if e.selectors:
        lines += ["", "[source.selectors]"]
        lines += [f"{key} = {_string(value)}" for key, value in e.selectors.items()]
    return "\n".join(lines) + "\n"


def _string(text: str) -> str:
    """A TOML string: literal ('...') when that needs no escaping, else basic."""
    if "'" not in text and "\n" not in text and "\\" in text:
        return f"'{text}'"
    return json.dumps(text)


def _array(items: list[str]) -> str:
    return "[" + ", ".join(_string(i) for i in items) + "]"


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _string(str(value))
