"""Reviews as the scoring reads them: weighed, and labelled by the detectors with quotes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from vetting import rules as R
from vetting.dates import day
from vetting.detectors import detect_correction, detect_ease, detect_flags
from vetting.evidence import evidence, quote
from vetting.model import Evidence, PractitionerFacts, ReviewFact
from vetting.names import fold, person_similarity
from vetting.reader.reading import Found, ReviewReading


@dataclass(eq=False)
class ReadReview:
    """One review, its weight, what it reports and how suspicious it looks."""

    fact: ReviewFact
    weight: float  # independence times recency
    suspicion: dict[str, int] = field(default_factory=dict)  # pattern -> points

    @property
    def suspicious(self) -> bool:
        return sum(self.suspicion.values()) >= R.SUSPICION_THRESHOLD

    @property
    def trust(self) -> float:
        """The weight it counts with: less when suspicious."""
        return self.weight * (R.SUSPICIOUS_WEIGHT if self.suspicious else 1.0)

    @property
    def independent(self) -> bool:
        return self.fact.independent

    @property
    def day(self) -> date | None:
        return day(self.fact.date)

    @cached_property
    def reading(self) -> ReviewReading | None:
        """The reading stored with the review (index.readings), if it has one."""
        return ReviewReading.from_json(self.fact.reading) if self.fact.reading else None

    @cached_property
    def flags(self) -> dict[str, str]:
        """Complications it reports, each with the sentence that says so."""
        if self.reading is not None:
            return {
                k: v.quote
                for k, v in sorted(self.reading.flags.items())
                if not (v.source == "model" and self._praise)
            }
        found = {d.label: d.quote for d in detect_flags(self.fact.body)}
        for flag in self.fact.flags:
            found.setdefault(flag, quote(self.fact.body))
        return dict(sorted(found.items()))

    @property
    def _praise(self) -> bool:
        """Rated good, or a testimonial the practitioner chose to publish on their own site:
        where a complication only the model saw is its misreading of praise or of the
        condition the client came with."""
        rating = self.fact.rating
        good = rating is not None and rating >= R.MODEL_ONLY_FLAG_MAX_RATING
        return good or not self.fact.independent

    @cached_property
    def ease(self) -> tuple[dict[str, str], dict[str, str]]:
        """What it says about the consultation: (positive labels, negative labels) with quotes."""
        if self.reading is not None:
            return (
                {k: v.quote for k, v in self.reading.positive.items()},
                {k: v.quote for k, v in self.reading.negative.items()},
            )
        positive, negative = detect_ease(self.fact.body)
        pos = {d.label: d.quote for d in positive}
        neg = {d.label: d.quote for d in negative}
        for label in self.fact.ease_positive:
            pos.setdefault(label, quote(self.fact.body))
        for label in self.fact.ease_negative:
            neg.setdefault(label, quote(self.fact.body))
        return pos, neg

    def found_by(self, text: str) -> Found | None:
        """Who found the label this quote is evidence of (the rules, the model, both)."""
        if self.reading is None:
            return None
        parts = (self.reading.flags, self.reading.positive, self.reading.negative)
        return next((f for part in parts for f in part.values() if f.quote == text), None)

    @cached_property
    def correction(self) -> str | None:
        """A sentence about correcting another practitioner's work, if any."""
        if self.reading is not None and self.reading.has_correction:
            return self.reading.correction
        found = detect_correction(self.fact.body)
        return found[0].quote if found else None

    def cite(self, text: str | None = None) -> Evidence:
        cited = evidence(text or self.fact.body, self.fact.url, self.fact.date, "review")
        found = self.found_by(text) if text else None
        if found is not None:
            cited = replace(cited, found_by=found.source, probability=found.probability)
        return cited


def _recency(review: ReviewFact, today: date | None) -> float:
    when = day(review.date)
    if today is None:
        return 1.0
    if when is None:
        return R.UNDATED_WEIGHT
    age = max(0, (today - when).days)
    return 0.5 ** (age / R.HALF_LIFE_DAYS)


def alike_pairs(texts: list[str]) -> list[list[bool]]:
    """Which texts are near-copies of which (word order aside), all pairs at once."""
    return _alike(tuple(texts))


@lru_cache(maxsize=1)
def _alike(texts: tuple[str, ...]) -> list[list[bool]]:
    """alike_pairs, remembered: reading a practitioner's reviews and judging them asks the
    same question of the same texts twice."""
    if not texts:
        return []
    words = [" ".join(sorted(t.split())) for t in texts]
    scores = process.cdist(
        words, words, scorer=fuzz.ratio, score_cutoff=R.DUPLICATE_SIMILARITY, workers=1
    )
    return [[bool(v) for v in row] for row in scores]


def same_author(a: str | None, b: str | None) -> bool:
    """Whether two bylines may be one person ("Brad G." and "Brad Gibbs"); unknown may."""
    return not a or not b or person_similarity(a, b) >= R.PERSON_MATCH


def _repeat(kept: ReviewFact, other: ReviewFact) -> bool:
    """Whether `other` is `kept` shown again: the same words by the same person, or quoted
    on the practitioner's own site (a testimonials page, a featured quote)."""
    return not other.independent or same_author(kept.author, other.author)


def read(facts: PractitionerFacts, today: date | None) -> list[ReadReview]:
    """The practitioner's reviews, each once: a review repeated on another page (by the same
    author, or quoted on the practitioner's own site) counts once, independent copy first.

    Without `today` recency is left out (the population prior has no date).
    """
    ordered = sorted(
        (r for r in facts.reviews if r.body.strip()),
        key=lambda r: (not r.independent, r.url, r.date or "", r.author or "", r.body),
    )
    alike = alike_pairs([fold(r.body) for r in ordered])
    kept_at: list[int] = []
    for i, review in enumerate(ordered):
        if not any(_repeat(ordered[k], review) for k in kept_at if alike[i][k]):
            kept_at.append(i)
    kept = [ordered[i] for i in kept_at]
    return [ReadReview(r, independence(r) * _recency(r, today)) for r in kept]


def independence(review: ReviewFact) -> float:
    """How much a review counts for who wrote it: an independent site's more than the
    practitioner's own."""
    return R.INDEPENDENT_WEIGHT if review.independent else R.OWN_SITE_WEIGHT
