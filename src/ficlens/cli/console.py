"""The two consoles and the one-line error every command prints."""

from __future__ import annotations

import warnings
from typing import NoReturn, TextIO

import typer
from rich.console import Console
from rich.markup import escape

from ficlens.failures import Failure, debug_enabled, format_traceback
from ficlens.read.errors import ReadWarning

out = Console()
err = Console(stderr=True, soft_wrap=True)


def error(message: object) -> None:
    """`error: MESSAGE` on stderr, on one line, escaped: whatever a file name holds."""
    err.print(f"[red]error:[/red] {escape(str(message))}", highlight=False, soft_wrap=True)


def warning(message: object) -> None:
    """`warning: MESSAGE` on stderr, one line, printed as is (a plugin's name may hold brackets)."""
    err.print(f"warning: {message}", highlight=False, markup=False, soft_wrap=True)


def fail(message: object, code: int) -> NoReturn:
    error(message)
    raise typer.Exit(code)


def report_failure(failure: Failure, debug: bool = False) -> None:
    """One line per failed work; with --debug (or FICLENS_DEBUG=1) its traceback too."""
    error(failure)
    if failure.error is not None and debug_enabled(debug):
        err.print(format_traceback(failure.error), highlight=False, markup=False, end="")


def wrote(path: object, what: str = "") -> None:
    """Tell the user where output went (stderr: stdout stays clean for pipes)."""
    err.print(f"wrote {escape(str(path))}{' (' + what + ')' if what else ''}", highlight=False, soft_wrap=True)


_default_showwarning = warnings.showwarning


def show_read_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int,
    file: TextIO | None = None, line: str | None = None,
) -> None:
    """A ReadWarning is one line for the user (`warning: FILE: ...`), not a code location."""
    if issubclass(category, ReadWarning):
        err.print(f"[yellow]warning:[/yellow] {message}", highlight=False, soft_wrap=True)
    else:
        _default_showwarning(message, category, filename, lineno, file, line)
