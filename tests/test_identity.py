"""Identity resolution: one practitioner per real clinic, never two clinics merged."""

from __future__ import annotations

from conftest import PageFactory, clinic

from crawler.items import Practitioner
from index import identity
from index.profiles import load_profile, resolve_id
from index.store import Store


def ids(store: Store) -> dict[int, str]:
    """Practitioner id of each live sighting."""
    rows = store.conn.execute("SELECT id, practitioner_id FROM sightings WHERE gone = 0")
    return {r["id"]: r["practitioner_id"] for r in rows}


def test_same_site_phone_and_name_variants_merge(store: Store, page: PageFactory) -> None:
    store.save_page(
        page(
            "http://crown.example/",
            [
                clinic(
                    "Crown and Line Scalp Micropigmentation",
                    phone="+12145550134",
                    city="Dallas",
                    postal_code="75201",
                )
            ],
            source_kind="clinic",
            own_site=True,
        )
    )
    store.save_page(
        page(
            "http://dir.example/listing/1",
            [
                clinic(
                    "Crown & Line SMP",
                    phone="+12145550134",
                    website="http://www.crown.example/",
                    city="Dallas",
                )
            ],
        )
    )
    store.save_page(
        page(
            "http://reviews.example/crown",
            [clinic("Crown & Line SMP LLC", phone="+12145550134", city="Dallas")],
            source="reviews",
            source_kind="reviews",
        )
    )
    identity.resolve(store)
    assert len(set(ids(store).values())) == 1
    profile = load_profile(store, next(iter(ids(store).values())))
    assert profile is not None
    assert profile.name == "Crown and Line Scalp Micropigmentation"
    assert {s.kind for s in profile.sources} == {"own", "directory", "reviews"}


def test_shared_city_or_word_never_merges(store: Store, page: PageFactory) -> None:
    store.save_page(
        page(
            "http://dir.example/p1",
            [
                clinic("Dallas Hairline Studio", phone="+12145550111", city="Dallas"),
                clinic("Dallas SMP Studio", phone="+12145550122", city="Dallas"),
                clinic("Precision Scalp Art", phone="+16025550133", city="Phoenix", region="AZ"),
                clinic("Precision Scalp Art", phone="+13035550144", city="Denver", region="CO"),
            ],
        )
    )
    identity.resolve(store)
    assert len(set(ids(store).values())) == 4


def test_same_name_and_city_but_different_websites_stay_apart(
    store: Store, page: PageFactory
) -> None:
    store.save_page(
        page(
            "http://dir.example/p1",
            [
                clinic("Elite SMP", website="http://elite-one.example/", city="Austin"),
                clinic("Elite SMP.", website="http://elite-two.example/", city="Austin"),
            ],
        )
    )
    identity.resolve(store)
    assert len(set(ids(store).values())) == 2


def test_near_identical_names_in_one_city_merge(store: Store, page: PageFactory) -> None:
    store.save_page(page("http://dir.example/a", [clinic("Ink Hairline Co.", city="Austin")]))
    store.save_page(
        page(
            "http://other.example/b",
            [clinic("Ink Hairline Company", city="Austin")],
            source="other",
        )
    )
    identity.resolve(store)
    assert len(set(ids(store).values())) == 1


def test_ids_are_stable_and_merges_redirect(store: Store, page: PageFactory) -> None:
    # One name in two towns: two practitioners, until a link says otherwise.
    store.save_page(
        page("http://dir.example/a", [clinic("Crown SMP", phone="+12145550134", city="Dallas")])
    )
    store.save_page(
        page(
            "http://crown.example/",
            [clinic("Crown SMP", city="Fort Worth")],
            source_kind="clinic",
            own_site=True,
        )
    )
    identity.resolve(store)
    before = ids(store)
    assert len(set(before.values())) == 2
    identity.resolve(store)
    assert ids(store) == before
    # The directory now links the clinic's website: the two become one, and the id that
    # went away redirects to the one that stayed.
    store.save_page(
        page(
            "http://dir.example/a",
            [
                clinic(
                    "Crown SMP",
                    phone="+12145550134",
                    city="Dallas",
                    website="http://crown.example/",
                )
            ],
        )
    )
    identity.resolve(store)
    after = set(ids(store).values())
    assert len(after) == 1
    (kept,) = after
    for old in set(before.values()):
        assert resolve_id(store, old) == kept


def test_artists_link_to_their_clinic(store: Store, page: PageFactory) -> None:
    store.save_page(
        page(
            "http://crown.example/team",
            [
                clinic("Crown SMP", city="Dallas"),
                clinic("Marcus Hale", kind="artist", works_for="Crown SMP"),
            ],
            source_kind="clinic",
            own_site=True,
        )
    )
    identity.resolve(store)
    rows = {r["kind"]: dict(r) for r in store.conn.execute("SELECT * FROM practitioners")}
    assert rows["artist"]["clinic_id"] == rows["clinic"]["id"]
    profile = load_profile(store, rows["clinic"]["id"])
    assert profile is not None
    assert [a["name"] for a in profile.artists] == ["Marcus Hale"]


def test_a_listing_sites_own_organisation_is_not_a_practitioner(
    store: Store, page: PageFactory
) -> None:
    for n in range(8):
        store.save_page(
            page(
                f"http://dir.example/page{n}",
                [clinic("SMP Finder Directory"), clinic(f"Clinic {n}", phone=f"+1214555010{n}")],
            )
        )
    identity.resolve(store)
    names = {r[0] for r in store.conn.execute("SELECT name FROM practitioners WHERE gone = 0")}
    assert "SMP Finder Directory" not in names
    assert len(names) == 8


def test_a_listing_linking_to_a_chains_website_joins_only_its_own_location(
    store: Store, page: PageFactory
) -> None:
    for path, phone, city in (("a", "+13055550134", "Miami"), ("b", "+18135550177", "Tampa")):
        store.save_page(
            page(
                f"http://gulfline.example/{path}",
                [clinic("Gulfline Scalp", phone=phone, city=city)],
                source_kind="clinic",
                own_site=True,
            )
        )
    listings = {
        "tampa": clinic("Gulfline Scalp Co", city="Tampa", website="http://gulfline.example/"),
        "nowhere": clinic("Gulfline Scalp Co.", website="http://gulfline.example/"),
    }
    for slug, listed in listings.items():
        store.save_page(page(f"http://dir.example/listing/{slug}", [listed]))
    identity.resolve(store)
    by_url = {
        r["url"]: r["practitioner_id"]
        for r in store.conn.execute("SELECT url, practitioner_id FROM sightings")
    }
    assert by_url["http://gulfline.example/a"] != by_url["http://gulfline.example/b"]
    assert by_url["http://dir.example/listing/tampa"] == by_url["http://gulfline.example/b"]
    assert by_url["http://dir.example/listing/nowhere"] not in (
        by_url["http://gulfline.example/a"],
        by_url["http://gulfline.example/b"],
    )


