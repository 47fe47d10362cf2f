"""`ficlens serve`: the command lives with the web app, in `ficlens.serve.commands`."""

from __future__ import annotations

import typer


def register_commands(app: typer.Typer) -> None:
    from ficlens.serve.commands import register

    register(app)
