"""Downloader middlewares: retry with back-off, and count what really crossed the network."""

from __future__ import annotations

import email.utils
import time
from typing import Self

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

from crawler.figures import figures_for

BACKOFF_CODES = {429, 503}


class BackoffRetryMiddleware(RetryMiddleware):
    """Retry like Scrapy does, but slow the site down first.

    A 429 or 503 honours Retry-After; other retries double the site's delay, up to
    SMPVET_BACKOFF_MAX seconds.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        mw = super().from_crawler(crawler)
        mw.base = crawler.settings.getfloat("SMPVET_BACKOFF_BASE", 2.0)
        mw.ceiling = crawler.settings.getfloat("SMPVET_BACKOFF_MAX", 60.0)
        return mw

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if response.status in self.retry_http_codes and not request.meta.get("dont_retry"):
            wait = retry_after(response) if response.status in BACKOFF_CODES else None
            self._slow_down(request, wait)
        return super().process_response(request, response)

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        if isinstance(exception, self.exceptions_to_retry):
            self._slow_down(request, None)
        return super().process_exception(request, exception)

    def _slow_down(self, request: Request, wait: float | None) -> None:
        engine = self.crawler.engine
        if engine is None:
            return
        key = request.meta.get("download_slot")
        slot = engine.downloader.slots.get(key) if key else None
        if slot is None:
            return
        tries = request.meta.get("retry_times", 0) + 1
        target = wait if wait is not None else self.base * (2 ** (tries - 1))
        slot.delay = min(max(slot.delay, target), self.ceiling)


def retry_after(response: Response) -> float | None:
    """Seconds a Retry-After header asks for, or None."""
    raw = response.headers.get(b"Retry-After")
    if not raw:
        return None
    value = raw.decode("latin-1").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class TransferStats:
    """Count bytes and 304s as they arrive from the network, per source.

    It sits next to the downloader, below the HTTP cache, so a page revalidated with a
    304 counts as the few bytes it cost, not as the cached page it stands for.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if "cached" in response.flags:
            return response
        spider = self.crawler.spider
        figures = figures_for(spider, request.meta.get("source"))
        if figures is not None:
            header_bytes = sum(
                len(k) + sum(len(v) for v in vs) + 4 for k, vs in response.headers.items()
            )
            figures.bytes += len(response.body) + header_bytes
            if response.status == 304:
                figures.not_modified += 1
        return response
