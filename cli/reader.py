"""`smpvet train-reader`: train the learned review reader's heads (a development command)."""

from __future__ import annotations

from pathlib import Path

import click

from cli import main

REPO = Path(__file__).resolve().parents[1]


@main.command("train-reader")
@click.option(
    "--data",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=REPO / "tests" / "data" / "vetting",
    show_default=True,
    help="The labelled passages (held-out rounds are left out).",
)
@click.option(
    "--realdata",
    type=click.Path(file_okay=False, path_type=Path),
    default=REPO.parent / "shared" / "realdata",
    show_default=True,
    help="The real material: its working file of client reviews is read in place.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=REPO / "vetting" / "reader" / "heads.npz",
    show_default=True,
)
def train_reader(data: Path, realdata: Path, out: Path) -> None:
    """Train the reader's heads with a fixed seed and write them with their card."""
    from vetting.reader.card import write_card
    from vetting.reader.train import train

    cache = REPO / "var" / "reader-embeddings.npz"
    report = train(data, realdata if realdata.is_dir() else None, out, cache=cache)
    card = write_card(out)
    click.echo(f"trained on {report.passages} passages ({report.sentences} sentences)")
    for label, figures in report.per_label.items():
        click.echo(
            f"  {label:20} {figures['mode']:5} at {figures['threshold']:<5}  "
            f"P {figures['precision']:.3f}  R {figures['recall']:.3f}  (n {figures['n']})"
        )
    click.echo(f"wrote {out} and {card}")


@main.command("score-reader")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=Path)
)
@click.option("--wrong", is_flag=True, help="Also list the reader's wrong labels.")
def score_reader(files: tuple[Path, ...], wrong: bool) -> None:
    """Score labelled passages (JSONL): the rules alone, then the reader, file by file."""
    from vetting.reader.evaluate import evaluate
    from vetting.reader.examples import load
    from vetting.reader.reader import get_reader

    reader = get_reader()
    head = f"| passages | n | rules: flags P / R | ease P / R | {reader.version}: flags | ease |"
    click.echo(head)
    click.echo("|---|---|---|---|---|---|")
    for path in files:
        passages = load([path])
        rules, read = evaluate(passages), evaluate(passages, reader)
        click.echo(
            f"| {path.name} | {len(passages)} | {rules.flags.row()} | {rules.ease.row()} "
            f"| {read.flags.row()} | {read.ease.row()} |"
        )
        for passage_id, label, kind in read.wrong if wrong else []:
            click.echo(f"    {kind} {label} {passage_id}")
