"""Scorecards and profiles as the pages, exports and API show them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from index.profiles import Profile, load_profile, resolve_id
from index.scores import scorecard_for, stored_scorecard
from index.store import Store
from vetting.model import ConsultationAnswers
from webapp.shortlist_db import Item, items


def scorecard_json(
    store: Store, practitioner_id: str, answers: ConsultationAnswers | None = None
) -> dict[str, Any] | None:
    """The scorecard: as last indexed, or scored now when the consumer has answers."""
    if answers is None:
        stored = stored_scorecard(store, practitioner_id)
        if stored is not None:
            return stored
    card = scorecard_for(store, practitioner_id, answers=answers)
    return card.to_json() if card is not None else None


def consultation(item: Item) -> ConsultationAnswers | None:
    if not item.answers:
        return None
    return ConsultationAnswers(
        answers=dict(item.answers), notes=item.notes, answered_on=item.answered_on
    )


def contact(profile: Profile) -> dict[str, Any]:
    """Where and how to reach a practitioner, and when we last checked."""
    return {
        "kind": profile.kind,
        "locality": profile.locality,
        "region": profile.region,
        "address": profile.address.value if profile.address else None,
        "website": profile.website.value if profile.website else None,
        "telephone": profile.telephone.value if profile.telephone else None,
        "email": profile.email.value if profile.email else None,
        "last_checked": profile.last_checked[:10] if profile.last_checked else None,
    }


@dataclass
class Entry:
    """One practitioner on a shortlist, with the consumer's notes and answers."""

    item: Item
    id: str
    profile: Profile | None
    card: dict[str, Any] | None

    @property
    def name(self) -> str:
        if self.profile is not None:
            return self.profile.name
        return str(self.card["name"]) if self.card else self.item.practitioner_id

    @property
    def gone(self) -> bool:
        return self.profile is None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "listed": not self.gone,
            "grade": self.card.get("grade") if self.card else None,
            "score": self.card.get("score") if self.card else None,
            "notes": self.item.notes,
            "answers": dict(self.item.answers),
            "answered_on": self.item.answered_on,
            "added_at": self.item.added_at,
            **({"contact": contact(self.profile)} if self.profile else {}),
            "scorecard": self.card,
        }


def entries(store: Store, token: str, *, scorecards: bool = True) -> list[Entry]:
    """The shortlist's practitioners, under their current ids, scored with the answers."""
    out: list[Entry] = []
    for item in items(store, token):
        current = resolve_id(store, item.practitioner_id) or item.practitioner_id
        profile = load_profile(store, current)
        card = (
            scorecard_json(store, current, consultation(item))
            if scorecards and profile is not None
            else None
        )
        out.append(Entry(item=item, id=current, profile=profile, card=card))
    return out