def test_a_listed_business_named_after_its_one_artist_is_that_artist(
    store: Store, page: PageFactory
) -> None:
    store.save_page(
        page(
            "http://dir.example/listing/aoife-brennan-smp",
            [
                clinic("Aoife Brennan Micropigmentation", city="Galway"),
                clinic(
                    "Aoife Brennan",
                    kind="artist",
                    city="Galway",
                    works_for="Aoife Brennan Micropigmentation",
                ),
            ],
        )
    )
    identity.resolve(store)
    rows = store.conn.execute("SELECT kind FROM practitioners WHERE gone = 0").fetchall()
    assert [r["kind"] for r in rows] == ["artist"]


def test_a_places_own_number_comes_before_a_booking_line(store: Store, page: PageFactory) -> None:
    store.save_page(
        page(
            "http://gulfline.example/",
            [clinic("Gulfline Scalp", phone="+18005550199", city="Miami")],
            source_kind="clinic",
            own_site=True,
        )
    )
    store.save_page(
        page(
            "http://gulfline.example/contact",
            [clinic("Gulfline Scalp", phone="+13055550134", city="Miami")],
            source_kind="clinic",
            own_site=True,
        )
    )
    identity.resolve(store)
    profile = load_profile(store, next(iter(ids(store).values())))
    assert profile is not None and profile.telephone is not None
    assert profile.telephone.value == "+13055550134"


def test_a_business_on_a_review_sites_sorted_pages_is_not_the_site_itself(
    store: Store, page: PageFactory
) -> None:
    for path in ("a", "a?sort=newest", "a?sort=highest", "a?sort=lowest", "b", "c", "d"):
        listed = (
            clinic("Gulfline Scalp", city="Derby")
            if path.startswith("a")
            else clinic(f"Other Scalp {path}", city="Leeds")
        )
        store.save_page(
            page(
                f"http://reviews.example/biz/{path}",
                [listed],
                source="reviews",
                source_kind="reviews",
            )
        )
    identity.resolve(store)
    gone = store.conn.execute(
        "SELECT COUNT(*) FROM sightings WHERE practitioner_id IS NULL AND url LIKE '%biz/a%'"
    ).fetchone()[0]
    assert gone == 0


def test_a_listing_under_the_owners_name_joins_the_business_named_after_them(
    store: Store, page: PageFactory
) -> None:
    store.save_page(page("http://dir.example/listing/1", [clinic("Callan Birch", city="Derby")]))
    store.save_page(
        page(
            "http://reviews.example/birch",
            [clinic("Birch Scalp Art", city="Derby")],
            source="reviews",
            source_kind="reviews",
        )
    )
    store.save_page(page("http://dir.example/listing/2", [clinic("Birch Scalp Art", city="Leeds")]))
    identity.resolve(store)
    assert len(set(ids(store).values())) == 2


def test_a_business_listed_under_its_owners_misspelt_name_is_that_artist(
    store: Store, page: PageFactory
) -> None:
    store.save_page(
        page("http://dir.example/listing/gus", [clinic("Gus Ferriera", city="Dayton", region="OH")])
    )
    store.save_page(
        page(
            "http://reviews.example/ferreira",
            [clinic("Ferreira Scalp Studio", city="Dayton", region="OH")],
            source="reviews",
            source_kind="reviews",
        )
    )
    identity.resolve(store)
    rows = store.conn.execute("SELECT kind FROM practitioners WHERE gone = 0").fetchall()
    assert [r["kind"] for r in rows] == ["artist"]


def test_a_listing_named_for_a_person_and_the_trade_is_that_artist(
    store: Store, page: PageFactory
) -> None:
    store.save_page(
        page(
            "http://dir.example/listing/gethin-pryce-smp",
            [clinic("Gethin Pryce SMP", city="Cardiff", phone="+442920180577")],
        )
    )
    store.save_page(
        page("http://dir.example/listing/kestrel", [clinic("Kestrel Scalp Clinic", city="Toronto")])
    )
    identity.resolve(store)
    rows = store.conn.execute("SELECT name, kind FROM practitioners WHERE gone = 0 ORDER BY name")
    assert [(r["name"], r["kind"]) for r in rows] == [
        ("Gethin Pryce SMP", "artist"),
        ("Kestrel Scalp Clinic", "clinic"),
    ]


def test_one_businesss_two_sites_with_one_name_and_number_are_one(
    store: Store, page: PageFactory
) -> None:
    for url in ("http://ciaranward.links.example/", "http://ciaran-ward.profiles.example/"):
        store.save_page(
            page(
                url, [clinic("Ciarán Ward SMP", phone="+353209100187", website=url)], own_site=True
            )
        )
    identity.resolve(store)
    rows = store.conn.execute("SELECT name FROM practitioners WHERE gone = 0").fetchall()
    assert [r["name"] for r in rows] == ["Ciarán Ward SMP"]


def test_a_listing_linking_a_chain_locations_own_page_joins_that_location(
    store: Store, page: PageFactory
) -> None:
    shared = "http://gulfline.example/about"
    for path, phone, city in (
        ("miami", "+13055550134", "Miami"),
        ("tampa", "+18135550177", "Tampa"),
    ):
        # each location's own page gives it the site as its website; the shared page names both
        store.save_page(
            page(
                f"http://gulfline.example/locations/{path}/",
                [
                    clinic(
                        "Gulfline Scalp", phone=phone, city=city, website="http://gulfline.example/"
                    )
                ],
                source_kind="clinic",
                own_site=True,
            )
        )
        store.save_page(
            page(
                shared,
                [clinic("Gulfline Scalp", phone=phone, city=city)],
                source_kind="clinic",
                own_site=True,
            )
        )
    listed = clinic("Gulfline Scalp Tampa Bay", website="http://gulfline.example/locations/tampa/")
    store.save_page(page("http://reviews.example/biz/gulfline-tampa-bay", [listed]))
    identity.resolve(store)
    by_url = dict(store.conn.execute("SELECT url, practitioner_id FROM sightings").fetchall())
    assert (
        by_url["http://reviews.example/biz/gulfline-tampa-bay"]
        == (by_url["http://gulfline.example/locations/tampa/"])
    )


