"""Load and check `sources.toml` (format in CONTRACT.md)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from vetting.vocabulary import SOURCE_KINDS

REGISTRY_CREDENTIALS = ("licence", "training", "certification", "membership")
DEFAULT_MAX_PAGES = 200
DEFAULT_SCHEDULE = "0 4 * * 1"  # weekly, Monday 04:00 UTC
# Field names a source may give CSS or XPath selectors for, for sites with no markup.
SELECTOR_FIELDS = (
    "listing",
    "name",
    "url",
    "website",
    "telephone",
    "email",
    "street",
    "locality",
    "region",
    "postal_code",
    "rating",
    "review",
    "review_author",
    "review_body",
    "review_rating",
    "review_date",
    "row",
)


class SourcesError(ValueError):
    """A sources file that cannot be used, with a message for the operator."""


@dataclass
class Source:
    name: str
    kind: str
    start_urls: list[str]
    follow: list[str] = field(default_factory=list)
    max_pages: int = DEFAULT_MAX_PAGES
    schedule: str = DEFAULT_SCHEDULE
    country: str | None = None
    delay: float | None = None  # seconds between requests to one site
    selectors: dict[str, str] = field(default_factory=dict)
    # registry sources only
    issuer: str | None = None
    credential: str | None = None
    complete: bool = False

    @property
    def follow_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.follow]

    @property
    def hosts(self) -> set[str]:
        return {urlsplit(u).netloc.lower() for u in self.start_urls}


@dataclass
class SourcesConfig:
    sources: list[Source]
    contact: str = "https://github.com/smpvet/smpvet"
    path: Path | None = None

    def select(self, names: list[str] | tuple[str, ...]) -> list[Source]:
        """Return the named sources (all when none is named)."""
        if not names:
            return list(self.sources)
        known = {s.name: s for s in self.sources}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise SourcesError(f"unknown source {', '.join(unknown)}; known: {', '.join(known)}")
        return [known[n] for n in names]


def load_sources(path: str | Path) -> SourcesConfig:
    """Read a sources file, raising SourcesError with a one-line reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SourcesError(f"{path} is not UTF-8 text") from None
    config = parse_sources(text, origin=str(path))
    config.path = path
    return config


def parse_sources(text: str, origin: str = "sources.toml") -> SourcesConfig:
    """Parse the text of a sources file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{origin}: not valid TOML: {exc}") from None
    raw = data.get("source", [])
    if not isinstance(raw, list) or not raw:
        raise SourcesError(f"{origin}: no [[source]] tables")
    sources = [_source(entry, origin, i) for i, entry in enumerate(raw, 1)]
    names = [s.name for s in sources]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SourcesError(f"{origin}: duplicate source name {', '.join(dupes)}")
    crawler = data.get("crawler", {})
    contact = crawler.get("contact") if isinstance(crawler, dict) else None
    config = SourcesConfig(sources=sources)
    if contact:
        config.contact = str(contact)
    return config


def _source(entry: Any, origin: str, number: int) -> Source:
    where = f"{origin}: source #{number}"
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: must be a table")
    name = entry.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][\w.-]*", name):
        raise SourcesError(f"{where}: name must be a word of letters, digits, - _ .")
    where = f"{origin}: source {name!r}"
    kind = entry.get("kind")
    if kind not in SOURCE_KINDS:
        raise SourcesError(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}")
    start_urls = entry.get("start_urls")
    if isinstance(start_urls, str):
        start_urls = [start_urls]
    if not start_urls or not all(isinstance(u, str) for u in start_urls):
        raise SourcesError(f"{where}: start_urls must list at least one URL")
    for url in start_urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SourcesError(f"{where}: {url!r} is not an http(s) URL")
    follow = entry.get("follow", [])
    if isinstance(follow, str):
        follow = [follow]
    for pattern in follow:
        try:
            re.compile(pattern)
        except (re.error, TypeError) as exc:
            raise SourcesError(f"{where}: bad follow pattern {pattern!r}: {exc}") from None
    max_pages = entry.get("max_pages", DEFAULT_MAX_PAGES)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1:
        raise SourcesError(f"{where}: max_pages must be a positive integer")
    schedule = entry.get("schedule", DEFAULT_SCHEDULE)
    if not isinstance(schedule, str) or len(schedule.split()) not in (5, 6):
        raise SourcesError(f"{where}: schedule must be a five-field cron expression")
    delay = entry.get("delay")
    if delay is not None and (not isinstance(delay, int | float) or delay < 0):
        raise SourcesError(f"{where}: delay must be a number of seconds")
    selectors = entry.get("selectors", {})
    if not isinstance(selectors, dict) or not all(isinstance(v, str) for v in selectors.values()):
        raise SourcesError(f"{where}: selectors must map field names to selectors")
    unknown = sorted(set(selectors) - set(SELECTOR_FIELDS))
    if unknown:
        raise SourcesError(f"{where}: unknown selector field {', '.join(unknown)}")
    source = Source(
        name=name,
        kind=kind,
        start_urls=list(start_urls),
        follow=list(follow),
        max_pages=max_pages,
        schedule=schedule,
        country=entry.get("country"),
        delay=float(delay) if delay is not None else None,
        selectors=dict(selectors),
    )
    if kind == "registry":
        issuer = entry.get("issuer")
        credential = entry.get("credential")
        if not isinstance(issuer, str) or not issuer.strip():
            raise SourcesError(f"{where}: a registry needs an issuer")
        if credential not in REGISTRY_CREDENTIALS:
            raise SourcesError(
                f"{where}: credential must be one of {', '.join(REGISTRY_CREDENTIALS)}"
            )
        source.issuer = issuer.strip()
        source.credential = credential
        source.complete = bool(entry.get("complete", False))
    return source


def default_sources() -> SourcesConfig:
    """./sources.toml when there is one, else the bundled demo web's sources.

    The demo sources point at the demo web on loopback, which is started here if it is
    not already running.
    """
    local = Path("sources.toml")
    if local.is_file():
        return load_sources(local)
    from demoweb.service import ensure_demo_web  # only needed without a sources file

    return parse_sources(ensure_demo_web().sources_toml(), origin="bundled demo sources")
