"""The scorecard: grades, caps, manipulation that must not pay, and the contract's JSON shape."""

from __future__ import annotations

import json
import random
from dataclasses import asdict, replace

import pytest
from test_vetting_factories import (
    GOOD_TEXTS,
    card,
    claim,
    good_reviews,
    licence_row,
    listing,
    no_registry,
    practitioner,
    registry,
    review,
    training_claim,
    training_row,
    without,
)

from vetting import Prior, score
from vetting.model import ConsultationAnswers, PractitionerFacts
from vetting.vocabulary import (
    CLAIM_STATUSES,
    CREDENTIAL_KINDS,
    FLAGS,
    REMOVAL_METHODS,
    SERVICES,
)

GRADES = "ABCDEF"
EVIDENCE_KINDS = ("claim", "registry", "review", "listing", "consultation")


def worse_or_equal(a: str | None, b: str | None) -> bool:
    """Whether grade a is no better than grade b."""
    assert a is not None and b is not None
    return GRADES.index(a) >= GRADES.index(b)


# -- the contract's shape --------------------------------------------------------------------------


def check_evidence(items: object) -> None:
    assert isinstance(items, list)
    for e in items:
        assert set(e) == {"text", "url", "date", "kind"}
        assert isinstance(e["text"], str) and 0 < len(e["text"]) <= 300
        assert isinstance(e["url"], str)
        assert e["date"] is None or (isinstance(e["date"], str) and len(e["date"]) == 10)
        assert e["kind"] in EVIDENCE_KINDS


def check_contract(data: dict) -> None:
    """Every key and type of `smpvet vet --json` (CONTRACT.md); added keys are allowed."""
    json.loads(json.dumps(data))
    required = {"id", "name", "grade", "score", "confidence", "steps", "credentials",
                "red_flags", "authenticity", "services"}  # fmt: skip
    assert required <= set(data)
    assert isinstance(data["id"], str) and isinstance(data["name"], str)
    assert data["grade"] is None or data["grade"] in GRADES
    assert data["score"] is None or (isinstance(data["score"], int) and 0 <= data["score"] <= 100)
    assert (data["grade"] is None) == (data["score"] is None)
    assert data["confidence"] in ("high", "medium", "low")
    assert set(data["steps"]) == {"training", "reputation", "ease"}
    for step in data["steps"].values():
        assert {"status", "score", "evidence"} <= set(step)
        assert step["status"] in ("pass", "caution", "fail", "unknown")
        assert step["score"] is None or (
            isinstance(step["score"], int) and 0 <= step["score"] <= 100
        )
        check_evidence(step["evidence"])
    for c in data["credentials"]:
        assert {"kind", "issuer", "text", "status", "evidence"} <= set(c)
        assert c["kind"] in CREDENTIAL_KINDS and c["status"] in CLAIM_STATUSES
        assert c["issuer"] is None or isinstance(c["issuer"], str)
        assert isinstance(c["text"], str)
        check_evidence(c["evidence"])
    for f in data["red_flags"]:
        assert {"flag", "count", "evidence"} <= set(f)
        assert f["flag"] in FLAGS and isinstance(f["count"], int) and f["count"] >= 1
        check_evidence(f["evidence"])
        assert all(e["kind"] == "review" for e in f["evidence"])
    auth = data["authenticity"]
    assert set(auth) == {"suspicious_reviews", "signals"}
    assert isinstance(auth["suspicious_reviews"], int) and auth["suspicious_reviews"] >= 0
    assert all(isinstance(s, str) and s for s in auth["signals"])
    assert isinstance(data["services"], list) and set(data["services"]) <= set(SERVICES)
    for m in data["removal"]:
        assert set(m) == {"method", "label", "cautions"} and m["method"] in REMOVAL_METHODS
        assert all(isinstance(c, str) for c in m["cautions"])
    assert isinstance(data["summary"], str) and data["summary"]
    assert isinstance(data["not_enough_evidence"], bool)
    assert data["not_enough_evidence"] == (data["grade"] is None)


