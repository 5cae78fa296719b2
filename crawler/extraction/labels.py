"""The one place extraction uses the vetting detectors: review labels and listing signals.

The detectors are imported when first used, so a fault there costs the labels of a page
(logged by the caller), never the extraction itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

from crawler.items import Review, Signal


def _detectors() -> ModuleType:
    from vetting import detectors

    return detectors


def _labels(detections: Iterable[Any]) -> list[str]:
    return list(dict.fromkeys(d.label for d in detections))


def label_review(review: Review) -> None:
    """Set a review's complication flags and consultation-experience labels."""
    detectors = _detectors()
    review.flags = _labels(detectors.detect_flags(review.body))
    positive, negative = detectors.detect_ease(review.body)
    review.ease = {"positive": _labels(positive), "negative": _labels(negative)}


def listing_signals(text: str) -> list[Signal]:
    """Listing signals in a practitioner's own words, one (the first) per kind."""
    seen: dict[str, Signal] = {}
    for detection in _detectors().detect_signals(text):
        seen.setdefault(detection.label, Signal(kind=detection.label, text=detection.quote))
    return list(seen.values())
