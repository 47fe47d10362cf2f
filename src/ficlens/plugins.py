"""Third-party plugins, found through installed packages' entry points.

Three groups (see docs/plugins.md):

- ``ficlens.commands``: a function `register_commands(app: typer.Typer) -> None` (or a
  module that has one) that adds commands to the `ficlens` command line;
- ``ficlens.exporters``: an `ficlens.export.formats.Exporter` (or a function returning one);
- ``ficlens.packs``: a function returning the paths of fandom pack files; read by the
  pack loader itself (`ficlens.fandoms.load`, docs/packs.md), which refuses a broken one.

A command or exporter plugin that fails to load never stops ficlens: it is skipped with a
one-line warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any

COMMANDS = "ficlens.commands"
EXPORTERS = "ficlens.exporters"
PACKS = "ficlens.packs"


class PluginWarning(UserWarning):
    """A plugin that could not be loaded (named, with the reason, on one line)."""


@dataclass(frozen=True, slots=True)
class Plugin:
    name: str  # the entry point's name
    value: Any  # what it points to, loaded
    dist: str  # the installed distribution that declares it ("" if unknown)


def load(group: str, on_error: Callable[[str], None] | None = None) -> list[Plugin]:
    """Every entry point of `group`, loaded and sorted by name (the order is the same on
    every machine). A plugin whose import fails is reported through `on_error` (default:
    a `PluginWarning`) and left out."""
    found = []
    for ep in sorted(entry_points(group=group), key=lambda e: (e.name, e.value)):
        try:
            value = ep.load()
        except Exception as e:  # noqa: BLE001 - a broken plugin must not break ficlens
            warn(f"plugin {ep.name!r} ({group} = {ep.value}) failed to load: {type(e).__name__}: {e}", on_error)
            continue
        found.append(Plugin(ep.name, value, _dist(ep)))
    return found


def _dist(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return str(getattr(dist, "name", "") or "")


def warn(message: str, on_error: Callable[[str], None] | None = None) -> None:
    """Tell about a plugin problem: through `on_error`, else as a `PluginWarning`."""
    if on_error is not None:
        on_error(message)
    else:
        warnings.warn(message, PluginWarning, stacklevel=3)

