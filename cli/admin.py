"""`smpvet admin-password`: set the operator's password for the web admin pages."""

from __future__ import annotations

import sys

import click

from cli import data_dir, main


@main.command("admin-password")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Read the password from the first line of standard input.",
)
@click.pass_context
def admin_password(ctx: click.Context, password_stdin: bool) -> None:
    """Set the admin password (stored hashed). Admin stays disabled until it is set."""
    from index.store import Store
    from webapp.passwords import MIN_LENGTH, WeakPassword, set_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(
            f"New admin password (at least {MIN_LENGTH} characters)",
            hide_input=True,
            confirmation_prompt=True,
        )
    with Store(data_dir(ctx).store) as store:
        try:
            set_password(store, password)
        except WeakPassword as exc:
            raise click.ClickException(str(exc)) from None
    click.echo("Admin password set. Sign in at /admin; anyone signed in before must sign in again.")
