"""robots.txt and sitemap.xml for each site, written from the sites' truth."""

from __future__ import annotations

from xml.sax.saxutils import escape

from demoweb.hosts import USER_AGENT
from demoweb.truth import SiteTruth


def robots_txt(site: SiteTruth, sitemap_url: str | None = None) -> str | None:
    """Return the site's robots.txt, or None when the site has none (a 404)."""
    if not site.robots:
        return None
    lines = [f"# robots.txt for {site.name}"]
    if "/" in site.blocked_for_smpvet:
        lines += [f"User-agent: {USER_AGENT}", "Disallow: /", "", "User-agent: *"]
        lines += [f"Disallow: {p}" for p in site.blocked_for_smpvet if p != "/"] or ["Disallow:"]
    else:
        lines.append("User-agent: *")
        lines += [f"Disallow: {p}" for p in site.blocked_for_smpvet] or ["Disallow:"]
    if sitemap_url:
        lines += ["", f"Sitemap: {sitemap_url}"]
    return "\n".join(lines) + "\n"


def sitemap_xml(urls: list[str], lastmod: str) -> str:
    """Return a sitemap listing the given absolute URLs."""
    entries = "".join(
        f"  <url><loc>{escape(u)}</loc><lastmod>{lastmod}</lastmod></url>\n" for u in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )
