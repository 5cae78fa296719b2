"""Score SMP practitioners against the three-step vetting checklist.

Pure and deterministic: no Flask, Scrapy or store. The index builds a `RegistryIndex`
and a `Prior` once per batch, then calls `score` for each practitioner; the web shows
`Scorecard.to_json()`. The rules and their numbers are in `vetting.rules`.
"""

from __future__ import annotations

from vetting.prior import Prior, PriorTally
from vetting.registry import RegistryIndex
from vetting.scorecard import Scorecard, score, score_and_tally

__all__ = ["Prior", "PriorTally", "RegistryIndex", "Scorecard", "score", "score_and_tally"]
