"""Step 1: claims matched against registries, carefully."""

from __future__ import annotations

import pytest
from test_vetting_factories import (
    ACADEMY,
    TDLR,
    TODAY,
    claim,
    licence_claim,
    licence_row,
    no_registry,
    practitioner,
    registry,
    training_claim,
    training_row,
)

from vetting import names
from vetting import rules as R
from vetting.training import credentials, step


def claimed(facts, index) -> list:
    """The credentials the practitioner's own claims make (not those a register adds)."""
    return [c for c in credentials(facts, index, TODAY) if c.sources]


def statuses(facts, index) -> dict[str, str]:
    return {c.kind: c.status for c in claimed(facts, index)}


def test_middle_initials_titles_and_order_are_forgiven() -> None:
    assert names.person_similarity("Dana Reyes", "Dana M. Reyes") >= 90
    assert names.person_similarity("Reyes, Dana", "Dana Reyes") >= 90
    assert names.person_similarity("Dr. Dana Reyes", "D. Reyes") >= 90
    assert names.person_similarity("Dana Reyes", "Diana Reyes") < 90
    assert names.person_similarity("Dana Reyes", "Dana Ross") < 90


def test_generic_words_alone_do_not_make_businesses_alike() -> None:
    assert names.business_similarity("Reyes SMP Studio", "Reyes Scalp Micropigmentation LLC") >= 88
    assert names.business_similarity("SMP Studio", "Elite SMP Studio") < 88
    assert names.business_similarity("Dallas Hairline Studio", "Austin Hairline Studio") < 88


def test_issuers_are_compared_with_abbreviations_spelt_out() -> None:
    assert (
        names.issuer_similarity(
            "Texas Dept. of Licensing & Regulation", "Texas Department of Licensing and Regulation"
        )
        >= 85
    )
    assert names.issuer_similarity("Lone Star SMP Academy", "Scalp Academy of Ohio") < 85


def test_regions_agree_across_codes_and_names() -> None:
    assert names.same_region("TX", "Texas") is True
    assert names.same_region("TX", "Oklahoma") is False
    assert names.same_region(None, "Texas") is None
    assert names.same_region("GA", "DeKalb") is None  # a register's county is within a state


def test_a_licence_and_training_the_registries_list_are_verified() -> None:
    assert statuses(practitioner(), registry()) == {"licence": "verified", "training": "verified"}


def test_the_same_name_in_another_city_is_not_the_same_person() -> None:
    elsewhere = registry(
        licence_row(locality="El Paso", licence_number=None, complete=False),
        training_row(locality="Houston", complete=False),
    )
    facts = practitioner(claims=[licence_claim(licence_number=None), training_claim()])
    assert statuses(facts, elsewhere) == {"licence": "claimed", "training": "claimed"}


def test_a_register_giving_the_next_town_is_the_same_place() -> None:
    dallas, irving, el_paso = (32.78, -96.81), (32.81, -96.95), (31.76, -106.49)
    facts = practitioner(claims=[training_claim()], coordinates=dallas)
    next_door = registry(training_row(locality="Irving", coordinates=irving, complete=False))
    far_away = registry(training_row(locality="El Paso", coordinates=el_paso, complete=False))
    assert statuses(facts, next_door) == {"training": "verified"}
    assert statuses(facts, far_away) == {"training": "claimed"}


def test_another_state_is_not_the_same_person_even_with_the_same_town_name() -> None:
    paris_tx = registry(training_row(locality="Paris", region="KY", complete=False))
    facts = practitioner(locality="Paris", region="TX", claims=[training_claim()])
    assert statuses(facts, paris_tx) == {"training": "claimed"}


def test_a_different_licence_number_is_not_this_licence() -> None:
    other = registry(licence_row(licence_number="BA 777777", complete=False))
    assert statuses(practitioner(), other)["licence"] == "claimed"


def test_a_licence_number_that_belongs_to_someone_else_is_contradicted() -> None:
    theirs = registry(licence_row(name="Tom Baker", business="Baker Ink", complete=False))
    (licence,) = [c for c in claimed(practitioner(), theirs) if c.kind == "licence"]
    assert licence.status == "contradicted" and "Tom Baker" in licence.note


def test_another_issuer_does_not_verify_the_claim() -> None:
    other = registry(training_row(issuer="Scalp Academy of Ohio", complete=False))
    assert statuses(practitioner(claims=[training_claim()]), other) == {"training": "claimed"}


