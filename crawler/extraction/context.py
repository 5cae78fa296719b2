"""What every extractor of one page needs to know besides the page itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from . import dates
from .document import Document


@dataclass
class Context:
    doc: Document
    region: str  # for telephone numbers written in national format
    now: datetime  # for relative dates and "since 2015"

    @property
    def url(self) -> str:
        return self.doc.url

    @cached_property
    def date_region(self) -> str:
        """The region for numeric dates: the page's own order where its dates show it
        ("15/02/2025" beside "12/04/2025" is day first), else `region`'s."""
        return dates.region_for_order(dates.page_order(self.doc.text), self.region)
