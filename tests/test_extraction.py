"""Unit tests of the extraction heuristics, each on a small inline page or phrase."""

from __future__ import annotations

import logging
import random
import time
from datetime import datetime

import pytest

from crawler.extraction import extract, extract_registry, read_page
from crawler.extraction.claims import dedupe, find_claims
from crawler.extraction.contacts import addresses_in_text, emails_in_text, phones_in_text
from crawler.extraction.dates import find_date, page_order, parse_date
from crawler.extraction.document import Document
from crawler.extraction.holders import claims_with_holders
from crawler.extraction.names import split_place
from crawler.extraction.people import find_people, find_team, person_name
from crawler.extraction.ratings import rating_in_attributes, rating_in_text, scale
from crawler.extraction.registry import header_field, published_register, status
from crawler.extraction.services import services_in
from crawler.extraction.text import sentences
from vetting.vocabulary import CREDENTIAL_KINDS, EASE_NEGATIVE, EASE_POSITIVE, FLAGS, SERVICES

NOW = datetime(2025, 6, 1, 12, 0)
URL = "https://inkmasterssmp.example/"


@pytest.fixture
def clinic_page() -> str:
    """An SMP clinic's page with JSON-LD, prose claims, testimonials and contacts."""
    return """<!doctype html><html lang="en"><head>
    <title>Scalp Micropigmentation Dallas | Ink Masters SMP</title>
    <script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "HealthAndBeautyBusiness", "name": "Ink Masters SMP",
      "url": "https://inkmasterssmp.example/", "telephone": "(214) 555-0134",
      "address": {"@type": "PostalAddress", "streetAddress": "1234 Elm St",
        "addressLocality": "Dallas", "addressRegion": "TX", "postalCode": "75201"},
      "geo": {"@type": "GeoCoordinates", "latitude": "32.78", "longitude": "-96.80"},
      "aggregateRating": {"@type": "AggregateRating", "ratingValue": "9.6",
        "bestRating": "10", "ratingCount": "41"},
      "makesOffer": [{"@type": "Offer", "itemOffered": {"@type": "Service",
        "name": "Scar camouflage"}}]}</script></head><body>
    <h1>Ink Masters SMP</h1>
    <p>Our artist trained at the Scalp Micro Academy in 2016, completing 120 hours of
    hands-on training. We are certified. Certified. Certified SMP artists.
    Licensed by the Texas Department of State Health Services (License No. NBL-40213).
    With over 8 years of experience, we are fully insured.</p>
    <p>We do not offer laser removal, but we do offer saline removal and hairline design.</p>
    <p>Book your free consultation today.</p>
    <div class="testimonials">
      <div class="testimonial"><p>“They answered all my questions and the hairline looks
        natural.”</p><span class="author">Mike T.</span><span class="date">March 3, 2025</span>
        <span class="stars">★★★★★</span></div>
      <div class="testimonial"><p>“Within a year the dots had spread and turned blue.”</p>
        <span class="author">Sam K.</span><span class="date">3 weeks ago</span>
        <span class="stars">★★☆☆☆</span></div>
    </div>
    </body></html>"""


@pytest.fixture
def team_page() -> str:
    return """<html><head><title>Our Team | Ink Masters SMP</title></head><body>
    <h1>Meet the team</h1>
    <div class="member"><h3>Jane Doe</h3><p>Jane is our lead artist. She trained at the
      Scalp Micro Academy in 2016.</p></div>
    <div class="member"><h3>Mark Smith - Senior Artist</h3><p>Mark has over 8 years of
      experience in SMP. He is a member of the Society of Permanent Cosmetic
      Professionals.</p></div>
    <p>Ink Masters SMP is fully insured.</p>
    <footer>&copy; 2025 Ink Masters SMP. Call (214) 555-0134.</footer></body></html>"""


@pytest.fixture
def listing_page() -> str:
    return """<html><head><title>SMP artists in Texas | SMP Directory</title></head><body>
    <div class="card"><h3 class="n">Ink Masters SMP</h3>
      <a class="more" href="/artist/ink-masters">Profile</a>
      <a class="site" href="https://inkmasters.example">Website</a>
      <span class="ph">(214) 555-0134</span><span class="city">Dallas</span>,
      <span class="st">TX</span><span class="stars" aria-label="Rated 4.8 out of 5"></span>
      (32 reviews)<p>Certified by the American Academy of Micropigmentation.</p></div>
    <div class="card"><h3 class="n">Austin Hair Ink</h3>
      <a class="more" href="/artist/austin-hair-ink">Profile</a>
      <span class="ph">512-555-0199</span><span class="city">Austin</span>,
      <span class="st">TX</span><span class="stars">4.5/5</span></div>
    <div class="rev"><b>Mike T.</b><i>March 3, 2025</i><p>Great work, natural hairline.</p>
      <span class="score">★★★★★</span></div>
    </body></html>"""


# The contract's JSON shape


def test_to_json_has_exactly_the_contract_keys(clinic_page: str) -> None:
    found = extract(clinic_page, URL, now=NOW).to_json()
    assert set(found) == {"url", "practitioners", "reviews"}
    assert found["practitioners"] and found["reviews"]
    for p in found["practitioners"]:
        assert set(p) == {
            "name",
            "kind",
            "url",
            "telephone",
            "email",
            "address",
            "geo",
            "rating",
            "services",
            "credentials",
        }
        assert isinstance(p["name"], str) and p["kind"] in ("clinic", "artist")
        for key in ("url", "telephone", "email"):
            assert p[key] is None or isinstance(p[key], str)
        if p["address"] is not None:
            assert set(p["address"]) == {"street", "locality", "region", "postal_code", "country"}
        if p["geo"] is not None:
            assert set(p["geo"]) == {"lat", "lon"} and all(
                isinstance(v, float) for v in p["geo"].values()
            )
        if p["rating"] is not None:
            assert set(p["rating"]) == {"value", "count"}
            assert 0 <= p["rating"]["value"] <= 5 and isinstance(p["rating"]["count"], int)
        assert set(p["services"]) <= set(SERVICES)
        for c in p["credentials"]:
            assert {"kind", "issuer", "text", "hours", "years", "licence_number"} <= set(c)
            assert c["kind"] in CREDENTIAL_KINDS and 0 < len(c["text"]) <= 300
    for r in found["reviews"]:
        assert set(r) == {"author", "rating", "body", "date", "about", "flags", "ease"}
        assert isinstance(r["body"], str)
        assert r["rating"] is None or 0 <= r["rating"] <= 5
        assert r["date"] is None or len(r["date"]) == 10
        assert set(r["flags"]) <= set(FLAGS)
        assert set(r["ease"]) == {"positive", "negative"}
        assert set(r["ease"]["positive"]) <= set(EASE_POSITIVE)
        assert set(r["ease"]["negative"]) <= set(EASE_NEGATIVE)


def test_clinic_page_end_to_end(clinic_page: str) -> None:
    found = extract(clinic_page, URL, now=NOW)
    assert [p.name for p in found.practitioners] == ["Ink Masters SMP"]
    clinic = found.practitioners[0]
    assert clinic.telephone == "+12145550134"
    assert clinic.address is not None and clinic.address.postal_code == "75201"
    assert clinic.geo is not None and (clinic.geo.lat, clinic.geo.lon) == (32.78, -96.80)
    assert clinic.rating is not None and (clinic.rating.value, clinic.rating.count) == (4.8, 41)
    assert "removal-laser" not in clinic.services
    assert {"smp", "hairline", "scar-camouflage", "removal-saline"} <= set(clinic.services)
    kinds = [c.kind for c in clinic.credentials]
    assert sorted(kinds) == sorted(
        ["training", "certification", "licence", "experience", "insurance"]
    )
    licence = next(c for c in clinic.credentials if c.kind == "licence")
    assert licence.licence_number == "NBL-40213"
    assert licence.issuer == "Texas Department of State Health Services"
    assert [s.kind for s in clinic.signals] == ["free-consultation"]
    mike, sam = found.reviews
    assert (mike.author, mike.rating, mike.date) == ("Mike T.", 5.0, "2025-03-03")
    assert mike.body.startswith("They answered all my questions")
    assert mike.about == "Ink Masters SMP"
    assert "answered-questions" in mike.ease["positive"]
    assert (sam.rating, sam.date) == (2.0, "2025-05-11")
    assert {"migration", "discoloration"} <= set(sam.flags)


# Ratings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.8 out of 5", 4.8),
        ("Rated 4.8/5 by our clients", 4.8),
        ("★★★★☆", 4.0),
        ("★★★★½", 4.5),
        ("9/10", 4.5),
        ("Rated 4.5 stars", 4.5),
        ("5 stars!", 5.0),
        ("a 5-star experience", 5.0),
        ("4,5 von 5 Sternen", 4.5),
        ("Booked on 03/03/2025", None),
        ("20 years of experience", None),
    ],
)
def test_rating_in_text(text: str, value: float | None) -> None:
    assert rating_in_text(text) == value


def test_rating_scaling_and_attributes() -> None:
    assert scale(88, 100, 0) == 4.4
    assert scale("9.2", "10") == 4.6
    assert scale(4) == 4.0
    assert scale("n/a") is None
    assert rating_in_attributes({"class": "a-icon a-star-4-5"}) == 4.5
    assert rating_in_attributes({"aria-label": "Rated 3 out of 5 stars"}) == 3.0
    assert rating_in_attributes({"data-rating": "4"}) == 4.0


# Contacts


def test_phones_in_text() -> None:
    assert phones_in_text("Call us: (214) 555-0134") == ["+12145550134"]
    assert phones_in_text("Tel 020 7946 0958", "GB") == ["+442079460958"]
    assert phones_in_text("WhatsApp +44 20 7946 0958") == ["+442079460958"]
    # a number given for bookings need only be possible (07700 900xxx is kept for fiction)
    assert phones_in_text("Bookings: 07700 900218 (text first).", "GB") == ["+447700900218"]
    assert phones_in_text("Open 2015-2020, booked 03/03/2025, order 1234567") == []
    # a country code in brackets before the national number: the page's region is moot
    assert phones_in_text("(+44) 020 7946 0958", "US") == ["+442079460958"]


def test_phone_from_tel_link_and_page_region() -> None:
    page = '<p>Ring <a href="tel:+44%2020%207946%200958">us</a> or 020 7946 0000</p>'
    found = extract(page, "https://smp.example.co.uk/")
    assert found.practitioners[0].telephone == "+442079460958"


def test_emails() -> None:
    assert emails_in_text("Write to Jane@SMP-Studio.com.") == ["jane@smp-studio.com"]
    assert emails_in_text("info [at] inkmasters [dot] com. 1234 Elm St") == ["info@inkmasters.com"]
    assert emails_in_text("jane (at) smp.co.uk") == ["jane@smp.co.uk"]
    assert emails_in_text("meet us at Dallas.Texas, logo@2x.png") == []


def test_email_from_mailto_and_cloudflare() -> None:
    encoded = "42" + bytes(b ^ 0x42 for b in b"hi@smp.example").hex()
    protected = f'<a href="/cdn-cgi/l/email-protection" data-cfemail="{encoded}">[email]</a>'
    linked = '<a href="mailto:Book@SMP.example?subject=Hi">Write to us</a>'
    assert extract(protected, URL).practitioners[0].email == "hi@smp.example"
    assert extract(linked, URL).practitioners[0].email == "book@smp.example"


def test_addresses_in_text() -> None:
    us = addresses_in_text("Visit 1234 Elm St, Suite 5, Dallas, TX 75201 today")
    assert [(a.street, a.locality, a.region, a.postal_code, a.country) for a in us] == [
        ("1234 Elm St, Suite 5", "Dallas", "TX", "75201", "US")
    ]
    lines = addresses_in_text("500 Main Street\nSpringfield, Illinois 62701")
    assert (lines[0].street, lines[0].region) == ("500 Main Street", "IL")
    uk = addresses_in_text("3 Charlotte Road, City of London, EC2A 3PE")
    assert [(a.street, a.locality, a.postal_code, a.country) for a in uk] == [
        ("3 Charlotte Road", "City of London", "EC2A 3PE", "GB")
    ]
    nz = addresses_in_text("Unit 2, 41 Maunganui Road\nMount Maunganui 3116\n07 575 2281")
    assert [(a.street, a.locality, a.postal_code) for a in nz] == [
        ("41 Maunganui Road", "Mount Maunganui", "3116")
    ]


@pytest.mark.parametrize(
    "text",
    [  # an address in capitals, its lines run together without commas
        "DELILAH'S DAGGER 311 SYDENHAM ROAD LONDON SE26 5EW",
        "311 Sydenham Road London SE26 5EW",
    ],
)
def test_uk_address_without_commas_or_in_capitals(text: str) -> None:
    found = addresses_in_text(text)
    assert [(a.street, a.locality, a.postal_code, a.country) for a in found] == [
        ("311 Sydenham Road", "London", "SE26 5EW", "GB")
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [  # a suburb no gazetteer lists is still the town where an address puts it
        (
            "Level 2, 41 Wattle Street\nKelvin Grove QLD 4059\nPh 07 5550 1234",
            ("41 Wattle Street", "Kelvin Grove", "QLD", "4059", "AU"),
        ),
        ("Find us: 7 Hay St, Subiaco WA 6008.", ("7 Hay St", "Subiaco", "WA", "6008", "AU")),
        (
            "410 Queen Street West, 3rd Floor\nLeslieville, ON M4M 1J5",
            ("410 Queen Street West, 3rd Floor", "Leslieville", "ON", "M4M 1J5", "CA"),
        ),
        (  # New Zealand's: a suburb between the street and the town, no region code
            "Level 2, 118 Tory Street\nTe Aro, Wellington 6011",
            ("118 Tory Street", "Wellington", None, "6011", None),
        ),
    ],
)
def test_australian_and_canadian_addresses(text: str, address: tuple[str, ...]) -> None:
    found = addresses_in_text(text)
    assert [(a.street, a.locality, a.region, a.postal_code, a.country) for a in found] == [address]


# Dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("March 3, 2025", "2025-03-03"),
        ("03/03/2025", "2025-03-03"),
        ("3 Mar 2025", "2025-03-03"),
        ("Reviewed in the United Kingdom on 8 April 2016", "2016-04-08"),
        ("2024-11-02T10:00:00Z", "2024-11-02"),
        ("3 weeks ago", "2025-05-11"),
        ("a month ago", "2025-05-01"),
        ("yesterday", "2025-05-31"),
        ("no date here", None),
    ],
)
def test_find_date(text: str, day: str | None) -> None:
    assert find_date(text, NOW) == day


def test_date_order_follows_region_and_dateparser_fallback() -> None:
    assert parse_date("04/05/2025", NOW, "GB") == "2025-05-04"
    assert parse_date("04/05/2025", NOW, "US") == "2025-04-05"
    assert parse_date("3 mars 2025", NOW, loose=True) == "2025-03-03"


# Credential claims


def test_claims_of_each_kind() -> None:
    text = (
        "Trained at the Scalp Micro Academy in 2016, completing 120 hours of training. "
        "Certified by the American Academy of Micropigmentation. Lic. #12345. "
        "Proud member of the Society of Permanent Cosmetic Professionals. "
        "Performing SMP since 2015. We are fully insured."
    )
    claims = {c.kind: c for c in find_claims(sentences(text), NOW)}
    assert set(claims) == set(CREDENTIAL_KINDS)
    assert (claims["training"].issuer, claims["training"].hours, claims["training"].year) == (
        "Scalp Micro Academy",
        120,
        2016,
    )
    assert claims["certification"].issuer == "American Academy of Micropigmentation"
    assert claims["licence"].licence_number == "12345"
    assert claims["membership"].issuer == "Society of Permanent Cosmetic Professionals"
    assert claims["experience"].years == 10
    assert claims["experience"].text == "Performing SMP since 2015."


@pytest.mark.parametrize(
    ("sentence", "kind", "years"),
    [
        ("Harbour Scalp is a member clinic of the Guild of Scalp Artists.", "membership", None),
        ("4,100+ SMP clients since 2014.", "experience", None),
        ("He joined us in 2019 after a decade as a barber.", "experience", 10),
        ("She completed the Harbour 150-hour residency in 2021.", "training", None),
        ("I have worked only on scalps since 2016.", "experience", 9),
        ("Member, Minnesota Body Art Association", "membership", None),
        ("Mere is a member of Pigment Artists Aotearoa.", "membership", None),
    ],
)
def test_claims_in_the_forms_small_businesses_write(
    sentence: str, kind: str, years: int | None
) -> None:
    found = [(c.kind, c.years) for c in find_claims([sentence], NOW)]
    assert (kind, years) in found


def test_a_state_that_licenses_is_the_issuer() -> None:
    claims = find_claims(["I'm licensed by the State of Florida (TA-0000001)."], NOW)
    assert [(c.kind, c.issuer, c.licence_number) for c in claims] == [
        ("licence", "State of Florida", "TA-0000001")
    ]


def test_a_badge_in_an_image_makes_a_claim() -> None:
    page = """<html><head><title>Home | Ridge Scalp</title></head><body><h1>Ridge Scalp</h1>
    <p>Natural hairlines in Austin.</p><div class="badges">
    <img src="seal.png" alt="Licensed Tattoo Studio – Texas DSHS License No. TS-12345"></div>
    </body></html>"""
    found = extract(page, "https://ridgescalp.example/", now=NOW)
    assert [(c.kind, c.licence_number) for c in found.practitioners[0].credentials] == [
        ("licence", "TS-12345")
    ]


def test_claims_skip_questions_advice_negations_and_longevity() -> None:
    text = (
        "Is your artist certified? Always make sure your practitioner is licensed. "
        "We are not insured. SMP lasts 4-6 years before a touch-up. Gift certificates "
        "available. We offer SMP training courses."
    )
    assert find_claims(sentences(text), NOW) == []


def test_article_prose_is_not_a_claim() -> None:
    """Sentences from an article about SMP, not a practitioner speaking of itself."""
    text = (
        "Since 2008, there has been a cultural change in the tattoo industry. "
        "A serious training program is required for scalp micropigmentation. "
        "It's not like a transplant clinic where a surgeon's licence might be revoked. "
        "Choose a fully qualified and experienced practitioner."
    )
    assert find_claims(sentences(text), NOW) == []


def test_keyword_stuffing_yields_one_claim() -> None:
    stuffed = " ".join(["Certified SMP artist."] * 50 + ["Certified by the SMP Institute."])
    claims = dedupe(find_claims(sentences(stuffed), NOW))
    assert [(c.kind, c.issuer) for c in claims] == [("certification", "SMP Institute")]


def test_claim_text_is_the_sentence_capped_at_300() -> None:
    long = "We love our clients and " * 20 + "we are certified by the SMP Institute " + "x " * 200
    claim = find_claims([long], NOW)[0]
    assert len(claim.text) <= 300
    assert "certified by the SMP Institute" in claim.text


def test_team_page_attributes_claims_to_each_artist(team_page: str) -> None:
    found = extract(team_page, "https://inkmasterssmp.example/team", now=NOW)
    by_name = {p.name: p for p in found.practitioners}
    assert set(by_name) == {"Ink Masters SMP", "Jane Doe", "Mark Smith"}
    jane, mark, clinic = by_name["Jane Doe"], by_name["Mark Smith"], by_name["Ink Masters SMP"]
    assert (jane.kind, jane.works_for) == ("artist", "Ink Masters SMP")
    assert [(c.kind, c.issuer, c.year) for c in jane.credentials] == [
        ("training", "Scalp Micro Academy", 2016)
    ]
    assert sorted(c.kind for c in mark.credentials) == ["experience", "membership"]
    assert [c.kind for c in clinic.credentials] == ["insurance"]
    assert clinic.telephone == "+12145550134"


def test_a_chain_artist_is_placed_in_the_town_their_section_names_most() -> None:
    page = """<html><head><title>Our Artists | Harbour Line Scalp</title></head><body>
    <h1>Our artists</h1>
    <div class="member"><h3>Maya Quinn</h3><p>Lead Artist · Halifax</p>
      <p>Maya trained in Montreal before she opened our Halifax studio in 2019.</p></div>
    <div class="member"><h3>Jordan Pell</h3><p>SMP Artist · Moncton</p>
      <p>Jordan joined the Moncton team in 2022 and works alongside Maya.</p></div>
    </body></html>"""
    found = extract(page, "https://harbourlinescalp.example/artists", now=NOW)
    towns = {
        p.name: p.address.locality if p.address else None
        for p in found.practitioners
        if p.kind == "artist"
    }
    assert towns == {"Maya Quinn": "Halifax", "Jordan Pell": "Moncton"}


def test_a_name_in_a_span_of_a_heading_has_the_whole_card() -> None:
    card = """<div class="col"><div class="para"><h3><span>{name}</span></h3></div>
      <div class="para"><p><span>{role}</span></p></div>
      <div class="para"><p><span>{bio}</span></p></div></div>"""
    page = "<html><head><title>Team | Ridge Scalp</title></head><body><h2>Our team</h2>{}{}"
    page = page.format(
        card.format(
            name="Ana Ruiz", role="Lead SMP Artist", bio="Ana trained for 150 hours in 2019."
        ),
        card.format(name="Rob Hale", role="Client Coordinator", bio="Rob keeps the diary running."),
    )
    found = extract(page + "</body></html>", "https://ridgescalp.example/team", now=NOW)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == ["Ana Ruiz"]


def test_a_chains_locations_on_one_page_stay_two() -> None:
    page = """<html><head><title>Locations | Harbour Line Scalp</title></head><body>
    <h1>Locations</h1><div class="row">
    <div class="col"><h2>Harbour Line Scalp &ndash; Halifax</h2>
      <address>1800 Argyle Street<br>Halifax, NS B3J 3N8</address><p>(902) 555-0141</p></div>
    <div class="col"><h2>Harbour Line Scalp &ndash; Moncton</h2>
      <address>720 Main Street<br>Moncton, NB E1C 1E4</address><p>(506) 555-0177</p></div>
    </div></body></html>"""
    found = extract(page, "https://harbourlinescalp.example/locations", now=NOW, country="CA")
    places = {
        (p.telephone, p.address.locality if p.address else None)
        for p in found.practitioners
        if p.kind == "clinic"
    }
    assert places == {("+19025550141", "Halifax"), ("+15065550177", "Moncton")}


def test_a_flat_team_section_gives_each_person_their_paragraphs() -> None:
    page = """<html><head><title>Wellington | Tui Scalp Studio</title></head><body>
    <h1>Wellington studio</h1><div class="content"><h2>Your Wellington artists</h2>
    <h3>Aroha Te Rangi — Studio Lead</h3>
    <p>Aroha completed 180 hours of SMP training at the Southern Pigment Academy in 2018.</p>
    <h3>Liam O'Connor — SMP Artist</h3>
    <p>Liam has eight years of experience as a tattoo artist.</p></div></body></html>"""
    found = extract(page, "https://tuiscalp.example/wellington", now=NOW)
    claims = {
        p.name: [c.kind for c in p.credentials] for p in found.practitioners if p.kind == "artist"
    }
    assert claims == {"Aroha Te Rangi": ["training"], "Liam O'Connor": ["experience"]}


def test_a_guest_author_is_not_on_the_team_and_holds_nothing_for_the_business() -> None:
    page = """<html><head><title>Laser or saline? | Gulfline Scalp</title></head><body>
    <article><h1>Laser or saline?</h1><p class="byline">By Dr. Ines Varga</p>
    <p>A guest post by Dr. Ines Varga, a board-certified dermatologist in Tampa.</p>
    <p>Saline lifts pigment as the skin heals.</p></article>
    <div class="author-box"><h4>Dr. Ines Varga, MD</h4>
    <p>Dr. Varga is a board-certified dermatologist with 15 years of experience.</p></div>
    </body></html>"""
    found = extract(page, "https://gulfline.example/blog/laser", now=NOW)
    assert [p.kind for p in found.practitioners] == ["clinic"]
    assert found.practitioners[0].credentials == []


def test_a_bio_page_is_its_persons_and_a_linked_mention_is_someone_elsewhere() -> None:
    """A bio page at /our-team/<name>/ is that person's, a given name no list holds
    ("Jarrah") notwithstanding; a name linked in a sentence to a website of its own is
    someone who works elsewhere."""
    page = (
        "<html><head><title>Jarrah Whitfield - Wattle Scalp</title>"
        '<meta property="og:site_name" content="Wattle Scalp"></head><body>'
        '<header><a href="/" class="logo"><img alt="Wattle Scalp" src="l.svg"></a></header>'
        "<h1>Jarrah Whitfield</h1><p class=lead>Founder &amp; Lead SMP Artist</p>"
        "<p>Jarrah completed 120 hours of SMP training at the Southern Cross Academy in 2017."
        "</p><p>He also mentors a few artists each year, including Hobart-based"
        ' <a href="https://tamsinkerr.example/">Tamsin Kerr</a>.</p>'
        "<footer>© 2026 Wattle Scalp Pty Ltd</footer></body></html>"
    )
    found = extract(page, "https://wattle.example/team/jarrah-whitfield/", now=NOW)
    artists = [p for p in found.practitioners if p.kind == "artist"]
    assert [a.name for a in artists] == ["Jarrah Whitfield"]
    assert [c.holder for c in artists[0].credentials] == ["Jarrah Whitfield"]