def _variety() -> list[PractitionerFacts]:
    base = practitioner(services=["smp", "correction", "removal-laser", "removal-undo"])
    return [
        base,
        practitioner(claims=[]),
        practitioner(reviews=[review("My head looks blue now.", 1, n=90), *good_reviews(4)]),
        practitioner(reviews=good_reviews(1), claims=[]),
        practitioner(reviews=[], claims=[], signals=[]),
        practitioner(listing_ratings=[listing(4.7, 80)]),
    ]


@pytest.mark.parametrize("index", range(6))
def test_to_json_matches_the_contract(index: int) -> None:
    check_contract(card(_variety()[index]).to_json())


def test_to_json_matches_the_contract_with_answers_and_suspended_licence() -> None:
    answers = ConsultationAnswers({"at-ease": "no", "certified": "no"}, answered_on="2025-05-30")
    data = card(index=registry(licence_row("suspended"), training_row()), answers=answers).to_json()
    check_contract(data)
    assert data["steps"]["ease"]["evidence"][0]["kind"] == "consultation"


# -- the three steps and the grade -----------------------------------------------------------------


def test_a_verified_good_practitioner_grades_a_or_b() -> None:
    result = card()
    assert result.grade in ("A", "B"), result.summary
    assert result.steps["training"].status == "pass"
    assert result.steps["reputation"].status == "pass"
    assert {c.status for c in result.credentials} == {"verified"}
    assert result.confidence == "high"
    assert result.red_flags == [] and result.authenticity.suspicious == 0


def test_a_suspended_licence_is_contradicted_and_does_not_raise_the_grade() -> None:
    suspended = registry(licence_row("suspended"), training_row())
    facts = practitioner()
    with_claim = card(facts, suspended)
    without_claim = card(without(facts, "licence"), suspended)
    (licence,) = [c for c in with_claim.credentials if c.kind == "licence"]
    assert licence.status == "contradicted" and "suspended" in licence.note
    assert with_claim.steps["training"].status == "fail"
    assert worse_or_equal(with_claim.grade, without_claim.grade)
    assert with_claim.score <= without_claim.score
    assert worse_or_equal(with_claim.grade, "E")


def test_a_licence_past_its_expiry_date_is_contradicted() -> None:
    expired = registry(licence_row(None, valid_until="2024-12-31"), training_row())
    (licence,) = [c for c in card(index=expired).credentials if c.kind == "licence"]
    assert licence.status == "contradicted"


def test_a_register_calling_a_licence_active_past_its_date_is_taken_at_its_word() -> None:
    stale = registry(licence_row("active", valid_until="2024-12-31"), training_row())
    (licence,) = [c for c in card(index=stale).credentials if c.kind == "licence"]
    assert licence.status == "verified"
    assert "2024-12-31" in licence.note


def test_a_complete_registry_that_does_not_list_the_person_contradicts_the_claim() -> None:
    graduates = registry(training_row(name="Someone Else", locality="Austin"))
    result = card(practitioner(claims=[training_claim()]), graduates)
    (training,) = result.credentials
    assert training.status == "contradicted" and "not Dana Reyes" in training.note
    incomplete = registry(training_row(name="Someone Else", complete=False))
    assert (
        card(practitioner(claims=[training_claim()]), incomplete).credentials[0].status == "claimed"
    )


def test_keyword_stuffing_counts_once() -> None:
    once = practitioner(claims=[claim("certification", "Certified SMP artist.")])
    stuffed = practitioner(
        claims=[claim("certification", "Certified SMP artist.", url=f"https://reyes-smp.example/p{i}")
                for i in range(50)]
    )  # fmt: skip
    a, b = card(once, no_registry()), card(stuffed, no_registry())
    assert (a.grade, a.score) == (b.grade, b.score)
    assert {k: s.score for k, s in a.steps.items()} == {k: s.score for k, s in b.steps.items()}
    assert len(b.credentials) == 1


def _burst(count: int = 8) -> list:
    text = "Best SMP in Dallas!!! Dana is amazing, five stars, highly recommend to everyone"
    return [
        review(f"{text}{'!' * i}", 5, days_ago=3 + i % 3, author=f"New Account {i}",
               author_review_count=1, n=200 + i)
        for i in range(count)
    ]  # fmt: skip


