"""`smpvet crawl`: crawl sources into the store, or show the last runs with --status."""

from __future__ import annotations

import time
from pathlib import Path

import click

from cli import data_dir, main
from crawler.sources import SourcesConfig, SourcesError, default_sources, load_sources
from index.datadir import DataDir
from index.store import Store


def load_config(sources_file: str | None) -> SourcesConfig:
    """The sources to crawl: the given file, ./sources.toml, or the bundled demo sources."""
    try:
        return load_sources(sources_file) if sources_file else default_sources()
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("names", nargs=-1)
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False),
    help="A sources.toml (default ./sources.toml, else the bundled demo sources).",
)
@click.option(
    "--status", is_flag=True, help="Show the last runs and next scheduled run of each source."
)
@click.option("--no-index", is_flag=True, help="Do not update the search index afterwards.")
@click.option("--verbose", "-v", is_flag=True, help="Show Scrapy's log.")
@click.option(
    "--set",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a Scrapy setting (for benchmarks and debugging), e.g. DOWNLOAD_DELAY=0.",
)
@click.option("--trigger", default="manual", hidden=True)
@click.option("--scheduled-for", default=None, hidden=True)
@click.pass_context
def crawl(
    ctx: click.Context,
    names: tuple[str, ...],
    sources_file: str | None,
    status: bool,
    no_index: bool,
    verbose: bool,
    settings: tuple[str, ...],
    trigger: str,
    scheduled_for: str | None,
) -> None:
    """Crawl the sources NAMES (all when none is named) into the store.

    Exits 0 when the crawl ran, even if some pages failed; the summary says which.
    """
    datadir = data_dir(ctx)
    config = load_config(sources_file)
    try:
        chosen = config.select(list(names))
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    if status:
        print_status(datadir, config)
        return
    from crawler.early_stop import EarlyStop

    early_stop = EarlyStop.install()  # before Scrapy's slow import, which would miss it
    from crawler.runner import quiet_scrapy_logging, run_crawl, stop_with_parent

    stop_with_parent()

    click.echo(f"Crawling {len(chosen)} source(s) into {datadir.root}")
    quiet_scrapy_logging(verbose)
    started = time.monotonic()
    overrides: dict[str, object] = {"SMPVET_SCHEDULED_FOR": scheduled_for}
    for pair in settings:
        name, sep, value = pair.partition("=")
        if not sep or not name.isupper():
            raise click.ClickException(f"--set takes NAME=VALUE with an upper-case name: {pair!r}")
        overrides[name] = value
    run_crawl(config, chosen, datadir, trigger=trigger, overrides=overrides, early_stop=early_stop)
    early_stop.listen()  # Scrapy's signal handlers went with its reactor
    with Store(datadir.store) as store:
        print_runs(store, [s.name for s in chosen])
        counts = store.counts()
    click.echo(
        f"Stored {counts['practitioners']} practitioners ({counts['clinics']} clinics,"
        f" {counts['artists']} artists), {counts['reviews']} reviews, {counts['claims']}"
        f" credential claims, {counts['registry_entries']} registry entries"
        f" in {time.monotonic() - started:.1f} s."
    )
    if not no_index and early_stop.requested is not None:
        click.echo("Stopped before updating the index: `smpvet index` brings it up to date.")
    elif not no_index:
        from index.update import update

        early_stop.release()  # a long index update stays interruptible
        report = update(datadir)
        click.echo(f"Index: {report.summary()}")
    early_stop.done()


def print_runs(store: Store, names: list[str]) -> None:
    """One line per source: how its latest run went."""
    latest = store.last_runs()
    for name in names:
        run = latest.get(name)
        if run is None:
            click.echo(f"  {name}: no run recorded")
            continue
        note = f" ({run['message']})" if run["message"] else ""
        click.echo(
            f"  {name}: {run['status']}{note}: {run['pages']} pages, {run['items']} facts,"
            f" {run['errors']} errors, {run['robots_denied']} robots.txt skips,"
            f" {run['not_modified']} unchanged, {run['bytes']:,} bytes"
        )


def print_status(datadir: DataDir, config: SourcesConfig) -> None:
    """The last runs and the next scheduled run of each source."""
    from scheduler import next_run_times

    if not datadir.store.exists():
        click.echo("No crawl has run yet.")
        runs: dict[str, dict] = {}
    else:
        with Store(datadir.store) as store:
            store.close_dead_runs()
            runs = store.last_runs()
    upcoming = next_run_times(datadir, config)
    for source in config.sources:
        run = runs.get(source.name)
        last = (
            f"last run {run['started_at']} {run['status']}, {run['pages']} pages,"
            f" {run['items']} facts, {run['errors']} errors"
            if run
            else "never crawled"
        )
        nxt = upcoming.get(source.name)
        when = nxt.strftime("%Y-%m-%d %H:%M UTC") if nxt else "not scheduled"
        click.echo(f"{source.name} ({source.kind}, '{source.schedule}'): {last}; next run {when}")


def write_sources(config_text: str, datadir: DataDir, name: str = "demo-sources.toml") -> Path:
    """Save a sources file in the data directory (for child crawls)."""
    path = datadir.root / name
    path.write_text(config_text, encoding="utf-8")
    return path