def test_the_one_the_prose_says_founded_the_business_is_its_artist() -> None:
    page = (
        "<html><head><title>About Kai – Valley Isle Scalp</title></head><body>"
        "<header><a class=logo href='/'>Valley Isle Scalp</a></header><h1>Meet Kai</h1>"
        "<p>Born and raised in Wailuku, Kai Medeiros founded Valley Isle Scalp in 2023 to"
        " bring scalp micropigmentation to Maui.</p><p>Kai is a licensed tattoo artist with"
        " over 8 years of experience.</p><p>He once opened a surf shop, long ago.</p>"
        "<footer>© 2026 Valley Isle Scalp. All rights reserved.</footer></body></html>"
    )
    found = extract(page, "https://valleyisle.example/about/", now=NOW)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == ["Kai Medeiros"]
    assert {c.holder for c in found.practitioners[0].credentials} == {"Kai Medeiros"}


def test_a_listing_gives_the_practitioners_own_website() -> None:
    page = """<html><head><title>Gulfline Scalp | SMP Finder</title></head><body>
    <nav><a href="https://facebook.com/smpfinder">Facebook</a></nav>
    <h1>Gulfline Scalp</h1><dl><dt>Phone</dt><dd>(813) 555-0177</dd>
    <dt>Website</dt><dd><a href="https://gulfline.example/">gulfline.example</a></dd></dl>
    <p>Hairline and density work in Tampa, FL.</p></body></html>"""
    found = extract(page, "https://smpfinder.example/listing/gulfline", now=NOW, own_site=False)
    assert found.practitioners[0].website == "https://gulfline.example/"


@pytest.mark.parametrize("name", ["Harpreet Sandhu", "Mateo Villanueva", "Gráinne Doherty"])
def test_given_names_of_many_countries_are_names(name: str) -> None:
    page = f"""<html><head><title>About | Ridge Scalp</title></head><body><h1>Our story</h1>
    <p>{name} founded Ridge Scalp in 2020 after years as a tattoo artist.</p>
    <p>She completed 150 hours of SMP training at the Pacific Scalp Academy.</p></body></html>"""
    found = extract(page, "https://ridgescalp.example/about", now=NOW)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == [name]


def test_structured_person_with_credential_and_employer() -> None:
    page = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "Person", "name": "Jane Doe", "jobTitle": "SMP artist",
      "worksFor": {"@type": "BeautySalon", "name": "Ink Masters SMP"},
      "hasCredential": {"@type": "EducationalOccupationalCredential",
        "credentialCategory": "license", "identifier": "NBL-40213",
        "recognizedBy": {"@type": "GovernmentOrganization", "name": "Texas DSHS"}},
      "memberOf": {"@type": "Organization", "name": "SMP Association"}}</script>"""
    found = extract(page, URL)
    people = {p.name: p for p in found.practitioners}
    jane = people["Jane Doe"]
    assert (jane.kind, jane.works_for) == ("artist", "Ink Masters SMP")
    assert [(c.kind, c.issuer, c.licence_number) for c in jane.credentials] == [
        ("licence", "Texas DSHS", "NBL-40213"),
        ("membership", "SMP Association", None),
    ]
    assert people["Ink Masters SMP"].kind == "clinic"
    assert "SMP Association" not in people  # a membership, not a practitioner


# Services


@pytest.mark.parametrize(
    ("text", "services"),
    [
        ("We do not offer laser removal.", []),
        ("Laser removal is not offered here.", []),
        ("Non-laser removal with saline.", ["removal-saline"]),
        ("Unlike laser removal, the UNDO method is gentle.", ["removal-undo"]),
        ("We offer laser tattoo removal.", ["removal-laser"]),
        (
            "SMP for women with alopecia and FUE scars.",
            ["smp", "scar-camouflage", "alopecia", "female"],
        ),
        ("Fixing bad SMP from other clinics.", ["smp", "correction"]),
    ],
)
def test_services(text: str, services: list[str]) -> None:
    assert services_in([text]) == services


def test_smp_in_the_site_name_counts() -> None:
    assert services_in(["Book a consultation"], ["Dallas SMP Studio"]) == ["smp"]


# Selector overrides


def test_listing_with_css_selectors(listing_page: str) -> None:
    selectors = {
        "listing": "div.card",
        "name": "h3.n",
        "url": "a.more",
        "website": "a.site",
        "telephone": ".ph",
        "locality": ".city",
        "region": ".st",
        "rating": ".stars",
        "review": "div.rev",
        "review_author": "b",
        "review_date": "i",
        "review_rating": ".score",
    }
    found = extract(listing_page, "https://dir.example/tx", selectors=selectors, now=NOW)
    ink, austin = found.practitioners
    assert (ink.name, ink.url, ink.website) == (
        "Ink Masters SMP",
        "https://dir.example/artist/ink-masters",
        "https://inkmasters.example",
    )
    assert (ink.telephone, ink.address.locality, ink.address.region) == (  # type: ignore[union-attr]
        "+12145550134",
        "Dallas",
        "TX",
    )
    assert ink.rating is not None and (ink.rating.value, ink.rating.count) == (4.8, 32)
    assert [c.issuer for c in ink.credentials] == ["American Academy of Micropigmentation"]
    assert austin.rating is not None and austin.rating.value == 4.5
    assert [(r.author, r.date, r.rating, r.body) for r in found.reviews] == [
        ("Mike T.", "2025-03-03", 5.0, "Great work, natural hairline.")
    ]


def test_listing_with_xpath_selectors(listing_page: str) -> None:
    selectors = {
        "listing": "//div[@class='card']",
        "name": "//h3",
        "url": "//a[@class='more']/@href",
        "telephone": "//span[@class='ph']/text()",
    }
    found = extract(listing_page, "https://dir.example/tx", selectors=selectors)
    assert [(p.name, p.url, p.telephone) for p in found.practitioners] == [
        ("Ink Masters SMP", "https://dir.example/artist/ink-masters", "+12145550134"),
        ("Austin Hair Ink", "https://dir.example/artist/austin-hair-ink", "+15125550199"),
    ]


def test_page_field_override_beats_heuristics(team_page: str) -> None:
    found = extract(team_page, URL, selectors={"name": "footer", "telephone": "//h1"})
    clinic = found.practitioners[0]
    assert clinic.name.startswith("© 2025 Ink Masters SMP")
    assert clinic.telephone is None  # the h1 holds no number


def test_bad_selector_is_logged_not_raised(
    listing_page: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        found = extract(listing_page, URL, selectors={"listing": "div[[", "name": "h3"})
    assert found.practitioners == []
    assert "bad selector" in caplog.text


# Registries


def test_registry_table() -> None:
    page = """<table><thead><tr><th>Licensee Name</th><th>License #</th>
      <th>Business Name</th><th>City</th><th>State</th><th>Status</th><th>Expires</th>
      </tr></thead><tbody>
      <tr><td>Jane Doe</td><td>NBL-40213</td><td>Ink Masters SMP</td><td>Dallas</td>
        <td>TX</td><td>Active</td><td>01/31/2026</td></tr>
      <tr><td>John Roe</td><td>NBL-11111</td><td></td><td>Austin</td><td>TX</td>
        <td>Lapsed</td><td>March 3, 2023</td></tr></tbody></table>"""
    jane, john = extract_registry(page, URL, issuer="Texas DSHS", credential="licence")
    assert (jane.name, jane.licence_number, jane.business, jane.locality, jane.region) == (
        "Jane Doe",
        "NBL-40213",
        "Ink Masters SMP",
        "Dallas",
        "TX",
    )
    assert (jane.status, jane.valid_until, jane.issuer, jane.credential) == (
        "active",
        "2026-01-31",
        "Texas DSHS",
        "licence",
    )
    assert jane.text == "Jane Doe | NBL-40213 | Ink Masters SMP | Dallas | TX | Active | 01/31/2026"
    assert (john.status, john.valid_until, john.business) == ("expired", "2023-03-03", None)


def test_registry_list_and_row_selector() -> None:
    page = """<nav><ul><li>Home Page</li><li>About Us</li></ul></nav>
      <ul><li>Jane Doe - SMP Fundamentals, 120 hours (2019)</li>
      <li>Mark Smith - Advanced SMP, 40 hours (2021)</li></ul>"""
    entries = extract_registry(page, URL, issuer="SMP Academy", credential="training", now=NOW)
    assert [(e.name, e.hours, e.year) for e in entries] == [
        ("Jane Doe", 120, 2019),
        ("Mark Smith", 40, 2021),
    ]
    rows = extract_registry(
        page,
        URL,
        issuer="SMP Academy",
        credential="training",
        selectors={"row": "ul:not(nav ul) li"},
        now=NOW,
    )
    assert [e.name for e in rows] == ["Jane Doe", "Mark Smith"]


def test_registry_cards_labelled_by_class_words() -> None:
    card = """<div role="listitem" class="grad-item w-dyn-item">
      <div class="grad-name">{name}</div><div class="grad-city">{city}</div>
      <div class="grad-level">Advanced Certification</div><div class="grad-hours">300 hours</div>
      <div class="grad-year">{year}</div><div class="grad-status{extra}">{status}</div></div>"""
    page = '<nav><div class="menu-item">Home</div><div class="menu-item">About</div></nav>'
    page += (
        '<div role="list" class="grad-list w-dyn-items">'
        + "".join(
            card.format(name=n, city=c, year=y, status=st, extra=x)
            for n, c, y, st, x in (
                ("Nadia Kowalski", "Portland, ME, USA", 2016, "Certified", ""),
                ("Lewis Hartley", "Bristol, United Kingdom", 2017, "Withdrawn (2022)", " is-out"),
            )
        )
        + "</div>"
    )
    entries = extract_registry(page, URL, issuer="Keystone", credential="certification", now=NOW)
    assert [(e.name, e.locality, e.region, e.hours, e.year, e.status) for e in entries] == [
        ("Nadia Kowalski", "Portland", "ME", 300, 2016, "active"),
        ("Lewis Hartley", "Bristol", None, 300, 2017, "revoked"),
    ]


def test_registry_cards_of_terms_and_labelled_lines() -> None:
    card = """<article class="member-card member-card--{state}">
      <h2 class="member-card__name">{name}</h2><dl class="member-card__details">
      <dt>Grade</dt><dd>Full Member</dd><dt>Membership no.</dt><dd>{number}</dd>
      <dt>Practice</dt><dd>{practice}</dd><dt>Town</dt><dd>Glasgow</dd>
      <dt>Status</dt><dd class="status">{state}</dd></dl></article>"""
    page = (
        "<main>"
        + card.format(
            state="current", name="Ross McAllister", number="GSPP-0412", practice="Northline"
        )
        + card.format(state="suspended", name="Priya Ramsaroop", number="GSPP-0915", practice="—")
    )
    page += """<section class="row"><p>Name: Ann Lee</p><p>Status: Lapsed</p></section>
      <section class="row"><p>Name: Bo Chan</p><p>Status: Active</p></section></main>"""
    entries = extract_registry(page, URL, issuer="Guild", credential="membership", now=NOW)
    assert [(e.name, e.licence_number, e.business, e.locality, e.status) for e in entries] == [
        ("Ross McAllister", "GSPP-0412", "Northline", "Glasgow", "active"),
        ("Priya Ramsaroop", "GSPP-0915", None, "Glasgow", "suspended"),
        ("Ann Lee", None, None, None, "expired"),
        ("Bo Chan", None, None, None, "active"),
    ]


def test_an_own_sites_graduate_list_is_read_once_as_its_academys_register() -> None:
    page = """<html><head><title>Certified Graduates | Liffey Scalp Studio</title></head><body>
      <h1>Liffey SMP Academy – Certified Graduates</h1>
      <p>Everyone below completed a Liffey SMP Academy course.</p><table>
      <tr><th>Name</th><th>Based in</th><th>Course</th><th>Year</th><th>Status</th></tr>
      <tr><td>Niamh Doherty</td><td>Cork</td><td>Advanced (90 hrs)</td><td>2021</td>
        <td>Certified</td></tr>
      <tr><td>Declan Murphy</td><td>Cork</td><td>Foundation</td><td>2016</td>
        <td>Foundation only – not certified to treat</td></tr></table></body></html>"""
    found, rows = read_page(page, URL, now=NOW)
    assert [(r.name, r.issuer, r.credential, r.status) for r in rows] == [
        ("Niamh Doherty", "Liffey SMP Academy", "certification", "active"),
        ("Declan Murphy", "Liffey SMP Academy", "certification", "expired"),
    ]
    assert all(not p.credentials for p in found.practitioners)
    assert read_page(page, URL, now=NOW, own_site=False)[1] == []


def test_registry_aria_table_of_a_no_code_builder() -> None:
    row = (
        '<div class="sw-table-row" role="row"><div role="cell">{n}</div><div role="cell">{b}'
        '</div><div role="cell">{town}</div><div role="cell">{no}</div><div role="cell">'
        '<span class="sw-badge">{st}</span></div></div>'
    )
    page = (
        '<div class="sw-table" role="table"><div class="sw-table-row" role="row">'
        + "".join(
            f'<div role="columnheader">{h}</div>'
            for h in ("Name", "Business", "Location", "Member no.", "Status")
        )
        + "</div>"
        + row.format(n="Gareth Penrose", b="The Hairline Clinic", town="Exeter, UK",
                     no="SPG-0047", st="Active")
        + row.format(n="Marcus Delgado", b="Summit Follicle Studio", town="Denver, CO, USA",
                     no="SPG-0112", st="Suspended")
        + "</div>"
    )  # fmt: skip
    entries = extract_registry(page, URL, issuer="Guild", credential="membership", now=NOW)
    assert [(e.name, e.business, e.locality, e.region, e.licence_number, e.status)
            for e in entries] == [
        ("Gareth Penrose", "The Hairline Clinic", "Exeter", None, "SPG-0047", "active"),
        ("Marcus Delgado", "Summit Follicle Studio", "Denver", "CO", "SPG-0112", "suspended"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("headings", "register"),
    [
        (["Liffey SMP Academy – Certified Graduates"], ("Liffey SMP Academy", "certification")),
        (["Graduate register | Keystone Institute"], ("Keystone Institute", "training")),
        (["Graduates of the Scenic City SMP Academy"], ("Scenic City SMP Academy", "training")),
        (["Meet our certified artists", "Our team | Ink Studio"], None),
        (["Academy courses | Liffey SMP Academy"], None),
    ],
)
def test_a_page_that_publishes_a_bodys_register(headings, register) -> None:
    assert published_register(headings) == register


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Licensee Name", "name"),
        ("Lic. No.", "licence_number"),
        ("Licence Number", "licence_number"),
        ("Studio", "business"),
        ("Expiration Date", "valid_until"),
        ("Valid until", "valid_until"),
        ("Member since", "member_since"),
        ("Course hours", "hours"),
        ("License Status", "status"),
        ("Town", "locality"),
        ("Colour", None),
    ],
)
def test_registry_headers(header: str, field: str | None) -> None:
    assert header_field(header) == field


def test_registry_status_words() -> None:
    assert [
        status(s)
        for s in (
            "Active",
            "In good standing",
            "SUSPENDED",
            "Lapsed",
            "Revoked 2023",
            "Not active",
            "pending",
        )
    ] == ["active", "active", "suspended", "expired", "revoked", "expired", None]


# Bad input never raises


@pytest.mark.parametrize(
    "body",
    [
        b"",
        "",
        b"\x00\x01\x02\xff\xfe" * 100,
        bytes(random.Random(7).randrange(256) for _ in range(20_000)),
        b"<html><body><p>unclosed <div><table><tr><td>cell",
        b"<?xml version='1.0' encoding='utf-8'?><html><body>ok</body></html>",
        b'<script type="application/ld+json">{"@type": "LocalBusiness", "name": </script>',
    ],
)
def test_bad_input_returns_an_extraction(body: bytes | str) -> None:
    found = extract(body, URL)
    assert found.url == URL
    assert isinstance(found.to_json()["practitioners"], list)


def test_non_utf8_with_and_without_declared_charset() -> None:
    declared = '<meta charset="windows-1252"><title>Café “Ink” | SMP</title>'.encode("cp1252")
    assert Document(declared, URL).title == "Café “Ink” | SMP"
    page = "<title>Café Ink</title><p>Certified by the Académie de Pigmentation. </p>"
    for body, encoding in ((page.encode("cp1252"), None), (page.encode("latin-1"), "latin-1")):
        found = extract(body, URL, encoding=encoding)
        assert found.practitioners[0].name == "Café Ink"
        assert found.practitioners[0].credentials[0].issuer == "Académie de Pigmentation"


def test_registry_never_raises() -> None:
    for body in (b"", b"\xff\x00\xfe" * 50, "<table><tr><th>Name</th></tr>"):
        assert extract_registry(body, URL, issuer="X", credential="licence") == []


def test_broken_jsonld_is_skipped_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    page = """<script type="application/ld+json">{"@type": "LocalBusiness", "name": </script>
      <script type="application/ld+json">{"@type": "LocalBusiness", "name": "Ink SMP",
        // a comment
        "telephone": "214-555-0134",}</script>"""
    with caplog.at_level(logging.WARNING, logger="crawler.extraction"):
        found = extract(page, URL)
    assert [(p.name, p.telephone) for p in found.practitioners] == [("Ink SMP", "+12145550134")]
    assert "broken JSON-LD" in caplog.text


def test_huge_page_is_handled_quickly() -> None:
    filler = "<div><p>Scalp micropigmentation consultation and aftercare. </p></div>" * 75_000
    page = f"<html><body><h1>Big SMP</h1>{filler}<p>Call (214) 555-0134.</p></body></html>"
    assert len(page) > 5_000_000
    start = time.perf_counter()
    found = extract(page, URL)
    assert time.perf_counter() - start < 30
    assert found.practitioners[0].telephone == "+12145550134"


# Several syntaxes, one practitioner


def test_same_business_in_jsonld_and_microdata_is_merged() -> None:
    page = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "LocalBusiness", "name": "Ink Masters SMP", "telephone": "214-555-0134"}</script>
      <div itemscope itemtype="https://schema.org/BeautySalon">
        <span itemprop="name">Ink Masters SMP</span>
        <span itemprop="email">hello@inkmasters.example</span></div>"""
    found = extract(page, URL)
    assert [(p.name, p.telephone, p.email) for p in found.practitioners] == [
        ("Ink Masters SMP", "+12145550134", "hello@inkmasters.example")
    ]


def test_rdfa_and_microformats() -> None:
    page = """<div vocab="https://schema.org/" typeof="TattooParlor">
        <span property="name">Ink RDFa</span>
        <div property="aggregateRating" typeof="AggregateRating">
          <span property="ratingValue">4</span> of <span property="bestRating">5</span>,
          <span property="ratingCount">12</span> ratings</div></div>
      <div class="h-card"><span class="p-name">Mf Studio</span>
        <span class="p-tel">(214) 555-0134</span>
        <span class="p-locality">Dallas</span></div>
      <div class="h-review"><span class="p-rating">4</span> of <span class="p-best">5</span>
        <span class="p-author h-card">Ann</span><time class="dt-published"
        datetime="2024-02-01">Feb 1</time><p class="e-content">Lovely natural result.</p></div>"""
    found = extract(page, URL)
    by_name = {p.name: p for p in found.practitioners}
    assert by_name["Ink RDFa"].rating is not None
    assert (by_name["Ink RDFa"].rating.value, by_name["Ink RDFa"].rating.count) == (4.0, 12)
    assert by_name["Mf Studio"].telephone == "+12145550134"
    assert by_name["Mf Studio"].address is not None
    assert by_name["Mf Studio"].address.locality == "Dallas"
    assert [(r.author, r.rating, r.date, r.body) for r in found.reviews] == [
        ("Ann", 4.0, "2024-02-01", "Lovely natural result.")
    ]


# Names from plain HTML


@pytest.mark.parametrize(
    ("head", "footer", "url", "name"),
    [
        ('<meta property="og:site_name" content="Ink SMP">', "", URL, "Ink SMP"),
        (
            "<title>Home | Scalp Micropigmentation Dallas | Ink Masters SMP</title>",
            "",
            "https://inkmasterssmp.example/",
            "Ink Masters SMP",
        ),
        (
            "<title>Ink Masters SMP – Natural hairlines</title>",
            "",
            "https://a.example/",
            "Ink Masters SMP",
        ),
        (
            "<title>Welcome</title>",
            "© 2025 Certified Hair Studio. All rights reserved.",
            "https://b.example/",
            "Certified Hair Studio",
        ),
    ],
)
def test_page_name(head: str, footer: str, url: str, name: str) -> None:
    page = (
        f"<html><head>{head}</head><body><p>We are certified.</p>"
        f"<footer>{footer}</footer></body></html>"
    )
    assert extract(page, url).practitioners[0].name == name


@pytest.mark.parametrize(
    ("listed", "name", "place"),
    [
        ("Harbour Scalp – Fortitude Valley, Brisbane", "Harbour Scalp", "Fortitude Valley"),
        ("Harbour Scalp – Orlando / College Park", "Harbour Scalp", "Orlando"),
        ("Harbour Scalp – Dallas (Deep Ellum)", "Harbour Scalp", "Dallas"),
        ("Harbour Scalp, Fort Collins", "Harbour Scalp", "Fort Collins"),
        ("Harbour Scalp (Colorado Springs)", "Harbour Scalp", "Colorado Springs"),
        ("Harbour Scalp, Subiaco WA", "Harbour Scalp", "Subiaco"),
    ],
)
def test_a_listings_name_and_the_place_it_adds(listed: str, name: str, place: str) -> None:
    assert split_place(listed) == (name, place)


def test_a_review_cards_star_image_gives_its_rating() -> None:
    card = """<article class="review-card"><header><span class="review-card__author">{who}</span>
      </header><div class="review-card__rating"><img src="stars.svg" alt="{n} out of 5 stars">
      </div><p class="review-card__date">Feb 18, 2025</p>
      <div class="review-card__body"><p>{body}</p></div></article>"""
    page = "<html><head><title>Ridge Scalp reviews | Scalp Says</title></head><body><h1>Ridge"
    page += " Scalp</h1><section>{}{}</section></body></html>".format(
        card.format(who="Jordan F.", n=5, body="Explained everything and never rushed me."),
        card.format(who="Wes", n=3, body="Good work, though the hairline is a little low."),
    )
    found = extract(page, "https://scalpsays.example/biz/ridge", now=NOW, own_site=False)
    assert [(r.author, r.rating) for r in found.reviews] == [("Jordan F.", 5.0), ("Wes", 3.0)]
    loose = page.replace('<div class="review-card__rating">', "<div>")  # no rating class
    found = extract(loose, "https://scalpsays.example/biz/ridge", now=NOW, own_site=False)
    assert [r.rating for r in found.reviews] == [5.0, 3.0]


def test_a_national_number_is_read_in_the_country_of_the_pages_address() -> None:
    page = """<html><head><title>Harbour Scalp | SMP Finder</title></head><body>
    <h1>Harbour Scalp</h1><table><tr><th>Address</th><td>7 Hay Street, Subiaco WA 6008</td></tr>
    <tr><th>Phone</th><td>08 5550 1234</td></tr></table>
    <p>Hairline and density work, by appointment.</p></body></html>"""
    found = extract(page, "https://smpfinder.example/listing/harbour", now=NOW, own_site=False)
    assert found.practitioners[0].telephone == "+61855501234"


def test_post_nominals_and_titled_names_belong_to_their_person() -> None:
    texts = [
        "MBBS · FRACGP · Dip. Aesthetic Medicine (AAAM)",
        "Dr Ana Lowe is a practising General Practitioner and Cosmetic Physician.",
        "Our clinics are led by the renowned Dr. Ravi Mehta, ABIM, FCCP, SCCM.",
        "Our nurse trained under Dr. Ravi Mehta for two years.",
    ]
    held = [(c.kind, c.holder) for c in claims_with_holders(texts, [], NOW)]
    assert held[:2] == [("certification", "Dr Ana Lowe"), ("certification", "Dr. Ravi Mehta")]
    assert ("training", "Dr. Ravi Mehta") not in held[2:]


def test_a_listings_people_field_and_a_surname_that_is_a_word() -> None:
    page = """<html><head><title>Harbour Scalp | SMP Finder</title></head><body>
    <h1>Harbour Scalp</h1><dl><dt>Artist(s)</dt><dd>Dana Kessler and Wendell Price</dd>
    <dt>Telephone</dt><dd>(908) 555-0164</dd></dl>
    <p>Wendell Price has practiced scalp micropigmentation since 2015.</p></body></html>"""
    found = extract(page, "https://smpfinder.example/listing/harbour", now=NOW, own_site=False)
    artists = sorted(p.name for p in found.practitioners if p.kind == "artist")
    assert artists == ["Dana Kessler", "Wendell Price"]


def test_a_cofounder_who_runs_operations_and_a_street_are_not_artists() -> None:
    card = '<div class="card"><h3>{}</h3><p>{}</p><p>{}</p></div>'
    page = "<html><head><title>Team | Ridge Scalp</title></head><body><h2>Our team</h2>"
    page += card.format("Ana Ruiz", "Co-founder & Lead Artist", "Ana trained for 150 hours.")
    page += card.format("Lauren Price", "Co-founder & Operations", "Lauren runs the diary.")
    page += "<p>Find us at</p><p>Pearl Street</p></body></html>"
    found = extract(page, "https://ridgescalp.example/team", now=NOW)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == ["Ana Ruiz"]


@pytest.mark.parametrize("label", ["ISO Certified Facility", "Registered Training Centre"])
def test_a_badge_label_is_not_a_persons_name(label: str) -> None:
    assert person_name(label) is None


def test_a_labelled_number_in_a_range_set_aside_for_fiction_is_read() -> None:
    assert phones_in_text("Phone: 01632 960214", "GB") == ["+441632960214"]
    assert phones_in_text("Order 01632 960214", "GB") == []


def test_a_page_with_a_uk_address_reads_its_dates_day_first() -> None:
    page = """<html><head><title>Birch Scalp Art | Scalp Verdict</title></head><body>
    <h1>Birch Scalp Art</h1><p>12 Friar Gate, Derby DE1 1BX</p>
    <div class="review"><span class="author">Sam</span> <span class="date">04/12/2025</span>
    <span class="rating">5/5</span><p>Callan explained everything and never rushed me.</p></div>
    <div class="review"><span class="author">Jo</span> <span class="date">11/03/2025</span>
    <span class="rating">4/5</span><p>Neat work on my crown and a calm, clean studio.</p></div>
    </body></html>"""
    found = extract(page, "https://scalpverdict.example/biz/birch", now=NOW, own_site=False)
    assert [r.date for r in found.reviews] == ["2025-12-04", "2025-03-11"]


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("15/02/2025 and 12/04/2025", "DMY"),
        ("02/15/2025 and 04/12/2025", "MDY"),
        ("04/12/2025 only", None),
    ],
)
def test_a_pages_dates_show_their_order(text: str, order: str | None) -> None:
    assert page_order(text) == order


def test_a_footers_location_cards_beside_opening_hours_and_a_town_heading() -> None:
    footer = """<div class="row"><div class="w"><h4>Ridge Derby</h4><p>27 Friar Gate, Derby
      DE1 1BX</p><p>Tel. 01632 960 214</p></div><div class="w"><h4>Ridge Sheffield</h4>
      <p>112 Arundel Street, Sheffield S1 4RE</p><p>Tel. (01632) 960388</p></div>
      <div class="w"><h4>Opening hours</h4><p>Tue–Sat. Consultations take 45 minutes.</p></div>
      </div>"""
    page = f"""<html><head><title>Team | Ridge Scalp</title></head><body><h1>Our team</h1>
    <h2>Sheffield</h2><h3>Priya Sandhu</h3><p>SMP Artist</p>
    <p>Priya completed 120 hours of SMP training in 2019 and runs the Sheffield diary.</p>
    <footer>{footer}</footer></body></html>"""
    found = extract(page, "https://ridgescalp.example/team", now=NOW, country="GB")
    clinics = {(p.telephone, p.address.locality) for p in found.practitioners if p.kind == "clinic"}
    assert clinics == {("+441632960214", "Derby"), ("+441632960388", "Sheffield")}
    artists = [(p.name, p.address.locality) for p in found.practitioners if p.kind == "artist"]
    assert artists == [("Priya Sandhu", "Sheffield")]


def test_the_last_page_of_a_directory_table_lists_and_is_no_practitioner() -> None:
    page = """<html><head><title>SMP Directory - Page 3 - Hair Help</title></head><body>
    <h1>SMP practitioners</h1><table><thead><tr><th>Business</th><th>Town</th><th>Phone</th>
    </tr></thead><tbody>
    <tr><td><a href="/listing/ridge">Ridge Scalp Studio</a></td><td>Dayton, OH</td>
    <td>(937) 555-0144</td></tr>
    <tr><td><a href="/listing/tui">Tui Scalp Company</a></td><td>Wellington, NZ</td>
    <td>04 555 0187</td></tr></tbody></table></body></html>"""
    found = extract(page, "https://hairhelp.example/smp/page3.html", now=NOW, own_site=False)
    assert found.practitioners == []


def test_a_team_member_who_does_not_do_the_work_is_not_an_artist() -> None:
    card = '<div class="card"><h3>{}</h3><p>{}</p><p>{}</p></div>'
    page = "<html><head><title>Team | Ridge Scalp</title></head><body><h2>Our team</h2>"
    page += card.format("Ana Ruiz", "Lead SMP Artist", "Ana trained for 150 hours in 2019.")
    page += card.format(
        "Dr. Simone Archer, MD",
        "Consulting Dermatologist",
        "She does not perform SMP herself; she reviews scalp health and refers on.",
    )
    found = extract(page + "</body></html>", "https://ridgescalp.example/team", now=NOW)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("230 Mare Street, London, England E8 3SF", "London", "England"),
        ("12 High Street, Leeds, West Yorkshire LS1 4AB", "Leeds", "West Yorkshire"),
    ],
)
def test_a_uk_address_with_its_nation_or_county_before_the_postcode(
    text: str, town: str, region: str
) -> None:
    found = addresses_in_text(text)
    assert [(a.locality, a.region) for a in found] == [(town, region)]


def test_a_pages_own_address_beats_its_templates_language_tag_for_numbers() -> None:
    page = """<html lang="en-GB"><head><title>Harbour Scalp | SMP Pros</title></head><body>
    <h1>Harbour Scalp</h1><table><tr><th>Address</th><td>820 Davis St, Evanston, IL 60201</td>
    </tr><tr><th>Telephone</th><td>(847) 555-0142</td></tr></table>
    <p>Hairline and density work, by appointment.</p></body></html>"""
    found = extract(page, "https://smppros.example/pro/harbour", now=NOW, own_site=False)
    assert found.practitioners[0].telephone == "+18475550142"


def test_stars_named_for_a_screen_reader_give_the_rating() -> None:
    stars = '<svg viewBox="0 0 20 20"><path d="M10 1z"/></svg>' * 4
    item = (
        '<li class="feed-item"><div><span class="rating" role="img" aria-label="Rated {n} out of'
        ' 5">{stars}</span> <span class="feed-item__author">{who}</span></div>'
        '<p class="feed-item__date"><time datetime="2025-05-{d}">1 month ago</time></p>'
        '<p class="feed-item__text">{body}</p></li>'
    )
    rows = [
        ("4", "Gabe M.", "02", "Answered every question I had about pigment and depth."),
        ("2", "Hector R.", "09", "The hairline came out far too low and straight for my age."),
        ("5", "Chris A.", "16", "Great result, though he was running forty minutes late."),
    ]
    page = '<ol class="feed">' + "".join(
        item.format(n=n, stars=stars, who=who, d=d, body=body) for n, who, d, body in rows
    )
    found = extract(page + "</ol>", URL, now=NOW).reviews
    assert [(r.author, r.rating, r.date) for r in found] == [
        ("Gabe M.", 4.0, "2025-05-02"),
        ("Hector R.", 2.0, "2025-05-09"),
        ("Chris A.", 5.0, "2025-05-16"),
    ]


def test_a_testimonial_byline_in_its_caption_is_not_an_artist() -> None:
    quote = (
        '<figure class="slide"><blockquote><p>“{body}”</p></blockquote><figcaption>'
        '<span class="font-semibold">{who}</span> <span>— Houston</span></figcaption></figure>'
    )
    page = (
        "<h1>Caliche Scalp Co.</h1><p>SMP in Houston. Call (713) 555-0128.</p>"
        + quote.format(body="Clean studio, fair price, and aftercare reminders.", who="Brandon S.")
        + quote.format(
            body="Booked after two years of thinking about it, no regrets.", who="Jamal W."
        )
    )
    found = extract(page, URL, now=NOW)
    assert [r.author for r in found.reviews] == ["Brandon S.", "Jamal W."]
    assert [p.kind for p in found.practitioners] == ["clinic"]


def test_team_members_who_do_not_do_the_work_are_not_artists() -> None:
    page = (
        "<h1>Magnolia Hairline Studio</h1><p>Call (404) 555-0147.</p>"
        "<p>Celeste Ward founded the studio in 2016 after 150 hours of SMP training.</p>"
        "<p>Naomi Frazier, our consulting trichologist, sees anyone whose hair loss has not been"
        " looked at before we book treatment.</p>"
    )
    names = [p.name for p in extract(page, URL, now=NOW).practitioners if p.kind == "artist"]
    assert names == ["Celeste Ward"]


def test_a_city_tag_on_a_team_card_is_not_a_person() -> None:
    card = (
        '<li class="card"><span class="badge">{town}</span><h3>{name}</h3><p class="role">'
        "{role}</p><p>{bio}</p></li>"
    )
    page = (
        "<h1>The team</h1><ul>"
        + card.format(
            town="Austin",
            name="Marisol Vega",
            role="Senior SMP Artist",
            bio="Eight years of SMP experience.",
        )
        + card.format(
            town="Houston",
            name="Kendra Ellis",
            role="SMP Artist",
            bio="Kendra joined the Houston studio in 2024 after a year-long apprenticeship.",
        )
        + card.format(
            town="Houston",
            name="Luis Ortega",
            role="Studio Manager",
            bio="Luis keeps the Houston studio running.",
        )
        + "</ul>"
    )
    artists = [p.name for p in extract(page, URL, now=NOW).practitioners if p.kind == "artist"]
    assert sorted(artists) == ["Kendra Ellis", "Marisol Vega"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Carrow Institute Master Scalp Pigmentation program (150 hours), 2016", "training"),
        ("We carry $2 million in professional liability coverage.", "insurance"),
        (
            "The clinic holds a Personal Service Establishment permit from the health authority.",
            "licence",
        ),
    ],
)
def test_claims_as_lists_and_footers_write_them(text: str, kind: str) -> None:
    assert [c.kind for c in find_claims([text], NOW)] == [kind]


def test_a_profile_on_a_booking_platform_is_named_for_its_business() -> None:
    from crawler.extraction.brand import choose, page_clues
    from index.sites import profile_of

    page = (
        "<html><head><title>Ray Delgado SMP - San Antonio, TX | Book Online | Vellabook</title>"
        '</head><body><header><a href="/" class="logo"><img alt="Vellabook home" src="l.svg">'
        "</a></header><h1>Ray Delgado SMP</h1><footer>© 2025 Vellabook, Inc.</footer></body></html>"
    )
    url = "https://vellabook.example/pros/ray-delgado-smp.html"
    clues = page_clues(Document(page, url))
    assert profile_of([["pros", "ray-delgado-smp.html"]]) == "ray-delgado-smp"
    assert profile_of([["index.html"], ["about", "index.html"]]) == ""
    assert "Vellabook" in choose([clues], "vellabook.example").name  # the platform's pages
    chosen = choose([clues], "vellabook.example", profile="ray-delgado-smp")
    assert chosen.name == "Ray Delgado SMP"
    assert "profile's address" in chosen.reason


def test_a_byline_in_a_posts_title_names_its_writer_without_the_by() -> None:
    from crawler.extraction.brand import page_clues

    page = (
        "<html><head><title>What six years taught me | by Nell Ashby | Quillpost</title>"
        "</head><body><h1>What six years taught me</h1></body></html>"
    )
    clues = page_clues(Document(page, "https://quillpost.example/@nell/what-six-years-1a2b3c/"))
    titles = [c.text for c in clues if c.kind == "title"]
    assert titles == ["What six years taught me", "Nell Ashby", "Quillpost"]


def test_a_letter_is_its_signers_and_a_testimonial_byline_signs_nothing() -> None:
    from crawler.extraction.holders import signer

    letter = ["I trained at the Carrow Institute in 2016.", "Thank you for reading."]
    assert signer([*letter, "— Celeste Ward, founder"]) == "Celeste Ward"
    assert signer([*letter, "Warmly, Celeste"]) == "Celeste"
    assert signer(["I love my hairline.", "— Craig, Christchurch"]) is None
    assert signer(["We opened in 2016.", "— Celeste Ward, founder"]) is None


def test_the_number_and_address_a_page_shows_beat_stale_markup() -> None:
    markup = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
        ' "HealthAndBeautyBusiness", "name": "Magnolia Hairline Studio", "telephone":'
        ' "(404) 555-0112", "address": {"@type": "PostalAddress", "streetAddress":'
        ' "455 E Ponce de Leon Ave", "addressLocality": "Decatur", "addressRegion": "GA",'
        ' "postalCode": "30030"}}</script>'
    )
    page = (
        f"<html><head>{markup}</head><body><h1>Magnolia Hairline Studio</h1><footer>"
        "<p>118 Clairemont Ave, Suite 210<br>Decatur, GA 30030</p><p>(404) 555-0147</p>"
        "</footer></body></html>"
    )
    found = extract(page, URL, now=NOW).practitioners[0]
    assert found.telephone == "+14045550147"
    assert found.address.street == "118 Clairemont Ave, Suite 210"


def test_a_suburb_before_its_city_is_not_the_town() -> None:
    assert [a.locality for a in addresses_in_text("Woodstock, Cape Town, 7925")] == ["Cape Town"]


def test_a_review_date_in_a_title_beats_how_long_ago() -> None:
    card = (
        '<div class="sc-review"><span class="sc-review__author">{who}</span>'
        '<span class="sc-review__stars">{n} stars</span>'
        '<span class="sc-review__date" title="{when} at 09:41">5 months ago</span>'
        '<p class="sc-review__text">{body}</p></div>'
    )
    page = "".join(
        card.format(who=w, n=n, when=d, body=b)
        for w, n, d, b in [
            ("Lee S.", 2, "14 January 2025", "Way too dark for my colouring, it looks painted on."),
            ("Paul W.", 4, "22 April 2025", "Good hairline and a patient, honest consultation."),
        ]
    )
    found = extract(page, URL, now=NOW).reviews
    assert [(r.author, r.date) for r in found] == [
        ("Lee S.", "2025-01-14"),
        ("Paul W.", "2025-04-22"),
    ]


def test_names_with_two_particles() -> None:
    assert person_name("Ruan van den Berg") == ("Ruan van den Berg", None, None)
    assert person_name("Anna de la Cruz, SMP Artist") == ("Anna de la Cruz", "SMP Artist", None)


def test_a_nickname_between_given_name_and_surname_is_left_out() -> None:
    assert person_name('Luis "Lu" Ortega') == ("Luis Ortega", None, None)
    assert person_name("Tavita (Tav) Faleolo") == ("Tavita Faleolo", None, None)
    page = "<p>Aloha! I’m Tavita (Tav) Faleolo, from Kalihi. Mobile SMP on Oʻahu.</p>"
    assert [p.name for p in find_people(Document(page, "https://t.example/about"))] == [
        "Tavita Faleolo"
    ]


def test_someone_the_page_says_does_not_do_the_work_is_not_an_artist_anywhere() -> None:
    page = (
        "<h1>Cedar &amp; Salt Scalp Clinic</h1><p>Call (604) 555-0199.</p>"
        "<h4>Mateo Lindqvist – Founder &amp; SMP Artist</h4><p>Mateo trained at the Pacific"
        " Scalp Academy in 2019 (110 hours).</p><h4>Harpreet Gill – SMP Artist</h4><p>Harpreet"
        " completed SMP training with Mateo in 2023.</p><h4>Erin Cho, RN – Aftercare Nurse</h4>"
        "<p>Erin Cho is a registered nurse who runs our aftercare appointments; she does not"
        " perform SMP.</p>"
    )
    artists = [p.name for p in extract(page, URL, now=NOW).practitioners if p.kind == "artist"]
    assert artists == ["Mateo Lindqvist", "Harpreet Gill"]


def test_an_artist_tagged_with_two_locations_works_at_both() -> None:
    card = '<li><span class="tag">{tag}</span><h3>{name}</h3><p>{role}</p></li>'
    page = (
        "<h1>The team</h1><ul>"
        + card.format(tag="Austin · Houston", name="Wes Hadley", role="Founder &amp; Lead Artist")
        + card.format(tag="Austin", name="Marisol Vega", role="Senior SMP Artist")
        + card.format(tag="Houston", name="Trey Ngo", role="SMP Artist")
        + "</ul><footer><div><p>Austin</p><p>2301 S Lamar Blvd, Suite 104, Austin, TX 78704</p>"
        '<p><a href="tel:+15125550163">(512) 555-0163</a></p></div><div><p>Houston</p>'
        "<p>1520 Westheimer Rd, Suite B, Houston, TX 77006</p>"
        '<p><a href="tel:+17135550128">(713) 555-0128</a></p></div></footer>'
    )
    found = extract(page, URL, now=NOW).practitioners
    artists = sorted((p.name, p.address.locality) for p in found if p.kind == "artist")
    assert artists == [
        ("Marisol Vega", "Austin"),
        ("Trey Ngo", "Houston"),
        ("Wes Hadley", "Austin"),
        ("Wes Hadley", "Houston"),
    ]


def test_a_practitioner_written_with_post_nominals_holds_her_claims() -> None:
    page = (
        "<h1>About</h1><p>Diana Curd FNP-C has been practicing nursing for over 12 years. She is"
        " board certified by the American Association of Nurse Practitioners and currently"
        " licensed in the state of Arizona. She has an extensive background in emergency and"
        " aesthetic medicine.</p><p>Call (602) 555-0147.</p>"
    )
    found = extract(page, URL, now=NOW).practitioners
    artist = next(p for p in found if p.kind == "artist")
    assert artist.name.startswith("Diana Curd")
    kinds = sorted(c.kind for p in found for c in p.credentials if c.holder == artist.name)
    assert kinds == ["certification", "experience", "experience", "licence"]


def test_reviews_in_css_module_markup_with_profiles_linked() -> None:
    card = (
        '<article class="paper_paper__1PY90 styles_reviewCard__hcAvl"><aside aria-label="Info for'
        ' {who}"><a href="/users/{uid}"><span class="styles_consumerName__dP8Um">{who}</span>'
        '<span>2 reviews</span></a></aside><section><div class="styles_reviewHeader__iU9Px">'
        '<img src="stars-{n}.svg" alt="Rated {n} out of 5 stars"/><div class="styles_datesWrapp'
        'er__RCEKH"><time datetime="{day}T09:03:00.000Z">a month ago</time></div></div>'
        '<h2 data-service-review-title-typography="true">{title}</h2>'
        '<p data-service-review-text-typography="true">{body}</p></section></article>'
    )
    rows = [
        ("Gordon T.", "a1", 5, "2025-04-08", "Fixed it", "Alasdair rebuilt my hairline properly."),
        ("Ross M.", "b2", 4, "2025-02-03", "Honest", "He told me what SMP cannot do for me."),
        ("Priya S.", "c3", 4, "2025-03-21", "Scar gone", "The scar from my FUT is invisible now."),
    ]
    page = (
        "<html><head><title>Thistle &amp; Dot Scalp Clinic Reviews | Starling Reviews</title>"
        "</head><body><h1>Thistle &amp; Dot Scalp Clinic</h1>"
        + "".join(
            card.format(who=w, uid=u, n=n, day=d, title=t, body=b) for w, u, n, d, t, b in rows
        )
        + "</body></html>"
    )
    found = extract(page, "https://starling.example/review/thistle.html", now=NOW, own_site=False)
    assert [p.name for p in found.practitioners] == ["Thistle & Dot Scalp Clinic"]
    assert [(r.author, r.rating, r.date, r.body) for r in found.reviews] == [
        (w, float(n), d, b) for w, _, n, d, _, b in rows
    ]


def test_a_reviews_meta_line_and_its_update() -> None:
    page = """<html><head><title>Kiln Scalp Reviews | Rateo</title></head><body><h1>Kiln Scalp</h1>
      <article class="hs-review"><h3 class="hs-review__title">Meticulous</h3>
      <img class="hs-rating" src="4.svg" alt="4.0 out of 5 stars">
      <p class="hs-review__meta">MD_Tallaght · Dublin, IE · Posted Jun 20, 2025 · Cost €900</p>
      <div class="hs-review__body"><p>It took three top-ups to even out my crown.</p></div>
      <div class="hs-review__update"><p class="hs-review__update-date">Updated Jan 30, 2026</p>
      <p>UPDATE: it is completely even now.</p></div></article>
      <article class="hs-review"><h3 class="hs-review__title">Great</h3>
      <img class="hs-rating" src="5.svg" alt="5.0 out of 5 stars">
      <p class="hs-review__meta">Jesse M. · Calgary, AB · Posted Mar 28, 2026</p>
      <div class="hs-review__body"><p>Jordan drew the hairline three times with me.</p></div>
      </article></body></html>"""
    found = extract(page, "https://rateo.example/kiln/", now=NOW, own_site=False)
    assert [(r.author, r.rating, r.date, r.body) for r in found.reviews] == [
        (
            "MD_Tallaght",
            4.0,
            "2026-01-30",
            "It took three top-ups to even out my crown. UPDATE: it is completely even now.",
        ),
        ("Jesse M.", 5.0, "2026-03-28", "Jordan drew the hairline three times with me."),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Complaints for Summit Scalp &amp; Skin | TrustBureau",
        "Questions &amp; Answers about Summit Scalp &amp; Skin | TrustBureau",
        "Summit Scalp &amp; Skin - Photos | TrustBureau",
    ],
)
def test_a_listings_part_is_about_its_business(title: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><p>Call 250-555-0148.</p></body></html>"
    found = extract(page, "https://trustbureau.example/p/9/", now=NOW, own_site=False)
    assert [p.name for p in found.practitioners] == ["Summit Scalp & Skin"]


@pytest.mark.parametrize(
    ("text", "kind", "issuer"),
    [
        (
            "The clinic is inspected every year by Toronto Public Health.",
            "licence",
            "Toronto Public Health",
        ),
        (
            "The studio is inspected by the City of Edinburgh Council.",
            "licence",
            "City of Edinburgh Council",
        ),
        ("Over 1,500 clients treated across our two clinics since 2016.", "experience", None),
    ],
)
def test_inspections_and_counts_of_clients_treated(text: str, kind: str, issuer: str) -> None:
    assert [(c.kind, c.issuer) for c in find_claims([text], NOW)] == [(kind, issuer)]
    assert find_claims(["Every pigment is inspected by our team."], NOW) == []


def test_an_address_ending_in_its_country_gives_the_town_and_the_numbers_region() -> None:
    page = (
        "<h1>Harborline Scalp Studio</h1><p><span>14 Lapp's Quay, Unit 3</span> "
        "<span>Cork, T12 HX42, Ireland</span></p><p><a href='tel:020 910 0142'>020 910 0142</a>"
        "</p>"
    )
    found = extract(page, "https://directory.example/listing/1.html", own_site=False).practitioners
    assert [(p.name, p.telephone, p.address.locality) for p in found] == [
        ("Harborline Scalp Studio", "+353209100142", "Cork")
    ]
    assert phones_in_text("Tel 020 910 0142", "US") == []  # a trunk 0 is not North American
    assert [a.locality for a in addresses_in_text("What Our Clients Say\n2 sessions later")] == []


def test_a_business_on_a_platforms_subdomain_is_named_for_itself() -> None:
    from crawler.extraction.brand import choose, subdomain_of
    from crawler.items import NameClue

    clues = [NameClue("title", "Ciarán Ward SMP"), NameClue("title", "Linkbio"),
             NameClue("copyright", "Linkbio"), NameClue("h1", "Ciarán Ward SMP")]  # fmt: skip
    host = "ciaranward.linkbio.example"
    assert subdomain_of(host) == "ciaranward"
    assert subdomain_of("www.brand.co.uk") == subdomain_of("brand.com") == ""
    assert choose([clues], host, profile=subdomain_of(host)).name == "Ciarán Ward SMP"


@pytest.mark.parametrize(
    ("text", "kind", "years"),
    [
        (
            "Seit 14 Jahren lebe ich meine Leidenschaft für die Kunst des Tätowierens.",
            "experience",
            14,
        ),
        (
            "Con más de 15 años de experiencia en arte corporal, Jim ofrece tatuajes.",
            "experience",
            15,
        ),
        ("Unser Piercer Thomas verfügt über 30 Jahre Erfahrung.", "experience", 30),
        ("Je travaille depuis 2015 comme dermographe.", "experience", 10),
        ("Se formó en micropigmentación capilar en Miami en 2019.", "training", None),
        ("Ich hatte das Privileg, von Martina ausgebildet zu werden.", "training", None),
    ],
)
def test_claims_in_other_languages(text: str, kind: str, years: int | None) -> None:
    assert [(c.kind, c.years) for c in find_claims([text], NOW)] == [(kind, years)]
    assert find_claims(["Das Studio ist seit 2010 geöffnet."], NOW) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Since 2019 I have carried out over 900 SMP treatments, and clients who ask for"
            " a second artist are booked with Tom.",
            ["experience"],
        ),
        ("Public liability and treatment insurance with Kettle Mutual", ["insurance"]),
        (
            "Nina is a registered nurse (Nursing and Midwifery Board) with eight years in"
            " aesthetic medicine.",
            ["licence", "experience"],
        ),
        ("The studio holds a Leith Council skin piercing and tattooing registration.", ["licence"]),
        (
            "Since 2021 I've treated a little over 300 clients, most of them from Munster.",
            ["experience"],
        ),
        ("Over 150 happy clients!", ["experience"]),
        (
            "Every artist holds current Christchurch City Council registration and completes"
            " infection-control training each year.",
            ["licence", "training"],
        ),
        ("We welcome new clients every week.", []),
    ],
)
def test_claims_told_as_a_story_or_written_as_registrations(text: str, kinds: list[str]) -> None:
    assert sorted(c.kind for c in find_claims([text], NOW)) == sorted(kinds)
    assert find_claims(["Always ask for your artist's certificate before you book."], NOW) == []