def test_a_clinic_claim_is_matched_by_its_business_name() -> None:
    clinic_licence = claim(
        "licence", "Reyes SMP Studio is a licensed body art facility.", person=None, issuer=None,
        licence_number=None,
    )  # fmt: skip
    facts = practitioner(claims=[clinic_licence], people=[])
    row = licence_row(name="Maria Owner", business="Reyes Scalp Micropigmentation LLC")
    assert statuses(facts, registry(row)) == {"licence": "verified"}


def test_an_academy_graduate_list_verifies_its_certification() -> None:
    certified = claim("certification", "Certified by the Lone Star SMP Academy.",
                      issuer="Lone Star SMP Academy")  # fmt: skip
    assert statuses(practitioner(claims=[certified]), registry()) == {"certification": "verified"}


def test_a_licence_without_an_active_status_is_only_claimed() -> None:
    unknown = registry(licence_row(status=None), training_row())
    assert statuses(practitioner(), unknown)["licence"] == "claimed"


@pytest.mark.parametrize("status", ["suspended", "expired", "revoked", "Suspended"])
def test_a_bad_status_contradicts(status: str) -> None:
    assert statuses(practitioner(), registry(licence_row(status), training_row()))["licence"] == (
        "contradicted"
    )


def test_experience_and_insurance_are_only_ever_claimed() -> None:
    facts = practitioner(
        claims=[claim("experience", "Over 8 years of SMP.", years=8, issuer=None),
                claim("insurance", "Fully insured.", issuer=None)]
    )  # fmt: skip
    assert statuses(facts, registry()) == {"experience": "claimed", "insurance": "claimed"}


def test_repeated_claims_count_once_but_keep_their_sources() -> None:
    repeated = [
        licence_claim(url=f"https://reyes-smp.example/page{i}", seen="2025-05-01") for i in range(7)
    ]
    (licence,) = claimed(practitioner(claims=repeated), registry())
    assert len(licence.sources) == 7
    said = [e for e in licence.evidence() if e.kind == "claim"]
    assert 1 <= len(said) <= 3


def test_no_claims_is_unknown() -> None:
    result = step([])
    assert result.status == "unknown" and result.score is None


def test_claims_alone_are_a_caution_not_a_pass() -> None:
    facts = practitioner(claims=[training_claim(), claim("experience", "10 years", years=10)])
    result = step(credentials(facts, registry(licence_row(name="Tom Baker")), TODAY))
    assert result.status == "caution"


GUILD = "Guild of Scalp Pigmentation Practitioners"


def _guild_member(grade: str) -> tuple:
    member = claim("membership", f"Dana is a member of the {GUILD}.", issuer=GUILD)
    facts = practitioner(claims=[training_claim(), member], coordinates=(32.78, -96.81))
    row = training_row(credential="membership", issuer=GUILD, text=f"Dana Reyes | {grade}")
    others = registry(row, licence_row(name="Tom Baker"))
    return facts, others


def test_a_professional_bodys_member_vouches_for_the_training_they_claim() -> None:
    facts, rows = _guild_member("Full Member | GSPP-0412 | Current")
    found = credentials(facts, rows, TODAY)
    assert {(c.kind, c.status) for c in found if c.sources} >= {
        ("membership", "verified"),
        ("training", "claimed"),
    }
    assert step(found).status == "pass"


def test_a_student_member_not_yet_assessed_vouches_for_nothing() -> None:
    facts, rows = _guild_member("Student Member | Current (student - not yet assessed)")
    assert step(credentials(facts, rows, TODAY)).status == "caution"


@pytest.mark.parametrize(
    ("claimed", "listed", "same"),
    [
        ("Keisha Brantley", "BRANTLEY, KEISHA D", True),  # a register's "Last, First M"
        ("Annelies van der Berg", "van der Berg, Annelies", True),  # a surname's particles
        ("Eli Brandt", "BRANDT, ELIJAH J", True),  # a short form of the given name
        ("Jane Doe, MD", "Jane Doe", True),
        ("Andrea Whitfield", "WHITFIELD, ANDRE", False),  # two names, not one
        ("Paul Okafor", "Paula Okafor", False),
        ("Dana Reyes", "Diana Reyes", False),
    ],
)
def test_people_in_a_registers_forms(claimed: str, listed: str, same: bool) -> None:
    assert (names.person_similarity(claimed, listed) >= R.PERSON_MATCH) is same


