"""Options shared by several commands, declared once so they read the same everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

MAX_BYTES_HELP = "Refuse input files bigger than this, e.g. 512M or 2G (default 256M; 0: no limit)."


def flag(*names: str, help: str) -> Any:
    """A boolean --flag: shown in --help without a value placeholder (it takes none)."""
    return typer.Option(*names, help=help, metavar="")


MaxBytes = Annotated[str | None, typer.Option("--max-bytes", help=MAX_BYTES_HELP)]
Fandom = Annotated[str | None, typer.Option("--fandom", help="Fandom pack to use, e.g. the100 (see: ficlens fandoms).")]
Debug = Annotated[bool, flag("--debug", help="Show the traceback of a failure (also: FICLENS_DEBUG=1).")]
Stories = Annotated[list[Path], typer.Argument(help="Files or folders (.txt, AO3 .html, .epub).")]


def max_bytes_of(value: str | None) -> int | None:
    """The --max-bytes option of every command that reads stories, as a byte count."""
    if value is None:
        return None
    from ficlens.read import parse_size

    try:
        return parse_size(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--max-bytes") from None
