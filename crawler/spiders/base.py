"""What every smpvet spider shares: its sources, budgets, page items and error records."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar, Self
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure
from w3lib.url import canonicalize_url

from crawler.extraction import read_page
from crawler.figures import Figures
from crawler.items import PageItem
from crawler.sources import Source, SourcesConfig, default_sources, load_sources
from index.datadir import DataDir
from index.store import Store

logger = logging.getLogger(__name__)

# Pages of a practitioner's own site worth reading first.
_USEFUL = re.compile(
    r"about|team|artist|staff|training|certif|licen|credential|qualif|academy|service|"
    r"treatment|review|testimonial|faq|question|pricing|price|cost|contact|removal|correct|"
    r"scar|gallery|portfolio|results|before|consult|aftercare",
    re.I,
)
_SKIP = re.compile(
    r"login|logout|sign-?in|register|cart|checkout|wp-admin|wp-login|/feed|\.xml$|/tag/|"
    r"/category/|/author/|share=|replytocom|print=",
    re.I,
)

# Which crawler of this process reads each practitioner's own site, so that two
# directories listing the same clinic do not both crawl its site at once.
_SITE_CRAWLERS: dict[str, int] = {}


class SourceSpider(scrapy.Spider):
    """Crawl the sources of one kind (`-a source=NAME` for one, `-a sources=FILE`)."""

    kind: ClassVar[str] = ""

    def __init__(
        self,
        source: Source | str | None = None,
        sources: SourcesConfig | str | None = None,
        *args: Any,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self._source_arg = source
        self._sources_arg = sources
        self.sources: list[Source] = []
        self.figures: dict[str, Figures] = {}
        self.run_ids: dict[str, int] = {}
        self.scheduled: Counter[str] = Counter()  # requests scheduled per source
        self.site_pages: Counter[str] = Counter()  # requests scheduled per own site
        self.requested: set[str] = set()
        self.links = LinkExtractor(deny_extensions=None, unique=True)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.configure(crawler)
        return spider

    def configure(self, crawler: Crawler) -> None:
        """Choose the sources to crawl and read the budgets."""
        settings = crawler.settings
        config: SourcesConfig | None = None
        if isinstance(self._source_arg, Source):
            self.sources = [self._source_arg]
            if isinstance(self._sources_arg, SourcesConfig):
                config = self._sources_arg
        else:
            config = self._config(settings.get("SMPVET_SOURCES"))
            if isinstance(self._source_arg, str):
                self.sources = config.select([self._source_arg])
            else:
                self.sources = [s for s in config.sources if s.kind == self.kind]
        # hosts the operator lists as directories, review sites or registries: platforms
        # that list many businesses, never one business's own website
        self.platform_hosts = {
            h for s in (config.sources if config else []) if s.kind != "clinic" for h in s.hosts
        }
        wrong = [s.name for s in self.sources if s.kind != self.kind]
        if wrong:
            raise ValueError(f"{', '.join(wrong)} is not a {self.kind} source")
        self.figures = {s.name: Figures() for s in self.sources}
        self.oversized = known_oversized(settings)
        self.site_max_pages = settings.getint("SMPVET_SITE_MAX_PAGES", 15)
        self.site_max_depth = settings.getint("SMPVET_SITE_MAX_DEPTH", 3)

    def _config(self, configured: str | None) -> SourcesConfig:
        if isinstance(self._sources_arg, SourcesConfig):
            return self._sources_arg
        path = self._sources_arg or configured
        return load_sources(path) if path else default_sources()

    def source_named(self, name: str) -> Source:
        return next(s for s in self.sources if s.name == name)

    # -- requests ---------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            for url in source.start_urls:
                request = self.make_request(url, source, own_site=self.kind == "clinic")
                if request is not None:
                    yield request

    def make_request(
        self,
        url: str,
        source: Source,
        *,
        own_site: bool,
        priority: int = 0,
        site_depth: int = 0,
    ) -> scrapy.Request | None:
        """A request within the source's budgets, or None when a budget is spent."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return None
        key = canonicalize_url(url)
        if key in self.requested or url in self.oversized:
            return None
        host = parts.netloc.lower()
        if own_site and _SITE_CRAWLERS.setdefault(host, id(self)) != id(self):
            return None  # another crawler in this process already reads this site
        if own_site and self.kind != "clinic":
            if self.site_pages[host] >= self.site_max_pages:
                return None
            self.site_pages[host] += 1
        else:
            if self.scheduled[source.name] >= source.max_pages:
                self.figures[source.name].budget_hit = True
                return None
            self.scheduled[source.name] += 1
        self.requested.add(key)
        return scrapy.Request(
            url,
            callback=self.parse_page,
            errback=self.on_error,
            priority=priority,
            meta={"source": source.name, "own_site": own_site, "site_depth": site_depth},
        )

    # -- responses --------------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        source = self.source_named(response.meta["source"])
        own_site = bool(response.meta.get("own_site"))
        self.figures[source.name].pages += 1
        item = self.page_item(response, source, own_site)
        yield item
        if response.status < 400 and item.error is None:
            yield from self.follow(response, source, item)

    def page_item(self, response: Response, source: Source, own_site: bool) -> PageItem:
        """Read one page into a PageItem; a page that cannot be read is recorded, not raised."""
        item = PageItem(
            source=source.name,
            source_kind="clinic" if own_site else source.kind,
            url=response.url,
            status=response.status,
            fetched_at=_now(),
            own_site=own_site,
            size=len(response.body),
        )
        if response.status >= 400:
            return item
        if not isinstance(response, TextResponse):
            item.error = "not an HTML page"
            self.figures[source.name].errors += 1
            return item
        self.read(response, source, item)
        return item

    def read(self, response: TextResponse, source: Source, item: PageItem) -> None:
        """Fill the item with what the page says (kinds override this); a page of an own
        site may also publish a register (an academy's graduates)."""
        item.extraction, item.registry = read_page(
            response.body,
            response.url,
            encoding=response.encoding,
            country=source.country,
            selectors=None if item.own_site else source.selectors or None,
            now=served_at(response),
            own_site=item.own_site,
        )

    def follow(self, response: Response, source: Source, item: PageItem) -> Iterable[Any]:
        """Requests for the links worth following from this page (kinds override this)."""
        return ()

    def same_site_links(
        self, response: Response, patterns: list[re.Pattern[str]] | None = None
    ) -> list[Any]:
        """Links on the page to the same host: those matching the source's patterns where it
        gives some (the operator's choice: "/graduate-register/ireland/", matched against the
        address or its path), else all but account and feed pages."""
        if not isinstance(response, TextResponse):
            return []
        host = urlsplit(response.url).netloc.lower()
        out = []
        for link in self.links.extract_links(response):
            parts = urlsplit(link.url)
            if parts.netloc.lower() != host:
                continue
            # a pattern may be written for the whole address or for its path ("^/review/")
            path = f"{parts.path}?{parts.query}" if parts.query else parts.path
            if patterns and not any(p.search(link.url) or p.search(path) for p in patterns):
                continue
            if not patterns and _SKIP.search(link.url):
                continue
            out.append(link)
        return out

    def follow_own_site(self, response: Response, source: Source) -> Iterator[scrapy.Request]:
        """Follow a practitioner's own site, most useful pages first, within its budget."""
        depth = int(response.meta.get("site_depth", 0)) + 1
        if depth > self.site_max_depth:
            return
        links = self.same_site_links(response)
        links.sort(key=lambda link: not _USEFUL.search(f"{link.url} {link.text}"))
        for link in links:
            useful = bool(_USEFUL.search(f"{link.url} {link.text}"))
            request = self.make_request(
                link.url, source, own_site=True, priority=10 if useful else 0, site_depth=depth
            )
            if request is not None:
                yield request

    # -- failures ---------------------------------------------------------------------

    def on_error(self, failure: Failure) -> PageItem | None:
        """Record a page that could not be fetched; the crawl goes on."""
        request = failure.request  # type: ignore[attr-defined]
        source = request.meta.get("source")
        if source not in self.figures:
            return None
        figures = self.figures[source]
        status = 0
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            message = str(failure.value) or "request ignored"
            if "robots" in message.lower() or "forbidden by robots" in message.lower():
                figures.robots_denied += 1
                message = "forbidden by robots.txt"
            else:
                figures.errors += 1
        else:
            figures.errors += 1
            if failure.check(HttpError):
                status = failure.value.response.status  # type: ignore[union-attr]
                message = f"HTTP {status}"
            else:
                message = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]
        logger.info("skipped %s: %s", request.url, message)
        return PageItem(
            source=source,
            source_kind=self.kind,
            url=request.url,
            status=status,
            fetched_at=_now(),
            own_site=bool(request.meta.get("own_site")),
            error=message,
        )


def known_oversized(settings: Any) -> set[str]:
    """Pages over the size cap in the last SMPVET_OVERSIZED_DAYS days: not fetched again."""
    datadir = DataDir.resolve(settings.get("SMPVET_DATA_DIR"))
    if not datadir.store.exists():
        return set()
    days = settings.getint("SMPVET_OVERSIZED_DAYS", 30)
    since = (datetime.now(UTC) - timedelta(days=days)).replace(microsecond=0).isoformat()
    with Store(datadir.store, readonly=True) as store:
        return store.oversized_urls(since)


def served_at(response: Response) -> datetime | None:
    """When the server says it sent the page (its `Date` header), as local time: what a
    page's "3 days ago" counts from (a cache's copy was written then). None where it is
    missing or not believable (in the future, or before this century: a wrong clock)."""
    raw = response.headers.get(b"Date")
    try:
        sent = parsedate_to_datetime(raw.decode("latin-1")) if raw else None
    except (TypeError, ValueError, IndexError):
        return None
    if sent is None or sent.tzinfo is None:
        return None
    now = datetime.now(UTC)
    if not datetime(2000, 1, 1, tzinfo=UTC) <= sent <= now + timedelta(days=1):
        return None
    return sent.astimezone().replace(tzinfo=None)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
