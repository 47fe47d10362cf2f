"""Rows for the terminal: a Rich table, CSV or JSON."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ficlens.corpus.store import Store

def emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    """Rows to stdout: a Rich table, CSV, or a JSON array of objects."""
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[cell(v) for v in row] for row in rows])
    elif fmt == "json":
        import json

        data = [dict(zip(columns, row, strict=True)) for row in rows]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            # Text, not markup: a story's "[laughs]" must print as written.
            table.add_row(*[Text(cell(v)) for v in row])
        Console().print(table)
        Console(stderr=True, soft_wrap=True).print(f"{len(rows)} row(s)", highlight=False)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    return str(value)


FORMATS = ("table", "csv", "json")


def check_format(fmt: str) -> None:
    import typer

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")


def open_read_only(db: Path) -> Store:
    """The corpus store at `db`, read-only; a database that cannot be opened exits 2."""
    from ficlens.cli.console import fail
    from ficlens.corpus.store import StoreError, open_store

    try:
        return open_store(db, read_only=True)
    except StoreError as e:
        fail(e, 2)
