"""The scorecard: the three steps, an overall score and grade, and the evidence behind them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vetting import authenticity, checklist, ease, removal, reputation, training
from vetting import rules as R
from vetting.authenticity import Authenticity
from vetting.credentials import TRAINING_KINDS
from vetting.model import ConsultationAnswers, PractitionerFacts
from vetting.prior import Prior, PriorTally
from vetting.registry import RegistryIndex
from vetting.reputation import RedFlag
from vetting.reviews import ReadReview, read
from vetting.steps import StepResult
from vetting.training import Credential
from vetting.vocabulary import SERVICES

STEPS = ("training", "reputation", "ease")
GRADES = "ABCDEF"


@dataclass
class Scorecard:
    """One practitioner's three-step scorecard (`to_json` is `smpvet vet --json`)."""

    id: str
    name: str
    grade: str | None
    score: int | None
    confidence: str  # high | medium | low
    steps: dict[str, StepResult]
    credentials: list[Credential] = field(default_factory=list)
    red_flags: list[RedFlag] = field(default_factory=list)
    authenticity: Authenticity = field(default_factory=Authenticity)
    services: list[str] = field(default_factory=list)
    removal: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    caps: list[str] = field(default_factory=list)  # why the grade is lower than the score says
    not_enough_evidence: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "grade": self.grade,
            "score": self.score,
            "confidence": self.confidence,
            "steps": {k: self.steps[k].to_json() for k in STEPS},
            "credentials": [c.to_json() for c in self.credentials],
            "red_flags": [f.to_json() for f in self.red_flags],
            "authenticity": self.authenticity.to_json(),
            "services": list(self.services),
            "removal": [dict(m) for m in self.removal],
            "summary": self.summary,
            "caps": list(self.caps),
            "not_enough_evidence": self.not_enough_evidence,
        }


def score(
    facts: PractitionerFacts,
    registry: RegistryIndex,
    prior: Prior,
    *,
    answers: ConsultationAnswers | None = None,
    today: date | None = None,
) -> Scorecard:
    """Score one practitioner against the three-step checklist (deterministic given `today`)."""
    return score_and_tally(facts, registry, prior, answers=answers, today=today)[0]


def score_and_tally(
    facts: PractitionerFacts,
    registry: RegistryIndex,
    prior: Prior,
    *,
    answers: ConsultationAnswers | None = None,
    today: date | None = None,
) -> tuple[Scorecard, PriorTally]:
    """The scorecard, and what the practitioner adds to the population prior, from one
    reading of their reviews (a full rescore needs both)."""
    today = today or date.today()
    credentials = training.credentials(facts, registry, today)
    reviews = read(facts, today)
    found = authenticity.assess(reviews)
    rep = reputation.assess(reviews, facts.listing_ratings, prior, found)
    steps = {
        "training": _answered(
            training.step(credentials, facts.people, [facts.name, *facts.aliases]),
            answers,
            "training",
        ),
        "reputation": _answered(rep.step, answers, "reputation"),
        "ease": ease.assess(reviews, facts.signals, answers),
    }
    services = _services(facts, reviews)
    card = Scorecard(
        id=facts.id,
        name=facts.name,
        grade=None,
        score=None,
        confidence="low",
        steps=steps,
        credentials=sorted(credentials, key=training.order),
        red_flags=rep.red_flags,
        authenticity=found,
        services=services,
        removal=removal.offered(services),
    )
    enough = _enough(credentials, reviews, rep.listed, steps)
    overall = _overall(steps)
    if enough and overall is not None:
        card.score = overall
        card.grade, card.caps = _grade(overall, credentials, reviews, found)
        card.confidence = _confidence(credentials, reviews)
    card.not_enough_evidence = card.grade is None
    card.summary = _summary(card)
    return card, PriorTally.of_read(reviews)


def _answered(step: StepResult, answers: ConsultationAnswers | None, key: str) -> StepResult:
    """Steps 1 and 2 with the consumer's answers to their questions: a "no" costs points."""
    given = checklist.answered(answers, key)
    if not given or answers is None:
        return step
    noes = sum(a == "no" for _, a in given)
    score = step.score
    status = step.status
    if noes:
        score = None if score is None else max(0, score - R.ANSWER_NO_PENALTY * noes)
        if status in ("pass", "unknown"):
            status = "caution"
        if (
            score is not None
            and score < {"training": R.STEP1_FAIL, "reputation": R.STEP2_FAIL}[key]
        ):
            status = "fail"
    own = [checklist.cite(answers, q, a) for q, a in given]
    note = f" Your consultation: {len(given)} answer{'s' if len(given) != 1 else ''}, {noes} no."
    return StepResult(status, score, own + step.evidence, step.summary + note)


def _services(facts: PractitionerFacts, reviews: list[ReadReview]) -> list[str]:
    services = {s for s in facts.services if s in SERVICES}
    if any(r.correction for r in reviews if not r.suspicious):
        services.add("correction")
    return sorted(services, key=list(SERVICES).index)


