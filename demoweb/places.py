"""Real US cities the fictional clinics sit in: region, a real ZIP, coordinates, area code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    name: str
    region: str  # two-letter state code
    postal_code: str  # a real ZIP code of the city's downtown
    lat: float
    lon: float
    area_code: str

    @property
    def slug(self) -> str:
        return f"{self.name.lower().replace(' ', '-')}-{self.region.lower()}"

    @property
    def label(self) -> str:
        return f"{self.name}, {self.region}"


CITIES: dict[str, City] = {
    c.slug: c
    for c in (
        City("Dallas", "TX", "75201", 32.78306, -96.80667, "214"),
        City("Fort Worth", "TX", "76102", 32.72541, -97.32085, "817"),
        City("Plano", "TX", "75074", 33.01984, -96.69889, "972"),
        City("Austin", "TX", "78701", 30.26715, -97.74306, "512"),
        City("Houston", "TX", "77002", 29.76328, -95.36327, "713"),
        City("Phoenix", "AZ", "85004", 33.44838, -112.07404, "602"),
        City("Scottsdale", "AZ", "85251", 33.50921, -111.89903, "480"),
        City("Las Vegas", "NV", "89101", 36.17497, -115.13722, "702"),
        City("Denver", "CO", "80202", 39.73915, -104.9847, "303"),
        City("Salt Lake City", "UT", "84101", 40.76078, -111.89105, "801"),
        City("Los Angeles", "CA", "90012", 34.05223, -118.24368, "213"),
        City("San Diego", "CA", "92101", 32.71571, -117.16472, "619"),
        City("Sacramento", "CA", "95814", 38.58157, -121.4944, "916"),
        City("Portland", "OR", "97204", 45.52345, -122.67621, "503"),
        City("Seattle", "WA", "98101", 47.60621, -122.33207, "206"),
        City("Chicago", "IL", "60601", 41.85003, -87.65005, "312"),
        City("Detroit", "MI", "48226", 42.33143, -83.04575, "313"),
        City("Columbus", "OH", "43215", 39.96118, -82.99879, "614"),
        City("Minneapolis", "MN", "55401", 44.97997, -93.26384, "612"),
        City("Kansas City", "MO", "64105", 39.09973, -94.57857, "816"),
        City("New York", "NY", "10001", 40.71427, -74.00597, "212"),
        City("Boston", "MA", "02108", 42.35843, -71.05977, "617"),
        City("Philadelphia", "PA", "19103", 39.95238, -75.16362, "215"),
        City("Pittsburgh", "PA", "15222", 40.44062, -79.99589, "412"),
        City("Atlanta", "GA", "30303", 33.749, -84.38798, "404"),
        City("Charlotte", "NC", "28202", 35.22709, -80.84313, "704"),
        City("Raleigh", "NC", "27601", 35.7721, -78.63861, "919"),
        City("Nashville", "TN", "37203", 36.16589, -86.78444, "615"),
        City("Miami", "FL", "33131", 25.77427, -80.19366, "305"),
        City("Tampa", "FL", "33602", 27.94752, -82.45843, "813"),
        City("Orlando", "FL", "32801", 28.53834, -81.37924, "407"),
    )
}

# Regions for "regular" reviewers, who review several clinics near them.
REGIONS: dict[str, tuple[str, ...]] = {
    "texas": ("dallas-tx", "fort-worth-tx", "plano-tx", "austin-tx", "houston-tx"),
    "southwest": ("phoenix-az", "scottsdale-az", "las-vegas-nv", "denver-co", "salt-lake-city-ut"),
    "west": ("los-angeles-ca", "san-diego-ca", "sacramento-ca", "portland-or", "seattle-wa"),
    "midwest": ("chicago-il", "detroit-mi", "columbus-oh", "minneapolis-mn", "kansas-city-mo"),
    "northeast": ("new-york-ny", "boston-ma", "philadelphia-pa", "pittsburgh-pa"),
    "southeast": ("atlanta-ga", "charlotte-nc", "raleigh-nc", "nashville-tn"),
    "florida": ("miami-fl", "tampa-fl", "orlando-fl"),
}

# Fictional street names (no real address is meant).
STREETS = (
    "Larkspur Avenue",
    "Halvorsen Street",
    "Quarry Bend Road",
    "Whitcombe Boulevard",
    "Marlowe Lane",
    "Tamsin Court",
    "Redfern Parkway",
    "Ashgrove Street",
    "Calloway Drive",
    "Bellweather Road",
    "Orchard Crest Avenue",
    "Pemberton Street",
    "Stillwater Way",
    "Kestrel Avenue",
    "Brightwater Boulevard",
    "Lindell Row",
    "Corwin Street",
    "Foxhollow Drive",
    "Garnet Avenue",
    "Hazelmere Street",
)


def region_of(city_slug: str) -> str:
    """Return the reviewer region a city belongs to."""
    for region, cities in REGIONS.items():
        if city_slug in cities:
            return region
    raise KeyError(city_slug)
