"""Matching a credential claim against the registries: verified, contradicted or claimed.

A registry row verifies a claim when it names the same person (or, for a clinic's own
claim, the same business), from the same issuer, in the same place, with the same licence
number when both give one, and shows the credential in force. A row showing it suspended,
expired or revoked contradicts it; so does a complete registry of the issuer that does
not list the person, and a licence number that belongs to someone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vetting import names
from vetting import rules as R
from vetting.credentials import TRAINING_KINDS, Credential
from vetting.dates import day, ran_out
from vetting.model import ClaimFact, PractitionerFacts, RegistryFact
from vetting.registry import RegistryIndex

# Which registry lists can check which claim: an academy's graduate list checks a
# certification it issued as well as the training.
CHECKED_BY = {
    "licence": ("licence",),
    "certification": ("certification", "training"),
    "training": ("training", "certification"),
    "membership": ("membership",),
}
BAD_STATUSES = ("suspended", "expired", "revoked")
WITHDRAWN = ("suspended", "revoked")  # taken away, not only run out
GOOD_STATUSES = ("active", "current", "valid", "in good standing")


@dataclass
class _Match:
    row: RegistryFact
    number_equal: bool
    likeness: float


def about_business(claim: ClaimFact, facts: PractitionerFacts) -> bool:
    """Whether a claim is the clinic's own, naming no one (or naming the clinic itself)."""
    if not claim.person:
        return True
    if facts.kind != "clinic":
        return False
    own = [facts.name, *facts.aliases]
    return any(names.same_business(claim.person, n) for n in own)


def _mentions(text: str, person: str) -> bool:
    """Whether a text names a person by their first or last name (a register's premises,
    "Clyde Laser & Skin Clinic", is no person, whatever words it shares)."""
    words = set(names.fold(text).split())
    if set(names.fold(person).split()) & (names.GENERIC | {"and"}):
        return False
    parts = names.person(person).split()
    return len(parts) > 1 and (parts[0] in words or parts[-1] in words)


def _named(claim: ClaimFact, registry: RegistryIndex) -> list[str]:
    """People in the registries whose first or last name the claim's own words mention."""
    return sorted(
        {row.name for row in registry.candidates([claim.text]) if _mentions(claim.text, row.name)}
    )


def _likeness(person: str, name: str, guessed: set[str]) -> float:
    """How alike a person and a register's name are; a person only guessed from a business's
    name ("Ciarán Ward SMP") must be the register's name exactly, never "Ciara Ward"."""
    if person in guessed:
        return 100.0 if names.person(person) == names.person(name) else 0.0
    return names.person_similarity(person, name)


def _guessed(facts: PractitionerFacts) -> set[str]:
    """A one-person business's own names, which may be its practitioner's."""
    return {facts.name, *facts.aliases} if facts.kind != "artist" and not facts.people else set()


def _match(
    cred: Credential,
    facts: PractitionerFacts,
    row: RegistryFact,
    people: list[str],
    business: bool,
    guessed: frozenset[str] | set[str] = frozenset(),
) -> _Match | None:
    """Whether a registry row is this claim's person (or, for a business claim, the business),
    issuer and place."""
    claim = cred.claim
    if claim.issuer and names.issuer_similarity(claim.issuer, row.issuer) < R.ISSUER_MATCH:
        return None
    ours, theirs = names.number(claim.licence_number), names.number(row.licence_number)
    if ours and theirs and ours != theirs:
        return None
    number_equal = _same_number(claim, row)
    person = max((_likeness(p, row.name, guessed) for p in people), default=0.0)
    shop = max(
        (
            names.business_similarity(n, other)
            for n in [facts.name, *facts.aliases]
            for other in (row.business, row.name)
            if other
        ),
        default=0.0,
    )
    same = (
        person >= R.PERSON_MATCH
        or (shop >= R.BUSINESS_MATCH and (business or person >= R.PERSON_MATCH_WITH_BUSINESS))
        or (number_equal and max(person, shop) >= R.NUMBER_NAME_MATCH)
        # a licence number is one licensee's: quoted by a business or person of the row's
        # surname ("Dre Batiste SMP", BA-06152; the register's "BATISTE, ANDRE L"), it is theirs
        or (number_equal and names.surname_in(row.name, [*people, facts.name, *facts.aliases]))
    )
    if not same:
        return None
    region, town = _where(facts, row, claim.locality, claim.region)
    if not region or (town is False and not number_equal):
        return None
    if town is None and not number_equal and shop < R.BUSINESS_MATCH and person < R.PERSON_EXACT:
        return None  # no place to tell them apart: "Ciara Ward" is not "Ciarán Ward"
    return _Match(row, number_equal, max(person, shop))


