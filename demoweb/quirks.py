"""The real web's awkward cases: where they live in the demo, and how pages get them."""

from __future__ import annotations

import re

from demoweb.hosts import DIRECTORY_A, DIRECTORY_B, HANGING_HOST
from demoweb.site import Site, error, redirect
from demoweb.truth import ClinicTruth, Quirk

TRUNCATE_AT = 0.55  # share of the page kept


def place_quirks(c: dict[str, ClinicTruth]) -> list[Quirk]:
    """Say where each awkward case of the real web lives in the demo (clinics by key)."""
    crown = c["crown-and-line"].listings
    # fmt: off
    quirks = [
        Quirk("redirect-about", c["dallas-hairline-studio"].host, "/about",
              "301 to /about-us/, linked from the home page", target="/about-us/"),
        Quirk("redirect-old-listing", DIRECTORY_B, crown["B-old"],
              "old detail URLs /biz.php?id=N 301 to /listing/...html, linked from the home page",
              target=crown["B"]),
        Quirk("redirect-loop", c["copper-state-scalp"].host, "/loop-a",
              "/loop-a and /loop-b redirect to each other, linked from every page's footer",
              target="/loop-b"),
        Quirk("broken-link", c["harbor-point-smp"].host, "/specials.html",
              "404, linked from every page's footer"),
        Quirk("server-error", c["music-row-micro"].host, c["music-row-micro"].pages["blog"],
              "500 Internal Server Error, linked from the footer"),
        Quirk("slow", c["evergreen-smp"].host, c["evergreen-smp"].pages["news"],
              "answers after slow_seconds, linked from the footer"),
        Quirk("truncated", c["gulf-coast-hair-ink"].host, c["gulf-coast-hair-ink"].pages["faq"],
              "HTML cut off mid-page, tags left open"),
        Quirk("invalid-jsonld", c["peachtree-pigment"].host, c["peachtree-pigment"].pages["about"],
              "a JSON-LD block with a syntax error; the prose still states the credentials"),
        Quirk("cp1252", c["rose-city-scalp"].host, c["rose-city-scalp"].pages["about"],
              "windows-1252 bytes (curly quotes, é) with charset=windows-1252"),
        Quirk("no-charset", c["lone-star-scalp-art"].host, c["lone-star-scalp-art"].pages["about"],
              "UTF-8 bytes, no charset in the header or the markup"),
        Quirk("huge", c["queen-city-smp"].host, c["queen-city-smp"].pages["archive"],
              "about 5 MB of HTML, linked from the gallery"),
        Quirk("no-robots", c["river-market-smp"].host, "/robots.txt", "404: no robots.txt"),
        Quirk("robots-blocks-smpvet", c["gaslamp-scalp-studio"].host, "/",
              "robots.txt disallows everything for smpvet and allows other agents"),
        Quirk("site-down", c["three-rivers-smp"].host, "/", "nothing listens: connection refused"),
        Quirk("hanging", HANGING_HOST, "/", "accepts every connection and never answers"),
        Quirk("directory-admin", DIRECTORY_A, "/admin/", "disallowed, linked from the footer"),
        Quirk("directory-search", DIRECTORY_A, "/search?q=dallas",
              "disallowed, linked from the home page"),
    ]
    # fmt: on
    for clinic in c.values():
        if clinic.private_path and clinic.site_up:
            quirks.append(
                Quirk(
                    f"private:{clinic.key}",
                    clinic.host,
                    clinic.private_path,
                    "disallowed by robots.txt, linked from the footer",
                )
            )
    return quirks


def apply_quirks(sites: dict[str, Site], quirks: dict[str, Quirk]) -> None:
    """Rewrite the resources the quirks name; sites not listening are left alone."""
    for quirk in quirks.values():
        site = sites.get(quirk.host)
        if site is None:
            continue
        handler = HANDLERS.get(quirk.name.split(":")[0])
        if handler:
            handler(site, quirk)


def _redirect(site: Site, q: Quirk) -> None:
    site.add(q.path, redirect(q.target or "/"))


def _loop(site: Site, q: Quirk) -> None:
    site.add(q.path, redirect(q.target or "/"))
    site.add(q.target or "/", redirect(q.path, status=302))


def _server_error(site: Site, q: Quirk) -> None:
    site.add(q.path, error(500, "Internal Server Error"))


def _slow(site: Site, q: Quirk) -> None:
    site.find(q.path).slow = True


def _truncated(site: Site, q: Quirk) -> None:
    """Cut the page off mid-way, inside an element, as a dropped upload would."""
    resource = site.find(q.path)
    body = resource.body
    start = body.find(b"<dd>", int(len(body) * TRUNCATE_AT))
    cut = body.find(b" ", start + 40) if start > 0 else len(body) // 2
    resource.body = body[:cut]


def _invalid_jsonld(site: Site, q: Quirk) -> None:
    """Break the first JSON-LD block: a trailing comma and a missing closing brace."""
    resource = site.find(q.path)
    text = resource.body.decode("utf-8")
    text = re.sub(r'("priceRange": "\$\$"),', r"\1,,", text, count=1)
    text = text.replace("}\n</script>", "\n</script>", 1)
    resource.body = text.encode("utf-8")


def _cp1252(site: Site, q: Quirk) -> None:
    resource = site.find(q.path)
    text = resource.body.decode("utf-8").replace(
        '<meta charset="utf-8">', '<meta charset="windows-1252">'
    )
    resource.body = text.encode("cp1252", errors="xmlcharrefreplace")
    resource.content_type = "text/html; charset=windows-1252"


def _no_charset(site: Site, q: Quirk) -> None:
    resource = site.find(q.path)
    resource.body = resource.body.replace(b'<meta charset="utf-8">\n', b"")
    resource.content_type = "text/html"


HANDLERS = {
    "redirect-about": _redirect,
    "redirect-loop": _loop,
    "server-error": _server_error,
    "slow": _slow,
    "truncated": _truncated,
    "invalid-jsonld": _invalid_jsonld,
    "cp1252": _cp1252,
    "no-charset": _no_charset,
}
