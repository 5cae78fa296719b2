"""Step 2: what clients say, weighed by independence, recency and authenticity.

The star ratings give a Bayesian average against the population prior; red flags,
a wide spread of ratings and patterns of suspicious reviews take points off.
Suspicious reviews count for less and can only lower the score: it is the lower of the
score with them and the score without them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from vetting import rules as R
from vetting.authenticity import Authenticity
from vetting.evidence import evidence, unique
from vetting.model import ListingRating
from vetting.prior import Prior
from vetting.reviews import ReadReview
from vetting.steps import StepResult


@dataclass
class RedFlag:
    """One complication and the reviews that describe it."""

    flag: str
    reviews: list[ReadReview] = field(default_factory=list)

    @property
    def serious(self) -> bool:
        return self.flag in R.SERIOUS_FLAGS

    def to_json(self) -> dict[str, Any]:
        cited = [r.cite(r.flags[self.flag]) for r in _newest(self.reviews)]
        return {
            "flag": self.flag,
            "count": len(self.reviews),
            "evidence": [e.to_json() for e in unique(cited, R.EVIDENCE_PER_ITEM)],
            "serious": self.serious,
        }


@dataclass
class Reputation:
    step: StepResult
    red_flags: list[RedFlag]
    trusted: float  # weight of the trusted reviews and listing ratings
    independent: float  # weight of the trusted independent reviews
    average: float | None  # the Bayesian average, in stars
    listed: float = 0.0  # weight of listings' aggregate ratings


def _newest(reviews: list[ReadReview]) -> list[ReadReview]:
    return sorted(reviews, key=lambda r: (r.fact.date or "", r.fact.url), reverse=True)


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _listing_pairs(
    ratings: list[ListingRating], reviews: list[ReadReview]
) -> list[tuple[float, float]]:
    """Aggregate ratings of listings whose reviews we have not read one by one."""
    read_hosts = {_host(r.fact.url) for r in reviews}
    pairs = []
    for listing in ratings:
        if listing.count <= 0 or _host(listing.url) in read_hosts:
            continue
        independence = R.INDEPENDENT_WEIGHT if listing.independent else R.OWN_SITE_WEIGHT
        count = min(listing.count * R.LISTING_RATING_WEIGHT, R.LISTING_RATING_MAX)
        pairs.append((listing.value, count * independence))
    return pairs


def _stars(r: ReadReview) -> list[tuple[float, float]]:
    """The review's stars and the share of its weight they count with: its own rating, or,
    for an independent review without one (a forum post), what it reports read as stars."""
    if r.fact.rating is not None:
        return [(r.fact.rating, 1.0)]
    if not r.independent:
        return []
    if r.flags:
        return [(R.UNRATED_FLAGGED_STARS, R.UNRATED_WEIGHT)]
    if r.ease[1]:  # something bad about the consultation: its stars cannot be told
        return []
    return [(R.UNRATED_GOOD_STARS, R.UNRATED_WEIGHT)]


def _bayesian(pairs: list[tuple[float, float]], prior: Prior) -> float:
    weight = prior.weight + sum(w for _, w in pairs)
    return (prior.weight * prior.mean + sum(r * w for r, w in pairs)) / weight


def _to_score(stars: float) -> float:
    return (stars - R.RATING_ZERO) / (R.RATING_FULL - R.RATING_ZERO) * 100


def _spread(pairs: list[tuple[float, float]]) -> float:
    weight = sum(w for _, w in pairs)
    if weight <= 0:
        return 0.0
    mean = sum(r * w for r, w in pairs) / weight
    return math.sqrt(sum(w * (r - mean) * (r - mean) for r, w in pairs) / weight)


def _flags(reviews: list[ReadReview]) -> list[RedFlag]:
    found: dict[str, RedFlag] = {}
    for r in reviews:
        for flag in r.flags:
            found.setdefault(flag, RedFlag(flag)).reviews.append(r)
    return sorted(found.values(), key=lambda f: (-len(f.reviews), not f.serious, f.flag))


def _flag_penalty(reviews: list[ReadReview]) -> float:
    total = 0.0
    for r in reviews:
        if not r.flags:
            continue
        serious = any(f in R.SERIOUS_FLAGS for f in r.flags)
        independence = R.INDEPENDENT_WEIGHT if r.independent else R.OWN_SITE_WEIGHT
        suspicion = R.SUSPICIOUS_WEIGHT if r.suspicious else 1.0
        multiplier = R.SERIOUS_FLAG_MULTIPLIER if serious else 1
        total += R.FLAG_PENALTY * multiplier * independence * suspicion
    return min(total, R.FLAG_PENALTY_MAX)


def assess(
    reviews: list[ReadReview],
    listings: list[ListingRating],
    prior: Prior,
    authenticity: Authenticity,
) -> Reputation:
    """Step 2 from the reviews (already assessed for authenticity) and listing ratings."""
    trusted = [r for r in reviews if not r.suspicious]
    listing = _listing_pairs(listings, reviews)
    rated_all = [(stars, r.trust * share) for r in reviews for stars, share in _stars(r)]
    rated_trusted = [(stars, r.weight * share) for r in trusted for stars, share in _stars(r)]
    weight = sum(r.weight for r in trusted) + sum(w for _, w in listing)
    independent = sum(r.weight for r in trusted if r.independent)
    flags = _flags(reviews)
    if weight <= 0 and not flags:
        return Reputation(StepResult("unknown", None, [], "No reviews found."), [], 0, 0, None)
    average = min(_bayesian(rated_all + listing, prior), _bayesian(rated_trusted + listing, prior))
    score = _to_score(average) - _flag_penalty(reviews)
    if weight >= R.CONFIDENCE_MEDIUM_REVIEWS and _spread(rated_trusted) > R.SPREAD_LIMIT:
        score -= R.SPREAD_PENALTY
    score -= R.AUTHENTICITY_PENALTY * len(authenticity.patterns)
    score = round(max(0.0, min(100.0, score)))
    serious = sum(1 for r in trusted if any(f in R.SERIOUS_FLAGS for f in r.flags))
    if serious >= R.STEP2_FAIL_SERIOUS or score < R.STEP2_FAIL:
        status = "fail"
    elif (
        score >= R.STEP2_PASS
        and not flags
        and not authenticity.patterns
        and sum(1 for r in trusted if r.independent) >= R.CONFIDENCE_MEDIUM_REVIEWS
    ):
        status = "pass"
    else:
        status = "caution"
    step = StepResult(status, score, _evidence(trusted, flags), _summary(reviews, average, flags))
    return Reputation(step, flags, weight, independent, average, sum(w for _, w in listing))


def _evidence(trusted: list[ReadReview], flags: list[RedFlag]) -> list:
    items = [r.cite(r.flags[f.flag]) for f in flags for r in _newest(f.reviews)[:1]]
    good = [r for r in _newest(trusted) if r.independent and (r.fact.rating or 0) >= R.GOOD_RATING]
    items += [r.cite() for r in good[: R.EVIDENCE_PER_ITEM]]
    return unique(items, R.STEP_EVIDENCE_MAX)


def _summary(reviews: list[ReadReview], average: float, flags: list[RedFlag]) -> str:
    independent = sum(r.independent for r in reviews)
    text = (
        f"{average:.1f} stars (weighted Bayesian average) from {len(reviews)} review"
        f"{'s' if len(reviews) != 1 else ''}, {independent} on independent sites"
    )
    if flags:
        names = ", ".join(f.flag for f in flags)
        return f"{text}; red flags: {names}."
    return f"{text}; no red flags."


def cite_listing(listing: ListingRating) -> Any:
    """A listing's aggregate rating as evidence."""
    text = f"Listing shows {listing.value:.1f} stars from {listing.count} reviews."
    return evidence(text, listing.url, None, "listing")