def _overall(steps: dict[str, StepResult]) -> int | None:
    known = [(R.STEP_WEIGHTS[k], s.score) for k, s in steps.items() if s.score is not None]
    if not known:
        return None
    return round(sum(w * s for w, s in known) / sum(w for w, _ in known))


def _counted(reviews: list[ReadReview], independent_only: bool = False) -> float:
    """Trusted reviews counted by independence (not age): how much we have to go on."""
    return sum(
        R.INDEPENDENT_WEIGHT if r.independent else R.OWN_SITE_WEIGHT
        for r in reviews
        if not r.suspicious and (r.independent or not independent_only)
    )


def _checked(credentials: list[Credential]) -> bool:
    return any(c.status in ("verified", "contradicted") for c in credentials)


def _enough(
    credentials: list[Credential],
    reviews: list[ReadReview],
    listed: float,
    steps: dict[str, StepResult],
) -> bool:
    if any(c.kind == "licence" and c.status == "contradicted" for c in credentials):
        return True
    amount = _counted(reviews) + listed
    other = steps["training"].status != "unknown" or steps["ease"].status != "unknown"
    return (amount >= R.MIN_REVIEWS_TO_GRADE and other) or (
        _checked(credentials) and amount >= R.MIN_REVIEWS_WITH_REGISTRY
    )


def _confidence(credentials: list[Credential], reviews: list[ReadReview]) -> str:
    independent = _counted(reviews, independent_only=True)
    if independent >= R.CONFIDENCE_HIGH_REVIEWS and _checked(credentials):
        return "high"
    if independent >= R.CONFIDENCE_MEDIUM_REVIEWS or _checked(credentials):
        return "medium"
    return "low"


def _letter(score: int) -> str:
    return next((g for g, low in R.GRADE_MIN.items() if score >= low), "F")


def _threshold_cap(count: int, caps: dict[int, str]) -> str | None:
    reached = [g for n, g in caps.items() if count >= n]
    return max(reached, key=GRADES.index) if reached else None


def _grade(
    score: int, credentials: list[Credential], reviews: list[ReadReview], found: Authenticity
) -> tuple[str, list[str]]:
    """The grade for a score, lowered by the caps that apply, with the reasons."""
    trusted = [r for r in reviews if not r.suspicious]
    serious = sum(1 for r in trusted if any(f in R.SERIOUS_FLAGS for f in r.flags))
    flagged = sum(1 for r in trusted if r.flags)
    contradicted = [c for c in credentials if c.status == "contradicted"]
    verified = any(c.status == "verified" and c.kind in TRAINING_KINDS for c in credentials)
    caps = [
        (not verified, R.BEST_GRADE_UNVERIFIED_TRAINING, "no training is verified by a registry"),
        (
            any(c.kind == "licence" for c in contradicted),
            R.BEST_GRADE_CONTRADICTED_LICENCE,
            "a registry contradicts the licence claimed",
        ),
        (
            any(c.kind != "licence" for c in contradicted),
            R.BEST_GRADE_CONTRADICTED_CREDENTIAL,
            "a registry contradicts a credential claimed",
        ),
        (
            serious > 0,
            _threshold_cap(serious, R.BEST_GRADE_SERIOUS_FLAGS),
            f"{serious} review{'s' if serious != 1 else ''} report a serious complication",
        ),
        (
            flagged > 0,
            _threshold_cap(flagged, R.BEST_GRADE_FLAGGED_REVIEWS),
            f"{flagged} reviews report complications",
        ),
        (
            bool(reviews) and found.suspicious >= R.SUSPICIOUS_SHARE_CAP * len(reviews),
            R.BEST_GRADE_MANY_SUSPICIOUS,
            "many reviews look suspicious",
        ),
    ]
    grade = _letter(score)
    reasons = []
    for applies, best, why in caps:
        if applies and best is not None and GRADES.index(best) > GRADES.index(grade):
            grade = best
            reasons.append(f"At most {best}: {why}.")
    return grade, reasons


_PHRASES = {
    "training": {
        "pass": "training verified",
        "caution": "training claimed but not fully verified",
        "fail": "training evidence contradicted or weak",
        "unknown": "no training information",
    },
    "reputation": {
        "pass": "strong independent reviews",
        "caution": "mixed or few reviews",
        "fail": "poor reviews or serious complaints",
        "unknown": "no reviews",
    },
    "ease": {
        "pass": "clients are put at ease",
        "caution": "mixed reports of the consultation",
        "fail": "consultations go badly",
        "unknown": "nothing on consultations",
    },
}


def _summary(card: Scorecard) -> str:
    parts = ", ".join(_PHRASES[k][card.steps[k].status] for k in STEPS)
    if card.grade is None:
        return f"Not enough evidence to grade: {parts}."
    flags = f" Red flags: {', '.join(f.flag for f in card.red_flags)}." if card.red_flags else ""
    caps = f" {' '.join(card.caps)}" if card.caps else ""
    return (
        f"Grade {card.grade}, {card.score} of 100 ({card.confidence} confidence): {parts}."
        f"{flags}{caps}"
    )
