"""A clinic's own website, from its home page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapy.http import Response

from crawler.items import PageItem
from crawler.sources import Source
from crawler.spiders.base import SourceSpider


class ClinicSpider(SourceSpider):
    name = "clinic"
    kind = "clinic"

    def follow(self, response: Response, source: Source, item: PageItem) -> Iterable[Any]:
        return self.follow_own_site(response, source)
