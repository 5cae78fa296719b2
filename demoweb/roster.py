"""The fictional clinics of the demo web, one compact spec each.

Every name, person and licence number here is invented. `world.build_world`
turns these specs into the ground truth the renderers and the tests read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PINPOINT = "Pinpoint SMP Academy"
LICENCE_BOARD = "National Body Art Licensing Board"
GUILD = "Scalp Pigmentation Guild"
FOLLICLE_ARTS = "Follicle Arts Institute"
HAIRLINE_MASTERS = "Hairline Masters Academy"
ELITE_TRAINING = "SMP Elite Training"

PINPOINT_COURSES = {
    60: "Foundation Course",
    120: "Professional Practitioner Course",
    150: "Professional Course with Scar Camouflage",
    200: "Master Artist Program",
}

ALL_SIGNALS = (
    "free-consultation",
    "clear-pricing",
    "portfolio",
    "aftercare",
    "touch-up-policy",
    "hygiene",
)
CORE_SERVICES = ("smp", "hairline", "density")


@dataclass(frozen=True)
class ClaimSpec:
    """A credential a clinic or artist states on its own site."""

    kind: str  # vetting.vocabulary.CREDENTIAL_KINDS
    issuer: str | None = None
    hours: int | None = None
    year: int | None = None
    licence_number: str | None = None
    status: str | None = None  # the licence board's status: Active | Suspended | Expired
    listed: bool = True  # on the issuer's public list (academy graduates, guild members)
    since: int | None = None  # membership year
    years: int | None = None  # years of experience


@dataclass(frozen=True)
class ArtistSpec:
    name: str
    pronoun: str  # he | she
    role: str
    claims: tuple[ClaimSpec, ...] = ()
    marked_up: bool = False  # a schema.org Person on the clinic's team page


@dataclass(frozen=True)
class ClinicSpec:
    key: str
    name: str
    city: str  # places.CITIES key
    category: str
    markup: str  # jsonld | microdata | rdfa | plain
    style: str  # URL layout, render_clinic.LAYOUTS key
    phone: str  # last two digits of 555-01xx
    artists: tuple[ArtistSpec, ...]
    services: tuple[str, ...] = CORE_SERVICES
    signals: tuple[str, ...] = ()
    claims: tuple[ClaimSpec, ...] = ()  # the clinic's own (insurance, experience)
    flags: tuple[str, ...] = ()  # what its independent reviews complain of
    directories: tuple[str, ...] = ("A", "B")
    on_review_site: bool = True
    variants: dict[str, str] = field(default_factory=dict)  # A | B | reviews -> spelling
    business_type: str = "HealthAndBeautyBusiness"
    founded: int = 2019
    site_up: bool = True
    crawlable: bool = True
    stuffing: bool = False
    sitemap: bool = False
    private: bool = False  # robots.txt disallows /private/, and a page links there
    robots: bool = True  # serves a robots.txt


def pinpoint(hours: int, year: int, listed: bool = True) -> ClaimSpec:
    return ClaimSpec("training", PINPOINT, hours=hours, year=year, listed=listed)


def academy(issuer: str, hours: int | None, year: int) -> ClaimSpec:
    return ClaimSpec("training", issuer, hours=hours, year=year, listed=False)


def licence(number: str, status: str = "Active") -> ClaimSpec:
    return ClaimSpec("licence", LICENCE_BOARD, licence_number=number, status=status)


def guild(since: int, listed: bool = True) -> ClaimSpec:
    return ClaimSpec("membership", GUILD, since=since, listed=listed)


def certified(issuer: str, year: int) -> ClaimSpec:
    return ClaimSpec("certification", issuer, year=year, listed=False)


def experience(years: int) -> ClaimSpec:
    return ClaimSpec("experience", years=years)


INSURED = ClaimSpec("insurance")
ALL_SERVICES_BUT_REMOVAL = (*CORE_SERVICES, "scar-camouflage", "alopecia", "female", "correction")

# fmt: off
ROSTER: tuple[ClinicSpec, ...] = (
    # --- good: verified training, active licences, guild members, happy clients at ease
    ClinicSpec(
        "dallas-hairline-studio", "Dallas Hairline Studio", "dallas-tx", "good", "jsonld", "wp",
        "34",
        (
            ArtistSpec("Marcus Bell", "he", "Founder & lead SMP artist",
                       (pinpoint(120, 2018), licence("NBL-40213"), guild(2020), experience(8)),
                       marked_up=True),
            ArtistSpec("Tasha Greene", "she", "SMP artist",
                       (pinpoint(150, 2021), licence("NBL-40877")), marked_up=True),
        ),
        services=(*ALL_SERVICES_BUT_REMOVAL, "removal-laser"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2018, sitemap=True, private=True,
    ),
    ClinicSpec(
        "precision-scalp-studio-denver", "Precision Scalp Studio", "denver-co", "good",
        "microdata", "static", "21",
        (
            ArtistSpec("Owen Castillo", "he", "Owner & SMP artist",
                       (pinpoint(200, 2016), licence("NBL-38120"), guild(2017), experience(10)),
                       marked_up=True),
        ),
        services=(*CORE_SERVICES, "scar-camouflage", "alopecia", "correction"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2016,
        variants={"reviews": "Precision Scalp Studio - Denver"}, business_type="BeautySalon",
    ),
    ClinicSpec(
        "crown-and-line", "Crown and Line Scalp Micropigmentation", "dallas-tx", "good", "rdfa",
        "clean", "47",
        (
            ArtistSpec("Devon Price", "he", "Co-founder & SMP artist",
                       (pinpoint(120, 2019), licence("NBL-41502"), guild(2021)), marked_up=True),
            ArtistSpec("Aisha Morgan", "she", "SMP artist",
                       (pinpoint(60, 2023), licence("NBL-44019")), marked_up=True),
        ),
        services=(*CORE_SERVICES, "scar-camouflage", "female", "alopecia"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2019, sitemap=True,
        variants={"B": "Crown & Line SMP", "reviews": "Crown & Line Scalp Micropigmentation"},
    ),
    ClinicSpec(
        "northside-hairline-company", "Northside Hairline Company", "chicago-il", "good",
        "plain", "php", "62",
        (
            ArtistSpec("Luis Ortega", "he", "Head artist",
                       (pinpoint(150, 2017), licence("NBL-39044"), guild(2018), experience(9))),
        ),
        services=(*CORE_SERVICES, "scar-camouflage", "alopecia", "correction", "removal-saline"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2017, private=True,
        variants={"B": "Northside Hairline Co."},
    ),
    ClinicSpec(
        "evergreen-smp", "Evergreen SMP Clinic", "seattle-wa", "good", "jsonld", "clean", "18",
        (
            ArtistSpec("Hannah Lindqvist", "she", "Clinical director & SMP artist",
                       (pinpoint(200, 2015), licence("NBL-36701"), guild(2016), experience(11)),
                       marked_up=True),
        ),
        services=(*ALL_SERVICES_BUT_REMOVAL, "removal-undo"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2015, sitemap=True,
        business_type="MedicalClinic",
    ),
    ClinicSpec(
        "copper-state-scalp", "Copper State Scalp Studio", "phoenix-az", "good", "microdata",
        "wp", "55",
        (
            ArtistSpec("Ray Delgado", "he", "Owner & SMP artist",
                       (pinpoint(120, 2020), licence("NBL-42266"), guild(2021), experience(6))),
        ),
        services=(*CORE_SERVICES, "scar-camouflage", "female"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2020, business_type="TattooParlor",
    ),
    ClinicSpec(
        "harbor-point-smp", "Harbor Point SMP", "boston-ma", "good", "plain", "static", "83",
        (
            ArtistSpec("Colin Fitzgerald", "he", "Founder & SMP artist",
                       (pinpoint(150, 2018), licence("NBL-40550"), guild(2019))),
            ArtistSpec("Maya Okafor", "she", "SMP artist",
                       (pinpoint(120, 2022), licence("NBL-43391"))),
        ),
        services=(*ALL_SERVICES_BUT_REMOVAL,),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2018, sitemap=True,
        variants={"reviews": "Harbor Point SMP Boston"},
    ),
    ClinicSpec(
        "peachtree-pigment", "Peachtree Pigment Co.", "atlanta-ga", "good", "jsonld",
        "squarespace", "29",
        (
            ArtistSpec("Andre Whitfield", "he", "Owner & master SMP artist",
                       (pinpoint(200, 2017), licence("NBL-39310"), guild(2018), experience(9))),
        ),
        services=(*ALL_SERVICES_BUT_REMOVAL, "removal-laser"),
        signals=ALL_SIGNALS, claims=(INSURED,), founded=2017,
        variants={"A": "Peachtree Pigment Company"},
    ),
    # --- average: partly verified, mixed reviews
    ClinicSpec(
        "lone-star-scalp-art", "Lone Star Scalp Art", "austin-tx", "average", "microdata", "php",
        "72",
        (ArtistSpec("Cody Reyes", "he", "Owner & artist", (pinpoint(60, 2022), experience(4))),),
        services=(*CORE_SERVICES, "scar-camouflage"),
        signals=("free-consultation", "clear-pricing", "portfolio"), founded=2022,
        business_type="TattooParlor",
    ),
    ClinicSpec(
        "gulf-coast-hair-ink", "Gulf Coast Hair Ink", "miami-fl", "average", "plain", "wp", "40",
        (
            ArtistSpec("Gabriel Soto", "he", "SMP artist",
                       (academy(FOLLICLE_ARTS, 40, 2021), licence("NBL-42930"))),
        ),
        services=(*CORE_SERVICES, "female", "alopecia"),
        signals=("free-consultation", "aftercare"), founded=2021,
    ),
    ClinicSpec(
        "queen-city-smp", "Queen City SMP", "charlotte-nc", "average", "rdfa", "static", "15",
        (
            ArtistSpec("Brianna Holt", "she", "Owner & SMP artist",
                       (pinpoint(120, 2020), guild(2021, listed=False))),
        ),
        services=(*CORE_SERVICES, "female", "scar-camouflage"),
        signals=("free-consultation", "portfolio", "hygiene"), founded=2020, sitemap=True,
    ),
    ClinicSpec(
        "music-row-micro", "Music Row Micropigmentation", "nashville-tn", "average", "jsonld",
        "wp", "66",
        (
            ArtistSpec("Wes Calloway", "he", "Owner & artist",
                       (certified(HAIRLINE_MASTERS, 2020), licence("NBL-42611"), experience(6))),
        ),
        services=(*CORE_SERVICES, "correction", "removal-laser"),
        signals=("clear-pricing", "aftercare", "touch-up-policy"), claims=(INSURED,),
        founded=2020, variants={"B": "Music Row Micropigmentation LLC"},
    ),
    ClinicSpec(
        "rose-city-scalp", "Rose City Scalp Co.", "portland-or", "average", "plain", "clean", "91",
        (
            ArtistSpec("Renée Fontaine", "she", "Owner & SMP artist",
                       (academy(FOLLICLE_ARTS, 80, 2019), licence("NBL-41877"))),
        ),
        services=(*CORE_SERVICES, "female", "alopecia", "removal-saline"),
        signals=("free-consultation", "hygiene", "aftercare"), founded=2019,
        variants={"A": "Rose City Scalp Company"},
    ),
    ClinicSpec(
        "keystone-hairline", "Keystone Hairline Studio", "philadelphia-pa", "average",
        "microdata", "squarespace", "38",
        (
            ArtistSpec("Nadia Russo", "she", "SMP artist",
                       (pinpoint(150, 2019), guild(2020), certified(ELITE_TRAINING, 2021)),
                       marked_up=True),
        ),
        services=(*CORE_SERVICES, "scar-camouflage", "female"),
        signals=("portfolio", "clear-pricing"), founded=2019,
    ),
    ClinicSpec(
        "buckeye-smp", "Buckeye SMP Studio", "columbus-oh", "average", "rdfa", "php", "27",
        (ArtistSpec("Trevor Mills", "he", "Owner & artist",
                    (licence("NBL-43105"), experience(5))),),
        services=(*CORE_SERVICES, "alopecia"),
        signals=("free-consultation", "touch-up-policy"), claims=(INSURED,), founded=2021,
    ),
    # --- contradicted: a claim the registries contradict
    ClinicSpec(
        "desert-line-smp", "Desert Line SMP", "las-vegas-nv", "contradicted", "jsonld", "static",
        "53",
        (
            ArtistSpec("Vince Marino", "he", "Owner & SMP artist",
                       (licence("NBL-37745", "Suspended"), experience(7)), marked_up=True),
        ),
        services=(*CORE_SERVICES, "scar-camouflage", "correction"),
        signals=("free-consultation", "clear-pricing"), founded=2018, private=True,
    ),
    ClinicSpec(
        "north-star-scalp", "North Star Scalp Studio", "minneapolis-mn", "contradicted", "plain",
        "wp", "19",
        (ArtistSpec("Kyle Brandt", "he", "Owner & artist", (licence("NBL-35512", "Expired"),)),),
        services=(*CORE_SERVICES, "alopecia"),
        signals=("free-consultation", "portfolio"), founded=2016,
    ),
    ClinicSpec(
        "sunset-scalp-clinic", "Sunset Scalp Clinic", "los-angeles-ca", "contradicted",
        "microdata", "clean", "86",
        (
            ArtistSpec("Jasmine Cole", "she", "Lead artist",
                       (pinpoint(150, 2020, listed=False), experience(6)), marked_up=True),
        ),
        services=(*CORE_SERVICES, "female", "scar-camouflage"),
        signals=("portfolio", "aftercare", "clear-pricing"), founded=2020,
        business_type="BeautySalon",
    ),
    ClinicSpec(
        "follicle-forge", "Follicle Forge SMP", "fort-worth-tx", "contradicted", "plain", "php",
        "44",
        (ArtistSpec("Tyler Brooks", "he", "Owner & artist", (pinpoint(120, 2021, listed=False),)),),
        services=CORE_SERVICES,
        signals=("free-consultation",), founded=2021, stuffing=True,
    ),
    # --- unknown: no credential information anywhere
    ClinicSpec(
        "wasatch-scalp-art", "Wasatch Scalp Art", "salt-lake-city-ut", "unknown", "rdfa", "wp",
        "12",
        (ArtistSpec("Sam Whitaker", "he", "Artist"),),
        services=(*CORE_SERVICES, "alopecia"), signals=("free-consultation",), founded=2022,
        directories=("B",), on_review_site=False,
    ),
    ClinicSpec(
        "river-market-smp", "River Market SMP", "kansas-city-mo", "unknown", "plain", "static",
        "77",
        (ArtistSpec("Dana Kessler", "she", "Artist"),),
        services=CORE_SERVICES, signals=(), founded=2023, stuffing=True, robots=False,
    ),
    ClinicSpec(
        "empire-scalp-lab", "Empire Scalp Lab", "new-york-ny", "unknown", "jsonld", "clean", "58",
        (ArtistSpec("Leo Marchetti", "he", "Artist"), ArtistSpec("Priya Nair", "she", "Artist")),
        services=(*CORE_SERVICES, "female", "scar-camouflage"),
        signals=("clear-pricing",), founded=2021, directories=("A",),
    ),
    ClinicSpec(
        "gaslamp-scalp-studio", "Gaslamp Scalp Studio", "san-diego-ca", "unknown", "microdata",
        "wp", "31",
        (ArtistSpec("Eli Navarro", "he", "Artist"),),
        services=(*CORE_SERVICES, "female"), signals=("free-consultation", "portfolio"),
        founded=2020, crawlable=False,
    ),
    ClinicSpec(
        "three-rivers-smp", "Three Rivers SMP", "pittsburgh-pa", "unknown", "plain", "static",
        "95",
        (ArtistSpec("Frank Duda", "he", "Artist"),),
        services=CORE_SERVICES, founded=2019, site_up=False,
    ),
    # --- red-flagged: independent reviews describe complications
    ClinicSpec(
        "precision-scalp-studio-tampa", "Precision Scalp Studio", "tampa-fl", "red-flagged",
        "plain", "static", "23",
        (ArtistSpec("Rick Dawson", "he", "Owner & artist", (experience(5),)),),
        services=(*CORE_SERVICES, "scar-camouflage"),
        signals=("free-consultation", "portfolio"), founded=2019,
        flags=("discoloration", "migration"),
        variants={"reviews": "Precision Scalp Studio Tampa"},
    ),
    ClinicSpec(
        "orlando-hair-tattoo", "Orlando Hair Tattoo", "orlando-fl", "red-flagged", "jsonld", "wp",
        "68",
        (ArtistSpec("Brandon Kim", "he", "Artist", (certified(FOLLICLE_ARTS, 2022),)),),
        services=(*CORE_SERVICES, "female"), signals=("free-consultation", "clear-pricing"),
        founded=2022, flags=("helmet", "too-dark"), business_type="TattooParlor",
    ),
    ClinicSpec(
        "motor-city-smp", "Motor City SMP", "detroit-mi", "red-flagged", "microdata", "php", "49",
        (ArtistSpec("Darnell Hayes", "he", "Owner & artist", (licence("NBL-42388"),)),),
        services=(*CORE_SERVICES, "alopecia", "correction"),
        signals=("free-consultation", "portfolio"), founded=2020, private=True,
        flags=("hairline", "patchy-fading"),
    ),
    ClinicSpec(
        "capital-scalp-design", "Capital Scalp Design", "raleigh-nc", "red-flagged", "rdfa",
        "clean", "36",
        (ArtistSpec("Heather Quinn", "she", "Artist", (experience(3),)),),
        services=(*CORE_SERVICES, "removal-laser"), signals=("clear-pricing",), founded=2021,
        flags=("infection", "scarring"),
    ),
    ClinicSpec(
        "valley-hairline-art", "Valley Hairline Art", "scottsdale-az", "red-flagged", "plain",
        "squarespace", "81",
        (ArtistSpec("Chase Morrow", "he", "Artist", (academy(ELITE_TRAINING, None, 2022),)),),
        services=(*CORE_SERVICES, "female"), signals=("portfolio",), founded=2022,
        flags=("discoloration", "too-dark", "migration"), directories=("A",),
    ),
    ClinicSpec(
        "legacy-scalp-studio", "Legacy Scalp Studio", "plano-tx", "red-flagged", "jsonld",
        "static", "64",
        (ArtistSpec("Grant Osborne", "he", "Owner & artist", (experience(4),)),),
        services=(*CORE_SERVICES, "scar-camouflage", "removal-laser"),
        signals=("free-consultation", "portfolio", "clear-pricing"), founded=2021,
        flags=("helmet", "hairline", "scarring"), sitemap=True,
    ),
    # --- suspicious: a burst of near-identical five-star reviews
    ClinicSpec(
        "dallas-smp-studio", "Dallas SMP Studio", "dallas-tx", "suspicious", "microdata", "clean",
        "88",
        (ArtistSpec("Jordan Pike", "he", "Artist", (certified(ELITE_TRAINING, 2023),)),),
        services=(*CORE_SERVICES, "female"), signals=("free-consultation",), founded=2023,
    ),
    ClinicSpec(
        "brickell-scalp-boutique", "Brickell Scalp Boutique", "miami-fl", "suspicious", "jsonld",
        "squarespace", "74",
        (ArtistSpec("Valeria Cruz", "she", "Founder & artist", (experience(5),)),),
        services=(*CORE_SERVICES, "female", "alopecia"), signals=("free-consultation", "portfolio"),
        founded=2021, business_type="BeautySalon",
    ),
    ClinicSpec(
        "mile-high-hair-ink", "Mile High Hair Ink", "denver-co", "suspicious", "plain", "wp", "42",
        (ArtistSpec("Travis Lund", "he", "Owner & artist",
                    (academy(HAIRLINE_MASTERS, 50, 2022),)),),
        services=CORE_SERVICES, signals=("clear-pricing",), founded=2022, private=True,
    ),
    ClinicSpec(
        "river-city-scalp", "River City Scalp Studio", "sacramento-ca", "suspicious", "rdfa",
        "php", "59",
        (ArtistSpec("Nicole Pham", "she", "Artist"),),
        services=(*CORE_SERVICES, "female"), signals=("free-consultation",), founded=2022,
        directories=("B",),
    ),
)
# fmt: on
