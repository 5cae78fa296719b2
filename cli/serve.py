"""`smpvet serve`, `smpvet demo`, `smpvet schedule`, `smpvet index`: run the product."""

from __future__ import annotations

import subprocess
import time
from typing import Any

import click

from cli import data_dir, main
from crawler.command import smpvet_command
from index.datadir import DataDir

GRACEFUL_SECONDS = 10  # gunicorn gives workers this long to finish, then kills them


def serve_web(datadir: DataDir, host: str, port: int, workers: int, threads: int) -> None:
    """Serve the Flask front end under gunicorn until interrupted."""
    from gunicorn.app.base import BaseApplication

    from webapp import create_app

    url = f"http://{host}:{port}/"

    class WebServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "threads": threads,
                "worker_class": "gthread" if threads > 1 else "sync",
                "timeout": 60,
                "graceful_timeout": GRACEFUL_SECONDS,
                "accesslog": None,
                "errorlog": "-",
                "loglevel": "warning",
                "limit_request_line": 8190,
                "when_ready": lambda _server: click.echo(f"smpvet is serving at {url}"),
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return create_app({"DATA_DIR": str(datadir.root)})

    WebServer().run()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=4, show_default=True)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int, threads: int) -> None:
    """Serve the web front end under gunicorn (a production WSGI server)."""
    serve_web(data_dir(ctx), host, port, workers, threads)


@main.command("index")
@click.option("--rebuild", is_flag=True, help="Rebuild the whole index from the store.")
@click.pass_context
def index_command(ctx: click.Context, rebuild: bool) -> None:
    """Update (or rebuild) the search index and the scores from the store."""
    from index.update import update

    datadir = data_dir(ctx)
    if not datadir.store.exists():
        raise click.ClickException("the store is empty: run `smpvet crawl` first")
    started = time.monotonic()
    report = update(datadir, rebuild=rebuild)
    click.echo(f"{report.summary()} in {time.monotonic() - started:.1f} s")


@main.command()
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8000,
    show_default=True,
    help="Port of the web front end.",
)
@click.option(
    "--demo-port",
    type=click.IntRange(0, 65535),
    default=None,
    help="Port of the demo web (default 8790, or any free port).",
)
@click.option("--no-serve", is_flag=True, help="Exit after indexing, with a summary.")
@click.pass_context
def demo(ctx: click.Context, port: int, demo_port: int | None, no_serve: bool) -> None:
    """Serve the bundled demo web, crawl it, index it, then serve the front end."""
    from cli.crawl import write_sources
    from crawler.runner import crawl_in_child
    from demoweb.service import start_demo_web
    from index.store import Store

    datadir = data_dir(ctx)
    started = time.monotonic()
    web = start_demo_web(demo_port)
    click.echo(f"1/4 Demo web: {web.describe()}")
    sources = write_sources(web.sources_toml(), datadir)
    click.echo(f"2/4 Crawling the demo web into {datadir.root} (sources: {sources})")
    code, _pid = crawl_in_child(sources, [], datadir, trigger="demo")
    if code != 0:
        web.stop()
        raise click.ClickException(f"the crawl failed (exit code {code})")
    click.echo("3/4 Scoring and indexing")
    # In a child process: the workers that serve the web are forks of this one, and the
    # review reader's native threads do not survive a fork (workers hung on them at exit).
    indexed = subprocess.run([*smpvet_command(datadir), "index", "--rebuild"], check=False)
    if indexed.returncode != 0:
        web.stop()
        raise click.ClickException(f"indexing failed (exit code {indexed.returncode})")
    with Store(datadir.store) as store:
        counts = store.counts()
    click.echo(
        f"Demo ready in {time.monotonic() - started:.0f} s: {counts['practitioners']} practitioners"
        f" ({counts['clinics']} clinics, {counts['artists']} artists), {counts['reviews']} reviews,"
        f" {counts['claims']} credential claims, {counts['registry_entries']} registry entries."
    )
    if no_serve:
        web.stop()
        return
    click.echo(f"4/4 Serving the front end at http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    try:
        serve_web(datadir, "127.0.0.1", port, workers=2, threads=4)
    finally:
        web.stop()  # gunicorn's workers, forks of this process, unwind through here too


@main.command()
@click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False),
    help="A sources.toml (default ./sources.toml, else the bundled demo sources).",
)
@click.option(
    "--crawl-timeout",
    type=click.FloatRange(1),
    default=3600.0,
    show_default=True,
    help="Seconds after which a crawl is killed and recorded as failed.",
)
@click.pass_context
def schedule(ctx: click.Context, sources_file: str | None, crawl_timeout: float) -> None:
    """Run the scheduler: crawl each source on its cron schedule (see scheduler.py)."""
    import scheduler

    scheduler.run(data_dir(ctx), sources_file, crawl_timeout=crawl_timeout)
