"""Score practitioners from the store with the vetting rules, and keep the scorecards.

The population prior for the Bayesian average is recomputed on every full refresh and
kept in the store, so an incremental refresh scores a few practitioners against the
same prior as everyone else.
"""

from __future__ import annotations

import functools
import json
import math
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from index.normalize import digest
from index.profiles import Profile, live_ids, load_profile, resolve_id
from index.store import Store, utcnow
from vetting import Prior, PriorTally, RegistryIndex, Scorecard, score, score_and_tally
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
            coordinates=town_at(r["locality"], r["region"]),
        )
        for r in rows
    )


@functools.lru_cache(maxsize=4096)
def town_at(locality: str | None, region: str | None) -> tuple[float, float] | None:
    """Where a register's town is ("Los Angeles, CA"; "Auckland" in "New Zealand")."""
    from index import geo  # offline gazetteer; imported here to keep start-up light

    if not locality:
        return None
    both = locality if "," in locality or not region else f"{locality}, {region}"
    place = geo.resolve_place(both) or geo.resolve_place(locality)
    return (place.lat, place.lon) if place else None


def stored_prior(store: Store) -> Prior | None:
    raw = store.get_meta(PRIOR_KEY)
    if not raw:
        return None
    try:
        return Prior(**json.loads(raw))
    except (TypeError, ValueError):
        return None


def refresh(store: Store, ids: list[str] | None = None, *, today: date | None = None) -> list[str]:
    """Score the given practitioners (all when None); return the ids whose scorecard changed.

    A full refresh also learns the prior from everyone, in the same pass: each profile is
    loaded and its reviews read once, scored against the stored prior; only if the prior
    learnt differs from it is everyone scored again (with no prior stored, it is learnt
    first). Large refreshes run on every core.
    """
    full = ids is None
    targets = live_ids(store) if ids is None else ids
    prior = stored_prior(store)
    if prior is None:  # learnt first: a tally is cheaper than a scorecard
        prior = Prior.from_tallies(_map(store, _tallies, live_ids(store)))
        store.set_meta(PRIOR_KEY, json.dumps(asdict(prior)))
    scored = _map(store, _scorecards, targets, prior, today)
    if full:
        learnt = Prior.from_tallies(tally for _, tally in scored)
        if not _same_prior(learnt, prior):
            store.set_meta(PRIOR_KEY, json.dumps(asdict(learnt)))
            scored = _map(store, _scorecards, targets, learnt, today)
    old = dict(store.conn.execute("SELECT practitioner_id, fingerprint FROM scorecards"))
    now = utcnow()
    rows = [(*card, now) for card, _ in scored if old.get(card[0]) != card[4]]
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
    return [row[0] for row in rows]


def _same_prior(a: Prior, b: Prior) -> bool:
    """Whether two priors score alike (sums added in another order may differ in the last bit)."""
    return (a.practitioners, a.reviews) == (b.practitioners, b.reviews) and all(
        math.isclose(x, y, rel_tol=1e-12) for x, y in ((a.mean, b.mean), (a.weight, b.weight))
    )


PARALLEL_FROM = 400  # practitioners: below this, a pool costs more than it saves

Card = tuple[str, str | None, int | None, str, str]  # id, grade, score, json, fingerprint


def _map(store: Store, work: Callable[..., list[Any]], ids: list[str], *args: Any) -> list[Any]:
    """Run `work(store_path, ids, *args)` over the ids, in parallel when there are many."""
    workers = min(os.cpu_count() or 1, 4)
    if len(ids) < PARALLEL_FROM or workers < 2 or mp.current_process().daemon:
        return work(store.path, ids, *args)
    chunks = [ids[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")) as pool:
        parts = pool.map(work, [store.path] * workers, chunks, *([a] * workers for a in args))
        return [item for part in parts for item in part]


def _tallies(path: Path, ids: list[str]) -> list[PriorTally]:
    """What each practitioner adds to the population prior."""
    with Store(path) as store:
        return [PriorTally.of(p.facts) for p in _profiles(store, ids)]


def _scorecards(
    path: Path, ids: list[str], prior: Prior, today: date | None
) -> list[tuple[Card, PriorTally]]:
    """Each practitioner's scorecard, as a row for the scorecards table, with their tally."""
    with Store(path) as store:
        registry = registry_index(store)
        out = []
        for profile in _profiles(store, ids):
            card, tally = score_and_tally(profile.facts, registry, prior, today=today)
            payload = json.dumps(card.to_json(), sort_keys=True)
            out.append(((profile.id, card.grade, card.score, payload, digest(payload)), tally))
        return out


def _profiles(store: Store, ids: list[str]) -> Iterator[Profile]:
    for pid in ids:
        profile = load_profile(store, pid)
        if profile is not None:
            yield profile


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
    prior = stored_prior(store) or Prior.from_tallies(_tallies(store.path, live_ids(store)))
    return score(profile.facts, registry_index(store), prior, answers=answers, today=today)
