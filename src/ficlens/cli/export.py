"""`ficlens export`: a corpus database as Parquet files, one per table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ficlens.cli.console import fail, wrote


def register_commands(app: typer.Typer) -> None:
    app.command("export")(export_cmd)


def export_cmd(
    db: Annotated[Path, typer.Argument(help="The corpus database.")],
    out: Annotated[
        Path, typer.Argument(help="Folder for TABLE.parquet files: new, empty, or an earlier export (replaced whole).")
    ],
) -> None:
    """Write every table of a corpus database as Parquet, one file per table.

    The folder must be new, empty or made by an earlier `ficlens export`: nothing else in it is ever replaced.

    Example: ficlens export corpus.duckdb corpus_parquet/
    """
    from ficlens.corpus.parquet import export_parquet
    from ficlens.corpus.store import StoreError, open_store

    try:
        with open_store(db, read_only=True) as store:
            files = export_parquet(store, out)
    except StoreError as e:
        fail(e, 2)
    wrote(out, f"{len(files)} tables")