def test_recommendations_without_stars_are_reviews_among_their_kind() -> None:
    post = (
        '<div class="x1yz" role="article"><div><h2><span><strong><a href="/profile/{uid}/">{who}'
        "</a></strong> <span>{verdict}</span> <strong><a href='/kiln/'>Kiln Scalp</a></strong>."
        '</span></h2><div><a class="timestamp" href="#p{uid}"><span>{when}</span></a></div>'
        '<div dir="auto">{body}</div><div><span>Like</span> · <span>Comment</span></div>'
        "</div></div>"
    )
    rows = [
        ("Owen Hale", "o1", "recommends", "4 May 2025", "Owen rebuilt nothing, Kate did it all."),
        ("Ravi Patel", "r2", "recommends", "3y", "Calm and honest from start to finish here."),
        (
            "Ana Ruiz",
            "a3",
            "doesn't recommend",
            "9 June 2024",
            "Waited weeks for any reply at all.",
        ),
    ]
    page = (
        "<html><head><title>Kiln Scalp | Reviews</title></head><body><h1>Kiln Scalp</h1>"
        + "".join(post.format(who=w, uid=u, verdict=v, when=d, body=b) for w, u, v, d, b in rows)
        + "</body></html>"
    )
    found = extract(page, "https://friends.example/kiln/reviews/", now=NOW, own_site=False)
    assert [p.name for p in found.practitioners] == ["Kiln Scalp"]
    assert [(r.author, r.date) for r in found.reviews] == [
        ("Owen Hale", "2025-05-04"),
        ("Ravi Patel", "2022-06-01"),  # "3y": three years before the page was read
        ("Ana Ruiz", "2024-06-09"),
    ]


def test_the_last_page_of_a_paged_directory_lists_even_two() -> None:
    card = (
        '<div class="col"><div class="card listing"><h2><a href="/places/{slug}/">{name}</a></h2>'
        "<div>12 Mill Road, Leeds</div><div>Category: Scalp Micropigmentation</div></div></div>"
    )
    page = (
        "<html><head><title>SMP artists - Finder</title></head><body><h1>SMP artists - Page 2"
        '</h1><div class="row">'
        + card.format(slug="mill-smp", name="Mill SMP")
        + card.format(slug="dot-and-line", name="Dot and Line")
        + '</div><nav><ul class="pagination"><li><a href="/places/">1</a></li>'
        '<li class="active"><span>2</span></li></ul></nav></body></html>'
    )
    found = extract(page, "https://finder.example/places/page/2/", now=NOW, own_site=False)
    assert "SMP artists" not in [p.name for p in found.practitioners]


def test_a_slider_of_quotations_with_names_is_testimonials_not_staff() -> None:
    slide = (
        '<div class="t-slds__item{state}"><div class="t-text">&ldquo;{quote}&rdquo;</div>'
        '<div class="t-name">{who}</div></div>'
    )
    quotes = [
        ("Arif Rahman, Bedok", "He drew the hairline twice before starting and it looks natural."),
        ("Kenji", "Three sessions and nobody at work has noticed a thing at all."),
        ("Wei Ming, Clementi", "Private studio and honest advice from the first message on."),
    ]
    page = (
        "<html><head><title>Noor Hadi | SMP</title></head><body><h1>Noor Hadi SMP</h1>"
        "<p>I'm Noor. I trained at the Kestrel Academy in 2019 and have done SMP since.</p>"
        + "".join(
            slide.format(state=" t-slds__item_active" if i == 0 else "", quote=q, who=w)
            for i, (w, q) in enumerate(quotes)
        )
        + "<p>Studio 4, 12 Orchard Road, Singapore 238826</p></body></html>"
    )
    found = extract(page, "https://noorhadi.example/", now=NOW)
    assert "Arif Rahman" not in [p.name for p in found.practitioners]
    assert len(found.reviews) == 3
    assert found.practitioners[0].address.locality == "Singapore"


def test_a_review_sites_one_review_in_css_module_markup_is_read() -> None:
    page = (
        "<html><head><title>Kiln Scalp Reviews | Rateo</title></head><body><h1>Kiln Scalp</h1>"
        '<p class="loc_Op1z4">Robina, QLD · Scalp Micropigmentation</p>'
        '<article class="reviewCard_Nf8s3"><p class="author_Lm5k2">Aaron V.</p>'
        '<img src="s1.svg" alt="1 out of 5 stars"><div class="reviewBody_Tw3r8"><p>My scalp'
        " got infected after the second session and I needed antibiotics.</p></div>"
        '<span class="date_Kx81o">8 Oct 2024</span></article></body></html>'
    )
    found = extract(page, "https://rateo.example/listings/kiln/?page=2", now=NOW, own_site=False)
    assert [p.name for p in found.practitioners] == ["Kiln Scalp"]  # Robina is a town
    assert [(r.author, r.rating, r.date) for r in found.reviews] == [
        ("Aaron V.", 1.0, "2024-10-08")
    ]


def test_a_chains_location_headings_place_its_artists_and_stale_markup_is_dropped() -> None:
    card = (
        '<div class="footer-studio"><h4>{label}</h4><p>{street}<br>{town} VIC {code}</p>'
        '<p><a href="tel:{tel}">{tel}</a></p></div>'
    )
    page = (
        "<html><head><title>Team | Ridge Scalp</title><script type='application/ld+json'>"
        '{"@type": "HealthAndBeautyBusiness", "name": "Ridge Scalp Studio", "telephone": '
        '"(03) 5550 4000", "address": {"streetAddress": "1 Old Lane", "addressLocality": '
        '"Melbourne"}}</script></head><body><h1>Ridge Scalp</h1>'
        "<h3>Ana Silva</h3><p><em>Lead Artist · Geelong</em></p><p>Ana has done SMP for nine"
        " years.</p><h3>Sam Cole</h3><p><em>Apprentice · Geelong</em></p><p>Sam is working"
        " through our program and does not yet treat clients.</p>"
        + card.format(
            label="Melbourne",
            street="20 Swan St",
            town="Richmond",
            code="3121",
            tel="(03) 5550 4418",
        )
        + card.format(
            label="Geelong",
            street="5 Moorabool St",
            town="Newtown",
            code="3220",
            tel="(03) 5550 4470",
        )
        + "</body></html>"
    )
    found = extract(page, "https://ridgescalp.example/team/", now=NOW)
    clinics = [p for p in found.practitioners if p.kind == "clinic"]
    assert sorted(p.telephone for p in clinics) == ["+61355504418", "+61355504470"]
    artists = {p.name: p.address.locality for p in found.practitioners if p.kind == "artist"}
    assert artists == {"Ana Silva": "Newtown"}


def test_a_business_saying_it_does_not_do_smp_is_no_practitioner() -> None:
    page = (
        "<html><head><title>Wig Room | Finder</title></head><body><h1>Wig Room</h1><p>Hair"
        " systems and wigs. We do not do SMP ourselves but can recommend local artists.</p>"
        "<p>(07) 5550 7781</p></body></html>"
    )
    assert (
        extract(page, "https://finder.example/p/wig-room/", now=NOW, own_site=False).practitioners
        == []
    )


@pytest.mark.parametrize(
    ("text", "kind", "holder"),
    [
        ("Andrew qualified as a trichologist in 2010.", "training", "Andrew"),
        (
            "With over 8 years in the chair and 1,500 clients, Derek has seen it all.",
            "experience",
            "Derek",
        ),
        ("I’ve done SMP full time since 2022.", "experience", None),
    ],
)
def test_claims_in_a_bio_s_turns_of_phrase(text: str, kind: str, holder: str | None) -> None:
    from crawler.extraction.holders import claims_with_holders

    assert [(c.kind, c.holder) for c in claims_with_holders([text], [], NOW)] == [(kind, holder)]


def test_people_a_bio_introduces_by_their_story() -> None:
    page = (
        "<html><head><title>About | Lone Pine Scalp</title></head><body><h1>About</h1>"
        "<p>Mateo Ruiz grew up in El Paso and spent eight years cutting hair before SMP.</p>"
        "<h2>MEET KARA</h2><p>Kara Doyle joined the team in 2024 after finishing her"
        " apprenticeship with Mateo.</p><h3>Dr Helen Shaw</h3><p><em>Medical Director, General"
        " Practitioner</em></p><p>Dr Shaw has a special interest in hair loss.</p></body></html>"
    )
    found = extract(page, "https://lonepine.example/about", now=NOW).practitioners
    artists = [p.name for p in found if p.kind == "artist"]
    assert sorted(artists) == ["Kara Doyle", "Mateo Ruiz"]


def test_a_platform_profiles_path_without_its_id_names_it() -> None:
    from index.sites import profile_of

    assert profile_of([["a", "kade-morrison-smp-q7wd3k"], []]) == "kade-morrison-smp"
    assert profile_of([["listings", "crown-scalp-brisbane-20771"]]) == "crown-scalp-brisbane"


def test_a_chains_locations_as_lines_and_each_pages_own_number() -> None:
    footer = (
        "<footer><p><strong>West Loop</strong> &middot; 1017 W Washington Blvd, Suite 3F, Chicago"
        " &middot; (312) 555-0163<br><strong>Oak Park</strong> &middot; 1104 Lake St, Oak Park"
        " &middot; (708) 555-0129</p></footer>"
    )
    markup = (
        '<script type="application/ld+json">{"@type": "HealthAndBeautyBusiness", "name": '
        '"Kiln Lab Oak Park", "telephone": "+1-312-555-0163", "address": {"streetAddress": '
        '"1104 Lake St", "addressLocality": "Oak Park", "addressRegion": "IL"}}</script>'
    )
    page = (
        f"<html><head><title>Kiln Lab Oak Park</title>{markup}</head><body><h1>Kiln Lab Oak"
        " Park</h1><p>Address 1104 Lake St, Oak Park, IL 60301</p><p>Phone (708) 555-0129</p>"
        f"{footer}</body></html>"
    )
    found = extract(page, "https://kilnlab.example/locations/oak-park", now=NOW)
    clinics = {p.telephone: p.address.locality for p in found.practitioners if p.kind == "clinic"}
    assert clinics == {"+17085550129": "Oak Park", "+13125550163": "Chicago"}
    assert found.practitioners[0].telephone == "+17085550129"  # the page's own, first


def test_a_threads_question_is_not_a_business() -> None:
    page = (
        "<html><head><title>SMP in Halifax? | Porchside</title></head><body>"
        '<header><a href="/" class="logo">Porchside</a></header><h1>SMP in Halifax?'
        '</h1><ul><li class="comment"><span class="author-name">Ray L.</span> <span>2 mo</span>'
        "<p>Harbourline on Sackville, hands down. Colleen talked me through it.</p></li>"
        '<li class="comment"><span class="author-name">Owen P.</span> <span>2 mo</span>'
        "<p>Thanks Ray, booking a consult with them next week.</p></li></ul></body></html>"
    )
    found = extract(page, "https://porchside.example/p/Hx4NbR/", now=NOW, own_site=False)
    assert found.practitioners == []
    assert [r.author for r in found.reviews] == ["Ray L.", "Owen P."]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("IDPH establishment registration no. TBP-0051937.", "licence"),
        ("Tyler is our newest artist and finished his training in 2024.", "training"),
        ("For the last six I've done nothing but scalp micropigmentation.", "experience"),
    ],
)
def test_claims_as_registers_and_bios_write_them(text: str, kind: str) -> None:
    assert [c.kind for c in find_claims([text], NOW)] == [kind]


def test_a_forums_own_name_is_not_a_threads_subject() -> None:
    page = (
        "<html><head><title>Jozi Hairline Co (Johannesburg)? - ScalpTalk Forums</title></head>"
        '<body><h1>ScalpTalk Forums</h1><div class="post"><p class="author">by <strong>rich_k'
        '</strong> &raquo; Tue Mar 04, 2025 9:12 pm</p><div class="content">Sipho at Jozi did my'
        " hairline in 2024 and the colour match is spot on.</div></div>"
        '<div class="post"><p class="author">by <strong>thandi</strong> &raquo; Wed Mar 05, 2025'
        ' 8:01 am</p><div class="content">Naledi at Jozi did my density work and I am very happy.'
        "</div></div></body></html>"
    )
    found = extract(page, "https://scalptalk.example/f5/jozi-t1260.html", now=NOW, own_site=False)
    assert found.practitioners == []
    assert len(found.reviews) == 2


def test_an_avatars_initials_are_not_the_author_and_the_businesss_reply_not_the_body() -> None:
    card = (
        '<article class="reviewCard_Q1x7"><aside><span class="avatar_avatarName__w1">{ini}</span>'
        '<span class="styles_consumerName__d8">{name}</span></aside>'
        '<img src="s.svg" alt="Rated 5 out of 5 stars"><time datetime="{date}">{date}</time>'
        '<p data-service-review-text-typography="true">{body}</p>'
        '<div data-service-review-business-reply="true"><p>Reply from Kiln Scalp</p>'
        '<p data-service-review-business-reply-text-typography="true">{reply}</p></div></article>'
    )
    reply = (
        "Thanks so much for taking the time to write this, it means the world to our small team!"
    )
    page = (
        "<html><body><h1>Kiln Scalp</h1>"
        + card.format(ini="DF", name="Declan Furlong", date="2025-05-14", reply=reply,
                      body="Tiny dots and a soft hairline, nobody has noticed.")
        + card.format(ini="MO", name="Mark Oakes", date="2025-04-02", reply=reply,
                      body="Three sessions and it looks like a fresh buzz cut.")
        + "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://reviews.example/kiln/", now=NOW, own_site=False)
    assert [(r.author, r.body[:10]) for r in found.reviews] == [
        ("Declan Furlong", "Tiny dots "),
        ("Mark Oakes", "Three sess"),
    ]


def test_on_a_mixed_team_only_those_whose_role_names_smp_are_its_artists() -> None:
    card = '<div class="crew-card"><h3>{name}</h3><p>{role}</p><p>{bio}</p></div>'
    page = (
        "<html><body><h2>The Crew</h2>"
        + card.format(name="Luke Hennessy", role="Owner / Barber",
                      bio="Luke has been cutting hair here for 15 years.")
        + card.format(name="Brodie Tran", role="Barber / SMP Artist",
                      bio="Brodie added SMP to the menu in 2022.")
        + card.format(name="Kayla Moss", role="Barber", bio="Skin fades and kids' cuts.")
        + "</body></html>"
    )  # fmt: skip
    team, staff = find_team(Document(page, "https://barber.example/crew/"))
    assert [(p.name, p.role) for p in team] == [("Brodie Tran", "Barber / SMP Artist")]
    assert sorted(p.name for p in staff) == ["Kayla Moss", "Luke Hennessy"]


def test_a_table_teams_roles_under_names_in_capitals() -> None:
    row = (
        '<tr><td><img src="a.jpg" alt="{name}"></td><td><font size="2"><font size="3"><b>{name}'
        "</b></font><br><i>{role}</i><br><br>{bio}</font></td></tr>"
    )
    page = (
        "<html><body><h2>Our Artists</h2><table>"
        + row.format(name="DECLAN MURPHY", role="Owner / Tattoo &amp; SMP",
                     bio="Deco has done hundreds of heads.")
        + row.format(name="KEV BARRY", role="Body Piercer", bio="Kev does all piercing here.")
        + "</table></body></html>"
    )  # fmt: skip
    team, staff = find_team(Document(page, "https://ink.example/artists.html"))
    assert [(p.name, p.role) for p in team] == [("Declan Murphy", "Owner / Tattoo & SMP")]
    assert [(p.name, p.role) for p in staff] == [("Kev Barry", "Body Piercer")]


def test_a_sentence_about_a_colleague_does_not_make_the_artist_staff() -> None:
    page = (
        "<html><body><h1>Inkline Melbourne</h1><section><h3>Artist at this studio</h3>"
        "<p>Liam O’Hare is our Melbourne artist. Our apprentice Sam also works here, but only"
        " assists and does not treat clients.</p></section></body></html>"
    )
    team, staff = find_team(Document(page, "https://inkline.example/locations/melbourne/"))
    assert [p.name for p in team] == ["Liam O’Hare"] and staff == []


def test_a_directorys_management_field_names_its_owner_not_its_manager() -> None:
    page = (
        "<html><head><title>Summit Scalp &amp; Skin | TrustBureau</title></head><body>"
        "<h1>Summit Scalp &amp; Skin</h1><p>Call 250-555-0138.</p><dl>"
        "<dt>Business Management:</dt><dd>Mr. Dale Kowalchuk, Owner</dd>"
        "<dt>Contact:</dt><dd>Ms. Jo Lee, Office Manager</dd></dl></body></html>"
    )
    found = extract(page, "https://trustbureau.example/p/9/", now=NOW, own_site=False)
    assert [(p.kind, p.name) for p in found.practitioners] == [
        ("clinic", "Summit Scalp & Skin"),
        ("artist", "Mr. Dale Kowalchuk"),
    ]


def test_a_directorys_category_page_is_no_business() -> None:
    card = (
        '<div class="result"><h3>{name}</h3><p>Scalp Micropigmentation</p>'
        "<p>{tel}</p><p>{town}</p></div>"
    )
    page = (
        "<html><head><title>Scalp Micropigmentation - Page 2 | FindYellow</title></head><body>"
        "<h1>Scalp Micropigmentation</h1>"
        + card.format(name="Saguaro Scalp Studio", tel="(520) 555-0178", town="Tucson, AZ")
        + '<nav class="pagination"><a href="?page=1">1</a> <a href="?page=2">2</a></nav>'
        "</body></html>"
    )
    found = extract(page, "https://dir.example/category/smp.html?page=2", now=NOW, own_site=False)
    assert "Scalp Micropigmentation" not in [p.name for p in found.practitioners]


def test_a_signed_letter_and_a_tilda_team_and_a_greeting_introduce_the_right_people() -> None:
    letter = (
        "<html><body><h2>Our story</h2><p>We opened in 2015 and still draw every hairline by"
        " hand.</p><p class='signoff'>Diolch,<br><em>Rhodri Pugh</em><br>Founder</p>"
        "</body></html>"
    )
    assert [p.name for p in find_team(Document(letter, "https://a.example/about/"))[0]] == [
        "Rhodri Pugh"
    ]
    card = (
        '<div class="t030"><div class="t030__title">{name}</div>'
        '<div class="t030__text">{role}<br />{bio}</div></div>'
    )
    tilda = (
        "<html><body>"
        + card.format(name="Dre Castillo", role="Barber / SMP Artist",
                      bio="Dre added scalp micropigmentation in 2020.")
        + card.format(name="Kenji Mori", role="Barber", bio="Textured crops and long hair.")
        + "</body></html>"
    )  # fmt: skip
    team, staff = find_team(Document(tilda, "https://b.example/barbers/"))
    assert [(p.name, p.role) for p in team] == [("Dre Castillo", "Barber / SMP Artist")]
    assert [p.name for p in staff] == ["Kenji Mori"]
    hello = "<html><body><p>Kia ora, I'm Rawiri. I have done SMP for seven years.</p></body></html>"
    assert [p.name for p in find_team(Document(hello, "https://c.example/"))[0]] == ["Rawiri"]


def test_claims_of_training_tenure_supervision_and_fellowship() -> None:
    found = find_claims(
        [
            "Brodie learned SMP on a three-day intensive in Melbourne in 2022.",
            "She has been part of the Restora team for seven years.",
            "All procedures are performed under the supervision of AHPRA-registered doctors.",
            "Dr Mehta is a Fellow of the Australasian College of Hair Restoration Surgery.",
            "Luke has been cutting hair in Newcastle for 15 years.",
        ]
    )
    assert [c.kind for c in found] == [
        "training", "experience", "licence", "membership", "experience",
    ]  # fmt: skip
    assert found[3].issuer == "Australasian College of Hair Restoration Surgery"


def test_the_holder_is_the_person_the_sentence_names_first() -> None:
    page = (
        "<html><body><h2>Our artists</h2><h3>Sinéad Coakley</h3><p>Sinéad founded the studio."
        "</p><h3>Darragh Lyons</h3><p>Darragh earned his Meridian Foundation Certificate in"
        " 2022 and spent a year assisting Sinéad before taking clients.</p></body></html>"
    )
    found = extract(page, "https://harbour.example/team/", now=NOW)
    held = {c.text[:7]: c.holder for p in found.practitioners for c in p.credentials}
    assert held["Darragh"] == "Darragh Lyons"


def test_a_language_switch_to_the_home_page_is_no_name_of_the_site() -> None:
    page = (
        "<html lang='cy'><head><title>Amdanom ni | Clinig Croen y Pen Aber</title></head><body>"
        "<header><a href='https://aberscalp.example/'><img class='logo' alt='Clinig Croen y Pen"
        " Aber'></a><ul><li class='lang'><a href='https://aberscalp.example/' hreflang='en'>EN"
        "</a></li></ul></header><h1>Amdanom ni</h1></body></html>"
    )
    found = extract(page, "https://aberscalp.example/cy/amdanom/", now=NOW)
    assert "EN" not in [c.text for c in found.clues]


def test_a_medspas_providers_who_do_other_work_are_staff_and_say_so() -> None:
    card = (
        '<div class="provider"><h3><a href="/providers/{slug}/">{name}</a><br>'
        "<span>{role}</span></h3><p>{work}</p></div>"
    )
    page = (
        "<html><body><h1>Our providers</h1>"
        + card.format(slug="ruth-abara", name="Ruth Abara, MD", role="Dermatologist",
                      work="Skin cancer checks and acne")
        + card.format(slug="lena-fisk", name="Lena Fisk, LE", role="Licensed Esthetician",
                      work="Scalp micropigmentation and brow tattooing")
        + card.format(slug="omar-sayed", name="Omar Sayed, RN", role="Scar Camouflage Nurse",
                      work="Lasers and camouflage of surgical scars")
        + card.format(slug="gwen-tullo", name="Gwen Tullo, LE", role="Licensed Esthetician",
                      work="Facials and chemical peels")
        + "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://skinclinic.example/providers/", now=NOW)
    artists = sorted(p.name.split(",")[0] for p in found.practitioners if p.kind == "artist")
    assert artists == ["Lena Fisk", "Omar Sayed"]
    assert sorted(n.split(",")[0] for n in found.staff) == ["Gwen Tullo", "Ruth Abara"]


def test_a_table_of_graduates_names_is_no_team() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>{town}</td><td>{year}</td></tr>"
        for name, town, year in (
            ("Harriet Osei", "Leeds", 2019), ("Callum Reid", "York", 2020),
            ("Priya Natt", "Hull", 2021), ("Tomasz Nowak", "Selby", 2022),
        )
    )  # fmt: skip
    page = (
        "<html><body><h1>Graduates</h1><table><tr><th>Name</th><th>Town</th><th>Year</th></tr>"
        f"{rows}</table></body></html>"
    )
    assert find_team(Document(page, "https://academy.example/graduates/"))[0] == []


def test_a_listing_that_names_its_owner_names_its_artist() -> None:
    for text, owner in (
        ("Luxury SMP suites by the harbour. Owner-operated by Thandi Mokoena.", "Thandi Mokoena"),
        ("Owner/artist Marcus Bell. Walk-ins welcome.", "Marcus Bell"),
        ("The studio was founded by Ana Lima in 2016 and has grown since.", "Ana Lima"),
    ):
        page = f"<html><body><h1>Scalp studio</h1><p>{text}</p></body></html>"
        assert [p.name for p in find_team(Document(page, "https://d.example/pro/1/"))[0]] == [owner]


def test_a_location_page_run_by_a_person_gives_the_locations_contacts_and_town() -> None:
    """The branch's address and phone sit in the paragraph naming who runs it; the footer
    gives the head clinic's. Where an artist trained is not where they work."""
    page = (
        "<html><head><title>Nelson » Kōwhai Scalp</title></head><body><main><h1>Kōwhai Nelson"
        "</h1><p>Laser removal and skin treatments. Our Nelson clinic at 15 Hardy Street,"
        " Nelson 7010 is run by Aroha Tane.</p><p>Please note: SMP is not offered in Nelson."
        "</p><p>Phone 03 555 0199</p></main><footer><p>Kōwhai Scalp Limited · Level 2, 118 Tory"
        " Street, Te Aro, Wellington 6011 · 04 555 0182</p></footer></body></html>"
    )
    found = extract(page, "https://kowhai.example/locations/nelson/", country="NZ", now=NOW)
    main = found.practitioners[0]
    assert (main.address.locality, main.telephone) == ("Nelson", "+6435550199")
    assert main.not_offered
    team = (
        "<html><head><title>Our team » Kōwhai Scalp</title></head><body><h2>Our team</h2>"
        "<div class=member><h3>Rawiri Tane</h3><p class=role>Founder &amp; Senior SMP Artist"
        "</p><p>Rawiri trained at the Aotearoa Academy in Auckland in 2016, completing its"
        " 80-hour course.</p></div><div class=member><h3>Mere Hohaia</h3><p class=role>SMP"
        " Artist</p><p>Mere joined us in 2022.</p></div><footer><p>Level 2, 118 Tory Street,"
        " Te Aro, Wellington 6011 · 04 555 0182</p></footer></body></html>"
    )
    found = extract(team, "https://kowhai.example/our-team/", country="NZ", now=NOW)
    towns = {p.name: p.address.locality for p in found.practitioners if p.kind == "artist"}
    assert towns == {"Rawiri Tane": "Wellington", "Mere Hohaia": "Wellington"}


