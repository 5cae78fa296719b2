"""One step of the checklist as the scorecard shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vetting.model import Evidence

STATUSES = ("pass", "caution", "fail", "unknown")


@dataclass
class StepResult:
    """A step's status, its 0-100 score (None when unknown), the evidence and a sentence."""

    status: str
    score: int | None
    evidence: list[Evidence] = field(default_factory=list)
    summary: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "score": self.score,
            "evidence": [e.to_json() for e in self.evidence],
            "summary": self.summary,
        }
