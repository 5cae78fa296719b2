"""Score practitioners from the store with the vetting rules, and keep the scorecards.

The population prior for the Bayesian average is recomputed on every full refresh and
kept in the store, so an incremental refresh scores a few practitioners against the
same prior as everyone else.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from index.normalize import digest
from index.profiles import Profile, live_ids, load_profile, resolve_id
from index.store import Store, utcnow
from vetting import Prior, RegistryIndex, Scorecard, score
from vetting.model import ConsultationAnswers, RegistryFact

PRIOR_KEY = "vetting_prior"


def registry_index(store: Store) -> RegistryIndex:
    """Every live registry row, indexed for matching claims."""
    rows = store.conn.execute("SELECT * FROM registry_entries WHERE gone = 0").fetchall()
    return RegistryIndex.build(
        RegistryFact(
            name=r["name"],
            credential=r["credential"],
            issuer=r["issuer"],
            url=r["url"],
            source=r["source"],
            complete=bool(r["complete"]),
            seen=r["last_seen"][:10],
            status=r["status"],
            licence_number=r["licence_number"],
            business=r["business"],
            locality=r["locality"],
            region=r["region"],
            hours=r["hours"],
            year=r["year"],
            valid_until=r["valid_until"],
            text=r["text"],
        )
        for r in rows
    )


def stored_prior(store: Store) -> Prior | None:
    raw = store.get_meta(PRIOR_KEY)
    if not raw:
        return None
    try:
        return Prior(**json.loads(raw))
    except (TypeError, ValueError):
        return None


def refresh(store: Store, ids: list[str] | None = None, *, today: date | None = None) -> list[str]:
    """Score the given practitioners (all when None); return the ids whose scorecard changed."""
    full = ids is None
    targets = live_ids(store) if ids is None else ids
    registry = registry_index(store)
    profiles = [p for p in (load_profile(store, pid) for pid in targets) if p is not None]
    prior = stored_prior(store)
    if full or prior is None:
        population = profiles if full else _all_profiles(store)
        prior = Prior.from_population(p.facts for p in population)
        store.set_meta(PRIOR_KEY, json.dumps(asdict(prior)))
    changed: list[str] = []
    now = utcnow()
    rows = []
    for profile in profiles:
        card = score(profile.facts, registry, prior, today=today)
        payload = json.dumps(card.to_json(), sort_keys=True)
        fingerprint = digest(payload)
        old = store.conn.execute(
            "SELECT fingerprint FROM scorecards WHERE practitioner_id = ?", (profile.id,)
        ).fetchone()
        if old is None or old[0] != fingerprint:
            changed.append(profile.id)
            rows.append((profile.id, card.grade, card.score, payload, fingerprint, now))
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO scorecards (practitioner_id, grade, score, json, fingerprint, computed_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (practitioner_id) DO UPDATE SET"
            " grade = excluded.grade, score = excluded.score, json = excluded.json,"
            " fingerprint = excluded.fingerprint, computed_at = excluded.computed_at",
            rows,
        )
        if full:
            db.execute(
                "DELETE FROM scorecards WHERE practitioner_id NOT IN"
                " (SELECT id FROM practitioners WHERE gone = 0)"
            )
    return changed


def _all_profiles(store: Store) -> list[Profile]:
    return [p for p in (load_profile(store, pid) for pid in live_ids(store)) if p is not None]


def stored_scorecard(store: Store, practitioner_id: str) -> dict | None:
    """The last computed scorecard JSON of a practitioner."""
    row = store.conn.execute(
        "SELECT json FROM scorecards WHERE practitioner_id = ?", (practitioner_id,)
    ).fetchone()
    return json.loads(row[0]) if row else None


def scorecard_for(
    store: Store,
    practitioner_id: str,
    *,
    answers: ConsultationAnswers | None = None,
    today: date | None = None,
) -> Scorecard | None:
    """Score one practitioner now (with a consumer's answers, if any); None if unknown."""
    current = resolve_id(store, practitioner_id)
    if current is None:
        return None
    profile = load_profile(store, current)
    if profile is None:
        return None
    prior = stored_prior(store) or Prior.from_population(p.facts for p in _all_profiles(store))
    return score(profile.facts, registry_index(store), prior, answers=answers, today=today)