def _lapsed_lately(row: RegistryFact, today: date) -> bool:
    """Whether the row shows the credential ran out (expired, lapsed, not renewed), not
    withdrawn, and within the last LAPSE_GRACE_DAYS: a renewal late, not a credential long
    given up. Where the row gives no date, it is taken as lately."""
    if (row.status or "").lower() in WITHDRAWN:
        return False
    said = row.text or row.status or ""  # the row's own words ("Foundation only" is no lapse)
    when = day(row.valid_until)  # (the register extraction reads it from the status too)
    if not (ran_out(said) or when):
        return False
    return when is None or (today - when).days <= R.LAPSE_GRACE_DAYS


def _same_number(claim: ClaimFact, row: RegistryFact) -> bool:
    ours = names.number(claim.licence_number)
    return bool(ours) and ours == names.number(row.licence_number)


def _in_force(row: RegistryFact, kind: str, today: date) -> bool | None:
    """True if the row shows the credential in force, False if not, None if it cannot tell."""
    status = (row.status or "").lower()
    until = day(row.valid_until)
    if kind == "training" and status not in ("revoked", "suspended"):
        return True  # a course once completed stays completed; lapsed CPD is not undone training
    if status in BAD_STATUSES:
        return False
    if until is not None and until < today and status not in GOOD_STATUSES:
        return False  # a register that still says "active" past the date is taken at its word
    if kind == "licence":
        return True if status == "active" else None
    return True


def check(cred: Credential, facts: PractitionerFacts, registry: RegistryIndex, today: date) -> None:
    """Set the credential's status from the registries."""
    kinds = CHECKED_BY.get(cred.kind)
    if not kinds:
        cred.note = "Not something a registry can confirm."
        return
    claim = cred.claim
    business = about_business(claim, facts)
    named = [p for p in facts.people if _mentions(claim.text, p)] if business else []
    if len(named) == 1:  # "In 2020 Jasmine graduated...": one of the clinic's own artists
        cred.person, business = named[0], False
    first_only = not business and len(names.person(cred.person).split()) == 1
    if first_only:  # "Devon trained at...": a register row of the clinic's with that first
        business = True  # name may be his; a register without "Devon" proves nothing
    if business:
        people = [*facts.people, *_named(claim, registry)]
        if facts.kind == "artist" or not facts.people:  # one person's business, maybe named
            people += [facts.name, *facts.aliases]  # for them: "Nadia Brennan SMP"
    else:
        people = [cred.person]
    who = [*people, facts.name, *facts.aliases]
    matches = [
        m
        for row in registry.candidates(who, claim.licence_number)
        if row.credential in kinds
        and (
            not first_only
            or _first_name(row.name) == names.person(cred.person)
            or _same_number(claim, row)
        )
        and (m := _match(cred, facts, row, people, business, _guessed(facts))) is not None
    ]
    if matches:
        _from_matches(cred, matches, today)
        return
    _from_absence(cred, facts, registry, business)


def _first_name(name: str) -> str:
    """A register's name's first name ("Price, Devon" and "Devon Price" are both Devon)."""
    if "," in name:
        name = name.split(",", 1)[1]
    words = names.person(name).split()
    return words[0] if words else ""


def _from_matches(cred: Credential, matches: list[_Match], today: date) -> None:
    def rank(m: _Match) -> tuple:
        return (_in_force(m.row, cred.kind, today) is True, m.number_equal, m.likeness)

    best = max(matches, key=rank)
    row, state = best.row, _in_force(best.row, cred.kind, today)
    cred.row = row
    if names.person_similarity(cred.person, row.name) < R.PERSON_MATCH:
        cred.person = names.natural(row.name)  # the person the registry identifies
    where = f"{row.issuer} lists {row.name}"
    if state is True:
        cred.status = "verified"
        until = day(row.valid_until)
        ran_out = f", its record showing {row.valid_until}" if until and until < today else ""
        cred.note = f"{where} ({row.status or 'listed'}{ran_out})."
    elif state is False:
        cred.status = "contradicted"
        cred.lapsed = _lapsed_lately(row, today)
        why = row.status if (row.status or "").lower() in BAD_STATUSES else "expired"
        until = f", valid until {row.valid_until}" if row.valid_until else ""
        cred.note = f"{where} as {why.lower()}{until}."
    else:
        cred.note = f"{where} but does not show the licence as active."


def _from_absence(
    cred: Credential, facts: PractitionerFacts, registry: RegistryIndex, business: bool
) -> None:
    claim = cred.claim
    for row in registry.by_number(claim.licence_number):
        if row.credential in CHECKED_BY[cred.kind]:
            if (
                names.person_similarity(cred.person, row.name) >= R.PERSON_MATCH
                or names.business_similarity(cred.person, row.name) >= R.BUSINESS_MATCH
            ):
                return  # the number is the claimant's own: the register names them elsewise
            cred.status, cred.row = "contradicted", row
            cred.note = f"Licence number {claim.licence_number} belongs to {row.name}."
            return
    if not claim.issuer or business:
        return  # a business missing from a register of people proves nothing
    for row in registry.complete_registries(CHECKED_BY[cred.kind]):
        if names.issuer_similarity(claim.issuer, row.issuer) >= R.ISSUER_MATCH:
            other = _other_name(cred, facts, registry, row.issuer)
            if other is not None:  # registers list legal names: "João Pereira" for "Jono"
                cred.note = (
                    f"{row.issuer} lists {other.name} in {other.locality}, not {cred.person}: "
                    "perhaps the same person under another name."
                )
                return
            cred.status, cred.absent_from = "contradicted", row
            cred.note = f"{row.issuer} lists everyone it has credentialed, and not {cred.person}."
            return