def test_a_state_named_as_issuer_is_its_own_boards() -> None:
    board = "Florida Body Art Licensing Board"
    assert names.issuer_similarity("the State of Florida", board) >= R.ISSUER_MATCH
    assert names.issuer_similarity("State of Texas", board) < R.ISSUER_MATCH
    assert names.issuer_similarity("Florida Academy of Scalp Art", board) < R.ISSUER_MATCH


def test_a_register_listing_the_artist_counts_without_a_claim() -> None:
    facts = practitioner(claims=[], coordinates=(32.78, -96.81))
    found = credentials(facts, registry(), TODAY)
    assert {(c.kind, c.status) for c in found} == {
        ("licence", "verified"),
        ("training", "verified"),
    }
    assert all("no claim named it" in c.note for c in found)
    elsewhere = registry(training_row(locality="El Paso", coordinates=(31.76, -106.49)))
    assert credentials(facts, elsewhere, TODAY) == []
    revoked = registry(training_row(status="revoked"))
    assert credentials(facts, revoked, TODAY) == []
    # a course once completed stays completed: a graduate list's "CPD lapsed" is no undoing
    lapsed = credentials(facts, registry(training_row(status="expired")), TODAY)
    assert [(c.kind, c.status) for c in lapsed] == [("training", "verified")]
    assert "(expired)" in lapsed[0].note


def test_a_register_of_premises_listing_the_studio_counts_without_a_claim() -> None:
    facts = practitioner(claims=[], people=["Dana Reyes"], coordinates=(32.78, -96.81))
    permit = "Reyes SMP Studio | 412 Elm St | Dallas | PSE-1 | Satisfactory"
    row = licence_row(name="Reyes SMP Studio", business="Reyes SMP Studio", text=permit)
    found = credentials(facts, registry(row), TODAY)
    assert [(c.kind, c.status) for c in found] == [("licence", "verified")]
    elsewhere = licence_row(name="Reyes SMP Studio", business="Reyes SMP Studio",
                            locality="El Paso", coordinates=(31.76, -106.49))  # fmt: skip
    assert credentials(facts, registry(elsewhere), TODAY) == []
    closed = licence_row(name="Reyes SMP Studio", business="Reyes SMP Studio", status="suspended")
    (found,) = credentials(facts, registry(closed), TODAY)
    assert found.status == "contradicted" and step([found]).status == "fail"
    moved = licence_row(name="Reyes SMP Studio", business="Reyes SMP Studio", licence_number="9")
    both = [c.status for c in credentials(facts, registry(closed, moved), TODAY)]
    assert both == ["verified"]  # the old permit cancelled, a new one in force


def test_one_artists_suspended_licence_is_a_caution_where_the_premises_is_licensed() -> None:
    other = "Kai Moss"
    premises = claim(
        "licence", "Lakeside SMP is a licensed body art facility.", person=None, issuer=None,
        licence_number=None,
    )  # fmt: skip
    facts = practitioner(
        name="Lakeside SMP",
        people=["Dana Reyes", other],
        claims=[premises, licence_claim(person=other, licence_number="BA 222222")],
    )
    rows = registry(
        licence_row(name="Maria Owner", business="Lakeside SMP LLC", licence_number=None),
        licence_row(name=other, licence_number="BA 222222", status="suspended"),
    )
    business = [facts.name]
    assert step(credentials(facts, rows, TODAY), facts.people, business).status == "caution"
    colleague = practitioner(
        people=["Dana Reyes", other],
        claims=[licence_claim(), licence_claim(person=other, licence_number="BA 222222")],
    )
    both = registry(licence_row(), licence_row(name=other, licence_number="BA 222222",
                                               status="suspended"))  # fmt: skip
    assert step(credentials(colleague, both, TODAY), colleague.people, business).status == "fail"


def test_an_acronym_is_its_issuers_name() -> None:
    assert names.issuer_similarity("TPA", "Tricho Pigment Academy") >= R.ISSUER_MATCH
    assert names.issuer_similarity("Tricho Pigment Academy", "TPA") >= R.ISSUER_MATCH
    assert names.issuer_similarity("ABC", "Tricho Pigment Academy") < R.ISSUER_MATCH


