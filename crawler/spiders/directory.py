"""A directory of practitioners: its listing and detail pages, and each listed practitioner's
own website, crawled as a clinic site within a small budget."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from crawler.items import PageItem
from crawler.sources import Source
from crawler.spiders.base import SourceSpider

_WEBSITE_TEXT = re.compile(r"\b(web\s?site|visit|homepage|home page)\b", re.I)


class DirectorySpider(SourceSpider):
    name = "directory"
    kind = "directory"

    def follow(self, response: Response, source: Source, item: PageItem) -> Iterable[Any]:
        if item.own_site:
            yield from self.follow_own_site(response, source)
            return
        for link in self.same_site_links(response, source.follow_patterns or None):
            request = self.make_request(link.url, source, own_site=False)
            if request is not None:
                yield request
        yield from self.follow_websites(response, source, item)

    def follow_websites(
        self, response: Response, source: Source, item: PageItem
    ) -> Iterator[scrapy.Request]:
        """Start a clinic-site crawl at each listed practitioner's own website."""
        listing_hosts = source.hosts | self.platform_hosts | {urlsplit(response.url).netloc.lower()}
        urls = [
            p.website or p.url for p in (item.extraction.practitioners if item.extraction else [])
        ]
        if isinstance(response, TextResponse):
            for anchor in response.css("a[href]"):
                text = " ".join(anchor.css("::text").getall())
                if _WEBSITE_TEXT.search(text) or "website" in (anchor.attrib.get("class") or ""):
                    urls.append(urljoin(response.url, anchor.attrib["href"]))
        for url in urls:
            if not url:
                continue
            parts = urlsplit(url)
            if parts.netloc.lower() in listing_hosts or parts.scheme not in ("http", "https"):
                continue
            home = f"{parts.scheme}://{parts.netloc}/"
            request = self.make_request(home, source, own_site=True, priority=5)
            if request is not None:
                yield request
