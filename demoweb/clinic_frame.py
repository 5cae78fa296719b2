"""The frame of a clinic's pages: its look, nav, footer, and schema.org attributes."""

from __future__ import annotations

import random
from dataclasses import dataclass

from demoweb.hosts import GUILD_HOST, REVIEW_SITE
from demoweb.htmltools import document, esc, format_phone, json_ld, slugify
from demoweb.site import UrlFor
from demoweb.truth import ClinicTruth, World

SCHEMA = "https://schema.org/"
NAV_ORDER = (
    "home",
    "about",
    "services",
    "gallery",
    "pricing",
    "testimonials",
    "faq",
    "aftercare",
    "contact",
)
NAV_LABELS = {
    "home": "Home",
    "about": "About",
    "services": "Services",
    "testimonials": "Testimonials",
    "faq": "FAQ",
    "pricing": "Pricing",
    "contact": "Contact",
    "gallery": "Gallery",
    "aftercare": "Aftercare",
    "removal": "SMP Removal",
}
NAV_BY_STYLE = {
    "wp": {"about": "About Us", "contact": "Contact Us"},
    "static": {"about": "Our Team", "testimonials": "Reviews", "pricing": "Prices"},
    "php": {},
    "clean": {"testimonials": "Reviews", "gallery": "Results"},
    "squarespace": {
        "about": "Our Team",
        "services": "What We Do",
        "testimonials": "Kind Words",
        "faq": "Questions",
        "pricing": "Investment",
        "contact": "Book a Consultation",
        "gallery": "Healed Work",
        "aftercare": "Aftercare Guide",
    },
}
COLOURS = ("#1f3a5f", "#2d2d2d", "#0f5c4d", "#5b2a86", "#8a4b08", "#22313f", "#3c4f2f")
QUIRK_LINKS = {
    "broken-link": "This month's specials",
    "redirect-loop": "Book online",
    "server-error": "Blog",
    "slow": "News",
}


class Markup:
    """Write schema.org attributes as microdata, as RDFa Lite, or not at all."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def root(self, type_: str) -> str:
        if self.kind == "rdfa":
            return f'vocab="{SCHEMA}" typeof="{type_}"'
        return self.scope(type_)

    def scope(self, type_: str, prop: str | None = None) -> str:
        if self.kind == "microdata":
            own = f'itemprop="{prop}" ' if prop else ""
            return f'{own}itemscope itemtype="{SCHEMA}{type_}"'
        if self.kind == "rdfa":
            own = f'property="{prop}" ' if prop else ""
            return f'{own}typeof="{type_}"'
        return ""

    def prop(self, name: str) -> str:
        return {"microdata": f'itemprop="{name}"', "rdfa": f'property="{name}"'}.get(self.kind, "")

    def meta(self, name: str, content: object) -> str:
        attr = self.prop(name)
        return f'<meta {attr} content="{esc(content)}">' if attr else ""

    def link(self, name: str, href: str) -> str:
        attr = self.prop(name)
        return f'<link {attr} href="{esc(href)}">' if attr else ""

    @property
    def inline(self) -> bool:
        return self.kind in ("microdata", "rdfa")


def sp(attrs: str) -> str:
    """Return attributes with a leading space, or nothing."""
    return f" {attrs}" if attrs else ""


def span(attrs: str, content: str) -> str:
    """Wrap content in a span only when there are attributes to carry."""
    return f"<span {attrs}>{content}</span>" if attrs else content


@dataclass
class Ctx:
    """Everything a clinic page renderer needs, with this site's fixed choices of style."""

    world: World
    clinic: ClinicTruth
    url: UrlFor
    rng: random.Random
    phone_style: str
    date_style: str
    rating_style: str
    colour: str

    @classmethod
    def for_clinic(cls, world: World, clinic: ClinicTruth, url: UrlFor) -> Ctx:
        rng = random.Random(f"site:{clinic.key}")
        return cls(
            world=world,
            clinic=clinic,
            url=url,
            rng=rng,
            phone_style=rng.choice(["paren", "dashes", "dots", "spaces"]),
            date_style=rng.choice(["long", "us", "iso", "day-month", "short"]),
            rating_style=rng.choice(["slash", "stars", "out-of", "ten", "words"]),
            colour=rng.choice(COLOURS),
        )

    @property
    def m(self) -> Markup:
        return Markup(self.clinic.markup)

    @property
    def home(self) -> str:
        return self.url(self.clinic.host, "/")

    @property
    def phone(self) -> str:
        return format_phone(self.clinic.phone, self.phone_style)

    @property
    def email(self) -> str:
        return f"hello@{slugify(self.clinic.name).replace('-', '')}.example"

    def label(self, kind: str) -> str:
        return NAV_BY_STYLE[self.clinic.style].get(kind, NAV_LABELS.get(kind, kind.title()))

    def quirk_links(self) -> list[tuple[str, str]]:
        return [
            (QUIRK_LINKS[q.name], q.path)
            for q in self.world.quirks.values()
            if q.host == self.clinic.host and q.name in QUIRK_LINKS
        ]