def test_a_completed_course_with_lapsed_cpd_is_still_verified_training() -> None:
    lapsed = registry(licence_row(), training_row(status="expired"))
    assert statuses(practitioner(), lapsed)["training"] == "verified"
    revoked = registry(licence_row(), training_row(status="revoked"))
    assert statuses(practitioner(), revoked)["training"] == "contradicted"


def test_a_complete_register_listing_a_legal_name_in_the_same_town_does_not_contradict() -> None:
    facts = practitioner(people=["Jono Reyes"], claims=[training_claim(person="Jono Reyes")])
    legal = registry(licence_row(), training_row(name="João Reyes"))
    found = claimed(facts, legal)
    assert [(c.kind, c.status) for c in found if c.kind == "training"] == [("training", "claimed")]
    assert "perhaps the same person" in next(c.note for c in found if c.kind == "training")
    elsewhere = registry(licence_row(), training_row(name="João Reyes", locality="El Paso"))
    assert statuses(facts, elsewhere)["training"] == "contradicted"


def test_a_countrys_register_and_a_city_centre_are_the_practitioners_place() -> None:
    assert names.same_region("NSW", "Australia") is None
    assert names.same_region("Australia", "United Kingdom") is False
    assert names.place("Auckland Central", None) == ("Auckland", None)


def test_a_register_premises_is_no_person_a_claim_mentions() -> None:
    from vetting import matching

    text = "All our studios are registered with their council for skin colouring."
    assert not matching._mentions(text, "Clyde Laser & Skin Clinic")
    assert matching._mentions("Dana trained at the academy.", "Dana Reyes")


def test_a_given_name_shortened_from_its_end_is_the_same_person() -> None:
    assert names.person_similarity("Dre Pittman", "PITTMAN, ANDRE L") >= R.PERSON_MATCH
    assert names.person_similarity("Drew Haskins", "Andrew Haskins") >= R.PERSON_MATCH
    assert names.person_similarity("Dre Pittman", "PITTS, ANDREW") < R.PERSON_MATCH


def test_a_course_of_a_day_or_two_online_is_not_the_training_the_checklist_means() -> None:
    said = "SMP certified through Scalp Masters Online Academy (2023) + 2 day hands-on workshop."
    online = claim("certification", said, issuer="Scalp Masters Online Academy")
    insured = claim("insurance", "Fully insured.")
    vague = claim("certification", "Certified SMP artist bringing the studio to you!")
    short = step(credentials(practitioner(claims=[online, vague, insured]), no_registry(), TODAY))
    full = claim("training", "Trained for 120 hours at the Lone Star SMP Academy.", hours=120)
    longer = [online, vague, insured, full]
    assert short.status == "fail"
    assert step(credentials(practitioner(claims=longer), no_registry(), TODAY)).status != "fail"
    licensed = [online, vague, insured, licence_claim()]  # a council licence: a caution
    with_licence = step(credentials(practitioner(claims=licensed), no_registry(), TODAY))
    assert with_licence.status == "caution"


def test_a_licence_that_ran_out_is_a_caution_one_revoked_a_failure() -> None:
    for status, verdict in (("expired", "caution"), ("revoked", "fail"), ("suspended", "fail")):
        found = credentials(practitioner(), registry(licence_row(status), training_row()), TODAY)
        [licence] = [c for c in found if c.kind == "licence" and c.sources]
        assert licence.status == "contradicted" and licence.lapsed is (status == "expired")
        assert step(found).status == verdict, status


def test_a_licence_number_quoted_under_a_nickname_is_the_licensees_of_that_surname() -> None:
    said = claim(
        "licence",
        "Licensed by the Texas Department of Licensing and Regulation (BA-204511).",
        person="Dre",
        issuer=TDLR,
        licence_number="BA-204511",
    )
    facts = practitioner(name="Dre Reyes SMP", kind="artist", people=[], claims=[said])
    row = licence_row(name="REYES, ANDRE L", valid_until="2027-06-30", business=None)
    [licence] = claimed(facts, registry(row))
    assert licence.status == "verified" and licence.person == "Andre L Reyes"
    other = licence_row(name="PITTS, ANDRE L", valid_until="2027-06-30", business=None)
    assert claimed(facts, registry(other))[0].status == "contradicted"


