"""Scores kept in the store: the same scorecards serially and on every core."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

import pytest
from conftest import PageFactory, clinic

from crawler.items import Credential, Review
from index import identity, scores
from index.profiles import live_ids, load_profile
from index.store import Store
from vetting import Prior, PriorTally, score, score_and_tally


@pytest.fixture
def scored_store(store: Store, page: PageFactory) -> Store:
    for n in range(6):
        claim = Credential(kind="training", text=f"Trained for {100 + n} hours at Pinpoint")
        reviews = [
            Review(
                body=f"Answered all my questions, visit {k}.",
                author=f"A{n}{k}",
                rating=5.0,
                date=f"2026-0{k + 1}-1{n}",
            )
            for k in range(3)
        ]
        if n % 2:
            reviews.append(
                Review(
                    body="My scalp turned blue after a month.",
                    author=f"B{n}",
                    rating=1.0,
                    date="2026-05-01",
                )
            )
        store.save_page(
            page(
                f"http://c{n}.example/",
                [clinic(f"Clinic {n}", phone=f"+1214555010{n}", claims=[claim])],
                reviews,
                source_kind="reviews",
            )
        )
    identity.resolve(store)
    return store


def cards(store: Store) -> dict[str, dict]:
    rows = store.conn.execute("SELECT practitioner_id, json FROM scorecards")
    return {pid: json.loads(payload) for pid, payload in rows}


def test_serial_and_parallel_scoring_agree(
    scored_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(scores.refresh(scored_store)) == 6
    serial = cards(scored_store)
    scored_store.conn.execute("DELETE FROM scorecards")
    scored_store.conn.commit()
    monkeypatch.setattr(scores, "PARALLEL_FROM", 1)
    assert len(scores.refresh(scored_store)) == 6
    assert cards(scored_store) == serial
    assert scores.refresh(scored_store) == []  # nothing changed


def test_the_prior_adds_up_from_tallies(scored_store: Store) -> None:
    facts = [load_profile(scored_store, pid).facts for pid in live_ids(scored_store)]
    assert Prior.from_tallies(PriorTally.of(f) for f in facts) == Prior.from_population(facts)


def test_red_flags_lower_the_stored_grade(scored_store: Store) -> None:
    scores.refresh(scored_store)
    flagged = [c for c in cards(scored_store).values() if c["red_flags"]]
    clean = [c for c in cards(scored_store).values() if not c["red_flags"]]
    assert flagged and clean
    assert max(c["score"] or 0 for c in flagged) < min(c["score"] or 100 for c in clean)


def _scored_with_learnt_prior(store: Store) -> dict[str, dict]:
    facts = [load_profile(store, pid).facts for pid in live_ids(store)]
    prior = Prior.from_population(facts)
    registry = scores.registry_index(store)
    return {f.id: score(f, registry, prior).to_json() for f in facts}


@pytest.mark.parametrize("stored", [None, Prior(mean=2.0, weight=9.0, practitioners=1)])
def test_a_full_refresh_scores_with_the_prior_learnt_from_everyone(
    scored_store: Store, stored: Prior | None
) -> None:
    if stored is not None:
        scored_store.set_meta(scores.PRIOR_KEY, json.dumps(asdict(stored)))
    scores.refresh(scored_store)
    learnt = Prior.from_population(
        load_profile(scored_store, pid).facts for pid in live_ids(scored_store)
    )
    assert scores.stored_prior(scored_store) == learnt
    assert cards(scored_store) == json.loads(json.dumps(_scored_with_learnt_prior(scored_store)))


def test_the_tally_of_a_scoring_is_the_tally_of_the_facts(scored_store: Store) -> None:
    registry = scores.registry_index(scored_store)
    for pid in live_ids(scored_store):
        facts = load_profile(scored_store, pid).facts
        _, tally = score_and_tally(facts, registry, Prior(), today=date(2026, 12, 1))
        assert tally == PriorTally.of(facts)
