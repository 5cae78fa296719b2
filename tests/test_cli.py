"""The `smpvet` command line: help on every command, and one clear line for every mistake."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from conftest import PageFactory, clinic

from cli import main
from index import identity
from index.datadir import DataDir
from index.store import Store


def run(datadir: DataDir | Path | str, *args: str) -> Result:
    root = datadir.root if isinstance(datadir, DataDir) else datadir
    return CliRunner().invoke(main, ["--data-dir", str(root), *args])


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


COMMANDS = _commands(main)


def test_the_contracts_commands_are_there() -> None:
    names = {c[0] for c in COMMANDS}
    assert {"demo", "crawl", "index", "extract", "search", "serve", "vet", "schedule"} <= names


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...], tmp_path: Path) -> None:
    result = run(tmp_path, *command, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ") and len(result.output.splitlines()) > 3


def _one_clear_line(result: Result, *words: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines, result.output
    assert all(word in lines[-1] for word in words), lines


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("extract", "/no/such/page.html", "--json"), ("cannot read", "/no/such/page.html")),
        (("extract", "ftp://example.com/page", "--json"), ("only http and https",)),
        (("extract", "file:///etc/passwd", "--json"), ("only http and https",)),
        (("crawl", "--sources", "/no/such/sources.toml"), ("cannot read",)),
        (("search", "smp", "--near", "Atlantis, XX", "--json"), ("Atlantis",)),
    ],
)
def test_mistakes_get_one_clear_line(datadir: DataDir, args: tuple, words: tuple) -> None:
    _one_clear_line(run(datadir, *args), *words)


def test_an_unknown_practitioner_is_named(datadir: DataDir, page: PageFactory) -> None:
    with Store(datadir.store) as store:
        store.save_page(page("https://a.example/", [clinic("Alpha SMP", city="Austin")]))
        identity.resolve(store)
    assert run(datadir, "index").exit_code == 0
    _one_clear_line(run(datadir, "vet", "no-such-id", "--json"), "no practitioner", "no-such-id")


def test_an_unusable_data_directory_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = run(blocker / "var", "index")
    _one_clear_line(result, "cannot use the data directory", str(blocker / "var"))


def test_index_on_an_empty_store_says_to_crawl_first(datadir: DataDir) -> None:
    _one_clear_line(run(datadir, "index"), "smpvet crawl")


@pytest.mark.parametrize("query", ['"unbalanced', "(((", "name:", "\x00\x07", "x" * 10_000])
def test_odd_queries_are_answered_as_plain_words(datadir: DataDir, query: str) -> None:
    result = run(datadir, "search", query, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["total"] >= 0
