"""Step 3: do they put clients at ease? From reviews and the listing, or the consumer's answers.

What reviews say about the consultation moves the score up or down from a neutral start,
less so while mentions are few; listing signals (free consultation, clear pricing, own
portfolio, aftercare, touch-up policy, hygiene) add a little. A consumer's own answers
to the consultation checklist take precedence over both. Suspicious reviews can only
lower the score.
"""

from __future__ import annotations

from vetting import checklist
from vetting import rules as R
from vetting.evidence import evidence, unique
from vetting.model import ConsultationAnswers, Evidence, SignalFact
from vetting.reviews import ReadReview
from vetting.steps import StepResult


def _balance(reviews: list[ReadReview], trusted_only: bool) -> tuple[float, float]:
    positive = negative = 0.0
    for r in reviews:
        if trusted_only and r.suspicious:
            continue
        weight = r.weight if trusted_only else r.trust
        pos, neg = r.ease
        positive += weight * len(pos)
        negative += weight * len(neg)
    return positive, negative


def _score(positive: float, negative: float, signal_points: int) -> float:
    mentions = positive + negative
    moved = R.EASE_REVIEW_RANGE * (positive - negative) / (mentions + R.EASE_DAMPING)
    return max(0.0, min(100.0, R.EASE_BASE + moved + signal_points))


def _signals(signals: list[SignalFact]) -> dict[str, SignalFact]:
    found: dict[str, SignalFact] = {}
    for s in sorted(signals, key=lambda s: (s.kind, s.url)):
        if s.kind in R.SIGNAL_POINTS:
            found.setdefault(s.kind, s)
    return found


def _review_evidence(reviews: list[ReadReview]) -> list[Evidence]:
    trusted = sorted(
        (r for r in reviews if not r.suspicious),
        key=lambda r: (r.fact.date or "", r.fact.url),
        reverse=True,
    )
    bad = [r.cite(q) for r in trusted for q in r.ease[1].values()]
    good = [r.cite(q) for r in trusted for q in r.ease[0].values()]
    return unique(bad, R.EVIDENCE_PER_ITEM) + unique(good, R.EVIDENCE_PER_ITEM)


def from_reviews(reviews: list[ReadReview], signals: list[SignalFact]) -> StepResult:
    """Step 3 as reviews and the listing show it."""
    shown = _signals(signals)
    points = sum(R.SIGNAL_POINTS[k] for k in shown)
    trusted_pos, trusted_neg = _balance(reviews, trusted_only=True)
    if trusted_pos + trusted_neg <= 0 and not shown:
        return StepResult("unknown", None, [], "Nothing yet about how consultations go.")
    score = round(
        min(_score(trusted_pos, trusted_neg, points), _score(*_balance(reviews, False), points))
    )
    if score < R.STEP3_FAIL:
        status = "fail"
    elif score >= R.STEP3_PASS and trusted_pos > trusted_neg:
        status = "pass"
    else:
        status = "caution"
    listing = [evidence(s.text, s.url, s.seen, "listing") for s in shown.values()]
    items = _review_evidence(reviews) + listing
    summary = (
        f"Reviews mention the consultation {round(trusted_pos + trusted_neg, 1)} times (weighted), "
        f"{'mostly well' if trusted_pos > trusted_neg else 'not mostly well'}; the listing shows "
        f"{len(shown)} of {len(R.SIGNAL_POINTS)} good signs."
    )
    return StepResult(status, score, unique(items, R.STEP_EVIDENCE_MAX), summary)


def from_answers(
    answers: ConsultationAnswers, reviews: list[ReadReview], signals: list[SignalFact]
) -> StepResult | None:
    """Step 3 from the consumer's own answers, if they answered any of its questions."""
    given = checklist.answered(answers, "ease")
    if not given:
        return None
    score = round(sum(R.ANSWER_SCORES[a] for _, a in given) / len(given))
    decisive_no = any(q.decisive and a == "no" for q, a in given)
    if decisive_no or score < R.STEP3_FAIL:
        status = "fail"
    elif score >= R.STEP3_PASS and not any(a == "no" for _, a in given):
        status = "pass"
    else:
        status = "caution"
    own = [checklist.cite(answers, q, a) for q, a in given]
    backdrop = from_reviews(reviews, signals)
    summary = (
        f"From your consultation answers ({len(given)} questions); they take precedence over "
        "reviews."
    )
    return StepResult(status, score, own + backdrop.evidence, summary)


def assess(
    reviews: list[ReadReview], signals: list[SignalFact], answers: ConsultationAnswers | None
) -> StepResult:
    """Step 3: the consumer's answers when there are any, else reviews and the listing."""
    if answers is not None:
        mine = from_answers(answers, reviews, signals)
        if mine is not None:
            return mine
    return from_reviews(reviews, signals)
