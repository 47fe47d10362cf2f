"""Third-party plugins, found through installed packages' entry points.

Three groups (see docs/plugins.md):

- ``ficlens.commands``: a function `register_commands(app: typer.Typer) -> None` (or a
  module that has one) that adds commands to the `ficlens` command line;
- ``ficlens.exporters``: an `ficlens.export.formats.Exporter` (or a function returning one);
- ``ficlens.packs``: a path to a fandom pack `.toml` or a folder of them (or a function
  returning such a path, or a list of them).

A plugin that fails to load never stops ficlens: it is skipped with a one-line warning.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
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


def pack_files(on_error: Callable[[str], None] | None = None) -> list[Path]:
    """The pack TOML files that `ficlens.packs` plugins point to, in plugin-name order."""
    files: list[Path] = []
    for plugin in load(PACKS, on_error):
        try:
            value = plugin.value() if callable(plugin.value) else plugin.value
            files.extend(_tomls(value))
        except Exception as e:  # noqa: BLE001 - a broken plugin must not break ficlens
            warn(f"plugin {plugin.name!r} ({PACKS}): {type(e).__name__}: {e}", on_error)
    return files


def _tomls(value: object) -> list[Path]:
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if path.is_dir():
            return sorted(p for p in path.iterdir() if p.suffix == ".toml")
        if path.is_file():
            return [path]
        raise FileNotFoundError(f"{path}: no such pack file or folder")
    if isinstance(value, Iterable):
        return [p for item in value for p in _tomls(item)]
    raise TypeError(f"expected a path to a .toml pack or a folder of them, got {type(value).__name__}")
