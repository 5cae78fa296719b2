"""Search: words, boosts, stemming, phrases, typos, synonyms, places, filters, facets, sorts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crawler.items import (
    Address,
    Credential,
    Extraction,
    Geo,
    PageItem,
    Practitioner,
    Rating,
    Review,
)
from index import identity
from index.datadir import DataDir
from index.normalize import digest
from index.search import (
    SearchError,
    SearchQuery,
    SearchResults,
    SearchService,
    search_index,
)
from index.store import Store
from index.update import update

FETCHED = "2026-11-01T10:00:00+00:00"


@dataclass
class Spec:
    """One practitioner of the test corpus, and the scorecard vetting would give it."""

    name: str
    city: str
    region: str
    postal: str | None
    services: list[str] = field(default_factory=list)
    claims: list[Credential] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)
    rating: tuple[float, int] | None = None
    grade: tuple[str, int] | None = None  # (grade, score); None: not enough evidence
    verified_training: bool = False
    kind: str = "clinic"
    country: str = "US"
    geo: tuple[float, float] | None = None


CORPUS = [
    Spec(
        "Crown Scalp Micropigmentation",
        "Dallas",
        "TX",
        "75201",
        services=["smp", "hairline", "removal-laser"],
        claims=[
            Credential(
                "training",
                "Trained at the Scalp Academy in Denver, 120 hours",
                issuer="Scalp Academy",
                hours=120,
            )
        ],
        reviews=[
            "They answered all my questions and explained the healing.",
            "Natural hairline, very happy.",
        ],
        rating=(4.8, 40),
        grade=("A", 92),
        verified_training=True,
    ),
    Spec(
        "Sam Rivera",
        "Dallas",
        "TX",
        "75204",
        services=["smp"],
        kind="artist",
        reviews=["Sam put me at ease from the first minute."],
        rating=(4.7, 15),
        grade=("B", 85),
        verified_training=True,
    ),
    Spec(
        "Plano Hairline Studio",
        "Plano",
        "TX",
        "75024",
        services=["smp", "density"],
        reviews=["The dots started blurring after a year."],
        rating=(3.9, 12),
        grade=("C", 61),
    ),
    Spec(
        "Ember Scalp Studio",
        "Austin",
        "TX",
        "78701",
        services=["smp"],
        reviews=["Great result, would recommend."],
        rating=(4.6, 25),
        grade=("B", 80),
    ),
    Spec(
        "Bayou Pigment Works",
        "Houston",
        "TX",
        "77002",
        services=["smp", "removal-undo", "correction"],
        claims=[
            Credential(
                "training",
                "Trained at the Ember Academy, 80 hours",
                issuer="Ember Academy",
                hours=80,
            )
        ],
        reviews=["After a year my head has a blue tint."],
        rating=(2.5, 8),
        grade=("D", 40),
    ),
    Spec(
        "Lakeshore Hair Clinic",
        "Chicago",
        "IL",
        "60601",
        services=["density"],
        claims=[
            Credential("experience", "15 years of scalp micro pigmentation experience", years=15)
        ],
        reviews=["A friend who went to Ember years ago sent me here; lovely staff."],
        rating=(4.2, 30),
        grade=("B", 78),
    ),
    Spec(
        "Fresh Start Removal",
        "Waco",
        "TX",
        "76701",
        services=["removal-saline", "removal-undo", "correction"],
        reviews=["The tint of the blue pigment faded away after saline sessions."],
        rating=(4.4, 9),
        grade=("C", 55),
    ),
    Spec(
        "Mayfair Hair Studio",
        "London",
        "England",
        None,
        country="GB",
        geo=(51.5107, -0.1470),
        reviews=["Best SMP I have had."],
        rating=(5.0, 3),
    ),
]


def _page(spec: Spec, n: int) -> PageItem:
    url = f"http://directory.example/listing/{n}"
    practitioner = Practitioner(
        name=spec.name,
        kind=spec.kind,
        url=url,
        address=Address(
            locality=spec.city, region=spec.region, postal_code=spec.postal, country=spec.country
        ),
        geo=Geo(*spec.geo) if spec.geo else None,
        rating=Rating(*spec.rating) if spec.rating else None,
        services=list(spec.services),
        credentials=list(spec.claims),
    )
    reviews = [
        Review(body=b, rating=5.0, date="2026-10-01", author=f"Client {i}")
        for i, b in enumerate(spec.reviews)
    ]
    return PageItem(
        source="directory",
        source_kind="directory",
        url=url,
        status=200,
        fetched_at=FETCHED,
        extraction=Extraction(url, [practitioner], reviews),
    )


def scorecard(spec: Spec) -> dict:
    """A stored scorecard in the shape of `smpvet vet --json` (the parts search reads)."""
    status = "pass" if spec.grade and spec.grade[0] in "AB" else "caution"
    credentials = [
        {"kind": c.kind, "status": "verified" if spec.verified_training else "claimed"}
        for c in spec.claims
    ]
    if spec.verified_training and not spec.claims:
        credentials.append({"kind": "training", "status": "verified"})
    return {
        "grade": spec.grade[0] if spec.grade else None,
        "score": spec.grade[1] if spec.grade else None,
        "steps": {k: {"status": status} for k in ("training", "reputation", "ease")},
        "credentials": credentials,
        "red_flags": [],
        "services": list(spec.services),
    }


def save_scorecard(store: Store, pid: str, card: dict) -> None:
    payload = json.dumps(card, sort_keys=True)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO scorecards (practitioner_id, grade, score, json, fingerprint,"
            " computed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (practitioner_id) DO UPDATE"
            " SET grade = excluded.grade, score = excluded.score, json = excluded.json,"
            " fingerprint = excluded.fingerprint",
            (pid, card.get("grade"), card.get("score"), payload, digest(payload), FETCHED),
        )


def build_corpus(root: Path, specs: list[Spec] = CORPUS) -> tuple[DataDir, dict[str, str]]:
    """A data directory with the specs crawled, resolved, scored and indexed; names -> ids."""
    datadir = DataDir(root).ensure()
    with Store(datadir.store) as store:
        for n, spec in enumerate(specs):
            store.save_page(_page(spec, n))
        identity.resolve(store)
        ids = {r["name"]: r["id"] for r in store.conn.execute("SELECT id, name FROM practitioners")}
        for spec in specs:
            if spec.grade or spec.verified_training:
                save_scorecard(store, ids[spec.name], scorecard(spec))
    update(datadir, rebuild=True, score=False)
    return datadir, ids


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[DataDir, dict[str, str]]:
    return build_corpus(tmp_path_factory.mktemp("search") / "var")


@pytest.fixture(scope="module")
def service(corpus: tuple[DataDir, dict[str, str]]) -> Iterator[SearchService]:
    svc = SearchService(corpus[0])
    yield svc
    svc.close()


def names(results: SearchResults) -> list[str]:
    return [h.name for h in results.hits]


def search(service: SearchService, text: str = "", **kw: object) -> SearchResults:
    kw.setdefault("per_page", 50)
    return service.search(SearchQuery(text=text, **kw))  # type: ignore[arg-type]


# -- words ------------------------------------------------------------------------------


def test_an_empty_query_lists_everyone(service: SearchService) -> None:
    results = search(service)
    assert results.total == len(CORPUS)
    assert names(results)[0] == "Crown Scalp Micropigmentation"  # best grade first


def test_name_outranks_claims_outranks_reviews(service: SearchService) -> None:
    assert names(search(service, "ember")) == [
        "Ember Scalp Studio",  # name
        "Bayou Pigment Works",  # claim
        "Lakeshore Hair Clinic",  # review
    ]


def test_stemming_matches_other_forms(service: SearchService) -> None:
    assert names(search(service, "blurred")) == ["Plano Hairline Studio"]
    assert "Crown Scalp Micropigmentation" in names(search(service, "answering question"))


def test_a_quoted_phrase_needs_the_words_together(service: SearchService) -> None:
    assert set(names(search(service, "blue tint"))) == {
        "Bayou Pigment Works",
        "Fresh Start Removal",
    }
    assert names(search(service, '"blue tint"')) == ["Bayou Pigment Works"]


def test_typos_are_corrected_from_the_index_vocabulary(service: SearchService) -> None:
    results = search(service, "micropigmentaion")
    assert "Crown Scalp Micropigmentation" in names(results)
    assert any("micropigmentation" in n for n in results.notes)
    assert names(search(service, "questons")) == ["Crown Scalp Micropigmentation"]
    assert "Plano Hairline Studio" in names(search(service, "hairlin studo"))


def test_smp_and_scalp_micropigmentation_are_synonyms(service: SearchService) -> None:
    smp = set(names(search(service, "SMP")))
    assert {"Mayfair Hair Studio", "Lakeshore Hair Clinic"} <= smp  # "SMP" / "micro pigmentation"
    assert set(names(search(service, "scalp micropigmentation"))) == smp
    assert set(names(search(service, "scalp micro pigmentation"))) == smp
    assert set(names(search(service, '"scalp micropigmentation"'))) == smp


def test_removal_synonyms(service: SearchService) -> None:
    undo = set(names(search(service, "UNDO")))
    assert undo == {"Bayou Pigment Works", "Fresh Start Removal"}
    assert set(names(search(service, "deracination"))) == undo
    assert names(search(service, "laser removal")) == ["Crown Scalp Micropigmentation"]


def test_words_only_in_reviews_find_and_highlight_the_review(service: SearchService) -> None:
    results = search(service, "answered all my questions")
    assert names(results) == ["Crown Scalp Micropigmentation"]
    hit = results.hits[0]
    assert hit.highlights == ["They answered all my questions and explained the healing."]
    marked = [text for text, is_match in hit.fragments[0] if is_match]
    assert marked == ["answered", "all", "my", "questions"]
    assert "".join(text for text, _ in hit.fragments[0]) == hit.highlights[0]


def test_highlights_are_plain_text_with_separate_marks(service: SearchService) -> None:
    hit = search(service, '"blue tint"').hits[0]
    assert hit.highlights == ["After a year my head has a blue tint."]
    assert [t for t, m in hit.fragments[0] if m] == ["blue", "tint"]
    assert "<" not in hit.highlights[0]


def test_no_match_is_an_empty_result_with_a_note(service: SearchService) -> None:
    results = search(service, "xylophone")
    assert results.total == 0 and results.hits == []
    assert results.notes


def test_some_words_matching_falls_back_to_any(service: SearchService) -> None:
    results = search(service, "ember blurred")
    assert set(names(results)) >= {"Ember Scalp Studio", "Plano Hairline Studio"}
    assert any("some" in n for n in results.notes)


# -- places -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "near", ["Dallas, TX", "dallas tx", "Dallas, Texas", "75201", "75201-1234", "32.7831,-96.8067"]
)
def test_near_a_place_within_the_default_radius(service: SearchService, near: str) -> None:
    results = search(service, near=near)
    assert names(results) == [
        "Crown Scalp Micropigmentation",
        "Sam Rivera",
        "Plano Hairline Studio",
    ]
    distances = [h.distance_km for h in results.hits]
    assert distances == sorted(distances) and all(d is not None and d <= 50 for d in distances)
    assert results.place is not None


def test_radius_and_distance_sort(service: SearchService) -> None:
    results = search(service, "smp", near="Dallas, TX", radius_km=400, sort="distance")
    assert names(results) == [
        "Crown Scalp Micropigmentation",
        "Sam Rivera",
        "Plano Hairline Studio",
        "Fresh Start Removal",
        "Ember Scalp Studio",
        "Bayou Pigment Works",
    ]
    assert 250 < results.hits[4].distance_km < 330  # Austin
    assert [h.name for h in search(service, near="75201", radius_km=5).hits] == [
        "Crown Scalp Micropigmentation",
        "Sam Rivera",
    ]


def test_world_cities(service: SearchService) -> None:
    assert names(search(service, near="London", radius_km=20)) == ["Mayfair Hair Studio"]


def test_an_unknown_place_is_a_helpful_error(service: SearchService) -> None:
    with pytest.raises(SearchError, match="Dallas, TX"):
        search(service, near="Nowhereville Xyz")


def test_text_and_place_together(service: SearchService) -> None:
    results = search(service, "hairline", near="Dallas, TX")
    assert names(results) == ["Plano Hairline Studio", "Crown Scalp Micropigmentation"]
    assert all(h.distance_km is not None for h in results.hits)


# -- filters and facets -----------------------------------------------------------------


def test_service_filter_and_disjunctive_facets(service: SearchService) -> None:
    everyone = search(service)
    assert everyone.facets["services"]["smp"] == 5
    results = search(service, services=["removal-laser"])
    assert names(results) == ["Crown Scalp Micropigmentation"]
    assert results.facets["services"] == everyone.facets["services"]  # own filter not applied
    assert results.facets["removal"] == {"removal-laser": 1}


def test_several_services_must_all_be_offered(service: SearchService) -> None:
    assert names(search(service, services=["smp", "correction"])) == ["Bayou Pigment Works"]


def test_removal_filter_accepts_short_names(service: SearchService) -> None:
    assert set(names(search(service, removal=["undo"]))) == {
        "Bayou Pigment Works",
        "Fresh Start Removal",
    }
    assert set(names(search(service, removal=["removal-saline", "laser"]))) == {
        "Fresh Start Removal",
        "Crown Scalp Micropigmentation",
    }


def test_verified_training_filter(service: SearchService) -> None:
    results = search(service, verified_training=True)
    assert set(names(results)) == {"Crown Scalp Micropigmentation", "Sam Rivera"}
    assert all(h.verified_training for h in results.hits)
    assert results.facets["verified_training"] == {"true": 2, "false": 6}
    assert results.facets["credentials"]["training:verified"] == 2


def test_min_grade_and_min_rating(service: SearchService) -> None:
    assert set(names(search(service, min_grade="B"))) == {
        "Crown Scalp Micropigmentation",
        "Sam Rivera",
        "Ember Scalp Studio",
        "Lakeshore Hair Clinic",
    }
    assert set(names(search(service, min_rating=4.7))) == {
        "Crown Scalp Micropigmentation",
        "Sam Rivera",
        "Mayfair Hair Studio",
    }
    facets = search(service, min_grade="B").facets
    assert facets["grade"] == {"A": 1, "B": 3, "C": 2, "D": 1}


def test_filters_with_words(service: SearchService) -> None:
    assert names(search(service, "smp", min_grade="A")) == ["Crown Scalp Micropigmentation"]


def test_nonsense_filter_values_are_ignored_with_notes(service: SearchService) -> None:
    results = search(
        service,
        services=["teleportation"],
        min_grade="Z",
        min_rating=9,
        sort="sideways",
        radius_km=-3,
    )
    assert results.total == len(CORPUS)
    assert len(results.notes) >= 4


# -- sorts and pages --------------------------------------------------------------------


def test_sort_by_grade_rating_and_reviews(service: SearchService) -> None:
    by_grade = search(service, sort="grade")
    assert [h.grade for h in by_grade.hits] == ["A", "B", "B", "B", "C", "C", "D", None]
    assert names(by_grade)[1:4] == ["Sam Rivera", "Ember Scalp Studio", "Lakeshore Hair Clinic"]
    by_rating = [h.rating for h in search(service, sort="rating").hits]
    assert by_rating == sorted(by_rating, reverse=True) and by_rating[0] == 5.0
    by_reviews = [h.review_count for h in search(service, sort="reviews").hits]
    assert by_reviews == sorted(by_reviews, reverse=True) and by_reviews[0] == 40


def test_distance_sort_without_a_place_falls_back_with_a_note(service: SearchService) -> None:
    results = search(service, sort="distance")
    assert results.total == len(CORPUS) and results.notes


def test_pages_cover_every_result_once(service: SearchService) -> None:
    for text in ("", "smp"):
        everyone = search(service, text)
        seen: list[str] = []
        for page in range(1, 5):
            seen += [h.id for h in search(service, text, page=page, per_page=3).hits]
        assert seen == [h.id for h in everyone.hits]
    beyond = search(service, page=99, per_page=3)
    assert beyond.hits == [] and beyond.total == len(CORPUS)


def test_hits_carry_the_scorecard(service: SearchService) -> None:
    hit = search(service, "crown").hits[0]
    assert (hit.grade, hit.score, hit.rating, hit.review_count) == ("A", 92, 4.8, 40)
    assert (hit.locality, hit.region, hit.kind) == ("Dallas", "TX", "clinic")
    assert hit.steps == {"training": "pass", "reputation": "pass", "ease": "pass"}
    assert hit.removal == ["removal-laser"] and "hairline" in hit.services


def test_search_index_opens_and_closes_a_service(corpus) -> None:
    results = search_index(corpus[0], SearchQuery(text="crown"))
    assert [h.name for h in results.hits] == ["Crown Scalp Micropigmentation"]


def test_json_has_the_contract_shape(service: SearchService) -> None:
    payload = search(service, "blue", near="Houston, TX", radius_km=100).to_json()
    assert set(payload) >= {"total", "results", "facets"}
    assert json.loads(json.dumps(payload)) == payload
    result = payload["results"][0]
    contract = {
        "id": str,
        "name": str,
        "kind": str,
        "grade": (str, type(None)),
        "score": (int, type(None)),
        "rating": (float, type(None)),
        "review_count": int,
        "locality": (str, type(None)),
        "region": (str, type(None)),
        "distance_km": (float, type(None)),
        "services": list,
        "highlights": list,
    }
    for key, kind in contract.items():
        assert isinstance(result[key], kind), key
    assert all(isinstance(v, int) for f in payload["facets"].values() for v in f.values())
