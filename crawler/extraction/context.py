"""What every extractor of one page needs to know besides the page itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .document import Document


@dataclass(frozen=True)
class Context:
    doc: Document
    region: str  # for telephone numbers written in national format
    now: datetime  # for relative dates and "since 2015"

    @property
    def url(self) -> str:
        return self.doc.url