def test_a_chain_locations_card_or_page_may_say_it_does_not_do_the_work() -> None:
    from crawler.extraction.offered import not_offered

    card = "Eastgate\n14 Kings Rd, Eastgate\nDermatology and lasers. SMP is at Old Town only."
    assert not_offered(card, ["Eastgate"]) == "SMP is at Old Town only."
    assert (
        not_offered("Old Town\nAll services, scalp micropigmentation included.", ["Old Town"])
        is None
    )
    page = (
        "Scalp micropigmentation is not currently offered in Hobart. Our Launceston team can help."
    )
    assert not_offered(page, ["Hobart"]) is not None
    assert not_offered(page, ["Launceston"]) is None
    person = (  # a person's work, not the place's
        "Aroha does not perform SMP; if you are in Nelson and want SMP, she will book you a"
        " consultation in Wellington."
    )
    assert not_offered(person, ["Wellington"]) is None
    consult = (
        "Free consultations for transplants and SMP. Procedures are performed at our Leeds clinic."
    )
    assert not_offered(consult, ["Wakefield"]) is not None
    assert not_offered(consult, ["Wakefield"], elsewhere=False) is None
    assert not_offered("Harrow (consultations only)", ["Harrow"]) is not None
    assert not_offered("Fades, beard work. SMP by consultation only.", ["Tacoma"]) is None


def test_numbers_addresses_and_issuers_as_small_sites_write_them() -> None:
    from crawler.extraction.contacts import page_phones

    page = (
        "<html><body><p>WhatsApp 083 555 0190</p><p>Tel: 021 555 0142</p>"
        "<p>WhatsApp: 083 555 0190</p></body></html>"
    )
    assert page_phones(Document(page, "https://capescalp.example/"), "ZA")[0] == "+27215550142"
    [address] = addresses_in_text(
        "Tomás Ruiz SMP · 88 Bell Ave, Suite 3 · Omaha, NE 68102 · (402) 555-0110"
    )
    assert (address.street, address.locality) == ("88 Bell Ave, Suite 3", "Omaha")
    [address] = addresses_in_text("Unit 4, Harbour Arcade, 9 Marine Drive, Hermanus, 7200")
    assert (address.street, address.locality, address.postal_code) == (
        "9 Marine Drive",
        "Hermanus",
        "7200",
    )
    certificate, licence = sorted(
        find_claims(["State licensed and certified at Gulf Coast Pigment Academy."]),
        key=lambda c: c.kind,
    )
    assert (licence.kind, licence.issuer) == ("licence", None)
    assert certificate.issuer == "Gulf Coast Pigment Academy"


def test_a_category_of_a_place_is_no_business() -> None:
    from crawler.extraction.names import _a_category

    assert _a_category("Scalp micropigmentation specialists near you in Ireland")
    assert _a_category("Top SMP pros in Ohio")
    assert not _a_category("Harbour Scalp Studio in Hermanus")


def test_a_forum_thread_is_about_whom_its_posts_name_not_its_title() -> None:
    page = (
        "<html><head><title>Harbour Scalp Studio - thoughts? - Reviews - Baldly Going</title>"
        '<meta name="generator" content="Discourse 3.2.1"></head><body><h1>Harbour Scalp'
        " Studio - thoughts?</h1><div itemscope itemtype='http://schema.org/Comment'>"
        "<span class='creator'>kev_p</span><p>Had my crown done there in May, calm and"
        " careful, no complaints.</p></div></body></html>"
    )
    found = extract(page, "https://baldlygoing.example/t/harbour/91/", now=NOW, own_site=False)
    assert [p for p in found.practitioners if p.kind == "clinic"] == []


def test_a_best_of_articles_numbered_businesses_are_its_listings() -> None:
    entry = (
        "<h2>{n}. {name}, {town}</h2><p>Readers liked the calm consultations.</p>"
        "<p><strong>Address:</strong> {street}, {town} {code} · <strong>Tel:</strong> {tel}</p>"
    )
    article = (
        "<html><head><title>The best scalp micropigmentation in Kent | Kent Echo</title>"
        '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person",'
        '"name":"Rhona Blake","jobTitle":"Features Writer"}]}</script></head><body>'
        "<h1>The best scalp micropigmentation in Kent</h1><p>By Rhona Blake, Features Writer</p>"
        + entry.format(n=1, name="Medway Scalp Co", town="Chatham", street="4 High St",
                       code="ME4 4DS", tel="01632 960 118")
        + entry.format(n=2, name="Kent Hairline Studio", town="Maidstone", street="9 Week St",
                       code="ME14 1QW", tel="01632 960 274")
        + "</body></html>"
    )  # fmt: skip
    found = extract(article, "https://kentecho.example/best-smp-kent/", now=NOW, own_site=False)
    assert [(p.kind, p.name, p.telephone) for p in found.practitioners] == [
        ("clinic", "Medway Scalp Co", "+441632960118"),
        ("clinic", "Kent Hairline Studio", "+441632960274"),
    ]
    barbers = article.replace("scalp micropigmentation", "barbers").replace("SMP", "barbers")
    found = extract(barbers, "https://kentecho.example/best-barbers/", now=NOW, own_site=False)
    assert [p.name for p in found.practitioners if p.kind == "clinic"] == []


def test_a_forms_rating_label_and_a_head_office_number() -> None:
    assert rating_in_text("Treatment: hairline Rating (out of 5): 2 Would you go back: no") == 2.0
    assert rating_in_text("Score (1-10): 8") == 4.0
    from crawler.extraction.contacts import page_phones

    page = (
        "<html><body><p>Visit us: 3 Mill Lane, Leeds LS1 4AB, 0113 496 0512</p>"
        "<footer><p>Head office (no appointments): 0116 496 0210</p>"
        "<p>Head office (no appointments): 0116 496 0210</p></footer></body></html>"
    )
    assert page_phones(Document(page, "https://salon.example/leeds/"), "GB")[0] == "+441134960512"


def test_a_builders_numbered_column_classes_are_one_shape_of_card() -> None:
    card = (
        '<div class="bx-column-7-{n} bx-column"><h3 class="bx-heading-7-{m}">{name}</h3>'
        '<p class="role">{role}</p><p>{bio}</p></div>'
    )
    page = (
        "<html><body><h2>Our team</h2>"
        + card.format(n=30, m=11, name="Kirra Walsh", role="Founder & Lead SMP Artist",
                      bio="Kirra has done SMP since 2016.")
        + card.format(n=31, m=12, name="Dev Rana", role="SMP Artist",
                      bio="Dev works on scar camouflage.")
        + "</body></html>"
    )  # fmt: skip
    team = find_team(Document(page, "https://studio.example/about/"))[0]
    assert sorted(p.name for p in team) == ["Dev Rana", "Kirra Walsh"]


def test_a_location_page_whose_footer_lists_every_location_may_say_it_does_not_do_the_work() -> (
    None
):
    footer = "".join(
        f'<div class="loc"><h4>{town}</h4><p>{street}, {town}, TX {code}</p><p>{tel}</p></div>'
        for town, street, code, tel in (
            ("Waco", "12 Elm St", "76701", "(254) 555-0141"),
            ("Temple", "8 Oak Ave", "76501", "(254) 555-0177"),
        )
    )
    page = (
        "<html><head><title>Temple Consultation Office | Brazos Hair</title></head><body>"
        "<h1>Temple</h1><p>Our Temple office offers free consultations for SMP. Procedures"
        " are performed at our Waco clinic.</p><footer>" + footer + "</footer></body></html>"
    )
    found = extract(page, "https://brazoshair.example/locations/temple/", now=NOW)
    [temple] = [p for p in found.practitioners if p.address and p.address.locality == "Temple"]
    assert temple.not_offered == "Procedures are performed at our Waco clinic."
    [waco] = [p for p in found.practitioners if p.address and p.address.locality == "Waco"]
    assert waco.not_offered is None


def test_the_first_of_like_cards_is_one_of_them_whatever_its_position_class() -> None:
    card = (
        '<div class="flex_column av_one_third {pos}"><h3>{town}</h3>'
        "<p>{street}<br>{town}, LA {code}<br>{tel}</p></div>"
    )
    footer = "".join(
        card.format(pos=pos, town=town, street=street, code=code, tel=tel)
        for pos, town, street, code, tel in (
            ("first el_before_av_one_third", "Metairie", "3915 Canal St", "70001",
             "(504) 555-0142"),
            ("el_after_av_one_third el_before_av_one_third", "Kenner", "7 Oak Ave", "70062",
             "(504) 555-0187"),
            ("el_after_av_one_third", "Slidell", "1 Elm St", "70458", "(985) 555-0105"),
        )
    )  # fmt: skip
    page = (
        "<html><head><title>Metairie - Bayou Scalp</title></head><body><h1>Metairie</h1>"
        "<p>Call (504) 555-0142 to book your SMP consultation.</p>"
        f"<footer>{footer}</footer></body></html>"
    )
    found = extract(page, "https://bayouscalp.example/locations/metairie/", now=NOW)
    assert found.practitioners[0].address.locality == "Metairie"
    towns = {p.address.locality for p in found.practitioners if p.address}
    assert towns == {"Metairie", "Kenner", "Slidell"}


def test_a_location_that_does_no_smp_keeps_its_record_marked_and_its_staff_are_no_artists() -> None:
    footer = "".join(
        f'<div class="loc"><h4>{town}</h4><p>{street}, {town}, LA {code}</p><p>{tel}</p></div>'
        for town, street, code, tel in (
            ("Lafayette", "1021 Kaliste Rd", "70508", "(337) 555-0105"),
            ("Baton Rouge", "7620 Jefferson Hwy", "70809", "(225) 555-0187"),
        )
    )
    page = (
        "<html><head><title>Lafayette - Bayou Scalp</title></head><body><h1>Lafayette</h1>"
        "<p>Our Lafayette office fits hair systems. <strong>We do not perform scalp"
        " micropigmentation at this location.</strong> Call (337) 555-0105.</p>"
        "<h2>Meet the team</h2><h3>Nicole Guidry</h3><p>Senior stylist. Nicole has fitted hair"
        " systems in Lafayette since 2015.</p><footer>" + footer + "</footer></body></html>"
    )
    found = extract(page, "https://bayouscalp.example/locations/lafayette/", now=NOW)
    [here] = [p for p in found.practitioners if p.address and p.address.locality == "Lafayette"]
    assert "at this location" in (here.not_offered or "")
    assert not [p for p in found.practitioners if p.kind == "artist"]


def test_the_person_who_runs_the_office_is_not_the_owner() -> None:
    page = (
        "<html><body><h1>About us</h1><p>Paul Marentette is a certified SMP technician with"
        " 15 years in hair replacement. Our office is run by Lise Marentette, who will answer"
        " your questions and book your consultation.</p></body></html>"
    )
    team = find_team(Document(page, "https://bordercity.example/about.html"))[0]
    assert [p.name for p in team] == ["Paul Marentette"]


def test_a_letter_grade_standing_alone_is_a_rating() -> None:
    assert rating_in_text("Member grade A") == 5.0
    assert rating_in_text("Grade: B+") == 4.0
    assert rating_in_text("grade F") == 1.0
    assert rating_in_text("Grade A work, medical grade pigment") is None
    assert rating_in_attributes({"aria-label": "Member grade C"}) == 3.0


def test_a_headed_table_of_older_reviews_with_one_row_left() -> None:
    page = (
        "<html><head><title>Vega SMP reviews | ReviewSite</title></head><body><h1>Vega SMP</h1>"
        "<h3>Older reviews</h3><table><tr><th>Reviewer</th><th>Score</th><th>Date</th>"
        "<th>Review</th></tr><tr><td>windsor_dan</td><td>9/10</td><td>2019-04-12</td>"
        "<td>Paul is old school, knows his stuff and explains everything.</td></tr></table>"
        "</body></html>"
    )
    found = extract(page, "https://reviewsite.example/biz/vega.html", now=NOW, own_site=False)
    [review] = found.reviews
    assert (review.author, review.rating, review.date) == ("windsor_dan", 4.5, "2019-04-12")


@pytest.mark.parametrize(
    "text,issuer",
    [
        (
            "Renee and Jordan are both registered tattoo artists with the Louisville Metro"
            " Department of Public Health and Wellness.",
            "Louisville Metro Department of Public Health",
        ),
        (
            "I’m a registered tattoo artist with the Lexington-Fayette County Health Department.",
            "Lexington-Fayette County Health Department",
        ),
    ],
)
def test_registered_with_a_health_body_is_a_licence(text: str, issuer: str) -> None:
    [licence] = [c for c in find_claims([text]) if c.kind == "licence"]
    assert licence.issuer == issuer


def test_registered_with_a_company_is_no_licence() -> None:
    assert not find_claims(["We registered our domain with GoDaddy in 2019."])


def test_a_claim_two_people_make_together_is_each_ones() -> None:
    team = find_team(
        Document(
            "<html><body><h2>Our team</h2><h3>Renee Calloway</h3><p>Founder and lead SMP artist."
            "</p><h3>Jordan Pike</h3><p>SMP artist.</p><p>Renee and Jordan are both registered"
            " tattoo artists with the Louisville Metro Department of Public Health.</p>"
            "</body></html>",
            "https://falls.example/team/",
        )
    )[0]
    text = (
        "Renee and Jordan are both registered tattoo artists with the Louisville Metro"
        " Department of Public Health."
    )
    found = claims_with_holders([text], team, NOW)
    assert sorted(c.holder for c in found) == ["Jordan Pike", "Renee Calloway"]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Todos nuestros artistas tienen licencia del Departamento de Salud de Luisiana.",
         "licence"),
        ("Priya a suivi le programme Master Artist de la Northern Hairline Academy en 2019.",
         "training"),
    ],
)  # fmt: skip
def test_a_licence_and_a_course_in_spanish_and_french(text: str, kind: str) -> None:
    assert [c.kind for c in find_claims([text])] == [kind]


def test_a_drivers_licence_in_spanish_is_no_claim() -> None:
    assert not find_claims(["Tiene licencia para conducir.", "Tiene licencia de conducir."])


def test_a_forum_thread_with_an_opener_badge_and_a_quoting_reply() -> None:
    post = (
        '<div class="post"><div class="post-header"><span class="nick">{nick}</span>{badge}'
        ' <span class="post-meta">· {when}</span></div><div class="message">{body}</div></div>'
    )
    page = (
        "<html><head><title>DH wants SMP – anyone had it done? | Natter</title></head><body>"
        "<h1>DH wants SMP – anyone had it done?</h1>"
        + post.format(nick="Bramblejelly", badge=' <span class="badge">OP</span>',
                      when="Sat 07-Mar-26 21:14:05",
                      body="<p>Has anyone's DP had it done around Leicester? Who did it?</p>")
        + post.format(nick="GinAndJuniper", badge="", when="Mon 09-Mar-26 13:30:19",
                      body="<p>DP went to Tress &amp; Co in Swindon last spring. No regrets.</p>")
        + post.format(nick="Bramblejelly", badge=' <span class="badge">OP</span>',
                      when="Tue 10-Mar-26 20:02:13",
                      body="<blockquote class='quote'><p>DP went to Tress &amp; Co in Swindon last"
                           " spring. No regrets.</p></blockquote><p>Thank you all, this is so"
                           " helpful! How much was it roughly, if you don't mind me asking?</p>")
        + "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://natter.example/talk/1/", now=NOW, own_site=False)
    assert not found.practitioners  # a thread: its posts are about whom they name
    got = [(r.author, r.date, r.body[:12]) for r in found.reviews]
    assert got == [
        ("Bramblejelly", "2026-03-07", "Has anyone's"),
        ("GinAndJuniper", "2026-03-09", "DP went to T"),
        ("Bramblejelly", "2026-03-10", "Thank you al"),
    ]
    assert (found.reviews[2].quoted or "").startswith("DP went to Tress & Co in Swindon")
    assert found.reviews[1].quoted is None


def test_a_threads_later_page_is_known_by_its_forums_footer() -> None:
    """Page 2 of a thread carries no markup and no opener badge; the footer that names the
    forum software is on every page, so its title's words are no business."""
    post = (
        '<article class="comment"><aside><strong>{nick}</strong><span>Members</span></aside>'
        "<div><p>Posted {when}</p><div class=content><p>{body}</p></div></div></article>"
    )
    page = (
        "<html><head><title>Brightway SMP with Lena - 14 month update - Page 2 - Baldies"
        "</title></head><body><h1>Brightway SMP with Lena - 14 month update</h1>"
        "<p>Page 2 of 2</p>"
        + post.format(nick="expat_ed", when="August 19", body="Had mine done by Lena in June"
                      ", two sessions plus a touch-up. Really pleased with the hairline.")
        + post.format(nick="domeguy", when="Wednesday at 09:02 AM",
                      body="Booked my consult for January. This thread helped a lot.")
        + "<footer><p>© Baldies 2008–2026 Powered by Invision Community</p></footer>"
        "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://baldies.example/topic/44-brightway/page/2/", now=NOW,
                    own_site=False)  # fmt: skip
    assert not found.practitioners
    assert [r.author for r in found.reviews] == ["expat_ed", "domeguy"]


def test_a_short_form_of_a_name_in_its_own_card_is_that_person() -> None:
    page = (
        "<html><body><h2>Our team</h2><h3>Mitchell Anand</h3><p>Founder &amp; Lead Artist</p>"
        "<p>Mitch opened Reef City in 2018. Mitch trained in Melbourne in 2016.</p>"
        "<h3>Kiri Tane</h3><p>Senior SMP Artist</p><p>Kiri is a certified graduate of"
        " Dermaline SMP Academy.</p></body></html>"
    )
    team = find_team(Document(page, "https://reefcity.example/team/"))[0]
    assert sorted(p.name for p in team) == ["Kiri Tane", "Mitchell Anand"]
    [trained] = claims_with_holders(["Mitch trained in Melbourne in 2016."], team, NOW)
    assert trained.holder == "Mitchell Anand"


def test_a_trade_after_a_name_is_no_region_code_and_a_title_gives_the_town() -> None:
    assert addresses_in_text("Bex Hartley SMP") == []
    assert addresses_in_text("Austin, TX")[0].locality == "Austin"
    assert find_date("Sat 07-Mar-26 21:14:05", region="GB") == "2026-03-07"
    page = (
        "<html><head><title>Bex Hartley SMP - Plymouth - ListWise</title></head><body>"
        '<div itemscope itemtype="https://schema.org/LocalBusiness"><h1 itemprop="name">Bex'
        ' Hartley SMP</h1><span itemprop="telephone">07700 900362</span></div>'
        "<p>Bex covered my transplant scar beautifully.</p></body></html>"
    )
    found = extract(page, "https://listwise.example/profile/bex/", now=NOW, own_site=False)
    assert found.practitioners[0].address.locality == "Plymouth"


def test_a_place_on_a_councils_register_is_a_licence() -> None:
    said = "Rahul has been on Leicester City Council’s register for skin piercing since 2016."
    [licence] = [c for c in find_claims([said]) if c.kind == "licence"]
    assert licence.issuer == "Leicester City Council"
    assert not find_claims(["Our name is on the register of Companies House."])


def test_a_posters_signature_is_not_their_byline() -> None:
    post = (
        '<div class="post"><dl class="postprofile"><dt><a class="username">{nick}</a></dt></dl>'
        '<div class="postbody"><p class="author">» {when}</p><div class="content">{body}</div>'
        '<div class="signature">NW5 | Northline Glasgow, Apr 2024 | 3 sessions</div></div></div>'
    )
    page = (
        '<html><head><meta name="generator" content="phpBB"><title>Who is good? - Forum'
        "</title></head><body><h1>Who is good?</h1>"
        + post.format(nick="GlasgowKev", when="Wed Mar 05, 2025 6:47 pm",
                      body="Had three sessions with Ross at Northline last spring, very happy.")
        + post.format(nick="tayside_tam", when="Thu Mar 06, 2025 9:12 am",
                      body="Went to the Dundee branch in 2023 and it faded at the crown.")
        + "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://forum.example/t1182.html", now=NOW, own_site=False)
    assert [r.author for r in found.reviews] == ["GlasgowKev", "tayside_tam"]
    assert all("NW5" not in r.body for r in found.reviews)


def test_a_register_status_saying_it_ran_out_gives_the_day_it_was_valid_until() -> None:
    page = (
        "<html><body><h1>Register</h1><table><tr><th>Name</th><th>Town</th><th>Status</th></tr>"
        "<tr><td>ROWLANDS, GETHIN</td><td>Swansea</td><td>Expired 31/01/2025</td></tr>"
        "<tr><td>Gary Tindall</td><td>Sunderland</td><td>Lapsed (did not renew, March 2015)</td>"
        "</tr><tr><td>Dana Reyes</td><td>Leeds</td><td>Current</td></tr></table></body></html>"
    )
    rows = extract_registry(page, URL, issuer="Council", credential="licence", now=NOW)
    got = {r.name: (r.status, r.valid_until) for r in rows}
    assert got["ROWLANDS, GETHIN"] == ("expired", "2025-01-31")
    assert got["Gary Tindall"][1] == "2015-03-01"
    assert got["Dana Reyes"] == ("active", None)


def test_a_score_opening_a_line_of_a_post_is_its_rating() -> None:
    post = (
        '<article class="msg"><header><b class="who">{nick}</b> <time>{when}</time></header>'
        '<div class="msg-body">{body}</div></article>'
    )
    page = (
        "<html><head><title>Leeds clinics? - HairTalk</title></head><body><h1>Leeds clinics?</h1>"
        + post.format(nick="bald_in_bramley", when="2025-06-02",
                      body="Went to Aire Scalp in 2024 and the dots healed evenly.<br><br>"
                           "8 out of 10, would have been higher if parking was easier.")
        + post.format(nick="kirkstall_kev", when="2025-06-04",
                      body="<blockquote>8 out of 10, would have been higher</blockquote>"
                           "Same place for me, touch-up was free and quick.")
        + post.format(nick="otley_o", when="2025-06-05",
                      body="Mine was done in Harrogate, I'd say 3/10 of the clinics I rang"
                           " never called back.")
        + "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://hairtalk.example/t/77/", now=NOW, own_site=False)
    assert [(r.author, r.rating) for r in found.reviews] == [
        ("bald_in_bramley", 4.0),  # the poster's own verdict, opening a line
        ("kirkstall_kev", None),  # a verdict only in the post it quotes
        ("otley_o", None),  # a figure inside a sentence is not a rating
    ]


def test_a_posts_hidden_author_card_is_not_a_business() -> None:
    page = (
        "<html><head><title>Bristol | Quayside Scalp</title></head><body>"
        '<main><div class="post hentry"><span class="entry-title hidden">Bristol</span>'
        '<span class="vcard hidden"><span class="fn"><a href="https://quayside.example'
        '/author/webteam/" rel="author">webteam</a></span></span>'
        "<h2>Quayside Scalp Bristol</h2><p>Our Bristol studio, by the water.</p>"
        "<p>4 Welsh Back Street<br>Bristol BS1 4SB<br>0117 496 0321</p></div></main></body></html>"
    )
    found = extract(page, "https://quayside.example/bristol/", own_site=True)
    assert [p.name for p in found.practitioners] == ["Quayside Scalp"]


def test_a_phone_numbers_digits_do_not_start_a_street() -> None:
    footer = "Bath\n01632 960 412\nCardiff\n22 Wind Street\nCardiff CF10 1FN\n029 2018 0000"
    [address] = addresses_in_text(footer)
    assert address.street == "22 Wind Street"
    assert addresses_in_text("12 5th Avenue, New York, NY 10011")[0].street == "12 5th Avenue"


def test_a_british_street_of_a_name_alone_before_town_and_postcode() -> None:
    block = "Aire House\n18 Swinegate\nLeeds LS1 4AG\nUnit 4, 31 Micklegate\nYork YO1 6JH"
    got = [(a.street, a.locality, a.postal_code) for a in addresses_in_text(block)]
    assert got == [("18 Swinegate", "Leeds", "LS1 4AG"), ("31 Micklegate", "York", "YO1 6JH")]
    assert addresses_in_text("Open 7 Days\nManchester M3 1AZ")[0].street is None


def test_a_chains_short_name_and_its_location_headings_are_not_people() -> None:
    page = (
        "<html><head><title>Our studios | Teifi Scalp Clinics</title>"
        '<meta property="og:site_name" content="Teifi Scalp Clinics"></head><body>'
        "<h1>Teifi Aberystwyth</h1><p>Find us at 3 Pier Street, Aberystwyth SY23 2LJ.</p>"
        "<h2>Our team</h2><h3>Nia Howells</h3><p>Founder &amp; Lead Artist</p>"
        "<p>Nia opened Teifi in 2016 after training with Pigment Pro Academy.</p>"
        "<p>Ring the bell marked Teifi and come up to the first floor.</p></body></html>"
    )
    found = extract(page, "https://teifi.example/studios/aberystwyth/", own_site=True)
    artists = [p.name for p in found.practitioners if p.kind == "artist"]
    assert artists == ["Nia Howells"]
    sina = Document(
        "<html><body><h1>Sina Tattooer</h1><p>Sina creates custom scalp micropigmentation in"
        " Cologne.</p><p>Book with Sina Tattooer today.</p></body></html>",
        "https://sina.example/",
    )
    assert [p.name for p in find_people(sina, business=["Sina Tattooer"])] == ["Sina"]