def test_a_licence_held_but_a_course_of_five_days_cannot_pass() -> None:
    course = claim("certification", "Certified after a 5-day intensive in 2022.", issuer=ACADEMY)
    row = licence_row(valid_until="2027-06-30")
    short = practitioner(claims=[licence_claim(), course])
    assert step(credentials(short, registry(row), TODAY)).status == "caution"
    full = practitioner(claims=[licence_claim(), course, training_claim(hours=120)])
    assert step(credentials(full, registry(row), TODAY)).status == "pass"


def test_a_registers_name_reads_as_people_write_it() -> None:
    assert names.natural("BATISTE, ANDRE L") == "Andre L Batiste"
    assert names.natural("Smith, John") == "John Smith"
    assert names.natural("de la Cruz, Ana") == "Ana de la Cruz"
    assert names.natural("ACME SMP LLC") == "ACME SMP LLC"
    assert names.natural("Dr. Lee, MD") == "Dr. Lee, MD"


def test_a_licence_that_ran_out_long_ago_is_not_held() -> None:
    from datetime import timedelta

    for days, lately in ((200, True), (700, False)):
        until = (TODAY - timedelta(days=days)).isoformat()
        row = licence_row("expired", valid_until=until)
        found = credentials(practitioner(), registry(row, training_row()), TODAY)
        [licence] = [c for c in found if c.kind == "licence" and c.sources]
        assert licence.lapsed is lately
        assert step(found).status == ("caution" if lately else "fail")
    said = licence_row(  # (the register's extraction reads the date its status gives)
        "expired", valid_until="2015-03-01", text="Dana Reyes | Lapsed (did not renew, March 2015)"
    )
    assert not [c for c in credentials(practitioner(), registry(said), TODAY) if c.lapsed]
    level = licence_row("expired", valid_until=None, text="Dana Reyes | Foundation only")
    assert not [c for c in credentials(practitioner(), registry(level), TODAY) if c.lapsed]


def test_a_course_of_four_days_cannot_pass_but_does_not_fail() -> None:
    course = claim("certification", "Master SMP Artist certification after a four-day course.")
    found = credentials(practitioner(claims=[course]), no_registry(), TODAY)
    assert step(found).status == "caution"


def test_a_course_its_register_lists_at_foundation_level_is_verified_but_passes_nothing() -> None:
    foundation = training_row(text="Dana Reyes | Dallas | Foundation | 2024", hours=None)
    found = credentials(
        practitioner(claims=[training_claim(hours=None)]), registry(foundation), TODAY
    )
    assert [c.status for c in found if c.kind == "training" and c.sources] == ["verified"]
    assert step(found).status == "caution"
    advanced = training_row(text="Dana Reyes | Dallas | Advanced | 2024", hours=None)
    found = credentials(
        practitioner(claims=[training_claim(hours=None)]), registry(advanced), TODAY
    )
    assert step(found).status == "pass"


def test_a_foundation_course_of_many_hours_is_enough() -> None:
    row = training_row(text="Dana Reyes | Foundation Certification, 120 hours, 2021", hours=120)
    found = credentials(practitioner(claims=[training_claim(hours=None)]), registry(row), TODAY)
    assert step(found).status == "pass"


def test_a_professional_bodys_suspension_of_the_only_artist_fails_where_nothing_is_verified() -> (
    None
):
    member = claim(
        "membership", "Member of the North American Society of SMP Professionals.",
        issuer="North American Society of SMP Professionals",
    )  # fmt: skip
    vague = [
        claim("certification", "Internationally certified SMP artist.", issuer=None),
        claim("training", "Dana trained in London and Los Angeles.", issuer=None),
        claim("licence", "Licensed and insured in the State of Texas.", issuer=None,
              licence_number=None),
        claim("experience", "Dana has 9 years of experience.", issuer=None, years=9),
    ]  # fmt: skip
    facts = practitioner(claims=[member, *vague])
    row = licence_row(
        name="Reyes, Dana", credential="membership", status="suspended", licence_number=None,
        issuer="North American Society of SMP Professionals", url="https://nasmp.example/dir",
        source="society",
    )  # fmt: skip
    found = credentials(facts, registry(row), TODAY)
    assert [c.status for c in found if c.kind == "membership"] == ["contradicted"]
    assert step(found, facts.people, [facts.name]).status == "fail"
    verified = credentials(practitioner(claims=[member, licence_claim()]),
                           registry(row, licence_row()), TODAY)  # fmt: skip
    assert step(verified, facts.people, [facts.name]).status != "fail"
