"""A clinic's own website: home, team, services, testimonials, FAQ, prices, contact and more."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from demoweb import texts
from demoweb.clinic_frame import Ctx, frame, stylesheet
from demoweb.clinic_people import about_page, testimonials_page
from demoweb.htmltools import esc, json_ld
from demoweb.site import Site, UrlFor, page
from demoweb.truth import ClinicTruth, World
from vetting.vocabulary import SERVICES

ARCHIVE_ENTRIES = 14600  # about 5 MB
SERVICE_ORDER = tuple(SERVICES)


def render_clinic(world: World, clinic: ClinicTruth, url: UrlFor) -> Site:
    """Return every page of one clinic's site (robots.txt and sitemap are added elsewhere)."""
    ctx = Ctx.for_clinic(world, clinic, url)
    site = Site(clinic.host, clinic.name)
    renderers: dict[str, Callable[[Ctx], str]] = {
        "home": home_page,
        "about": about_page,
        "services": services_page,
        "testimonials": testimonials_page,
        "faq": faq_page,
        "pricing": pricing_page,
        "contact": contact_page,
        "gallery": gallery_page,
        "aftercare": aftercare_page,
        "removal": removal_page,
        "certified": stuffing_page,
        "private": private_page,
        "news": news_page,
        "blog": news_page,
        "archive": archive_page,
    }
    for kind, path in clinic.pages.items():
        site.add(path, page(renderers[kind](ctx)))
    site.add("/css/site.css", page(stylesheet(ctx), content_type="text/css; charset=utf-8"))
    return site


def home_page(ctx: Ctx) -> str:
    c = ctx.clinic
    city = c.locality
    tagline = ctx.rng.choice(texts.TAGLINES).format(city=city)
    intro = ctx.rng.choice(texts.HOME_INTROS).format(name=c.name, city=city)
    cta = "Book a free consultation" if "free-consultation" in c.signals else "Get in touch"
    services = "".join(
        f'<li><a href="{c.pages["services"]}#{key}">{esc(texts.SERVICES[key][0])}</a></li>'
        for key in SERVICE_ORDER
        if key in c.services
    )
    why = "".join(
        f"<p>{esc(texts.SIGNALS[s][0])}</p>\n"
        for s in ("free-consultation", "hygiene", "touch-up-policy")
        if s in c.signals
    )
    banner = ""
    if c.category == "suspicious":
        promo = texts.PUSHY_BANNERS[len(c.key) % 2]
        banner = f'<p class="promo"><strong>{esc(promo)}</strong></p>\n'
    team = ""
    if "redirect-about" in ctx.world.quirks and ctx.world.quirks["redirect-about"].host == c.host:
        team = f'<p><a href="{ctx.world.quirks["redirect-about"].path}">Meet the team</a></p>\n'
    quote = ""
    own = ctx.world.reviews_of(c.key, "own-site")
    featured = next((r for r in own if c.pages["home"] in r.also_on), None)
    if featured:
        quote = (
            f'<blockquote class="featured"><p>{esc(featured.body)}</p>'
            f"<footer>— {esc(featured.author)}</footer></blockquote>\n"
        )
    main = (
        f'{banner}<section class="hero">\n<h1>{esc(tagline)}</h1>\n'
        f'<p class="lead">{esc(intro)}</p>\n'
        f'<p><a class="button" href="{c.pages["contact"]}">{cta}</a></p>\n'
        '<img src="/img/hero-healed-hairline.jpg" alt="Healed scalp micropigmentation hairline, '
        'side view">\n</section>\n'
        f"<section>\n<h2>What we do</h2>\n<ul>{services}</ul>\n</section>\n"
        + (f"<section>\n<h2>Why clients choose us</h2>\n{why}</section>\n" if why else "")
        + team
        + quote
        + f"<p>{esc(ctx.rng.choice(texts.CLOSING_LINES))}</p>"
    )
    return frame(ctx, "home", f"Scalp Micropigmentation in {city}", main)


