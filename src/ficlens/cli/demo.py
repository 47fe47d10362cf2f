"""`ficlens demo`: the bundled sample stories, analysed."""

from __future__ import annotations

from pathlib import Path

import typer

from ficlens.cli.analyze import Outputs, run

SAMPLES = Path(__file__).parents[1] / "samples"


def register_commands(app: typer.Typer) -> None:
    app.command("demo")(demo_cmd)


def demo_cmd() -> None:
    """Analyse the bundled sample stories and print what ficlens finds.

    Example: ficlens demo
    """
    from ficlens.pipeline import Options  # here: --help must not load the pipeline

    failures = run([SAMPLES], Options(), Outputs())
    raise typer.Exit(1 if failures else 0)
