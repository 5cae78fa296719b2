"""HTTP cache pieces: revalidate every page, and never serve a half-written cache entry."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from scrapy import Request, Spider
from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy
from scrapy.http import Response

logger = logging.getLogger(__name__)


_VALIDATORS = ((b"If-None-Match", b"ETag"), (b"If-Modified-Since", b"Last-Modified"))


class RevalidatingPolicy(RFC2616Policy):
    """RFC 2616 caching without heuristic freshness.

    Scrapy's policy treats a page with only a Last-Modified date as fresh for a tenth of
    its age, which could hide a suspended licence for weeks. Here a stored page is fresh
    only for an explicit max-age or Expires; otherwise it is revalidated with
    If-None-Match / If-Modified-Since, which costs a 304 when nothing changed.
    """

    def is_cached_response_fresh(self, cachedresponse: Response, request: Request) -> bool:
        fresh = super().is_cached_response_fresh(cachedresponse, request)
        if not fresh:
            # Scrapy's policy skips the validators for `Cache-Control: no-cache`, which
            # is exactly when they are needed: a stale page is always revalidated.
            for header, validator in _VALIDATORS:
                if validator in cachedresponse.headers and header not in request.headers:
                    request.headers[header] = cachedresponse.headers[validator]
        return fresh

    def should_cache_response(self, response: Response, request: Request) -> bool:
        if response.status in (404, 410):
            return False
        return super().should_cache_response(response, request)

    def _compute_freshness_lifetime(
        self, response: Response, request: Request, now: float
    ) -> float:
        cc = self._parse_cachecontrol(response)
        maxage = self._get_max_age(cc)
        if maxage is not None:
            return maxage
        if b"Expires" in response.headers:
            return super()._compute_freshness_lifetime(response, request, now)
        return 0


class SafeFilesystemCacheStorage(FilesystemCacheStorage):
    """Filesystem cache whose entries are whole or absent, even after a SIGKILL.

    An entry is written into a temporary folder and renamed into place; a damaged entry
    reads as a cache miss rather than an error.
    """

    _writing_to: Path | None = None

    def retrieve_response(self, spider: Spider, request: Request) -> Response | None:
        try:
            return super().retrieve_response(spider, request)
        except Exception as exc:  # a damaged entry is a cache miss, never a crash
            logger.warning("ignoring damaged cache entry for %s: %s", request.url, exc)
            return None

    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        final = Path(super()._get_request_path(spider, request))
        tmp = final.with_name(f"{final.name}.tmp{os.getpid()}")
        if tmp.exists():
            shutil.rmtree(tmp)
        self._writing_to = tmp
        try:
            super().store_response(spider, request, response)
        finally:
            self._writing_to = None
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)

    def _get_request_path(self, spider: Spider, request: Request) -> str:
        if self._writing_to is not None:
            return str(self._writing_to)
        return super()._get_request_path(spider, request)