def test_a_thread_review_goes_to_the_one_practitioner_it_names(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import Review

    store.save_page(page("http://dir.example/harbourline", [clinic("Harbourline Scalp Studio")]))
    for city in ("Chicago", "Oak Park"):  # a chain's two locations share one name
        store.save_page(
            page(f"http://dir.example/follicle-{city}", [clinic("Follicle Lab", city=city)])
        )
    said = {
        "a": "Harbourline on Sackville, hands down. Colleen talked me through everything.",
        "b": "Follicle Lab did mine and the hairline is far too low.",
        "c": "Harbourline or Follicle Lab, both were fine for me honestly.",
    }
    thread = [Review(body=b, author=f"N{k}.") for k, b in said.items()]
    store.save_page(page("http://forum.example/p/1", [], thread, source_kind="reviews"))
    identity.resolve(store)
    given = dict(store.conn.execute("SELECT author, mentions FROM reviews").fetchall())
    harbourline = next(p for p, in store.conn.execute("SELECT id FROM practitioners")
                       if p.startswith("harbourline"))  # fmt: skip
    assert given == {"Na.": harbourline, "Nb.": None, "Nc.": None}
    assert [r.body for r in load_profile(store, harbourline).reviews] == [said["a"]]


def test_a_village_of_a_town_and_a_big_citys_neighbourhood_are_that_town(
    store: Store, page: PageFactory
) -> None:
    store.save_page(page("http://a.example/1", [clinic("Shawn Daley Tattoo & SMP", city="Newton")]))
    store.save_page(
        page("http://b.example/1", [clinic("Shawn Daley Tattoo & SMP", city="Newton Centre")])
    )
    store.save_page(page("http://a.example/2", [clinic("Kiln Scalp Works", city="Chicago")]))
    store.save_page(page("http://b.example/2", [clinic("Kiln Scalp Works", city="West Loop")]))
    identity.resolve(store)
    live = store.conn.execute("SELECT name FROM practitioners WHERE gone = 0").fetchall()
    assert sorted(r[0] for r in live) == ["Kiln Scalp Works", "Shawn Daley Tattoo & SMP"]


def test_a_listing_naming_its_town_joins_the_business_there(
    store: Store, page: PageFactory
) -> None:
    own = clinic("Northline Scalp Studio", phone="+441414960318", city="Glasgow")
    store.save_page(page("http://northline.example/", [own], source_kind="clinic", own_site=True))
    listed = clinic("Northline Scalp Studio Glasgow", city="Glasgow")
    store.save_page(page("http://bookings.example/venue/northline-glasgow/", [listed]))
    identity.resolve(store)
    assert (
        store.conn.execute("SELECT COUNT(*) FROM practitioners WHERE gone = 0").fetchone()[0] == 1
    )


def test_a_thread_naming_an_artist_with_their_clinic_names_the_clinic() -> None:
    import sqlite3

    from index import mentions

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    db.execute(
        "INSERT INTO reviews (body, sighting_id, own_site, gone) VALUES (?, NULL, 0, 0)",
        ("Marc-André at Rideau did my scar camouflage last fall.",),
    )
    names = {
        "rideau": mentions.names_of("Rideau Hair Restoration Centre"),
        "marc": mentions.names_of("Marc-André Gagnon"),
    }
    assert mentions.attribute(db, names, {"marc": "rideau"}) == {"rideau"}
    assert db.execute("SELECT mentions FROM reviews").fetchone() == ("rideau",)


def test_an_artist_is_named_by_the_fullest_of_their_names(store: Store, page: PageFactory) -> None:
    """The crew page gives "Brodie Tran", the SMP page only "Brodie": one person, full name."""
    for url, name in (
        ("http://cut.example/smp", "Brodie"),
        ("http://cut.example/crew", "Brodie Tran"),
    ):
        store.save_page(
            page(
                url,
                [clinic("Cut Barber Co", city="Dallas"),
                 clinic(name, kind="artist", works_for="Cut Barber Co")],
                source_kind="clinic",
                own_site=True,
            )
        )  # fmt: skip
    identity.resolve(store)
    artists = store.conn.execute("SELECT name FROM practitioners WHERE kind = 'artist'").fetchall()
    assert [r["name"] for r in artists] == ["Brodie Tran"]


def test_a_review_sites_one_page_for_a_chain_gives_each_review_to_the_location_it_names(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import Review

    sydney = clinic(
        "Restora Hair Clinics",
        phone="+61270105566",
        city="Sydney",
        region="NSW",
    )
    perth = clinic(
        "Restora Hair Clinics",
        phone="+61870105566",
        city="Perth",
        region="WA",
    )
    kate = clinic("Kate Lindqvist", kind="artist", works_for="Restora Hair Clinics")
    kate.address = sydney.address
    store.save_page(
        page("http://restora.example/", [sydney, perth, kate], source_kind="clinic", own_site=True)
    )
    said = {
        "a": "Kate camouflaged my scar so well my barber didn't notice.",
        "b": "The Perth clinic was rushed and pushy about the transplant.",
        "c": "Great clinic, lovely staff.",
    }
    reviews = [Review(body=b, author=f"N{k}.") for k, b in said.items()]
    chain = clinic("Restora Hair Clinics", website="http://restora.example/")
    store.save_page(page("http://reviews.example/restora/", [chain], reviews))
    for _ in (1, 2):  # resolving again changes nothing
        identity.resolve(store)
        rows = store.conn.execute("SELECT id, name FROM practitioners WHERE gone = 0").fetchall()
        assert sorted(r["name"] for r in rows) == [
            "Kate Lindqvist", "Restora Hair Clinics", "Restora Hair Clinics",
        ]  # fmt: skip
        given = dict(store.conn.execute("SELECT author, mentions FROM reviews").fetchall())
        places = {
            r["locality"]: r["practitioner_id"]
            for r in store.conn.execute(
                "SELECT locality, practitioner_id FROM sightings WHERE kind = 'clinic'"
            )
            if r["locality"]
        }
        assert given == {"Na.": places["Sydney"], "Nb.": places["Perth"], "Nc.": None}
    assert [r.body for r in load_profile(store, places["Perth"]).reviews] == [said["b"]]


def test_a_chain_listings_second_page_gives_its_reviews_to_the_locations_they_name(
    store: Store, page: PageFactory
) -> None:
    """Page 2 of a review site's one page for a chain carries one location's number in its
    markup; its reviews still go to the location they name. A location's own listing keeps
    a review that only compares it with another ("I would go to Perth next time")."""
    from crawler.items import Review

    sydney = clinic("Restora Hair Clinics", phone="+61270105566", city="Sydney", region="NSW")
    perth = clinic("Restora Hair Clinics", phone="+61870105566", city="Perth", region="WA")
    store.save_page(
        page("http://restora.example/", [sydney, perth], source_kind="clinic", own_site=True)
    )
    chain = clinic("Restora Hair Clinics", website="http://restora.example/")
    store.save_page(page("http://reviews.example/restora/", [chain], [Review(body="Fine.")]))
    marked = clinic("Restora Hair Clinics", phone="+61270105566", website="http://restora.example/")
    second = [Review(body="The Perth clinic rushed my second session.", author="Na.")]
    store.save_page(page("http://reviews.example/restora/page/2/", [marked], second))
    own = clinic("Restora Hair Clinics", phone="+61270105566", city="Sydney", region="NSW")
    compared = [Review(body="Rushed. I would go to the Perth clinic next time.", author="Nb.")]
    store.save_page(page("http://other.example/biz/restora-sydney", [own], compared))
    identity.resolve(store)
    places = {
        r["locality"]: r["practitioner_id"]
        for r in store.conn.execute("SELECT locality, practitioner_id FROM sightings")
        if r["locality"]
    }
    assert [r.author for r in load_profile(store, places["Perth"]).reviews] == ["Na."]
    assert [r.author for r in load_profile(store, places["Sydney"]).reviews] == ["Nb."]


def test_a_listing_in_a_citys_numbered_district_with_an_old_number_joins_the_site(
    store: Store, page: PageFactory
) -> None:
    own = clinic("Follicle & Co.", phone="+35315550142", city="Dublin", region=None)
    store.save_page(page("http://follicle.example/", [own], source_kind="clinic", own_site=True))
    listed = clinic("Follicle and Co. Ltd", phone="+35315550107", city="Dublin 2", region=None,
                    website="http://follicle.example/")  # fmt: skip
    store.save_page(page("http://dir.example/follicle-and-co", [listed]))
    identity.resolve(store)
    live = store.conn.execute("SELECT COUNT(*) FROM practitioners WHERE gone = 0").fetchone()[0]
    assert live == 1


def test_a_team_member_the_team_page_calls_staff_is_no_artist_on_their_own_page(
    store: Store, page: PageFactory
) -> None:
    site = "http://skinclinic.example/"
    home = clinic("Riverside Skin", phone="+16155550100", city="Nashville", website=site)
    team = page(f"{site}providers/", [home, clinic("Lena Fisk", kind="artist")], own_site=True)
    assert team.extraction is not None
    team.extraction.staff = ["Ruth Abara, MD"]
    store.save_page(team)
    bio = [home, clinic("Dr. Ruth Abara", kind="artist")]
    store.save_page(page(f"{site}providers/ruth-abara/", bio, own_site=True))
    identity.resolve(store)
    rows = store.conn.execute("SELECT name, kind FROM practitioners WHERE gone = 0 ORDER BY name")
    assert [(r["name"], r["kind"]) for r in rows] == [
        ("Lena Fisk", "artist"),
        ("Riverside Skin", "clinic"),
    ]


def test_a_chain_location_that_says_it_does_not_do_the_work_is_no_practitioner(
    store: Store, page: PageFactory
) -> None:
    site = "http://harbourskin.example/"
    east = clinic("Harbour Skin", phone="+16155550101", city="Eastgate")
    west = clinic("Harbour Skin", phone="+16155550102", city="Westport")
    store.save_page(page(site, [east, west], own_site=True, source_kind="clinic"))
    west_card = clinic("Harbour Skin", phone="+16155550102", city="Westport")
    west_card.not_offered = "SMP is at Eastgate only."
    locations = page(f"{site}locations/", [east, west_card], own_site=True, source_kind="clinic")
    store.save_page(locations)
    identity.resolve(store)
    [(pid,)] = store.conn.execute("SELECT id FROM practitioners WHERE gone = 0").fetchall()
    profile = load_profile(store, pid)
    assert profile is not None and profile.locality == "Eastgate"


def test_an_old_page_from_before_a_move_and_an_old_listing_are_the_business_now(
    store: Store, page: PageFactory
) -> None:
    site = "http://tomasruiz.example/"
    now = clinic("Tomás Ruiz SMP", phone="+14025550110", city="Omaha", region="NE", website=site)
    for path in ("", "about/", "pricing/", "contact/"):
        store.save_page(page(f"{site}{path}", [now], own_site=True, source_kind="clinic"))
    before = clinic("Tomás Ruiz SMP", phone="+17125550166", city="Council Bluffs", region="IA")
    store.save_page(
        page(f"{site}2021/05/new-studio/", [before], own_site=True, source_kind="clinic")
    )
    listed = clinic("Tomas Ruiz Scalp", phone="+17125550166", city="Council Bluffs", website=site)
    store.save_page(page("http://pros.example/pro/tomas-ruiz/", [listed]))
    identity.resolve(store)
    rows = store.conn.execute("SELECT name, kind FROM practitioners WHERE gone = 0").fetchall()
    assert [(r["name"], r["kind"]) for r in rows] == [("Tomás Ruiz SMP", "artist")]


def test_a_number_written_for_home_dialling_is_the_same_line(
    store: Store, page: PageFactory
) -> None:
    site = "http://capescalp.example/"
    own = clinic("Cape Scalp", phone="+27215550142", city="Cape Town", region=None, website=site)
    store.save_page(page(site, [own], own_site=True, source_kind="clinic"))
    listed = clinic("Cape Scalp Sea Point", phone="021 555 0142", city="Cape Town", region=None)
    store.save_page(page("http://reviews.example/biz/cape-scalp-sea-point/", [listed]))
    identity.resolve(store)
    assert (
        store.conn.execute("SELECT COUNT(*) FROM practitioners WHERE gone = 0").fetchone()[0] == 1
    )


def test_a_thread_reply_goes_to_its_headings_practitioner_or_the_chain_location_it_names(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import NameClue, Review

    site = "http://kiln.example/"
    for path, phone, city, artist in (
        ("salons/ashby/", "+441530496011", "Ashby", "Rhian Holt"),
        ("salons/melton/", "+441664496022", "Melton", "Owen Pask"),
    ):
        here = page(
            f"{site}{path}",
            [clinic("Kiln Hair", phone=phone, city=city), clinic(artist, kind="artist")],
            own_site=True,
            source_kind="clinic",
        )
        assert here.extraction is not None
        here.extraction.clues = [NameClue("h1", f"Kiln Hair {city}")]
        store.save_page(here)
    store.save_page(
        page("http://shop.example/", [clinic("Quarry Scalp Studio", phone="+441332496033")])
    )
    threads = {
        "http://forum.example/t/kiln-ashby-vs-melton/8/": ("Kiln Hair Ashby vs Melton", [
            "Rhian was lovely and explained the healing.", "Melton rushed me through."]),
        "http://forum.example/t/quarry-scalp/9/": ("Quarry Scalp Studio - anyone?", [
            "Booked after this thread, very happy."]),
    }  # fmt: skip
    for url, (heading, bodies) in threads.items():
        thread = page(url, [], [Review(body=b, author=f"user{i}") for i, b in enumerate(bodies)])
        assert thread.extraction is not None
        thread.extraction.clues = [NameClue("h1", heading)]
        store.save_page(thread)
    identity.resolve(store)
    got = dict(
        store.conn.execute(
            "SELECT r.body, COALESCE(s.locality, p.name) FROM reviews r"
            " JOIN practitioners p ON p.id = r.mentions"
            " JOIN sightings s ON s.practitioner_id = p.id AND s.kind = 'clinic'"
        ).fetchall()
    )
    assert got == {
        "Rhian was lovely and explained the healing.": "Ashby",
        "Melton rushed me through.": "Melton",
        "Booked after this thread, very happy.": "Quarry Scalp Studio",
    }


def test_a_listings_further_pages_are_that_listing(store: Store, page: PageFactory) -> None:
    for url, name in (
        ("http://chair.example/pro/jaylen-brooks-smp/", "Mobile SMP ATL"),
        ("http://chair.example/pro/jaylen-brooks-smp/reviews/2/", "Jaylen Brooks"),
        ("http://chair.example/pro/dre-mitchell/", "Dre Mitchell"),
    ):
        store.save_page(page(url, [clinic(name, city="Atlanta", region="GA")], source="chair"))
    identity.resolve(store)
    rows = store.conn.execute("SELECT url, practitioner_id FROM sightings WHERE gone = 0")
    by_url = {r["url"]: r["practitioner_id"] for r in rows}
    jaylen = {by_url[u] for u in by_url if "jaylen" in u}
    assert len(jaylen) == 1 and by_url["http://chair.example/pro/dre-mitchell/"] not in jaylen


def test_a_thread_post_naming_a_chain_and_one_locations_town_goes_to_that_location(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import Review

    site = "http://tress.example/"
    for path, phone, city in (
        ("leicester/", "+441164960011", "Leicester"),
        ("swindon/", "+441793496022", "Swindon"),
    ):
        store.save_page(
            page(f"{site}{path}", [clinic("Tress & Co", phone=phone, city=city)],
                 own_site=True, source_kind="clinic")
        )  # fmt: skip
    bodies = [
        "DP went to Tress & Co in Swindon last spring and has no regrets.",
        "Tress & Co did my dad's and he is thrilled.",  # which location: no one can say
    ]
    thread = [Review(body=b, author=f"user{i}") for i, b in enumerate(bodies)]
    store.save_page(page("http://forum.example/t/1/", [], thread, source_kind="reviews"))
    identity.resolve(store)
    got = dict(
        store.conn.execute(
            "SELECT r.body, s.locality FROM reviews r LEFT JOIN sightings s"
            " ON s.practitioner_id = r.mentions AND s.kind = 'clinic'"
        ).fetchall()
    )
    assert got == {bodies[0]: "Swindon", bodies[1]: None}


def test_a_listing_of_an_artist_giving_a_one_person_business_website_is_that_business(
    store: Store, page: PageFactory
) -> None:
    own = clinic("Ciarán Duggan SMP", phone="+353879142206", city="Kilkenny")
    store.save_page(page("http://duggan.example/", [own], source_kind="clinic", own_site=True))
    listed = clinic("Ciarán Duggan", kind="artist", city="Waterford")  # the town it left
    listed.website = "http://duggan.example/"
    store.save_page(page("http://verdict.example/specialist/ciaran-duggan/", [listed]))
    identity.resolve(store)
    live = store.conn.execute("SELECT name, kind FROM practitioners WHERE gone = 0").fetchall()
    assert [tuple(r) for r in live] == [("Ciarán Duggan SMP", "artist")]


def test_a_business_under_the_short_form_of_its_one_artists_name_is_that_artist(
    store: Store, page: PageFactory
) -> None:
    own = clinic("Tav SMP", city=None)
    artist = clinic("Tavita Faleolo", kind="artist", city=None)
    site = "http://tavscalp.example/about"
    store.save_page(page(site, [own, artist], source_kind="clinic", own_site=True))
    identity.resolve(store)
    live = store.conn.execute("SELECT name, kind FROM practitioners WHERE gone = 0").fetchall()
    assert [tuple(r) for r in live] == [("Tav SMP", "artist")]


def test_a_reply_naming_another_than_the_post_it_quotes_is_given_to_no_one() -> None:
    import sqlite3

    from index import mentions

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    quote = "If Newcastle's not too far, Carys Fenwick is the one."
    for body, quoted in (
        ("That's where I ended up after the Northern Line mess. Brilliant.", quote),
        ("Northern Line SMP did mine and it went blue within a year.", None),
    ):
        db.execute(
            "INSERT INTO reviews (body, quoted, sighting_id, own_site, gone)"
            " VALUES (?, ?, NULL, 0, 0)",
            (body, quoted),
        )
    names = {
        "carys": mentions.names_of("Carys Fenwick"),
        "northern": mentions.names_of("Northern Line SMP"),
    }
    mentions.attribute(db, names)
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    assert got == [None, "northern"]


def test_a_doctors_listing_at_the_address_of_the_practice_named_for_them_is_that_practice(
    store: Store, page: PageFactory
) -> None:
    def at(name: str, street: str) -> Practitioner:
        p = clinic(name, city="Graz", region=None, postal_code="8010")
        assert p.address is not None
        p.address.street = street
        return p

    practice = at("Ordination Dr. Lena Maier & Dr. Jakob Wolf", "Herrengasse 12")
    doctor = at("Dr. Jakob Wolf, Hautarzt in Graz", "Herrengasse 12")
    neighbour = at("Dr. Eva Brunner, Zahnärztin in Graz", "Herrengasse 12")  # same building
    store.save_page(page("http://noten.example/graz/ordination-maier-wolf/", [practice]))
    store.save_page(page("http://noten.example/graz/dr-jakob-wolf/", [doctor]))
    store.save_page(page("http://noten.example/graz/dr-eva-brunner/", [neighbour]))
    identity.resolve(store)
    ids = dict(store.conn.execute("SELECT name, practitioner_id FROM sightings").fetchall())
    assert ids["Dr. Jakob Wolf, Hautarzt in Graz"] == ids[practice.name]
    assert ids["Dr. Eva Brunner, Zahnärztin in Graz"] != ids[practice.name]


def test_a_reply_naming_whom_it_went_to_and_a_shared_name_with_its_town() -> None:
    import sqlite3

    from index import mentions

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    quote = "Beware the mobile guy, Kaimana Ink, my dots went blue."
    for body, quoted in (
        ("Lani at Koa Scalp Studio in Hilo fixed the mess the mobile guy left me.", quote),
        ("Went to Ruth Okafor in Ipswich last year, lovely hairline.", None),
    ):
        db.execute(
            "INSERT INTO reviews (body, quoted, sighting_id, own_site, gone)"
            " VALUES (?, ?, NULL, 0, 0)",
            (body, quoted),
        )
    names = {
        "koa": mentions.names_of("Koa Scalp Studio"),
        "kaimana": mentions.names_of("Kaimana Ink"),
        "ruth-own": mentions.names_of("Ruth Okafor"),  # her own practice in Ipswich
        "ruth-guest": mentions.names_of("Ruth Okafor"),  # her days at a studio in Colchester
    }
    towns = {"ruth-own": {"ipswich"}, "ruth-guest": {"colchester"}, "koa": {"hilo"}}
    mentions.attribute(db, names, towns=towns)
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    assert got == ["koa", "ruth-own"]


def test_a_rare_short_name_and_a_name_of_trade_words_with_its_town() -> None:
    from index import mentions

    assert "koru" in mentions.names_of("Koru Scalp Studio")  # no everyday word
    assert "halo" not in mentions.names_of("Halo Scalp Studio")  # an everyday word
    assert "kate" not in mentions.names_of("Kate SMP")  # a given name: any Kate
    assert mentions.names_of("The Scalp Studio") == set()
    assert "scalp fix" in mentions.names_of("Scalp Fix Barbers & SMP")  # less its trade words
    assert "scalp studio in truro" in mentions.names_in_town("The Scalp Studio", {"truro"})
    assert "hairline studio cardiff" in mentions.names_in_town("The Hairline Studio", {"cardiff"})


def test_a_threads_heading_is_its_titles_first_part_where_the_h1_is_the_forums_name() -> None:
    from crawler.items import NameClue
    from index.sites import heading

    thread = [
        NameClue("title", "Wearside SMP (Sunderland)"),
        NameClue("title", "anyone been recently?"),
        NameClue("title", "ScalpTalk Forums"),
        NameClue("h1", "ScalpTalk Forums"),
    ]
    assert heading(thread) == "Wearside SMP (Sunderland)"
    own = [NameClue("title", "Wearside thread"), NameClue("h1", "Wearside SMP - 5 years on")]
    assert heading(own) == "Wearside SMP - 5 years on"


def test_a_platforms_posts_lie_beside_the_profile_they_belong_to() -> None:
    from index.sites import profile_of

    posts = [["p", "C9bT7mWq42"], ["p", "C8xK2aLrQ1"], ["p", "DAa3LpZx90"]]
    assert profile_of([["scalp.by.tomas"], *posts]) == "scalp.by.tomas"
    assert profile_of([["pros", "ray-delgado-smp.html"]]) == "ray-delgado-smp"


def test_a_post_is_given_by_the_handle_the_clinic_its_artist_works_at_and_the_writers_visit() -> (
    None
):
    from index.mentions import _longest, _own_visit, _owners, names_of

    assert names_of("Tomas Reyes", ["scalp.by.tomas"]) == {"tomas reyes", "scalp by tomas"}
    owners = _owners(
        {
            "summit": names_of("Summit Scalp Studio"),
            "wasatch": names_of("Wasatch SMP"),
            "dana-s": names_of("Dana Ortiz"),
            "dana-w": names_of("Dana Ortiz"),
        }
    )
    clinic_of = {"dana-s": "summit", "dana-w": "wasatch"}
    post = (
        "Dana Ortiz did my density at Summit and it’s spot on. Funny enough my brother saw her"
        " at Wasatch when she was guesting there one weekend."
    )
    assert _own_visit(post, owners, _longest(owners), clinic_of, None) == {"summit"}
    other = "My brother went to Wasatch. Summit did mine and it is fine."
    assert _own_visit(other, owners, _longest(owners), clinic_of, None) == set()


def test_the_address_shown_is_not_of_a_location_that_does_not_do_the_work(
    store: Store, page: PageFactory
) -> None:
    home = clinic("Wasatch SMP", phone="+18015550193", city="Salt Lake City")
    ogden = clinic("Wasatch SMP", phone="+18015550193", city="Ogden")
    assert ogden.address is not None
    ogden.address.street = "2460 Washington Blvd"
    ogden.not_offered = "Our Ogden studio offers hair system fittings only."
    store.save_page(page("http://wasatch.example/", [home], source_kind="clinic", own_site=True))
    store.save_page(
        page("http://wasatch.example/ogden/", [ogden], source_kind="clinic", own_site=True)
    )
    identity.resolve(store)
    (pid,) = {p for p in ids(store).values() if p}
    profile = load_profile(store, pid)
    assert profile is not None and profile.locality == "Salt Lake City"


def test_a_listing_at_the_address_a_sites_markup_kept_after_a_move_is_that_clinic(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import Address

    own = clinic("Wasatch Scalp Co.", phone="+18015550163", city="Salt Lake City",
                 postal_code="84101", region="UT")  # fmt: skip
    assert own.address is not None
    own.address.street = "355 W 200 S"
    own.former_address = Address("5243 S State St", "Murray", "UT", "84107", "US")
    store.save_page(page("http://wasatch.example/", [own], source_kind="clinic", own_site=True))
    voucher = clinic("Wasatch Scalp Co", city="Murray", postal_code="84107", region="UT")
    assert voucher.address is not None
    voucher.address.street = "5243 S State St"
    store.save_page(page("http://deals.example/deals/wasatch-scalp-co-1/", [voucher]))
    tenant = clinic("Beehive Brow Bar", city="Murray", postal_code="84107", region="UT")
    assert tenant.address is not None
    tenant.address.street = "5243 S State St"  # the next business at the old address
    store.save_page(page("http://deals.example/deals/beehive-brow-bar/", [tenant]))
    identity.resolve(store)
    assert len({p for p in ids(store).values() if p}) == 2
    rows = store.conn.execute("SELECT joined_by FROM sightings WHERE url LIKE '%co-1/'")
    assert "markup kept after a move" in rows.fetchone()[0]


def test_a_sites_markup_address_the_text_replaces_is_kept_as_its_former() -> None:
    from datetime import datetime

    from crawler.extraction import extract

    page = (
        '<html><head><script type="application/ld+json">{"@type": "HealthAndBeautyBusiness",'
        ' "name": "Wasatch Scalp Co.", "address": {"streetAddress": "5243 S State St",'
        ' "addressLocality": "Murray", "addressRegion": "UT", "postalCode": "84107"}}</script>'
        "</head><body><h1>Wasatch Scalp Co.</h1><footer>355 W 200 S, Suite 140, Salt Lake City,"
        " UT 84101 · (801) 555-0163</footer></body></html>"
    )
    found = extract(page, "https://wasatch.example/", now=datetime(2026, 12, 1))
    main = found.practitioners[0]
    assert main.address is not None and main.address.locality == "Salt Lake City"
    assert main.former_address is not None and main.former_address.locality == "Murray"


def test_a_reply_naming_by_given_name_someone_its_thread_names_in_full_is_theirs() -> None:
    import sqlite3

    from index import mentions

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    db.execute("CREATE TABLE pages (url TEXT, clues TEXT)")
    thread = "http://talk.example/t/4933-winnipeg/"
    for url, body in (  # (its second page read first)
        (f"{thread}page/2/", "Tomas did mine too and it's fine, but he was 40 minutes late."),
        (thread, "I went with Tomas Reyes in Winnipeg because he comes to your house."),
        ("http://talk.example/t/5000-other/", "Tomas did mine and it's fine."),
    ):
        db.execute(
            "INSERT INTO reviews (url, body, sighting_id, own_site, gone)"
            " VALUES (?, ?, NULL, 0, 0)",
            (url, body),
        )
    names = {"tomas": mentions.names_of("Tomas Reyes"), "tom": mentions.names_of("Tom Hale")}
    mentions.attribute(db, names)
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    assert got == ["tomas", "tomas", None]


def test_a_threads_pages_are_one_conversation() -> None:
    from index.mentions import thread_key

    pages = [
        "http://t.example/index.php/topic,4821.0.html",
        "http://t.example/index.php/topic,4821.5.html",
    ]
    assert {thread_key(u) for u in pages} == {"http://t.example/index.php/topic,4821.html"}
    assert thread_key("http://t.example/topic/44-x/page/2/") == "http://t.example/topic/44-x"
    assert thread_key("http://t.example/f3/glasgow-t1182-8.html") == (
        "http://t.example/f3/glasgow-t1182.html"
    )
    # a post's number after the thread's slug (Flarum), not another thread's id
    assert (
        thread_key("http://t.example/d/41-tyne-or-liam/21/") == "http://t.example/d/41-tyne-or-liam"
    )
    assert thread_key("http://t.example/thread/123") == "http://t.example/thread/123"


def test_a_companys_legal_form_names_no_one() -> None:
    from index import mentions

    assert mentions.names_of("Tyne Scalp Clinic Ltd") == {"tyne scalp clinic", "tyne"}


def test_a_name_with_trade_words_between_its_words_is_the_same_business() -> None:
    assert identity.alike_names("greenway hair clinic", "greenway hair and scalp clinic")
    assert identity.alike_names("ink and follicle", "ink and follicle scalp co")
    assert not identity.alike_names("greenway hair clinic", "greenway scalp clinic")
    assert not identity.alike_names("crown smp", "crown royal smp")


def test_a_review_sites_listing_with_trade_words_added_joins_in_its_town(
    store: Store, page: PageFactory
) -> None:
    store.save_page(
        page(
            "http://greenway.example/",
            [clinic("Greenway Hair Clinic", phone="+35315550163", city="Dublin")],
            source_kind="clinic",
            own_site=True,
        )
    )
    store.save_page(
        page("http://critic.example/b/1", [clinic("Greenway Hair & Scalp Clinic", city="Dublin")])
    )
    store.save_page(
        page("http://critic.example/b/2", [clinic("Greenway Hair & Scalp Clinic", city="Galway")])
    )
    identity.resolve(store)
    found = ids(store)
    assert len(set(found.values())) == 2


def test_a_business_named_with_its_practitioners_initials_is_theirs() -> None:
    from index.people_names import name_in_business

    assert name_in_business("Dewayne Pruitt", "DP Scalp Art")
    assert not name_in_business("Dewayne Pruitt", "AB Scalp Art")


def test_two_own_sites_with_one_number_where_one_page_gives_the_others_name(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import NameClue

    link = page(
        "http://links.example/dewaynepruitt/",
        [clinic("Links", phone="+14235550129", city="Chattanooga")],
        source_kind="clinic",
        own_site=True,
    )
    link.extraction.clues = [NameClue("title", "Dewayne Pruitt"), NameClue("title", "DP Scalp Art")]
    store.save_page(link)
    store.save_page(
        page(
            "http://dpscalpart.booking.example/",
            [clinic("DP Scalp Art", phone="+14235550129", city="Chattanooga")],
            source_kind="clinic",
            own_site=True,
        )
    )
    identity.resolve(store)
    assert len(set(ids(store).values())) == 1


def test_a_given_name_with_the_town_of_the_one_practitioner_of_that_name() -> None:
    import sqlite3

    from index import mentions

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    db.execute("CREATE TABLE pages (url TEXT, clues TEXT)")
    for body in (
        "If anyone in Cork wants someone who comes to the house, Giulia is brilliant.",
        "Giulia in Galway did mine, grand job.",  # no Giulia the product knows in Galway
        "Dana did my hairline, in Cork too.",  # two Danas in Cork
    ):
        db.execute(
            "INSERT INTO reviews (url, body, sighting_id, own_site, gone)"
            " VALUES ('https://forum.example/t-1', ?, NULL, 0, 0)",
            (body,),
        )
    db.execute(
        "INSERT INTO reviews (url, body, sighting_id, own_site, gone) VALUES"
        " ('https://forum.example/t-2', 'Two sessions with Kyle in Bridgford, quick.', NULL, 0, 0)"
    )
    names = {
        "giulia": mentions.names_of("Giulia Ferraro"),
        "dana-a": mentions.names_of("Dana Ortiz"),
        "dana-b": mentions.names_of("Dana Whitfield"),
        "kyle": mentions.names_of("Kyle Dobson"),  # an artist of a chain's location
    }
    towns = {"giulia": {"cork"}, "dana-a": {"cork"}, "dana-b": {"cork"}, "kyle": {"bridgford"}}
    mentions.attribute(db, names, {"kyle": "tressco-bridgford"}, towns=towns)
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    # (Kyle, an artist of the Bridgford location, in Bridgford: that location)
    assert got == ["giulia", None, None, "tressco-bridgford"]


def test_a_profile_on_a_platform_is_joined_by_its_owners_name_not_the_platforms(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import NameClue

    for part in ("about", "reviews"):
        item = page(
            f"http://www.facepage.example/CelticSMPCork/{part}/",
            [clinic("Facepage", city="Ballincollig")],
            source_kind="clinic",
            own_site=True,
        )
        item.extraction.clues = [
            NameClue("title", "Celtic SMP"),
            NameClue("title", "Facepage"),
            NameClue("h1", "Celtic SMP"),
        ]
        store.save_page(item)
    store.save_page(
        page("http://dispatch.example/smp-munster/", [clinic("Celtic SMP", city="Ballincollig")])
    )
    identity.resolve(store)
    assert len(set(ids(store).values())) == 1


def test_a_reply_pointing_back_goes_to_whom_the_threads_first_post_names() -> None:
    import sqlite3

    from index import mentions

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    db.execute("CREATE TABLE pages (url TEXT, clues TEXT)")
    for body in (
        "Had the Full Head Special at Kincaid Scalp Ink in OKC and it has gone blue.",
        "Aftercare doesn't turn pigment blue, it went in too deep.",
        "Same guy did my brother last year, same thing, the dots merged.",
    ):
        db.execute(
            "INSERT INTO reviews (url, body, sighting_id, own_site, gone)"
            " VALUES ('https://forum.example/d/57-okc-blue', ?, NULL, 0, 0)",
            (body,),
        )
    mentions.attribute(db, {"kincaid": mentions.names_of("Kincaid Scalp Ink")})
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    assert got == ["kincaid", None, "kincaid"]


def test_a_directorys_owner_whom_the_clinics_team_page_calls_staff_is_no_artist(
    store: Store, page: PageFactory
) -> None:
    site = "http://capillaire.example/"
    home = clinic("Clinique Capillaire", phone="+18195550162", city="Gatineau", website=site)
    team = page(f"{site}team/", [home, clinic("Isabelle Charron", kind="artist")], own_site=True)
    assert team.extraction is not None
    team.extraction.staff = ["Dr. Philippe Gauthier", "Dr Aoife Power"]
    team.extraction.declined = ["Dr. Philippe Gauthier"]  # "... and does not perform SMP"
    store.save_page(team)
    listed = clinic("Clinique Capillaire", phone="+18195550162", city="Gatineau")
    people = [
        clinic(name, kind="artist", works_for="Clinique Capillaire")
        for name in ("Philippe Gauthier", "Aoife Power")  # (a medical director, in no words)
    ]
    store.save_page(page("http://neighbours.example/biz/capillaire/", [listed, *people]))
    identity.resolve(store)
    rows = store.conn.execute("SELECT name FROM practitioners WHERE gone = 0 ORDER BY name")
    assert [r["name"] for r in rows] == ["Aoife Power", "Clinique Capillaire", "Isabelle Charron"]


def test_a_shop_bearing_its_owners_name_stays_a_shop(store: Store, page: PageFactory) -> None:
    site = "http://daimorgan.example/"
    shop = clinic("Dai Morgan Barbers", phone="+441632960214", city="Newport", website=site)
    store.save_page(
        page(site, [shop, clinic("Dai Morgan", kind="artist")], own_site=True, source_kind="clinic")
    )
    identity.resolve(store)
    rows = store.conn.execute("SELECT name, kind FROM practitioners WHERE gone = 0 ORDER BY name")
    assert [(r["name"], r["kind"]) for r in rows] == [
        ("Dai Morgan", "artist"),
        ("Dai Morgan Barbers", "clinic"),
    ]


def _thread_db(posts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, url TEXT, body TEXT, mentions TEXT,"
        " sighting_id INTEGER, own_site INTEGER, gone INTEGER, quoted TEXT)"
    )
    db.execute("CREATE TABLE pages (url TEXT, clues TEXT)")
    for url, body in posts:
        db.execute(
            "INSERT INTO reviews (url, body, sighting_id, own_site, gone)"
            " VALUES (?, ?, NULL, 0, 0)",
            (url, body),
        )
    return db


def test_a_reply_naming_a_clinics_artist_in_a_thread_that_names_the_clinic_is_the_clinics() -> None:
    from index import mentions

    thread = "http://talk.example/topic/jax/"
    db = _thread_db(
        [
            (thread, "Second vote for Inkline, but they will talk you up to density."),
            (thread, "Marcus did my scar from an old FUT strip and you cannot see it."),
            ("http://talk.example/topic/other/", "Marcus did my scar and it's fine."),
        ]
    )
    names = {
        "inkline": mentions.names_of("Inkline Tattoo & Scalp"),
        "marcus": mentions.names_of("Marcus Delaney"),
        "marcus-b": mentions.names_of("Marcus Bell"),
    }
    mentions.attribute(db, names, {"marcus": "inkline"})
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    assert got == ["inkline", "inkline", None]


def test_a_reply_telling_its_own_visit_in_a_thread_about_one_practitioner_is_theirs() -> None:
    from index import mentions

    thread = "http://talk.example/topic/mobile-guy/"
    db = _thread_db(
        [
            (thread, "There's a Jordan W. on Kijilist doing mobile SMP. Has anyone used him?"),
            (thread, "He did my session on a folding chair in my kitchen."),
            (thread, "Has anyone tried the clinic in Gatineau? Looking for someone careful."),
        ]
    )
    names = {"jordan": mentions.names_of("Jordan Whitfield", ["Jordan W."])}
    mentions.attribute(db, names)
    got = [r[0] for r in db.execute("SELECT mentions FROM reviews ORDER BY id")]
    assert got == ["jordan", "jordan", None]


def test_comments_under_a_video_whose_h1_is_the_players_notice_go_to_whom_its_title_names() -> None:
    import json

    from index import mentions

    video = "http://vids.example/watch/hc12m/"
    db = _thread_db([(video, "Was nervous about it going blue but 18 months in it's still fine.")])
    clues = [
        ["title", "12 month healed SMP results"],
        ["title", "Hairline Cymru, Swansea"],
        ["title", "VidTube"],
        ["h1", "This video requires JavaScript to play."],
    ]
    db.execute("INSERT INTO pages (url, clues) VALUES (?, ?)", (video, json.dumps(clues)))
    mentions.attribute(db, {"cymru": mentions.names_of("Hairline Cymru")})
    assert db.execute("SELECT mentions FROM reviews").fetchone()[0] == "cymru"


def test_a_comment_under_a_list_of_several_businesses_is_about_whom_it_names(
    store: Store, page: PageFactory
) -> None:
    from crawler.items import Review

    listed = [clinic("Geneviève Tremblay", city="Québec"), clinic("Kernow SMP", city="Truro")]
    comment = Review(body="I had mine at Kernow SMP and the pitch was relentless.", author="Rhys")
    store.save_page(page("http://mag.example/top-10/2/", listed, [comment]))
    identity.resolve(store)
    [(sighting, mentions)] = store.conn.execute("SELECT sighting_id, mentions FROM reviews")
    kernow = next(p for (p,) in store.conn.execute("SELECT id FROM practitioners") if "kernow" in p)
    assert sighting is None and mentions == kernow
