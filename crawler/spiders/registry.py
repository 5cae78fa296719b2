"""A credential registry: a licence lookup, an academy's graduates, an association's members."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.extraction import extract, extract_registry
from crawler.items import PageItem
from crawler.sources import Source
from crawler.spiders.base import SourceSpider, served_at


class RegistrySpider(SourceSpider):
    name = "registry"
    kind = "registry"

    def read(self, response: TextResponse, source: Source, item: PageItem) -> None:
        assert source.issuer is not None and source.credential is not None
        item.registry = extract_registry(
            response.body,
            response.url,
            issuer=source.issuer,
            credential=source.credential,
            encoding=response.encoding,
            selectors=source.selectors or None,
            now=served_at(response),
        )
        item.registry_complete = source.complete
        # a register's page of one member with its customers' feedback (a trading standards
        # scheme's "Score: 9/10 ... Work: SMP hairline"): that member's listing and reviews
        listing = extract(
            response.body,
            response.url,
            encoding=response.encoding,
            country=source.country,
            now=served_at(response),
            own_site=False,
        )
        if listing.reviews and len(listing.practitioners) == 1:
            item.extraction = listing

    def follow(self, response: Response, source: Source, item: PageItem) -> Iterable[Any]:
        for link in self.same_site_links(response, source.follow_patterns or None):
            request = self.make_request(link.url, source, own_site=False)
            if request is not None:
                yield request