def test_a_review_card_of_obfuscated_classes_gives_its_parts() -> None:
    card = (
        '<div data-test="reviewCard" class="_q1"><div class="aB"><a href="/Profile/surf_dad_77">'
        '<span class="xY">surf_dad_77</span></a><span class="zz">12 contributions</span></div>'
        '<svg class="s1" aria-labelledby="r{n}"><title id="r{n}">{score} of 5 bubbles</title>'
        '<path d="M0 0"/></svg><div class="t9">Visited Jan 2026 • Family</div>'
        '<div class="b7"><span>{body}</span></div><div class="d2">Written February 3, 2026</div>'
        '<div class="f5">This review is the subjective opinion of a member and not of the site.'
        "</div></div>"
    )
    page = (
        "<html><head><title>Kona Scalp Studio - Reviews</title></head><body>"
        "<h1>Kona Scalp Studio</h1>"
        + card.format(n=1, score="4.0", body="Good result, the hairline looks soft and real.")
        + card.format(n=2, score="2.0", body="Dots spread at the crown after six months.")
        + "</body></html>"
    )
    found = extract(page, "https://trips.example/Review-Kona.html", now=NOW, own_site=False)
    got = [(r.author, r.rating, r.date, r.body) for r in found.reviews]
    assert got == [
        ("surf_dad_77", 4.0, "2026-02-03", "Good result, the hairline looks soft and real."),
        ("surf_dad_77", 2.0, "2026-02-03", "Dots spread at the crown after six months."),
    ]


def test_a_german_grade_and_the_practices_answer() -> None:
    assert rating_in_text("Note 1,0") == 5.0
    assert rating_in_text("Gesamtnote: 2,4") == 3.6
    assert rating_in_text("Note 1.5 of the menu") is None
    review = (
        '<article class="review"><div class="review__grade">Note <b>{g}</b></div>'
        '<time datetime="{d}">x</time><div class="review__text"><p>{body}</p></div>'
        '<div class="review__extra"><p>Antwort der Praxis</p><p>Vielen Dank für Ihre'
        " Rückmeldung, wir melden uns bei Ihnen.</p></div></article>"
    )
    page = (
        "<html><head><title>Praxis Dr. med. Lena Maier &amp; Dr. med. Jakob Wolf | noten"
        "</title></head><body><h1>Praxis Dr. med. Lena Maier &amp; Dr. med. Jakob Wolf</h1>"
        "<p>Herrengasse 12, 80331 München</p>"
        + review.format(g="1,0", d="2026-05-02", body="Sehr gründliche Beratung, kein Druck.")
        + review.format(g="4,0", d="2026-04-11", body="Lange Wartezeit und wenig Zeit für mich.")
        + "</body></html>"
    )
    found = extract(page, "https://noten.example/praxis/", now=NOW, own_site=False, country="DE")
    [practice] = found.practitioners
    assert practice.name == "Praxis Dr. med. Lena Maier & Dr. med. Jakob Wolf"
    assert (practice.address.street, practice.address.postal_code) == ("Herrengasse 12", "80331")
    got = [(r.rating, r.body) for r in found.reviews]
    assert got == [
        (5.0, "Sehr gründliche Beratung, kein Druck."),
        (2.0, "Lange Wartezeit und wenig Zeit für mich."),
    ]


def test_a_tattoo_studios_cards_of_specialties_and_a_nurse_in_french() -> None:
    card = '<div class="card"><h3>{name}</h3><p class="meta">{line}</p><p>{days}</p></div>'
    page = (
        "<html><head><title>Anchor &amp; Rose Tattoo – Truro</title></head><body><h2>Artists"
        "</h2><div class='grid'>"
        + card.format(name="Dylan Forbes", line="Japanese &amp; realism — owner", days="Mon–Fri")
        + card.format(name="Kezia Rowe", line="Dotwork &amp; lettering", days="Tue–Sat")
        + card.format(name="Ines Carvalho", line="Scalp micropigmentation", days="Wednesdays")
        + "</div></body></html>"
    )  # fmt: skip
    found = extract(page, "https://anchorrose.example/artists/", own_site=True)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == ["Ines Carvalho"]
    equipe = (
        "<html><head><title>Équipe | Clinique Follicule</title></head><body><h2>Notre équipe</h2>"
        "<h3>Claire Dubois</h3><p>Fondatrice, artiste en micropigmentation capillaire</p>"
        "<p>Claire a fondé la clinique en 2016.</p>"
        "<h3>Julie Tremblay</h3><p>Infirmière clinicienne</p><p>Julie réalise les traitements"
        " PRP. Elle ne fait pas de micropigmentation.</p></body></html>"
    )
    found = extract(equipe, "https://follicule.example/equipe/", own_site=True)
    assert [p.name for p in found.practitioners if p.kind == "artist"] == ["Claire Dubois"]


def test_claims_in_french_and_german_of_bodies_certificates_insurance_and_clients() -> None:
    said = {
        "Nathalie est membre de l’Ordre des infirmières et infirmiers du Québec.": "licence",
        "Luc est membre de l’Association des tatoueurs du Québec depuis 2019.": "membership",
        "Notre équipe détient un certificat en hygiène et salubrité.": "certification",
        "Wir haben eine Berufshaftpflichtversicherung für alle Behandlungen.": "insurance",
        "Dr. Anna Roth ist Fachärztin für Dermatologie.": "certification",
        "Jonas ist Mitglied im Verband deutscher Pigmentierer.": "membership",
        "Sie hat ihre Ausbildung zur Pigmentiererin 2019 in Hamburg abgeschlossen.": "training",
        "Elle a suivi la formation de 100 heures de l’Académie SMP de Lyon.": "training",
        "Bisher mehr als 600 behandelte Kunden.": "experience",
    }
    for sentence, kind in said.items():
        assert kind in {c.kind for c in find_claims([sentence], NOW)}, sentence
    assert not find_claims(["Membre du jury, elle adore le cinéma."], NOW)
    assert not find_claims(["2.1/5 from 9 patient ratings"], NOW)  # a listing's score


def test_a_register_header_naming_alternatives_is_its_first() -> None:
    assert header_field("ESTABLISHMENT / DBA / LOCATION") == "business"
    assert header_field("City / Town") == "locality"
    assert header_field("Licence No./Status") == "licence_number"


def test_a_founders_page_claims_in_the_business_voice_are_the_business() -> None:
    page = (
        "<html><head><title>Our story | Tamar Scalp Studios</title></head><body>"
        "<h1>Meet the founder</h1><h2>Jory Pascoe</h2><p>Founder &amp; Lead Artist</p>"
        "<p>Before I opened the Truro studio I trained for 120 hours at the Kernow Academy of"
        " Scalp Pigmentation.</p><p>We are a member studio of the Guild of Scalp Pigmentation"
        " Artists and carry treatment liability insurance.</p><p>He has practised SMP for nine"
        " years and opened our Truro studio in 2017.</p></body></html>"
    )
    found = extract(page, "https://tamarscalp.example/about/", own_site=True)
    by_name = {p.name: p for p in found.practitioners}
    assert [c.kind for c in by_name["Jory Pascoe"].credentials] == ["training", "experience"]
    business = next(p for p in found.practitioners if p.kind == "clinic")
    assert {"membership", "insurance"} <= {c.kind for c in business.credentials}


def test_recommendations_as_repeated_tables_and_a_category_page_of_a_town() -> None:
    rec = (
        '<table class="recommendation"><tr><td class="verdict"><strong>{verdict}</strong></td>'
        '<td class="meta">by <b>{who}</b> · Posted {when}</td></tr><tr><td colspan="2"'
        ' class="job">Job: SMP</td></tr><tr><td colspan="2" class="comment">{body}</td></tr>'
        "</table>"
    )
    page = (
        "<html><head><title>Kauri Scalp, Whangārei - TradeVote</title></head><body>"
        "<h1>Kauri Scalp</h1><p>12 Bank Street, Whangārei 0110</p><h2>Recommendations</h2>"
        + rec.format(verdict="Recommended", who="Ana P.", when="3 March 2026",
                     body="Wiremu explained every step and the hairline looks natural.")
        + rec.format(verdict="Not Recommended", who="Ben K.", when="9 May 2026",
                     body="The crown went patchy within a year and nobody called me back.")
        + "</body></html>"
    )  # fmt: skip
    found = extract(page, "https://tradevote.example/business/kauri/", now=NOW, own_site=False)
    assert [(r.author, r.date) for r in found.reviews] == [
        ("Ana P.", "2026-03-03"),
        ("Ben K.", "2026-05-09"),
    ]
    category = (
        "<html><head><title>Scalp micropigmentation in Nelson, NZ | TradeVote</title></head>"
        "<body><h1>Scalp micropigmentation in Nelson, NZ</h1></body></html>"
    )
    found = extract(category, "https://tradevote.example/smp/nelson/", now=NOW, own_site=False)
    assert not found.practitioners


def test_a_forums_buttons_and_label_are_no_part_of_a_post() -> None:
    from crawler.extraction.reviews import clean_body

    assert clean_body("Share Posted Same clinic, same problem here.") == (
        "Same clinic, same problem here."
    )
    assert clean_body("Quote Reply Mine went blue.") == "Mine went blue."
    assert clean_body("Posted my healed photos below.") == "Posted my healed photos below."


# Round 15a (looked at): general rules it showed


def test_the_date_a_writer_joined_is_not_their_posts() -> None:
    assert parse_date("Join Date: Mar 2024", NOW, loose=True) is None
    post = "Join Date: Mar 2024 Posts: 223 10-03-2026, 07:41 PM"
    assert find_date(post, NOW, "US") == "2026-10-03"
    assert find_date("Member since 2019 · Reviewed 2 days ago", NOW) is not None
    assert find_date("Member since 2019", NOW) is None


def test_a_forum_post_quoting_another_in_plain_divs_has_its_own_words() -> None:
    post = (
        '<li class="b-post"><div class="b-userinfo"><a class="author" href="/u/1">{nick}</a>'
        "<span>Join Date: Mar 2024</span></div><div class=b-meta>05-04-2025, 02:47 PM</div>"
        "<div class=content>{quote}{body}</div></li>"
    )
    quote = (
        '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
        '<div class="bbcode_postedby"><strong>utahbuzz</strong> wrote: <a href="#p1">View'
        " Post</a></div><div class=message>I’m a Wasatch client, Tyler did me in 2023 and I just"
        " had a touch-up.</div></div></div></div>"
    )
    page = (
        "<html><body><ul>"
        + post.format(nick="utahbuzz", quote="", body="I’m a Wasatch client, Tyler did me in"
                      " 2023 and I just had a touch-up. Still looks good.")
        + post.format(nick="smp_skeptic", quote=quote, body="I had my touch-up at Wasatch moved"
                      " three times, which was annoying, but the work is good.")
        + "</ul><footer>Powered by vBulletin® Version 5.7.5</footer></body></html>"
    )  # fmt: skip
    found = extract(page, "https://talk.example/forum/4821-wasatch/", now=NOW, own_site=False)
    got = [(r.author, r.date, r.body[:14]) for r in found.reviews]
    assert got == [
        ("utahbuzz", "2025-05-04", "I’m a Wasatch "),
        ("smp_skeptic", "2025-05-04", "I had my touch"),
    ]
    assert "Tyler did me" in (found.reviews[1].quoted or "")


def test_a_reviews_title_is_not_its_author_and_its_dated_byline_not_its_body() -> None:
    card = (
        '<li class="productReview"><article><h5 class="productReview-title">Works, pricey</h5>'
        '<p class="productReview-author">Posted by <span class="author-name">Brandon S.</span>'
        " on 07/11/2026</p><p>Good balm, a bit expensive for the size.</p></article></li>"
    )
    page = f"<html><body><ul>{card}{card.replace('Brandon S.', 'Mo K.')}</ul></body></html>"
    found = extract(page, "https://shop.example/balm/", now=NOW)
    assert [r.author for r in found.reviews] == ["Brandon S.", "Mo K."]
    row = (
        '<div class="rv-card"><div class="rv-head"><span class="rv-name">{who}</span> <span'
        ' class="rv-verified">Verified patient</span> <span class="rv-date">{when}</span></div>'
        '<div class="rv-stars">★★★★★</div><p class="rv-body">{body}</p></div>'
    )
    page = (
        "<html><body><section>"
        + row.format(who="Tony R.", when="Apr 28, 2025", body="Andre is the man! Quick and cheap.")
        + row.format(who="Lisa H.", when="a year ago", body="Brooke did density along my part"
                     " and I finally wear my hair up again.")
        + "</section></body></html>"
    )  # fmt: skip
    found = extract(page, "https://careslot.example/provider/gateway/", now=NOW, own_site=False)
    got = [(r.author, r.date, r.body[:12]) for r in found.reviews]
    assert got == [
        ("Tony R.", "2025-04-28", "Andre is the"),
        ("Lisa H.", "2024-06-01", "Brooke did d"),
    ]


def test_a_builders_preview_container_is_no_testimonial() -> None:
    page = (
        '<html><body><div class="preview-container hl_page-preview--content"><h1>Meet The Team'
        "</h1><h2>Marcus Whitfield — Founder &amp; Lead SMP Artist</h2><p>Marcus has completed"
        " more than 2,300 SMP sessions since 2016.</p><h2>Dana Ortiz — SMP Artist</h2><p>Dana"
        " completed an 80-hour SMP apprenticeship in 2021.</p></div></body></html>"
    )
    names = [p.name for p in find_people(Document(page, "https://summit.example/team/"))]
    assert names == ["Marcus Whitfield", "Dana Ortiz"]


def test_who_oversees_and_who_does_other_work_are_not_artists_in_any_language() -> None:
    about = (
        "<html><body><h1>About the clinic</h1><p>It is owned and run by Janine Albright, RN.</p>"
        "<p>Dr. Yoder, our medical director, is a board-certified dermatologist and reviews every"
        " client with a scalp condition before treatment.</p></body></html>"
    )
    assert [p.name for p in find_people(Document(about, "https://k.example/about/"))] == [
        "Janine Albright"
    ]
    team = (
        "<html><body><h1>Over ons</h1><h2>Sanne de Vries – eigenaar en SMP-specialist</h2>"
        "<p>Sanne volgde in 2019 de 120-urige SMP-opleiding bij de Scalp Academy.</p>"
        "<h2>Joris Bakker – tatoeëerder</h2><p>Joris zet fineline-tatoeages. Hij doet geen"
        " SMP-behandelingen.</p><h2>Ange Whitaker, brows &amp; lips</h2><p>Ange is a certified"
        " permanent makeup artist. Ange does not perform SMP.</p></body></html>"
    )
    people, staff = find_team(Document(team, "https://h.example/over-ons/"))
    assert [p.name for p in people] == ["Sanne de Vries"]
    assert {p.name for p in staff} == {"Joris Bakker", "Ange Whitaker"}


def test_a_denial_of_smp_removal_is_no_denial_of_smp() -> None:
    page = (
        "<html><head><title>Services | Keystone Scalp</title></head><body><h1>Services</h1>"
        "<p>Full scalp SMP, 3 sessions, $2,400.</p><p>We do not do SMP removal; we refer clients"
        " to a laser clinic.</p><p>Call 717-555-0122.</p></body></html>"
    )
    found = extract(page, "https://keystone.example/services/", now=NOW)
    assert [p.kind for p in found.practitioners] == ["clinic"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Sanne volgde in 2019 de 120-urige SMP-opleiding bij de Scalp Academy.", "training"),
        ("Onze studio heeft een geldige vergunning voor tatoeëren van de GGD.", "licence"),
        ("Sanne is lid van de Nederlandse Vereniging voor Micropigmentatie.", "membership"),
        ("Met ruim 7 jaar ervaring weet Sanne welke kleur bij jouw huid past.", "experience"),
    ],
)
def test_claims_in_dutch(sentence: str, kind: str) -> None:
    assert kind in [c.kind for c in find_claims([sentence], NOW)]


def test_a_street_grids_address() -> None:
    found = addresses_in_text("2150 S 1300 E, Suite 305, Salt Lake City, UT 84106")
    assert [(a.street, a.locality) for a in found] == [
        ("2150 S 1300 E, Suite 305", "Salt Lake City")
    ]


def test_a_profiles_handle_is_no_part_of_its_owners_name() -> None:
    from crawler.extraction.brand import page_clues

    page = (
        "<html><head><title>Tomas Reyes (@scalp.by.tomas) • Pixgram photos and videos</title>"
        '<meta property="og:site_name" content="Pixgram"></head><body></body></html>'
    )
    clues = page_clues(Document(page, "https://pixgram.example/scalp.by.tomas/"))
    assert [(c.kind, c.text) for c in clues if c.kind in ("title", "handle")] == [
        ("title", "Tomas Reyes"),
        ("title", "Pixgram photos and videos"),
        ("handle", "scalp.by.tomas"),
    ]


# Round 15b (scored once, then looked at): general rules it showed


def test_forum_posts_named_by_a_link_to_the_writers_profile_query() -> None:
    post = (
        '<div class="windowbg"><div class="poster"><h4><a href="https://talk.example/index.php'
        '?action=profile;u={u}">{nick}</a></h4><ul class="user_info"><li class="membergroup">'
        'Jr. Member</li><li class="postcount">Posts: 38</li></ul></div><div class="postarea">'
        '<div class="keyinfo"><a href="#m" class="smalltext">« <strong>Reply #{n} on:</strong>'
        " {when} »</a></div><div class=post><div class=inner>{body}</div></div></div></div>"
    )
    page = (
        "<html><head><title>SMP in Kent?</title></head><body>"
        + post.format(u=1, nick="KentMike", n=1, when="May 14, 2025, 09:12:44 pm",
                      body="Had mine done at Kentish Hairline in Maidstone, Dean did it.")
        + post.format(u=2, nick="cornish_pasty", n=2, when="May 15, 2025, 07:02:13 am",
                      body="Tamsin Pascoe came to my house in Redruth, three sessions.")
        + "<p>SMF 2.1.4 © 2023, Simple Machines</p></body></html>"
    )  # fmt: skip
    found = extract(page, "https://talk.example/index.php/topic,4821.0.html", now=NOW,
                    own_site=False)  # fmt: skip
    assert [(r.author, r.date) for r in found.reviews] == [
        ("KentMike", "2025-05-14"),
        ("cornish_pasty", "2025-05-15"),
    ]


def test_an_articles_quotes_follow_the_paragraph_naming_whom_they_praise() -> None:
    page = (
        "<html><head><title>Readers’ Choice Awards: the winners | Coastline Courier</title>"
        '</head><body><article itemscope itemtype="https://schema.org/Article"><h1>Readers’'
        ' Choice Awards: the winners</h1><div class=meta>By <a href="/">Bec Trinh</a> <time'
        ' datetime="2025-04-24T06:00:00+10:00">April 24, 2025</time></div><h3>Best Cosmetic'
        " Tattoo</h3><p><strong>Winner: Scalp Theory, Maroochydore.</strong> Leah Brennan’s"
        " studio took the category again.</p><blockquote><p>Leah and her team gave my husband"
        " his confidence back after chemo.</p><cite>Renee Hollis, Mooloolaba</cite></blockquote>"
        "</article></body></html>"
    )
    found = extract(page, "https://courier.example/2025/04/24/winners/", now=NOW, own_site=False)
    assert found.practitioners == []
    (review,) = found.reviews
    assert (review.author, review.date) == ("Renee Hollis, Mooloolaba", "2025-04-24")
    assert (review.quoted or "").startswith("Winner: Scalp Theory, Maroochydore.")


def test_a_titles_breadcrumb_separator_and_a_thousands_comma() -> None:
    from crawler.extraction.brand import title_parts

    assert title_parts("Shannon Scalp Clinic > Scalp Micropigmentation") == [
        "Shannon Scalp Clinic",
        "Scalp Micropigmentation",
    ]
    text = "Brad has completed over 1,000 treatments across Australia and Asia."
    assert addresses_in_text(text) == []


def test_a_citys_centre_is_the_city_and_a_directorys_country_section_its_region() -> None:
    from crawler.extraction.contacts import centre_town, page_region

    assert [centre_town(t) for t in ("Christchurch Central", "Darwin City", "Kansas City")] == [
        "Christchurch",
        "Darwin",
        "Kansas City",
    ]
    page = Document("<html><body><p>02/06/2025</p></body></html>",
                    "https://finder.example/uk/business/x/")  # fmt: skip
    assert page_region(page, None) == "GB"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Javier es miembro de pleno derecho de la ISSPP.", "membership"),
        ("Every artist holds a current infection control qualification (HLTINF006).",
         "certification"),
        ("Public liability and treatment risk insurance through Holloway Insurance.",
         "insurance"),
    ],
)  # fmt: skip
def test_claims_written_as_these_are(sentence: str, kind: str) -> None:
    assert kind in [c.kind for c in find_claims([sentence], NOW)]


def test_a_claim_two_colleagues_hold_together_is_each_ones() -> None:
    from crawler.extraction.people import Person

    team = [Person("Dean Harlow", None, None)]
    found = claims_with_holders(["Dean and Priya are both members of the ISSPP."], team, NOW)
    assert [c.holder for c in found] == ["Dean Harlow", "Priya"]


def test_a_fine_arts_degree_is_no_other_trade() -> None:
    from crawler.extraction.people import _another_trade

    assert _another_trade(", our medical director, is a board-certified dermatologist")
    assert not _another_trade(", our lead artist, is a fine arts graduate who draws hairlines")


def test_registry_list_items_whose_parts_are_labelled_are_read_as_cards() -> None:
    item = """<li class="member member--{state}"><h3 class="member__name">{name}</h3>
      <p class="member__grade">Certified Member &middot; <span class="member__no">{no}</span></p>
      <p class="member__practice">{practice}</p>
      <p class="member__meta">Member since 2018 &middot;
      Status: <strong class="status">{status}</strong></p>
      </li>"""
    rows = (
        ("current", "Avery Chen", "IASPP-0412", "Northline SMP, Toronto", "Current"),
        ("lapsed", "Hamish Doyle", "IASPP-0561", "Crownwork SMP, Brisbane", "Lapsed"),
    )
    page = '<ul class="member-list">' + "".join(
        item.format(state=s, name=n, no=no, practice=p, status=st) for s, n, no, p, st in rows
    )
    entries = extract_registry(
        page + "</ul>", URL, issuer="IASPP", credential="membership", now=NOW
    )
    assert [(e.name, e.licence_number, e.status) for e in entries] == [
        ("Avery Chen", "IASPP-0412", "active"),
        ("Hamish Doyle", "IASPP-0561", "expired"),
    ]


def test_a_registry_line_read_as_text_takes_its_labelled_status() -> None:
    page = "<ul>" + "".join(
        f"<li>{n} — Certified Member — {no} — Status: {st}</li>"
        for n, no, st in (
            ("Avery Chen", "IASPP-0412", "Current"),
            ("Declan Fahy", "IASPP-0288", "Removed"),
        )
    )
    entries = extract_registry(
        page + "</ul>", URL, issuer="IASPP", credential="membership", now=NOW
    )
    assert [(e.name, e.status) for e in entries] == [
        ("Avery Chen", "active"),
        ("Declan Fahy", "revoked"),
    ]


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("James St, Fortitude Valley QLD", "Fortitude Valley", "QLD"),
        ("Crown St, Surry Hills NSW", "Surry Hills", "NSW"),
        ("Elm Street, Springfield IL", "Springfield", "IL"),
    ],
)
def test_a_town_after_its_street_and_before_its_states_code(
    text: str, town: str, region: str
) -> None:
    assert [(a.locality, a.region) for a in addresses_in_text(text)] == [(town, region)]


def test_no_town_without_a_street_before_it_or_a_code_after_it() -> None:
    assert addresses_in_text("Fortitude Valley QLD") == []
    assert addresses_in_text("James St, Fortitude Valley") == []


def test_a_listing_in_its_city_shows_its_suburb_in_its_address_line() -> None:
    page = (
        "<html><head><title>Crown Work SMP – Brisbane – Reviews – ScalpCritic</title></head><body>"
        "<h1>Crown Work SMP – Brisbane</h1><p>James St, Fortitude Valley QLD</p>"
        "<p>3.5 stars average · 4 reviews</p></body></html>"
    )
    url = "https://scalpcritic.example/b/crown-work-smp-brisbane.html"
    found = extract(page, url, now=NOW, own_site=False)
    main = found.practitioners[0]
    assert (main.name, main.address.locality, main.address.region) == (
        "Crown Work SMP",
        "Fortitude Valley",
        "QLD",
    )


@pytest.mark.parametrize(
    ("text", "kind", "years"),
    [
        ("Over a decade specialising in permanent makeup.", "experience", 10),
        ("Two decades working in tattooing and cosmetic work.", "experience", 20),
        (
            "Experienced, insured and professional care to give you peace of mind.",
            "insurance",
            None,
        ),
    ],
)
def test_a_decade_of_practice_and_insured_among_a_list_of_qualities(
    text: str, kind: str, years: int | None
) -> None:
    assert [(c.kind, c.years) for c in find_claims([text])] == [(kind, years)]


