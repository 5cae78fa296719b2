"""A credential registry: a licence lookup, an academy's graduates, an association's members."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response, TextResponse

from crawler.extraction import read_register
from crawler.items import PageItem
from crawler.sources import Source
from crawler.spiders.base import SourceSpider, served_at


class RegistrySpider(SourceSpider):
    name = "registry"
    kind = "registry"

    def read(self, response: TextResponse, source: Source, item: PageItem) -> None:
        assert source.issuer is not None and source.credential is not None
        item.registry, listing = read_register(
            response.body,
            response.url,
            issuer=source.issuer,
            credential=source.credential,
            encoding=response.encoding,
            country=source.country,
            selectors=source.selectors or None,
            now=served_at(response),
        )
        item.registry_complete = source.complete
        if listing is not None:  # a member's page with its customers' feedback
            item.extraction = listing

    def follow(self, response: Response, source: Source, item: PageItem) -> Iterable[Any]:
        for link in self.same_site_links(response, source.follow_patterns or None):
            request = self.make_request(link.url, source, own_site=False)
            if request is not None:
                yield request
