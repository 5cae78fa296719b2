"""Small factories of practitioners, claims, reviews and registry rows for the vetting tests.

Imported by the other tests/test_vetting_*.py modules; the tests here check the factories.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from vetting import Prior, RegistryIndex, Scorecard, score
from vetting.model import (
    ClaimFact,
    ConsultationAnswers,
    ListingRating,
    PractitionerFacts,
    RegistryFact,
    ReviewFact,
    SignalFact,
)

TODAY = date(2025, 6, 1)
SITE = "https://reyes-smp.example"
REVIEWS = "https://reviews.example/biz/reyes-smp"
TDLR = "Texas Department of Licensing and Regulation"
ACADEMY = "Lone Star SMP Academy"

# Different clients' words: no two are near-copies of each other.
GOOD_TEXTS = (
    "Dana answered all my questions and explained how deep the pigment goes. Healed lovely.",
    "Three sessions in and my hairline finally looks like it belongs on my face.",
    "I was nervous but she put me at ease straight away. Nobody at work has noticed a thing.",
    "Great result on my crown. The dots are tiny and varied, it honestly looks like stubble.",
    "Very professional studio, spotless, and she walked me through the aftercare twice.",
    "Covered my FUE scar completely. Worth every penny and the drive from Fort Worth.",
    "Booked after seeing her healed photos on the site. Not disappointed one bit.",
    "Honest about what SMP can and can't do for diffuse thinning, no pressure to book.",
    "Eighteen months later it has faded a touch, evenly, and the top-up was quick.",
    "Took her time on the hairline and kept checking it with me in the mirror.",
    "My barber asked who did it. Natural, soft front edge, nothing harsh about it.",
    "Second opinion after a bad consult elsewhere; Dana was patient and knowledgeable.",
    "Results better than I hoped. The colour matches my grey stubble perfectly.",
    "Friendly, calm, and clearly knows her stuff about skin and pigment.",
    "Had alopecia patches for years; you cannot see them now. Thank you!",
    "Good value compared with the other quotes I got, and the studio is easy to reach.",
    "Would recommend to anyone thinking about it. Painless enough with the numbing cream.",
    "Clean setup, new needles opened in front of me, and a clear price up front.",
)


def review(
    body: str,
    rating: float | None = 5,
    *,
    days_ago: int = 60,
    independent: bool = True,
    author: str | None = None,
    author_review_count: int = 4,
    n: int = 0,
    **extra: Any,
) -> ReviewFact:
    """A review posted `days_ago` days before TODAY."""
    when = (TODAY - timedelta(days=days_ago)).isoformat()
    url = f"{REVIEWS}#r{n}" if independent else f"{SITE}/testimonials#t{n}"
    return ReviewFact(
        body=body,
        url=url,
        independent=independent,
        source="reviews-site" if independent else "reyes-site",
        author=author or f"Client {n}",
        rating=rating,
        date=when,
        author_review_count=author_review_count,
        **extra,
    )


def good_reviews(count: int = 12, *, start: int = 0) -> list[ReviewFact]:
    """Genuine-looking reviews: different words and authors, mostly five stars, spread out."""
    return [
        review(
            GOOD_TEXTS[(start + i) % len(GOOD_TEXTS)],
            rating=4 if i % 4 == 3 else 5,
            days_ago=20 + 37 * i,
            n=start + i,
        )
        for i in range(count)
    ]


def claim(kind: str, text: str, **fields: Any) -> ClaimFact:
    fields.setdefault("url", f"{SITE}/about")
    fields.setdefault("person", "Dana Reyes")
    fields.setdefault("seen", "2025-05-20")
    return ClaimFact(kind=kind, text=text, **fields)


def licence_claim(**fields: Any) -> ClaimFact:
    fields.setdefault("issuer", TDLR)
    fields.setdefault("licence_number", "BA-204511")
    return claim("licence", "Dana is licensed by the TDLR, body art licence BA-204511.", **fields)


def training_claim(**fields: Any) -> ClaimFact:
    fields.setdefault("issuer", ACADEMY)
    fields.setdefault("hours", 60)
    return claim("training", f"Dana trained for 60 hours at the {ACADEMY} in 2017.", **fields)


def licence_row(status: str = "active", **fields: Any) -> RegistryFact:
    values: dict[str, Any] = {
        "name": "Dana M. Reyes",
        "credential": "licence",
        "issuer": TDLR,
        "url": "https://tdlr.example/lookup?licence=BA-204511",
        "source": "tdlr",
        "complete": True,
        "seen": "2025-05-28",
        "status": status,
        "licence_number": "BA 204511",
        "business": "Reyes SMP Studio",
        "locality": "Dallas",
        "region": "TX",
        "valid_until": "2026-03-31",
        "text": f"Dana M. Reyes, body art licence BA 204511, {status}, Dallas TX",
    }
    values.update(fields)
    return RegistryFact(**values)


def training_row(**fields: Any) -> RegistryFact:
    values: dict[str, Any] = {
        "name": "Dana Reyes",
        "credential": "training",
        "issuer": ACADEMY,
        "url": "https://lonestar-academy.example/graduates",
        "source": "academy",
        "complete": True,
        "seen": "2025-05-28",
        "locality": "Dallas",
        "region": "Texas",
        "hours": 60,
        "year": 2017,
        "text": "Dana Reyes, SMP practitioner course, 60 hours, 2017",
    }
    values.update(fields)
    return RegistryFact(**values)


def registry(*rows: RegistryFact) -> RegistryIndex:
    return RegistryIndex.build(rows if rows else [licence_row(), training_row()])


def no_registry() -> RegistryIndex:
    """Registries that list no one."""
    return RegistryIndex.build([])


def practitioner(**fields: Any) -> PractitionerFacts:
    """Reyes SMP Studio in Dallas: licence and training claims, twelve good reviews."""
    values: dict[str, Any] = {
        "id": "reyes-smp",
        "name": "Reyes SMP Studio",
        "kind": "clinic",
        "people": ["Dana Reyes"],
        "locality": "Dallas",
        "region": "TX",
        "services": ["smp", "hairline", "scar-camouflage"],
        "claims": [licence_claim(), training_claim()],
        "reviews": good_reviews(),
        "signals": [
            SignalFact("free-consultation", "Book a free consultation.", f"{SITE}/"),
            SignalFact("portfolio", "See our healed before and after gallery.", f"{SITE}/gallery"),
        ],
    }
    values.update(fields)
    return PractitionerFacts(**values)


def prior() -> Prior:
    return Prior(mean=4.4, weight=5.0)


def card(
    facts: PractitionerFacts | None = None,
    index: RegistryIndex | None = None,
    answers: ConsultationAnswers | None = None,
) -> Scorecard:
    return score(
        facts or practitioner(), index or registry(), prior(), answers=answers, today=TODAY
    )


def without(facts: PractitionerFacts, kind: str) -> PractitionerFacts:
    """The same practitioner without its claims of one kind."""
    return replace(facts, claims=[c for c in facts.claims if c.kind != kind])


def listing(value: float, count: int, independent: bool = True) -> ListingRating:
    return ListingRating(value, count, "https://directory.example/reyes", independent)


# -- the factories themselves --------------------------------------------------------------------


def test_good_texts_are_not_near_copies_of_each_other() -> None:
    from rapidfuzz import fuzz

    for i, a in enumerate(GOOD_TEXTS):
        for b in GOOD_TEXTS[i + 1 :]:
            assert fuzz.token_sort_ratio(a.lower(), b.lower()) < 80, (a, b)


def test_the_default_practitioner_has_claims_reviews_and_signals() -> None:
    facts = practitioner()
    assert len(facts.claims) == 2 and len(facts.reviews) == 12 and len(facts.signals) == 2
    assert len({r.author for r in facts.reviews}) == 12
