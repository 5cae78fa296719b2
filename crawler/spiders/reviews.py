"""An independent review site's pages about practitioners."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawler.items import PageItem
from crawler.sources import Source
from crawler.spiders.base import SourceSpider


class ReviewsSpider(SourceSpider):
    name = "reviews"
    kind = "reviews"

    def follow(self, response: Response, source: Source, item: PageItem) -> Iterable[Any]:
        for link in self.same_site_links(response, source.follow_patterns or None):
            request = self.make_request(link.url, source, own_site=False)
            if request is not None:
                yield request
