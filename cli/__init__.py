"""The `smpvet` command line: a click group whose commands each drive one stage."""

from __future__ import annotations

import os
import sys
import traceback

import click

from index.datadir import ENV_VAR, DataDir


class SmpvetGroup(click.Group):
    """A group that turns any unexpected error into one clear line on stderr."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("smpvet: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:
            if os.environ.get("SMPVET_DEBUG"):
                traceback.print_exc()
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            click.echo(f"smpvet: error: {message}", err=True)
            sys.exit(1)


@click.group(cls=SmpvetGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    envvar=ENV_VAR,
    default=None,
    help=f"Where the store, index and caches live (env {ENV_VAR}, default ./var).",
)
@click.version_option("0.1.0", prog_name="smpvet")
@click.pass_context
def main(ctx: click.Context, data_dir: str | None) -> None:
    """Find a scalp micropigmentation practitioner you can trust.

    smpvet crawls practitioner listings, clinic sites, reviews and credential
    registries, stores them, indexes them, and scores every practitioner on a
    three-step checklist: verified training, reputation, and whether they put
    clients at ease.
    """
    ctx.obj = DataDir.resolve(data_dir)


def data_dir(ctx: click.Context) -> DataDir:
    """The data directory chosen on the command line, created if needed."""
    datadir: DataDir = ctx.find_root().obj
    try:
        return datadir.ensure()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise click.ClickException(
            f"cannot use the data directory {datadir.root}: {reason}"
        ) from exc


from cli import admin, crawl, lookup, reader, serve  # noqa: E402  (commands register themselves)

__all__ = ["admin", "crawl", "lookup", "main", "reader", "serve"]
