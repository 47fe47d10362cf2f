"""`ficlens explain FILE --quote N`: show how the learned scorer chose a quotation's speaker."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # imported by the command when it runs: `ficlens --help` stays quick
    from rich.console import Console

    from ficlens.model import Work
    from ficlens.speakers.learned.explain import Explanation


def register_commands(app: typer.Typer) -> None:
    @app.command("explain")
    def explain_cmd(
        path: Annotated[Path, typer.Argument(help="A story file (.txt, AO3 .html, .epub).")],
        quote: Annotated[int, typer.Option("--quote", help="Index of the quotation in the work's quotes (as in the JSON).")],
        fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    ) -> None:
        """Show the candidates of one quotation, the features that fired for each and their weights.

        Example: ficlens explain story.txt --quote 12
        """
        from rich.console import Console
        from rich.markup import escape

        from ficlens.pipeline import Options, analyze
        from ficlens.read import ReadError
        from ficlens.speakers.learned.explain import explain
        from ficlens.speakers.learned.scorer import WeightsError

        err = Console(stderr=True)
        if fmt not in ("table", "json"):
            raise typer.BadParameter("--format must be table or json")
        try:
            work = analyze(path, Options(speaker_scorer="rules"))
            ex = explain(work, quote)
        except (ReadError, WeightsError, IndexError, ValueError) as e:
            err.print(f"[red]error:[/red] {escape(str(path))}: {escape(str(e))}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        if fmt == "json":
            typer.echo(json.dumps(ex.to_dict(), ensure_ascii=False, indent=2))
            return
        _print(Console(), ex, work)

    return None


def _print(console: Console, ex: Explanation, work: Work) -> None:
    from rich.markup import escape
    from rich.table import Table

    def name(cid: str | None) -> str:
        c = work.character(cid)
        return c.name if c else "—"

    console.print(f"quote {ex.quote}: {escape(ex.text[:200])}")
    console.print(f"cascade: {escape(name(ex.cascade))} ({ex.evidence or 'no evidence'})   learned: {escape(name(ex.chosen))}")
    console.print(f"last turns: {escape(', '.join(name(h) for h in ex.history) or '—')}")
    table = Table("candidate", "p", "score", "features that fired (value × weight)")
    for c in ex.candidates:
        fired = ", ".join(f"{f} {v:.2g}×{w:+.2f}" for f, v, w in c.fired)
        table.add_row(escape(c.name), f"{c.probability:.3f}", f"{c.score:+.2f}", escape(fired))
    console.print(table)