def test_a_decade_that_is_how_long_pigment_lasts_is_no_claim() -> None:
    assert (
        find_claims(["It lasts a decade before fading.", "After a decade the pigment fades."]) == []
    )


def test_a_uk_address_with_a_village_and_its_county() -> None:
    found = addresses_in_text("11A Galfrid Road, Bilton, East Yorkshire, HU11 4EJ")
    assert [(a.street, a.locality, a.region) for a in found] == [
        ("11A Galfrid Road", "Bilton", "East Yorkshire")
    ]


def test_a_review_sites_own_town_is_not_its_listings() -> None:
    page = (
        "<html><head><title>Hafren Scalp Studios (Swansea) reviews | ScalpVerdict</title></head>"
        '<body><div class="brand">independent reviews of SMP — based in Tucson, AZ</div>'
        "<h1>Hafren Scalp Studios (Swansea)</h1><p>Castle Arcade, Swansea, Wales · "
        '<a href="https://hafrenscalp.example/">https://hafrenscalp.example/</a></p>'
        "<p>Average: 3.3 (3 reviews)</p>"
        '<div class="review"><b>Rhys J.</b><span>10 February 2025</span><p>Gethin was calm '
        "and the consultation was thorough.</p></div>"
        '<div class="review"><b>Dylan M.</b><span>3 December 2024</span><p>Gethin sorted my '
        "receding hairline in two sessions and it healed nicely.</p></div></body></html>"
    )
    url = "https://scalpverdict.example/biz/hafren-swansea.html"
    main = extract(page, url, now=NOW, own_site=False).practitioners[0]
    assert (main.name, main.address.locality) == ("Hafren Scalp Studios", "Swansea")


def test_a_listings_title_district_gives_way_to_the_city_written_beside_it() -> None:
    page = (
        "<html><head><title>Clinique Pointillé - Mile End, Montréal, QC | Porchlight</title>"
        "</head><body><h1>Clinique Pointillé</h1>"
        "<p>Scalp micropigmentation · Mile End, Montréal, QC</p><p>Recommended by 5 neighbours</p>"
        '<div class="rec"><b>Étienne R.</b> · Mile End · 1 mo<p>Mathieu is calm and very '
        'thorough.</p></div><div class="rec"><b>Dan W.</b> · Plateau · 7 mo<p>They lightened '
        "my old blue SMP with laser before redoing it.</p></div></body></html>"
    )
    url = "https://porchlight.example/pages/clinique-pointille-montreal-qc/"
    main = extract(page, url, now=NOW, own_site=False).practitioners[0]
    assert (main.address.locality, main.address.region) == ("Montréal", "QC")


# Round 16a (worked on): general rules it showed


def test_forum_posts_named_by_the_members_page_not_by_a_search_of_their_posts() -> None:
    post = (
        '<div class="post"><div class="post_author"><div class="author_information"><strong>'
        '<span class="largetext"><a href="https://talk.example/user-{u}.html">{nick}</a></span>'
        '</strong><span class="smalltext">Member</span></div><div class="author_statistics">'
        'Posts: 214<br/>Joined: Jun 2023</div></div><div class="post_content"><div '
        'class="post_head"><span class="post_date">{when}</span></div><div class="post_body">'
        '{body}</div></div><div class="post_controls"><a href="search.php?action=finduser&amp;'
        'uid={u}" title="Find all posts by this user" class="postbit_find"><span>Find</span></a>'
        "</div></div>"
    )
    page = (
        "<html><head><title>Music City Scalp Ink?</title></head><body>"
        + post.format(u=412, nick="BaldEagle_TN", when="11-02-2026, 08:42 AM",
                      body="Went there in 2025. The sales pitch was intense and pushy.")
        + post.format(u=1022, nick="Jrod615", when="11-03-2026, 10:15 AM",
                      body="Mine was fine, the artist was calm and explained the healing.")
        + "<p>Powered By MyBB, © 2002-2026 MyBB Group.</p></body></html>"
    )  # fmt: skip
    found = extract(page, "https://talk.example/thread-412.html", now=NOW, own_site=False)
    assert [r.author for r in found.reviews] == ["BaldEagle_TN", "Jrod615"]


@pytest.mark.parametrize(
    ("text", "day"),
    [("5d", "2026-11-30"), ("3w", "2026-11-14"), ("1 mo", "2026-11-05"), ("2y", "2024-12-05")],
)
def test_a_social_sites_age_of_a_post(text: str, day: str) -> None:
    now = datetime(2026, 12, 5, 12)
    assert parse_date(text, now) == day
    assert find_date(f"Mark O. recommends Celtic SMP · {text} · 🌐", now) == day


def test_no_age_of_a_post_inside_prose() -> None:
    now = datetime(2026, 12, 5, 12)
    assert find_date("They used a size 10d needle and did 5d courses.", now) is None


def test_a_profile_on_a_platform_named_for_the_business_and_its_town() -> None:
    from crawler.extraction.brand import choose, page_clues

    pages = [
        page_clues(Document(f"<html><head><title>Celtic SMP | {part} | Facepage</title></head>"
                            f"<body><h1>Celtic SMP</h1></body></html>",
                            f"https://www.facepage.example/CelticSMPCork/{part.lower()}/"))
        for part in ("Ballincollig", "Reviews")
    ]  # fmt: skip
    choice = choose(pages, "www.facepage.example", profile="CelticSMPCork")
    assert choice is not None and choice.name == "Celtic SMP"


def test_a_team_members_photo_is_no_logo_whatever_her_name_or_the_bodys_classes() -> None:
    from crawler.extraction.brand import page_clues

    page = (
        '<html><head><title>Our artists | Wasatch Scalp Co.</title></head><body class="kubio-theme'
        ' has-header"><header><div class="site-logo"><img src="/logo.png" alt="Wasatch Scalp Co."/>'
        '</div></header><h1>Our artists</h1><div class="team-card"><img src="/kelsey.jpg"'
        ' alt="Kelsey Brandt"/>'
        "<h3>Kelsey Brandt</h3><p>Brow Artist (Saturdays)</p></div></body></html>"
    )
    clues = page_clues(Document(page, "https://wasatch.example/team/"))
    assert [c.text for c in clues if c.kind == "logo"] == ["Wasatch Scalp Co"]


def test_a_label_line_names_no_one() -> None:
    page = (
        "<html><head><title>Celtic SMP | Facepage</title></head><body><h1>Celtic SMP</h1>"
        "<p>Owner/artist Shane Crowley. DM for prices.</p><h3>Page transparency</h3>"
        "<p>Page created – 14 February 2021</p></body></html>"
    )
    assert [p.name for p in find_people(Document(page, "https://facepage.example/x/about/"))] == [
        "Shane Crowley"
    ]


def test_a_line_saying_whose_work_it_is_names_the_practitioner() -> None:
    page = (
        "<html><head><title>Schedule Appointment with DP Scalp Art</title></head><body>"
        "<h1>DP Scalp Art</h1><p>Scalp micropigmentation by Dewayne Pruitt.</p>"
        "<p>Tattoos by appointment only.</p><p>Website by Studio Nine.</p></body></html>"
    )
    assert [p.name for p in find_people(Document(page, "https://dp.booking.example/"))] == [
        "Dewayne Pruitt"
    ]


def test_a_reviews_page_2_title_names_no_one() -> None:
    page = (
        "<html><head><title>Reviews (page 2) - Kasia Nowicki Scalp Artistry</title></head><body>"
        '<div class="logo">Kasia Nowicki Scalp Artistry</div><h1>Kasia Nowicki Scalp Artistry</h1>'
        "<div class=review><b>mike_b</b><span>March 3, 2026</span><span>Rating: 5/5</span><p>"
        "came from a bad job in chicago and she was straight with me about laser first.</p></div>"
        "<p>Online booking system by SimplyBook.me</p></body></html>"
    )
    url = "https://kasia.simplybook.example/v2/reviews/page/2/"
    found = extract(page, url, now=NOW, own_site=False)
    assert "Reviews (page 2)" not in [p.name for p in found.practitioners]
    from index.sites import heading

    assert heading(found.clues) == "Kasia Nowicki Scalp Artistry"


def test_an_articles_numbered_headings_of_a_name_and_a_town_over_a_paragraph() -> None:
    para = " ".join(["They showed us healed work and explained pigment and depth clearly."] * 3)
    page = (
        "<html><head><title>SMP in Munster: three places we would trust | The Dispatch</title>"
        "</head><body><article><h1>Scalp micropigmentation in Munster: three places</h1>"
        '<div class="byline">By <a href="/author/ronan/">Ronan Keane</a> - 14 October 2026</div>'
        f"<h3>1. Celtic Scalp Clinic, Limerick</h3><p>{para}</p>"
        f"<h3>2. Giulia Ferraro, Cork (mobile)</h3><p>{para}</p>"
        f"<h3>3. A word on Celtic SMP, Ballincollig</h3><p>{para}</p></article>"
        '<div class="comments"><div class="comment"><b>Tadhg</b> <span>3 November 2026</span>'
        "<p>Went to Celtic Scalp Clinic after reading this. Darragh was very professional.</p>"
        '</div><div class="comment"><b>Celtic SMP</b> <span>4 November 2026</span><p>Thanks '
        "for the mention lads. DM us on Facepage for this month's special offer.</p></div></div>"
        "</body></html>"
    )
    found = extract(page, "https://dispatch.example/grooming/smp-munster/", now=NOW, own_site=False)
    assert [(p.name, p.address.locality) for p in found.practitioners] == [
        ("Celtic Scalp Clinic", "Limerick"),
        ("Giulia Ferraro", "Cork"),
        ("Celtic SMP", "Ballincollig"),
    ]
    assert [r.author for r in found.reviews] == ["Tadhg"]


def test_an_irish_town_then_its_county() -> None:
    found = addresses_in_text("23 Main Street, Ballincollig, Cork, Ireland, P31 KX20")
    assert (found[0].locality, found[0].region) == ("Ballincollig", "Cork")
    found = addresses_in_text("14 Long St, Woodstock, Cape Town, 7925")
    assert found[0].locality == "Cape Town"


def test_where_an_artist_is_from_is_not_where_they_work() -> None:
    from crawler.extraction.page import _town

    assert _town("I'm Giulia, an SMP artist from Milan now living in Cork.", set(), []) == "Cork"


def test_a_photo_captioned_with_a_name_and_role_names_a_practitioner() -> None:
    page = (
        "<html><head><title>Music City Scalp Ink</title></head><body><h1>Get your hairline back"
        '</h1><img src="/brantley-cole.jpg" alt="Brantley Cole, founder"/><p>Brantley Cole is an'
        " internationally certified Master SMP Artist with over 10 years in the tattoo industry."
        '</p><img src="/studio.jpg" alt="Our studio in Nashville"/></body></html>'
    )
    found = find_people(Document(page, "https://musiccity.example/"))
    assert [(p.name, p.role) for p in found] == [("Brantley Cole", "founder")]


def test_a_register_column_of_a_town_and_its_county_in_brackets() -> None:
    assert header_field("City (County)") == "locality"
    assert header_field("Studio Name (DBA)") == "business"  # (what the name is, not a part)
    page = (
        "<table><thead><tr><th>Name</th><th>License #</th><th>Status</th><th>City (County)</th>"
        "</tr></thead><tbody><tr><td>Cole, Brantley J.</td><td>TA-09317</td><td>Expired</td>"
        "<td>Nashville (Davidson)</td></tr><tr><td>Cole, Brandy L.</td><td>TA-12019</td>"
        "<td>Active</td><td>Chattanooga (Hamilton)</td></tr></tbody></table>"
    )
    entries = extract_registry(page, URL, issuer="TN", credential="licence", now=NOW)
    assert [(e.name, e.locality, e.status) for e in entries] == [
        ("Cole, Brantley J.", "Nashville", "expired"),
        ("Cole, Brandy L.", "Chattanooga", "active"),
    ]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Mi sono formata presso l’Accademia Italiana di Dermopigmentazione nel 2015.",
            ["training"],
        ),
        (
            "Ho conseguito l’attestato di qualifica per tatuatore della Regione Lombardia.",
            ["certification"],
        ),
        ("Faccio SMP da undici anni, prima a Milano e ora a Cork.", ["experience"]),
        (
            "Sono assicurata per i trattamenti a domicilio con Glenview Beauty Insurance.",
            ["insurance"],
        ),
        (
            "Before moving to Cork I held the Lombardy regional tattoo qualification.",
            ["certification"],
        ),
        ("Scalp micropigmentation only · Chattanooga TN · 7 yrs doing scalps only", ["experience"]),
    ],
)
def test_claims_in_italian_and_as_short_profiles_write_them(text: str, kinds: list[str]) -> None:
    assert [c.kind for c in find_claims([text])] == kinds


def test_a_forum_posts_own_score_in_its_words() -> None:
    from crawler.extraction.ratings import score_in_prose

    assert score_in_prose("Jace did mine, 9/10, only knocked a point because of the wait.") == 4.5
    assert score_in_prose("2/10 for the front desk but 9/10 for the hairline.") is None
    assert score_in_prose("Three sessions, 3/4 of the way there.") is None
    assert score_in_prose("Mine turned out fine tbh, 8/10.") == 4.0
    assert score_in_prose("I'd say 3/10 of the clinics I rang never called back.") is None
    # stars closing the post after its last sentence, not stars given elsewhere
    assert score_in_prose("My second session got rescheduled twice. ★★★★☆") == 4.0
    assert score_in_prose("She told me I'd need a touch-up in a few years. 5 stars") == 5.0
    assert score_in_prose("I gave them 5 stars on Google.") is None


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Inicialmente, formei-me em Técnico em Enfermagem em 2010.", ["training"]),
        ("Investi em diversos cursos, incluindo com profissionais no Brasil.", ["training"]),
        ("Enfermeira desde 1982, e esteticista desde 2001.", ["experience"]),
        ("Em 2014 decidi seguir a área da micropigmentação.", ["experience"]),
    ],
)
def test_claims_in_portuguese_as_a_studio_writes_them(text: str, kinds: list[str]) -> None:
    assert [c.kind for c in find_claims([text])] == kinds


def test_a_word_of_praise_before_where_someone_trained() -> None:
    (claim,) = find_claims(["She trained at the renowned Scalp Academy London in 2019."])
    assert (claim.kind, claim.issuer) == ("training", "Scalp Academy London")


def test_trained_staff_in_german() -> None:
    text = "Alle Eingriffe werden von ausgebildeten Fachkräften für Piercing durchgeführt."
    assert [c.kind for c in find_claims([text])] == ["training"]


def test_a_staff_list_whose_owners_card_says_smp_leaves_out_the_brow_artist() -> None:
    page = (
        "<html><head><title>Berea Scalp Art | Tymely</title></head><body><h1>Berea Scalp Art</h1>"
        '<h2>Staff</h2><ul class="tb-staff"><li class="tb-staff__item">'
        '<span class="tb-staff__name">Kyle Naidoo</span> <span class="tb-staff__role">'
        "Owner · SMP Artist</span></li><li "
        'class="tb-staff__item"><span class="tb-staff__name">Zanele Mkhize</span> <span '
        'class="tb-staff__role">Brow Artist</span></li></ul></body></html>'
    )
    team, staff = find_team(Document(page, "https://tymely.example/berea-scalp-art/"))
    assert [p.name for p in team] == ["Kyle Naidoo"]
    assert [p.name for p in staff] == ["Zanele Mkhize"]


def test_a_listings_owner_after_its_name_and_a_month_that_is_a_date() -> None:
    assert split_place("Kernow SMP (J. Penrose)") == ("Kernow SMP", None)
    assert addresses_in_text("Member since\nMarch 2023") == []
    assert addresses_in_text("12 High St, March, PE15 8AA")[0].locality == "March"


def test_a_title_part_that_is_the_sites_own_name_is_no_listings_town() -> None:
    page = (
        "<html><head><title>Kernow SMP (J. Penrose) - Kent &amp; Cornwall Approved Trader "
        'Scheme</title></head><body><header><a href="/">Kent &amp; Cornwall Approved Trader '
        "Scheme</a></header><h1>Kernow SMP (J. Penrose)</h1><dl><dt>Status</dt><dd>Membership "
        "lapsed 30/06/2026</dd><dt>Area covered</dt><dd>All of Cornwall</dd></dl>"
        '<div class="fb"><p>Score: 9/10</p><p>Mr R. Tregenza, St Austell · 11/04/2025</p><p>Jago '
        "came to the house and set up properly with a clean field and new needles.</p></div>"
        '<div class="fb"><p>Score: 4/10</p><p>Mr A. Carne, Redruth · 28/01/2025</p><p>Left side '
        "has faded much faster than the right and I had to chase for the touch-up.</p></div>"
        "</body></html>"
    )
    found = extract(page, "https://scheme.example/trader/kernow-smp/", now=NOW, own_site=False)
    (main,) = found.practitioners
    assert (main.name, main.address) == ("Kernow SMP", None)
    assert [r.rating for r in found.reviews] == [4.5, 2.0]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Proud to be a Trading Standards Approved Trader.", ["membership"]),
        ("We are a Trading Standards approved trader under the Kent & Cornwall Approved Trader "
         "Scheme.", ["membership"]),
        ("Our studio is registered as a skin penetration premises with the Tasmanian Department "
         "of Health (registration SP-0417).", ["licence"]),
        ("I hold the HLTINF006 infection prevention and control unit, refreshed in 2025.",
         ["certification"]),
        ("Since opening in 2018, Dario has treated more than 1,400 scalp clients.", ["experience"]),
        ("J’ai travaillé huit ans en dermatologie au CHU avant la micropigmentation.",
         ["experience"]),
        ("En 2019, j’ai suivi la formation complète de la Northern Scalp Academy à Calgary.",
         ["training"]),
        ("Mijn studio is geregistreerd bij het Tasmaanse ministerie van Volksgezondheid.",
         ["licence"]),
        ("Nuestro estudio opera bajo la licencia sanitaria municipal de Barcelona.", ["licence"]),
        ("Our approved suppliers deliver weekly.", []),
        ("Only use approved providers for your aftercare products.", []),
        ("She has the latest Bishop unit installed.", []),
        ("© 2026 Shopper Approved · Certified reviews", []),  # a review site's, no one's
    ],
)  # fmt: skip
def test_claims_of_schemes_units_and_registrations(text: str, kinds: list[str]) -> None:
    assert [c.kind for c in find_claims([text], NOW)] == kinds


def test_an_approved_traders_scheme_is_its_issuer() -> None:
    (claim,) = find_claims(["Proud to be a Trading Standards Approved Trader."], NOW)
    assert claim.issuer == "Trading Standards"


def test_a_list_heading_names_its_towns_after_a_dash_and_a_hill_has_a_street() -> None:
    para = " ".join(["He showed us healed work and explained pigment and depth clearly."] * 3)
    page = (
        "<html><head><title>Ten SMP clinics outside the big cities | Mane Street</title></head>"
        "<body><article><h1>Scalp micropigmentation: ten clinics worth the trip</h1>"
        f"<h2>1. Prairie Follicle SMP, Winnipeg</h2><p>{para}</p>"
        f"<h2>2. Ciarán Devlin SMP – Belfast &amp; Lisburn</h2><p>{para} Find him at "
        "Cathedral Quarter Ink, 23 Hill Street, Belfast BT1 2LB.</p></article></body></html>"
    )
    found = extract(page, "https://mag.example/grooming/ten-smp-clinics/", now=NOW, own_site=False)
    assert [(p.name, p.address.locality) for p in found.practitioners] == [
        ("Prairie Follicle SMP", "Winnipeg"),
        ("Ciarán Devlin SMP", "Belfast"),
    ]
    assert found.practitioners[1].address.street == "23 Hill Street"


def _vanilla_post(kind: str, user: str, when: str, words: str) -> str:
    return (
        f'<div class="Item-Header {kind}Header"><div class="AuthorWrap"><span class="Author">'
        f'<a href="/profile/{user}" class="Username">{user}</a></span></div><div class="Meta">'
        f'<span class="MItem DateCreated"><time datetime="{when}">{when[:10]}</time></span>'
        f'</div></div><div class="Item-BodyWrap"><div class="Item-Body"><div class="Message '
        f'userContent"><p>{words}</p></div></div></div>'
    )


def test_a_threads_opening_post_set_apart_above_its_replies_is_a_post_too() -> None:
    opening = _vanilla_post("Discussion", "northern_dome", "2026-01-11T02:20:17+00:00",
                            "Prairie Follicle in Winnipeg, 3 sessions with Dario in 2024. Super "
                            "thorough consult. Who else?")  # fmt: skip
    replies = "".join(
        f'<li class="Item ItemComment"><div class="Comment">'
        f"{_vanilla_post('Comment', user, when, words)}</div></li>"
        for user, when, words in [
            ("bluenose_b", "2026-01-19T10:00:00+00:00", "Cal in Dartmouth, really knows his "
             "pigment and showed me healed work first."),
            ("mtl_to_qc", "2026-02-07T10:00:00+00:00", "Geneviève in Québec, very clinical and "
             "calm, no pressure at all."),
        ]
    )  # fmt: skip
    page = (
        "<html><head><title>Canada SMP: post your experiences - ThinningTalk</title></head><body>"
        f'<main><h1>Canada SMP: post your experiences</h1><div class="Discussion">{opening}</div>'
        f'<div class="CommentsWrap"><div class="DataBox"><h2>Comments</h2><ul class="MessageList">'
        f"{replies}</ul></div></div></main></body></html>"
    )
    url = "https://forum.example/discussion/2105/canada-smp/"
    found = extract(page, url, now=NOW, own_site=False)
    assert sorted((r.author, r.date) for r in found.reviews) == [
        ("bluenose_b", "2026-01-19"),
        ("mtl_to_qc", "2026-02-07"),
        ("northern_dome", "2026-01-11"),
    ]


def test_a_team_of_two_spoken_of_together_holds_a_claim_each() -> None:
    from crawler.extraction.people import Person

    pair = [Person("Lauren Pike", None, None), Person("Tom Ashdown", None, None)]
    text = ["Both practitioners are members of the British Society of Scalp Pigmentation."]
    found = claims_with_holders(text, pair, NOW)
    assert [c.holder for c in found] == ["Lauren Pike", "Tom Ashdown"]
    three = [*pair, Person("Dee Hart", None, None)]
    assert [c.holder for c in claims_with_holders(text, three, NOW)] == [None]


def test_years_to_come_are_no_experience() -> None:
    text = "I will tell you if a lower hairline would look wrong in ten years."
    assert find_claims([text], NOW) == []
    (claim,) = find_claims(["In ten years of practice I have seen every kind of scalp."], NOW)
    assert (claim.kind, claim.years) == ("experience", 10)


def test_member_cards_whose_lines_open_with_a_bold_label_and_no_colon() -> None:
    card = (
        '<div class="dir-item"><h2 class="dir-display-name">{name}</h2>'
        '<p class="dir-level"><strong>Level</strong> Certified Member</p>'
        '<p class="dir-since"><strong>Member since</strong> March 4, {year}</p>'
        '<p class="dir-business"><strong>Business</strong> {business}</p>'
        '<p class="dir-location"><strong>Location</strong> {town}, United States</p>'
        '<p class="dir-status"><strong>Status</strong> {status}</p></div>'
    )
    page = (
        "<html><head><title>Find a Member</title></head><body><main><h1>Find a Member</h1>"
        "<ul><li><strong>Certified Member</strong> &#8212; has passed the assessment.</li>"
        "<li><strong>Associate Member</strong> &#8212; has completed the course.</li></ul>"
        '<div class="dir">'
        + card.format(name="Lucía Baca", year=2021, business="Sandia Scalp Studio",
                      town="Albuquerque, New Mexico", status="Active")
        + card.format(name="Ray Ortega", year=2020, business="—", town="Santa Fe, New Mexico",
                      status="Lapsed (renewal due June 30, 2025)")
        + "</div></main></body></html>"
    )  # fmt: skip
    rows = extract_registry(
        page, "https://society.example/find-a-member/", issuer="Society", credential="membership"
    )
    assert [(r.name, r.status, r.business, r.locality, r.region, r.year) for r in rows] == [
        ("Lucía Baca", "active", "Sandia Scalp Studio", "Albuquerque", "NM", 2021),
        ("Ray Ortega", "expired", None, "Santa Fe", "NM", 2020),
    ]


def test_a_forums_fallback_for_readers_without_scripts_is_its_thread() -> None:
    posts = "<hr>".join(
        f'<div><h3>{user}</h3><div class="Post-body"><p>{words}</p></div></div>'
        for user, words in [
            ("okie_matt", "Had the Full Head Special at Kincaid Scalp Ink in OKC and it has "
             "gone blue under office lights."),
            ("scalpnerd", "Aftercare doesn't turn pigment blue, it went in too deep."),
            ("baldbutbold", "Following."),
            ("TynesideTom", "Callum at Tyne Scalp did mine in 2024 and it's still crisp."),
        ]
    )  # fmt: skip
    page = (
        "<html><head><title>OKC Full Head Special - blue tint - Thinning Talk</title></head><body>"
        '<div id="app"><main class="App-content"><div id="content"></div>'
        '<noscript><div class="Alert">This site is best viewed with JavaScript.</div></noscript>'
        f'<noscript id="flarum-content"><div class="container"><h1>OKC Full Head Special</h1>'
        f"<div>{posts}</div></div></noscript></main></div></body></html>"
    )
    found = extract(page, "https://forum.example/d/57-okc/", now=NOW, own_site=False)
    assert found.practitioners == []  # a thread is about whom its posts name
    assert [r.author for r in found.reviews] == ["okie_matt", "scalpnerd", "TynesideTom"]


