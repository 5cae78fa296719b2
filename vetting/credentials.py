"""Credential claims as the scorecard lists them: each distinct claim once, with its sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from vetting import names
from vetting import rules as R
from vetting.evidence import evidence, unique
from vetting.model import ClaimFact, Evidence, PractitionerFacts, RegistryFact

TRAINING_KINDS = ("licence", "certification", "training")  # what step 1 calls training
STATUS_ORDER = ("contradicted", "verified", "claimed")  # as the scorecard lists credentials


@dataclass
class Credential:
    """One claim (however often repeated), and what the registries make of it."""

    claim: ClaimFact
    person: str
    status: str = "claimed"  # verified | claimed | contradicted
    note: str = ""
    row: RegistryFact | None = None  # the registry row that lists the claim
    absent_from: RegistryFact | None = None  # a complete registry that does not list it
    lapsed: bool = False  # contradicted only by running out (expired, lapsed), not withdrawn
    sources: list[ClaimFact] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.claim.kind

    def evidence(self) -> list[Evidence]:
        said = [evidence(c.text, c.url, c.seen, "claim") for c in self.sources]
        items = unique(said, R.EVIDENCE_PER_ITEM)
        if self.row is not None:
            text = self.row.text or _row_text(self.row)
            items.append(evidence(text, self.row.url, self.row.seen, "registry"))
        if self.absent_from is not None:
            register = self.absent_from
            items.append(evidence(self.note, register.url, register.seen, "registry"))
        return items

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "issuer": self.claim.issuer,
            "text": self.claim.text,
            "status": self.status,
            "evidence": [e.to_json() for e in self.evidence()],
            "person": self.person,
            "note": self.note,
        }


def _row_text(row: RegistryFact) -> str:
    parts = [row.name, row.business, f"{row.credential} by {row.issuer}"]
    if row.licence_number:
        parts.append(f"no. {row.licence_number}")
    if row.status:
        parts.append(row.status)
    if row.valid_until:
        parts.append(f"valid until {row.valid_until}")
    return ", ".join(p for p in parts if p)


def dedupe(facts: PractitionerFacts) -> list[Credential]:
    """One credential per kind, issuer, person and licence number, however often repeated."""
    out: dict[tuple[str, str, str, str], Credential] = {}
    for claim in facts.claims:
        if claim.kind not in R.CLAIMED_POINTS:
            continue
        who = claim.person or facts.name
        key = (
            claim.kind,
            names.issuer(claim.issuer),
            names.person(who),
            names.number(claim.licence_number),
        )
        found = out.get(key)
        if found is None:
            out[key] = Credential(claim=claim, person=who, sources=[claim])
        else:
            found.sources.append(claim)
            if _detail(claim) > _detail(found.claim):
                found.claim = claim
    return list(out.values())


def _detail(claim: ClaimFact) -> int:
    fields = (claim.issuer, claim.hours, claim.years, claim.licence_number, claim.year)
    return sum(v is not None for v in fields)


def order(c: Credential) -> tuple:
    """Contradicted first, then verified, then claimed."""
    return (STATUS_ORDER.index(c.status), c.kind, c.person)
