"""Every number the scoring uses, each explained in one line for the "How we score" page.

The scoring modules take their numbers from here and nowhere else (a test checks), and
`rules_for_consumers()` turns this module into the page, so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vetting.vocabulary import CREDENTIAL_KINDS, FLAGS, LISTING_SIGNALS

# -- overall score and grade ----------------------------------------------------------------------
STEP_WEIGHTS = {"training": 0.35, "reputation": 0.45, "ease": 0.2}
GRADE_MIN = {"A": 85, "B": 70, "C": 55, "D": 40, "E": 25}
BEST_GRADE_UNVERIFIED_TRAINING = "B"
BEST_GRADE_CONTRADICTED_LICENCE = "E"
BEST_GRADE_CONTRADICTED_CREDENTIAL = "C"
BEST_GRADE_SERIOUS_FLAGS = {1: "B", 2: "C", 3: "D"}
BEST_GRADE_FLAGGED_REVIEWS = {3: "C", 5: "D"}
SUSPICIOUS_SHARE_CAP = 0.5
BEST_GRADE_MANY_SUSPICIOUS = "C"

# -- enough evidence, and confidence --------------------------------------------------------------
MIN_REVIEWS_TO_GRADE = 3
MIN_REVIEWS_WITH_REGISTRY = 1
CONFIDENCE_HIGH_REVIEWS = 10
CONFIDENCE_MEDIUM_REVIEWS = 3
EVIDENCE_PER_ITEM = 3
STEP_EVIDENCE_MAX = 6

# -- step 1: verified training --------------------------------------------------------------------
TRAINING_BASE = 30
VERIFIED_POINTS = {"licence": 35, "certification": 25, "training": 25, "membership": 15}
CLAIMED_POINTS = {
    "licence": 10,
    "certification": 8,
    "training": 10,
    "membership": 5,
    "experience": 5,
    "insurance": 5,
}
CONTRADICTED_POINTS = {"licence": -60, "certification": -35, "training": -35, "membership": -25}
LAPSED_POINTS = 0  # a credential the registry shows expired or lapsed: no credit, no penalty
LAPSE_GRACE_DAYS = 365  # ran out longer ago than this: not held, as if never renewed
TRAINING_HOURS_MIN = 40
TRAINING_HOURS_BONUS = 5
EXPERIENCE_YEARS_MIN = 3
EXPERIENCE_BONUS = 5
STEP1_PASS = 55
STEP1_FAIL = 35
PERSON_MATCH = 90
PERSON_MATCH_WITH_BUSINESS = 80
PERSON_EXACT = 100  # where no town tells two people apart, their names must be the same
BUSINESS_MATCH = 88
ISSUER_MATCH = 85
LOCALITY_MATCH = 85
NEAR_KM = 30
EARTH_RADIUS_KM = 6371
NUMBER_NAME_MATCH = 70
NAME_PART_MATCH = 90
SHORT_NAME_MIN = 3  # a short form of a given name (Eli for Elijah) has 3 or 4 letters
SHORT_NAME_MAX = 4
SHORT_NAME_SHORTER_BY = 2  # and is at least 2 letters shorter than the full name
GENERIC_NAME_CEILING = 60
# A complete register listing the claimant's surname in their town, with a first name starting
# with the same letters ("João" for "Jono"), may list them under their legal name
OTHER_NAME_PREFIX = 2

# -- step 2: reputation ---------------------------------------------------------------------------
INDEPENDENT_WEIGHT = 1.0
OWN_SITE_WEIGHT = 0.4
HALF_LIFE_DAYS = 730
UNDATED_WEIGHT = 0.5
PRIOR_MEAN_DEFAULT = 4.3
PRIOR_WEIGHT_MIN = 3
PRIOR_WEIGHT_MAX = 10
RATING_ZERO = 1.0
RATING_FULL = 5.0
LISTING_RATING_WEIGHT = 0.5
LISTING_RATING_MAX = 10
GOOD_RATING = 4
# An independent review with no stars (a forum post, a recommendation) counts as this many
# stars: no complication and nothing bad about the consultation, or a complication; at a
# fraction of a rated review's weight, since the stars are ours, not the writer's
UNRATED_GOOD_STARS = 4.5
UNRATED_FLAGGED_STARS = 2.0
UNRATED_WEIGHT = 0.5
FLAG_PENALTY = 12
SERIOUS_FLAGS = ("discoloration", "migration", "infection", "scarring")
SERIOUS_FLAG_MULTIPLIER = 2
FLAG_PENALTY_MAX = 70
SPREAD_LIMIT = 1.2
SPREAD_PENALTY = 5
AUTHENTICITY_PENALTY = 5
STEP2_PASS = 70
STEP2_FAIL = 40
STEP2_FAIL_SERIOUS = 2
# A complication only the learned reader sees (not the rules) in a review its writer rated
# good (GOOD_RATING or more), or in a testimonial on the practitioner's own site, is taken as
# the model's misreading of praise ("the thin patch is hardly visible") or of the condition
# the client came with: a frozen encoder knows a sentence's topic better than its polarity.
MODEL_ONLY_FLAG_MAX_RATING = GOOD_RATING

# -- how reviews are read: figures measured on 1,240 passages by two writers the reader
# was never trained on (tests/data/vetting/README.md, round 10; tests/test_reader.py keeps
# them honest), each a share of the labels a careful reader gives
READER_FLAGS_PRECISION = 0.91
READER_FLAGS_RECALL = 0.72
READER_EASE_PRECISION = 0.85
READER_EASE_RECALL = 0.60
RULES_FLAGS_PRECISION = 0.84
RULES_FLAGS_RECALL = 0.66
RULES_EASE_PRECISION = 0.89
RULES_EASE_RECALL = 0.49

# -- authenticity of reviews ----------------------------------------------------------------------
SUSPICIOUS_WEIGHT = 0.25
SUSPICION_POINTS = {"duplicate": 2, "burst": 1, "single": 1, "uniform": 1}
SUSPICION_THRESHOLD = 2
DUPLICATE_SIMILARITY = 90
DUPLICATE_MIN_CHARS = 25
BURST_DAYS = 7
BURST_MIN = 5
BURST_FACTOR = 3
UNIFORM_MIN_REVIEWS = 10
UNIFORM_FIVE_STAR_SHARE = 0.95
UNIFORM_SINGLE_SHARE = 0.7
UNIFORM_LOWEST = 4
FIVE_STARS = 4.75
SIGNAL_QUOTE_CHARS = 80

# -- step 3: at ease ------------------------------------------------------------------------------
EASE_BASE = 50
EASE_REVIEW_RANGE = 40
EASE_DAMPING = 2
SIGNAL_POINTS = {
    "free-consultation": 3,
    "clear-pricing": 3,
    "portfolio": 4,
    "aftercare": 3,
    "touch-up-policy": 3,
    "hygiene": 4,
}
ANSWER_SCORES = {"yes": 100, "unsure": 50, "no": 0}
ANSWER_NO_PENALTY = 10
STEP3_PASS = 65
STEP3_FAIL = 50  # below the neutral start: reviews say more bad than good of the consultation

STEP_TITLES = {
    "training": "Step 1: verified training",
    "reputation": "Step 2: reputation",
    "ease": "Step 3: do they put you at ease?",
}
SUSPICION_NAMES = {
    "duplicate": "a near-copy of another review by someone else",
    "burst": "posted in a burst of reviews",
    "single": "a five-star review that is its author's only review",
    "uniform": "part of a run of nothing but five stars",
}


@dataclass(frozen=True)
class Doc:
    """How one constant reads on the page; `{key}` is each entry's label for a mapping."""

    name: str
    text: str
    labels: Mapping[Any, str] | None = None


