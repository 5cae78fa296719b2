"""The population prior of the Bayesian average: the usual rating, counted as a few reviews."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from vetting import rules as R
from vetting.authenticity import assess
from vetting.model import PractitionerFacts
from vetting.reviews import read


@dataclass
class Prior:
    """The average rating of all practitioners' trusted reviews, and the weight it gets."""

    mean: float = R.PRIOR_MEAN_DEFAULT
    weight: float = float(R.PRIOR_WEIGHT_MIN)
    practitioners: int = 0
    reviews: int = 0

    @classmethod
    def from_population(cls, practitioners: Iterable[PractitionerFacts]) -> Prior:
        """Learn the prior from everyone's reviews (suspicious ones left out)."""
        total = weight = 0.0
        counts: list[float] = []
        people = reviews = 0
        for facts in practitioners:
            people += 1
            read_reviews = read(facts, today=None)
            assess(read_reviews)
            trusted = [r for r in read_reviews if not r.suspicious]
            reviews += len(trusted)
            if trusted:
                counts.append(sum(r.weight for r in trusted))
            for r in trusted:
                if r.fact.rating is not None:
                    total += r.weight * r.fact.rating
                    weight += r.weight
        mean = total / weight if weight else R.PRIOR_MEAN_DEFAULT
        typical = statistics.median(counts) if counts else R.PRIOR_WEIGHT_MIN
        typical = min(max(typical, R.PRIOR_WEIGHT_MIN), R.PRIOR_WEIGHT_MAX)
        return cls(mean, float(typical), people, reviews)