def test_a_team_of_named_cards_is_no_thread() -> None:
    cards = "".join(
        f'<div class="card"><h3>{name}</h3><p>{bio}</p></div>'
        for name, bio in [
            ("Dana Whitlock", "Dana founded the studio in 2019 and trained for 120 hours."),
            ("Marcus Reyes", "Marcus joined in 2021 after five years as a tattooist here."),
            ("Bo Tran", "Bo runs the front desk and books every consultation for us."),
        ]
    )
    page = (
        f"<html><head><title>Team | Red Dirt</title></head><body><main>{cards}</main></body></html>"
    )
    found = extract(page, "https://reddirt.example/team/", now=NOW, own_site=True)
    assert found.reviews == []


def test_a_member_in_spanish_as_a_woman_writes_it() -> None:
    text = "Lucía es miembro certificada de la International Society of Scalp Pigmentation Artists."
    assert [c.kind for c in find_claims([text], NOW)] == ["membership"]


def test_a_location_card_saying_no_smp_at_this_location_is_that_locations() -> None:
    card = (
        '<div class="loc"><h3>{town} — {name}</h3><p>{street}<br>{town}, OK {zip}</p>'
        "<p>{phone}</p><p>{work}</p></div>"
    )
    page = (
        "<html><head><title>Locations | Red Dirt Scalp Co.</title></head><body><main>"
        "<h1>Locations</h1>"
        + card.format(town="Tulsa", name="Red Dirt Scalp Co.", street="1724 E 15th St",
                      zip="74120", phone="(918) 555-0143", work="Scalp micropigmentation.")
        + card.format(town="Oklahoma City", name="Red Dirt Brow Bar", street="820 NW 23rd St",
                      zip="73106", phone="(405) 555-0178",
                      work="Microblading. No SMP at this location — clients travel to Tulsa.")
        + "</main></body></html>"
    )  # fmt: skip
    found = extract(page, "https://reddirt.example/locations/", now=NOW, own_site=True)
    assert [(p.address.locality, bool(p.not_offered)) for p in found.practitioners] == [
        ("Tulsa", False),
        ("Oklahoma City", True),
    ]


def test_a_profile_under_the_id_a_platform_gave_it_is_named_for_its_business() -> None:
    from crawler.extraction.brand import choose, page_clues
    from index.sites import profile_of

    titles = ["Tessa K. Scalp Micropigmentation | Schedulicity",
              "About | Tessa K. Scalp Micropigmentation | Schedulicity"]  # fmt: skip
    pages = [
        page_clues(
            Document(
                f"<html><head><title>{title}</title></head><body><h1>Tessa K. Scalp "
                "Micropigmentation</h1><footer>© 2026 Schedulicity, Inc.</footer></body></html>",
                f"https://www.schedulicity.example/scheduling/TKS7QX/{path}",
            )
        )
        for title, path in zip(titles, ["", "about.html"], strict=True)
    ]
    profile = profile_of([["scheduling", "TKS7QX", ""], ["scheduling", "TKS7QX", "about.html"]])
    assert profile == "TKS7QX"
    chosen = choose(pages, "www.schedulicity.example", profile=profile)
    assert (chosen.name, chosen.on_platform) == ("Tessa K. Scalp Micropigmentation", True)


def test_a_page_headed_about_someone_by_given_name_is_theirs() -> None:
    page = (
        "<html><head><title>About Kirsty – Dundee Scalp Studio</title></head><body><main>"
        "<h1>About Kirsty</h1><p>Owner and only artist at Dundee Scalp Studio</p>"
        "<p>I started in permanent make-up in 2015 and moved over to scalp work full-time.</p>"
        "<p>I trained at the Scalp Artistry Academy in Manchester in 2018.</p></main></body></html>"
    )
    doc = Document(page, "https://dundeescalp.example/about-kirsty/")
    team, _ = find_team(doc, None, ["Dundee Scalp Studio"])
    assert [p.name for p in team] == ["Kirsty"]
    other = Document(page.replace("<h1>About Kirsty", "<h1>Kirsty"), "https://x.example/about/")
    assert find_team(other, None, ["Dundee Scalp Studio"])[0] == []  # a given name alone


def test_a_business_said_to_be_someones_studio_is_theirs() -> None:
    page = (
        "<html><head><title>About | Derwent Scalp Micropigmentation</title></head><body><main>"
        "<h2>About us</h2><p>Derwent SMP is Jarrah Whitlock’s one-chair studio for scalp "
        "micropigmentation in Hobart.</p><p>Jarrah holds a Tasmanian skin penetration licence."
        "</p></main></body></html>"
    )
    doc = Document(page, "https://book.example/derwent-smp/about.html")
    team, _ = find_team(doc, None, ["Derwent Scalp Micropigmentation"])
    assert [(p.name, p.cues) for p in team] == [("Jarrah Whitlock", ["the business is theirs"])]
    region = (
        "<html><body><p>Reef City Scalp Studio is Far North Queensland’s dedicated SMP studio.</p>"
    )
    assert find_team(Document(region, "https://reefcity.example/"), None, ["Reef City"])[0] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Met nege jaar ervaring is ons een van Pretoria se mees ervare SMP-ateljees.",
            "experience",
        ),
        ("Riaan is in 2017 deur die Johannesburg Skalp Akademie opgelei (80 uur).", "training"),
        ("Ons is lede van die Suid-Afrikaanse Vereniging vir Mikropigmentasie.", "membership"),
        ("Ons ateljee het ’n gesondheidspermit van die Stad Tshwane.", "licence"),
        ("Marelize is ’n gesertifiseerde permanente grimeerkunstenaar.", "certification"),
    ],
)
def test_claims_in_afrikaans(text: str, kind: str) -> None:
    assert [c.kind for c in find_claims([text], NOW)] == [kind]


def test_answers_on_a_question_site_are_its_posts() -> None:
    answer = (
        '<div class="q-box question_answer_item"><div class="q-flex"><img alt="Profile photo for '
        '{name}" src="a.png"><span class="answer_author_name">{name}</span><span> · {about}'
        '</span><span class="answer_timestamp">{when}</span></div><div class="answer_content">'
        "<p>{first}</p><p>{second}</p></div><span>Upvote · 9</span></div>"
    )
    page = (
        "<html><head><title>Waar kan ek goeie SMP in Pretoria kry? - Quandary</title></head>"
        "<body><main><h1>Waar kan ek goeie SMP in Pretoria kry?</h1><div>"
        + answer.format(name="Jaco van der Merwe", about="Woon in Pretoria", when="Answered Feb 14",
                        first="Ek het my haarlyn in 2024 by SkalpKuns laat doen.",
                        second="Riaan het alles eers verduidelik, die pigment en die naald.")
        + answer.format(name="Pieter Smit", about="Ingenieur, Centurion", when="Updated 2y",
                        first="Let wel: my eerste sessie was te donker vir my ligte hare.",
                        second="Nou lyk dit goed.")
        + "</div></main></body></html>"
    )  # fmt: skip
    found = extract(page, "https://qa.example/Waar-kan-ek/", now=NOW, own_site=False)
    got = [(r.author, r.date, r.body.split(".")[0]) for r in found.reviews]
    assert got == [
        ("Jaco van der Merwe", "2025-02-14", "Ek het my haarlyn in 2024 by SkalpKuns laat doen"),
        ("Pieter Smit", "2023-06-01", "Let wel: my eerste sessie was te donker vir my ligte hare"),
    ]


def test_a_testimonials_name_line_is_no_paragraph_of_its_words() -> None:
    slide = (
        '<div class="slide"><div class="x-text"><p>“{words}”</p>'
        "<p><strong>{who}</strong></p></div></div>"
    )
    page = (
        "<html><head><title>Reef City Scalp Studio</title></head><body><main>"
        "<h2>Client stories</h2>"
        '<div class="slides">'
        + slide.format(words="After years of hats I finally feel like myself at the beach again.",
                       who="Jarrod, Edge Hill")
        + slide.format(words="Kiri covered my transplant scar so well I stopped hiding it.",
                       who="Tom, Smithfield")
        + "</div></main></body></html>"
    )  # fmt: skip
    found = extract(page, "https://reefcity.example/", now=NOW, own_site=True)
    assert [(r.author, r.body[:20]) for r in found.reviews] == [
        ("Jarrod, Edge Hill", "After years of hats "),
        ("Tom, Smithfield", "Kiri covered my tran"),
    ]


def _talk_post(name: str, when: str, words: str, badge: str = "") -> str:
    """A review site's discussion post: the writer's photo (its alt their name) over their
    name link, a date and the words."""
    return (
        f'<div class="talk-post"><div class="media-avatar"><img alt="{name}" src="p.jpg"></div>'
        f'<ul class="user-passport-info"><li class="user-name"><a class="user-display-name" '
        f'href="/talk/user_details/{abs(hash(name))}/">{name}</a></li></ul>{badge}'
        f'<div class="talk-post_content"><span class="talk-post_date">{when}</span>'
        f'<div class="talk-post_text"><p>{words}</p></div></div></div>'
    )


def test_a_discussions_posts_under_a_photo_and_a_name_link_and_the_owners_post_apart() -> None:
    owner = (
        '<div class="business-owner-badge"><span class="i-biz-owner">Business Owner</span> '
        '<span class="biz-owner-name">Crown &amp; Follicle</span></div>'
    )
    page = (
        "<html><head><title>Crown &amp; Follicle on Mills – worth it? - Hollr Talk</title></head>"
        "<body><h1>Crown &amp; Follicle on Mills – worth it?</h1><div class='talk-topic'>"
        + _talk_post("Jay B.", "Oct 2, 2024",
                     "The front desk pushed me hard to pay the deposit the same day as my consult.")
        + _talk_post("Tom H.", "Apr 3, 2025",
                     "Honest review: they did my full scalp and the top had a bluish tinge.")
        + _talk_post("Gabriel S.", "Apr 9, 2025",
                     "Tom, we'd really like to see you back in the studio to look at it.", owner)
        + "</div></body></html>"
    )  # fmt: skip
    found = extract(page, "https://talk.example/topic/crown/", now=NOW, own_site=False)
    assert [(r.author, r.date) for r in found.reviews] == [
        ("Jay B.", "2024-10-02"),
        ("Tom H.", "2025-04-03"),
    ]
    # a heading that asks is a discussion: no business named "Crown & Follicle on Mills"
    assert found.practitioners == []


def test_an_owners_reply_under_a_clients_review_keeps_the_review() -> None:
    from crawler.extraction.document import parse
    from crawler.extraction.records import by_the_business

    review = parse(
        '<div class="review"><span class="name">Ann P.</span><p>Great hairline, no regrets.</p>'
        '<div class="owner-reply"><span class="badge">Owner</span><p>Thanks Ann!</p></div></div>'
    ).find(".//div")
    assert not by_the_business(review)


def test_a_builders_credit_and_a_trade_with_a_town_name_no_business() -> None:
    page = (
        "<html><head><title>Jordan Whitfield | SMP Ottawa | Beakon</title></head><body>"
        "<h1>Jordan Whitfield | SMP Ottawa</h1><p>Mobile scalp micropigmentation. I come to you."
        "</p><p>Text 613-555-0139</p><footer><span class='Page_logo'>Made with Beakon</span>"
        "</footer></body></html>"
    )
    found = extract(page, "https://beakon.example/jordansmp/", now=NOW, country="CA")
    assert [p.name for p in found.practitioners] == ["Jordan Whitfield"]


def test_a_classified_ad_titled_by_its_price_is_its_posters() -> None:
    page = (
        "<html><head><title>Scalp Micropigmentation - MOBILE - $899 full head | Kijilist</title>"
        "</head><body><h1>Scalp Micropigmentation – MOBILE – $899 full head</h1>"
        "<div><p>I do SMP in the comfort of your own home. Text Jordan 613-555-0139.</p></div>"
        "<aside class='posterInfo-2478'><div class='avatar'>JW</div><div>Jordan W.</div>"
        "<div>On Kijilist since 2024</div></aside></body></html>"
    )
    found = extract(page, "https://kijilist.example/v/smp/1712/", now=NOW, own_site=False)
    assert [(p.name, p.telephone) for p in found.practitioners] == [("Jordan W.", "+16135550139")]


def test_a_given_name_the_copyright_line_completes() -> None:
    page = (
        "<html><head><title>About - The Hairline Letter</title></head><body><main>"
        "<h1>About</h1><p>Hi, I’m Renée. I’m a scalp micropigmentation artist in Savannah, "
        "Georgia.</p><p>I trained at Follicle Arts Academy in Atlanta in 2019.</p></main>"
        "<footer><p>© 2026 Renée Okafor</p></footer></body></html>"
    )
    found = extract(page, "https://hairline.example/about/", now=NOW)
    assert "Renée Okafor" in [p.name for p in found.practitioners if p.kind == "artist"]


def test_refusing_all_other_work_is_a_specialist_and_a_shop_named_for_its_owner() -> None:
    page = (
        "<html><head><title>About Brodie | Scalp Studio Gold Coast</title></head><body><main>"
        "<h1>About Brodie</h1><p>I'm Brodie Nguyen, and Scalp Studio Gold Coast is my studio.</p>"
        "<p>Brodie completed his SMP training at Scalp Ink Academy in 2020 (32 hours).</p>"
        "<p>I don't do tattoos, brows or anything else. Just scalps.</p></main></body></html>"
    )
    found = extract(page, "https://scalpstudio.example/about/", now=NOW)
    assert "Brodie Nguyen" in [p.name for p in found.practitioners if p.kind == "artist"]
    shop = (
        "<html><head><title>Dai Morgan Barbers - Newport</title></head><body><a href='/' "
        "class='logo'>Dai Morgan Barbers</a><h1>Dai Morgan Barbers</h1><p>Welcome to Dai "
        "Morgan Barbers on Commercial Street.</p><p>Dai is the "
        "owner and does all of our Scalp Micro Pigmentation. Trained by HairDot Academy in "
        "2019.</p><p>Tel: 01632 960214</p>"
        "</body></html>"
    )
    found = extract(shop, "https://daimorgan.example/", now=NOW, country="GB")
    assert ("Dai Morgan", "artist") in [(p.name, p.kind) for p in found.practitioners]
    # a trade's word that is also a surname names no one ("Crownz Barber Shop")
    crownz = shop.replace("Dai Morgan Barbers", "Crownz Barber Shop").replace("Dai is", "Crownz is")
    found = extract(crownz, "https://crownz.example/", now=NOW, country="GB")
    assert [p.kind for p in found.practitioners] == ["clinic"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mae gan Ffion drwydded triniaeth arbennig ar gyfer tatŵio gan Ddinas a Sir Abertawe.",
         "licence"),
        ("Cafodd ei hyfforddi gyda Scalp Artistry UK ym Manceinion yn 2018 (50 awr).", "training"),
        ("Cafodd Gethin ei drwydded triniaeth arbennig ei hun yn 2025.", "licence"),
    ],
)  # fmt: skip
def test_claims_in_welsh(text: str, kind: str) -> None:
    assert [c.kind for c in find_claims([text], NOW)] == [kind]


def test_a_topics_posts_and_a_question_sites_answers_under_their_writers_cards() -> None:
    post = (
        '<tr class="postRow" id="post{n}"><td class="postAuthorCell"><div class="postAuthorName">'
        '{who}</div></td><td class="postContentCell"><div class="postDate">{when}</div>'
        '<div class="postText">{words}</div></td></tr>'
    )
    forum = (
        "<html><head><title>Wisconsin SMP experiences - Alopecia Alliance</title></head><body>"
        '<div id="id_Topic"><h1 class="topicTitle">Wisconsin SMP experiences</h1><table>'
        + post.format(n=1, who="Paul Zielinski", when="April 2, 2025",
                      words="Got SMP from Jolene at Cream City Ink last spring, happy so far.")
        + post.format(n=2, who="Dale Kruger", when="August 20, 2025",
                      words="Mixed feelings about Cream City Ink. The hairline is good though.")
        + "</table></div></body></html>"
    )  # fmt: skip
    found = extract(forum, "https://alliance.example/topic/1/", now=NOW, own_site=False)
    assert [r.author for r in found.reviews] == ["Paul Zielinski", "Dale Kruger"]
    assert found.practitioners == []  # a topic's title names no business
    answer = (
        '<div class="answer js-answer"><div class="s-prose js-post-body"><p>{words}</p></div>'
        '<div class="post-signature"><div class="user-info"><div class="user-action-time">'
        'answered <span class="relativetime">{when}</span></div><div class="user-details">'
        '<a href="/users/{n}/{who}/">{who}</a></div></div></div></div>'
    )
    qa = (
        "<html><head><title>Helmet looking SMP - can it be fixed? - Hair Loss Q&amp;A</title>"
        "</head><body><div id='answers'>"
        + answer.format(n=1, who="cmh_runner", when="Jan 12, 2025 at 8:27",
                        words="I went to Dan Whitfield for a correction after a bad job elsewhere.")
        + answer.format(n=2, who="pgh_mike", when="Jan 13, 2025 at 9:02",
                        words="Don't mix them up with ReNew SMP in Pittsburgh, a different studio.")
        + "</div></body></html>"
    )  # fmt: skip
    found = extract(qa, "https://qa.example/questions/6038/x/", now=NOW, own_site=False)
    assert [(r.author, r.date) for r in found.reviews] == [
        ("cmh_runner", "2025-01-12"),
        ("pgh_mike", "2025-01-13"),
    ]


def test_a_comment_trees_rows_and_the_time_its_words_tell_of() -> None:
    row = (
        '<tr class="athing comtr"><td><table><tr><td class="default"><div><span class="comhead">'
        '<a href="/user/{who}/" class="hnuser">{who}</a> <span class="age">{when}</span></span>'
        '</div><br><div class="comment"><div class="commtext">{words}</div></div></td></tr>'
        "</table></td></tr>"
    )
    page = (
        "<html><head><title>Ask HH: Has anyone had scalp micropigmentation done? | Hacker Hub"
        "</title></head><body><table class='comment-tree'>"
        + row.format(who="kernel_panic_cmh", when="2 months ago",
                     words="I had it done by Dan Whitfield in Columbus last year. Zero regrets.")
        + row.format(who="mke_sysadmin", when="3 months ago",
                     words="Milwaukee data point: I got mine at Cream City Ink and it is fine.")
        + "</table></body></html>"
    )  # fmt: skip
    found = extract(page, "https://hh.example/item/41877212/", now=NOW, own_site=False)
    assert [(r.author, r.date) for r in found.reviews] == [
        ("kernel_panic_cmh", "2025-04-01"),
        ("mke_sysadmin", "2025-03-01"),
    ]
    assert found.practitioners == []  # a title that asks: a discussion


def test_a_denial_below_a_chains_cards_is_the_location_it_names() -> None:
    card = (
        "<div class='loc'><h2>{town}</h2><p>{street}, {town}, {state} {zip}</p>"
        "<p>Phone: {phone}</p></div>"
    )
    page = (
        "<html><head><title>Locations | Midwest Hair Restoration Centers</title></head><body>"
        "<h1>Locations</h1>"
        + card.format(town="Oak Brook", street="2001 York Rd", state="IL", zip="60523",
                      phone="(630) 555-0115")
        + card.format(town="Columbus", street="4030 Easton Station", state="OH", zip="43219",
                      phone="(614) 555-0162")
        + "<p>Scalp micropigmentation is not offered at our Columbus center; Columbus patients "
        "can book SMP at Oak Brook.</p></body></html>"
    )  # fmt: skip
    found = extract(page, "https://midwest.example/locations.html", now=NOW, country="US")
    offered = {p.address.locality: p.not_offered for p in found.practitioners if p.address}
    assert offered["Oak Brook"] is None
    assert offered["Columbus"] is not None and offered["Columbus"].startswith("Scalp micro")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Makijażem permanentnym zajmuję się od 2012 roku, a skórą głowy – od 2019.",
         "experience"),
        ("Studio posiada licencję Departamentu Zdrowia Publicznego stanu Illinois.", "licence"),
        ("Jestem członkinią Polskiego Stowarzyszenia Linergistek od 2015 roku.", "membership"),
        ("Ukończyłam 80-godzinne szkolenie z mikropigmentacji skóry głowy w 2019 roku.",
         "training"),
        ("Certified by Trichopigmentation Academy – the certificate hangs in the studio, ask to "
         "see it!", "certification"),
        ("I do permanent makeup since 2012 and scalp since 2019.", "experience"),
        ("Our studio is permitted by the Allegheny County Health Department.", "licence"),
        ("Jolene added SMP to her work in 2023 after a weekend intensive.", "training"),
    ],
)  # fmt: skip
def test_claims_in_polish_and_in_a_second_languages_english(text: str, kind: str) -> None:
    assert [c.kind for c in find_claims([text], NOW)] == [kind]


def test_advice_to_ask_to_see_a_certificate_is_no_claim() -> None:
    assert find_claims(["Always ask to see the certificate of your artist."], NOW) == []


def test_a_forums_list_of_threads_names_no_business_and_a_deleted_post_is_none() -> None:
    thing = (
        '<div class="thing link"><p class="title"><a class="title" href="/r/ScalpMicro/comments/'
        '{n}/x/">{title}</a></p><p class="tagline">submitted <time datetime="{when}">1 mo. ago'
        '</time> by <a class="author">{who}</a></p></div>'
    )
    page = (
        "<html><head><title>ScalpMicro</title></head><body><h1>ScalpMicro</h1>"
        "<div id='siteTable'>"
        + thing.format(n="1ggx02", when="2025-05-01T08:00:00", who="p_andrews_81",
                       title="Update: 8 months after Express SMP at Inkline Scalp Clinic, Norwich")
        + thing.format(n="1h77ta", when="2025-05-02T08:00:00", who="aussie_clipper",
                       title="Adelaide, Hobart or over the ditch: which SMP artists do you rate?")
        + "</div></body></html>"
    )  # fmt: skip
    found = extract(page, "https://rabble.example/r/ScalpMicro/", now=NOW, own_site=False)
    assert found.practitioners == []
    comment = (
        '<div class="comment"><p class="tagline"><a class="author" href="/user/{who}">{who}</a> '
        '<time datetime="2025-05-03T10:00:00">1 mo. ago</time></p><div class="md"><p>{words}</p>'
        "</div></div>"
    )
    thread = (
        "<html><head><title>Worth travelling for SMP? : ScalpMicro</title></head><body>"
        + comment.format(who="coastal_baldie", words="Oof, sorry mate. That's what I'm scared of.")
        + comment.format(who="[deleted]", words="[deleted]")
        + "</body></html>"
    )
    found = extract(thread, "https://rabble.example/r/ScalpMicro/comments/1f/x/", now=NOW,
                    own_site=False)  # fmt: skip
    assert [r.author for r in found.reviews] == ["coastal_baldie"]
    assert found.practitioners == []


def test_this_location_on_a_locations_page_is_that_location_only() -> None:
    card = "<div class='loc'><h3>{town}</h3><p>1 Main St, {town}, LA</p><p>Phone: {phone}</p></div>"
    page = (
        "<html><head><title>Lafayette | Crescent Follicle SMP</title></head><body>"
        "<h1>Crescent Follicle SMP – Lafayette</h1><p>We do not perform scalp micropigmentation "
        "at this location.</p>"
        + card.format(town="Lafayette", phone="(337) 555-0105")
        + card.format(town="New Orleans", phone="(504) 555-0142")
        + "</body></html>"
    )
    found = extract(page, "https://crescent.example/locations/lafayette/", now=NOW, country="US")
    offered = {p.address.locality: p.not_offered for p in found.practitioners if p.address}
    assert offered["Lafayette"] is not None
    assert offered["New Orleans"] is None


def test_the_accepted_answer_is_one_of_the_answers() -> None:
    answer = (
        '<div class="answer js-answer{extra}"><div role="note" aria-label="{mark}"></div>'
        '<div class="s-prose js-post-body"><p>{words}</p></div><div class="post-signature">'
        '<div class="user-action-time">answered <span>{when}</span></div><div class="user-details">'
        '<a href="/users/{n}/{who}/">{who}</a></div></div></div>'
    )
    page = (
        "<html><head><title>Who checks SMP training in Chicago? - Hair Loss Q&amp;A</title></head>"
        "<body><div id='answers'>"
        + answer.format(extra=" accepted-answer js-accepted-answer", mark="Accepted", n=1,
                        who="humboldt_h", when="Apr 3, 2025",
                        words="I can only speak for Lakeview Scalp Studio, where I had mine done.")
        + answer.format(extra="", mark="", n=2, who="m_grant", when="Apr 5, 2025",
                        words="General advice: ask for the certificate and the academy's name.")
        + "</div></body></html>"
    )  # fmt: skip
    found = extract(page, "https://qa.example/questions/5127/x/", now=NOW, own_site=False)
    assert [r.author for r in found.reviews] == ["humboldt_h", "m_grant"]