def frame(ctx: Ctx, kind: str, title: str, main: str, head: str = "") -> str:
    """Wrap a page's main content in the clinic's header, nav and footer."""
    c, m = ctx.clinic, ctx.m
    if c.markup == "jsonld":
        head = json_ld(business_ld(ctx)) + head
    head += '<link rel="stylesheet" href="/css/site.css">\n'
    body = f"{_header(ctx, kind)}\n<main>\n{main}\n</main>\n{_footer(ctx)}"
    return document(f"{title} | {c.name}", body, head=head, body_attrs=m.root(c.business_type))


def business_ld(ctx: Ctx) -> dict[str, object]:
    """The clinic as a schema.org LocalBusiness in JSON-LD."""
    c = ctx.clinic
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": c.business_type,
        "name": c.name,
        "url": ctx.home,
        "telephone": format_phone(c.phone, "schema"),
        "email": ctx.email,
        "image": ctx.url(c.host, "/img/studio.jpg"),
        "priceRange": "$$",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": c.street,
            "addressLocality": c.locality,
            "addressRegion": c.region,
            "postalCode": c.postal_code,
            "addressCountry": "US",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": c.lat, "longitude": c.lon},
        "openingHours": ["Mo-Fr 09:00-18:00", "Sa 10:00-15:00"],
    }
    if "reviews" in c.listings:
        data["sameAs"] = [ctx.url(REVIEW_SITE, c.listings["reviews"])]
    return data


def _header(ctx: Ctx, current: str) -> str:
    c, m = ctx.clinic, ctx.m
    items = []
    for kind in NAV_ORDER:
        if kind in c.pages:
            here = ' aria-current="page"' if kind == current else ""
            items.append(f'<li><a href="{c.pages[kind]}"{here}>{esc(ctx.label(kind))}</a></li>')
    return (
        '<header class="site-header">\n'
        f'<p class="brand"><a href="/"><img src="/img/logo.png" alt="{esc(c.name)} logo" '
        f'width="48" height="48"></a> {span(m.prop("name"), esc(c.name))}</p>\n'
        f'<nav aria-label="Main"><ul>{"".join(items)}</ul></nav>\n'
        f'<a class="header-phone" href="tel:{c.phone}">Call {esc(ctx.phone)}</a>\n</header>'
    )


def _footer(ctx: Ctx) -> str:
    c, m = ctx.clinic, ctx.m
    links = [(ctx.label(k), c.pages[k]) for k in ("removal", "aftercare", "faq") if k in c.pages]
    links += ctx.quirk_links()
    if "certified" in c.pages:
        links.append((f"Certified SMP artist {c.locality}", c.pages["certified"]))
    if c.private_path:
        links.append(("Staff area", c.private_path))
    extra = []
    if "reviews" in c.listings:
        extra.append(
            f'<a href="{ctx.url(REVIEW_SITE, c.listings["reviews"])}">'
            "Read our reviews on ScalpTalk</a>"
        )
    members = {r.artist_key for r in ctx.world.rows("membership")}
    if any(a.key in members for a in c.artists):
        extra.append(f'<a href="{ctx.url(GUILD_HOST, "/")}">Scalp Pigmentation Guild member</a>')
    return (
        '<footer class="site-footer">\n<div class="footer-contact">\n'
        f"<p><strong>{esc(c.name)}</strong><br>\n"
        + span(
            m.scope("PostalAddress", "address"),
            span(m.prop("streetAddress"), esc(c.street))
            + "<br>\n"
            + span(m.prop("addressLocality"), esc(c.locality))
            + ", "
            + span(m.prop("addressRegion"), c.region)
            + " "
            + span(m.prop("postalCode"), c.postal_code),
        )
        + "<br>\nPhone: "
        + span(m.prop("telephone"), f'<a href="tel:{c.phone}">{esc(ctx.phone)}</a>')
        + f'<br>\nEmail: <a href="mailto:{ctx.email}">{ctx.email}</a></p>\n'
        f"{m.link('url', ctx.home)}{_geo(ctx)}</div>\n"
        '<ul class="footer-links">'
        + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in links)
        + "</ul>\n"
        + (f'<p class="badges">{" · ".join(extra)}</p>\n' if extra else "")
        + f'<p class="copyright">© 2026 {esc(c.name.rstrip("."))}. All rights reserved.</p>\n'
        "</footer>"
    )


def _geo(ctx: Ctx) -> str:
    m = ctx.m
    if not m.inline:
        return ""
    return (
        f"<span{sp(m.scope('GeoCoordinates', 'geo'))}>{m.meta('latitude', ctx.clinic.lat)}"
        f"{m.meta('longitude', ctx.clinic.lon)}</span>"
    )


def stylesheet(ctx: Ctx) -> str:
    """A small stylesheet in the clinic's colour."""
    return (
        f"body {{ font-family: Georgia, serif; margin: 0; color: #222; }}\n"
        f".site-header, .site-footer {{ background: {ctx.colour}; color: #fff; padding: 1em; }}\n"
        f".site-header a, .site-footer a {{ color: #fff; }}\n"
        "nav ul { list-style: none; display: flex; gap: 1em; padding: 0; }\n"
        "main { max-width: 60em; margin: 0 auto; padding: 1em; }\n"
        "blockquote { border-left: 4px solid #ccc; margin-left: 0; padding-left: 1em; }\n"
    )
