"""A crawl run's figures for one source, as the spider counts them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Figures:
    pages: int = 0
    items: int = 0
    errors: int = 0
    bytes: int = 0
    not_modified: int = 0
    robots_denied: int = 0
    budget_hit: bool = False  # max_pages stopped the crawl before it ran out of links

    def counts(self) -> dict[str, int]:
        """The figures stored with a crawl run."""
        return {k: int(v) for k, v in asdict(self).items() if k != "budget_hit"}


def figures_for(spider: Any, source: str | None) -> Figures | None:
    """The figures a spider keeps for a source, if it keeps any."""
    table = getattr(spider, "figures", None)
    if not table or source is None:
        return None
    return table.get(source)
