"""A review's reading: each label it reports with its quoted sentence and who found it.

Plain data (no model here): what vetting stores and scores with; vetting.reader.reader
makes readings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from vetting.detectors import detect_correction, detect_ease, detect_flags


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A fingerprint of the rules' source: a reading made by other rules is read again."""
    import vetting

    root = Path(vetting.__file__).parent
    digest = hashlib.sha256()
    for name in RULE_MODULES:
        digest.update((root / name).read_bytes())
    return digest.hexdigest()[:8]


RULE_MODULES = ("cues.py", "patterns.py", "context.py", "detectors.py", "vocabulary.py")


@dataclass(frozen=True)
class Found:
    """One label of a review: the sentence quoted, who found it, the model's probability."""

    quote: str
    source: str  # rules | model | both
    probability: float | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"quote": self.quote, "source": self.source}
        if self.probability is not None:
            out["probability"] = round(self.probability, 3)
        return out


@dataclass
class ReviewReading:
    """What one review reports, by the reader of `version`."""

    version: str
    flags: dict[str, Found] = field(default_factory=dict)
    positive: dict[str, Found] = field(default_factory=dict)
    negative: dict[str, Found] = field(default_factory=dict)
    correction: str | None = None  # a sentence about fixing another practitioner's work
    has_correction: bool = True  # False for a stored reading made before it was kept

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "correction": self.correction,
            "flags": {k: v.to_json() for k, v in self.flags.items()},
            "positive": {k: v.to_json() for k, v in self.positive.items()},
            "negative": {k: v.to_json() for k, v in self.negative.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReviewReading:
        def found(part: dict[str, Any]) -> dict[str, Found]:
            return {
                k: Found(v.get("quote", ""), v.get("source", "rules"), v.get("probability"))
                for k, v in (part or {}).items()
            }

        return cls(
            version=str(data.get("version", "")),
            flags=found(data.get("flags", {})),
            positive=found(data.get("positive", {})),
            negative=found(data.get("negative", {})),
            correction=data.get("correction"),
            has_correction="correction" in data,
        )


def by_rules(text: str) -> ReviewReading:
    """The rules' reading alone (where the model is not available)."""
    reading = ReviewReading(f"rules-{rules_version()}")
    add_rules(reading, text)
    return reading


def add_rules(reading: ReviewReading, text: str) -> None:
    """The rules' labels (and their sign of correction work) added to a reading."""
    corrections = detect_correction(text)
    reading.correction = corrections[0].quote if corrections else None
    positive, negative = detect_ease(text)
    for part, found in (
        (reading.flags, detect_flags(text)),
        (reading.positive, positive),
        (reading.negative, negative),
    ):
        for d in found:
            part.setdefault(d.label, Found(d.quote, "rules"))
