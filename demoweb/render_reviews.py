"""ScalpTalk Reviews: a page per practitioner, reviews as h-review or JSON-LD, author profiles."""

from __future__ import annotations

from datetime import date
from typing import Any

from demoweb.hosts import REVIEW_SITE
from demoweb.htmltools import (
    document,
    esc,
    format_phone,
    json_ld,
    long_date,
    relative_date,
    slugify,
    stars,
)
from demoweb.render_directory import rating_of
from demoweb.reviews import REVIEWS_PER_PAGE
from demoweb.site import Site, UrlFor, page
from demoweb.truth import ClinicTruth, ReviewTruth, World


def profile_path(author: str) -> str:
    return f"/user/{slugify(author)}"


def render_review_site(world: World, url: UrlFor) -> Site:
    """Return the review site: home, business pages (paginated) and author profiles."""
    site = Site(REVIEW_SITE, "ScalpTalk Reviews")
    listed = [c for c in world.clinics if c.on_review_site]
    for clinic in listed:
        reviews = world.reviews_of(clinic.key, "review-site")
        pages = [
            reviews[i : i + REVIEWS_PER_PAGE] for i in range(0, len(reviews), REVIEWS_PER_PAGE)
        ]
        for number, chunk in enumerate(pages, 1):
            html = _business(world, clinic, chunk, number, len(pages), url)
            site.add(chunk[0].path, page(html))
    by_author: dict[str, list[ReviewTruth]] = {}
    for review in world.reviews:
        if review.source == "review-site":
            by_author.setdefault(review.author, []).append(review)
    for author, reviews in by_author.items():
        site.add(profile_path(author), page(_profile(world, author, reviews)))
    site.add("/", page(_frame("Honest reviews of SMP studios", _home(listed))))
    for path, title in (("/login", "Log in"), ("/write-review", "Write a review")):
        site.add(path, page(_frame(title, f"<h1>{title}</h1>\n<p>Please log in first.</p>")))
    return site


def _frame(title: str, main: str, head: str = "") -> str:
    body = (
        '<header class="top"><a href="/">ScalpTalk Reviews</a> <a href="/write-review">Write a '
        'review</a> <a href="/login">Log in</a></header>\n'
        f"<main>\n{main}\n</main>\n<footer>ScalpTalk Reviews is independent: we never accept "
        "payment to remove or change reviews. © 2026</footer>"
    )
    return document(f"{title} - ScalpTalk Reviews", body, head=head)


def _home(listed: list[ClinicTruth]) -> str:
    states: dict[str, list[ClinicTruth]] = {}
    for c in listed:
        states.setdefault(c.region, []).append(c)
    sections = "".join(
        f"<h2>{region}</h2>\n<ul>"
        + "".join(
            f'<li><a href="{c.listings["reviews"]}">{esc(c.listed_names["reviews"])}</a> '
            f"– {esc(c.locality)}</li>"
            for c in members
        )
        + "</ul>\n"
        for region, members in sorted(states.items())
    )
    return (
        "<h1>Reviews of scalp micropigmentation studios</h1>\n<p>Real clients, real "
        f"results. Browse studios by state.</p>\n{sections}"
    )


def _business(
    world: World, c: ClinicTruth, chunk: list[ReviewTruth], number: int, total: int, url: UrlFor
) -> str:
    name = c.listed_names["reviews"]
    average, count = rating_of(world, c) or (0.0, 0)
    counts = _author_counts(world)
    mf = chunk[0].markup == "h-review"
    card = _card(c, name, url, mf)
    if mf:
        summary = (
            f'<p class="h-review-aggregate"><span class="p-item h-card">'
            f'<span class="p-name">{esc(name)}</span></span> is rated '
            f'<data class="p-average" value="{average}">{average}</data> out of '
            '<data class="p-best" value="5">5</data> from '
            f'<data class="p-count" value="{count}">{count}</data> reviews</p>\n'
        )
    else:
        summary = f'<p class="summary">{stars(average)} {average} from {count} reviews</p>\n'
    items = "\n".join(_review(world, r, counts[r.author], mf, name) for r in chunk)
    nav = _pager(c.listings["reviews"], number, total)
    head = "" if mf else json_ld(_business_ld(c, name, chunk, average, count, url))
    title = f"{name} reviews" + (f" (page {number})" if number > 1 else "")
    return _frame(title, f"{card}{summary}{items}\n{nav}", head=head)


