"""Render the whole demo web for one port: every site's pages, robots.txt, sitemaps, quirks."""

from __future__ import annotations

from datetime import UTC, datetime

from demoweb.hosts import DIRECTORY_A
from demoweb.quirks import apply_quirks
from demoweb.render_clinic import render_clinic
from demoweb.render_directory import render_directory_a, render_directory_b
from demoweb.render_registry import render_academy, render_guild, render_licence_board
from demoweb.render_reviews import render_review_site
from demoweb.robots import robots_txt, sitemap_xml
from demoweb.site import Site, UrlFor, page
from demoweb.truth import World

TEXT = "text/plain; charset=utf-8"
XML = "application/xml; charset=utf-8"


def base_url(host: str, port: int) -> str:
    return f"http://{host}:{port}"


def build_web(world: World, port: int) -> dict[str, Site]:
    """Return every listening site by host, linking to each other through `port`."""

    def url(host: str, path: str) -> str:
        return base_url(host, port) + path

    sites = [
        render_directory_a(world, url),
        render_directory_b(world, url),
        render_review_site(world, url),
        render_licence_board(world),
        render_academy(world),
        render_guild(world),
    ]
    sites += [render_clinic(world, c, url) for c in world.clinics if c.site_up]
    by_host = {s.host: s for s in sites}
    for index, site in enumerate(sites):
        _finish(world, site, url, datetime(2026, 10, 2 + index % 27, 9, 30, tzinfo=UTC))
    apply_quirks(by_host, world.quirks)
    return by_host


def _finish(world: World, site: Site, url: UrlFor, modified: datetime) -> None:
    """Add robots.txt and sitemap.xml, and date every resource."""
    truth = world.sites[site.host]
    clinic = world.clinic_at(site.host)
    sitemap = None
    if (clinic and clinic.sitemap) or site.host == DIRECTORY_A:
        urls = [
            url(site.host, p)
            for p in site.pages
            if not any(p.startswith(b) for b in truth.blocked_for_smpvet)
        ]
        site.add(
            "/sitemap.xml", page(sitemap_xml(urls, modified.date().isoformat()), content_type=XML)
        )
        sitemap = url(site.host, "/sitemap.xml")
    robots = robots_txt(truth, sitemap)
    if robots is not None:
        site.add("/robots.txt", page(robots, content_type=TEXT))
    for resource in site.resources.values():
        resource.modified = modified
