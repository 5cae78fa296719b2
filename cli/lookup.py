"""`smpvet extract`, `search`, `vet`: look at one page, the index, one practitioner."""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from cli import data_dir, main

MAX_PAGE_BYTES = 4 * 1024 * 1024
USER_AGENT = "smpvet/0.1 (+https://github.com/smpvet/smpvet)"


def emit(payload: dict[str, Any], as_json: bool, human: str) -> None:
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(human)


def fetch(url: str) -> tuple[bytes, str, str | None]:
    """Fetch one page over http(s): body, final URL and declared charset."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise click.ClickException("only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
            body = response.read(MAX_PAGE_BYTES + 1)
            charset = response.headers.get_content_charset()
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise click.ClickException(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise click.ClickException(f"{url}: cannot fetch: {reason}") from None
    if len(body) > MAX_PAGE_BYTES:
        raise click.ClickException(f"{url}: page larger than {MAX_PAGE_BYTES // 1024 // 1024} MB")
    return body, final, charset


@main.command()
@click.argument("path_or_url")
@click.option("--base-url", help="The URL the saved page was served from (for relative links).")
@click.option("--country", default=None, help="Default region for phone numbers, e.g. US.")
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON.")
def extract(path_or_url: str, base_url: str | None, country: str | None, as_json: bool) -> None:
    """Extract practitioners, reviews and claims from one page (offline for a PATH)."""
    from crawler.extraction import extract as extract_page

    if "://" in path_or_url:
        body, url, charset = fetch(path_or_url)
    else:
        path = Path(path_or_url)
        try:
            body = sys.stdin.buffer.read() if path_or_url == "-" else path.read_bytes()
        except OSError as exc:
            raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from None
        url = base_url or (path.resolve().as_uri() if path_or_url != "-" else "file:///stdin")
        charset = None
    result = extract_page(body, base_url or url, encoding=charset, country=country)
    payload = result.to_json()
    lines = [f"{payload['url']}"]
    for p in payload["practitioners"]:
        lines.append(f"  {p['kind']}: {p['name']} ({len(p['credentials'])} claims)")
    lines.append(f"  {len(payload['reviews'])} reviews")
    emit(payload, as_json, "\n".join(lines))


@main.command()
@click.argument("query", default="")
@click.option("--near", help='A place: "Dallas, TX", a US ZIP code, or "lat,lon".')
@click.option("--radius-km", type=click.FloatRange(0.1, 20000), default=None, help="Search radius.")
@click.option(
    "--service", "services", multiple=True, help="Only practitioners offering this service."
)
@click.option(
    "--removal", "removal", multiple=True, help="Only those offering this removal method."
)
@click.option("--verified-training", is_flag=True, help="Only those with verified training.")
@click.option("--min-grade", type=click.Choice(list("ABCDEF")), help="Only this grade or better.")
@click.option("--min-rating", type=click.FloatRange(0, 5), help="Only this rating or better.")
@click.option(
    "--sort",
    type=click.Choice(["relevance", "grade", "rating", "distance", "reviews"]),
    default="relevance",
)
@click.option("--page", type=click.IntRange(1, 1000), default=1)
@click.option("--limit", type=click.IntRange(1, 100), default=10)
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON.")
@click.pass_context
def search(
    ctx: click.Context,
    query: str,
    near: str | None,
    radius_km: float | None,
    services: tuple[str, ...],
    removal: tuple[str, ...],
    verified_training: bool,
    min_grade: str | None,
    min_rating: float | None,
    sort: str,
    page: int,
    limit: int,
    as_json: bool,
) -> None:
    """Search practitioners by words, place, services and grade."""
    from index.search import SearchError, SearchQuery, search_index

    request = SearchQuery(
        text=query,
        near=near,
        radius_km=radius_km,
        services=list(services),
        removal=list(removal),
        verified_training=verified_training,
        min_grade=min_grade,
        min_rating=min_rating,
        sort=sort,
        page=page,
        per_page=limit,
    )
    try:
        results = search_index(data_dir(ctx), request)
    except SearchError as exc:
        raise click.ClickException(str(exc)) from None
    payload = results.to_json()
    lines = [f"{payload['total']} practitioners"]
    for r in payload["results"]:
        where = ", ".join(filter(None, [r["locality"], r["region"]]))
        distance = f", {r['distance_km']:.0f} km" if r["distance_km"] is not None else ""
        lines.append(f"  [{r['grade'] or '-'}] {r['name']} ({where}{distance})  id={r['id']}")
    for note in getattr(results, "notes", []):
        lines.append(f"  note: {note}")
    emit(payload, as_json, "\n".join(lines))


@main.command()
@click.argument("practitioner_id")
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON.")
@click.pass_context
def vet(ctx: click.Context, practitioner_id: str, as_json: bool) -> None:
    """Show the three-step scorecard of one practitioner."""
    from index.scores import scorecard_for
    from index.store import Store

    datadir = data_dir(ctx)
    if not datadir.store.exists():
        raise click.ClickException("the store is empty: run `smpvet crawl` first")
    with Store(datadir.store) as store:
        card = scorecard_for(store, practitioner_id)
    if card is None:
        raise click.ClickException(f"no practitioner with id {practitioner_id!r}")
    payload = card.to_json()
    steps = payload["steps"]
    human = "\n".join(
        [
            f"{payload['name']}: grade {payload['grade'] or '- (not enough evidence)'},"
            f" score {payload['score'] if payload['score'] is not None else '-'},"
            f" confidence {payload['confidence']}",
            *(f"  {name}: {step['status']}" for name, step in steps.items()),
            *(f"  red flag: {f['flag']} x{f['count']}" for f in payload["red_flags"]),
        ]
    )
    emit(payload, as_json, human)