def test_a_burst_of_duplicate_five_star_reviews_does_not_raise_the_score() -> None:
    # A genuine record below five stars, so that naive averaging would rise.
    honest = [replace(r, rating=3) if i % 3 == 0 else r for i, r in enumerate(good_reviews(9))]
    plain = practitioner(reviews=honest)
    boosted = practitioner(reviews=[*honest, *_burst()])
    a, b = card(plain), card(boosted)
    assert b.score <= a.score and worse_or_equal(b.grade, a.grade)
    assert b.steps["reputation"].score <= a.steps["reputation"].score
    assert b.steps["ease"].score <= a.steps["ease"].score
    assert b.authenticity.suspicious >= 8
    signals = " ".join(b.authenticity.signals)
    assert "near-copies" in signals and "within" in signals and "reviewed nothing else" in signals
    assert a.authenticity.signals == []


def test_suspicious_reviews_alone_give_no_grade() -> None:
    result = card(practitioner(reviews=_burst(), claims=[]))
    assert result.grade is None and result.authenticity.suspicious == 8


def test_no_blue_tint_at_all_is_not_a_flag() -> None:
    fine = practitioner(
        reviews=[*good_reviews(8), review("No blue tint at all, even in sunlight.", n=50)]
    )
    assert card(fine).red_flags == []
    blue = practitioner(
        reviews=[*good_reviews(8), review("My head looks blue after a year.", 2, n=50)]
    )
    (flag,) = card(blue).red_flags
    assert flag.flag == "discoloration" and flag.to_json()["count"] == 1
    (quote,) = flag.to_json()["evidence"]
    assert quote["text"] == "My head looks blue after a year." and quote["kind"] == "review"


def test_serious_red_flags_weigh_heavily_and_cap_the_grade() -> None:
    bad = [
        review("The dots have spread and blurred into each other.", 4, n=60),
        review("Eight months later it has a blue tinge under lights.", 4, n=61),
    ]
    result = card(practitioner(reviews=[*good_reviews(12), *bad]))
    assert result.steps["reputation"].status == "fail"
    assert worse_or_equal(result.grade, "C")
    assert [f.flag for f in result.red_flags] == ["discoloration", "migration"]


def test_another_clinics_bad_work_is_not_a_flag_but_shows_correction() -> None:
    fix = review("I came here to fix my blue SMP from another clinic and it is nearly gone.", n=70)
    result = card(practitioner(reviews=[*good_reviews(8), fix]))
    assert result.red_flags == [] and "correction" in result.services


def test_no_training_information_leaves_step_1_unknown_not_failed() -> None:
    result = card(practitioner(claims=[]), no_registry())
    assert result.steps["training"].status == "unknown"
    assert result.steps["training"].score is None
    assert result.grade is not None and worse_or_equal(result.grade, "B")


def test_too_little_evidence_gives_no_grade() -> None:
    result = card(practitioner(claims=[], reviews=good_reviews(1), signals=[]), no_registry())
    assert result.grade is None and result.score is None
    assert result.not_enough_evidence and result.confidence == "low"
    assert result.to_json()["summary"].startswith("Not enough evidence")


def test_a_contradicted_licence_is_graded_even_with_little_else() -> None:
    result = card(practitioner(reviews=[], signals=[]), registry(licence_row("revoked")))
    assert result.grade is not None and worse_or_equal(result.grade, "E")


def test_consumer_answers_override_review_based_ease() -> None:
    from_reviews = card()
    assert from_reviews.steps["ease"].status == "pass"
    answers = ConsultationAnswers({"answered": "no", "at-ease": "no", "pigment": "unsure"})
    mine = card(answers=answers)
    assert mine.steps["ease"].status == "fail" and mine.steps["ease"].score < 35
    assert mine.steps["ease"].evidence[0].kind == "consultation"
    assert mine.score < from_reviews.score
    rude = [review("The artist was rude, rushed me and dodged my questions.", 3, n=80 + i)
            for i in range(6)]  # fmt: skip
    happy = ConsultationAnswers({"answered": "yes", "at-ease": "yes", "hygiene": "yes"})
    assert card(practitioner(reviews=[*good_reviews(6), *rude])).steps["ease"].status != "pass"
    assert (
        card(practitioner(reviews=[*good_reviews(6), *rude]), answers=happy).steps["ease"].status
        == "pass"
    )