_STEPS = {k: v.split(": ", 1)[1] for k, v in STEP_TITLES.items()}
_GRADES = {g: f"grade {g}" for g in GRADE_MIN}
SECTIONS: tuple[tuple[str, str, tuple[Doc, ...]], ...] = (
    (
        "Overall score and grade",
        "Each step scores 0 to 100. The overall score is their weighted average over the "
        "steps we know something about; a grade A to F follows from it, and some findings "
        "cap the grade whatever the score. No one pays for placement, and nothing else "
        "adjusts a grade.",
        (
            Doc("STEP_WEIGHTS", "Share of the overall score from {key}", _STEPS),
            Doc("GRADE_MIN", "Lowest overall score for {key} (below the last: F)", _GRADES),
            Doc(
                "BEST_GRADE_UNVERIFIED_TRAINING", "Best grade without training a registry confirms"
            ),
            Doc(
                "BEST_GRADE_CONTRADICTED_LICENCE",
                "Best grade when a registry shows a claimed licence suspended, expired, revoked "
                "or missing",
            ),
            Doc(
                "BEST_GRADE_CONTRADICTED_CREDENTIAL",
                "Best grade when a registry contradicts another claimed credential",
            ),
            Doc(
                "BEST_GRADE_SERIOUS_FLAGS",
                "Best grade when {key} or more reviews report a serious complication",
            ),
            Doc(
                "BEST_GRADE_FLAGGED_REVIEWS",
                "Best grade when {key} or more reviews report any complication",
            ),
            Doc("SUSPICIOUS_SHARE_CAP", "Share of suspicious reviews that caps the grade"),
            Doc("BEST_GRADE_MANY_SUSPICIOUS", "Best grade when that many reviews look suspicious"),
        ),
    ),
    (
        "Enough evidence, and confidence",
        "We give no grade at all (\u201cnot enough evidence\u201d) when too little is known; "
        "that is not a bad mark. Reviews are counted by where they are (an independent site "
        "counts 1, the practitioner's own site less; see step 2) and suspicious ones not at "
        "all; a listing's aggregate rating counts as a few reviews. A registry contradicting "
        "a licence is always graded.",
        (
            Doc(
                "MIN_REVIEWS_TO_GRADE",
                "Reviews needed for a grade, with something known about training or the "
                "consultation",
            ),
            Doc(
                "MIN_REVIEWS_WITH_REGISTRY",
                "Reviews needed for a grade once a registry has checked a credential",
            ),
            Doc(
                "CONFIDENCE_HIGH_REVIEWS",
                "Independent reviews for high confidence (with a registry check)",
            ),
            Doc(
                "CONFIDENCE_MEDIUM_REVIEWS",
                "Independent reviews for medium confidence (or a registry check)",
            ),
            Doc("EVIDENCE_PER_ITEM", "Quotes shown for each credential or red flag, at most"),
            Doc("STEP_EVIDENCE_MAX", "Quotes shown for each step, at most"),
        ),
    ),
    (
        STEP_TITLES["training"],
        "Every credential the practitioner claims (training, certification, licence, "
        "membership, experience, insurance) is checked against independent registries. It is "
        "verified when a registry lists the same person (or business), in the same place, from "
        "the same issuer, with the same licence number when both give one, and, for a licence, "
        "shows it active and unexpired. It is contradicted when the registry shows it "
        "suspended, expired or revoked, or when a registry that lists everyone its issuer has "
        "credentialed does not list the person. Otherwise it is only claimed. The same claim "
        "repeated on many pages counts once. With no training information at all the step is "
        "unknown, not failed.",
        (
            Doc("TRAINING_BASE", "Starting score once there is any training information"),
            Doc("VERIFIED_POINTS", "Added for a {key} a registry confirms", CREDENTIAL_KINDS),
            Doc(
                "CLAIMED_POINTS", "Added for a {key} only the practitioner claims", CREDENTIAL_KINDS
            ),
            Doc(
                "CONTRADICTED_POINTS",
                "Added (taken off) for a {key} a registry contradicts",
                CREDENTIAL_KINDS,
            ),
            Doc(
                "LAPSED_POINTS",
                "Added instead for a credential the registry shows expired or lapsed lately "
                "(not suspended or revoked): it was held, is not current, and cannot pass step 1",
            ),
            Doc(
                "LAPSE_GRACE_DAYS",
                "Days since a credential ran out within which it counts as lapsed lately "
                "(a renewal late); longer ago, it counts as contradicted",
            ),
            Doc("TRAINING_HOURS_MIN", "Hours of training that earn a bonus"),
            Doc("TRAINING_HOURS_BONUS", "Bonus for that much training"),
            Doc("EXPERIENCE_YEARS_MIN", "Years of experience that earn a bonus"),
            Doc("EXPERIENCE_BONUS", "Bonus for that much experience"),
            Doc(
                "STEP1_PASS",
                "Step 1 passes from this score, with a licence, certification or training "
                "verified (or a claimed one and a verified membership of a professional "
                "body; not a course its register lists at an entry level such as Foundation), "
                "nothing contradicted, and not only courses of five days or fewer",
            ),
            Doc(
                "STEP1_FAIL",
                "Step 1 fails below this score, with a licence a registry contradicts (not one "
                "that only expired), where every artist of the practice holds a credential a "
                "registry shows withdrawn (and, where nothing is verified, a membership a "
                "professional body suspended), or where the only "
                "course named in detail is one of a day or two, a weekend or online only, "
                "nothing verifies other training and no licence is claimed",
            ),
            Doc(
                "PERSON_MATCH",
                "How alike (0 to 100) a registry's name and the claimed name must be",
            ),
            Doc(
                "PERSON_MATCH_WITH_BUSINESS",
                "How alike the names must be when the business name also matches",
            ),
            Doc(
                "PERSON_EXACT",
                "How alike a registry's name and the claimed name must be where no town can be "
                "compared",
            ),
            Doc("BUSINESS_MATCH", "How alike (0 to 100) business names must be"),
            Doc("ISSUER_MATCH", "How alike (0 to 100) the issuers' names must be"),
            Doc("LOCALITY_MATCH", "How alike (0 to 100) the towns must be, when both are known"),
            Doc("NEAR_KM", "A register's town this near (km) to the practitioner is theirs"),
            Doc("EARTH_RADIUS_KM", "The earth's mean radius, for the distance between towns"),
            Doc(
                "NUMBER_NAME_MATCH",
                "How alike the names must be when the licence numbers are equal",
            ),
            Doc(
                "NAME_PART_MATCH",
                "How alike first and last names must be to forgive a middle name or an initial",
            ),
            Doc(
                "SHORT_NAME_MIN",
                "Fewest letters a short form of a given name has, to match the full name it "
                "begins (Eli for Elijah; Andre and Andrea stay two names)",
            ),
            Doc("SHORT_NAME_MAX", "Most letters a short form of a given name has"),
            Doc(
                "SHORT_NAME_SHORTER_BY",
                "How many letters shorter than the full name a short form must be",
            ),
            Doc(
                "GENERIC_NAME_CEILING",
                "Most two business names can score when they share only words like SMP, studio "
                "or clinic",
            ),
            Doc(
                "OTHER_NAME_PREFIX",
                "Letters a register's first name shares with the claimant's, where the surname "
                "and town are theirs, for a complete register not to contradict them (João "
                "Pereira listed for Jono Pereira)",
            ),
        ),
    ),
    (
        STEP_TITLES["reputation"],
        "Reviews on independent sites count more than testimonials on the practitioner's own "
        "site, and recent ones more than old ones. The star ratings give a Bayesian average: "
        "the average of all practitioners counts as a few reviews, so a handful of five-star "
        "reviews cannot beat a long record. Complications described in reviews (red flags) "
        "cost heavily and are listed with their quotes.",
        (
            Doc("INDEPENDENT_WEIGHT", "Weight of a review on an independent site"),
            Doc("OWN_SITE_WEIGHT", "Weight of a testimonial on the practitioner's own site"),
            Doc("HALF_LIFE_DAYS", "A review's weight halves every this many days"),
            Doc("UNDATED_WEIGHT", "Weight kept by a review with no date"),
            Doc(
                "PRIOR_MEAN_DEFAULT",
                "Average rating assumed before we have any population to learn it from",
            ),
            Doc("PRIOR_WEIGHT_MIN", "The population average counts as at least this many reviews"),
            Doc(
                "PRIOR_WEIGHT_MAX",
                "and at most this many (the typical number of reviews per practitioner)",
            ),
            Doc("RATING_ZERO", "An average of this many stars scores 0"),
            Doc("RATING_FULL", "An average of this many stars scores 100"),
            Doc(
                "LISTING_RATING_WEIGHT", "Weight of each review behind a listing's aggregate rating"
            ),
            Doc("LISTING_RATING_MAX", "Most reviews a listing's aggregate rating counts as"),
            Doc("GOOD_RATING", "Stars from which a review is quoted as a report of good work"),
            Doc(
                "UNRATED_GOOD_STARS",
                "Stars an independent review without a rating counts as, where it reports no "
                "complication and nothing bad about the consultation",
            ),
            Doc(
                "UNRATED_FLAGGED_STARS",
                "Stars such a review counts as where it reports a complication",
            ),
            Doc("UNRATED_WEIGHT", "The share of a rated review's weight such a review counts with"),
            Doc("FLAG_PENALTY", "Points off for each review describing a complication"),
            Doc("SERIOUS_FLAGS", "Serious complications (permanent, or a health risk)", FLAGS),
            Doc("SERIOUS_FLAG_MULTIPLIER", "A serious complication costs this many times more"),
            Doc("FLAG_PENALTY_MAX", "Most points complications can take off"),
            Doc(
                "SPREAD_LIMIT",
                "Ratings spread wider than this (standard deviation, in stars) cost points",
            ),
            Doc("SPREAD_PENALTY", "Points off for such a spread"),
            Doc(
                "AUTHENTICITY_PENALTY",
                "Points off for each kind of suspicious pattern in the reviews",
            ),
            Doc(
                "STEP2_PASS", "Step 2 passes from this score, with enough reviews and no red flags"
            ),
            Doc(
                "STEP2_FAIL",
                "Step 2 fails below this score",
            ),
            Doc(
                "STEP2_FAIL_SERIOUS",
                "Step 2 also fails when this many reviews report serious complications",
            ),
            Doc(
                "MODEL_ONLY_FLAG_MAX_RATING",
                "Stars from which a complication only the learned reader saw, not the rules, "
                "is not counted (it has read praise as a complaint); nor is one in a "
                "testimonial on the practitioner's own site",
            ),
        ),
    ),
    (
        "How reviews are read",
        "Each review is read sentence by sentence, twice. Hand-written rules look for the "
        "words of each complication and of each thing said about the consultation, and know "
        "when they are denied (\u201cno blue tint at all\u201d), feared, asked about, "
        "someone else's, or a scar the work covered. A small language model (all-MiniLM-L6-v2, "
        "run on our own computer, nothing sent anywhere) trained on over 4,000 labelled "
        "passages reads each sentence too. For each label we use whichever combination "
        "measured best on writers the model had not seen; the model never overrules the "
        "rules where they found a phrase denied. Every finding is quoted, and the scorecard "
        "says whether the rules, the model or both found it. A review is read once and its "
        "reading stored; it is read again only when the reader changes. How often a finding "
        "is right (precision) and how many of a careful reader's findings are found "
        "(recall), on text by writers neither was built on:",
        (
            Doc("READER_FLAGS_PRECISION", "Complications: share of the reader's findings right"),
            Doc("READER_FLAGS_RECALL", "Complications: share of a careful reader's found"),
            Doc("READER_EASE_PRECISION", "The consultation: share of the reader's findings right"),
            Doc("READER_EASE_RECALL", "The consultation: share of a careful reader's found"),
            Doc("RULES_FLAGS_PRECISION", "The rules alone, complications: precision"),
            Doc("RULES_FLAGS_RECALL", "The rules alone, complications: recall"),
            Doc("RULES_EASE_PRECISION", "The rules alone, the consultation: precision"),
            Doc("RULES_EASE_RECALL", "The rules alone, the consultation: recall"),
        ),
    ),
    (
        "Are the reviews genuine?",
        "Some patterns suggest reviews that are not genuine. A review that shows enough of "
        "them is counted as suspicious: it counts for less and can only lower a score, never "
        "raise it. Suspicious reviews are still shown, and the patterns are listed on the "
        "scorecard.",
        (
            Doc("SUSPICIOUS_WEIGHT", "Weight of a suspicious review, times its usual weight"),
            Doc("SUSPICION_POINTS", "Suspicion points for a review that is {key}", SUSPICION_NAMES),
            Doc("SUSPICION_THRESHOLD", "Suspicion points that make a review suspicious"),
            Doc(
                "DUPLICATE_SIMILARITY", "How alike (0 to 100) two reviews must be to be near-copies"
            ),
            Doc("DUPLICATE_MIN_CHARS", "Shortest review compared for near-copies (characters)"),
            Doc("BURST_DAYS", "Days in which a burst of reviews arrives"),
            Doc("BURST_MIN", "Reviews in those days that can make a burst"),
            Doc("BURST_FACTOR", "and how many times the practitioner's usual rate they must be"),
            Doc("UNIFORM_MIN_REVIEWS", "Ratings needed before we judge their spread"),
            Doc(
                "UNIFORM_FIVE_STAR_SHARE",
                "Share of five stars (none below four) that looks unlike real ratings",
            ),
            Doc("UNIFORM_SINGLE_SHARE", "when at least this share are their authors' only review"),
            Doc("UNIFORM_LOWEST", "The lowest rating in such a run is at least this"),
            Doc("FIVE_STARS", "A rating counts as five stars from this many stars"),
            Doc("SIGNAL_QUOTE_CHARS", "Characters of an example quoted with a pattern, at most"),
        ),
    ),
    (
        STEP_TITLES["ease"],
        "What reviews say about the consultation (questions answered, the process explained, "
        "put at ease, professional, honest; or rushed, pushy, dismissive, questions left "
        "unanswered, rude), and what the listing shows. Your own answers from a consultation "
        "take the place of both.",
        (
            Doc("EASE_BASE", "Starting score"),
            Doc("EASE_REVIEW_RANGE", "Most points what reviews say can add or take off"),
            Doc("EASE_DAMPING", "Mentions it takes before reviews move the score halfway"),
            Doc("SIGNAL_POINTS", "Added for a listing that shows: {key}", LISTING_SIGNALS),
            Doc("ANSWER_SCORES", "Your answer \u201c{key}\u201d scores (step 3 is the average)"),
            Doc(
                "ANSWER_NO_PENALTY",
                "Points off step 1 or 2 for each \u201cno\u201d to its questions",
            ),
            Doc("STEP3_PASS", "Step 3 passes from this score"),
            Doc(
                "STEP3_FAIL",
                "Step 3 fails below this score, or when you answer no to feeling at ease or to "
                "getting answers",
            ),
        ),
    ),
)


def _value(value: object) -> object:
    return value if isinstance(value, int | float | str) or value is None else str(value)


def _rules(doc: Doc) -> list[dict[str, Any]]:
    value = globals()[doc.name]
    labels = doc.labels or {}
    if isinstance(value, Mapping):
        return [
            {"text": doc.text.format(key=labels.get(k, k)), "value": _value(v)}
            for k, v in value.items()
        ]
    if isinstance(value, tuple):
        names = ", ".join(labels.get(v, v) for v in value)
        return [{"text": doc.text, "value": names}]
    return [{"text": doc.text, "value": _value(value)}]


def rules_for_consumers() -> list[dict[str, Any]]:
    """The "How we score" page: sections with a title, an explanation and rules (text, value)."""
    return [
        {"title": title, "text": text, "rules": [r for doc in docs for r in _rules(doc)]}
        for title, text, docs in SECTIONS
    ]


def documented() -> set[str]:
    """The names of the constants the page explains."""
    return {doc.name for _, _, docs in SECTIONS for doc in docs}
