"""The two directories: A (schema.org microdata, ?page=N) and B (bare HTML, CSS classes only)."""

from __future__ import annotations

from statistics import mean

from demoweb.hosts import DIRECTORY_A, DIRECTORY_B, REVIEW_SITE
from demoweb.htmltools import document, esc, format_phone, stars
from demoweb.site import Site, UrlFor, page, redirect
from demoweb.truth import ClinicTruth, World
from vetting.vocabulary import SERVICES

A_PER_PAGE = 8
B_PER_PAGE = 8
B_PER_CITY_PAGE = 2


def rating_of(world: World, clinic: ClinicTruth) -> tuple[float, int] | None:
    """The clinic's average independent rating and review count, as directories show them."""
    ratings = [r.rating for r in world.reviews_of(clinic.key, "review-site")]
    return (round(mean(ratings), 1), len(ratings)) if ratings else None


def _services(clinic: ClinicTruth) -> list[str]:
    return [label for key, label in SERVICES.items() if key in clinic.services]


def render_directory_a(world: World, url: UrlFor) -> Site:
    """SMP Artist Finder: paginated listings and microdata detail pages."""
    site = Site(DIRECTORY_A, "SMP Artist Finder")
    listed = sorted(
        (c for c in world.clinics if "A" in c.directories),
        key=lambda c: (c.region, c.locality, c.listed_names["A"]),
    )
    pages = [listed[i : i + A_PER_PAGE] for i in range(0, len(listed), A_PER_PAGE)]
    for number, chunk in enumerate(pages, 1):
        html = _a_frame("Browse SMP artists", _a_listing(world, chunk, number, len(pages)))
        site.add(f"/artists/?page={number}", page(html))
        if number == 1:
            site.add("/artists/", page(html))
    for clinic in listed:
        site.add(
            clinic.listings["A"],
            page(_a_frame(clinic.listed_names["A"], _a_detail(world, clinic, url))),
        )
    site.add("/", page(_a_frame("Find a scalp micropigmentation artist near you", _a_home())))
    site.add("/about/", page(_a_frame("About SMP Artist Finder", _a_about())))
    site.add(
        "/search",
        page(
            _a_frame(
                "Search", "<h1>Search results</h1>\n<p>Showing listings that match your search.</p>"
            )
        ),
    )
    site.add(
        "/admin/",
        page(
            _a_frame(
                "Sign in",
                "<h1>Listing owners: sign in</h1>\n"
                '<form method="post"><input name="email">'
                '<input name="password" type="password">'
                "</form>",
            )
        ),
    )
    return site


def _a_frame(title: str, main: str) -> str:
    body = (
        '<header><a href="/" class="logo">SMP Artist Finder</a>\n<nav><a href="/">Home</a> · '
        '<a href="/artists/">Browse artists</a> · <a href="/about/">About</a></nav>\n'
        '<form action="/search" method="get"><input name="q" placeholder="City or name">'
        "<button>Search</button></form></header>\n"
        f"<main>\n{main}\n</main>\n"
        '<footer><a href="/admin/">Listing owners</a> · <a href="/admin/claim">Claim a listing'
        "</a><br>© 2026 SMP Artist Finder. Listings are provided by businesses and may not be "
        "up to date.</footer>"
    )
    return document(f"{title} | SMP Artist Finder", body)


def _a_home() -> str:
    return (
        "<h1>Find a scalp micropigmentation artist near you</h1>\n<p>SMP Artist Finder is a "
        "national directory of scalp micropigmentation studios. Browse by state, read what "
        "clients say, and always book a consultation before you commit.</p>\n"
        '<p><a href="/artists/">Browse all artists</a> or try a quick search: '
        '<a href="/search?q=dallas">SMP in Dallas</a>.</p>'
    )


def _a_about() -> str:
    return (
        "<h1>About us</h1>\n<p>We list studios that offer scalp micropigmentation across the "
        "United States. We don't check credentials: ask every artist about their training, "
        "licence and healed results before booking.</p>"
    )


