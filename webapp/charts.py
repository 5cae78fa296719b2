"""Chart geometry computed on the server; templates draw it as inline SVG."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

BAR_WIDTH = 220  # the longest bar, in SVG user units
ROW_HEIGHT = 26


@dataclass(frozen=True)
class Bar:
    stars: int
    count: int
    share: float  # of all rated reviews, 0-1
    width: float
    y: int


def rating_bars(ratings: Iterable[float | None]) -> list[Bar]:
    """One bar per star rating, 5 down to 1; ratings are rounded to whole stars."""
    counts = Counter(min(5, max(1, round(r))) for r in ratings if r is not None)
    total = sum(counts.values())
    most = max(counts.values(), default=0)
    return [
        Bar(
            stars=stars,
            count=counts[stars],
            share=counts[stars] / total if total else 0.0,
            width=round(BAR_WIDTH * counts[stars] / most, 1) if most else 0.0,
            y=(5 - stars) * ROW_HEIGHT,
        )
        for stars in range(5, 0, -1)
    ]