def _other_name(
    cred: Credential, facts: PractitionerFacts, registry: RegistryIndex, issuer: str
) -> RegistryFact | None:
    """A row of the issuer's with the claimant's surname and a first name starting alike, in
    the claimant's town: maybe them under their legal name or a nickname's full form."""
    words = names.person(cred.person).split()
    if len(words) <= 1:
        return None
    start = words[0][: R.OTHER_NAME_PREFIX]
    for row in registry.candidates([words[-1]]):
        theirs = names.person(row.name).split()
        if (
            len(theirs) > 1
            and theirs[-1] == words[-1]
            and theirs[0].startswith(start)
            and names.issuer_similarity(issuer, row.issuer) >= R.ISSUER_MATCH
            and _where(facts, row)[1] is True
        ):
            return row
    return None


def listed(
    facts: PractitionerFacts, registry: RegistryIndex, found: list[Credential], today: date
) -> list[Credential]:
    """Credentials a register shows in force for this practitioner's own people, or for its
    premises, that no claim of theirs named: a careful consumer looks the artist and the
    studio up, claim or no claim. Only a person's full name, or the business's, in the same
    or the next town counts, never a name alone."""
    people = [p for p in facts.people if len(names.person(p).split()) > 1]
    if facts.kind == "artist" or not facts.people:
        people += [facts.name, *facts.aliases]
    seen = {id(c.row) for c in found if c.row is not None}
    guessed = _guessed(facts)
    own = [facts.name, *facts.aliases]
    out: list[Credential] = []
    for row in registry.candidates([*people, *own]):
        if id(row) in seen or row.credential not in (*TRAINING_KINDS, "membership"):
            continue
        likeness = max((_likeness(p, row.name, guessed) for p in people), default=0.0)
        premises = (
            any(  # a row of a register of premises names the studio itself
                names.business_similarity(n, row.name) >= R.BUSINESS_MATCH for n in own
            )
            and names.business_similarity(row.name, row.business or "") >= R.BUSINESS_MATCH
        )
        if (likeness < R.PERSON_MATCH and not premises) or _where(facts, row)[1] is not True:
            continue
        in_force = _in_force(row, row.credential, today)
        if premises and in_force is False and not _another_in_force(row, registry, today):
            out.append(_withdrawn_premises(row))  # the studio's own permit, closed or suspended
            seen.add(id(row))
            continue
        if in_force is not True:
            continue
        note = f"{row.issuer} lists {row.name} ({row.status or 'listed'}); no claim named it."
        out.append(Credential(_row_claim(row), row.name, "verified", note, row=row, sources=[]))
        seen.add(id(row))
    return out


def _another_in_force(row: RegistryFact, registry: RegistryIndex, today: date) -> bool:
    """Whether the register holds another row for the same business in force (a studio that
    moved has its old permit cancelled and a new one)."""
    return any(
        other is not row
        and other.credential == row.credential
        and names.business_similarity(other.name, row.name) >= R.BUSINESS_MATCH
        and names.same_region(other.region, row.region) is not False
        and names.same_locality(other.locality, row.locality, R.LOCALITY_MATCH) is not False
        and _in_force(other, other.credential, today) is True
        for other in registry.candidates([row.name])
    )


def _withdrawn_premises(row: RegistryFact) -> Credential:
    note = f"{row.issuer} lists the premises {row.name} as {row.status}."
    return Credential(_row_claim(row), row.name, "contradicted", note, row=row, sources=[])


def _row_claim(row: RegistryFact) -> ClaimFact:
    """A register's row standing for the claim no page of the practitioner's made."""
    return ClaimFact(row.credential, row.text or f"{row.issuer} lists {row.name}", row.url,
                     seen=row.seen, person=row.name, issuer=row.issuer)  # fmt: skip


def _where(
    facts: PractitionerFacts,
    row: RegistryFact,
    locality: str | None = None,
    region: str | None = None,
) -> tuple[bool, bool | None]:
    """Whether a register row's place can be the practitioner's (or the claim's, where it
    names one): its region not another; and its town the same or next door (a studio in
    Culver City, a register's "Los Angeles"), another, or None when it cannot tell."""
    our_town, our_region = names.place(locality or facts.locality, region or facts.region)
    their_town, their_region = names.place(row.locality, row.region)
    if names.same_region(our_region, their_region) is False:
        return False, False
    if names.near(facts.coordinates, row.coordinates, R.NEAR_KM):
        return True, True
    return True, names.same_locality(our_town, their_town, R.LOCALITY_MATCH)