def _a_listing(world: World, chunk: list[ClinicTruth], number: int, total: int) -> str:
    cards = []
    for clinic in chunk:
        rating = rating_of(world, clinic)
        score = f"{stars(rating[0])} {rating[0]} ({rating[1]} reviews)" if rating else "No reviews"
        cards.append(
            f'<li class="card"><h2><a href="{clinic.listings["A"]}">'
            f"{esc(clinic.listed_names['A'])}</a></h2>\n"
            f"<p>{esc(clinic.locality)}, {clinic.region} · {esc(score)}</p>\n"
            f'<a href="{clinic.listings["A"]}">View profile</a></li>'
        )
    links = " ".join(
        f'<a href="/artists/?page={n}">{n}</a>' if n != number else f"<strong>{n}</strong>"
        for n in range(1, total + 1)
    )
    prev = f'<a href="/artists/?page={number - 1}" rel="prev">« Previous</a> ' if number > 1 else ""
    nxt = f' <a href="/artists/?page={number + 1}" rel="next">Next »</a>' if number < total else ""
    return (
        f'<h1>SMP artists (page {number} of {total})</h1>\n<ul class="results">\n'
        + "\n".join(cards)
        + f'\n</ul>\n<nav class="pages">{prev}{links}{nxt}</nav>'
    )


def _a_detail(world: World, c: ClinicTruth, url: UrlFor) -> str:
    md = "https://schema.org/"
    rating = rating_of(world, c)
    aggregate = ""
    if rating:
        aggregate = (
            f'<p itemprop="aggregateRating" itemscope itemtype="{md}AggregateRating">Rated '
            f'<span itemprop="ratingValue">{rating[0]}</span>/<span itemprop="bestRating">5'
            f'</span> from <span itemprop="reviewCount">{rating[1]}</span> reviews</p>\n'
        )
    same = ""
    if "reviews" in c.listings:
        href = url(REVIEW_SITE, c.listings["reviews"])
        same = f'<p>Also on: <a itemprop="sameAs" href="{href}">ScalpTalk Reviews</a></p>\n'
    services = "".join(f"<li>{esc(s)}</li>" for s in _services(c))
    return (
        f'<article itemscope itemtype="{md}{c.business_type}">\n'
        f'<h1 itemprop="name">{esc(c.listed_names["A"])}</h1>\n'
        f'<p itemprop="description">Scalp micropigmentation studio in {esc(c.locality)}, '
        f"{c.region}.</p>\n"
        f'<p itemprop="address" itemscope itemtype="{md}PostalAddress">'
        f'<span itemprop="streetAddress">{esc(c.street)}</span>, '
        f'<span itemprop="addressLocality">{esc(c.locality)}</span>, '
        f'<span itemprop="addressRegion">{c.region}</span> '
        f'<span itemprop="postalCode">{c.postal_code}</span>'
        f'<meta itemprop="addressCountry" content="US"></p>\n'
        f'<p>Phone: <span itemprop="telephone">{format_phone(c.phone, "paren")}</span></p>\n'
        f'<p itemprop="geo" itemscope itemtype="{md}GeoCoordinates">'
        f'<meta itemprop="latitude" content="{c.lat}"><meta itemprop="longitude" '
        f'content="{c.lon}"></p>\n{aggregate}'
        f'<p><a itemprop="url" href="{url(c.host, "/")}" rel="nofollow">Visit website</a></p>\n'
        f"{same}<h2>Services</h2>\n<ul>{services}</ul>\n</article>\n"
        '<p><a href="/artists/">Back to all artists</a></p>'
    )


def render_directory_b(world: World, url: UrlFor) -> Site:
    """ScalpListings: city pages, A-Z pages, detail pages; no structured markup at all."""
    site = Site(DIRECTORY_B, "ScalpListings")
    listed = sorted(
        (c for c in world.clinics if "B" in c.directories),
        key=lambda c: c.listed_names["B"].lower(),
    )
    az = [listed[i : i + B_PER_PAGE] for i in range(0, len(listed), B_PER_PAGE)]
    for n, chunk in enumerate(az, 1):
        path = "/all/" if n == 1 else f"/all/page/{n}/"
        nxt = f"/all/page/{n + 1}/" if n < len(az) else None
        site.add(
            path,
            page(
                _b_frame(
                    "All SMP providers A–Z", _b_list(world, chunk, "All providers A–Z", nxt, url)
                )
            ),
        )
    cities: dict[str, list[ClinicTruth]] = {}
    for clinic in listed:
        cities.setdefault(_city_slug(clinic), []).append(clinic)
    for slug, members in sorted(cities.items()):
        chunks = [members[i : i + B_PER_CITY_PAGE] for i in range(0, len(members), B_PER_CITY_PAGE)]
        label = f"{members[0].locality}, {members[0].region}"
        for n, chunk in enumerate(chunks, 1):
            path = f"/smp/{slug}/" if n == 1 else f"/smp/{slug}/page/{n}/"
            nxt = f"/smp/{slug}/page/{n + 1}/" if n < len(chunks) else None
            site.add(
                path,
                page(
                    _b_frame(f"SMP in {label}", _b_list(world, chunk, f"SMP in {label}", nxt, url))
                ),
            )
    for clinic in listed:
        site.add(
            clinic.listings["B"],
            page(_b_frame(clinic.listed_names["B"], _b_detail(world, clinic, url))),
        )
        site.add(clinic.listings["B-old"], redirect(clinic.listings["B"]))
    site.add("/", page(_b_frame("Scalp micropigmentation listings", _b_home(cities, listed))))
    site.add("/search", page(_b_frame("Search", "<h1>Search</h1><p>No results.</p>")))
    site.add("/admin/", page(_b_frame("Admin", "<h1>Admin</h1><p>Please sign in.</p>")))
    return site


