"""The people on a clinic's site: the team page with its artists' claims, and testimonials."""

from __future__ import annotations

from datetime import date
from statistics import mean
from typing import Any

from demoweb import texts
from demoweb.clinic_frame import Ctx, Markup, frame, sp, span
from demoweb.htmltools import esc, format_date, format_rating, json_ld, slugify, stars
from demoweb.roster import GUILD, LICENCE_BOARD, PINPOINT
from demoweb.truth import ArtistTruth, ReviewTruth

REFLEXIVE = {"he": "himself", "she": "herself"}


def about_page(ctx: Ctx) -> str:
    c = ctx.clinic
    intro = ctx.rng.choice(texts.ABOUT_INTROS).format(name=c.name, city=c.locality)
    team = "\n".join(_artist(ctx, a) for a in c.artists)
    own = " ".join(esc(cl.text) for cl in c.claims if cl.person == c.name)
    lead = c.artists[0]
    quote = ctx.rng.choice(texts.ARTIST_QUOTES)
    head = ""
    marked = [a for a in c.artists if a.marked_up]
    if c.markup == "jsonld" and marked:
        people = [_person(ctx, a) for a in marked]
        head = json_ld({"@context": "https://schema.org", "@graph": people})
    main = (
        f"<h1>{esc(ctx.label('about'))}</h1>\n<p>{esc(intro)}</p>\n"
        f'<figure class="pull-quote"><p>{esc(quote)}</p>\n'
        f"<figcaption>{esc(lead.name)}, {esc(lead.role)}</figcaption></figure>\n"
        f"<h2>Meet the team</h2>\n{team}\n" + (f"<p>{own}</p>" if own else "")
    )
    return frame(ctx, "about", ctx.label("about"), main, head=head)


def _artist(ctx: Ctx, artist: ArtistTruth) -> str:
    m = ctx.m if artist.marked_up else Markup("plain")
    first = artist.name.split()[0]
    he = artist.pronoun
    his = "his" if he == "he" else "her"
    background = ctx.rng.choice(texts.BACKGROUNDS).format(
        first=first, he=he, his=his, himself=REFLEXIVE[he]
    )
    claims = [esc(cl.text) for cl in artist.claims]
    listed = ""
    if len(claims) >= 3 and ctx.rng.random() < 0.5:
        listed = '<ul class="credentials">' + "".join(f"<li>{t}</li>" for t in claims) + "</ul>\n"
        claims = []
    return (
        f'<section class="artist"{sp(m.scope("Person", "employee"))}>\n'
        f'<img src="/img/team/{slugify(artist.name)}.jpg" alt="{esc(artist.name)} at work">\n'
        f"<h3{sp(m.prop('name'))}>{esc(artist.name)}</h3>\n"
        f'<p class="role"{sp(m.prop("jobTitle"))}>{esc(artist.role)}</p>\n'
        f"<p>{' '.join([esc(background), *claims])}</p>\n{listed}</section>"
    )


def _person(ctx: Ctx, artist: ArtistTruth) -> dict[str, Any]:
    c = ctx.clinic
    person: dict[str, Any] = {
        "@type": "Person",
        "name": artist.name,
        "jobTitle": artist.role,
        "image": ctx.url(c.host, f"/img/team/{slugify(artist.name)}.jpg"),
        "worksFor": {"@type": c.business_type, "name": c.name, "url": ctx.home},
    }
    for claim in artist.claims:
        if claim.kind == "training" and claim.issuer == PINPOINT:
            person["alumniOf"] = {"@type": "EducationalOrganization", "name": PINPOINT}
        elif claim.kind == "membership" and claim.issuer == GUILD:
            person["memberOf"] = {"@type": "Organization", "name": GUILD}
        elif claim.kind == "licence":
            person["hasCredential"] = {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": "license",
                "name": "Body art licence",
                "identifier": claim.licence_number,
                "recognizedBy": {"@type": "Organization", "name": LICENCE_BOARD},
            }
    return person


def testimonials_page(ctx: Ctx) -> str:
    c, m = ctx.clinic, ctx.m
    reviews = ctx.world.reviews_of(c.key, "own-site")
    average = round(mean(r.rating for r in reviews), 1)
    items = "\n".join(_testimonial(ctx, r) for r in reviews)
    summary = ""
    if m.inline:
        summary = (
            f'<p class="summary"{sp(m.scope("AggregateRating", "aggregateRating"))}>Rated '
            f"<span{sp(m.prop('ratingValue'))}>{average:g}</span> out of 5 by "
            f"<span{sp(m.prop('reviewCount'))}>{len(reviews)}</span> clients</p>\n"
        )
    head = ""
    if c.markup == "jsonld":
        head = json_ld(
            {
                "@context": "https://schema.org",
                "@type": c.business_type,
                "name": c.name,
                "url": ctx.home,
                "aggregateRating": {
                    "@type": "AggregateRating",
                    "ratingValue": average,
                    "reviewCount": len(reviews),
                    "bestRating": 5,
                },
                "review": [_review_ld(r) for r in reviews],
            }
        )
    main = (
        f"<h1>{esc(ctx.label('testimonials'))}</h1>\n<p>Here's what some of our clients "
        f"have said about their treatment.</p>\n{summary}{items}"
    )
    return frame(ctx, "testimonials", ctx.label("testimonials"), main, head=head)


def _testimonial(ctx: Ctx, r: ReviewTruth) -> str:
    m = ctx.m
    day = date.fromisoformat(r.date)
    when = format_date(day, ctx.date_style)
    content = f' content="{r.date}"' if m.kind == "rdfa" else ""
    if not m.inline:
        rating = (
            format_rating(r.rating, ctx.rating_style)
            if ctx.clinic.markup == "plain"
            else stars(r.rating)
        )
        return (
            f'<blockquote class="testimonial"><p>“{esc(r.body)}”</p>\n'
            f"<footer>— {esc(r.author)}, {esc(when)} · {esc(rating)}</footer></blockquote>"
        )
    return (
        f'<article class="testimonial"{sp(m.scope("Review", "review"))}>\n'
        f'<p class="stars"{sp(m.scope("Rating", "reviewRating"))}>{stars(r.rating)}'
        f"{m.meta('ratingValue', r.rating)}{m.meta('bestRating', 5)}</p>\n"
        f"<blockquote{sp(m.prop('reviewBody'))}>{esc(r.body)}</blockquote>\n"
        f'<p class="byline">— <span{sp(m.scope("Person", "author"))}>'
        f"{span(m.prop('name'), esc(r.author))}</span>, "
        f'<time{sp(m.prop("datePublished"))} datetime="{r.date}"{content}>{esc(when)}</time></p>\n'
        "</article>"
    )


def _review_ld(r: ReviewTruth) -> dict[str, Any]:
    return {
        "@type": "Review",
        "author": {"@type": "Person", "name": r.author},
        "datePublished": r.date,
        "reviewRating": {"@type": "Rating", "ratingValue": r.rating, "bestRating": 5},
        "reviewBody": r.body,
    }