def _card(c: ClinicTruth, name: str, url: UrlFor, mf: bool) -> str:
    def cls(value: str) -> str:
        return f' class="{value}"' if mf else ""

    return (
        f'<div{cls("h-card")} id="business">\n<h1{cls("p-name")}>{esc(name)}</h1>\n'
        f"<p{cls('p-adr h-adr')}><span{cls('p-street-address')}>{esc(c.street)}</span>, "
        f"<span{cls('p-locality')}>{esc(c.locality)}</span>, <span{cls('p-region')}>{c.region}"
        f"</span> <span{cls('p-postal-code')}>{c.postal_code}</span></p>\n"
        f"<p>Phone: <span{cls('p-tel')}>{format_phone(c.phone, 'intl')}</span></p>\n"
        f'<p><a{cls("u-url")} href="{url(c.host, "/")}" rel="nofollow">Website</a></p>\n</div>\n'
    )


def _review(world: World, r: ReviewTruth, count: int, mf: bool, name: str) -> str:
    day = date.fromisoformat(r.date)
    shown = relative_date(day, world.today) if (world.today - day).days < 60 else long_date(day)
    badge = f"{count} reviews" if count > 1 else "First review"

    def cls(value: str) -> str:
        return f' class="{value}"' if mf else ""

    item = f'<data class="p-item" value="{esc(name)}"></data>' if mf else ""
    rating = (
        f'<data class="p-rating" value="{r.rating:g}">{stars(r.rating)}</data>'
        if mf
        else f'<span class="stars">{stars(r.rating)}</span>'
    )
    return (
        f'<article{cls("h-review")} id="{r.id}">{item}\n'
        f'<p class="meta"><span{cls("p-author h-card")}><a{cls("u-url p-name")} '
        f'href="{profile_path(r.author)}">{esc(r.author)}</a></span> · '
        f'<span class="badge">{badge}</span> · <time{cls("dt-published")} datetime="{r.date}">'
        f"{esc(shown)}</time></p>\n<p>{rating}</p>\n"
        f"<div{cls('e-content')}><p>{esc(r.body)}</p></div>\n</article>"
    )


def _pager(base: str, number: int, total: int) -> str:
    if total == 1:
        return ""
    prev = (
        (
            f'<a rel="prev" href="{base if number == 2 else f"{base}?page={number - 1}"}">'
            "« Previous</a> "
        )
        if number > 1
        else ""
    )
    nxt = ""
    if number < total:
        nxt = f' <a rel="next" href="{base}?page={number + 1}">Next page »</a>'
    return f'<nav class="pagination">{prev}Page {number} of {total}{nxt}</nav>'


def _business_ld(
    c: ClinicTruth, name: str, chunk: list[ReviewTruth], average: float, count: int, url: UrlFor
) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": name,
        "url": url(c.host, "/"),
        "telephone": format_phone(c.phone, "intl"),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": c.street,
            "addressLocality": c.locality,
            "addressRegion": c.region,
            "postalCode": c.postal_code,
            "addressCountry": "US",
        },
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": average,
            "reviewCount": count,
            "bestRating": 5,
        },
        "review": [
            {
                "@type": "Review",
                "datePublished": r.date,
                "reviewBody": r.body,
                "author": {
                    "@type": "Person",
                    "name": r.author,
                    "url": url(REVIEW_SITE, profile_path(r.author)),
                },
                "reviewRating": {"@type": "Rating", "ratingValue": r.rating, "bestRating": 5},
            }
            for r in chunk
        ],
    }


def _author_counts(world: World) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in world.reviews:
        if r.source == "review-site":
            counts[r.author] = counts.get(r.author, 0) + 1
    return counts


def _profile(world: World, author: str, reviews: list[ReviewTruth]) -> str:
    items = "".join(
        f'<li><a href="{world.clinic(r.clinic_key).listings["reviews"]}">'
        f"{esc(world.clinic(r.clinic_key).listed_names['reviews'])}</a> – {stars(r.rating)} – "
        f"{long_date(date.fromisoformat(r.date))}</li>\n"
        for r in reviews
    )
    count = len(reviews)
    return _frame(
        author,
        f"<h1>{esc(author)}</h1>\n<p>{count} review{'s' if count > 1 else ''}"
        f"</p>\n<ul>\n{items}</ul>",
    )