def test_a_no_to_a_training_question_costs_step_1() -> None:
    plain = card()
    answered = card(answers=ConsultationAnswers({"certified": "no"}))
    assert answered.steps["training"].score < plain.steps["training"].score
    assert answered.steps["training"].status == "caution"


def test_independent_reviews_weigh_more_than_own_site_testimonials() -> None:
    def mixed(independent_rating: int, own_rating: int) -> PractitionerFacts:
        ind = [replace(r, rating=independent_rating) for r in good_reviews(6)]
        own = [replace(r, rating=own_rating, independent=False, url=f"https://reyes-smp.example/t{i}")
               for i, r in enumerate(good_reviews(6, start=6))]  # fmt: skip
        return practitioner(reviews=ind + own)

    assert card(mixed(5, 3)).steps["reputation"].score > card(mixed(3, 5)).steps["reputation"].score


def test_old_reviews_count_less_than_recent_ones() -> None:
    def aged(bad_days: int) -> int:
        bad = [review(GOOD_TEXTS[i], 1, days_ago=bad_days, n=300 + i) for i in range(4)]
        return card(practitioner(reviews=[*good_reviews(8), *bad])).steps["reputation"].score

    assert aged(3000) > aged(30)


def test_listing_ratings_count_when_their_reviews_were_not_read() -> None:
    few = practitioner(claims=[], reviews=good_reviews(1))
    assert card(few, no_registry()).grade is None
    listed = card(replace(few, listing_ratings=[listing(4.8, 60)]), no_registry())
    assert listed.grade is not None


def test_scoring_is_deterministic_and_ignores_input_order() -> None:
    facts = practitioner(
        reviews=[*good_reviews(10), *_burst(6), review("Hairline is too low.", 2, n=99)]
    )
    first = json.dumps(card(facts).to_json(), sort_keys=True)
    shuffled = list(facts.reviews)
    random.Random(3).shuffle(shuffled)
    again = replace(facts, reviews=shuffled, claims=list(reversed(facts.claims)))
    assert json.dumps(card(again).to_json(), sort_keys=True) == first
    assert json.dumps(card(facts).to_json(), sort_keys=True) == first


def test_today_defaults_to_the_current_date() -> None:
    result = score(practitioner(), registry(), Prior())
    assert result.grade is not None


def test_removal_methods_offered_come_with_their_cautions() -> None:
    result = card(practitioner(services=["smp", "removal-laser", "removal-saline"])).to_json()
    assert [m["method"] for m in result["removal"]] == ["removal-laser", "removal-saline"]
    laser = result["removal"][0]["cautions"]
    assert any("darker skin" in c for c in laser) and any("hypopigmentation" in c for c in laser)


# -- the prior ------------------------------------------------------------------------------------


def test_the_prior_is_learnt_from_the_population_and_survives_json() -> None:
    people = [
        practitioner(),
        practitioner(id="b", reviews=[replace(r, rating=3) for r in good_reviews(6)]),
    ]
    learnt = Prior.from_population(people)
    assert 3 < learnt.mean < 5 and 3 <= learnt.weight <= 10
    assert learnt.practitioners == 2 and learnt.reviews == 18
    assert Prior(**json.loads(json.dumps(asdict(learnt)))) == learnt


def test_the_prior_leaves_out_suspicious_reviews() -> None:
    honest = [replace(r, rating=3) for r in good_reviews(6)]
    plain = Prior.from_population([practitioner(reviews=honest)])
    boosted = Prior.from_population([practitioner(reviews=[*honest, *_burst()])])
    assert boosted.mean == plain.mean


def test_an_empty_population_gives_the_default_prior() -> None:
    assert Prior.from_population([]) == Prior()


def test_unrated_forum_praise_counts_as_praise_and_unrated_complaints_as_complaints() -> None:
    praise = [replace(r, rating=None) for r in good_reviews(6)]
    unrated = card(practitioner(reviews=praise)).steps["reputation"]
    assert unrated.status == "pass"
    blue = [
        review(f"Six months on my hairline has turned blue, post {i}.", None, n=50 + i)
        for i in range(4)
    ]
    complained = card(practitioner(reviews=[*praise, *blue])).steps["reputation"]
    assert complained.score < unrated.score and complained.status != "pass"
