"""`ficlens graph`: write a story's interaction network for Gephi."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("graph")
    def graph_cmd(
        path: Annotated[Path, typer.Argument(help="A story (.txt, AO3 .html, .epub).")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Output file: .graphml or .gexf.")],
        fandom: Annotated[Optional[str], typer.Option(help="Fandom pack to use, e.g. the100.")] = None,
    ) -> None:
        """Write the interaction network of a story as GraphML or GEXF.

        Nodes are characters; edges carry conversations, co_presence, mentions, a
        weight in 0..1 and, for tagged pairs, the AO3-style relationship tag.
        The edge list is printed to stdout as tab-separated lines.

        Example: ficlens graph story.txt --out story.graphml
        """
        from rich.console import Console

        from ficlens.export.graph import GRAPH_FORMATS, write_graph
        from ficlens.pipeline import Options, analyze
        from ficlens.read import ReadError

        err = Console(stderr=True)
        if out.suffix.lower() not in GRAPH_FORMATS:
            err.print(f"[red]error:[/red] {out}: unknown graph format (use .graphml or .gexf)", highlight=False)
            raise typer.Exit(2)
        try:
            work = analyze(path, Options(fandom=fandom))
        except ReadError as e:
            err.print(f"[red]error:[/red] {e}", highlight=False)
            raise typer.Exit(1)
        try:
            write_graph(work, out)
        except OSError as e:
            err.print(f"[red]error:[/red] {out}: cannot write ({e.strerror or e})", highlight=False)
            raise typer.Exit(1)
        names = {c.id: c.canonical or c.name for c in work.characters}
        for i in work.interactions:
            typer.echo(f"{names.get(i.a, i.a)}\t{names.get(i.b, i.b)}\t{i.weight:.3f}")
        err.print(
            f"wrote {out} ({len(work.characters)} characters, {len(work.interactions)} edges)", highlight=False
        )
