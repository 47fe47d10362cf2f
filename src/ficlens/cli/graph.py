"""`ficlens graph`: write a story's interaction network for Gephi."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ficlens.cli.console import fail, report_failure, wrote
from ficlens.cli.options import Debug, Fandom, MaxBytes, max_bytes_of


def register_commands(app: typer.Typer) -> None:
    app.command("graph")(graph_cmd)


def graph_cmd(
    path: Annotated[Path, typer.Argument(help="A story (.txt, AO3 .html, .epub).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file: .graphml or .gexf.")],
    fandom: Fandom = None,
    max_bytes: MaxBytes = None,
    debug: Debug = False,
) -> None:
    """Write the interaction network of a story as GraphML or GEXF.

    Nodes are characters; edges carry conversations, co_presence, mentions, a
    weight in 0..1 and, for tagged pairs, the AO3-style relationship tag.
    The edge list is printed to stdout as tab-separated lines.

    Example: ficlens graph story.txt --out story.graphml
    """
    from ficlens.batch import analyze_one
    from ficlens.cli.targets import TargetError, check_file
    from ficlens.export.graph import GRAPH_FORMATS, write_graph
    from ficlens.pipeline import Options

    if out.suffix.lower() not in GRAPH_FORMATS:
        fail(f"{out}: unknown graph format (use .graphml or .gexf)", 2)
    try:
        check_file(out)
    except TargetError as e:
        fail(e, 2)
    outcome = analyze_one(path, Path(path.name), Options(fandom=fandom, max_bytes=max_bytes_of(max_bytes)))
    if outcome.failure is not None or outcome.work is None:
        if outcome.failure is not None:
            report_failure(outcome.failure, debug)
        raise typer.Exit(1)
    work = outcome.work
    try:
        write_graph(work, out)
    except OSError as e:
        fail(f"{out}: cannot write ({e.strerror or e})", 1)
    names = {c.id: c.canonical or c.name for c in work.characters}
    for i in work.interactions:
        typer.echo(f"{names.get(i.a, i.a)}\t{names.get(i.b, i.b)}\t{i.weight:.3f}")
    wrote(out, f"{len(work.characters)} characters, {len(work.interactions)} edges")
