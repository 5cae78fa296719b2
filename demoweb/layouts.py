"""Which pages a clinic's site has, and at which paths: real sites come in several styles."""

from __future__ import annotations

from demoweb.roster import ClinicSpec

PRIVATE_PATH = "/private/staff-notes.html"
PAGE_KINDS = (
    "home",
    "about",
    "services",
    "testimonials",
    "faq",
    "pricing",
    "contact",
    "gallery",
    "aftercare",
    "removal",
    "certified",
)

# fmt: off
LAYOUTS: dict[str, tuple[str, ...]] = {  # paths in PAGE_KINDS order
    "wp": ("/", "/about-us/", "/services/", "/testimonials/", "/faq/", "/pricing/",
           "/contact-us/", "/gallery/", "/aftercare/", "/services/removal/",
           "/certified-smp-artist/"),
    "static": ("/", "/team.html", "/services.html", "/reviews.html", "/faq.html",
               "/prices.html", "/contact.html", "/gallery.html", "/aftercare.html",
               "/removal.html", "/certified-smp-artist.html"),
    "php": ("/", "/pages/about.php", "/pages/services.php", "/pages/testimonials.php",
            "/pages/faq.php", "/pages/pricing.php", "/pages/contact.php", "/pages/gallery.php",
            "/pages/aftercare.php", "/pages/removal.php", "/pages/certified.php"),
    "clean": ("/", "/about", "/services", "/reviews", "/faq", "/pricing", "/contact",
              "/results", "/aftercare", "/removal", "/certified-smp"),
    "squarespace": ("/", "/our-team", "/what-we-do", "/kind-words", "/questions",
                    "/investment", "/book-a-consultation", "/healed-work", "/aftercare-guide",
                    "/removal", "/certified"),
}
# fmt: on

# Extra pages some clinics have, where quirks of the real web live.
EXTRA_PAGES: dict[str, dict[str, str]] = {
    "music-row-micro": {"blog": "/blog/"},
    "evergreen-smp": {"news": "/news"},
    "queen-city-smp": {"archive": "/gallery-archive.html"},
}
SIGNAL_PAGES = {"pricing": "clear-pricing", "gallery": "portfolio", "aftercare": "aftercare"}


def pages_for(spec: ClinicSpec) -> dict[str, str]:
    """Return page kind -> path for one clinic's site."""
    paths = dict(zip(PAGE_KINDS, LAYOUTS[spec.style], strict=True))
    kinds = ["home", "about", "services", "testimonials", "faq", "contact"]
    kinds += [kind for kind, signal in SIGNAL_PAGES.items() if signal in spec.signals]
    if any(s.startswith("removal-") for s in spec.services):
        kinds.append("removal")
    if spec.stuffing:
        kinds.append("certified")
    pages = {kind: paths[kind] for kind in kinds}
    pages.update(EXTRA_PAGES.get(spec.key, {}))
    if spec.private:
        pages["private"] = PRIVATE_PATH
    return pages
