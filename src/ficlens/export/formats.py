"""Output formats by name: the built-in ones and those plugins add (`ficlens.exporters`).

`ficlens analyze ... --to NAME --out PATH` writes one file per work through the exporter
called NAME; `--json` and `--html` are the built-in `json` and `html` exporters. A plugin
adds one by pointing an entry point of the group `ficlens.exporters` at an `Exporter`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ficlens.model import Work
from ficlens.plugins import EXPORTERS, load, warn


@dataclass(frozen=True, slots=True)
class Exporter:
    """A writer of one work to one file.

    `suffixes`: the file endings that name a single output file (the first is used for
    the files of a folder run, e.g. out/story.json); `write` must write atomically
    (`ficlens.export.atomic_write`), so that output is never half-written.
    """

    name: str
    suffixes: tuple[str, ...]
    write: Callable[[Work, Path], None]
    description: str = ""

    @property
    def suffix(self) -> str:
        return self.suffixes[0]


def _write_json(work: Work, path: Path) -> None:
    from ficlens.export.json import write_json

    write_json(work, path)


def _write_html(work: Work, path: Path) -> None:
    from ficlens.export.html import write_html  # only a report run pays for it

    write_html(work, path)


def _write_graph(work: Work, path: Path) -> None:
    from ficlens.export.graph import write_graph

    write_graph(work, path)


BUILTIN = (
    Exporter("json", (".json",), _write_json, "ficlens.work/1 JSON"),
    Exporter("html", (".html", ".htm"), _write_html, "the self-contained HTML report"),
    Exporter("graphml", (".graphml",), _write_graph, "the interaction network as GraphML"),
    Exporter("gexf", (".gexf",), _write_graph, "the interaction network as GEXF (Gephi)"),
)


def exporters(on_error: Callable[[str], None] | None = None) -> dict[str, Exporter]:
    """Every exporter by name: the built-in ones, then plugins' (a plugin cannot replace a
    built-in name, or one another's: the first wins and the other is reported)."""
    found = {e.name: e for e in BUILTIN}
    for plugin in load(EXPORTERS, on_error):
        value = plugin.value() if callable(plugin.value) and not isinstance(plugin.value, Exporter) else plugin.value
        if not isinstance(value, Exporter):
            warn(f"plugin {plugin.name!r} (ficlens.exporters) is not an Exporter: {type(value).__name__}", on_error)
        elif value.name in found:
            warn(f"plugin {plugin.name!r} (ficlens.exporters): the name {value.name!r} is taken", on_error)
        elif not value.suffixes or not all(s.startswith(".") for s in value.suffixes):
            warn(f"plugin {plugin.name!r} (ficlens.exporters): suffixes must start with '.'", on_error)
        else:
            found[value.name] = value
    return found