def _city_slug(c: ClinicTruth) -> str:
    return f"{c.locality.lower().replace(' ', '-')}-{c.region.lower()}"


def _b_frame(title: str, main: str) -> str:
    body = (
        '<div id="top"><a href="/">ScalpListings</a> | <a href="/all/">A–Z</a> | '
        '<a href="/search?q=">Search</a></div>\n'
        f'<div id="content">\n{main}\n</div>\n'
        '<div id="bottom">ScalpListings © 2026 · <a href="/admin/">Admin</a></div>'
    )
    return document(f"{title} - ScalpListings", body)


def _b_home(cities: dict[str, list[ClinicTruth]], listed: list[ClinicTruth]) -> str:
    links = "".join(
        f'<li><a href="/smp/{slug}/">{esc(m[0].locality)}, {m[0].region}</a> ({len(m)})</li>'
        for slug, m in sorted(cities.items())
    )
    recent = "".join(
        f'<li><a href="{c.listings["B-old"]}">{esc(c.listed_names["B"])}</a></li>'
        for c in listed[:6]
    )
    return (
        "<h1>Scalp micropigmentation providers by city</h1>\n"
        f'<ul class="cities">{links}</ul>\n<h3>Recently updated</h3>\n<ul>{recent}</ul>\n'
        '<p><a href="/all/">See every provider, A–Z</a></p>'
    )


def _b_block(world: World, c: ClinicTruth, url: UrlFor, detail: bool) -> str:
    name = esc(c.listed_names["B"])
    title = (
        f'<h1 class="biz-name">{name}</h1>'
        if detail
        else f'<h2 class="biz-name"><a class="biz-link" href="{c.listings["B"]}">{name}</a></h2>'
    )
    rating = rating_of(world, c)
    score = (
        (
            f'<div class="biz-score">Rated <span class="biz-rating">{rating[0]}</span>/5 '
            f'(<span class="biz-count">{rating[1]}</span> reviews)</div>\n'
        )
        if rating
        else ""
    )
    about = ""
    if detail:
        about = f'<p class="biz-about">Services: {esc(", ".join(_services(c)))}.</p>\n'
    return (
        f'<div class="biz">\n{title}\n'
        f'<div class="biz-addr"><span class="biz-street">{esc(c.street)}</span>, '
        f'<span class="biz-city">{esc(c.locality)}</span>, <span class="biz-state">{c.region}'
        f'</span> <span class="biz-zip">{c.postal_code}</span></div>\n'
        f'<div>Tel: <span class="biz-phone">{format_phone(c.phone, "dots")}</span></div>\n'
        f'{score}{about}<a class="biz-website" href="{url(c.host, "/")}">Website</a>\n</div>'
    )


def _b_list(
    world: World, chunk: list[ClinicTruth], title: str, nxt: str | None, url: UrlFor
) -> str:
    blocks = "\n".join(_b_block(world, c, url, detail=False) for c in chunk)
    more = f'<p class="paging"><a href="{nxt}">Next »</a></p>' if nxt else ""
    return f"<h1>{esc(title)}</h1>\n{blocks}\n{more}"


def _b_detail(world: World, c: ClinicTruth, url: UrlFor) -> str:
    return (
        f"{_b_block(world, c, url, detail=True)}\n"
        f'<p><a href="/smp/{_city_slug(c)}/">More in {esc(c.locality)}</a></p>'
    )
