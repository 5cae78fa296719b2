"""Patterns that suggest reviews are not genuine; suspicious reviews are marked, never dropped.

A review collects suspicion points (rules.SUSPICION_POINTS) for being a near-copy of
another author's review, for arriving in a burst, for being a five-star review that is its
author's only one, and for belonging to a run of nothing but five stars; with enough
points it counts as suspicious. Each pattern found is also described in a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vetting import rules as R
from vetting.evidence import quote
from vetting.names import fold
from vetting.reviews import ReadReview, alike_pairs, same_author


@dataclass
class Authenticity:
    """What the patterns found: how many reviews look suspicious, and why, in sentences."""

    suspicious: int = 0
    signals: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)  # duplicate | burst | uniform

    def to_json(self) -> dict:
        return {"suspicious_reviews": self.suspicious, "signals": list(self.signals)}


def _five(r: ReadReview) -> bool:
    return r.fact.rating is not None and r.fact.rating >= R.FIVE_STARS


def _single(r: ReadReview) -> bool:
    return r.independent and r.fact.author_review_count <= 1


def _duplicates(reviews: list[ReadReview]) -> list[list[ReadReview]]:
    """Groups of near-identical reviews by different authors."""
    texts = [fold(r.fact.body) for r in reviews]
    ids = [
        i for i, t in enumerate(texts) if len(t) >= R.DUPLICATE_MIN_CHARS and reviews[i].independent
    ]
    parent = {i: i for i in ids}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    alike = alike_pairs(texts)  # all of them: the same question read() asked
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if not alike[a][b]:
                continue
            one, two = reviews[a].fact.author, reviews[b].fact.author
            if not (one and two and same_author(one, two)):
                parent[root(a)] = root(b)
    groups: dict[int, list[ReadReview]] = {}
    for a in ids:
        groups.setdefault(root(a), []).append(reviews[a])
    return [g for g in groups.values() if len(g) > 1]


def _bursts(reviews: list[ReadReview]) -> list[list[ReadReview]]:
    """Runs of many reviews within a few days, well above the usual rate. A business's own
    testimonials are shown all at once and say nothing of when they were written."""
    dated = sorted((r for r in reviews if r.day is not None and r.independent), key=lambda r: r.day)  # type: ignore[arg-type, return-value]
    if len(dated) < R.BURST_MIN:
        return []
    span = max((dated[-1].day - dated[0].day).days + 1, R.BURST_DAYS)  # type: ignore[operator]
    usual = len(dated) * R.BURST_DAYS / span
    inside = [False] * len(dated)
    start = 0
    for end in range(len(dated)):
        while (dated[end].day - dated[start].day).days >= R.BURST_DAYS:  # type: ignore[operator]
            start += 1
        size = end - start + 1
        if size >= R.BURST_MIN and size >= R.BURST_FACTOR * usual:
            inside[start : end + 1] = [True] * size
    groups: list[list[ReadReview]] = []
    for review, flagged in zip(dated, inside, strict=True):
        if not flagged:
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and (review.day - last.day).days < R.BURST_DAYS:  # type: ignore[operator]
            groups[-1].append(review)
        else:
            groups.append([review])
    return groups


def assess(reviews: list[ReadReview]) -> Authenticity:
    """Mark suspicious reviews (in place) and describe the patterns found."""
    out = Authenticity()
    for group in _duplicates(reviews):
        for r in group:
            r.suspicion["duplicate"] = R.SUSPICION_POINTS["duplicate"]
        example = quote(group[0].fact.body, R.SIGNAL_QUOTE_CHARS)
        out.signals.append(
            f"{len(group)} reviews by different authors are near-copies of each other "
            f"(for example \u201c{example}\u201d)."
        )
        if "duplicate" not in out.patterns:
            out.patterns.append("duplicate")
    for burst in _bursts(reviews):
        for r in burst:
            r.suspicion["burst"] = R.SUSPICION_POINTS["burst"]
        first, last = burst[0].day, burst[-1].day
        out.signals.append(
            f"{len(burst)} reviews arrived within {(last - first).days + 1} days "
            f"({first.isoformat()} to {last.isoformat()})."
        )
        if "burst" not in out.patterns:
            out.patterns.append("burst")
    _uniform(reviews, out)
    singles = [r for r in reviews if _five(r) and _single(r)]
    for r in singles:
        r.suspicion["single"] = R.SUSPICION_POINTS["single"]
    flagged_singles = [r for r in singles if r.suspicious]
    if flagged_singles:
        out.signals.append(
            f"{len(flagged_singles)} of the suspicious reviews are five-star reviews by authors "
            "who have reviewed nothing else."
        )
    out.suspicious = sum(r.suspicious for r in reviews)
    if out.suspicious:
        out.signals.append(
            f"{out.suspicious} review{'s' if out.suspicious != 1 else ''} therefore count for "
            "less, and cannot raise the score; they are still shown."
        )
    return out


def _uniform(reviews: list[ReadReview], out: Authenticity) -> None:
    """Nearly all five stars with none below four, mostly from one-review authors."""
    rated = [r for r in reviews if r.fact.rating is not None]
    if len(rated) < R.UNIFORM_MIN_REVIEWS:
        return
    five = [r for r in rated if _five(r)]
    lowest = min(r.fact.rating for r in rated)  # type: ignore[type-var]
    singles = [r for r in five if _single(r)]
    if (
        len(five) >= R.UNIFORM_FIVE_STAR_SHARE * len(rated)
        and lowest >= R.UNIFORM_LOWEST
        and len(singles) >= R.UNIFORM_SINGLE_SHARE * len(five)
    ):
        for r in singles:
            r.suspicion["uniform"] = R.SUSPICION_POINTS["uniform"]
        out.signals.append(
            f"{len(five)} of {len(rated)} ratings are five stars and none is below four, mostly "
            "from authors with no other review: real clients' ratings usually vary more."
        )
        out.patterns.append("uniform")
