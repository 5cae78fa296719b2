"""The population prior of the Bayesian average: the usual rating, counted as a few reviews."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from vetting import rules as R
from vetting.authenticity import assess
from vetting.model import PractitionerFacts
from vetting.reviews import ReadReview, independence, read


@dataclass
class PriorTally:
    """What one practitioner adds to the population prior (tallies add up in any order)."""

    total: float = 0.0  # sum of weight x rating over trusted reviews
    weight: float = 0.0  # sum of the weights of rated trusted reviews
    trusted_weight: float | None = None  # the practitioner's trusted review weight, if any
    reviews: int = 0

    @classmethod
    def of(cls, facts: PractitionerFacts) -> PriorTally:
        read_reviews = read(facts, today=None)
        assess(read_reviews)
        return cls.of_read(read_reviews)

    @classmethod
    def of_read(cls, reviews: list[ReadReview]) -> PriorTally:
        """The tally of reviews already read and assessed (recency left out: the prior has
        no date, so each counts with its independence alone)."""
        trusted = [(r.fact, independence(r.fact)) for r in reviews if not r.suspicious]
        tally = cls(reviews=len(trusted))
        if trusted:
            tally.trusted_weight = sum(weight for _, weight in trusted)
        for fact, weight in trusted:
            if fact.rating is not None:
                tally.total += weight * fact.rating
                tally.weight += weight
        return tally


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
        return cls.from_tallies(PriorTally.of(facts) for facts in practitioners)

    @classmethod
    def from_tallies(cls, tallies: Iterable[PriorTally]) -> Prior:
        """The prior from each practitioner's tally (see PriorTally.of)."""
        total = weight = 0.0
        counts: list[float] = []
        people = reviews = 0
        for tally in tallies:
            people += 1
            reviews += tally.reviews
            total += tally.total
            weight += tally.weight
            if tally.trusted_weight is not None:
                counts.append(tally.trusted_weight)
        mean = total / weight if weight else R.PRIOR_MEAN_DEFAULT
        typical = statistics.median(counts) if counts else R.PRIOR_WEIGHT_MIN
        typical = min(max(typical, R.PRIOR_WEIGHT_MIN), R.PRIOR_WEIGHT_MAX)
        return cls(mean, float(typical), people, reviews)
