"""Step 1: verified training. Every distinct claim is checked, then scored by kind and status."""

from __future__ import annotations

import re
from datetime import date

from vetting import names
from vetting import rules as R
from vetting.credentials import TRAINING_KINDS, Credential, dedupe, order
from vetting.evidence import unique
from vetting.matching import check, listed
from vetting.model import PractitionerFacts
from vetting.registry import RegistryIndex
from vetting.steps import StepResult

__all__ = ["Credential", "credentials", "order", "step"]


def credentials(facts: PractitionerFacts, registry: RegistryIndex, today: date) -> list[Credential]:
    """Every distinct claim, checked."""
    found = dedupe(facts)
    for cred in found:
        check(cred, facts, registry, today)
    return found + listed(facts, registry, found, today)


_SHORT_COURSE = re.compile(
    r"\b(?:online|(?:one|two|1|2|half)[-\s]days?|(?:a|one|single)\s+day|weekend|"
    r"(?:one|two|1|2)[-\s]evening)\b",
    re.I,
)


_FEW_DAYS = re.compile(r"\b(?:three|four|five|[3-5])[-\s]days?\b", re.I)


def short_course(cred: Credential) -> bool:
    """A course of a day or two, a weekend, or online only: not the training the checklist
    means (skin, colour, depth, supervised live work)."""
    if cred.kind not in ("training", "certification"):
        return False
    hours = cred.claim.hours
    return bool(hours and hours < R.TRAINING_HOURS_MIN) or bool(
        _SHORT_COURSE.search(cred.claim.text)
    )


_ENTRY_LEVEL = re.compile(r"\b(?:foundation|beginner|introductory|basic)\b", re.I)


def entry_level(cred: Credential) -> bool:
    """A course its register lists with fewer hours than TRAINING_HOURS_MIN, or, where it
    gives no hours, at an entry level ("Foundation"): verified, but not the training that
    passes step 1 (a "Foundation Certification, 120 hours" is more than enough)."""
    row = cred.row
    if cred.kind not in ("training", "certification") or row is None:
        return False
    if row.hours:
        return row.hours < R.TRAINING_HOURS_MIN
    return bool(_ENTRY_LEVEL.search(row.text or ""))


def few_days(cred: Credential) -> bool:
    """A course of a few days (three to five), or a shorter one: too little to pass on."""
    return short_course(cred) or (
        cred.kind in ("training", "certification") and bool(_FEW_DAYS.search(cred.claim.text))
    )


def _points(cred: Credential) -> int:
    if cred.status == "verified":
        return R.VERIFIED_POINTS.get(cred.kind, R.CLAIMED_POINTS[cred.kind])
    if cred.status == "contradicted":
        return R.LAPSED_POINTS if cred.lapsed else R.CONTRADICTED_POINTS.get(cred.kind, 0)
    return R.CLAIMED_POINTS[cred.kind]


def _bonus(found: list[Credential]) -> int:
    usable = [c for c in found if c.status != "contradicted"]
    hours = max(
        [c.claim.hours or 0 for c in usable] + [c.row.hours or 0 for c in usable if c.row],
        default=0,
    )
    years = max((c.claim.years or 0 for c in usable if c.kind == "experience"), default=0)
    bonus = R.TRAINING_HOURS_BONUS if hours >= R.TRAINING_HOURS_MIN else 0
    return bonus + (R.EXPERIENCE_BONUS if years >= R.EXPERIENCE_YEARS_MIN else 0)