def services_page(ctx: Ctx) -> str:
    c = ctx.clinic
    sections = []
    for key in SERVICE_ORDER:
        if key in c.services:
            title, text = texts.SERVICES[key]
            sections.append(
                f'<section id="{key}">\n<h2>{esc(title)}</h2>\n<p>{esc(text)}</p>\n</section>'
            )
    more = ""
    if "removal" in c.pages:
        more = f'<p><a href="{c.pages["removal"]}">Read more about SMP removal</a></p>\n'
    consult = ""
    if "free-consultation" in c.signals:
        consult = f"<p>{esc(texts.SIGNALS['free-consultation'][1])}</p>\n"
    main = f"<h1>{esc(ctx.label('services'))}</h1>\n{consult}" + "\n".join(sections) + f"\n{more}"
    return frame(ctx, "services", ctx.label("services"), main)


def removal_page(ctx: Ctx) -> str:
    c = ctx.clinic
    offered = [k for k in SERVICE_ORDER if k.startswith("removal-") and k in c.services]
    sections = "".join(
        f"<h2>{esc(texts.SERVICES[k][0])}</h2>\n<p>{esc(texts.SERVICES[k][1])}</p>\n"
        for k in offered
    )
    main = (
        f"<h1>Scalp micropigmentation removal</h1>\n<p>{esc(texts.REMOVAL_INTRO)}</p>\n{sections}"
    )
    return frame(ctx, "removal", "SMP Removal", main)


def faq_page(ctx: Ctx) -> str:
    c = ctx.clinic
    pairs = ctx.rng.sample(texts.FAQ, 6)
    if "aftercare" in c.signals:
        pairs.append(("What aftercare is involved?", texts.SIGNALS["aftercare"][0]))
    if "touch-up-policy" in c.signals:
        pairs.append(("Are touch-ups included?", texts.SIGNALS["touch-up-policy"][0]))
    if "hygiene" in c.signals:
        pairs.append(("How do you keep things hygienic?", texts.SIGNALS["hygiene"][1]))
    items = "".join(f"<dt>{esc(q)}</dt>\n<dd>{esc(a)}</dd>\n" for q, a in pairs)
    head = ""
    if c.markup == "jsonld":
        head = json_ld(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": q,
                        "acceptedAnswer": {"@type": "Answer", "text": a},
                    }
                    for q, a in pairs
                ],
            }
        )
    main = f'<h1>Frequently asked questions</h1>\n<dl class="faq">\n{items}</dl>'
    return frame(ctx, "faq", "FAQ", main, head=head)


def pricing_page(ctx: Ctx) -> str:
    c = ctx.clinic
    rows = "".join(f"<tr><td>{esc(s)}</td><td>{esc(p)}</td></tr>\n" for s, p in texts.PRICES)
    notes = "".join(
        f"<p>{esc(texts.SIGNALS[s][0])}</p>\n"
        for s in ("free-consultation", "touch-up-policy")
        if s in c.signals
    )
    main = (
        f"<h1>{esc(ctx.label('pricing'))}</h1>\n<p>Prices include all sessions needed for the "
        "treatment. We confirm your exact price at the consultation, in writing.</p>\n"
        f'<table class="prices">\n<tr><th>Treatment</th><th>Price</th></tr>\n{rows}</table>\n'
        f"{notes}"
    )
    return frame(ctx, "pricing", ctx.label("pricing"), main)


def contact_page(ctx: Ctx) -> str:
    c = ctx.clinic
    hours = "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in texts.HOURS)
    consult = ""
    if "free-consultation" in c.signals:
        consult = f"<p>{esc(texts.SIGNALS['free-consultation'][0])}</p>\n"
    main = (
        f"<h1>{esc(ctx.label('contact'))}</h1>\n{consult}"
        f"<p>Visit us at {esc(c.street)}, {esc(c.locality)}, {c.region} {c.postal_code}.<br>\n"
        f'Call <a href="tel:{c.phone}">{esc(ctx.phone)}</a> or email '
        f'<a href="mailto:{ctx.email}">{ctx.email}</a>.</p>\n'
        f'<h2>Opening hours</h2>\n<table class="hours">{hours}</table>\n'
        '<img src="/img/map.png" alt="Map showing the studio location">\n'
        '<form action="/contact-submit" method="post">\n'
        '<label>Name <input name="name" required></label>\n'
        '<label>Phone or email <input name="contact" required></label>\n'
        '<label>Message <textarea name="message"></textarea></label>\n'
        '<button type="submit">Send</button>\n</form>'
    )
    return frame(ctx, "contact", ctx.label("contact"), main)


