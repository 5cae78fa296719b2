"""The item pipeline: each page into the store in one transaction, each run recorded."""

from __future__ import annotations

import logging
from typing import Any, Self

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.figures import Figures
from crawler.items import PageItem
from index import identity
from index.datadir import DataDir
from index.store import Store, utcnow

logger = logging.getLogger(__name__)


class StorePipeline:
    """Save pages, record crawl runs, and re-resolve identities when the crawl ends."""

    def __init__(self, crawler: Crawler, datadir: DataDir, trigger: str):
        self.crawler = crawler
        self.datadir = datadir
        self.trigger = trigger
        self.store: Store | None = None
        self.runs: dict[str, int] = {}
        self.started_at = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        datadir = DataDir.resolve(settings.get("SMPVET_DATA_DIR")).ensure()
        pipeline = cls(crawler, datadir, settings.get("SMPVET_TRIGGER", "manual"))
        # Runs are finished on spider_closed, the first moment the close reason is known.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.store = Store(self.datadir.store)
        self.store.close_dead_runs()
        self.started_at = utcnow()
        spider = self.crawler.spider
        scheduled = self.crawler.settings.get("SMPVET_SCHEDULED_FOR")
        for source in getattr(spider, "sources", []):
            self.runs[source.name] = self.store.start_run(source.name, self.trigger, scheduled)
        spider.run_ids = dict(self.runs)  # type: ignore[union-attr]

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or self.store is None:
            return item
        run_id = self.runs.get(item.source)
        if item.error:
            self.store.save_page(item, run_id)  # records the failed fetch, touches no fact
            if run_id is not None:
                self.store.add_error(run_id, item.url, _error_kind(item), item.error)
            return item
        stored = self.store.save_page(item, run_id)
        figures = self._figures(item.source)
        if figures is not None:
            figures.items += stored
        return item

    def spider_closed(self, reason: str) -> None:
        """Record how each source's run ended, then re-resolve identities."""
        if self.store is None:
            return
        spider = self.crawler.spider
        try:
            for source, run_id in self.runs.items():
                figures = self._figures(source) or Figures()
                status, message = run_status(figures, reason)
                if status == "ok":
                    self.store.mark_unvisited(source, self.started_at)
                self.store.finish_run(run_id, status, message, **figures.counts())
            self.store.set_meta(identity.PENDING, "1")  # until it finishes: `index` redoes it
            try:
                summary = identity.resolve(self.store)
            except Exception:
                logger.error(
                    "identity resolution failed; `smpvet index` will try again", exc_info=True
                )
            else:
                self.store.set_meta(identity.PENDING, "0")
                logger.info("identity: %s", summary)
        finally:
            self.store.close()
            self.store = None
            if spider is not None:
                spider.run_ids = {}  # type: ignore[attr-defined]

    def _figures(self, source: str) -> Figures | None:
        table = getattr(self.crawler.spider, "figures", {})
        return table.get(source)


def run_status(figures: Figures, reason: str | None) -> tuple[str, str | None]:
    """How a source's run ended: ok, partial or failed, with a reason for people."""
    if figures.pages == 0:
        if figures.errors or figures.robots_denied:
            return "failed", "no page could be fetched"
        return "failed", "nothing to crawl"
    if reason not in (None, "finished"):
        return "partial", f"stopped early: {reason}"
    if figures.budget_hit:
        return "partial", "page limit reached before every link was followed"
    return "ok", None


def _error_kind(item: PageItem) -> str:
    error = (item.error or "").lower()
    if "robots.txt" in error:
        return "robots"
    if item.status >= 400:
        return "http"
    if "size" in error or "maxsize" in error:
        return "size"
    if "not an html" in error or "parse" in error:
        return "parse"
    return "network"
