"""Bad queries never raise: odd syntax, huge or binary text, nonsense filters, no index."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_search import CORPUS, build_corpus

import index.search as search_module
from index.datadir import DataDir
from index.search import SearchError, SearchQuery, SearchResults, SearchService

HOSTILE = [
    "(((smp",
    "smp))))",
    '"unbalanced quote',
    'a "b" "c',
    "name:",
    "name: crown",
    "unknownfield:smp",
    "grade:[A TO C]",
    "rating:{1 TO 5}",
    "review_count:>3",
    "*",
    "s*",
    "*a*",
    "?????",
    "a* b* c* d* e* f* g*",
    "~2",
    "smp~",
    "crown^999",
    "AND OR NOT",
    "smp AND",
    "NOT smp",
    "-smp",
    "+",
    "!!!???...,,,;;;",
    "\x00\x01\x02smp\x7f",
    "crown\x00scalp",
    "\u200b\u200e\ufeff",
    "🙂 smp 🙂",
    "Ω≈ç√∫",
    "a" * 10_000,
    "smp " * 2_500,
    "\n\t\r",
    "%s %d {0} {}",
    "'; DROP TABLE practitioners; --",
    "<script>alert(1)</script>",
    "\\",
    "/regex.*/",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    datadir, _ = build_corpus(tmp_path_factory.mktemp("robust") / "var", CORPUS[:4])
    svc = SearchService(datadir)
    yield svc
    svc.close()


def ok(results: SearchResults) -> None:
    assert results.total >= len(results.hits) >= 0
    assert all(isinstance(n, str) for n in results.notes)
    results.to_json()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(service: SearchService, text: str) -> None:
    ok(service.search(SearchQuery(text=text)))


def test_long_queries_are_truncated_with_a_note(service: SearchService) -> None:
    results = service.search(SearchQuery(text="crown " + "x" * 10_000))
    assert any("shortened" in n for n in results.notes)


def test_syntax_is_plain_words(service: SearchService) -> None:
    assert [h.name for h in service.search(SearchQuery(text="(crown) AND name:")).hits] == [
        "Crown Scalp Micropigmentation"
    ]


@pytest.mark.parametrize(
    "near", ["Xqzzyville", "99999", "0,0,0", "91,200", "🙂", "x" * 500, "\x00"]
)
def test_unknown_places_raise_search_error_only(service: SearchService, near: str) -> None:
    with pytest.raises(SearchError) as error:
        service.search(SearchQuery(near=near))
    assert "ZIP" in str(error.value)


def test_a_failing_snapshot_is_reopened_once(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = search_module._run

    def flaky(snapshot: object, request: object) -> SearchResults:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("a segment file vanished")
        return real(snapshot, request)  # type: ignore[arg-type]

    monkeypatch.setattr(search_module, "_run", flaky)
    assert service.search(SearchQuery(text="crown")).total == 1
    assert len(calls) == 2


def test_a_missing_index_answers_empty(tmp_path: Path) -> None:
    svc = SearchService(DataDir(tmp_path / "var").ensure())
    results = svc.search(SearchQuery(text="smp"))
    assert results.total == 0 and results.notes
    svc.close()


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.lists(st.text(max_size=15), max_size=4),
    st.sampled_from(["A", "b", "F", "smp", "laser", "removal-undo", "distance", "grade"]),
)
places = st.one_of(
    st.none(), st.just(""), st.sampled_from(["Dallas, TX", "75201", "London", "32.7,-96.8"])
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=st.text(max_size=300))
def test_random_text_never_raises(service: SearchService, text: str) -> None:
    ok(service.search(SearchQuery(text=text)))


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    text=st.one_of(st.text(max_size=40), st.sampled_from(["smp", '"blue tint', "crown (("])),
    near=places,
    radius=values,
    services=values,
    removal=values,
    verified=values,
    grade=values,
    rating=values,
    sort=values,
    page=values,
    per_page=values,
)
def test_random_filters_never_raise(
    service: SearchService,
    text: str,
    near: object,
    radius: object,
    services: object,
    removal: object,
    verified: object,
    grade: object,
    rating: object,
    sort: object,
    page: object,
    per_page: object,
) -> None:
    query = SearchQuery(
        text=text,
        near=near,
        radius_km=radius,
        services=services,  # type: ignore[arg-type]
        removal=removal,
        verified_training=verified,
        min_grade=grade,  # type: ignore[arg-type]
        min_rating=rating,
        sort=sort,
        page=page,
        per_page=per_page,
    )  # type: ignore[arg-type]
    try:
        results = service.search(query)
    except SearchError:
        return
    ok(results)
    for hit in results.hits:
        assert hit.distance_km is None or math.isfinite(hit.distance_km)
