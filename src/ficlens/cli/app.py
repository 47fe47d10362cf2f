"""The `ficlens` command line: a Typer app whose every command comes in through one hook.

A command module has `register_commands(app)`. The built-in ones are listed in
`BUILTIN_COMMANDS` and registered exactly as a third party's are: through the same hook,
found for plugins through the entry point group `ficlens.commands` (docs/plugins.md).
Adding a built-in command is one file in this package plus one line in BUILTIN_COMMANDS.

A built-in command's module is imported only when that command is looked up (its name
is its module's name): `ficlens serve` loads neither the analysis commands nor the
pipeline they import, and the process starts in a fraction of the time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperGroup

# Built-in commands, in --help order: each names a module of this package.
BUILTIN_COMMANDS = (
    "analyze",
    "demo",
    "graph",
    "eval",
    "fandoms",
    "index",
    "query",
    "sql",
    "export",
    "serve",
    "explain",
)


class Group(TyperGroup):
    """Loads each built-in command's module when the command is first looked up, and
    shows every boolean flag without a value placeholder, the built-in --help and a
    plugin's flags included: a flag takes no value, so `<bool>` would only mislead."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*BUILTIN_COMMANDS, *(name for name in self.commands if name not in BUILTIN_COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name in BUILTIN_COMMANDS and cmd_name not in self.commands:
            _load_builtin(self, cmd_name)
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _bare_flags(command.get_params(ctx))
        return command

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        _bare_flags(params)
        return params


def _load_builtin(group: TyperGroup, name: str) -> None:
    """Register built-in command `name` from its module (a plugin's command of the same
    name, registered already, is kept: it came later, as it would without the laziness)."""
    sub = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    importlib.import_module(f"ficlens.cli.{name}").register_commands(sub)
    for command_name, command in typer.main.get_group(sub).commands.items():
        group.commands.setdefault(command_name, command)


def _bare_flags(params: list[Any]) -> None:
    # Typer carries its own copy of click: test the attributes, not click's classes.
    for param in params:
        if getattr(param, "is_flag", False) and getattr(param, "metavar", "") is None:
            param.metavar = ""


def _version(value: bool) -> None:
    if value:
        from ficlens import __version__

        typer.echo(f"ficlens {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the ficlens version and exit.", metavar="", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    """Read fan fiction and tell what is in it.

    Example: ficlens analyze story.txt
    """


def build_app(plugins: bool = True) -> typer.Typer:
    """The app with the built-in commands and (unless `plugins` is False) every plugin's."""
    app = typer.Typer(
        cls=Group,
        add_completion=False,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)  # the built-in commands come in through Group, when looked up
    if plugins:
        register_plugins(app)
    return app


def register_plugins(app: typer.Typer) -> None:
    """Let each `ficlens.commands` plugin add its commands (a broken one is skipped, named)."""
    from ficlens.cli.console import warning as tell
    from ficlens.plugins import COMMANDS, load, warn

    for plugin in load(COMMANDS, on_error=tell):
        register = _hook(plugin.value)
        if register is None:
            warn(f"plugin {plugin.name!r} (ficlens.commands) has no register_commands(app)", tell)
            continue
        try:
            register(app)
        except Exception as e:  # noqa: BLE001 - one broken plugin must not take the CLI down
            warn(f"plugin {plugin.name!r} (ficlens.commands) failed to register: {type(e).__name__}: {e}", tell)


def _hook(value: Any) -> Callable[[typer.Typer], None] | None:
    register = getattr(value, "register_commands", value)
    return register if callable(register) else None