def gallery_page(ctx: Ctx) -> str:
    c = ctx.clinic
    figures = "".join(
        f'<figure><img src="/img/gallery/healed-{i}.jpg" alt="{esc(cap)}">'
        f"<figcaption>{esc(cap)}</figcaption></figure>\n"
        for i, cap in enumerate(texts.GALLERY_CAPTIONS, 1)
    )
    archive = ""
    if "archive" in c.pages:
        archive = f'<p><a href="{c.pages["archive"]}">See the full archive of our work</a></p>\n'
    main = (
        f"<h1>{esc(ctx.label('gallery'))}</h1>\n<p>{esc(texts.SIGNALS['portfolio'][0])}</p>\n"
        f'<div class="gallery">\n{figures}</div>\n{archive}'
    )
    return frame(ctx, "gallery", ctx.label("gallery"), main)


def aftercare_page(ctx: Ctx) -> str:
    steps = "".join(f"<li>{esc(s)}</li>\n" for s in texts.AFTERCARE_STEPS)
    main = f"<h1>Aftercare</h1>\n<p>{esc(texts.SIGNALS['aftercare'][0])}</p>\n<ol>\n{steps}</ol>"
    return frame(ctx, "aftercare", "Aftercare", main)


def stuffing_page(ctx: Ctx) -> str:
    """A page that repeats 'certified' dozens of times and names nothing verifiable."""
    c = ctx.clinic
    city = c.locality
    phrases = texts.STUFFING_PHRASES
    paragraphs = []
    for i in range(8):
        a, b, d = (phrases[(i + k) % len(phrases)] for k in (0, 1, 3))
        paragraphs.append(
            f"<p>Looking for a {a} in {city}? {c.name} is the {b} {city} trusts. Every "
            f"treatment is carried out by a {d}, because only a {a} should work on your scalp. "
            f"Certified SMP. Certified results. Certified {city}.</p>"
        )
    tags = ", ".join(f"{p} {city}" for p in phrases * 2)
    main = (
        f"<h1>Certified SMP Artist {esc(city)} | Certified Scalp Micropigmentation</h1>\n"
        + "\n".join(paragraphs)
        + f'\n<p class="tags">{esc(tags)}</p>'
    )
    return frame(ctx, "certified", f"Certified SMP Artist {city}", main)


def private_page(ctx: Ctx) -> str:
    note = texts.PRIVATE_NOTES[len(ctx.clinic.key) % 2]
    main = f"<h1>Staff area</h1>\n<p>{esc(note)}</p>"
    head = '<meta name="robots" content="noindex, nofollow">\n'
    return frame(ctx, "private", "Staff area", main, head=head)


def news_page(ctx: Ctx) -> str:
    items = "".join(
        f"<article><h2>{esc(t)}</h2>\n<p>{esc(b)}</p></article>\n" for t, b in texts.NEWS
    )
    return frame(ctx, "news", "News", f"<h1>News</h1>\n{items}")


def archive_page(ctx: Ctx) -> str:
    """A gallery archive of about 5 MB, the kind of page a crawler should cap."""
    caps = texts.GALLERY_CAPTIONS
    day = date(2020, 1, 1).toordinal()
    figures = "".join(
        f'<figure id="work-{i}"><img src="/img/archive/{i:05d}.jpg" alt="{caps[i % 6]}" '
        f'loading="lazy" width="640" height="480"><figcaption>Client {i:05d}: {caps[i % 6]}. '
        f"Photographed on {date.fromordinal(day + i % 2000).isoformat()}; shade matched to the "
        "client's natural stubble, three sessions, healed.</figcaption></figure>\n"
        for i in range(ARCHIVE_ENTRIES)
    )
    main = f'<h1>Archive of our work</h1>\n<div class="archive">\n{figures}</div>'
    return frame(ctx, "archive", "Archive", main)