def step(
    found: list[Credential], people: list[str] | None = None, business: list[str] | None = None
) -> StepResult:
    """Step 1's status, score and evidence; `people` the practice's own artists, `business`
    its names."""
    if not found:
        return StepResult("unknown", None, [], "No training, certification or licence found.")
    total = R.TRAINING_BASE + _bonus(found)
    covered = _covered(found, people or [], business or [])
    for kind in sorted({c.kind for c in found}):
        of_kind = [c for c in found if c.kind == kind]
        good = [_points(c) for c in of_kind if c.status != "contradicted"]
        total += max(good, default=0)
        against = [c for c in of_kind if c.status == "contradicted" and c not in covered]
        if against:  # (one that only ran out, expired or lapsed, takes off less)
            total += min(_points(c) for c in against)
    score = max(0, min(100, total))
    contradicted = [c for c in found if c.status == "contradicted"]
    withdrawn = [c for c in contradicted if not c.lapsed]  # revoked, suspended, never held
    verified = [c for c in found if c.status == "verified" and c.kind in R.VERIFIED_POINTS]
    # a professional body that lists the person as a full member vouches for the training
    # they claim: the checklist counts association membership among the ways to verify it
    # (a course its register lists at an entry level is verified, but passes nothing)
    training_verified = [
        c for c in verified if c.kind in TRAINING_KINDS and not entry_level(c)
    ] or (
        any(c.kind == "membership" and not _unassessed(c) for c in verified)
        and any(c.kind in TRAINING_KINDS for c in found)
    )
    # every artist of the practice holds a credential a registry contradicts: no one there
    # is trained as claimed, whatever a colleague at another location holds
    # (a professional body's suspension of its member counts so where nothing is verified)
    held = (*TRAINING_KINDS, "membership") if not training_verified else TRAINING_KINDS
    nobody = bool(people) and all(
        any(c.person == p and c.kind in held for c in withdrawn) for p in people or []
    )
    # the only course named in detail is a day or two, or online, and no licence is held
    inadequate = _only_a_short_course(found) and not any(
        c.kind == "licence" and c.status != "contradicted" for c in found
    )
    if (
        any(c.kind == "licence" and c not in covered for c in withdrawn)
        or score < R.STEP1_FAIL
        or nobody
        or inadequate
    ):
        status = "fail"
    elif (
        score >= R.STEP1_PASS
        and training_verified
        and not contradicted
        and not _courses_all_short(found)  # a licence held, but the course was five days
    ):
        status = "pass"
    else:
        status = "caution"
    items = [e for c in sorted(found, key=order) for e in c.evidence()]
    return StepResult(status, score, unique(items, R.STEP_EVIDENCE_MAX), _summary(found))


_UNASSESSED = re.compile(
    r"\b(?:student|trainee|apprentice|provisional|pending|not\s+(?:yet\s+)?(?:assessed|qualified))",
    re.I,
)


def _unassessed(cred: Credential) -> bool:
    """A membership the body's row gives to someone not yet assessed (a student member)."""
    return bool(cred.row and _UNASSESSED.search(cred.row.text or ""))


def _only_a_short_course(found: list[Credential]) -> bool:
    """The one course named in detail is a short one, and nothing verifies other training."""
    usable = [c for c in found if c.status != "contradicted"]
    adequate = any(c.status == "verified" and c.kind in TRAINING_KINDS for c in usable) or any(
        (c.claim.hours or 0) >= R.TRAINING_HOURS_MIN
        or (c.row is not None and (c.row.hours or 0) >= R.TRAINING_HOURS_MIN)
        for c in usable
    )
    return not adequate and any(c.status == "claimed" and short_course(c) for c in usable)


def _courses_all_short(found: list[Credential]) -> bool:
    """Every course or certificate claimed (and not contradicted) lasted five days or fewer."""
    courses = [
        c for c in found if c.kind in ("training", "certification") and c.status != "contradicted"
    ]
    return bool(courses) and all(few_days(c) for c in courses)


def _covered(found: list[Credential], people: list[str], business: list[str]) -> list[Credential]:
    """Contradicted credentials of one of the practice's artists where the practice itself
    holds the same kind verified (its premises licence): one artist's suspended licence is a
    caution about that artist, not a failure of the licensed clinic. (A colleague's licence
    does not cover it: which location each artist works at is not always known.)"""
    verified = [
        c
        for c in found
        if c.status == "verified"
        and c.sources  # a claim the practice made, not a register's listing of someone
        and (not c.claim.person or any(names.same_business(c.claim.person, b) for b in business))
    ]
    return [
        c
        for c in found
        if c.status == "contradicted"
        and c.person in people
        and any(v.kind == c.kind and v.person != c.person for v in verified)
        and all(v.person != c.person for v in verified)
    ]


def _summary(found: list[Credential]) -> str:
    counts = {s: sum(c.status == s for c in found) for s in ("verified", "claimed", "contradicted")}
    parts = [f"{n} {s}" for s, n in counts.items() if n]
    return f"{len(found)} credential{'s' if len(found) != 1 else ''}: {', '.join(parts)}."
