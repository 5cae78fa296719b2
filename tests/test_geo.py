"""Places offline: ZIP codes, US and world cities, coordinates, distances."""

from __future__ import annotations

import threading

import pytest

from index import geo
from index.geo import Place, bounding_box, distance_km, geocode_address, resolve_place

DALLAS = (32.78306, -96.80667)


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("Dallas, TX", "Dallas, TX", "city"),
        ("dallas tx", "Dallas, TX", "city"),
        ("Dallas, Texas", "Dallas, TX", "city"),
        ("  DALLAS ,  texas ", "Dallas, TX", "city"),
        ("Dallas, TX, USA", "Dallas, TX", "city"),
        ("St. Louis, MO", "St. Louis, MO", "city"),
        ("saint louis missouri", "St. Louis, MO", "city"),
        ("ft worth tx", "Fort Worth, TX", "city"),
        ("Kansas City Missouri", "Kansas City, MO", "city"),
        ("Paris, TX", "Paris, TX", "city"),
        ("Paris", "Paris, France", "city"),
        ("London", "London, United Kingdom", "city"),
        ("London, ON", "London, Canada", "city"),
        ("Manchester, UK", "Manchester, United Kingdom", "city"),
        ("Sydney NSW", "Sydney, Australia", "city"),
        ("Holtsville, NY", "Holtsville, NY", "city"),  # a town known only by its ZIP codes
        ("75201", "75201 (Dallas, TX)", "zip"),
        ("75201-1234", "75201 (Dallas, TX)", "zip"),
        ("Dallas, TX 75201", "75201 (Dallas, TX)", "zip"),
        ("32.78,-96.80", "32.78000, -96.80000", "coordinates"),
        ("32.78 -96.80", "32.78000, -96.80000", "coordinates"),
        ("(51.5, -0.12)", "51.50000, -0.12000", "coordinates"),
    ],
)
def test_resolve_place(text: str, label: str, kind: str) -> None:
    place = resolve_place(text)
    assert place is not None
    assert (place.label, place.kind) == (label, kind)
    assert str(place) == label


def test_a_city_is_where_it_should_be() -> None:
    place = resolve_place("Dallas, TX")
    assert place is not None and distance_km(place.point, DALLAS) < 5
    assert resolve_place("75201").lat == pytest.approx(32.79, abs=0.05)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Nowhereville Xyz",
        "99999",
        "Dallas, Narnia",
        "91,200",
        "0,0,0",
        "\x00",
        "🙂",
        "x" * 5000,
        "12",
        None,
        75201,
    ],
)
def test_unknown_places_are_none(text: object) -> None:
    assert resolve_place(text) is None  # type: ignore[arg-type]


def test_place_json() -> None:
    assert Place("75201 (Dallas, TX)", 32.79, -96.8, "zip").to_json() == {
        "label": "75201 (Dallas, TX)",
        "lat": 32.79,
        "lon": -96.8,
        "kind": "zip",
    }


@pytest.mark.parametrize(
    ("address", "near"),
    [
        (
            {
                "street": "1 Elm St",
                "locality": "Dallas",
                "region": "TX",
                "postal_code": "75201",
                "country": "US",
            },
            (32.79, -96.80),
        ),
        ({"postal_code": "75201-1234"}, (32.79, -96.80)),
        ({"locality": "Austin", "region": "Texas"}, (30.27, -97.74)),
        ({"locality": "Leeds", "country": "GB"}, (53.80, -1.55)),
        ({"locality": "Leeds", "country": "United Kingdom"}, (53.80, -1.55)),
        ({"locality": "Toronto", "region": "ON", "country": "CA"}, (43.70, -79.40)),
    ],
)
def test_geocode_address(address: dict, near: tuple[float, float]) -> None:
    point = geocode_address(address)
    assert point is not None and distance_km(point, near) < 15


@pytest.mark.parametrize(
    "address",
    [
        {},
        {"locality": "Nowhereville Xyz"},
        {"postal_code": "00000"},
        {"postal_code": "SW1A 1AA", "country": "GB"},
        {"street": "1 Main St"},
        "Dallas",
        None,
    ],
)
def test_geocode_address_unknown(address: object) -> None:
    assert geocode_address(address) is None  # type: ignore[arg-type]


def test_a_uk_postcode_falls_back_to_the_city() -> None:
    point = geocode_address({"postal_code": "SW1A 1AA", "locality": "London", "country": "UK"})
    assert point is not None and distance_km(point, (51.51, -0.13)) < 5


def test_distance_km() -> None:
    assert distance_km(DALLAS, DALLAS) == 0
    assert distance_km(DALLAS, (29.76, -95.37)) == pytest.approx(362, abs=5)  # Houston
    assert distance_km((51.5, -0.12), (40.71, -74.0)) == pytest.approx(5570, abs=20)
    assert distance_km((0, 179.9), (0, -179.9)) == pytest.approx(22.2, abs=0.5)


def test_bounding_box_holds_the_circle() -> None:
    min_lat, max_lat, min_lon, max_lon = bounding_box(DALLAS, 50)
    for bearing_point in [(DALLAS[0] + 0.44, DALLAS[1]), (DALLAS[0], DALLAS[1] + 0.53)]:
        if distance_km(DALLAS, bearing_point) <= 50:
            assert min_lat <= bearing_point[0] <= max_lat
            assert min_lon <= bearing_point[1] <= max_lon
    assert bounding_box((89.9, 0), 100)[2:] == (-180.0, 180.0)  # near a pole
    assert bounding_box((0, 179.9), 100)[2:] == (-180.0, 180.0)  # across the date line


def test_tables_are_built_once_whichever_thread_asks_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(geo, "_tables", {})
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(geo.gazetteer())) for _ in range(4)]
    threads.append(threading.Thread(target=lambda: results.append(geo.zip_table())))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 5
    assert len({id(r) for r in results[:4]}) == 1
